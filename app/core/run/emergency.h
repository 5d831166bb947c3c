#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace mua {

// How the program ends when it cannot end in order: a second Ctrl-C or SIGTERM, or a cancel that did
// not finish in time because a thread is stuck in the kernel (a full pipe on stdout, a hung network
// mount, a FIFO nobody opens). It says on stderr what state the store is in as far as the journal
// knows, stops the process groups of this program's children, removes the lock when that takes less
// than a second, and exits. Every function may be called from any thread.
class Emergency
{
    Q_DECLARE_TR_FUNCTIONS(mua::Emergency)

public:
    // How long a cancel may take before the program ends anyway, when no run says otherwise.
    static constexpr int DefaultDeadlineMs = 10000;

    // How long the program may take to end after a signal once its run is over (it only has to
    // print the last words).
    static constexpr int RunOverDeadlineMs = 2000;

    // The run under way: its cancel flag (set on the first signal, even when the thread that
    // handles signals is blocked) and how long its cancel may take. Cleared with nullptr.
    static void setRun(std::atomic_bool *cancel, int deadlineMs);
    // The run is over with this exit code (what the program exits with, at once or not).
    static void setRunOver(int exitCode);
    static void requestCancel();
    static int deadlineMs();

    // The store's state as the journal last recorded it, in a few sentences, with the next command.
    static void setState(const QString &sentence);
    // The lock to remove on the way out; cleared when released.
    static void setLock(const QString &path, const QString &token);
    static void clearLock(const QString &token);

    // While one exists, no deadline ends the program (a rollback that has begun runs to its end);
    // a second signal still does.
    class Hold
    {
    public:
        Hold();
        ~Hold();
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;
    };
    static bool isHeld();

    [[noreturn]] static void exitNow(int exitCode, const QString &why);
};

} // namespace mua
