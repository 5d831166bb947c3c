#pragma once

#include "core/model/logline.h"
#include "core/runners/runner.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace mua {

// How a command ended. Data, not an error convention: its exit code and output matter whatever it did.
struct CommandResult
{
    bool started = false;
    QString startError; // why it could not start
    int exitCode = -1;
    bool crashed = false;   // ended by a signal
    bool cancelled = false; // stopped because cancel was asked for
    // The output (stdout and stderr) when capture was asked for: the first and the last lines only
    // (CommandExecutor::CaptureHead…, CaptureTail…), with one line saying how many were left out
    // between them (droppedLines); whatever the handler was given is complete.
    QStringList lines;
    qint64 droppedLines = 0;
    qint64 durationMs = 0;
    bool succeeded() const { return started && !crashed && !cancelled && exitCode == 0; }
};

// Runs one child process on the calling thread, with a local event loop: standard input closed,
// stdout and stderr streamed line by line, in its own process group so that cancel ends the child
// and everything it started (SIGTERM to the group, SIGKILL after the grace period).
class CommandExecutor
{
    Q_DECLARE_TR_FUNCTIONS(mua::CommandExecutor)

public:
    using LineHandler = std::function<void(LogStream stream, const QString &line)>;

    // What `capture` keeps: enough of the beginning and of the end to read a command's answer and
    // to find known failures, never the whole of an endless output.
    static constexpr int CaptureHeadLines = 1000;
    static constexpr qsizetype CaptureHeadChars = 1024 * 1024;
    static constexpr int CaptureTailLines = 2000;
    static constexpr qsizetype CaptureTailChars = 4 * 1024 * 1024;

    explicit CommandExecutor(const std::atomic_bool *cancel = nullptr, int graceMs = 5000);

    CommandResult run(const CommandSpec &spec, const LineHandler &onLine, bool capture = true) const;

private:
    const std::atomic_bool *m_cancel;
    int m_graceMs;
};

} // namespace mua
