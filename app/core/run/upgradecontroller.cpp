#include "core/run/upgradecontroller.h"

#include "core/run/upgradejob.h"

namespace mua {

UpgradeController::UpgradeController(QObject *parent)
    : QObject(parent)
{}

UpgradeController::~UpgradeController()
{
    cancel();
    wait();
    delete m_worker; // its thread has ended: nothing else can touch it now
}

bool UpgradeController::start(const RunRequest &request)
{
    return start(std::make_unique<UpgradeJob>(request));
}

bool UpgradeController::start(std::unique_ptr<Job> job)
{
    if (m_running)
        return false;
    m_running = true;
    emit cancellableChanged(true);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("upgrade-worker"));
    auto *worker = new UpgradeWorker(std::move(job));
    worker->moveToThread(m_thread);
    m_worker = worker;

    connect(m_thread, &QThread::started, worker, &UpgradeWorker::run);
    // Direct: the thread ends even when this thread is blocked in wait() and cannot run the
    // queued handler below (destruction during a run).
    connect(worker, &UpgradeWorker::finished, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(worker, &UpgradeWorker::planned, this, &UpgradeController::planned);
    connect(worker, &UpgradeWorker::stepStarted, this, &UpgradeController::stepStarted);
    connect(worker, &UpgradeWorker::stepFinished, this, &UpgradeController::stepFinished);
    connect(worker, &UpgradeWorker::progressChanged, this, &UpgradeController::progressChanged);
    connect(worker, &UpgradeWorker::logFileOpened, this, &UpgradeController::logFileOpened);
    connect(worker, &UpgradeWorker::cancellableChanged, this, &UpgradeController::cancellableChanged);
    connect(worker, &UpgradeWorker::logged, this, [this, worker](const LogChunk &chunk) {
        emit logged(chunk);
        worker->acknowledge(); // direct call: thread-safe atomic
    });
    connect(worker, &UpgradeWorker::finished, this, [this, worker](const RunRecord &record, int exitCode) {
        worker->deleteLater();
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        emit finished(record, exitCode);
    });
    m_thread->start();
    return true;
}

void UpgradeController::cancel()
{
    if (m_worker)
        m_worker->cancel();
}

bool UpgradeController::wait(unsigned long msecs)
{
    if (!m_thread)
        return true;
    // A cancelled worker stops waiting for chunk acknowledgements, so this cannot deadlock.
    return m_thread->wait(msecs);
}

} // namespace mua
