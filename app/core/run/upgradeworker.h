#pragma once

#include "core/model/logline.h"
#include "core/model/runrecord.h"
#include "core/model/store.h"
#include "core/model/upgradeoptions.h"
#include "core/run/redactor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <atomic>

namespace mua {

class AsideRemover;

struct RunRequest
{
    QString root;
    UpgradeOptions options;
};

// Runs one upgrade on its own thread. It talks only through signals and emits exactly one
// finished() per run. cancel() and acknowledge() may be called from any thread.
class UpgradeWorker : public QObject
{
    Q_OBJECT

public:
    explicit UpgradeWorker(const RunRequest &request, QObject *parent = nullptr);
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
    void finished(const mua::RunRecord &record, int exitCode);

private:
    int execute(RunRecord &record);
    void finishRemoval(AsideRemover &remover);
    void log(LogStream stream, const QString &text);
    void flushLog();
    bool openLogFile(const Store &store, QString *error);
    // Writes what the log has buffered; on the first failure the log is cut back to its last whole
    // line, closed, and m_logError says so.
    void writeLogFile();
    // Writes the journal atomically; false, with the sentence in *error, when it cannot.
    bool saveJournal(const RunRecord &record, QString *error = nullptr);
    // What Emergency says about the store when the program must end at once.
    QString stateSentence(const RunRecord &record) const;
    // Masks secrets in every text of the record (errors can quote command output).
    void redact(RunRecord &record) const;
    void finish(RunRecord &record, int exitCode);
    // --url's password and the --notify address are secrets too.
    void addRequestSecrets();
    // --notify: POSTs the (redacted) summary; a failure is a warning in the log, nothing more.
    void notify(const RunRecord &record);

    RunRequest m_request;
    Redactor m_redactor;
    QString m_currentStep;
    int m_logFd = -1;
    qint64 m_logSize = 0;   // bytes of whole lines in the log file
    QByteArray m_logBuffer; // lines for the log file, not written yet
    QString m_logPath;
    QString m_logError;    // why the log file stops short
    QString m_nextCommand; // this run's command line, for the advice ("… --resume")
    LogChunk m_pending;
    qsizetype m_pendingChars = 0; // of the lines in m_pending
    QElapsedTimer m_sinceFlush;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_inFlight{0};
    QString m_root;
    bool m_finished = false;
    bool m_keepResumable = false; // a refused resume keeps the journal resumable
};

} // namespace mua

Q_DECLARE_METATYPE(mua::RunRecord)
Q_DECLARE_METATYPE(mua::StepRecord)
