#include "core/fs/asideremover.h"

#include "core/runners/runner.h"

#include <QThread>

#include <chrono>

namespace mua {

AsideRemover::AsideRemover(const Runner &runner)
    : m_runner(runner)
{}

AsideRemover::~AsideRemover()
{
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
        m_stop.store(true);
    }
    m_changed.notify_all();
    if (m_thread)
        m_thread->wait();
}

void AsideRemover::add(const QString &relativeAside)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_pending.contains(relativeAside))
            return;
        m_queue.push_back(relativeAside);
        m_pending.append(relativeAside);
    }
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { work(); }));
        m_thread->setObjectName(QStringLiteral("mua-aside-remover"));
        m_thread->start(QThread::LowPriority);
    }
    m_changed.notify_all();
}

QStringList AsideRemover::pending() const
{
    const std::lock_guard lock(m_mutex);
    return m_pending;
}

void AsideRemover::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_quit || (!m_queue.empty() && !m_stop.load()); });
        if (m_quit)
            return;
        const QString next = m_queue.front();
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        const FileOpReport r = m_runner.removeAside(next, &m_stop);
        lock.lock();
        m_busy = false;
        m_done.entries += r.entries;
        m_done.bytes += r.bytes;
        m_done.cancelled = m_done.cancelled || r.cancelled;
        if (!r.error.isEmpty())
            m_done.addFailure(next, r.error);
        for (const QString &f : r.failed)
            if (m_done.failed.size() < 20)
                m_done.failed.append(f);
        m_done.failedCount += r.failedCount;
        if (r.ok())
            m_pending.removeAll(next);
        m_changed.notify_all();
    }
}

FileOpReport AsideRemover::wait(const std::atomic_bool *cancel)
{
    std::unique_lock lock(m_mutex);
    const auto idle = [this] { return m_queue.empty() && !m_busy; };
    while (!idle()) {
        if (cancel && cancel->load()) {
            m_stop.store(true); // the current deletion stops; the queue stays for the next run
            m_changed.wait(lock, [this] { return !m_busy; });
            m_done.cancelled = true;
            break;
        }
        m_changed.wait_for(lock, std::chrono::milliseconds(100));
    }
    return std::exchange(m_done, FileOpReport());
}

} // namespace mua
