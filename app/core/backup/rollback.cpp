// A rollback as a job: the store read and the lock taken before its steps (rollbacksteps.h), its
// outcome worded after them, its report.

#include "core/backup/rollback.h"

#include "core/backup/backup.h"
#include "core/backup/rollbacksteps.h"
#include "core/fs/atomicfile.h"
#include "core/fs/fileops.h"
#include "core/fs/safefile.h"
#include "core/inspect/deploymode.h"
#include "core/inspect/storeinspector.h"
#include "core/model/wording.h"
#include "core/run/emergency.h"
#include "core/run/redactor.h"
#include "core/run/storelock.h"
#include "core/run/upgradeworker.h"
#include "core/steps/preflightstep.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace mua {

RollbackJob::RollbackJob(RollbackRequest request, std::shared_ptr<Outcome> outcome)
    : m_state(std::make_unique<RollbackState>())
    , m_outcome(outcome ? std::move(outcome) : std::make_shared<Outcome>())
{
    m_state->request = std::move(request);
    RollbackState &s = *m_state;
    m_steps.push_back(std::make_unique<VerifyBackupStep>(s));
    m_steps.push_back(std::make_unique<RollbackSafetyStep>(s));
    m_steps.push_back(std::make_unique<PrepareCodeStep>(s));
    m_steps.push_back(std::make_unique<RollbackMaintenanceOnStep>(s));
    m_steps.push_back(std::make_unique<DumpCurrentStep>(s));
    m_steps.push_back(std::make_unique<RestoreCodeStep>(s));
    m_steps.push_back(std::make_unique<RestoreDatabaseStep>(s));
    m_steps.push_back(std::make_unique<RollbackClearStep>(s));
    m_steps.push_back(std::make_unique<RollbackMaintenanceOffStep>(s));
}

RollbackJob::~RollbackJob() = default;

QString RollbackJob::root() const
{
    return m_state->request.root;
}

int RollbackJob::cancelDeadlineMs() const
{
    return Emergency::DefaultDeadlineMs;
}

int RollbackJob::pointOfNoReturn() const
{
    // Maintenance on is the first change to the store; what the steps before made beside it goes.
    return 3;
}

QString RollbackJob::logFileName()
{
    return QStringLiteral("upgrade-assistant-rollback-%1.log")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QJsonObject RollbackJob::report(const RunRecord &record, const DataLoss &dataLoss)
{
    QJsonObject o = record.toReport();
    o.insert(QLatin1String("command"), QStringLiteral("rollback"));
    o.insert(QLatin1String("dataLoss"), dataLoss.toJson());
    return o;
}

bool RollbackJob::refuse(RunRecord &record, ExitCode code, const QString &message, int *exitCode)
{
    record.result = RunResult::Refused;
    record.message = message;
    m_state->log(LogStream::Error, message);
    *exitCode = toInt(code);
    return false;
}

bool RollbackJob::setUp(JobHost &host, RunRecord &record, int *exitCode)
{
    RollbackState &s = *m_state;
    s.host = &host;
    s.folder = QDir::cleanPath(QFileInfo(s.request.backupFolder).absoluteFilePath());
    record.backup = s.folder;
    for (const auto &step : m_steps)
        record.steps.append(
            {stepIdWord(step->id()), step->title(), StepStatus::Pending, QString(), QString(), 0});

    // The store and the backup, read before anything else.
    m_store = StoreInspector::inspect(s.request.root);
    const Store &store = m_store;
    record.store = store.root;
    if (!store.error.isEmpty())
        return refuse(record, ExitCode::Usage, store.error, exitCode);
    host.redactor() = Redactor(store.env);
    record.versionBefore = store.version;
    if (s.request.runner.kind != RunnerKind::Local)
        return refuse(record, ExitCode::Usage,
                      tr("rollback works with the local runner only in this version."), exitCode);
    QString error;
    m_runner = RunnerFactory::create(store.root, s.request.runner, &error);
    if (!m_runner)
        return refuse(record, ExitCode::Usage, error, exitCode);
    std::optional<BackupManifest> manifest = Backup::readManifest(s.folder, &error);
    if (!manifest)
        return refuse(record,
                      QFileInfo(s.folder).isDir() &&
                              QFileInfo::exists(s.folder + QStringLiteral("/manifest.json"))
                          ? ExitCode::Refused
                          : ExitCode::Usage,
                      tr("Refused: %1 Give the folder of one backup (the one that holds manifest.json); "
                         "'magento-upgrade-assistant backups %2' lists them. Nothing was changed.")
                          .arg(error, store.root),
                      exitCode);
    s.manifest = std::move(*manifest);

    // Only the owner may change the files, and only one run at a time.
    const PreflightCheck owner = PreflightStep::ownerCheck(store);
    if (owner.level == PreflightCheck::Level::Error)
        return refuse(record, ExitCode::Refused,
                      tr("Refused: %1 %2 Nothing was changed.").arg(owner.message, owner.fix), exitCode);
    m_lock = std::make_unique<StoreLock>(store.root);
    QString lockMessage;
    const StoreLock::Result locked = m_lock->acquire(s.request.breakLock, &lockMessage);
    if (locked == StoreLock::Result::Held || locked == StoreLock::Result::Error)
        return refuse(record, ExitCode::Refused, lockMessage, exitCode);
    QString logFile = s.request.logFile;
    if (logFile.isEmpty()) {
        QDir().mkpath(store.path(QStringLiteral("var/log")));
        logFile = store.path(QStringLiteral("var/log/") + logFileName());
    }
    if (!host.openLogFile(logFile, store.root, &error))
        s.log(LogStream::Warning, error);
    record.logPath = host.logPath();
    s.log(LogStream::Info, tr("Magento Upgrade Assistant %1: rolling %2 back to the backup in %3, taken %4 "
                              "(Magento %5).")
                               .arg(QStringLiteral(MUA_VERSION), store.root, s.folder,
                                    s.manifest.created.toString(Qt::ISODate), s.manifest.magentoVersion));
    if (locked == StoreLock::Result::TakenOver)
        s.log(LogStream::Warning, lockMessage);
    s.again = NextStep::rollback(NextStep::Kind::RunAgain, store.root, s.folder);
    for (const QString &given : {store.root, s.folder, Wording::current().command(s.again), record.logPath})
        if (!given.isEmpty())
            host.redactor().addProtected(given);
    s.since = s.manifest.snapshotAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    s.staging = FileOps::asideName(QStringLiteral("rollback-new"));
    s.trash = FileOps::asideName(QStringLiteral("rollback-old"));

    m_options.runner = s.request.runner;
    m_options.graceMs = s.request.graceMs;
    m_ctx = std::make_unique<StepContext>(
        StepContext{store, m_options, *m_runner, record, host.cancelFlag(),
                    [this](LogStream stream, const QString &text) { m_state->log(stream, text); }});
    return true;
}

int RollbackJob::conclude(RunRecord &record, const JobStop &stop)
{
    RollbackState &s = *m_state;
    const Store &store = m_store;
    auto end = [&](RunResult result, ExitCode code, const QString &message) {
        record.result = result;
        record.message = message;
        m_state->log(result == RunResult::Succeeded ? LogStream::Info : LogStream::Error, message);
        if (!record.nextCommand.isEmpty()) // a window offers its own way on
            m_state->log(LogStream::Info, tr("Next: %1").arg(record.nextCommand));
        return toInt(code);
    };
    if (stop.index < int(m_steps.size())) {
        StepRecord &stopped = record.steps[stop.index];
        // What maintenance is now, once the rollback has begun to change the store.
        if (stop.index >= pointOfNoReturn() && !stop.cancelled)
            record.maintenanceAfter = m_runner->maintenanceFlagExists();
        if (stop.cancelled || stopped.status == StepStatus::Cancelled)
            return end(RunResult::Cancelled, ExitCode::Cancelled, tr("Cancelled; nothing was changed."));
        record.failedStep = stopped.id;
        record.setNext(s.next);
        if (!stopped.is(StepId::RestoreDatabase))
            return end(s.failureResult, s.failureCode, s.failureMessage);
        // A failed load: what the undo managed decides what the store is now.
        const QString &error = s.loadError;
        if (s.databaseAsBefore && s.codeUndone)
            return end(RunResult::Failed, ExitCode::Failed,
                       tr("The database could not be put back: %1 The rollback was undone: the code and "
                          "the database are as they were before it, and the store stays in maintenance "
                          "mode. Fix the cause and run the same rollback again.")
                           .arg(error));
        const QString database =
            s.databaseAsBefore
                ? tr("the database is as it was before the rollback")
                : tr("the database could not be returned to how it was either (%1): load %2, the "
                     "database as it was before the rollback, by hand")
                      .arg(s.reloadError, s.safety);
        const QString code = s.codeUndone
                                 ? tr("the code is as it was before the rollback")
                                 : tr("the code could not be moved back (%1): the code the rollback replaced "
                                      "is in %2 and the backup's in %3; move it back by hand")
                                       .arg(s.undoError, store.path(s.trash), store.path(s.staging));
        return end(RunResult::Failed, ExitCode::Failed,
                   tr("The database could not be put back: %1 Undoing the rollback: %2; %3. The store "
                      "stays in maintenance mode.")
                       .arg(error, database, code));
    }

    record.maintenanceAfter = m_runner->maintenanceFlagExists();
    s.log(LogStream::Info, tr("Deleting the code the rollback replaced …"));
    s.removeOwn(store, s.trash);
    s.removeOwn(store, s.staging);
    const bool before = s.maintenanceBefore;
    QString message =
        tr("Rolled back to the backup of %1 (Magento %2): the code and the database are as they "
           "were then; maintenance is %3, as it was before the rollback.")
            .arg(s.since,
                 s.manifest.magentoVersion.isEmpty() ? tr("version unknown") : s.manifest.magentoVersion,
                 record.maintenanceAfter.value_or(before) ? tr("on") : tr("off"));
    if (record.maintenanceAfter.value_or(before) && !s.manifest.maintenance)
        message +=
            QLatin1Char(' ') + tr("When the store looks right, turn it off with: %1")
                                   .arg(m_runner->magento({QStringLiteral("maintenance:disable")}).display());
    if (!s.safetyDump.isEmpty())
        message += QLatin1Char(' ') + tr("The database as it was just before the rollback is kept in %1; "
                                         "delete it when you no longer need it.")
                                          .arg(s.safetyDump);
    Store after = StoreInspector::inspect(store.root);
    DeployMode::resolve(after, *m_runner, nullptr, s.request.graceMs); // env.php may compute it
    if (after.deployMode == QLatin1String("production"))
        message += QLatin1Char(' ') +
                   tr("The store is in production mode: run %1 and %2 before it serves "
                      "customers again.")
                       .arg(m_runner->magento({QStringLiteral("setup:di:compile")}).display(),
                            m_runner->magento({QStringLiteral("setup:static-content:deploy")}).display());
    resetJournal(store.root, message, record.maintenanceAfter);
    return end(RunResult::Succeeded, ExitCode::Ok, message);
}

void RollbackJob::release()
{
    m_outcome->dataLoss = m_state->loss;
    m_outcome->refusedForDataLoss = m_state->refusedForDataLoss;
    m_ctx.reset();
    m_state->release();
    m_runner.reset();
    m_lock.reset();
}

void RollbackJob::report(RunRecord &record)
{
    const QString file = m_state->request.reportFile;
    if (file.isEmpty())
        return;
    QString problem;
    if (!SafeFile::isUsableOutput(file, Wording::current().setting(Setting::Report), false, &problem)) {
        m_state->log(LogStream::Warning, tr("The report was not written: %1").arg(problem));
        return;
    }
    // Whole or not at all: a full disk keeps the previous report rather than an empty one.
    if (!AtomicFile::write(file, QJsonDocument(report(record, m_state->loss)).toJson(), &problem))
        m_state->log(LogStream::Warning, tr("The report was not written: %1").arg(problem));
}

void RollbackJob::resetJournal(const QString &root, const QString &message, std::optional<bool> maintenance)
{
    // The upgrade's journal: the store is back before that run, so a --resume starts it over.
    const QString path = UpgradeWorker::journalPath(root);
    const JournalFile journal = JournalFile::read(path);
    if (journal.state != JournalFile::State::Read)
        return;
    RunRecord previous = journal.record;
    for (StepRecord &s : previous.steps) {
        s.status = StepStatus::Pending;
        s.detail.clear();
        s.error.clear();
    }
    previous.failedStep.clear();
    previous.message = message;
    previous.setNext({});
    previous.maintenanceAfter = maintenance;
    previous.movedAside.clear();
    previous.runningStep.clear();
    if (QString error; !AtomicFile::write(path, QJsonDocument(previous.toJournal()).toJson(), &error))
        m_state->log(LogStream::Warning, error);
}

} // namespace mua
