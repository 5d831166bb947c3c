#include "core/run/storelock.h"

#include "core/fs/atomicfile.h"
#include "core/fs/safefile.h"
#include "core/model/wording.h"
#include "core/run/emergency.h"

#include <QDir>
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
#include <sys/stat.h>
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

StoreLock::Reading StoreLock::inspect(const QString &path)
{
    Reading r;
    // Never blocks (a FIFO planted there), never reads a device, never follows a link out of the
    // store (SafeFile).
    const FileContent f = SafeFile::read(path, FileLimit::Lock, SafeFile::Links::Refuse);
    switch (f.status) {
    case FileContent::Status::Ok:
        break;
    case FileContent::Status::Missing:
        r.exists = false;
        return r;
    case FileContent::Status::TooLarge:
        r.broken = tr("it is larger than any lock file this program writes");
        return r;
    case FileContent::Status::Denied:
        r.broken = tr("it cannot be read: %1").arg(AtomicFile::reason(EACCES));
        return r;
    default: {
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            r.broken = tr("it cannot be read: %1").arg(AtomicFile::reason(f.errorCode ? f.errorCode : errno));
        else if (S_ISLNK(st.st_mode))
            r.broken = tr("it is a symbolic link");
        else if (S_ISDIR(st.st_mode))
            r.broken = tr("it is a folder");
        else
            r.broken = tr("it is %1, not a regular file").arg(SafeFile::describeType(st.st_mode));
        return r;
    }
    }
    if (f.data.trimmed().isEmpty()) {
        r.broken = tr("it is empty");
        return r;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.data);
    if (!doc.isObject()) {
        r.broken = tr("it is not the JSON this program writes");
        return r;
    }
    const QJsonObject o = doc.object();
    LockHolder h;
    h.host = o.value(QLatin1String("host")).toString();
    h.user = o.value(QLatin1String("user")).toString();
    h.pid = qint64(o.value(QLatin1String("pid")).toDouble());
    h.token = o.value(QLatin1String("token")).toString();
    h.startedAt = QDateTime::fromString(o.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    h.heartbeat = QDateTime::fromString(o.value(QLatin1String("heartbeat")).toString(), Qt::ISODateWithMs);
    // Every lock this program writes has all of these: one that lacks any names no run.
    if (h.host.isEmpty() || h.pid <= 0 || h.token.isEmpty() || !h.startedAt.isValid() ||
        !h.heartbeat.isValid())
        r.broken = tr("it lacks the host, process id, token or heartbeat that a lock names");
    else
        r.holder = h;
    return r;
}

std::optional<LockHolder> StoreLock::read(const QString &storeRoot)
{
    return inspect(lockPath(storeRoot)).holder;
}

bool StoreLock::writeAtomically(const LockHolder &holder, QString *error) const
{
    return AtomicFile::write(m_path, QJsonDocument(toJson(holder)).toJson(QJsonDocument::Compact) + '\n',
                             error, nullptr, 0664);
}

// Temporary files of writes that a crash cut short (the lock's, the journal's), when nobody can be
// writing them any more: they are a minute old, and this run holds the store.
void StoreLock::removeStaleTemporaries() const
{
    const QDir var(QFileInfo(m_path).absolutePath());
    const QDateTime minuteAgo = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const QFileInfo &f : var.entryInfoList({QStringLiteral(".upgrade-assistant.*.tmp-*")},
                                                QDir::Files | QDir::Hidden | QDir::System)) {
        if (!f.isSymLink() && f.lastModified().toUTC() < minuteAgo)
            QFile::remove(f.absoluteFilePath());
    }
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
    const QByteArray body = QJsonDocument(toJson(m_self)).toJson(QJsonDocument::Compact) + '\n';
    Result result = Result::Acquired;

    // The file appears whole or not at all (a synced temporary file, linked to the name): a reader
    // never sees a lock half-written, so one that names no run really is broken.
    int createError = 0;
    bool created = AtomicFile::create(m_path, body, nullptr, &createError, 0664);
    Reading existing;
    for (int attempt = 0; !created && createError == EEXIST && attempt < 3; ++attempt) {
        existing = inspect(m_path);
        if (existing.exists)
            break;
        created =
            AtomicFile::create(m_path, body, nullptr, &createError, 0664); // released in between: try again
    }
    if (!created && createError != EEXIST) {
        *message = tr("Cannot create the store's lock file %1: %2. %3")
                       .arg(m_path, AtomicFile::reason(createError),
                            AtomicFile::remedy(createError, QFileInfo(m_path).absolutePath()));
        return Result::Error;
    }
    if (!created && !existing.broken.isEmpty()) {
        if (!breakLock) {
            const Wording &words = Wording::current();
            *message =
                words.commandLine()
                    ? tr("The store's lock file %1 is broken (%2), so it names no run. If no upgrade or "
                         "rollback is running on this store, run again with %3, or delete %1.")
                          .arg(m_path, existing.broken, words.setting(Setting::BreakLock))
                    : tr("The store's lock file %1 is broken (%2), so it names no run. If no upgrade or "
                         "rollback is running on this store, delete %1.")
                          .arg(m_path, existing.broken);
            return Result::Held;
        }
        QString error;
        if (!writeAtomically(m_self, &error)) {
            *message = tr("Cannot take over the broken lock: %1").arg(error);
            return Result::Error;
        }
        *message = tr("Took over the broken lock file %1 (%2) because of %3.")
                       .arg(m_path, existing.broken, Wording::current().setting(Setting::BreakLock));
        result = Result::TakenOver;
    } else if (!created) {
        const LockHolder h = existing.holder.value_or(LockHolder{});
        const bool sameHost = h.host == m_self.host;
        const bool stale = !h.heartbeat.isValid() || h.heartbeat.secsTo(now) > StaleSeconds;
        // A live pid with a stale heartbeat is most likely a reused pid (our heartbeat never stops
        // while a run lives); --break-lock may take it over.
        if ((sameHost && processAlive(h.pid) && !(stale && breakLock)) ||
            (!sameHost && !(stale && breakLock))) {
            const Wording &words = Wording::current();
            *message =
                !stale
                    ? tr("Another run holds the store's lock: %1. Wait for it to finish.").arg(h.describe())
                : words.commandLine()
                    ? tr("Another run holds the store's lock: %1. Its heartbeat is stale; if that run is "
                         "gone, run again with %2.")
                          .arg(h.describe(), words.setting(Setting::BreakLock))
                    : tr("Another run holds the store's lock: %1. Its heartbeat is stale; if that run is "
                         "gone, delete %2.")
                          .arg(h.describe(), m_path);
            return Result::Held;
        }
        QString error;
        if (!writeAtomically(m_self, &error)) {
            *message = tr("Cannot take over the store's lock: %1").arg(error);
            return Result::Error;
        }
        *message = sameHost && !processAlive(h.pid)
                       ? tr("Took over the lock of a run that is no longer running: %1.").arg(h.describe())
                       : tr("Broke the stale lock of %1 (%2).")
                             .arg(h.describe(), Wording::current().setting(Setting::BreakLock));
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
    Emergency::setLock(m_path, m_self.token);
    removeStaleTemporaries();
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
    Emergency::clearLock(m_self.token);
    const std::optional<LockHolder> current = read(m_root);
    if (current && current->token == m_self.token)
        QFile::remove(m_path);
    m_held = false;
}

} // namespace mua
