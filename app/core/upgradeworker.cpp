#include "upgradeworker.h"

#include "asideremover.h"
#include "deploymode.h"

#include "exitcodes.h"
#include "knownfailures.h"
#include "maintenancesteps.h"
#include "notifier.h"
#include "plan.h"
#include "smoketeststep.h"
#include "storeinspector.h"
#include "storelock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace mua {

namespace {

constexpr int ChunkLines = 4096;              // lines handed over per signal at most
constexpr qsizetype ChunkChars = 1024 * 1024; // and characters (a line is at most 64 KiB of output)
constexpr int FlushIntervalMs = 30;           // how stale a buffered line may get
constexpr int MaxChunksInFlight = 2;          // back-pressure: the consumer is at most this far behind

QString shellArg(const QString &s)
{
    return CommandSpec{s, {}, {}}.display();
}

} // namespace

UpgradeWorker::UpgradeWorker(const RunRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
    qRegisterMetaType<mua::LogChunk>();
    qRegisterMetaType<mua::RunRecord>();
    qRegisterMetaType<mua::StepRecord>();
    qRegisterMetaType<QList<mua::StepRecord>>();
}

UpgradeWorker::~UpgradeWorker() = default;

QString UpgradeWorker::journalPath(const QString &storeRoot)
{
    return storeRoot + QStringLiteral("/var/.upgrade-assistant.journal.json");
}

void UpgradeWorker::log(LogStream stream, const QString &text)
{
    LogLine line{QDateTime::currentMSecsSinceEpoch(), stream, m_currentStep, m_redactor.redact(text)};
    if (m_logFile.isOpen()) {
        static const char *const tags[] = {"out", "err", "info", "warn", "ERROR"};
        const QString stamp = QDateTime::fromMSecsSinceEpoch(line.msecsSinceEpoch, Qt::UTC)
                                  .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        m_logFile.write(QStringLiteral("%1 %2 %3 %4\n")
                            .arg(stamp, m_currentStep.isEmpty() ? QStringLiteral("-") : m_currentStep,
                                 QLatin1String(tags[int(stream)]), line.text)
                            .toUtf8());
    }
    m_pendingChars += line.text.size();
    m_pending.append(std::move(line));
    if (m_pending.size() >= ChunkLines || m_pendingChars >= ChunkChars ||
        m_sinceFlush.elapsed() >= FlushIntervalMs)
        flushLog();
}

void UpgradeWorker::flushLog()
{
    m_sinceFlush.restart();
    if (m_logFile.isOpen())
        m_logFile.flush();
    if (m_pending.isEmpty())
        return;
    // Back-pressure: wait while the consumer is behind (a cancel still gets through).
    while (m_inFlight.load() >= MaxChunksInFlight && !m_cancel.load())
        QThread::usleep(200);
    m_inFlight.fetch_add(1);
    emit logged(m_pending);
    m_pending.clear();
    m_pendingChars = 0;
}

bool UpgradeWorker::openLogFile(const Store &store, QString *error)
{
    QString path = m_request.options.logFile;
    if (path.isEmpty()) {
        QDir().mkpath(store.path(QStringLiteral("var/log")));
        path =
            store.path(QStringLiteral("var/log/upgrade-assistant-%1.log")
                           .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    path = QFileInfo(path).absoluteFilePath();
    // O_NOFOLLOW: a link planted where the log goes must not make us write over its target.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0640);
    if (fd < 0) {
        *error =
            tr("Cannot write the log file %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_logPath = path;
    if (!m_logFile.open(fd, QIODevice::WriteOnly | QIODevice::Append, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("Cannot write the log file %1: %2.").arg(path, m_logFile.errorString());
        return false;
    }
    return true;
}

void UpgradeWorker::redact(RunRecord &record) const
{
    for (QString *text : {&record.message, &record.advice, &record.nextCommand})
        *text = m_redactor.redact(*text);
    for (StepRecord &s : record.steps) {
        s.detail = m_redactor.redact(s.detail);
        s.error = m_redactor.redact(s.error);
    }
    StorefrontRecord &storefront = record.storefront;
    storefront.url = m_redactor.redact(storefront.url);
    for (std::optional<StorefrontSample> *sample :
         {&storefront.before, &storefront.during, &storefront.after}) {
        if (*sample) {
            for (QString *text :
                 {&(*sample)->finalUrl, &(*sample)->firstLine, &(*sample)->errorText, &(*sample)->problem})
                *text = m_redactor.redact(*text);
        }
    }
    for (QString &w : storefront.warnings)
        w = m_redactor.redact(w);
}

void UpgradeWorker::addRequestSecrets()
{
    const QUrl storefront(m_request.options.url.trimmed());
    if (!storefront.password().isEmpty()) {
        m_redactor.addSecret(storefront.password());
        m_redactor.addSecret(storefront.password(QUrl::FullyEncoded)); // as typed: p%40ss for p@ss
    }
    const QString hook = m_request.options.notifyUrl.trimmed();
    if (hook.isEmpty())
        return;
    // A webhook's address is its password (Slack's and Teams' carry a token in the path).
    const QUrl url(hook);
    m_redactor.addSecret(hook);
    m_redactor.addSecret(url.toString());
    if (url.path().size() >= 8)
        m_redactor.addSecret(url.path());
    if (url.query().size() >= 8)
        m_redactor.addSecret(url.query());
    if (!url.password().isEmpty())
        m_redactor.addSecret(url.password());
}

void UpgradeWorker::notify(const RunRecord &record)
{
    const QUrl hook(m_request.options.notifyUrl.trimmed());
    QString error;
    int status = 0;
    if (Notifier::send(hook, record, &error, &status))
        log(LogStream::Info, tr("Sent the summary to %1 (HTTP %2).").arg(Notifier::name(hook)).arg(status));
    else
        log(LogStream::Warning, tr("Could not notify: %1 The run's result is unchanged.").arg(error));
}

void UpgradeWorker::saveJournal(const RunRecord &original)
{
    RunRecord record = original;
    redact(record);
    if (m_keepResumable)
        record.result = RunResult::Failed;
    const QString path = journalPath(m_root);
    // Never write through a link planted in var/: QSaveFile would write to its target.
    if (QFileInfo(path).isSymLink())
        QFile::remove(path);
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(record.toJournal()).toJson());
        f.commit();
    }
}

void UpgradeWorker::finish(RunRecord &record, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    // Refused before the plan was laid out (the lock is held, …): the report still names every step, in
    // order, and why none ran (cli.md).
    if (record.result == RunResult::Refused && record.steps.isEmpty()) {
        const Plan plan;
        for (const auto &step : plan.steps())
            record.steps.append({step->id(), step->title(), StepStatus::Pending,
                                 tr("Not run: %1").arg(record.message), QString(), 0});
    }
    redact(record);
    if (!m_request.options.reportFile.isEmpty()) {
        QSaveFile report(m_request.options.reportFile);
        const bool written = report.open(QIODevice::WriteOnly) &&
                             report.write(QJsonDocument(record.toReport()).toJson()) >= 0 && report.commit();
        if (!written)
            log(LogStream::Warning, tr("Cannot write the report %1: %2.")
                                        .arg(m_request.options.reportFile, report.errorString()));
    }
    if (!m_request.options.notifyUrl.isEmpty())
        notify(record);
    m_currentStep.clear();
    flushLog();
    m_logFile.close();
    emit finished(record, exitCode);
}

void UpgradeWorker::run()
{
    m_sinceFlush.start();
    // Lines written while a child runs are flushed by this timer (the executor spins an event loop).
    QTimer flushTimer;
    connect(&flushTimer, &QTimer::timeout, this, [this] {
        if (m_sinceFlush.elapsed() >= FlushIntervalMs)
            flushLog();
    });
    flushTimer.start(FlushIntervalMs);

    RunRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.store = QDir::cleanPath(QFileInfo(m_request.root).absoluteFilePath());
    record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_request.options.url.isEmpty())
        record.storefront.url = SmokeTestStep::displayUrl(m_request.options.url);
    addRequestSecrets();
    const int code = execute(record);
    finish(record, code);
}

// The store is out of maintenance (or stays in it as reported) by now: the deletion of what was moved
// aside no longer keeps the shop waiting. Cancel stops it; the next run finishes it.
void UpgradeWorker::finishRemoval(AsideRemover &remover)
{
    const QStringList pending = remover.pending();
    if (!pending.isEmpty() && !m_cancel.load())
        log(LogStream::Info, tr("Finishing the deletion of the old generated code in the background (%1) …")
                                 .arg(pending.join(QLatin1String(", "))));
    const FileOpReport removed = remover.wait(&m_cancel);
    if (removed.entries == 0 && !pending.isEmpty() && remover.pending().isEmpty())
        log(LogStream::Info, tr("Deleted the folders that were moved aside."));
    else if (removed.entries > 0)
        log(LogStream::Info, tr("Deleted %n entries that were moved aside.", nullptr, int(removed.entries)));
    if (removed.failedCount > 0)
        log(LogStream::Warning,
            tr("%n entries moved aside could not be deleted; the next run tries again: %1", nullptr,
               int(removed.failedCount))
                .arg(removed.failed.join(QLatin1String("; "))));
    const QStringList left = remover.pending();
    if (!left.isEmpty() && removed.failedCount == 0)
        log(LogStream::Info, tr("Left for the next run to delete: %1").arg(left.join(QLatin1String(", "))));
}

int UpgradeWorker::execute(RunRecord &record)
{
    const UpgradeOptions &options = m_request.options;

    // 1. The store, read off this thread's back: nothing is changed yet.
    Store store = StoreInspector::inspect(m_request.root);
    m_root = store.root;
    record.store = store.root;
    if (!store.error.isEmpty()) {
        record.result = RunResult::Refused;
        record.message = store.error;
        log(LogStream::Error, store.error);
        return toInt(ExitCode::Usage);
    }
    m_redactor = Redactor(store.env);
    addRequestSecrets();
    // Paths and programs the user gave or will type again come out whole, whatever the secrets.
    for (const QString &given : {store.root, options.runner.php, options.runner.composer, options.backupDir})
        m_redactor.addProtected(given);
    record.versionBefore = store.version;
    record.targetVersion = options.targetVersion;

    QString error;
    QString runnerError;
    const std::unique_ptr<Runner> runner = RunnerFactory::create(store.root, options.runner, &runnerError);
    if (!runner) {
        record.result = RunResult::Refused;
        record.message = runnerError;
        log(LogStream::Error, runnerError);
        return toInt(ExitCode::Usage);
    }

    // 2. Only the files' owner may change them: refuse before writing even the lock.
    // (Over ssh the files' owner is checked on the server: a mount may map owners differently.)
    const PreflightCheck owner = PreflightStep::ownerCheck(store);
    if (options.runner.kind != QLatin1String("ssh") && owner.level == PreflightCheck::Level::Error) {
        record.result = RunResult::Refused;
        record.message = tr("Refused: %1 %2 Nothing was changed.").arg(owner.message, owner.fix);
        log(LogStream::Error, record.message);
        return toInt(ExitCode::Refused);
    }

    // 3. The lock, before the journal or the log is touched.
    StoreLock lock(store.root);
    QString lockMessage;
    const StoreLock::Result lockResult = lock.acquire(options.breakLock, &lockMessage);
    if (lockResult == StoreLock::Result::Held || lockResult == StoreLock::Result::Error) {
        record.result = RunResult::Refused;
        record.message = lockMessage;
        log(LogStream::Error, lockMessage);
        return toInt(lockResult == StoreLock::Result::Held ? ExitCode::Refused : ExitCode::Usage);
    }

    if (!openLogFile(store, &error))
        log(LogStream::Warning, error);
    record.logPath = m_logFile.isOpen() ? m_logPath : QString();
    m_redactor.addProtected(record.logPath);
    // A mount the assistant made goes away with the run: name the server's paths.
    if (options.runner.ownMount) {
        const QString remote =
            options.runner.sshHost + QLatin1Char(':') + QDir::cleanPath(options.runner.remoteRoot);
        record.store = remote;
        if (record.logPath.startsWith(store.root + QLatin1Char('/')))
            record.logPath = remote + record.logPath.mid(store.root.size());
    }
    // The deploy mode decides the step list (production: di-compile, static-deploy). When env.php
    // computes it, Magento says (read-only); if it cannot, the readiness check refuses.
    if (store.deployModeComputed) {
        m_currentStep = QStringLiteral("preflight");
        DeployMode::resolve(store, *runner, &m_cancel, options.graceMs,
                            [this](LogStream stream, const QString &text) { log(stream, text); });
        m_currentStep.clear();
    }
    record.deployMode = store.deployMode;
    record.deployModeSource = store.deployModeSource;
    log(LogStream::Info, tr("Magento Upgrade Assistant %1: upgrading %2 (Magento %3 %4, %5)")
                             .arg(QStringLiteral(MUA_VERSION), store.root, store.version, store.edition,
                                  DeployMode::describe(store)));
    if (lockResult == StoreLock::Result::TakenOver)
        log(LogStream::Warning, lockMessage);

    // 4. The journal: resume where a failed or cancelled run stopped.
    Plan plan;
    RunRecord previous;
    bool havePrevious = false;
    {
        QFile journal(journalPath(store.root));
        if (journal.open(QIODevice::ReadOnly)) {
            previous = RunRecord::fromJournal(QJsonDocument::fromJson(journal.readAll()).object());
            havePrevious = previous.result != RunResult::Succeeded && previous.result != RunResult::Refused &&
                           !previous.steps.isEmpty();
        }
    }
    if (options.resume && havePrevious && previous.targetVersion != options.targetVersion) {
        record.result = RunResult::Refused;
        record.message =
            tr("The unfinished run was for --target-version %1; resume it with the same target, or "
               "start over without --resume.")
                .arg(previous.targetVersion.isEmpty() ? tr("(none)") : previous.targetVersion);
        log(LogStream::Error, record.message);
        return toInt(ExitCode::Usage);
    }
    // The earlier run asked for a backup and did not get one: resuming without --backup would upgrade
    // with no backup at all.
    if (const StepRecord *backupStep = havePrevious ? previous.step(QStringLiteral("backup")) : nullptr;
        options.resume && !options.backup && previous.backup.isEmpty() && backupStep &&
        (backupStep->status == StepStatus::Failed || backupStep->status == StepStatus::Cancelled)) {
        record.result = RunResult::Refused;
        record.message =
            tr("The unfinished run asked for a backup (--backup) and did not take one; resume with "
               "--backup (and the same --backup-dir) to take it now.");
        log(LogStream::Error, record.message);
        return toInt(ExitCode::Usage);
    }
    if (options.resume && !havePrevious) {
        record.result = RunResult::Refused;
        record.message =
            tr("There is no failed or cancelled run to resume in %1; run the upgrade without --resume.")
                .arg(store.root);
        log(LogStream::Error, record.message);
        return toInt(ExitCode::Usage);
    }
    for (const auto &step : plan.steps())
        record.steps.append({step->id(), step->title(), StepStatus::Pending, QString(), QString(), 0});
    // What the store was like before this run; a resumed run keeps what the first run saw, and so
    // does a fresh run on a store that an unfinished run left in maintenance. A store the admin put
    // into maintenance since then is theirs: it stays on.
    record.maintenanceBefore = store.maintenance;
    const bool weLeftMaintenanceOn = previous.maintenanceAfter.value_or(false) && store.maintenance;
    if (havePrevious && previous.maintenanceBefore && (options.resume || weLeftMaintenanceOn))
        record.maintenanceBefore = previous.maintenanceBefore;
    // Likewise the storefront as it was before the first of these runs: the check after compares with it.
    if (havePrevious && (options.resume || weLeftMaintenanceOn) && !record.storefront.url.isEmpty() &&
        previous.storefront.url == m_redactor.redact(record.storefront.url))
        record.storefront.before = previous.storefront.before;
    if (havePrevious) {
        if (options.resume) {
            record.runId = previous.runId;
            record.backup = previous.backup; // the backup the first run took (not taken again)
            record.startedAt = previous.startedAt.isValid() ? previous.startedAt : record.startedAt;
            for (StepRecord &s : record.steps) {
                const StepRecord *old = previous.step(s.id);
                if (old && old->status == StepStatus::Done) {
                    s.status = StepStatus::Done;
                    s.detail = old->detail;
                    s.durationMs = old->durationMs;
                }
            }
            log(LogStream::Info,
                previous.failedStep.isEmpty()
                    ? tr("Resuming the run of %1, which was interrupted.")
                          .arg(previous.startedAt.toString(Qt::ISODate))
                    : tr("Resuming the run of %1 that stopped at %2.")
                          .arg(previous.startedAt.toString(Qt::ISODate), previous.failedStep));
        } else if (weLeftMaintenanceOn && previous.maintenanceBefore) {
            log(LogStream::Warning,
                tr("An earlier run did not finish; maintenance was %1 before it, and will be put "
                   "back that way.")
                    .arg(*previous.maintenanceBefore ? tr("on") : tr("off")));
        }
    }
    emit planned(record.steps);

    // Folders an earlier cleanup moved aside and did not finish deleting: deleted while this run
    // goes on (they are ours by their name, whether or not the journal still lists them).
    AsideRemover remover(*runner);
    QStringList leftovers = FileOps::findAside(store.root, store.codeGenerationDirs);
    for (const QString &aside : previous.movedAside)
        if (!leftovers.contains(aside) &&
            FileOps::isAsideName(QFileInfo(QDir::cleanPath(aside)).fileName()) &&
            QFileInfo::exists(store.path(aside)))
            leftovers.append(aside);
    if (!leftovers.isEmpty())
        log(LogStream::Info, tr("Deleting %n folders that an earlier run moved aside, in the background: %1",
                                nullptr, int(leftovers.size()))
                                 .arg(leftovers.join(QLatin1String(", "))));
    for (const QString &aside : leftovers)
        remover.add(aside);
    record.movedAside = remover.pending();

    StepContext ctx{store,  options,   *runner,
                    record, &m_cancel, [this](LogStream s, const QString &text) { log(s, text); }};
    ctx.removeLater = [&](const QString &aside) {
        remover.add(aside);
        record.movedAside = remover.pending();
        saveJournal(record);
    };

    // 5. The steps, in order.
    const int total = int(plan.steps().size());
    int exitCode = toInt(ExitCode::Ok);
    QStringList lastOutput;
    int index = 0;
    // Maintenance is put on again on resume, unless the first run already put it back: then only
    // the steps after that (the storefront check) are left, and they need the shop open.
    const StepRecord *maintenanceOff = record.step(QStringLiteral("maintenance-off"));
    const bool maintenanceWasPutBack = maintenanceOff && maintenanceOff->status == StepStatus::Done;
    for (; index < total; ++index) {
        Step &step = *plan.steps()[size_t(index)];
        StepRecord &rec = record.steps[index];
        emit progressChanged(index, total);
        if (m_cancel.load())
            break;
        // On resume, finished steps are not repeated, except the checks and maintenance-on: the
        // store must be checked again and be in maintenance whatever happened in between.
        const bool repeatable = step.id() == QLatin1String("preflight") ||
                                (step.id() == QLatin1String("maintenance-on") && !maintenanceWasPutBack);
        if (rec.status == StepStatus::Done && !repeatable) {
            emit stepFinished(index, rec);
            continue;
        }
        m_currentStep = step.id();
        const Applicability applicability = step.applies(ctx);
        if (!applicability.applies) {
            rec.status = StepStatus::Skipped;
            rec.detail = applicability.reason;
            log(LogStream::Info, tr("%1: skipped, %2").arg(step.title(), applicability.reason));
            emit stepFinished(index, rec);
            saveJournal(record);
            continue;
        }
        emit stepStarted(index, step.id());
        log(LogStream::Info, tr("%1 …").arg(step.title()));
        QElapsedTimer clock;
        clock.start();
        const StepOutcome outcome = step.run(ctx);
        rec.durationMs = clock.elapsed();
        rec.status = outcome.status;
        rec.detail = outcome.detail;
        rec.error = outcome.error;
        if (m_cancel.load() && outcome.status == StepStatus::Failed)
            rec.status = StepStatus::Cancelled;
        if (rec.status == StepStatus::Done)
            log(LogStream::Info, tr("%1: done (%2)").arg(step.title(), outcome.detail));
        else if (rec.status != StepStatus::Cancelled)
            log(LogStream::Error, tr("%1 failed: %2").arg(step.title(), outcome.error));
        emit stepFinished(index, rec);
        saveJournal(record);
        if (rec.status != StepStatus::Done) {
            lastOutput = outcome.output;
            break;
        }
    }
    m_currentStep.clear();
    emit progressChanged(index, total);

    const bool before = record.maintenanceBefore.value_or(store.maintenance);
    // The exact command to run next: the same store, runner and target as this run.
    QString self =
        options.runner.ownMount
            ? QStringLiteral("magento-upgrade-assistant upgrade --yes")
            : QStringLiteral("magento-upgrade-assistant upgrade %1 --yes").arg(shellArg(store.root));
    const RunnerSettings defaults;
    const RunnerSettings &rs = options.runner;
    if (rs.kind != defaults.kind)
        self += QStringLiteral(" --runner ") + rs.kind;
    if (rs.php != defaults.php)
        self += QStringLiteral(" --php ") + shellArg(rs.php);
    if (rs.composer != defaults.composer && !options.targetVersion.isEmpty())
        self += QStringLiteral(" --composer ") + shellArg(rs.composer);
    if (rs.kind == QLatin1String("ssh")) {
        self += QStringLiteral(" --ssh ") + shellArg(rs.sshHost) + QStringLiteral(" --remote-root ") +
                shellArg(rs.remoteRoot);
        if (!rs.sshConfigFile.isEmpty())
            self += QStringLiteral(" --ssh-config ") + shellArg(rs.sshConfigFile);
    }
    if ((rs.kind == QLatin1String("compose") || rs.kind == QLatin1String("warden")) &&
        !rs.service.isEmpty() && rs.service != defaults.service)
        self += QStringLiteral(" --service ") + shellArg(rs.service);
    if (!options.targetVersion.isEmpty())
        self += QStringLiteral(" --target-version ") + options.targetVersion;
    if (options.backup) {
        self += QStringLiteral(" --backup");
        if (!options.backupDir.isEmpty())
            self += QStringLiteral(" --backup-dir ") + shellArg(options.backupDir);
        if (options.backupMedia)
            self += QStringLiteral(" --backup-media");
    }
    if (!options.url.isEmpty()) {
        // Without its password: the next command is logged and reported (type the password again).
        const QUrl url(options.url.trimmed());
        self +=
            QStringLiteral(" --url ") +
            shellArg(url.password().isEmpty() ? options.url.trimmed() : url.toString(QUrl::RemovePassword));
    }

    // The webhook's file is no secret (its content is): the next run tells the same webhook.
    if (!options.notifyFile.isEmpty())
        self += QStringLiteral(" --notify-file ") + shellArg(options.notifyFile);
    m_redactor.addProtected(self); // the next command is printed to be run as it stands

    if (index >= total) {
        record.result = RunResult::Succeeded;
        record.message = tr("The upgrade finished; maintenance is %1, as it was before.")
                             .arg(before ? tr("on") : tr("off"));
        if (!record.storefront.url.isEmpty())
            record.message += QLatin1Char(' ') + tr("Storefront: %1%2.")
                                                     .arg(SmokeTestStep::summary(record.storefront),
                                                          record.storefront.warnings.isEmpty()
                                                              ? QString()
                                                              : tr(", %n warning(s)", nullptr,
                                                                   int(record.storefront.warnings.size())));
        record.maintenanceAfter = runner->maintenanceFlagExists();
    } else {
        const bool cancelled = m_cancel.load() || record.steps[index].status == StepStatus::Cancelled;
        StepRecord &stopped = record.steps[index];
        if (cancelled && stopped.status == StepStatus::Pending)
            stopped.status = StepStatus::Cancelled;
        record.failedStep = stopped.id;
        const bool refused = stopped.id == QLatin1String("preflight") && !cancelled;
        // A refusal changes nothing, but an unfinished earlier run stays unfinished: keep it resumable.
        m_keepResumable = refused && havePrevious;
        record.result = cancelled ? RunResult::Cancelled : refused ? RunResult::Refused : RunResult::Failed;
        exitCode = toInt(cancelled ? ExitCode::Cancelled : refused ? ExitCode::Refused : ExitCode::Failed);

        // --on-failure restore: put maintenance back as it was.
        if (!refused && options.onFailure == OnFailure::Restore && !before &&
            runner->maintenanceFlagExists()) {
            StepContext cleanup = ctx;
            cleanup.cancel = nullptr; // putting maintenance back must not itself be cancelled
            m_currentStep = QStringLiteral("maintenance-off");
            const StepOutcome off = MaintenanceOffStep::turnOff(cleanup);
            m_currentStep.clear();
            if (off.status != StepStatus::Done)
                log(LogStream::Error, tr("Could not put maintenance back: %1").arg(off.error));
        }
        // Asked once: over ssh every question is a round trip.
        const std::optional<bool> known = runner->maintenanceState();
        const bool onNow = known.value_or(true); // unknown: advise as if it were on
        record.maintenanceAfter = known;
        const QString state =
            !known
                ? tr("Whether maintenance mode is on could not be read (the store cannot be reached); check "
                     "with: %1")
                      .arg(runner->magentoHint(QStringLiteral("maintenance:status")))
            : onNow ? tr("The store is in maintenance mode (the storefront answers 503).")
                    : tr("Maintenance mode is off.");
        record.advice = runner->failureAdvice(lastOutput, 0);
        if (refused && !havePrevious) {
            record.message = tr("Refused: %1 Nothing was changed.").arg(stopped.error);
            record.nextCommand = self;
        } else if (refused) {
            record.message = tr("Refused: %1 Nothing was changed by this run, but the earlier run is still "
                                "unfinished.")
                                 .arg(stopped.error) +
                             QLatin1Char(' ') + state;
            record.nextCommand = self + QStringLiteral(" --resume");
        } else {
            record.message = (cancelled ? tr("Cancelled during %1.").arg(stopped.id)
                                        : tr("%1 failed: %2").arg(stopped.id, stopped.error)) +
                             QLatin1Char(' ') + state;
            record.nextCommand = self + QStringLiteral(" --resume");
            if (onNow && !before)
                record.message +=
                    QLatin1Char(' ') + tr("To reopen the store without finishing, run: %1")
                                           .arg(runner->magentoHint(QStringLiteral("maintenance:disable")));
        }
        log(LogStream::Error, record.message);
        if (!record.advice.isEmpty())
            log(LogStream::Warning, tr("Known fix: %1").arg(record.advice));
        log(LogStream::Info, tr("Next: %1").arg(record.nextCommand));
    }
    finishRemoval(remover);
    record.movedAside = remover.pending();
    record.finishedAt = QDateTime::currentDateTimeUtc();
    saveJournal(record);
    return exitCode;
}

} // namespace mua
