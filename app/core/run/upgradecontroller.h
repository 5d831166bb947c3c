#pragma once

#include "core/run/upgradeworker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace mua {

// Lives on the caller's thread (the GUI's, or main's in headless mode), owns the worker's thread,
// starts and cancels runs of any job (an upgrade, a rollback), and forwards the worker's signals.
class UpgradeController : public QObject
{
    Q_OBJECT

public:
    explicit UpgradeController(QObject *parent = nullptr);
    ~UpgradeController() override; // cancels a running upgrade and waits for it

    bool start(const RunRequest &request); // an upgrade
    bool start(std::unique_ptr<Job> job);
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until the worker's thread has ended (for shutdown paths).
    bool wait(unsigned long msecs = ULONG_MAX);

signals:
    void planned(const QList<mua::StepRecord> &steps);
    void stepStarted(int index, const QString &id);
    void stepFinished(int index, const mua::StepRecord &record);
    void logged(const mua::LogChunk &chunk);
    void logFileOpened(const QString &path); // see UpgradeWorker::logFileOpened
    void progressChanged(int done, int total);
    void cancellableChanged(bool cancellable); // see UpgradeWorker::cancellableChanged
    void finished(const mua::RunRecord &record, int exitCode);

private:
    QThread *m_thread = nullptr;
    QPointer<UpgradeWorker> m_worker;
    bool m_running = false;
};

} // namespace mua
