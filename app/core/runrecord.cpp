#include "runrecord.h"

#include <QJsonArray>

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

} // namespace

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

StepRecord *RunRecord::step(const QString &id)
{
    for (StepRecord &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const StepRecord *RunRecord::step(const QString &id) const
{
    return const_cast<RunRecord *>(this)->step(id);
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
        {QLatin1String("failedStep"), orNull(failedStep)},
        {QLatin1String("message"), orNull(message)},
        {QLatin1String("advice"), orNull(advice)},
        {QLatin1String("nextCommand"), orNull(nextCommand)},
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
    r.failedStep = j.value(QLatin1String("failedStep")).toString();
    r.message = j.value(QLatin1String("message")).toString();
    r.advice = j.value(QLatin1String("advice")).toString();
    r.nextCommand = j.value(QLatin1String("nextCommand")).toString();
    r.targetVersion = j.value(QLatin1String("targetVersion")).toString();
    r.versionBefore = j.value(QLatin1String("versionBefore")).toString();
    for (const QJsonValue &v : j.value(QLatin1String("movedAside")).toArray())
        r.movedAside.append(v.toString());
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

} // namespace mua
