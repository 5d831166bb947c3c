#include "core/run/emergency.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace mua {

namespace {

std::mutex g_mutex;
std::atomic_bool *g_cancel = nullptr;
int g_deadlineMs = Emergency::DefaultDeadlineMs;
QString g_state;
QString g_lockPath;
QString g_lockToken;
std::atomic_int g_holds{0};
int g_runExitCode = -1; // the exit code of the run that is over
std::atomic_bool g_exiting{false};

// stderr may be a pipe nobody reads: write what fits and go on, never wait.
void writeNowOrNever(int fd, const QByteArray &bytes)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n <= 0)
            break;
        p += n;
        left -= n;
    }
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags); // the terminal is shared with the shell
}

// Every child of this process leads a process group of its own (CommandExecutor starts them with
// setsid): SIGKILL to the group takes what the child started too.
void killChildren()
{
    const pid_t self = ::getpid();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : pids) {
        bool isPid = false;
        const pid_t pid = pid_t(name.toInt(&isPid));
        if (!isPid || pid == self)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(name));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid …": comm may hold spaces and parentheses; ppid follows the last ')'.
        const QByteArray line = stat.read(4096);
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (close < 0 || fields.size() < 2 || fields.at(1).toInt() != self)
            continue;
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
    }
}

// The lock, when it is still ours; in a thread of its own, as a hung mount blocks any file call.
void removeLockWithin(const QString &path, const QString &token, std::chrono::milliseconds limit)
{
    if (path.isEmpty())
        return;
    auto done = std::make_shared<std::atomic_bool>(false);
    std::thread([path, token, done] {
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0) {
            char buf[4096];
            const ssize_t n = ::read(fd, buf, sizeof buf);
            ::close(fd);
            const QJsonObject o = QJsonDocument::fromJson(QByteArray(buf, n > 0 ? n : 0)).object();
            if (o.value(QLatin1String("token")).toString() == token)
                ::unlink(native.constData());
        }
        done->store(true);
    }).detach();
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!done->load() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

} // namespace

void Emergency::setRun(std::atomic_bool *cancel, int deadlineMs)
{
    const std::lock_guard<std::mutex> guard(g_mutex);
    g_cancel = cancel;
    g_deadlineMs = cancel ? deadlineMs : DefaultDeadlineMs;
    g_runExitCode = -1;
}

void Emergency::setRunOver(int exitCode)
{
    const std::lock_guard<std::mutex> guard(g_mutex);
    g_cancel = nullptr;
    g_deadlineMs = RunOverDeadlineMs;
    g_runExitCode = exitCode;
}

void Emergency::requestCancel()
{
    const std::lock_guard<std::mutex> guard(g_mutex);
    if (g_cancel)
        g_cancel->store(true);
}

int Emergency::deadlineMs()
{
    const std::lock_guard<std::mutex> guard(g_mutex);
    return g_deadlineMs;
}

void Emergency::setState(const QString &sentence)
{
    const std::lock_guard<std::mutex> guard(g_mutex);
    g_state = sentence;
}

void Emergency::setLock(const QString &path, const QString &token)
{
    const std::lock_guard<std::mutex> guard(g_mutex);
    g_lockPath = path;
    g_lockToken = token;
}

void Emergency::clearLock(const QString &token)
{
    const std::lock_guard<std::mutex> guard(g_mutex);
    if (g_lockToken == token) {
        g_lockPath.clear();
        g_lockToken.clear();
    }
}

Emergency::Hold::Hold()
{
    g_holds.fetch_add(1);
}

Emergency::Hold::~Hold()
{
    g_holds.fetch_sub(1);
}

bool Emergency::isHeld()
{
    return g_holds.load() > 0;
}

void Emergency::exitNow(int exitCode, const QString &why)
{
    if (g_exiting.exchange(true)) {
        for (;;)
            ::pause(); // the first caller ends the program
    }
    QString state;
    QString lockPath;
    QString lockToken;
    {
        // A thread that died holding the mutex cannot exist here, but a busy one may: do not wait long.
        std::unique_lock<std::mutex> guard(g_mutex, std::defer_lock);
        for (int i = 0; i < 100 && !guard.try_lock(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if (guard.owns_lock()) {
            if (g_runExitCode >= 0)
                exitCode = g_runExitCode; // the run ended in order; only its last words were stuck
            state = g_state;
            lockPath = g_lockPath;
            lockToken = g_lockToken;
        }
    }
    QString text = why;
    if (!state.isEmpty())
        text += QLatin1Char(' ') + state;
    writeNowOrNever(STDERR_FILENO, text.toUtf8() + '\n');
    killChildren();
    removeLockWithin(lockPath, lockToken, std::chrono::seconds(1));
    std::_Exit(exitCode);
}

} // namespace mua
