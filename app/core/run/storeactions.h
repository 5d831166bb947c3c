#pragma once

#include "core/model/impactreport.h"
#include "core/model/movesummary.h"
#include "core/model/store.h"
#include "core/model/upgradeoptions.h"
#include "core/move/versionmove.h"
#include "core/steps/backupstep.h"
#include "core/steps/plan.h"
#include "core/steps/preflightstep.h"

#include <QCoreApplication>

namespace mua {

// The engine's one-shot answers for the wizard, each meant to run off the GUI thread: readiness
// checks, the plan preview, and turning maintenance off after a failure. Each answer is data, not an
// error convention: it goes back to the GUI thread whole, with what was found besides the sentence.
class StoreActions
{
    Q_DECLARE_TR_FUNCTIONS(mua::StoreActions)

public:
    struct Readiness
    {
        Store store;
        QList<PreflightCheck> checks;
        std::optional<MoveSummary> move; // with a target version
        QString error;                   // the store or the runner could not be used
        bool hasErrors() const;
    };
    static Readiness readiness(const QString &root, const UpgradeOptions &options);

    struct Preview
    {
        Store store;
        QList<Plan::Entry> entries;
        int enabledModules = -1;         // from app/etc/config.php; -1 when unreadable
        QList<PreflightCheck> checks;    // only when asked for: they run php and setup:db:status
        std::optional<MoveSummary> move; // with the checks and a target version: the move worked out
        QString error;
    };
    static Preview preview(const QString &root, const UpgradeOptions &options, bool withChecks = false);
    // The preview with, for a target version, only the checks of the move (composer, target-version,
    // resolve, php-target, php-extensions, allow-plugins) and the move worked out: what the review
    // page shows (the other checks are the readiness page's). Runs Composer, which cancel stops;
    // changes nothing.
    static Preview previewMove(const QString &root, const UpgradeOptions &options,
                               const std::atomic_bool *cancel = nullptr);

    struct Versions
    {
        Store store;
        std::optional<VersionMove::Versions> versions; // nothing when they could not be listed
        QString error;                                 // the store or the runner could not be used
        QString versionsError;                         // why Composer could not list them
    };
    // The versions the store's repositories offer (runs Composer, which cancel stops; changes nothing
    // in the store).
    static Versions versions(const QString &root, const UpgradeOptions &options,
                             const std::atomic_bool *cancel = nullptr);

    struct ImpactAnswer
    {
        Store store;
        std::optional<ImpactReport> report; // nothing when it could not be made
        QString error;                      // why not: the store, the runner, the move or the install
        bool storeUsable = false;           // the store could be read and its runner made (error is then
                                            // the move's, the install's or the comparison's)
    };
    // The impact report for options.targetVersion (Impact::run): works the move out, installs it into
    // the scratch folder (runs Composer, which cancel stops), compares. Changes nothing in the store.
    // Each line of progress goes to log, from the thread this runs on.
    static ImpactAnswer impact(const QString &root, const UpgradeOptions &options,
                               const std::atomic_bool *cancel = nullptr,
                               const std::function<void(const QString &)> &log = {});

    struct BackupCheck
    {
        Store store;
        BackupStep::Check check;
        QString error;
    };
    // What a backup with these options would need, and what would stop it (reads the database's size).
    static BackupCheck backupCheck(const QString &root, const UpgradeOptions &options);

    struct Result
    {
        bool ok = false;
        QString message;
        QStringList output;
    };
    // bin/magento maintenance:disable, then checks that the flag is gone.
    static Result disableMaintenance(const QString &root, const UpgradeOptions &options);

    // Enabled modules in app/etc/config.php (parsed, never executed); -1 when it cannot be read.
    static int enabledModules(const Store &store);
};

} // namespace mua
