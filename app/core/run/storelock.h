#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace mua {

struct LockHolder
{
    QString host;
    QString user;
    qint64 pid = 0;
    QString token;
    QDateTime startedAt;
    QDateTime heartbeat;
    QString describe() const; // "dev@laptop (pid 4242), started 10:00:01 UTC, last seen 3 s ago"
};

// var/.upgrade-assistant.lock: one run per store, visible to everyone on a shared mount. A heartbeat
// thread refreshes it so that others can tell a live run from a dead one on another host.
class StoreLock
{
    Q_DECLARE_TR_FUNCTIONS(mua::StoreLock)

public:
    // Four outcomes, not an error convention: Held is a refusal with the holder, TakenOver a note.
    enum class Result { Acquired, TakenOver, Held, Error };
    static constexpr int HeartbeatSeconds = 10;
    static constexpr int StaleSeconds = 60;

    explicit StoreLock(const QString &storeRoot);
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    // message: the holder when Held, the note when TakenOver, the reason when Error (the file, the
    // errno and what to do). Held and Error both mean: refused (exit code 3). A lock file that names
    // no run (empty, not this program's JSON, not a regular file) is broken: Held without
    // breakLock, taken over at once with it.
    Result acquire(bool breakLock, QString *message);
    void release();
    bool isHeld() const { return m_held; }
    QString path() const { return m_path; }

    // The holder, or nothing when there is no lock or it is broken.
    static std::optional<LockHolder> read(const QString &storeRoot);
    static QString lockPath(const QString &storeRoot);

private:
    struct Reading
    {
        std::optional<LockHolder> holder;
        QString broken; // why the file names no run ("it is empty", …); empty when it does
        bool exists = true;
    };
    static Reading inspect(const QString &path);
    bool writeAtomically(const LockHolder &holder, QString *error) const;
    void removeStaleTemporaries() const;
    void heartbeatLoop();

    QString m_root;
    QString m_path;
    LockHolder m_self;
    bool m_held = false;
    std::thread m_heartbeat;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

} // namespace mua
