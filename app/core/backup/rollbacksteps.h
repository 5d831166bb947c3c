#pragma once

#include "core/backup/backup.h"
#include "core/backup/database.h"
#include "core/backup/rollback.h"
#include "core/model/exitcodes.h"
#include "core/steps/step.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace mua {

class CodeSwap;
class JobHost;

// What the steps of one rollback share, as Qt Installer Framework's operations share the installer's
// values: found out by the first steps, used by the later ones and by their undo.
struct RollbackState
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    RollbackState();
    ~RollbackState();

    RollbackRequest request;
    JobHost *host = nullptr;
    QString folder; // the backup, absolute
    BackupManifest manifest;
    std::optional<DbConnection> connection;
    DataLoss loss;
    bool refusedForDataLoss = false;
    NextStep again; // this rollback again
    QString since;  // when the backup's database snapshot began, for sentences

    // When a step fails: what the run's result, exit code and message are (the step's own error is
    // in its outcome); next when there is a way on to give.
    RunResult failureResult = RunResult::Failed;
    ExitCode failureCode = ExitCode::Failed;
    QString failureMessage;
    NextStep next;

    QString staging;                     // the backup's code, extracted beside the store
    QString trash;                       // the store's code, moved aside by the swap
    std::unique_ptr<Database> restoreDb; // from maintenance on: runs to its end
    bool flagByHand = false;             // the maintenance flag was made without bin/magento
    bool maintenanceBefore = false;
    Schema current;     // the store's tables, views and routines before the rollback
    QString safety;     // the dump of the database as it was before the rollback
    QString safetyDump; // the same when it holds anything (a store without tables has an empty one)
    std::unique_ptr<CodeSwap> swap;

    // What the undo of a stopped rollback leaves alone.
    bool handsOff = false;          // everything stays as it is (the files are half swapped, or it is done)
    bool codeSplit = false;         // the store's files are partly beside it: the folders stay
    bool stayInMaintenance = false; // the code and the database may not match
    bool databaseAsBefore = true;   // false when a failed load could not be undone either
    QString loadError;              // why the backup's database could not be loaded
    QString reloadError;            // why the database as it was could not be loaded again
    bool codeUndone = true;         // the code swap was undone after a failed load
    QString undoError;              // why not

    void log(LogStream stream, const QString &text) const;
    // A step that refuses or fails before the store changed: "… Nothing was changed."
    StepOutcome refuse(ExitCode code, const QString &why);
    // Deletes a folder of our own beside the store (staging, trash); a failure is a warning.
    void removeOwn(const Store &store, const QString &name) const;
    // Counts the orders, customers and carts taken in since the backup into loss; false with a
    // sentence when they cannot be counted.
    bool checkDataLoss(const Database &db, QString *error);
    // Drops what target does not have, then loads dump into the database.
    bool restoreDatabase(const Database &db, const Schema &target, const QString &dump, QString *error) const;
    // Makes or deletes var/.maintenance.flag directly (when bin/magento cannot).
    bool flagFile(const Store &store, bool create) const;
    // Turns maintenance off again when it was off before the rollback, and records how it is.
    void putMaintenanceBack(StepContext &ctx) const;
    // The database connection and the swap go once the rollback is over.
    void release();
};

// The steps of a rollback, in order. Before prepare-code's end nothing in the store has changed and a
// cancel is honoured; from maintenance-on on the rollback runs to its end, and a failure before the
// database is back undoes what ran. Step ids are cli.md's and the report's: never renamed.
class RollbackStep : public Step
{
public:
    explicit RollbackStep(RollbackState &state)
        : m_state(state)
    {}
    Applicability applies(const StepContext &) const override { return {}; }

protected:
    // What a step that runs one bin/magento command would do.
    static StepPreview preview(const StepContext &ctx, const QString &summary, const QString &command);

    RollbackState &m_state;
};

// The backup is whole: every file's size and sha256 as the manifest says.
class VerifyBackupStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::Verify; }
    QString title() const override { return tr("Check the backup"); }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
    bool changesStore() const override { return false; }
};

// It is this store's backup, of this database, and nothing taken in since would be lost (or the loss
// was accepted).
class RollbackSafetyStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::Safety; }
    QString title() const override { return tr("Check that a rollback is safe"); }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
    bool changesStore() const override { return false; }
};

// The code archive, extracted into a folder beside the store first: a broken archive changes nothing.
// Undo: that folder goes.
class PrepareCodeStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::PrepareCode; }
    QString title() const override { return tr("Extract the code beside the store"); }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
    bool undo(StepContext &ctx, QString *error) override;
};

// Maintenance on, through the runner as the upgrade does (the flag file made directly when bin/magento
// cannot), then the orders counted again with the doors closed. Undo: maintenance as it was.
class RollbackMaintenanceOnStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::MaintenanceOn; }
    QString title() const override { return tr("Turn maintenance mode on"); }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
    bool undo(StepContext &ctx, QString *error) override;
};

// The database as it is now, into the backup's folder: what a failed load is undone with. Undo: the
// dump is deleted once the database is as it was.
class DumpCurrentStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::DumpCurrent; }
    QString title() const override { return tr("Dump the database as it is now"); }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
    bool undo(StepContext &ctx, QString *error) override;
};

// The store's files go aside and the backup's take their place, by renames inside the store (undone
// at once when one fails); what the backup does not hold stays. Undo: every rename back.
class RestoreCodeStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::RestoreCode; }
    QString title() const override { return tr("Put the code back"); }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
    bool undo(StepContext &ctx, QString *error) override;
};

// What the backup's database does not have is dropped (with a table prefix only the store's own
// tables) and its dump loaded. A failed load puts the dump made before back at once; the steps before
// then undo the code swap.
class RestoreDatabaseStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::RestoreDatabase; }
    QString title() const override { return tr("Put the database back"); }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
};

// Generated code and caches of the newer code must not outlive it.
class RollbackClearStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::ClearGenerated; }
    QString title() const override { return tr("Empty the code-generation folders and caches"); }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
};

// Maintenance as it was before the rollback (skipped when it was on).
class RollbackMaintenanceOffStep : public RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using RollbackStep::RollbackStep;
    StepId id() const override { return StepId::MaintenanceOff; }
    QString title() const override { return tr("Put maintenance mode back"); }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
};

} // namespace mua
