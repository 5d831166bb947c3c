#pragma once

#include "core/model/upgradeoptions.h"

#include <QString>

namespace mua {

// What the reader should do next after a run that did not finish, as data: the engine knows the
// store, the run and why it stopped; how that is said is the wording's (Wording::command). The
// command line turns it into the exact command to type (cli.md's "Next:" and the report's
// nextCommand); a window offers its own way on.
struct NextStep
{
    enum class Kind {
        None,
        RunAgain,                  // the same command as the run's (or a first run of it)
        Resume,                    // the upgrade's command, going on from where the run stopped
        RunAgainAcceptingDataLoss, // the rollback's, throwing away what the shop took in since the backup
        RemoveMaintenanceFlag,     // delete var/.maintenance.flag where the store runs: the shop reopens
    };
    enum class Command { Upgrade, Rollback };

    Kind kind = Kind::None;
    Command command = Command::Upgrade;
    QString root;           // the store's folder as this computer sees it
    UpgradeOptions options; // upgrade: the runner, target, backup, storefront and webhook file asked for
    QString backupFolder;   // rollback: the backup's folder, absolute

    // The upgrade of root with these options. What the next step keeps holds no secret: the webhook's
    // address and the storefront's password are left out (the reader types the password again).
    static NextStep upgrade(Kind kind, const QString &root, const UpgradeOptions &options);
    static NextStep rollback(Kind kind, const QString &root, const QString &backupFolder);
    // The same run, another way on.
    NextStep as(Kind other) const;

    bool isNone() const { return kind == Kind::None; }
    // The maintenance flag that RemoveMaintenanceFlag deletes, where the store runs: a path on this
    // computer, or HOST:PATH on the ssh runner's server.
    QString maintenanceFlag() const;
};

} // namespace mua
