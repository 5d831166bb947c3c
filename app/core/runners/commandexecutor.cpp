#include "core/runners/commandexecutor.h"

#include "core/runners/linesplitter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <climits>
#include <csignal>
#include <deque>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace mua {

namespace {

// How long past the grace period a remote side gets to stop its command after stdin closed.
constexpr int RemoteStopMarginMs = 3000;

// The first and the last lines of a command's output (CommandResult::lines).
class OutputCapture
{
public:
    void add(const QString &line)
    {
        if (!m_inTail && m_head.size() < CommandExecutor::CaptureHeadLines &&
            m_headChars + line.size() <= CommandExecutor::CaptureHeadChars) {
            m_head << line;
            m_headChars += line.size();
            return;
        }
        m_inTail = true;
        m_tail.push_back(line);
        m_tailChars += line.size();
        while (m_tail.size() > 1 && (qsizetype(m_tail.size()) > CommandExecutor::CaptureTailLines ||
                                     m_tailChars > CommandExecutor::CaptureTailChars)) {
            m_tailChars -= m_tail.front().size();
            m_tail.pop_front();
            ++m_dropped;
        }
    }
    qint64 dropped() const { return m_dropped; }
    QStringList lines() const
    {
        QStringList out = m_head;
        if (m_dropped > 0)
            out << CommandExecutor::tr("(%n line(s) of output left out here)", nullptr,
                                       int(qMin<qint64>(m_dropped, INT_MAX)));
        for (const QString &line : m_tail)
            out << line;
        return out;
    }

private:
    QStringList m_head;
    qsizetype m_headChars = 0;
    std::deque<QString> m_tail;
    qsizetype m_tailChars = 0;
    qint64 m_dropped = 0;
    bool m_inTail = false;
};

} // namespace

CommandExecutor::CommandExecutor(const std::atomic_bool *cancel, int graceMs)
    : m_cancel(cancel)
    , m_graceMs(graceMs)
{}

CommandResult CommandExecutor::run(const CommandSpec &spec, const LineHandler &onLine, bool capture) const
{
    CommandResult result;
    QElapsedTimer clock;
    clock.start();

    QProcess process;
    process.setProgram(spec.program);
    process.setArguments(spec.arguments);
    if (!spec.workingDirectory.isEmpty())
        process.setWorkingDirectory(spec.workingDirectory);
    if (!spec.cancelByClosingStdin)
        process.setStandardInputFile(QProcess::nullDevice());
    // Its own session and process group: cancel reaches the child's children too, and a terminal's
    // Ctrl-C reaches only us, so that we can stop the child in order.
    // If the assistant itself dies, the child goes too: no setup:upgrade runs on unwatched.
    const QList<int> inherit = spec.inheritFds;
    process.setChildProcessModifier([inherit] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        for (const int fd : inherit)
            ::fcntl(fd, F_SETFD, 0);
    });

    LineSplitter outSplit;
    LineSplitter errSplit;
    OutputCapture captured;
    int reportedExitCode = -1; // spec.exitStatusLine's, when a line matched
    auto deliver = [&](LogStream stream) {
        return [&, stream](const QString &line) {
            if (stream == LogStream::Stderr && spec.exitStatusLine.isValid() &&
                !spec.exitStatusLine.pattern().isEmpty()) {
                if (const QRegularExpressionMatch m = spec.exitStatusLine.match(line); m.hasMatch())
                    reportedExitCode = m.captured(1).toInt();
            }
            if (capture)
                captured.add(line);
            if (onLine)
                onLine(stream, line);
        };
    };
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { outSplit.feed(process.readAllStandardOutput(), deliver(LogStream::Stdout)); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { errSplit.feed(process.readAllStandardError(), deliver(LogStream::Stderr)); });

    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });

    process.start();
    if (!process.waitForStarted(-1)) {
        result.startError = tr("could not start %1: %2").arg(spec.program, process.errorString());
        result.durationMs = clock.elapsed();
        return result;
    }
    result.started = true;
    const qint64 pid = process.processId();

    QProcess stopper; // stopArguments, on cancel
    QTimer cancelPoll;
    QTimer termTimer;
    QTimer killTimer;
    termTimer.setSingleShot(true);
    killTimer.setSingleShot(true);
    QObject::connect(&killTimer, &QTimer::timeout, &process, [pid] { ::kill(-pid_t(pid), SIGKILL); });
    auto terminate = [&, pid] {
        ::kill(-pid_t(pid), SIGTERM);
        killTimer.start(m_graceMs);
    };
    QObject::connect(&termTimer, &QTimer::timeout, &process, terminate);
    QObject::connect(&cancelPoll, &QTimer::timeout, &process, [&] {
        if (m_cancel && m_cancel->load() && !result.cancelled) {
            result.cancelled = true;
            if (!spec.stopArguments.isEmpty()) {
                // The stop command ends the command where it runs; the client ends with it.
                // Signals only if it does not.
                stopper.setProgram(spec.program);
                stopper.setArguments(spec.stopArguments);
                if (!spec.workingDirectory.isEmpty())
                    stopper.setWorkingDirectory(spec.workingDirectory);
                stopper.setStandardInputFile(QProcess::nullDevice());
                stopper.setStandardOutputFile(QProcess::nullDevice());
                stopper.setStandardErrorFile(QProcess::nullDevice());
                stopper.start();
                termTimer.start(m_graceMs + RemoteStopMarginMs);
            } else if (spec.cancelByClosingStdin) {
                // The far side stops its command (TERM, then KILL after the same grace) and ends;
                // signals only if it does not.
                process.closeWriteChannel();
                termTimer.start(m_graceMs + RemoteStopMarginMs);
            } else {
                terminate();
            }
        }
    });
    cancelPoll.start(50);

    if (process.state() != QProcess::NotRunning)
        loop.exec();

    cancelPoll.stop();
    termTimer.stop();
    killTimer.stop();
    if (stopper.state() != QProcess::NotRunning && !stopper.waitForFinished(m_graceMs + RemoteStopMarginMs))
        stopper.kill();
    // On cancel, whatever the child left running in its group goes with it.
    if (result.cancelled)
        ::kill(-pid_t(pid), SIGKILL);
    outSplit.feed(process.readAllStandardOutput(), deliver(LogStream::Stdout));
    errSplit.feed(process.readAllStandardError(), deliver(LogStream::Stderr));
    outSplit.flush(deliver(LogStream::Stdout));
    errSplit.flush(deliver(LogStream::Stderr));

    result.lines = captured.lines();
    result.droppedLines = captured.dropped();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    if (result.exitCode == 1 && reportedExitCode > 0)
        result.exitCode = reportedExitCode;
    result.durationMs = clock.elapsed();
    return result;
}

} // namespace mua
