#pragma once

#include "core/model/logline.h"
#include "core/model/runrecord.h"
#include "core/model/store.h"
#include "core/model/upgradeoptions.h"
#include "core/run/job.h"
#include "core/run/redactor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

namespace mua {

struct RunRequest
{
    QString root;
    UpgradeOptions options;
};

// Runs one job (an upgrade, a rollback) on its own thread: the job's steps in order, with the same
// signals for every job. It talks only through signals and emits exactly one finished() per run.
// cancel() and acknowledge() may be called from any thread.
class UpgradeWorker : public QObject, private JobHost
{
    Q_OBJECT

public:
    explicit UpgradeWorker(const RunRequest &request, QObject *parent = nullptr); // an upgrade
    explicit UpgradeWorker(std::unique_ptr<Job> job, QObject *parent = nullptr);
    ~UpgradeWorker() override;

    void cancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }
    // The consumer has taken a log chunk; the worker runs at most a couple of chunks ahead.
    void acknowledge() { m_inFlight.fetch_sub(1); }

    static QString journalPath(const QString &storeRoot);

public slots:
    void run();

signals:
    void planned(const QList<mua::StepRecord> &steps);
    void stepStarted(int index, const QString &id);
    void stepFinished(int index, const mua::StepRecord &record);
    void logged(const mua::LogChunk &chunk);
    // The run's whole log goes to this file, from the lines logged after this signal on (the view of a
    // log keeps only the newest lines; this file has them all).
    void logFileOpened(const QString &path);
    void progressChanged(int done, int total);
    // From now on a cancel is (or is no longer) honoured: a rollback runs to its end once the store
    // begins to change.
    void cancellableChanged(bool cancellable);
    void finished(const mua::RunRecord &record, int exitCode);

private:
    // The steps, in order, then the undo of those that ran when the job undoes on a stop.
    int execute(RunRecord &record);
    void undoSteps(const RunRecord &record, int stoppedAt);
    void finish(RunRecord &record, int exitCode);

    // JobHost
    void log(LogStream stream, const QString &text) override;
    void setCurrentStep(std::optional<StepId> id) override
    {
        m_currentStep = id ? stepIdWord(*id) : QString();
    }
    Redactor &redactor() override { return m_redactor; }
    bool openLogFile(const QString &path, const QString &storeRoot, QString *error) override;
    QString logPath() const override { return m_logFd >= 0 ? m_logPath : QString(); }
    const std::atomic_bool *cancelFlag() const override { return &m_cancel; }
    void redact(RunRecord &record) const override;

    void flushLog();
    // Writes what the log has buffered; on the first failure the log is cut back to its last whole
    // line, closed, and m_logError says so.
    void writeLogFile();

    std::unique_ptr<Job> m_job;
    Redactor m_redactor;
    QString m_currentStep;
    int m_logFd = -1;
    qint64 m_logSize = 0;   // bytes of whole lines in the log file
    QByteArray m_logBuffer; // lines for the log file, not written yet
    QString m_logPath;
    QString m_logError; // why the log file stops short
    LogChunk m_pending;
    QElapsedTimer m_sinceFlush;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_inFlight{0};
    bool m_finished = false;
};

} // namespace mua

Q_DECLARE_METATYPE(mua::RunRecord)
Q_DECLARE_METATYPE(mua::StepRecord)
