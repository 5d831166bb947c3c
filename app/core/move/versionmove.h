#pragma once

#include "core/model/movesummary.h"
#include "core/model/preflightcheck.h"
#include "core/steps/step.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace mua {

class Runner;
struct Store;

// A version of the store's product package its Composer repositories offer.
struct AvailableVersion
{
    QString version;
    QString php; // the version's `php` constraint; empty when unknown
};

// The version move worked out before anything changes (cli.md "Moving to another version"): which
// versions the store's own repositories offer, and whether Composer, where the store's commands run,
// can move it to a target, with the PHP that runs the store. Composer runs in a scratch copy of
// composer.json, composer.lock and auth.json, never in the store: outside it for the local runner;
// for the ssh and container runners in var/.upgrade-assistant-resolve of the store, the only folder
// both sides see, removed afterwards. Nothing the store's packages contain runs (--no-plugins,
// --no-scripts).
class VersionMove
{
    Q_DECLARE_TR_FUNCTIONS(mua::VersionMove)

public:
    // The product package the store requires (magento/product-community-edition,
    // magento/product-enterprise-edition, magento/magento-cloud-metapackage,
    // mage-os/product-community-edition), from its composer.json; from the edition when none is named.
    static QString productPackage(const Store &store);

    struct Versions
    {
        QString package;
        QList<AvailableVersion> available; // newer than the installed one, newest first
        QStringList all;                   // every version offered, newest first
    };
    // Asks Composer, through the runner, in the store's folder (changes nothing). The `php`
    // constraint is asked of each newer version, or of `only` alone when given. Nothing, with a
    // sentence in *error, when Composer could not list them.
    static std::optional<Versions> versions(const Store &store, const Runner &runner,
                                            const std::atomic_bool *cancel, int graceMs, QString *error,
                                            const QString &only = QString());

    struct Resolution
    {
        MoveSummary summary;
        QList<PreflightCheck>
            checks; // composer, target-version, resolve, php-target, php-extensions, allow-plugins
    };
    // The readiness checks for moving to ctx.options.targetVersion (none without one), once
    // PreflightStep::composerAndTargetChecks found it newer than the installed version (or that unknown).
    static Resolution resolve(const StepContext &ctx);

    // The run (not plan) downloads what a resolved move installs while the shop is still up: it
    // installs move.resolvedLock into a scratch copy (no plugins, no scripts, removed afterwards),
    // which leaves every package in Composer's cache, so the move in maintenance downloads nothing.
    // Check `download`: an error when a package cannot be downloaded (a key that reads the metadata
    // but not the files, a repository down, a full disk), before maintenance rather than in it.
    static PreflightCheck download(const StepContext &ctx, const MoveSummary &move);

    // The target's packages installed where the impact report reads them: move.resolvedLock into a
    // folder kept per store and target (targetFolder: for the local runner our cache folder,
    // impact/HASH-TARGET; for the others var/.upgrade-assistant-impact-TARGET of the store, the only
    // folder both sides see), with --no-plugins --no-scripts --no-autoloader and vendor-dir and bin-dir
    // forced into it, and only when the resolved lock differs from the one installed there last. Its
    // vendor/ as seen here, or nothing with a sentence in *error.
    static std::optional<QString> installTarget(const StepContext &ctx, const MoveSummary &move,
                                                QString *error);
    // Where that folder is (made by installTarget only).
    static QString targetFolder(const StepContext &ctx, const QString &target);

    // -1, 0, 1 as a is older, the same, newer than b (Magento's versions: 2.4.7, 2.4.7-p3, 2.4.8-beta1);
    // nullopt when either is no such version.
    static std::optional<int> compareVersions(const QString &a, const QString &b);
};

} // namespace mua
