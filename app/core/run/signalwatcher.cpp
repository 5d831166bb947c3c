#include "core/run/signalwatcher.h"

#include "core/model/exitcodes.h"
#include "core/run/emergency.h"

#include <QList>
#include <QMetaObject>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace mua {

namespace {

int g_pipe[2] = {-1, -1};

void onSignal(int number)
{
    const int saved = errno;
    const unsigned char c = static_cast<unsigned char>(number);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &c, 1);
    errno = saved;
}

constexpr int Signals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int StuckSignalPollMs = 200;

// A signal sent to the process goes to one thread that does not block it, chosen by the kernel,
// which prefers the main thread. When that thread waits in the kernel where only a fatal signal
// wakes it (a request to a hung FUSE or NFS mount), the handler never runs and the signal stays
// pending for the process. This thread blocks the signals, so it may take them itself: whatever
// of ours is pending is dequeued here, without waiting.
QList<int> takeStuckSignals()
{
    QList<int> taken;
    sigset_t ours;
    sigemptyset(&ours);
    for (const int s : Signals)
        sigaddset(&ours, s);
    sigset_t pending;
    if (::sigpending(&pending) != 0)
        return taken;
    const timespec now = {0, 0};
    for (const int s : Signals) {
        if (sigismember(&pending, s) != 1)
            continue;
        siginfo_t info;
        const int got = ::sigtimedwait(&ours, &info, &now);
        if (got > 0)
            taken << got;
    }
    return taken;
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    ::signal(SIGPIPE, SIG_IGN);
    if (g_pipe[0] < 0 && ::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    if (::pipe2(m_stop, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    // The watching thread must not take the signals itself: it is created with them blocked.
    sigset_t blocked;
    sigset_t previous;
    sigemptyset(&blocked);
    for (const int s : Signals)
        sigaddset(&blocked, s);
    ::pthread_sigmask(SIG_BLOCK, &blocked, &previous);
    m_thread = std::thread([this] { watch(); });
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    for (const int s : Signals)
        ::sigaction(s, &sa, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    struct sigaction sa = {};
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    for (const int s : Signals)
        ::sigaction(s, &sa, nullptr);
    if (m_thread.joinable()) {
        const char c = 0;
        [[maybe_unused]] const ssize_t n = ::write(m_stop[1], &c, 1);
        m_thread.join();
    }
    for (const int fd : m_stop)
        if (fd >= 0)
            ::close(fd);
}

void SignalWatcher::watch()
{
    using Clock = std::chrono::steady_clock;
    int first = 0;
    Clock::time_point firstAt;
    for (;;) {
        // Looked at every so often even before a signal: see takeStuckSignals.
        int timeoutMs = StuckSignalPollMs;
        const int deadline = Emergency::deadlineMs(); // shorter once the run is over
        if (first && deadline > 0) {
            const qint64 elapsed =
                std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - firstAt).count();
            if (elapsed >= deadline && !Emergency::isHeld())
                Emergency::exitNow(toInt(ExitCode::Cancelled),
                                   tr("Stopped at once: the program did not end within %n second(s) of "
                                      "the signal (something it waits for is blocked: a full pipe on its "
                                      "output, a hung network mount, a FIFO).",
                                      nullptr, int((elapsed + 500) / 1000)));
            // Look again shortly: the deadline shrinks when the run ends, and a hold may end.
            timeoutMs = int(qBound(qint64(10), qint64(deadline) - elapsed, qint64(StuckSignalPollMs)));
        }
        pollfd fds[2] = {{g_pipe[0], POLLIN, 0}, {m_stop[0], POLLIN, 0}};
        const int ready = ::poll(fds, 2, timeoutMs);
        if (ready < 0 && errno != EINTR)
            return;
        if (fds[1].revents)
            return;
        QList<int> numbers = takeStuckSignals();
        if (fds[0].revents & POLLIN) {
            unsigned char buf[16];
            ssize_t n;
            while ((n = ::read(g_pipe[0], buf, sizeof buf)) > 0)
                for (ssize_t i = 0; i < n; ++i)
                    numbers << buf[i];
        }
        for (const int number : std::as_const(numbers)) {
            if (!first) {
                first = number;
                firstAt = Clock::now();
                // Straight to the run, in case the event loop's thread is the one blocked.
                Emergency::requestCancel();
                QMetaObject::invokeMethod(
                    this, [this, number] { emit received(number); }, Qt::QueuedConnection);
            } else if (number != SIGHUP) {
                // A hang-up after another signal is the terminal going away, not somebody insisting.
                Emergency::exitNow(toInt(ExitCode::Cancelled),
                                   tr("Stopped at once on a second signal, without waiting for the "
                                      "run to finish in order."));
            }
        }
    }
}

} // namespace mua
