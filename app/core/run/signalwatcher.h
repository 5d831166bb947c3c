#pragma once

#include <QObject>

#include <thread>

namespace mua {

// Turns SIGINT, SIGTERM and SIGHUP into a signal on the event loop, so that a run is cancelled in
// order — the child stopped, the report written, the lock released — instead of the process dying
// under it. A thread of its own reads the signal handler's self-pipe, so that signals are seen even
// while the thread with the event loop is blocked (a full pipe on stdout): the first one also sets
// the run's cancel flag directly (Emergency::requestCancel). When the program has not ended within
// the run's deadline, or on a second SIGINT or SIGTERM, it ends at once through Emergency::exitNow
// with exit code 130. SIGPIPE is ignored: a closed pipe on stdout must not kill a run.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void received(int signalNumber);

private:
    void watch();

    std::thread m_thread;
    int m_stop[2] = {-1, -1};
};

} // namespace mua
