#include "storelock.h"

#include "safefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace mua {

namespace {

QJsonObject toJson(const LockHolder &h)
{
    return {{QLatin1String("host"), h.host},
            {QLatin1String("user"), h.user},
            {QLatin1String("pid"), h.pid},
            {QLatin1String("token"), h.token},
            {QLatin1String("startedAt"), h.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QLatin1String("heartbeat"), h.heartbeat.toUTC().toString(Qt::ISODateWithMs)}};
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QString currentUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(::geteuid());
}

} // namespace

QString LockHolder::describe() const
{
    const qint64 ago = heartbeat.isValid() ? heartbeat.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    return StoreLock::tr("%1@%2 (pid %3), started %4 UTC, last heartbeat %5 s ago")
        .arg(user, host)
        .arg(pid)
        .arg(startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
        .arg(ago);
}

StoreLock::StoreLock(const QString &storeRoot)
    : m_root(storeRoot)
    , m_path(lockPath(storeRoot))
{}

StoreLock::~StoreLock()
{
    release();
}

QString StoreLock::lockPath(const QString &storeRoot)
{
    return storeRoot + QStringLiteral("/var/.upgrade-assistant.lock");
}

std::optional<LockHolder> StoreLock::read(const QString &storeRoot)
{
    // Never blocks on a FIFO, never reads a device, never follows a link planted in var/.
    const QString path = lockPath(storeRoot);
    const FileContent f = SafeFile::read(path, FileLimit::Lock, SafeFile::Links::Refuse);
    if (f.status == FileContent::Status::Missing)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.data).object();
    LockHolder h;
    h.host = o.value(QLatin1String("host")).toString();
    h.user = o.value(QLatin1String("user")).toString();
    h.pid = qint64(o.value(QLatin1String("pid")).toDouble());
    h.token = o.value(QLatin1String("token")).toString();
    h.startedAt = QDateTime::fromString(o.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    h.heartbeat = QDateTime::fromString(o.value(QLatin1String("heartbeat")).toString(), Qt::ISODateWithMs);
    if (!h.heartbeat.isValid()) // unreadable or half-written: judge by the file's age
        h.heartbeat = QFileInfo(path).lastModified().toUTC();
    return h;
}

bool StoreLock::writeAtomically(const LockHolder &holder, QString *error) const
{
    const QString tmp = m_path + QStringLiteral(".%1.tmp").arg(::getpid());
    // A fresh file, never through a link somebody left at that name.
    const QByteArray nativeTmp = QFile::encodeName(tmp);
    ::unlink(nativeTmp.constData());
    const int fd = ::open(nativeTmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0664);
    const QByteArray body = QJsonDocument(toJson(holder)).toJson(QJsonDocument::Compact) + '\n';
    const bool written = fd >= 0 && ::write(fd, body.constData(), size_t(body.size())) == body.size();
    const int err = errno;
    if (fd >= 0)
        ::close(fd);
    if (!written) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(tmp, QString::fromLocal8Bit(std::strerror(err)));
        ::unlink(nativeTmp.constData());
        return false;
    }
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_path).constData()) != 0) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(tmp);
        return false;
    }
    return true;
}

StoreLock::Result StoreLock::acquire(bool breakLock, QString *message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_self = {QSysInfo::machineHostName(),
              currentUser(),
              qint64(::getpid()),
              QUuid::createUuid().toString(QUuid::WithoutBraces),
              now,
              now};
    Result result = Result::Acquired;

    const int fd = ::open(QFile::encodeName(m_path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0664);
    if (fd >= 0) {
        const QByteArray body = QJsonDocument(toJson(m_self)).toJson(QJsonDocument::Compact) + '\n';
        const bool written = ::write(fd, body.constData(), size_t(body.size())) == body.size();
        ::close(fd);
        if (!written) {
            ::unlink(QFile::encodeName(m_path).constData());
            *message = tr("Cannot write %1.").arg(m_path);
            return Result::Error;
        }
    } else if (errno != EEXIST) {
        *message = tr("Cannot create %1: %2. The store's var/ folder must be writable.")
                       .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return Result::Error;
    } else {
        const std::optional<LockHolder> holder = read(m_root);
        const LockHolder h = holder.value_or(LockHolder{});
        const bool sameHost = h.host == m_self.host;
        const bool stale = !h.heartbeat.isValid() || h.heartbeat.secsTo(now) > StaleSeconds;
        // A live pid with a stale heartbeat is most likely a reused pid (our heartbeat never stops
        // while a run lives); --break-lock may take it over.
        if (sameHost && processAlive(h.pid) && !(stale && breakLock)) {
            *message =
                stale
                    ? tr("Another run holds the store's lock: %1. Its heartbeat is stale; if that run is "
                         "gone, "
                         "run again with --break-lock.")
                          .arg(h.describe())
                    : tr("Another run holds the store's lock: %1. Wait for it to finish.").arg(h.describe());
            return Result::Held;
        }
        if (!sameHost && !(stale && breakLock)) {
            *message =
                stale
                    ? tr("Another run holds the store's lock: %1. Its heartbeat is stale; if that run is "
                         "gone, "
                         "run again with --break-lock.")
                          .arg(h.describe())
                    : tr("Another run holds the store's lock: %1. Wait for it to finish.").arg(h.describe());
            return Result::Held;
        }
        QString error;
        if (!writeAtomically(m_self, &error)) {
            *message = error;
            return Result::Error;
        }
        *message = sameHost && !processAlive(h.pid)
                       ? tr("Took over the lock of a run that is no longer running: %1.").arg(h.describe())
                       : tr("Broke the stale lock of %1 (--break-lock).").arg(h.describe());
        result = Result::TakenOver;
    }
    // Someone else may have raced us to the same lock: the file must now carry our token.
    const std::optional<LockHolder> check = read(m_root);
    if (!check || check->token != m_self.token) {
        *message = tr("Another run took the store's lock at the same moment: %1.")
                       .arg(check ? check->describe() : tr("unknown"));
        return Result::Held;
    }
    m_held = true;
    m_stop = false;
    m_heartbeat = std::thread([this] { heartbeatLoop(); });
    return result;
}

void StoreLock::heartbeatLoop()
{
    std::unique_lock<std::mutex> guard(m_mutex);
    while (!m_wake.wait_for(guard, std::chrono::seconds(HeartbeatSeconds), [this] { return m_stop; })) {
        const std::optional<LockHolder> current = read(m_root);
        if (!current || current->token != m_self.token)
            return; // somebody broke our lock; never overwrite theirs
        m_self.heartbeat = QDateTime::currentDateTimeUtc();
        writeAtomically(m_self, nullptr);
    }
}

void StoreLock::release()
{
    if (!m_held)
        return;
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
    const std::optional<LockHolder> current = read(m_root);
    if (current && current->token == m_self.token)
        QFile::remove(m_path);
    m_held = false;
}

} // namespace mua
