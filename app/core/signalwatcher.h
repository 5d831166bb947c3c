#pragma once

#include <QObject>

class QSocketNotifier;

namespace mua {

// Turns SIGINT, SIGTERM and SIGHUP into a signal on the event loop (a self-pipe), so that a run is
// cancelled in order — the child stopped, the report written, the lock released — instead of the
// process dying under it. SIGPIPE is ignored: a closed pipe on stdout must not kill a run.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace mua
