// The steps of a rollback (see rollbacksteps.h) and the code swap they make with renames.

#include "core/backup/rollbacksteps.h"
#include "core/model/error.h"

#include "core/backup/codeswap.h"
#include "core/fs/fileops.h"
#include "core/model/wording.h"
#include "core/run/job.h"
#include "core/run/redactor.h"
#include "core/steps/maintenancesteps.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace mua {

namespace {

constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

} // namespace

RollbackState::RollbackState() = default;

RollbackState::~RollbackState() = default;

void RollbackState::release()
{
    restoreDb.reset();
    swap.reset();
}

void RollbackState::log(LogStream stream, const QString &text) const
{
    host->log(stream, text);
}

StepOutcome RollbackState::refuse(ExitCode code, const QString &why)
{
    failureResult = code == ExitCode::Failed ? RunResult::Failed : RunResult::Refused;
    failureCode = code;
    failureMessage = tr("%1 Nothing was changed.").arg(why);
    StepOutcome o;
    o.status = StepStatus::Failed;
    o.detail = why;
    o.error = why;
    return o;
}

void RollbackState::removeOwn(const Store &store, const QString &name) const
{
    if (name.isEmpty())
        return;
    if (QFileInfo::exists(store.path(name)) || QFileInfo(store.path(name)).isSymLink()) {
        const FileOpReport r = FileOps::removeAside(store.root, name);
        if (!r.ok())
            log(LogStream::Warning,
                tr("Could not delete %1: %2")
                    .arg(store.path(name), r.error.isEmpty() ? r.failed.join(QLatin1String("; ")) : r.error));
    }
}

bool RollbackState::checkDataLoss(const Database &db, QString *error)
{
    const BackupManifest &m = manifest;
    loss = DataLoss();
    const std::optional<QueryRows> now = db.query(
        QStringLiteral("SELECT table_name FROM information_schema.TABLES WHERE table_schema = DATABASE()"),
        error);
    if (!now)
        return false;
    QSet<QString> tables;
    for (const QStringList &row : now->rows)
        tables.insert(row.value(0));
    const QString since =
        Database::quoteText(m.snapshotAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    for (const DataWatermark &w : m.watermarks) {
        if (!tables.contains(w.table))
            continue;
        QStringList newRow;
        if (w.maxId >= 0)
            newRow << QStringLiteral("entity_id > %1").arg(w.maxId);
        if (w.hasCreatedAt)
            newRow << QStringLiteral("created_at >= %1").arg(since);
        if (newRow.isEmpty())
            continue;
        const QString isNew = QLatin1Char('(') + newRow.join(QLatin1String(" OR ")) + QLatin1Char(')');
        const QString isChanged = w.kind == QLatin1String("orders") && w.hasUpdatedAt
                                      ? QStringLiteral("(updated_at >= %1 AND NOT %2)").arg(since, isNew)
                                      : QStringLiteral("0");
        // Magento keeps these times in UTC; the session's zone must not shift them.
        const std::optional<QueryRows> r =
            db.query(QStringLiteral("SET time_zone = '+00:00'; SELECT COALESCE(SUM(%1), 0), "
                                    "COALESCE(SUM(%2), 0) FROM %3")
                         .arg(isNew, isChanged, Database::quoteName(w.table)),
                     error);
        if (!r)
            return false;
        const qint64 added = r->value(0, 0).toLongLong();
        const qint64 changed = r->value(0, 1).toLongLong();
        if (w.kind == QLatin1String("orders")) {
            loss.orders += added;
            loss.ordersChanged += changed;
        } else if (w.kind == QLatin1String("customers")) {
            loss.customers += added;
        } else {
            loss.carts += added;
        }
    }
    loss.checked = true;
    return true;
}

bool RollbackState::restoreDatabase(const Database &db, const Schema &target, const QString &dump,
                                    QString *error) const
{
    // What exists now that the dump does not have would survive it: drop it first. With a table
    // prefix only the store's own tables are looked at; another application's stay.
    Schema now;
    if (!db.schema(&now, error))
        return false;
    QStringList dropTables;
    QStringList dropViews;
    for (const QString &name : std::as_const(now.views)) {
        if (!target.views.contains(name))
            dropViews << Database::quoteName(name);
    }
    for (const QString &name : std::as_const(now.tables)) {
        if (!target.tables.contains(name))
            dropTables << Database::quoteName(name);
    }
    QStringList statements{QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")};
    if (!dropViews.isEmpty())
        statements << QStringLiteral("DROP VIEW IF EXISTS ") + dropViews.join(QLatin1String(", "));
    if (!dropTables.isEmpty())
        statements << QStringLiteral("DROP TABLE IF EXISTS ") + dropTables.join(QLatin1String(", "));
    int droppedRoutines = 0;
    for (const QString &routine : std::as_const(now.routines)) {
        const QString type = routine.section(QLatin1Char(' '), 0, 0);
        if (target.routines.contains(routine) ||
            (type != QLatin1String("PROCEDURE") && type != QLatin1String("FUNCTION")))
            continue;
        statements << QStringLiteral("DROP %1 IF EXISTS %2")
                          .arg(type, Database::quoteName(routine.section(QLatin1Char(' '), 1)));
        ++droppedRoutines;
    }
    if (statements.size() > 1) {
        log(LogStream::Info, tr("Dropping what %1 does not have: %2.")
                                 .arg(QFileInfo(dump).fileName(),
                                      Wording::list({tr("%n table(s)", nullptr, int(dropTables.size())),
                                                     tr("%n view(s)", nullptr, int(dropViews.size())),
                                                     tr("%n routine(s)", nullptr, droppedRoutines)})));
        if (!dropTables.isEmpty())
            log(LogStream::Info, tr("Tables dropped: %1").arg(dropTables.join(QLatin1String(", "))));
        if (!db.query(statements.join(QLatin1String("; ")), error))
            return false;
    }
    if (dump.isEmpty()) // nothing to load: the store had no tables
        return true;
    const CommandSpec load = db.loadCommand(dump);
    log(LogStream::Info, tr("$ %1").arg(load.display()));
    return db.runPipeline(
        load, [this](LogStream s, const QString &line) { log(s, line); }, error);
}

bool RollbackState::flagFile(const Store &store, bool create) const
{
    const QString flagName = QStringLiteral(".maintenance.flag");
    const int var = ::open(QFile::encodeName(store.path(QStringLiteral("var"))).constData(), DirFlags);
    if (var < 0)
        return false;
    bool ok = false;
    if (create) {
        const int fd = ::openat(var, QFile::encodeName(flagName).constData(),
                                O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        ok = fd >= 0;
        if (fd >= 0)
            ::close(fd);
    } else {
        ok = ::unlinkat(var, QFile::encodeName(flagName).constData(), 0) == 0;
    }
    ::close(var);
    return ok;
}

void RollbackState::putMaintenanceBack(StepContext &ctx) const
{
    if (!maintenanceBefore && ctx.runner.maintenanceFlagExists()) {
        const StepOutcome off = MaintenanceOffStep::turnOff(ctx);
        if (off.status != StepStatus::Done && !(flagByHand && flagFile(ctx.store, false)))
            log(LogStream::Error, tr("Could not put maintenance back: %1").arg(off.error));
    }
    ctx.record.maintenanceAfter = ctx.runner.maintenanceFlagExists();
}

StepPreview RollbackStep::preview(const StepContext &ctx, const QString &summary, const QString &command)
{
    StepPreview p;
    p.summary = summary;
    p.commands << ctx.runner.magento({command}).display();
    return p;
}

// 1. The backup is whole.

StepPreview VerifyBackupStep::preview(const StepContext &) const
{
    StepPreview p;
    p.summary = tr("Checks the size and sha256 of the %n file(s) of the backup in %1.", nullptr,
                   int(m_state.manifest.files.size()))
                    .arg(m_state.folder);
    return p;
}

StepOutcome VerifyBackupStep::run(StepContext &ctx)
{
    QString error;
    const bool whole = Backup::verify(m_state.folder, m_state.manifest, &error, ctx.cancel,
                                      [this](LogStream s, const QString &t) { m_state.log(s, t); });
    if (ctx.cancelled()) {
        StepOutcome o;
        o.status = StepStatus::Cancelled;
        o.detail = tr("cancelled");
        return o;
    }
    if (!whole) {
        StepOutcome o = m_state.refuse(ExitCode::Refused, error);
        m_state.failureMessage = tr("Refused: %1 Nothing was changed.").arg(error);
        return o;
    }
    return done(
        tr("%n file(s), sizes and sha256 match the manifest", nullptr, int(m_state.manifest.files.size())));
}

// 2. It is this store's backup, of this database, and nothing taken in since would be lost.

StepPreview RollbackSafetyStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.summary = tr("Checks that the backup is of %1 and of its database, and counts the orders, customers "
                   "and carts taken in since it was made.")
                    .arg(ctx.store.root);
    return p;
}

StepOutcome RollbackSafetyStep::run(StepContext &ctx)
{
    RollbackState &s = m_state;
    const Store &store = ctx.store;
    const BackupManifest &manifest = s.manifest;
    auto cancelled = [] {
        StepOutcome o;
        o.status = StepStatus::Cancelled;
        o.detail = tr("cancelled");
        return o;
    };
    if (QDir::cleanPath(manifest.storeRoot) != store.root &&
        QFileInfo(manifest.storeRoot).canonicalFilePath() != store.root)
        return s.refuse(ExitCode::Refused, tr("Refused: the backup was taken of the store in %1, not of %2.")
                                               .arg(manifest.storeRoot, store.root));
    QString error;
    s.connection = DbConnection::fromEnv(store.env, &error);
    if (!s.connection)
        return s.refuse(ExitCode::Usage, error);
    s.host->redactor().addSecret(s.connection->password);
    if (s.connection->name != manifest.database)
        return s.refuse(ExitCode::Refused,
                        tr("Refused: the backup holds the database %1, but app/etc/env.php now "
                           "uses %2.")
                            .arg(manifest.database, s.connection->name));
    Database db(*s.connection, ctx.cancel, s.request.graceMs);
    if (!db.open(&error))
        return s.refuse(ExitCode::Failed, error);
    // No connection: nothing could be restored.
    if (!db.query(QStringLiteral("SELECT 1"), &error)) {
        if (ctx.cancelled())
            return cancelled();
        return s.refuse(ExitCode::Failed, error);
    }
    // The command line names its option; a window asks its own question ("Roll back anyway?").
    const Wording &words = Wording::current();
    const bool commandLine = words.commandLine();
    const QString accept = words.setting(Setting::AcceptDataLoss);
    if (QString why; !s.checkDataLoss(db, &why)) {
        if (ctx.cancelled())
            return cancelled();
        if (!s.request.acceptDataLoss)
            return s.refuse(ExitCode::Refused,
                            commandLine
                                ? tr("Refused: cannot tell whether orders were placed since the backup (%1); "
                                     "run again with %2 to roll back all the same.")
                                      .arg(why, accept)
                                : tr("Refused: cannot tell whether orders were placed since the backup (%1); "
                                     "roll back anyway only if none can have been.")
                                      .arg(why));
        s.log(LogStream::Warning,
              commandLine
                  ? tr("Could not check for orders placed since the backup (%1); going on because of "
                       "%2.")
                        .arg(why, accept)
                  : tr("Could not check for orders placed since the backup (%1); going on, as you chose.")
                        .arg(why));
    }
    if (s.loss.any() && !s.request.acceptDataLoss) {
        s.refusedForDataLoss = true;
        s.next = s.again.as(NextStep::Kind::RunAgainAcceptingDataLoss);
        return s.refuse(ExitCode::Refused,
                        commandLine ? tr("Refused: since the backup was taken (%1) the store has %2; a "
                                         "rollback would throw them away. Export them first, or run again "
                                         "with %3.")
                                          .arg(s.since, s.loss.sentence(), accept)
                                    : tr("Refused: since the backup was taken (%1) the store has %2; a "
                                         "rollback would throw them away. Export them first, or roll back "
                                         "anyway.")
                                          .arg(s.since, s.loss.sentence()));
    }
    if (s.loss.any())
        s.log(LogStream::Warning,
              commandLine
                  ? tr("Since the backup was taken (%1) the store has %2; they will be lost "
                       "(%3).")
                        .arg(s.since, s.loss.sentence(), accept)
                  : tr("Since the backup was taken (%1) the store has %2; they will be lost, as you chose.")
                        .arg(s.since, s.loss.sentence()));
    // What changed in the modules since, for the log.
    const QString setupModule = s.connection->table(QStringLiteral("setup_module"));
    if (const std::optional<QueryRows> mods =
            db.query(QStringLiteral("SELECT module, schema_version, data_version FROM %1")
                         .arg(Database::quoteName(setupModule)),
                     nullptr);
        mods && !manifest.modules.isEmpty()) {
        QStringList moved;
        for (const QStringList &row : mods->rows) {
            const auto it = std::find_if(manifest.modules.cbegin(), manifest.modules.cend(),
                                         [&](const ModuleVersion &v) { return v.module == row.value(0); });
            if (it == manifest.modules.cend())
                moved << tr("%1 (new)").arg(row.value(0));
            else if (it->schemaVersion != row.value(1) &&
                     !(it->schemaVersion.isEmpty() && row.value(1) == u"NULL"))
                moved << tr("%1 %2 → %3").arg(row.value(0), it->schemaVersion, row.value(1));
        }
        if (!moved.isEmpty())
            s.log(LogStream::Info,
                  tr("Module versions changed since the backup, put back by the rollback: %1")
                      .arg(moved.join(QLatin1String(", "))));
    }
    return done(s.loss.any() ? tr("same store and database; %1 accepted as lost").arg(s.loss.sentence())
                             : tr("same store and database; nothing taken in since the backup"));
}

// 3. The code, extracted beside the store first: a broken archive changes nothing.

StepPreview PrepareCodeStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.summary = tr("Extracts the backup's code (about %1) into a folder beside the store's own.")
                    .arg(Backup::formatSize(m_state.manifest.codeBytes));
    if (const BackupFile *code = m_state.manifest.file(QStringLiteral("code")))
        p.commands << Backup::extractCommand(m_state.folder + QLatin1Char('/') + code->name,
                                             ctx.store.path(m_state.staging))
                          .display();
    return p;
}

StepOutcome PrepareCodeStep::run(StepContext &ctx)
{
    RollbackState &s = m_state;
    const Store &store = ctx.store;
    struct statvfs vfs;
    if (::statvfs(QFile::encodeName(store.root).constData(), &vfs) == 0) {
        const qint64 free = qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
        const qint64 needed = s.manifest.codeBytes + s.manifest.codeBytes / 10 + 16 * 1024 * 1024;
        if (free < needed)
            return s.refuse(ExitCode::Refused,
                            tr("Refused: putting the code back needs about %1 beside the store, "
                               "but only %2 is free in %3.")
                                .arg(Backup::formatSize(needed), Backup::formatSize(free), store.root));
    }
    if (::mkdir(QFile::encodeName(store.path(s.staging)).constData(), 0700) != 0)
        return s.refuse(ExitCode::Failed,
                        tr("Cannot make %1: %2.").arg(store.path(s.staging), errnoText(errno)));
    const CommandSpec extract = Backup::extractCommand(
        s.folder + QLatin1Char('/') + s.manifest.file(QStringLiteral("code"))->name, store.path(s.staging));
    s.log(LogStream::Info, tr("$ %1").arg(extract.display()));
    QStringList errors;
    const CommandResult r =
        CommandExecutor(ctx.cancel, s.request.graceMs)
            .run(
                extract,
                [&](LogStream stream, const QString &line) {
                    if (stream == LogStream::Stderr && !line.startsWith(QLatin1String("tar: R:")))
                        errors << line;
                    s.log(stream, line);
                },
                false);
    if (!r.succeeded()) {
        s.removeOwn(store, s.staging);
        if (r.cancelled) {
            StepOutcome o;
            o.status = StepStatus::Cancelled;
            o.detail = tr("cancelled");
            return o;
        }
        return s.refuse(
            ExitCode::Failed,
            tr("The code archive could not be extracted (%1).").arg(errors.value(0, r.startError)));
    }
    return done(tr("in %1").arg(s.staging));
}

bool PrepareCodeStep::undo(StepContext &ctx, QString *)
{
    // The backup's files stay where they are while the store's are partly beside it.
    if (!m_state.codeSplit && !m_state.handsOff)
        m_state.removeOwn(ctx.store, m_state.staging);
    return true;
}

// 4. Maintenance on, through the runner as the upgrade does; when bin/magento cannot (the newer code
// is broken), the flag file is made directly. From here on the store changes: the rollback runs to its
// end whatever is asked.

StepPreview RollbackMaintenanceOnStep::preview(const StepContext &ctx) const
{
    return RollbackStep::preview(
        ctx, tr("Turns maintenance mode on, then counts the orders placed since the backup again."),
        QStringLiteral("maintenance:enable"));
}

StepOutcome RollbackMaintenanceOnStep::run(StepContext &ctx)
{
    RollbackState &s = m_state;
    const Store &store = ctx.store;
    MaintenanceOnStep maintenanceOn;
    StepOutcome on = maintenanceOn.run(ctx);
    if (on.status != StepStatus::Done && !ctx.record.maintenanceBefore.value_or(true) &&
        s.flagFile(store, true)) {
        s.flagByHand = true;
        s.log(LogStream::Warning, tr("%1 Made var/.maintenance.flag directly instead.").arg(on.error));
        on = done(tr("on (var/.maintenance.flag made directly)"));
    }
    s.maintenanceBefore = ctx.record.maintenanceBefore.value_or(store.maintenance);
    auto fail = [&](RunResult result, ExitCode code, const QString &error, const QString &message) {
        s.putMaintenanceBack(ctx);
        s.failureResult = result;
        s.failureCode = code;
        s.failureMessage = message;
        return failed(error);
    };
    if (on.status != StepStatus::Done)
        return fail(RunResult::Failed, ExitCode::Failed, on.error,
                    tr("%1 Nothing was restored.").arg(on.error));
    // The shop could take orders until now: check again, with the doors closed.
    s.restoreDb = std::make_unique<Database>(*s.connection, nullptr, s.request.graceMs);
    QString error;
    if (!s.restoreDb->open(&error))
        return fail(RunResult::Failed, ExitCode::Failed, error, tr("%1 Nothing was restored.").arg(error));
    if (const DataLoss first = s.loss; first.checked) {
        QString why;
        const bool counted = s.checkDataLoss(*s.restoreDb, &why);
        const bool grew = s.loss.orders > first.orders || s.loss.ordersChanged > first.ordersChanged ||
                          s.loss.customers > first.customers || s.loss.carts > first.carts;
        if (!counted || grew) {
            const QString refusal =
                !counted
                    ? tr("Refused: with maintenance on, the orders placed since the backup could not be "
                         "counted again (%1); maintenance is back as it was. Nothing was restored.")
                          .arg(why)
                    : tr("Refused: while maintenance mode was being turned on the store took in more; since "
                         "the backup it now has %1. Maintenance is back as it was and nothing was restored; "
                         "run the rollback again to decide.")
                          .arg(s.loss.sentence());
            s.next = s.again;
            return fail(RunResult::Refused, ExitCode::Refused, refusal, refusal);
        }
    }
    return on;
}

bool RollbackMaintenanceOnStep::undo(StepContext &ctx, QString *)
{
    if (!m_state.stayInMaintenance && !m_state.handsOff)
        m_state.putMaintenanceBack(ctx);
    return true;
}

// 5. The database as it is now, in the backup's folder: what a failed load is undone with.

StepPreview DumpCurrentStep::preview(const StepContext &) const
{
    StepPreview p;
    p.summary = tr("Dumps the database as it is now into %1, to undo a load that fails.").arg(m_state.folder);
    return p;
}

StepOutcome DumpCurrentStep::run(StepContext &)
{
    RollbackState &s = m_state;
    const Database &db = *s.restoreDb;
    s.safety =
        s.folder + QStringLiteral("/pre-rollback-%1.sql.gz")
                       .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QString why;
    bool ok = db.schema(&s.current, &why);
    const QStringList only =
        s.connection->tablePrefix.isEmpty() ? QStringList() : s.current.tables + s.current.views;
    const int fd = ok ? ::open(QFile::encodeName(s.safety).constData(),
                               O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)
                      : -1;
    if (ok && fd < 0) {
        why = tr("cannot write %1: %2").arg(s.safety, errnoText(errno));
        ok = false;
    }
    if (fd >= 0)
        ::close(fd);
    if (ok && (s.connection->tablePrefix.isEmpty() || !only.isEmpty())) {
        const CommandSpec dump = db.dumpCommand(s.safety, only);
        s.log(LogStream::Info, tr("$ %1").arg(dump.display()));
        ok = db.runPipeline(
            dump, [&s](LogStream stream, const QString &line) { s.log(stream, line); }, &why);
    }
    if (!ok) {
        QFile::remove(s.safety);
        s.failureResult = RunResult::Failed;
        s.failureCode = ExitCode::Failed;
        s.failureMessage =
            tr("The database could not be dumped as it is now (%1), and the rollback needs that "
               "dump to undo a failed load. Nothing was restored.")
                .arg(why);
        return failed(why);
    }
    s.safetyDump = QFileInfo(s.safety).size() > 0 ? s.safety : QString();
    return done(tr("in %1").arg(s.safety));
}

bool DumpCurrentStep::undo(StepContext &, QString *)
{
    // Kept while it is the only copy of the database as it was.
    if (!m_state.handsOff && m_state.databaseAsBefore)
        QFile::remove(m_state.safety);
    return true;
}

// 6. The code: the store's files go aside, the backup's take their place (renames, undone on failure).
// What the manifest leaves out is kept, and always what a backup never holds.

StepPreview RestoreCodeStep::preview(const StepContext &) const
{
    StepPreview p;
    p.summary = tr("Moves the store's code aside and the backup's into its place; %1 stay as they are.")
                    .arg(Backup::excludedPaths(m_state.manifest.includesMedia).join(QLatin1String(", ")));
    return p;
}

StepOutcome RestoreCodeStep::run(StepContext &ctx)
{
    RollbackState &s = m_state;
    const Store &store = ctx.store;
    QStringList excluded = s.manifest.excluded;
    for (const QString &e : Backup::excludedPaths(s.manifest.includesMedia)) {
        if (!excluded.contains(e))
            excluded << e;
    }
    s.swap = std::make_unique<CodeSwap>(store.root, excluded, s.staging, s.trash);
    QString error;
    if (!s.swap->run(&error)) {
        s.failureResult = RunResult::Failed;
        s.failureCode = ExitCode::Failed;
        if (s.swap->undoFailed()) {
            // Nothing more is touched: the files are in three places, and a person must look.
            s.handsOff = true;
            s.codeSplit = true;
            s.failureMessage =
                tr("The code could not be put back: %1 The store's files are partly in %2 (the code "
                   "the rollback replaced) and %3 (the backup's); move them back by hand. The "
                   "database was not touched; the store stays in maintenance mode.")
                    .arg(error, store.path(s.trash), store.path(s.staging));
            return failed(error);
        }
        s.removeOwn(store, s.staging);
        s.removeOwn(store, s.trash);
        s.failureMessage =
            tr("The code could not be put back: %1 The store's code is as it was, and the database "
               "was not touched.")
                .arg(error);
        return failed(error);
    }
    return done(tr("%n entries put back; %1 kept as they are", nullptr, s.swap->moved())
                    .arg(excluded.join(QLatin1String(", "))));
}

bool RestoreCodeStep::undo(StepContext &ctx, QString *)
{
    RollbackState &s = m_state;
    if (s.handsOff || !s.swap)
        return true;
    s.codeUndone = s.swap->undo(&s.undoError);
    if (!s.codeUndone) {
        s.codeSplit = true;
        return false; // the job's message says where the files are
    }
    s.removeOwn(ctx.store, s.staging);
    s.removeOwn(ctx.store, s.trash);
    return true;
}

// 7. The database. A failed load undoes the whole rollback: the database from the dump just made here,
// the code by the undo of the swap; the store stays in maintenance mode.

StepPreview RestoreDatabaseStep::preview(const StepContext &) const
{
    StepPreview p;
    p.summary = tr("Drops what the backup's database does not have and loads %1 (%n table(s)).", nullptr,
                   int(m_state.manifest.tables.size()))
                    .arg(Backup::databaseDumpName());
    return p;
}

StepOutcome RestoreDatabaseStep::run(StepContext &)
{
    RollbackState &s = m_state;
    const Schema fromBackup{s.manifest.tables, s.manifest.views, s.manifest.routines};
    QString error;
    if (s.restoreDatabase(*s.restoreDb, fromBackup,
                          s.folder + QLatin1Char('/') + s.manifest.file(QStringLiteral("database"))->name,
                          &error))
        return done(tr("%n table(s) from %1", nullptr, int(s.manifest.tables.size()))
                        .arg(Backup::databaseDumpName()));
    s.stayInMaintenance = true;
    s.loadError = error;
    s.log(LogStream::Info, tr("Putting the database and the code back as they were before the rollback …"));
    s.databaseAsBefore = s.restoreDatabase(*s.restoreDb, s.current, s.safetyDump, &s.reloadError);
    s.failureResult = RunResult::Failed;
    s.failureCode = ExitCode::Failed;
    s.next = s.again.as(s.request.acceptDataLoss ? NextStep::Kind::RunAgainAcceptingDataLoss
                                                 : NextStep::Kind::RunAgain);
    return failed(error);
}

// 8. Generated code and caches of the newer code must not outlive it.

StepPreview RollbackClearStep::preview(const StepContext &ctx) const
{
    return RollbackStep::preview(
        ctx, tr("Empties the code-generation folders, var/view_preprocessed and the caches."),
        QStringLiteral("cache:flush"));
}

StepOutcome RollbackClearStep::run(StepContext &ctx)
{
    RollbackState &s = m_state;
    const Store &store = ctx.store;
    // From here on nothing is undone: the code and the database are the backup's.
    s.handsOff = true;
    QStringList emptied;
    QStringList problems;
    for (const QString &dir :
         {QStringLiteral("generated/code"), QStringLiteral("generated/metadata"),
          QStringLiteral("var/generation"), QStringLiteral("var/di"), QStringLiteral("var/view_preprocessed"),
          QStringLiteral("var/cache"), QStringLiteral("var/page_cache")}) {
        if (!QFileInfo(store.path(dir)).isDir())
            continue;
        const FileOpReport r = FileOps::emptyFolder(store.root, dir);
        if (r.ok())
            emptied << dir;
        else
            problems << (r.error.isEmpty() ? r.failed.join(QLatin1String("; ")) : r.error);
    }
    const CommandResult flush = ctx.magento({QStringLiteral("cache:flush")});
    if (!flush.succeeded())
        s.log(LogStream::Warning, tr("bin/magento cache:flush did not succeed; caches outside the store "
                                     "(Redis, Valkey) may still hold the newer code's entries: flush them "
                                     "by hand."));
    for (const QString &p : std::as_const(problems))
        s.log(LogStream::Warning, p);
    return done(tr("emptied %1").arg(emptied.join(QLatin1String(", "))));
}

// 9. Maintenance as it was before the rollback.

Applicability RollbackMaintenanceOffStep::applies(const StepContext &) const
{
    if (m_state.maintenanceBefore)
        return {false, tr("maintenance was on before the rollback, so it stays on")};
    return {};
}

StepPreview RollbackMaintenanceOffStep::preview(const StepContext &ctx) const
{
    return RollbackStep::preview(ctx, tr("Turns maintenance mode off when it was off before the rollback."),
                                 QStringLiteral("maintenance:disable"));
}

StepOutcome RollbackMaintenanceOffStep::run(StepContext &ctx)
{
    RollbackState &s = m_state;
    StepOutcome off = MaintenanceOffStep::turnOff(ctx);
    if (off.status != StepStatus::Done && s.flagByHand && s.flagFile(ctx.store, false))
        off = done(tr("off (var/.maintenance.flag deleted directly, as it was made)"));
    if (off.status == StepStatus::Done)
        return off;
    s.removeOwn(ctx.store, s.trash);
    s.removeOwn(ctx.store, s.staging);
    s.failureResult = RunResult::Failed;
    s.failureCode = ExitCode::Failed;
    s.failureMessage =
        tr("The code and the database are back, but maintenance could not be turned off: %1").arg(off.error);
    return failed(off.error);
}

} // namespace mua
