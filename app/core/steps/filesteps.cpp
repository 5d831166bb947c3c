#include "core/steps/filesteps.h"

#include <QFileInfo>
#include <QLocale>

namespace mua {

namespace {

constexpr unsigned SessionMode = 0770;

// A file operation's report as a step outcome; the first failures are named.
StepOutcome outcomeOf(const FileOpReport &report, const QString &detail)
{
    StepOutcome o;
    if (report.ok()) {
        o.status = StepStatus::Done;
        o.detail = detail;
        return o;
    }
    o.status = report.cancelled ? StepStatus::Cancelled : StepStatus::Failed;
    if (!report.error.isEmpty())
        o.error = report.error;
    else if (report.cancelled)
        o.error = Step::tr("Cancelled after %n entries.", nullptr, int(report.entries));
    else
        o.error = Step::tr("%n entries could not be changed: %1", nullptr, int(report.failedCount))
                      .arg(report.failed.join(QLatin1String("; ")));
    o.detail = o.error;
    o.output = report.failed;
    return o;
}

QString sessionStorageName(const QString &save)
{
    if (save == QLatin1String("db"))
        return SessionPermissionsStep::tr("the database");
    if (save == QLatin1String("redis"))
        return QStringLiteral("Redis");
    if (save == QLatin1String("valkey"))
        return QStringLiteral("Valkey");
    if (save == QLatin1String("memcached") || save == QLatin1String("memcache"))
        return QStringLiteral("Memcached");
    return save;
}

} // namespace

Applicability SessionPermissionsStep::applies(const StepContext &ctx) const
{
    const Store &s = ctx.store;
    if (s.sessionSave != QLatin1String("files"))
        return {false, tr("sessions are in %1").arg(sessionStorageName(s.sessionSave))};
    if (!s.usesVarSession)
        return {false, tr("save_path is %1").arg(s.sessionSavePath)};
    if (QFileInfo(s.path(QStringLiteral("var/session"))).isSymLink())
        return {false, tr("var/session is a symbolic link; the assistant does not follow it")};
    if (s.varSessionFiles == 0)
        return {false, tr("var/session is empty")};
    return {};
}

StepPreview SessionPermissionsStep::preview(const StepContext &ctx) const
{
    const TreeStats stats = ctx.runner.stats(QStringLiteral("var/session"));
    StepPreview p;
    p.entries = stats.files + stats.folders + 1;
    p.summary = tr("chmod 770 on var/session and %n entries in it.", nullptr, int(p.entries - 1));
    return p;
}

StepOutcome SessionPermissionsStep::run(StepContext &ctx)
{
    const FileOpReport r = ctx.runner.chmodTree(QStringLiteral("var/session"), SessionMode, ctx.cancel);
    return outcomeOf(r, tr("770 on %n entries", nullptr, int(r.entries)));
}

StepPreview ClearGeneratedStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.entries = 0;
    p.bytes = 0;
    for (const QString &dir : ctx.store.codeGenerationDirs) {
        const TreeStats stats = ctx.runner.stats(dir);
        p.entries += stats.files + stats.folders;
        p.bytes += stats.bytes;
    }
    p.summary =
        tr("Deletes %n entries (%1) inside %2; the folders stay. Each folder is moved aside in one "
           "rename and put back empty, so the shop does not wait for the deletion, which goes on in "
           "the background.",
           nullptr, int(p.entries))
            .arg(QLocale::system().formattedDataSize(p.bytes), Wording::list(ctx.store.codeGenerationDirs));
    // Through a network mount every one of them is a round trip; on the server it is one command.
    if (ctx.store.networkFilesystem && ctx.runner.kind() == RunnerKind::Local)
        p.summary +=
            QLatin1Char(' ') +
            tr("The store is on %1: %n entries would be deleted one network round trip each; use %2 to do it "
               "on the server.",
               nullptr, int(p.entries))
                .arg(ctx.store.filesystem, Wording::current().runner(RunnerKind::Ssh));
    return p;
}

StepOutcome ClearGeneratedStep::run(StepContext &ctx)
{
    FileOpReport total;
    QStringList movedAside;
    for (const QString &dir : ctx.store.codeGenerationDirs) {
        // The fast way first: one rename, and the deletion happens while the shop works again.
        if (ctx.removeLater) {
            const AsideMove move = ctx.runner.moveAside(dir);
            if (move.result == AsideMove::Result::Moved) {
                ctx.log(LogStream::Info,
                        tr("%1: moved aside in one rename; its old contents are deleted in the "
                           "background")
                            .arg(dir));
                ctx.removeLater(move.aside);
                movedAside << dir;
                continue;
            }
            if (move.result == AsideMove::Result::NothingToMove) {
                ctx.log(LogStream::Info, tr("%1: empty already").arg(dir));
                continue;
            }
            if (move.result == AsideMove::Result::Error) {
                total.error = move.reason;
                break;
            }
            ctx.log(LogStream::Info, tr("%1 Emptying it in place instead.").arg(move.reason));
        }
        const FileOpReport r = ctx.runner.emptyFolder(dir, ctx.cancel);
        ctx.log(LogStream::Info, tr("%1: removed %n entries", nullptr, int(r.entries)).arg(dir));
        total.entries += r.entries;
        total.bytes += r.bytes;
        total.failedCount += r.failedCount;
        total.failed += r.failed;
        total.cancelled = total.cancelled || r.cancelled;
        if (!r.error.isEmpty())
            total.error = r.error;
        if (!r.ok())
            break;
    }
    QString detail;
    if (!movedAside.isEmpty())
        detail = tr("emptied %1 by moving the contents aside").arg(movedAside.join(QLatin1String(", ")));
    if (total.entries > 0 || movedAside.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) +
                  tr("removed %n entries (%1)", nullptr, int(total.entries))
                      .arg(QLocale::system().formattedDataSize(total.bytes));
    return outcomeOf(total, detail);
}

} // namespace mua
