#include "core/steps/backupstep.h"

#include "core/backup/backup.h"
#include "core/backup/database.h"
#include "core/model/error.h"

namespace mua {

bool BackupStep::supportsRunner(RunnerKind runnerKind, QString *error)
{
    if (runnerKind == RunnerKind::Local)
        return true;
    const Wording &words = Wording::current();
    if (!words.commandLine())
        return failWith(error, tr("In this version backups work only when the store's commands run on this "
                                  "computer: with %1 the database lives where this computer cannot reach it. "
                                  "Back up the store on its server first, then upgrade without %2.")
                                   .arg(words.runner(runnerKind), words.setting(Setting::Backup)));
    return failWith(error,
                    tr("%1 works with the local runner only in this version: with %2 the database "
                       "lives where this computer cannot reach it. Back up the store on its server first, "
                       "then run without %1.")
                        .arg(words.setting(Setting::Backup), words.runner(runnerKind)));
}

QString BackupStep::coverage(bool includeMedia)
{
    return tr("Covers %1. Does not cover %2.")
        .arg(Backup::covered(includeMedia).join(QLatin1String("; ")),
             Backup::notCovered(includeMedia).join(QLatin1String("; ")));
}

Applicability BackupStep::applies(const StepContext &ctx) const
{
    if (!ctx.options.backup)
        return {false, Wording::current().notChosen(Setting::Backup)};
    return {};
}

BackupStep::Check BackupStep::check(const StepContext &ctx)
{
    Check c;
    if (!supportsRunner(ctx.runner.kind(), &c.problem))
        return c;
    const QString folder = Backup::storeFolder(ctx.store.root, ctx.options.backupDir);
    QString error;
    const std::optional<DbConnection> connection = DbConnection::fromEnv(ctx.store.env, &error);
    std::unique_ptr<Database> db;
    if (connection) {
        c.database = connection->name;
        db = std::make_unique<Database>(*connection, ctx.cancel, ctx.options.graceMs);
        if (!db->open(&error))
            db.reset();
    }
    c.estimate = Backup::estimate(ctx.store, db.get(), ctx.options.backupMedia, folder);
    if (!db)
        c.estimate.databaseError = error;
    // What Backup::create would stop at before it writes anything, in its order.
    if (QString inside; connection && !Backup::isOutsideStore(ctx.store.root, folder, &inside))
        c.problem = inside;
    else if (c.estimate.databaseBytes < 0)
        c.problem = c.estimate.databaseError;
    else
        Backup::hasRoom(c.estimate, &c.problem);
    return c;
}

StepPreview BackupStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    if (QString why; !supportsRunner(ctx.runner.kind(), &why)) {
        p.summary = why;
        p.problem = why;
        return p;
    }
    const QString folder = Backup::storeFolder(ctx.store.root, ctx.options.backupDir);
    const Check c = check(ctx);
    const Backup::Estimate &e = c.estimate;
    const QString database =
        c.database.isEmpty() ? tr("the database (%1)").arg(e.databaseError)
        : e.databaseBytes >= 0
            ? tr("the database %1 (about %2)").arg(c.database, Backup::formatSize(e.databaseBytes))
            : tr("the database %1 (its size is unknown: %2)").arg(c.database, e.databaseError);
    p.summary =
        tr("Archives the code (%1 in %2 entries) and dumps %3 into a new folder in %4, after checking "
           "that about %5 is free there (%6 now).")
            .arg(Backup::formatSize(e.codeBytes))
            .arg(e.codeFiles)
            .arg(database, folder, Backup::formatSize(e.needed),
                 e.free < 0 ? tr("unknown") : Backup::formatSize(e.free)) +
        QLatin1Char(' ') + coverage(ctx.options.backupMedia);
    p.problem = c.problem;
    p.bytes = -1;
    p.commands << Backup::archiveCommand(ctx.store.root, folder + QStringLiteral("/…/code.tar.gz"),
                                         ctx.options.backupMedia)
                      .display();
    QString ignored;
    if (const std::optional<DbConnection> connection = DbConnection::fromEnv(ctx.store.env, &ignored))
        p.commands
            << Database(*connection).dumpCommand(folder + QStringLiteral("/…/database.sql.gz")).display();
    return p;
}

StepOutcome BackupStep::run(StepContext &ctx)
{
    if (QString why; !supportsRunner(ctx.runner.kind(), &why))
        return failed(why);
    ctx.log(LogStream::Info, coverage(ctx.options.backupMedia));
    QString error;
    const std::optional<Backup::Made> made =
        Backup::create({ctx.store, Backup::storeFolder(ctx.store.root, ctx.options.backupDir),
                        ctx.options.backupMedia, ctx.cancel, ctx.options.graceMs, ctx.log},
                       &error);
    if (!made) {
        StepOutcome o = failed(error);
        if (ctx.cancelled())
            o.status = StepStatus::Cancelled;
        return o;
    }
    ctx.record.backup = made->folder;
    const BackupFile *code = made->manifest.file(QStringLiteral("code"));
    const BackupFile *dump = made->manifest.file(QStringLiteral("database"));
    return done(tr("code %1, database %2 in %3")
                    .arg(Backup::formatSize(code ? code->bytes : 0),
                         Backup::formatSize(dump ? dump->bytes : 0), made->folder));
}

} // namespace mua
