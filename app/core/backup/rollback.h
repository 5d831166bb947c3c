#pragma once

#include "core/model/exitcodes.h"
#include "core/model/rollbackoutcome.h"
#include "core/model/runrecord.h"
#include "core/model/store.h"
#include "core/model/upgradeoptions.h"
#include "core/run/job.h"
#include "core/runners/runner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace mua {

class StoreLock;

struct RollbackRequest
{
    QString root;
    QString backupFolder;        // one backup: the folder that holds manifest.json
    bool acceptDataLoss = false; // --accept-data-loss: roll back over orders placed since the backup
    RunnerSettings runner;       // how bin/magento runs (maintenance, cache:flush); local only
    QString logFile;             // default: ROOT/var/log/upgrade-assistant-rollback-<time>.log
    QString reportFile;
    bool breakLock = false;
    int graceMs = 5000;
};

struct RollbackState;

// Puts a store back to a backup taken by --backup, as a job the worker runs (UpgradeController):
// checks that the backup is whole (sizes and sha256), that it belongs to this store and its database,
// and that no orders, customers or carts taken in since would be thrown away (unless accepted); then,
// holding the store's lock: extracts the code beside the store, turns maintenance on through the
// runner (counting orders again), dumps the database as it is now into the backup's folder
// (pre-rollback-<time>.sql.gz), swaps the code in (renames, undone on failure; var/, generated/,
// pub/static/ and pub/media/ when not in the backup stay), drops what the backup does not have (with a
// table prefix: only the store's own tables) and loads the dump (a failed load puts that dump and the
// code back), empties the code-generation folders and caches, puts maintenance back as it was before
// the rollback, and writes a log and a report. Never runs setup:rollback. The steps are in
// rollbacksteps.h; a cancel is honoured until the store is about to change, and after that a rollback
// runs to its end.
class RollbackJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    // What the caller learns besides the record (a plain type of the model, for the wizard).
    using Outcome = RollbackOutcome;

    explicit RollbackJob(RollbackRequest request, std::shared_ptr<Outcome> outcome = {});
    ~RollbackJob() override;

    QString root() const override;
    int cancelDeadlineMs() const override;
    bool runsToItsEnd() const override { return true; }
    bool setUp(JobHost &host, RunRecord &record, int *exitCode) override;
    const std::vector<std::unique_ptr<Step>> &steps() const override { return m_steps; }
    StepContext &context() override { return *m_ctx; }
    int pointOfNoReturn() const override;
    bool logsStepFailures() const override { return false; }
    bool undoesOnStop() const override { return true; }
    int conclude(RunRecord &record, const JobStop &stop) override;
    void release() override;
    void report(RunRecord &record) override;

    // The report object: the upgrade report's keys plus "command", "backup" and "dataLoss".
    static QJsonObject report(const RunRecord &record, const DataLoss &dataLoss);
    static QString logFileName();

private:
    bool refuse(RunRecord &record, ExitCode code, const QString &message, int *exitCode);
    // The upgrade's journal: the store is back before that run, so a --resume starts it over.
    void resetJournal(const QString &root, const QString &message, std::optional<bool> maintenance);

    std::unique_ptr<RollbackState> m_state;
    std::shared_ptr<Outcome> m_outcome;
    std::vector<std::unique_ptr<Step>> m_steps;
    Store m_store;
    UpgradeOptions m_options; // the runner and grace period the steps run with
    std::unique_ptr<Runner> m_runner;
    std::unique_ptr<StoreLock> m_lock;
    std::unique_ptr<StepContext> m_ctx;
};

} // namespace mua
