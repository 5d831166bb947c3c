#include "core/model/runrecord.h"

#include "core/fs/safefile.h"
#include "core/model/wording.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mua {

namespace {

const struct
{
    StepStatus status;
    const char *name;
} StatusNames[] = {{StepStatus::Pending, "pending"},
                   {StepStatus::Done, "done"},
                   {StepStatus::Skipped, "skipped"},
                   {StepStatus::Failed, "failed"},
                   {StepStatus::Cancelled, "cancelled"}};

const struct
{
    RunResult result;
    const char *name;
} ResultNames[] = {{RunResult::Succeeded, "succeeded"},
                   {RunResult::Failed, "failed"},
                   {RunResult::Cancelled, "cancelled"},
                   {RunResult::Refused, "refused"}};

StepStatus statusFromName(const QString &name)
{
    for (const auto &s : StatusNames) {
        if (name == QLatin1String(s.name))
            return s.status;
    }
    return StepStatus::Pending;
}

RunResult resultFromName(const QString &name)
{
    for (const auto &r : ResultNames) {
        if (name == QLatin1String(r.name))
            return r.result;
    }
    return RunResult::Failed;
}

QJsonValue optionalBool(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

std::optional<bool> toOptionalBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    return std::nullopt;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue orNull(const std::optional<StorefrontSample> &s)
{
    return s ? QJsonValue(s->toJson()) : QJsonValue(QJsonValue::Null);
}

std::optional<StorefrontSample> toOptionalSample(const QJsonValue &v)
{
    if (v.isObject())
        return StorefrontSample::fromJson(v.toObject());
    return std::nullopt;
}

} // namespace

QJsonObject StorefrontSample::toJson() const
{
    return QJsonObject{{QLatin1String("status"), status > 0 ? QJsonValue(status) : QJsonValue()},
                       {QLatin1String("ttfbMs"), ttfbMs >= 0 ? QJsonValue(ttfbMs) : QJsonValue()},
                       {QLatin1String("redirects"), redirects},
                       {QLatin1String("finalUrl"), orNull(finalUrl)},
                       {QLatin1String("firstLine"), orNull(firstLine)},
                       {QLatin1String("errorText"), orNull(errorText)},
                       {QLatin1String("problem"), orNull(problem)}};
}

StorefrontSample StorefrontSample::fromJson(const QJsonObject &o)
{
    StorefrontSample s;
    s.status = o.value(QLatin1String("status")).toInt();
    s.ttfbMs = qint64(o.value(QLatin1String("ttfbMs")).toDouble(-1));
    s.redirects = o.value(QLatin1String("redirects")).toInt();
    s.finalUrl = o.value(QLatin1String("finalUrl")).toString();
    s.firstLine = o.value(QLatin1String("firstLine")).toString();
    s.errorText = o.value(QLatin1String("errorText")).toString();
    s.problem = o.value(QLatin1String("problem")).toString();
    return s;
}

QJsonValue StorefrontRecord::toJson() const
{
    if (url.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QLatin1String("url"), url},
                       {QLatin1String("before"), orNull(before)},
                       {QLatin1String("during"), orNull(during)},
                       {QLatin1String("after"), orNull(after)},
                       {QLatin1String("warnings"), QJsonArray::fromStringList(warnings)}};
}

StorefrontRecord StorefrontRecord::fromJson(const QJsonValue &v)
{
    StorefrontRecord r;
    const QJsonObject o = v.toObject();
    r.url = o.value(QLatin1String("url")).toString();
    r.before = toOptionalSample(o.value(QLatin1String("before")));
    r.during = toOptionalSample(o.value(QLatin1String("during")));
    r.after = toOptionalSample(o.value(QLatin1String("after")));
    for (const QJsonValue &w : o.value(QLatin1String("warnings")).toArray())
        r.warnings.append(w.toString());
    return r;
}

QString stepStatusName(StepStatus status)
{
    for (const auto &s : StatusNames) {
        if (s.status == status)
            return QLatin1String(s.name);
    }
    return QStringLiteral("pending");
}

QString runResultName(RunResult result)
{
    for (const auto &r : ResultNames) {
        if (r.result == result)
            return QLatin1String(r.name);
    }
    return QStringLiteral("failed");
}

void RunRecord::setNext(const NextStep &step)
{
    next = step;
    nextCommand = Wording::current().command(step);
}

StepRecord *RunRecord::step(StepId id)
{
    for (StepRecord &s : steps) {
        if (s.is(id))
            return &s;
    }
    return nullptr;
}

const StepRecord *RunRecord::step(StepId id) const
{
    return const_cast<RunRecord *>(this)->step(id);
}

const StepRecord *RunRecord::step(const QString &word) const
{
    const std::optional<StepId> id = stepIdFromWord(word);
    return id ? step(*id) : nullptr;
}

QJsonObject RunRecord::toReport() const
{
    QJsonArray stepArray;
    for (const StepRecord &s : steps) {
        QJsonObject o{{QLatin1String("id"), s.id},
                      {QLatin1String("status"), stepStatusName(s.status)},
                      {QLatin1String("detail"), s.detail},
                      {QLatin1String("durationMs"), s.durationMs}};
        if (!s.error.isEmpty())
            o.insert(QLatin1String("error"), s.error);
        stepArray.append(o);
    }
    return QJsonObject{
        {QLatin1String("result"), runResultName(result)},
        {QLatin1String("store"), store},
        {QLatin1String("startedAt"), orNull(isoUtc(startedAt))},
        {QLatin1String("finishedAt"), orNull(isoUtc(finishedAt))},
        {QLatin1String("steps"), stepArray},
        {QLatin1String("maintenance"), QJsonObject{{QLatin1String("before"), optionalBool(maintenanceBefore)},
                                                   {QLatin1String("after"), optionalBool(maintenanceAfter)}}},
        {QLatin1String("log"), orNull(logPath)},
        {QLatin1String("logError"), orNull(logError)},
        {QLatin1String("failedStep"), orNull(failedStep)},
        {QLatin1String("message"), orNull(message)},
        {QLatin1String("advice"), orNull(advice)},
        {QLatin1String("nextCommand"), orNull(nextCommand)},
        {QLatin1String("storefront"), storefront.toJson()},
        {QLatin1String("backup"), orNull(backup)},
        {QLatin1String("move"), move ? QJsonValue(move->toJson()) : QJsonValue()},
        // Which mode decided whether di-compile and static-deploy run, and what said so.
        {QLatin1String("deployMode"), QJsonObject{{QLatin1String("mode"), orNull(deployMode)},
                                                  {QLatin1String("source"), orNull(deployModeSource)}}},
    };
}

QJsonObject RunRecord::toJournal() const
{
    QJsonObject o = toReport();
    o.insert(QLatin1String("runId"), runId);
    o.insert(QLatin1String("targetVersion"), orNull(targetVersion));
    o.insert(QLatin1String("versionBefore"), orNull(versionBefore));
    QJsonArray titled = o.value(QLatin1String("steps")).toArray();
    for (qsizetype i = 0; i < titled.size() && i < steps.size(); ++i) {
        QJsonObject s = titled.at(i).toObject();
        s.insert(QLatin1String("title"), steps.at(i).title);
        titled[i] = s;
    }
    o.insert(QLatin1String("steps"), titled);
    o.insert(QLatin1String("movedAside"), QJsonArray::fromStringList(movedAside));
    o.insert(QLatin1String("runningStep"), orNull(runningStep));
    return o;
}

RunRecord RunRecord::fromJournal(const QJsonObject &j)
{
    RunRecord r;
    r.runId = j.value(QLatin1String("runId")).toString();
    r.store = j.value(QLatin1String("store")).toString();
    r.startedAt = QDateTime::fromString(j.value(QLatin1String("startedAt")).toString(), Qt::ISODate);
    r.finishedAt = QDateTime::fromString(j.value(QLatin1String("finishedAt")).toString(), Qt::ISODate);
    r.result = resultFromName(j.value(QLatin1String("result")).toString());
    const QJsonObject m = j.value(QLatin1String("maintenance")).toObject();
    r.maintenanceBefore = toOptionalBool(m.value(QLatin1String("before")));
    r.maintenanceAfter = toOptionalBool(m.value(QLatin1String("after")));
    r.logPath = j.value(QLatin1String("log")).toString();
    r.logError = j.value(QLatin1String("logError")).toString();
    r.failedStep = j.value(QLatin1String("failedStep")).toString();
    r.message = j.value(QLatin1String("message")).toString();
    r.advice = j.value(QLatin1String("advice")).toString();
    r.nextCommand = j.value(QLatin1String("nextCommand")).toString();
    r.targetVersion = j.value(QLatin1String("targetVersion")).toString();
    r.versionBefore = j.value(QLatin1String("versionBefore")).toString();
    for (const QJsonValue &v : j.value(QLatin1String("movedAside")).toArray())
        r.movedAside.append(v.toString());
    r.runningStep = j.value(QLatin1String("runningStep")).toString();
    r.storefront = StorefrontRecord::fromJson(j.value(QLatin1String("storefront")));
    r.backup = j.value(QLatin1String("backup")).toString();
    for (const QJsonValue &v : j.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        r.steps.append({s.value(QLatin1String("id")).toString(), s.value(QLatin1String("title")).toString(),
                        statusFromName(s.value(QLatin1String("status")).toString()),
                        s.value(QLatin1String("detail")).toString(),
                        s.value(QLatin1String("error")).toString(),
                        qint64(s.value(QLatin1String("durationMs")).toDouble())});
    }
    return r;
}

JournalFile JournalFile::read(const QString &path)
{
    JournalFile j;
    const FileContent f = SafeFile::read(path, FileLimit::Journal, SafeFile::Links::Refuse);
    if (f.status == FileContent::Status::Missing)
        return j;
    const QString what =
        tr("It records what an unfinished run changed; without it the assistant cannot tell whether "
           "maintenance mode and the generated code are as a run left them. Look at it, then move it aside "
           "(mv %1 %1.bad) to start afresh.")
            .arg(path);
    j.state = State::Unusable;
    if (!f.ok()) {
        j.error = (f.problem.endsWith(QLatin1Char('.')) ? f.problem : f.problem + QLatin1Char('.')) +
                  QLatin1Char(' ') + what;
        return j;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.data, &parseError);
    if (!doc.isObject()) {
        j.error = (f.data.trimmed().isEmpty() ? tr("The journal %1 is empty.").arg(path)
                                              : tr("The journal %1 is damaged (%2 at byte %3).")
                                                    .arg(path, parseError.error == QJsonParseError::NoError
                                                                   ? tr("not an object")
                                                                   : parseError.errorString())
                                                    .arg(parseError.offset)) +
                  QLatin1Char(' ') + what;
        return j;
    }
    j.state = State::Read;
    j.record = RunRecord::fromJournal(doc.object());
    return j;
}

} // namespace mua
