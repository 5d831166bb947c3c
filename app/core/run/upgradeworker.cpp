#include "core/run/upgradeworker.h"

#include "core/fs/atomicfile.h"
#include "core/fs/safefile.h"
#include "core/run/emergency.h"
#include "core/run/terminaltext.h"
#include "core/run/upgradejob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace mua {

namespace {

constexpr int ChunkLines = 4096;              // lines handed over per signal at most
constexpr qsizetype ChunkChars = 1024 * 1024; // and characters (a line is at most 64 KiB of output)
constexpr int FlushIntervalMs = 30;           // how stale a buffered line may get
constexpr int MaxChunksInFlight = 2;          // back-pressure: the consumer is at most this far behind

} // namespace

UpgradeWorker::UpgradeWorker(const RunRequest &request, QObject *parent)
    : UpgradeWorker(std::make_unique<UpgradeJob>(request), parent)
{}

UpgradeWorker::UpgradeWorker(std::unique_ptr<Job> job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString redacted = m_redactor.redact(text);
    if (m_logFd >= 0) {
        static const char *const tags[] = {"out", "err", "info", "warn", "ERROR"};
        const QString stamp =
            QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        m_logBuffer += QStringLiteral("%1 %2 %3 %4\n")
                           .arg(stamp, m_currentStep.isEmpty() ? QStringLiteral("-") : m_currentStep,
                                QLatin1String(tags[int(stream)]),
                                TerminalText::neutralise(redacted, TerminalText::Newlines::Escape))
                           .toUtf8();
    }
    // A child's output comes in floods and goes in chunks; the run's own lines are few, and one often
    // comes just before a long silence in this thread (a checksum, a folder emptied) that no timer
    // can interrupt: it goes at once.
    const bool own = stream != LogStream::Stdout && stream != LogStream::Stderr;
    if (m_pending.isEmpty())
        m_pending.reserve(ChunkLines, 64 * 1024);
    m_pending.append(now, stream, m_currentStep, redacted);
    if (own || m_pending.size() >= ChunkLines || m_pending.characters() >= ChunkChars ||
        m_sinceFlush.elapsed() >= FlushIntervalMs)
        flushLog();
}

void UpgradeWorker::writeLogFile()
{
    if (m_logFd < 0 || m_logBuffer.isEmpty())
        return;
    const char *p = m_logBuffer.constData();
    qsizetype left = m_logBuffer.size();
    int error = 0;
    while (left > 0) {
        const ssize_t n = ::write(m_logFd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = n < 0 ? errno : ENOSPC;
            break;
        }
        p += n;
        left -= n;
    }
    if (!error) {
        m_logSize += m_logBuffer.size();
        m_logBuffer.clear();
        return;
    }
    // A line cut in half reads as a line that was written: the log ends at its last whole line.
    [[maybe_unused]] const int cut = ::ftruncate(m_logFd, m_logSize);
    ::close(m_logFd);
    m_logFd = -1;
    const qsizetype firstLineEnd = m_logBuffer.indexOf(' ');
    const QString lostFrom = QString::fromUtf8(m_logBuffer.left(qMax<qsizetype>(0, firstLineEnd)));
    m_logBuffer.clear();
    m_logError = tr("The log file %1 lacks everything from %2 on: writing it failed with %3. That part of "
                    "the run is only in the report and on the screen.")
                     .arg(m_logPath, lostFrom, AtomicFile::reason(error));
    log(LogStream::Warning, m_logError);
}

void UpgradeWorker::flushLog()
{
    m_sinceFlush.restart();
    writeLogFile();
    if (m_pending.isEmpty())
        return;
    // Back-pressure: wait while the consumer is behind (a cancel still gets through).
    while (m_inFlight.load() >= MaxChunksInFlight && !m_cancel.load())
        QThread::usleep(200);
    m_inFlight.fetch_add(1);
    emit logged(m_pending);
    m_pending = LogChunk(); // the consumer holds the old one: start a new one rather than detach it
}

bool UpgradeWorker::openLogFile(const QString &file, const QString &storeRoot, QString *error)
{
    // In the store, a link planted where the log goes must not make us write over its target; a
    // --log elsewhere is the user's own path (/dev/stdout is a link). Never blocks on a FIFO.
    const QString path = QFileInfo(file).absoluteFilePath();
    const SafeFile::Links links =
        path.startsWith(storeRoot + QLatin1Char('/')) ? SafeFile::Links::Refuse : SafeFile::Links::Follow;
    const int fd = SafeFile::openForAppend(path, links, error);
    if (fd < 0)
        return false;
    struct stat st;
    m_logSize = ::fstat(fd, &st) == 0 ? qint64(st.st_size) : 0; // --log may name a file that has lines
    m_logPath = path;
    m_logFd = fd;
    emit logFileOpened(m_logPath);
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

void UpgradeWorker::finish(RunRecord &record, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    redact(record);
    flushLog(); // a log file that could not be written is said in the report
    if (!m_logError.isEmpty()) {
        record.logError = m_logError;
        record.message += QLatin1Char(' ') + m_logError;
    }
    // The run's own last words, should the program have to end at once from here on.
    Emergency::setState(record.nextCommand.isEmpty()
                            ? record.message
                            : tr("%1 Next: %2").arg(record.message, record.nextCommand));
    m_job->report(record);
    m_currentStep.clear();
    flushLog();
    if (m_logFd >= 0)
        ::close(m_logFd);
    m_logFd = -1;
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
    record.store = QDir::cleanPath(QFileInfo(m_job->root()).absoluteFilePath());
    // No deadline cuts short a job that runs to its end (a second signal still does).
    std::optional<Emergency::Hold> runsToItsEnd;
    if (m_job->runsToItsEnd())
        runsToItsEnd.emplace();
    if (const QString state = m_job->stateAtStart(); !state.isEmpty())
        Emergency::setState(state);
    Emergency::setRun(&m_cancel, m_job->cancelDeadlineMs());
    int code = 0;
    if (m_job->setUp(*this, record, &code))
        code = execute(record);
    m_job->release();
    finish(record, code);
    Emergency::setRunOver(code);
}

int UpgradeWorker::execute(RunRecord &record)
{
    Job &job = *m_job;
    emit planned(record.steps);
    StepContext &ctx = job.context();
    const int total = int(job.steps().size());
    const int safeUntil = job.pointOfNoReturn();
    JobStop stop;
    int index = 0;
    for (; index < total; ++index) {
        Step &step = *job.steps()[size_t(index)];
        StepRecord &rec = record.steps[index];
        emit progressChanged(index, total);
        if (index <= safeUntil && m_cancel.load()) {
            stop.cancelled = true;
            break;
        }
        // From the point of no return on, the steps run without the cancel flag: to their end.
        ctx.cancel = index < safeUntil ? &m_cancel : nullptr;
        if (index == safeUntil)
            emit cancellableChanged(false);
        if (job.keeps(record, index)) {
            emit stepFinished(index, rec);
            continue;
        }
        m_currentStep = stepIdWord(step.id());
        const Applicability applicability = step.applies(ctx);
        if (!applicability.applies) {
            rec.status = StepStatus::Skipped;
            rec.detail = applicability.reason;
            log(LogStream::Info, tr("%1: skipped, %2").arg(step.title(), applicability.reason));
            emit stepFinished(index, rec);
            job.recorded(record, index, false);
            continue;
        }
        if (!job.aboutToRun(record, index, &stop.unrecordedError)) {
            stop.unrecorded = true;
            break;
        }
        emit stepStarted(index, stepIdWord(step.id()));
        log(LogStream::Info, tr("%1 …").arg(step.title()));
        QElapsedTimer clock;
        clock.start();
        const StepOutcome outcome = step.run(ctx);
        rec.durationMs = clock.elapsed();
        rec.status = outcome.status;
        rec.detail = outcome.detail;
        rec.error = outcome.error;
        if (ctx.cancelled() && outcome.status == StepStatus::Failed)
            rec.status = StepStatus::Cancelled;
        if (rec.status == StepStatus::Done)
            log(LogStream::Info, tr("%1: done (%2)").arg(step.title(), outcome.detail));
        else if (rec.status == StepStatus::Skipped)
            log(LogStream::Info, tr("%1: skipped, %2").arg(step.title(), outcome.detail));
        else if (rec.status != StepStatus::Cancelled && job.logsStepFailures())
            log(LogStream::Error, tr("%1 failed: %2").arg(step.title(), outcome.error));
        emit stepFinished(index, rec);
        job.recorded(record, index, true);
        if (rec.status != StepStatus::Done && rec.status != StepStatus::Skipped) {
            stop.lastOutput = outcome.output;
            break;
        }
    }
    m_currentStep.clear();
    emit progressChanged(index, total);
    stop.index = index;
    if (index < total && job.undoesOnStop())
        undoSteps(record, index);
    return job.conclude(record, stop);
}

// Qt Installer Framework's rollback of an installation: what ran is undone, newest first; each step
// knows from the job's state what is left to undo.
void UpgradeWorker::undoSteps(const RunRecord &record, int stoppedAt)
{
    StepContext &ctx = m_job->context();
    ctx.cancel = nullptr; // an undo runs to its end
    for (int i = stoppedAt - 1; i >= 0; --i) {
        if (record.steps.at(i).status != StepStatus::Done)
            continue;
        Step &step = *m_job->steps()[size_t(i)];
        m_currentStep = stepIdWord(step.id());
        QString error;
        if (!step.undo(ctx, &error) && !error.isEmpty())
            log(LogStream::Warning, error);
    }
    m_currentStep.clear();
}

} // namespace mua
