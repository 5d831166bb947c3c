#include "core/run/upgradejob.h"

#include "core/fs/asideremover.h"
#include "core/fs/atomicfile.h"
#include "core/fs/safefile.h"
#include "core/inspect/deploymode.h"
#include "core/inspect/storeinspector.h"
#include "core/model/error.h"
#include "core/model/exitcodes.h"
#include "core/move/stagedmove.h"
#include "core/net/notifier.h"
#include "core/run/emergency.h"
#include "core/run/knownfailures.h"
#include "core/run/redactor.h"
#include "core/run/storelock.h"
#include "core/runners/sshrunner.h"
#include "core/steps/maintenancesteps.h"
#include "core/steps/smoketeststep.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

namespace mua {

namespace {

constexpr int CancelMarginMs = 5000; // after the grace period, for the journal, report and log

// Steps that change nothing in the store: they need no journal entry before they run.
const QList<StepId> ReadOnlySteps{StepId::Preflight, StepId::SmokeTest};
// Steps after which the shop still works as before the run: when the run stops after them, turning
// maintenance off again (or deleting its flag) is safe.
const QList<StepId> ReopenSafeSteps{StepId::Preflight, StepId::Backup, StepId::ComposerStage,
                                    StepId::MaintenanceOn, StepId::SessionPermissions};

// Whether a recorded step is one of these (a word no step has is none of them).
bool isOneOf(const StepRecord &step, const QList<StepId> &ids)
{
    const std::optional<StepId> id = step.stepId();
    return id && ids.contains(*id);
}

} // namespace

UpgradeJob::UpgradeJob(const RunRequest &request)
    : m_request(request)
{}

UpgradeJob::~UpgradeJob() = default;

int UpgradeJob::cancelDeadlineMs() const
{
    // A cancel gets the grace period to stop the running command, and a few seconds more to write the
    // journal, the report and the log; past that the program ends at once (SignalWatcher).
    return m_request.options.graceMs + CancelMarginMs;
}

QString UpgradeJob::stateAtStart() const
{
    return tr("Nothing in the store was changed.");
}

bool UpgradeJob::refuse(RunRecord &record, const QString &message, int code, int *exitCode)
{
    record.result = RunResult::Refused;
    record.message = message;
    log(LogStream::Error, message);
    // Refused before the plan was laid out (the lock is held, …): the report still names every step, in
    // order, and why none ran (cli.md).
    if (record.steps.isEmpty()) {
        for (const auto &step : m_plan.steps())
            record.steps.append({stepIdWord(step->id()), step->title(), StepStatus::Pending,
                                 tr("Not run: %1").arg(record.message), QString(), 0});
    }
    *exitCode = code;
    return false;
}

bool UpgradeJob::setUp(JobHost &host, RunRecord &record, int *exitCode)
{
    m_host = &host;
    const UpgradeOptions &options = m_request.options;
    record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!options.url.isEmpty())
        record.storefront.url = SmokeTestStep::displayUrl(options.url);
    addRequestSecrets();

    // 1. The store, read off the window's back: nothing is changed yet.
    m_store = StoreInspector::inspect(m_request.root);
    Store &store = m_store;
    record.store = store.root;
    if (!store.error.isEmpty())
        return refuse(record, store.error, toInt(ExitCode::Usage), exitCode);
    Redactor &redactor = host.redactor();
    redactor = Redactor(store.env);
    addRequestSecrets();
    // Paths and programs the user gave or will type again come out whole, whatever the secrets.
    for (const QString &given : {store.root, options.runner.php, options.runner.composer, options.backupDir})
        redactor.addProtected(given);
    record.versionBefore = store.version;
    record.targetVersion = options.targetVersion;

    QString error;
    QString runnerError;
    m_runner = RunnerFactory::create(store.root, options.runner, &runnerError);
    if (!m_runner)
        return refuse(record, runnerError, toInt(ExitCode::Usage), exitCode);
    const Runner &runner = *m_runner;

    // 2. Only the files' owner may change them: refuse before writing even the lock.
    // (Over ssh the files' owner is checked on the server: a mount may map owners differently.)
    const PreflightCheck owner = PreflightStep::ownerCheck(store);
    if (options.runner.kind != RunnerKind::Ssh && owner.level == PreflightCheck::Level::Error)
        return refuse(record, tr("Refused: %1 %2 Nothing was changed.").arg(owner.message, owner.fix),
                      toInt(ExitCode::Refused), exitCode);

    // 3. The lock, before the journal or the log is touched.
    m_lock = std::make_unique<StoreLock>(store.root);
    QString lockMessage;
    const StoreLock::Result lockResult = m_lock->acquire(options.breakLock, &lockMessage);
    // A lock that cannot be written (a full disk, a read-only store) is a refusal like a held one.
    if (lockResult == StoreLock::Result::Held || lockResult == StoreLock::Result::Error)
        return refuse(record, lockMessage, toInt(ExitCode::Refused), exitCode);
    // A staged swap a run stopped in the middle of: the code it kept goes back before anything reads
    // the store's version (the resumed run swaps the staged move in again).
    QString swapTrash;
    QString swapNote;
    if (StagedMove::keptIsSwap(store.root)) {
        QString error;
        swapNote =
            StagedMove::putBack(store.root, &swapTrash, &error)
                ? tr("An earlier run stopped in the middle of the move: the code it kept is back.")
                : tr("An earlier run stopped in the middle of the move, and the code it kept could not "
                     "be put back yet: %1")
                      .arg(error);
        m_store = StoreInspector::inspect(m_request.root);
        record.versionBefore = store.version;
    }
    m_next = NextStep::upgrade(NextStep::Kind::RunAgain, store.root, options);
    // Printed to be run as it stands.
    if (const QString again = Wording::current().command(m_next); !again.isEmpty())
        redactor.addProtected(again);

    QString logFile = options.logFile;
    if (logFile.isEmpty()) {
        QDir().mkpath(store.path(QStringLiteral("var/log")));
        logFile =
            store.path(QStringLiteral("var/log/upgrade-assistant-%1.log")
                           .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    if (!host.openLogFile(logFile, store.root, &error))
        log(LogStream::Warning, error);
    record.logPath = host.logPath();
    redactor.addProtected(record.logPath);
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
        host.setCurrentStep(StepId::Preflight);
        DeployMode::resolve(store, runner, host.cancelFlag(), options.graceMs,
                            [this](LogStream stream, const QString &text) { log(stream, text); });
        host.setCurrentStep(std::nullopt);
    }
    record.deployMode = store.deployMode;
    record.deployModeSource = store.deployModeSource;
    log(LogStream::Info, tr("Magento Upgrade Assistant %1: upgrading %2 (Magento %3 %4, %5)")
                             .arg(QStringLiteral(MUA_VERSION), store.root, store.version, store.edition,
                                  DeployMode::describe(store)));
    if (lockResult == StoreLock::Result::TakenOver)
        log(LogStream::Warning, lockMessage);

    // 4. The journal: resume where a failed or cancelled run stopped.
    RunRecord &previous = m_previous;
    {
        const JournalFile journal = JournalFile::read(UpgradeWorker::journalPath(store.root));
        if (journal.state == JournalFile::State::Unusable)
            return refuse(record, tr("Refused: %1 Nothing was changed.").arg(journal.error),
                          toInt(ExitCode::Refused), exitCode);
        previous = journal.record;
        m_havePrevious = journal.state == JournalFile::State::Read &&
                         previous.result != RunResult::Succeeded && previous.result != RunResult::Refused &&
                         !previous.steps.isEmpty();
    }
    const bool havePrevious = m_havePrevious;
    const Wording &words = Wording::current();
    if (options.resume && havePrevious && previous.targetVersion != options.targetVersion)
        return refuse(
            record,
            tr("The unfinished run was for %1; resume it with the same target, or start over "
               "without %2.")
                .arg(words.setting(Setting::TargetVersion,
                                   previous.targetVersion.isEmpty() ? tr("(none)") : previous.targetVersion),
                     words.setting(Setting::Resume)),
            toInt(ExitCode::Usage), exitCode);
    // The earlier run asked for a backup and did not get one: resuming without --backup would upgrade
    // with no backup at all.
    if (const StepRecord *backupStep = havePrevious ? previous.step(StepId::Backup) : nullptr;
        options.resume && !options.backup && previous.backup.isEmpty() && backupStep &&
        (backupStep->status == StepStatus::Failed || backupStep->status == StepStatus::Cancelled))
        return refuse(record,
                      words.commandLine()
                          ? tr("The unfinished run asked for a backup (%1) and did not take one; resume with "
                               "%1 (and the same %2) to take it now.")
                                .arg(words.setting(Setting::Backup), words.setting(Setting::BackupDir))
                          : tr("The unfinished run asked for a backup and did not take one; resume it with "
                               "a backup into %1 as before to take it now.")
                                .arg(words.setting(Setting::BackupDir)),
                      toInt(ExitCode::Usage), exitCode);
    if (options.resume && !havePrevious)
        return refuse(record,
                      tr("There is no failed or cancelled run to resume in %1; run the upgrade without %2.")
                          .arg(store.root, words.setting(Setting::Resume)),
                      toInt(ExitCode::Usage), exitCode);
    for (const auto &step : m_plan.steps())
        record.steps.append(
            {stepIdWord(step->id()), step->title(), StepStatus::Pending, QString(), QString(), 0});
    // What the store was like before this run; a resumed run keeps what the first run saw, and so
    // does a fresh run on a store that an unfinished run left in maintenance. A store the admin put
    // into maintenance since then is theirs: it stays on.
    record.maintenanceBefore = store.maintenance;
    // An earlier run that did not get to its end (a crash, a full disk, a kill) has no "after": when
    // its journal shows it had got to maintenance-on, the maintenance on now is that run's.
    const StepRecord *previousOn = previous.step(StepId::MaintenanceOn);
    const StepRecord *previousOff = previous.step(StepId::MaintenanceOff);
    const bool previousTurnedItOn =
        previous.maintenanceAfter.value_or(false) ||
        (!previous.maintenanceAfter && previousOn &&
         (previousOn->status == StepStatus::Done || previous.runningStepId() == StepId::MaintenanceOn) &&
         !(previousOff && previousOff->status == StepStatus::Done));
    const bool weLeftMaintenanceOn = previousTurnedItOn && store.maintenance;
    if (havePrevious && previous.maintenanceBefore && (options.resume || weLeftMaintenanceOn))
        record.maintenanceBefore = previous.maintenanceBefore;
    // Likewise the storefront as it was before the first of these runs: the check after compares with it.
    if (havePrevious && (options.resume || weLeftMaintenanceOn) && !record.storefront.url.isEmpty() &&
        previous.storefront.url == redactor.redact(record.storefront.url))
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
            const StepRecord *stoppedAt = record.step(previous.failedStep);
            const QString stoppedTitle = stoppedAt ? stoppedAt->title : QString();
            log(LogStream::Info, previous.failedStep.isEmpty()
                                     ? tr("Resuming the run of %1, which was interrupted.")
                                           .arg(previous.startedAt.toString(Qt::ISODate))
                                     : tr("Resuming the run of %1 that stopped at %2.")
                                           .arg(previous.startedAt.toString(Qt::ISODate),
                                                Wording::current().step(previous.failedStep, stoppedTitle)));
        } else if (weLeftMaintenanceOn && previous.maintenanceBefore) {
            log(LogStream::Warning,
                tr("An earlier run did not finish; maintenance was %1 before it, and will be put "
                   "back that way.")
                    .arg(*previous.maintenanceBefore ? tr("on") : tr("off")));
        }
    }

    // Folders an earlier cleanup moved aside and did not finish deleting: deleted while this run
    // goes on (they are ours by their name, whether or not the journal still lists them).
    m_remover = std::make_unique<AsideRemover>(runner);
    QStringList leftovers = FileOps::findAside(store.root, store.codeGenerationDirs);
    for (const QString &aside : previous.movedAside)
        if (!leftovers.contains(aside) &&
            FileOps::isAsideName(QFileInfo(QDir::cleanPath(aside)).fileName()) &&
            QFileInfo::exists(store.path(aside)))
            leftovers.append(aside);
    // A move staged by a run that is not resumed: it is not this run's.
    if (const QString staged = options.resume ? QString() : StagedMove::moveLeftoverAside(store.root);
        !staged.isEmpty())
        leftovers.append(staged);
    if (!swapNote.isEmpty())
        log(LogStream::Info, swapNote);
    if (!swapTrash.isEmpty() && QFileInfo::exists(store.path(swapTrash)))
        leftovers.append(swapTrash);
    if (!leftovers.isEmpty())
        log(LogStream::Info, tr("Deleting %n folders that an earlier run moved aside, in the background: %1",
                                nullptr, int(leftovers.size()))
                                 .arg(leftovers.join(QLatin1String(", "))));
    for (const QString &aside : leftovers)
        m_remover->add(aside);
    record.movedAside = m_remover->pending();

    m_ctx = std::make_unique<StepContext>(
        StepContext{store, options, runner, record, host.cancelFlag(),
                    [this](LogStream s, const QString &text) { log(s, text); }});
    m_ctx->removeLater = [this, &record](const QString &aside) {
        m_remover->add(aside);
        record.movedAside = m_remover->pending();
        saveJournal(record);
    };
    // Maintenance is put on again on resume, unless the first run already put it back: then only
    // the steps after that (the storefront check) are left, and they need the shop open.
    const StepRecord *maintenanceOff = record.step(StepId::MaintenanceOff);
    m_maintenanceWasPutBack = maintenanceOff && maintenanceOff->status == StepStatus::Done;
    return true;
}

bool UpgradeJob::keeps(const RunRecord &record, int index) const
{
    // On resume, finished steps are not repeated, except the checks and maintenance-on: the store
    // must be checked again and be in maintenance whatever happened in between.
    const StepRecord &rec = record.steps.at(index);
    const bool repeatable =
        rec.is(StepId::Preflight) || (rec.is(StepId::MaintenanceOn) && !m_maintenanceWasPutBack);
    return rec.status == StepStatus::Done && !repeatable;
}

bool UpgradeJob::aboutToRun(RunRecord &record, int index, QString *error)
{
    // What a step is about to change is in the journal before it changes: a run that cannot record
    // it stops here, and the journal on disk still says where the store stands.
    const StepRecord &step = record.steps.at(index);
    if (isOneOf(step, ReadOnlySteps))
        return true;
    record.runningStep = step.id;
    if (saveJournal(record, &m_journalError))
        return true;
    record.runningStep.clear();
    return failWith(error, m_journalError);
}

void UpgradeJob::recorded(RunRecord &record, int, bool ran)
{
    record.runningStep.clear();
    // A failure here stops the run before the next step that changes the store.
    if (!saveJournal(record, &m_journalError) && ran)
        log(LogStream::Warning, m_journalError);
}

int UpgradeJob::conclude(RunRecord &record, const JobStop &stop)
{
    const Store &store = m_store;
    const UpgradeOptions &options = m_request.options;
    const Runner *runner = m_runner.get();
    const int index = stop.index;
    const bool unrecorded = stop.unrecorded;
    const bool havePrevious = m_havePrevious;
    QString journalError = stop.unrecordedError;
    int exitCode = toInt(ExitCode::Ok);
    const bool before = record.maintenanceBefore.value_or(store.maintenance);
    using Next = NextStep::Kind;
    if (index >= int(record.steps.size())) {
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
        const bool cancelled = !unrecorded && (stop.cancelled || m_host->cancelFlag()->load() ||
                                               record.steps[index].status == StepStatus::Cancelled);
        StepRecord &stopped = record.steps[index];
        if (cancelled && stopped.status == StepStatus::Pending)
            stopped.status = StepStatus::Cancelled;
        record.failedStep = stopped.id;
        // The step as sentences name it for their reader: its title, or its id on the command line.
        const QString stoppedStep = Wording::current().step(stopped.id, stopped.title);

        // Stopped because the journal could not be written before the step: when the steps that ran
        // so far leave the shop working as before, maintenance goes back off and nothing is changed.
        bool changed = false;
        bool reopenSafe = true;
        bool reopened = false;
        if (unrecorded) {
            // The journal's folder may be gone with the store (a mount that went away): say that first.
            if (QString gone; !runner->storeReachable(&gone))
                journalError = gone + QLatin1Char(' ') + journalError;
            stopped.status = StepStatus::Failed;
            stopped.error = journalError;
            for (const StepRecord &s : std::as_const(record.steps)) {
                if (s.status == StepStatus::Done) {
                    changed = changed || (!isOneOf(s, ReadOnlySteps) && !s.is(StepId::Backup));
                    reopenSafe = reopenSafe && isOneOf(s, ReopenSafeSteps);
                }
            }
            if (changed && reopenSafe && !before && runner->maintenanceFlagExists()) {
                StepContext cleanup = *m_ctx;
                cleanup.cancel = nullptr;
                m_host->setCurrentStep(StepId::MaintenanceOff);
                const StepOutcome off = MaintenanceOffStep::turnOff(cleanup);
                m_host->setCurrentStep(std::nullopt);
                reopened = off.status == StepStatus::Done;
                if (!reopened)
                    log(LogStream::Error, tr("Could not put maintenance back: %1").arg(off.error));
            }
            changed = changed && !reopened;
        }
        const bool refused = (stopped.is(StepId::Preflight) && !cancelled) || (unrecorded && !changed);
        // A refusal changes nothing, but an unfinished earlier run stays unfinished: keep it resumable.
        m_keepResumable = refused && havePrevious;
        record.result = cancelled ? RunResult::Cancelled : refused ? RunResult::Refused : RunResult::Failed;
        exitCode = toInt(cancelled ? ExitCode::Cancelled : refused ? ExitCode::Refused : ExitCode::Failed);

        // --on-failure restore: put maintenance back as it was.
        bool restoreFailed = false;
        if (!refused && !unrecorded && options.onFailure == OnFailure::Restore && !before &&
            runner->maintenanceFlagExists()) {
            StepContext cleanup = *m_ctx;
            cleanup.cancel = nullptr; // putting maintenance back must not itself be cancelled
            m_host->setCurrentStep(StepId::MaintenanceOff);
            const StepOutcome off = MaintenanceOffStep::turnOff(cleanup);
            m_host->setCurrentStep(std::nullopt);
            restoreFailed = off.status != StepStatus::Done;
            if (restoreFailed)
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
        record.advice = runner->failureAdvice(stop.lastOutput, 0);
        if (unrecorded && refused) {
            record.message =
                (reopened ? tr("Refused: %1 The run stopped before %2 and turned maintenance off again, as "
                               "nothing the shop depends on had changed yet.")
                          : tr("Refused: %1 The run stopped before %2; nothing in the store was changed."))
                    .arg(journalError, stoppedStep);
            if (havePrevious)
                record.message += QLatin1Char(' ') + tr("The earlier run is still unfinished.");
            record.setNext(m_next.as(havePrevious ? Next::Resume : Next::RunAgain));
        } else if (unrecorded) {
            record.message =
                tr("%1 did not start: %2").arg(stoppedStep, journalError) + QLatin1Char(' ') + state;
            record.setNext(m_next.as(Next::Resume));
        } else if (refused && !havePrevious) {
            record.message = tr("Refused: %1 Nothing was changed.").arg(stopped.error);
            record.setNext(m_next.as(Next::RunAgain));
        } else if (refused) {
            record.message = tr("Refused: %1 Nothing was changed by this run, but the earlier run is still "
                                "unfinished.")
                                 .arg(stopped.error) +
                             QLatin1Char(' ') + state;
            record.setNext(m_next.as(Next::Resume));
        } else {
            record.message = (cancelled ? tr("Cancelled during %1.").arg(stoppedStep)
                                        : tr("%1 failed: %2").arg(stoppedStep, stopped.error)) +
                             QLatin1Char(' ') + state;
            record.setNext(m_next.as(Next::Resume));
        }
        // How to reopen the shop without finishing. When maintenance:disable is what failed, the
        // same command is no advice: the flag itself can go, and the message says when that is safe.
        const bool disableFailed = (stopped.is(StepId::MaintenanceOff) && !cancelled) || restoreFailed ||
                                   (unrecorded && reopenSafe && !reopened);
        if (onNow && !before && !refused) {
            // The command that deletes the flag, or where the flag is for a reader who types none.
            const NextStep flag = m_next.as(Next::RemoveMaintenanceFlag);
            const QString command = Wording::current().command(flag);
            const QString removeFlag = command.isEmpty() ? flag.maintenanceFlag() : command;
            if (!disableFailed) {
                record.message +=
                    QLatin1Char(' ') + tr("To reopen the store without finishing, run: %1")
                                           .arg(runner->magentoHint(QStringLiteral("maintenance:disable")));
            } else if (stopped.is(StepId::MaintenanceOff) && !cancelled) {
                record.message +=
                    QLatin1Char(' ') +
                    tr("Every upgrade step before it finished, so the store is consistent and it "
                       "is safe to reopen it by deleting its maintenance flag: %1")
                        .arg(removeFlag);
                record.setNext(flag);
            } else if (isOneOf(stopped, ReopenSafeSteps) || (unrecorded && reopenSafe)) {
                record.message +=
                    QLatin1Char(' ') +
                    tr("maintenance:disable cannot be relied on here; nothing the shop depends "
                       "on had changed yet, so it is safe to reopen the store now by deleting its "
                       "maintenance flag: %1")
                        .arg(removeFlag);
            } else {
                const Wording &words = Wording::current();
                record.message +=
                    QLatin1Char(' ') +
                    (words.commandLine()
                         ? tr("maintenance:disable did not work either; once a %3 has finished "
                              "the upgrade, reopen the store by deleting its maintenance flag: %1. Not "
                              "before: after %2 stopped, the code, the generated files and the "
                              "database may not match, and visitors would see errors.")
                               .arg(removeFlag, stoppedStep, words.setting(Setting::Resume))
                         : tr("maintenance:disable did not work either; once the run has been resumed "
                              "and has finished the upgrade, reopen the store by deleting its maintenance "
                              "flag: %1. Not before: after %2 stopped, the code, the generated files and "
                              "the database may not match, and visitors would see errors.")
                               .arg(removeFlag, stoppedStep));
            }
        }
        log(LogStream::Error, record.message);
        if (!record.advice.isEmpty())
            log(LogStream::Warning, tr("Known fix: %1").arg(record.advice));
        if (!record.nextCommand.isEmpty()) // a window offers its own way on
            log(LogStream::Info, tr("Next: %1").arg(record.nextCommand));
    }
    finishRemoval();
    record.movedAside = m_remover->pending();
    record.finishedAt = QDateTime::currentDateTimeUtc();
    if (!saveJournal(record, &journalError)) {
        log(LogStream::Warning, journalError);
        // A journal that still says "under way" would offer a --resume of a run that is over, and
        // take maintenance for its own on a later run.
        const bool over =
            record.result == RunResult::Succeeded || (record.result == RunResult::Refused && !havePrevious);
        if (over && QFile::remove(UpgradeWorker::journalPath(store.root)))
            record.message += QLatin1Char(' ') + tr("The journal could not be written at the end, so it was "
                                                    "deleted: there is nothing to resume.");
    }
    return exitCode;
}

void UpgradeJob::addRequestSecrets()
{
    const QUrl storefront(m_request.options.url.trimmed());
    if (!storefront.password().isEmpty()) {
        m_host->redactor().addSecret(storefront.password());
        m_host->redactor().addSecret(storefront.password(QUrl::FullyEncoded)); // as typed: p%40ss for p@ss
    }
    const QString hook = m_request.options.notifyUrl.trimmed();
    if (hook.isEmpty())
        return;
    // A webhook's address is its password (Slack's and Teams' carry a token in the path).
    const QUrl url(hook);
    m_host->redactor().addSecret(hook);
    m_host->redactor().addSecret(url.toString());
    if (url.path().size() >= 8)
        m_host->redactor().addSecret(url.path());
    if (url.query().size() >= 8)
        m_host->redactor().addSecret(url.query());
    if (!url.password().isEmpty())
        m_host->redactor().addSecret(url.password());
}

void UpgradeJob::notify(const RunRecord &record)
{
    const QUrl hook(m_request.options.notifyUrl.trimmed());
    QString error;
    int status = 0;
    if (Notifier::send(hook, record, &error, &status))
        log(LogStream::Info, tr("Sent the summary to %1 (HTTP %2).").arg(Notifier::name(hook)).arg(status));
    else
        log(LogStream::Warning, tr("Could not notify: %1 The run's result is unchanged.").arg(error));
}

bool UpgradeJob::saveJournal(const RunRecord &original, QString *error)
{
    RunRecord record = original;
    m_host->redact(record);
    if (m_keepResumable)
        record.result = RunResult::Failed;
    // A new file, synced, then renamed over the old one (a link planted in var/ is replaced, not
    // followed): a crash or a full disk leaves the last journal whole, never an empty one.
    const QString path = UpgradeWorker::journalPath(m_store.root);
    if (int errorCode = 0;
        !AtomicFile::write(path, QJsonDocument(record.toJournal()).toJson(), nullptr, &errorCode))
        return failWith(error,
                        tr("Cannot write the journal %1, so the run cannot record what it does: %2. %3")
                            .arg(path, AtomicFile::reason(errorCode),
                                 AtomicFile::remedy(errorCode, QFileInfo(path).absolutePath())));
    Emergency::setState(stateSentence(original));
    return true;
}

QString UpgradeJob::stateSentence(const RunRecord &record) const
{
    const QString journal = UpgradeWorker::journalPath(m_store.root);
    if (record.finishedAt.isValid()) // the run's own last words
        return record.nextCommand.isEmpty() ? record.message
                                            : tr("%1 Next: %2").arg(record.message, record.nextCommand);
    static const QList<StepId> readOnly{StepId::Preflight, StepId::Backup, StepId::SmokeTest};
    const Wording &words = Wording::current();
    QString lastDone;
    const std::optional<StepId> running = record.runningStepId();
    bool changed = !record.runningStep.isEmpty() && !(running && readOnly.contains(*running));
    for (const StepRecord &s : record.steps) {
        if (s.status == StepStatus::Done) {
            lastDone = words.step(s.id, s.title);
            changed = changed || !isOneOf(s, readOnly);
        }
    }
    if (!changed)
        return tr("Nothing in the store was changed.");
    const StepRecord *under = record.step(record.runningStep);
    QString state = record.runningStep.isEmpty()
                        ? tr("The journal %1 records the steps up to %2 as done.").arg(journal, lastDone)
                        : tr("The journal %1 records %2 as under way.")
                              .arg(journal, words.step(record.runningStep, under ? under->title : QString()));
    const StepRecord *on = record.step(StepId::MaintenanceOn);
    const StepRecord *off = record.step(StepId::MaintenanceOff);
    const bool maybeOn = on && (on->status == StepStatus::Done || running == StepId::MaintenanceOn);
    if (maybeOn && !(off && off->status == StepStatus::Done) && !record.maintenanceBefore.value_or(true))
        state += QLatin1Char(' ') + tr("The store is in maintenance mode; it was off before the run.");
    const QString resume = words.command(m_next.as(NextStep::Kind::Resume));
    return resume.isEmpty() ? state : state + QLatin1Char(' ') + tr("Next: %1").arg(resume);
}

// The store is out of maintenance (or stays in it as reported) by now: the deletion of what was moved
// aside no longer keeps the shop waiting. Cancel stops it; the next run finishes it.
void UpgradeJob::finishRemoval()
{
    const QStringList pending = m_remover->pending();
    if (!pending.isEmpty() && !m_host->cancelFlag()->load())
        log(LogStream::Info, tr("Finishing the deletion of the old generated code in the background (%1) …")
                                 .arg(pending.join(QLatin1String(", "))));
    const FileOpReport removed = m_remover->wait(m_host->cancelFlag());
    if (removed.entries == 0 && !pending.isEmpty() && m_remover->pending().isEmpty())
        log(LogStream::Info, tr("Deleted the folders that were moved aside."));
    else if (removed.entries > 0)
        log(LogStream::Info, tr("Deleted %n entries that were moved aside.", nullptr, int(removed.entries)));
    if (removed.failedCount > 0)
        log(LogStream::Warning,
            tr("%n entries moved aside could not be deleted; the next run tries again: %1", nullptr,
               int(removed.failedCount))
                .arg(removed.failed.join(QLatin1String("; "))));
    const QStringList left = m_remover->pending();
    if (!left.isEmpty() && removed.failedCount == 0)
        log(LogStream::Info, tr("Left for the next run to delete: %1").arg(left.join(QLatin1String(", "))));
}

void UpgradeJob::release()
{
    m_ctx.reset();
    m_remover.reset();
    m_runner.reset();
    m_lock.reset();
}

void UpgradeJob::report(RunRecord &record)
{
    if (!m_request.options.reportFile.isEmpty()) {
        // Checked again now (the command line checked it before the run): a new file renamed over
        // /dev/null would replace the device for the whole machine. Written whole or not at all, so
        // a full disk keeps the previous report rather than leaving an empty one.
        const QString file = m_request.options.reportFile;
        QString problem;
        int errorCode = 0;
        const bool usable =
            SafeFile::isUsableOutput(file, Wording::current().setting(Setting::Report), false, &problem);
        if (!usable ||
            !AtomicFile::write(file, QJsonDocument(record.toReport()).toJson(), nullptr, &errorCode)) {
            record.reportError =
                usable ? tr("Cannot write the report %1: %2; the previous one, if any, is unchanged. %3")
                             .arg(file, AtomicFile::reason(errorCode),
                                  AtomicFile::remedy(errorCode, QFileInfo(file).absolutePath()))
                       : tr("The report was not written: %1").arg(problem);
            log(LogStream::Warning, record.reportError);
        }
    }
    if (!m_request.options.notifyUrl.isEmpty())
        notify(record);
}

} // namespace mua
