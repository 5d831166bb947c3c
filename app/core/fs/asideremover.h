#pragma once

#include "core/fs/fileops.h"

#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

class QThread;

namespace mua {

class Runner;

// Deletes the folders that clear-generated moved aside, on a thread of its own, while the upgrade
// goes on: the shop waits for a rename, not for a deletion of tens of thousands of files. What is
// not deleted yet is listed by pending() for the journal, so that the next run finishes it.
class AsideRemover
{
public:
    explicit AsideRemover(const Runner &runner);
    // Stops the deletion where it is and waits for the thread; what is left stays pending.
    ~AsideRemover();
    AsideRemover(const AsideRemover &) = delete;
    AsideRemover &operator=(const AsideRemover &) = delete;

    // A store-relative folder made by moveAside; it is deleted after those added before it.
    void add(const QString &relativeAside);
    QStringList pending() const;
    // Waits until everything added is deleted, or cancel is set (then stops the deletion and
    // returns; the rest stays pending). Sums up what was deleted since the last call.
    FileOpReport wait(const std::atomic_bool *cancel);

private:
    void work();

    const Runner &m_runner;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QString> m_queue; // not started yet
    QStringList m_pending;       // not deleted yet (queued, or being deleted)
    FileOpReport m_done;         // since the last wait()
    bool m_busy = false;
    bool m_quit = false;
    std::atomic_bool m_stop{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace mua
