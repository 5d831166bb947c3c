#pragma once

#include "core/model/store.h"
#include "core/run/job.h"
#include "core/run/upgradeworker.h"
#include "core/steps/plan.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace mua {

class AsideRemover;
class Runner;
class StoreLock;

// The upgrade as a job: the store read, the owner checked and the lock taken before anything is written;
// the journal that lets a failed or cancelled run resume, written before each step that changes the
// store; the plan's steps; then the outcome worded with where the store stands and what to run next,
// the report and the --notify summary.
class UpgradeJob : public Job
{
    // Its sentences were the worker's: they keep their translations.
    Q_DECLARE_TR_FUNCTIONS(mua::UpgradeWorker)

public:
    explicit UpgradeJob(const RunRequest &request);
    ~UpgradeJob() override;

    QString root() const override { return m_request.root; }
    int cancelDeadlineMs() const override;
    QString stateAtStart() const override;
    bool setUp(JobHost &host, RunRecord &record, int *exitCode) override;
    const std::vector<std::unique_ptr<Step>> &steps() const override { return m_plan.steps(); }
    StepContext &context() override { return *m_ctx; }
    bool keeps(const RunRecord &record, int index) const override;
    bool aboutToRun(RunRecord &record, int index, QString *error) override;
    void recorded(RunRecord &record, int index, bool ran) override;
    // The closing words name a failed step's error and say where the store stands: the worker's own
    // "Title failed: …" line would say the same sentence twice.
    bool logsStepFailures() const override { return false; }
    int conclude(RunRecord &record, const JobStop &stop) override;
    void release() override;
    void report(RunRecord &record) override;

private:
    // Refuses before the steps: the record says why.
    bool refuse(RunRecord &record, const QString &message, int code, int *exitCode);
    // Writes the journal atomically; false, with the sentence in *error, when it cannot.
    bool saveJournal(const RunRecord &record, QString *error = nullptr);
    // What Emergency says about the store when the program must end at once.
    QString stateSentence(const RunRecord &record) const;
    // --url's password and the --notify address are secrets too.
    void addRequestSecrets();
    // --notify: POSTs the (redacted) summary; a failure is a warning in the log, nothing more.
    void notify(const RunRecord &record);
    // The folders moved aside are deleted in the background while the run goes on; this waits for it.
    void finishRemoval();
    void log(LogStream stream, const QString &text) { m_host->log(stream, text); }

    RunRequest m_request;
    JobHost *m_host = nullptr;
    Plan m_plan;
    Store m_store;
    std::unique_ptr<Runner> m_runner;
    std::unique_ptr<StoreLock> m_lock;
    std::unique_ptr<AsideRemover> m_remover;
    std::unique_ptr<StepContext> m_ctx;
    RunRecord m_previous; // the journal of an earlier run that did not finish
    bool m_havePrevious = false;
    bool m_maintenanceWasPutBack = false; // by the run being resumed
    QString m_journalError;
    NextStep m_next;              // this run again: the way on is this, resumed or another way
    bool m_keepResumable = false; // a refused resume keeps the journal resumable
};

} // namespace mua
