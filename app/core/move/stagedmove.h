#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mua {

class Runner;
struct StepContext;
struct Store;

// The version move staged while the shop is up, swapped in during maintenance (cli.md "Moving to
// another version"). Measured (bench/bench_move): the shop waits about a tenth of a second for the
// swap and the autoloader, against seconds for `composer update` in maintenance.
//
// composer-stage makes ROOT/.upgrade-assistant-staged (same file system as vendor/, so the swap is
// renames), copies composer.json, composer.lock and auth.json into it, seeds its vendor/ with hard
// links of the store's (Composer deletes a package's folder and unpacks the new one; it never writes
// into an installed package's files; vendor/composer, autoload.php and bin are real copies), and
// runs there the commands composer-update would run, with the store's plugins, without scripts.
// A stamp records the target, the store's composer.json and composer.lock it started from and the
// composer.lock it made. composer-update then swaps: the store's vendor/ goes into the kept folder
// (ROOT/.upgrade-assistant-kept, with copies of composer.json, composer.lock and the mapped files
// and a manifest), the staged vendor/ comes in, the staged composer.json and composer.lock and the
// files the new magento2-base maps are copied in. putBack() reverses each of those, also after a
// run that stopped in the middle of them.
class StagedMove
{
    Q_DECLARE_TR_FUNCTIONS(mua::StagedMove)

public:
    static QString stagedName() { return QStringLiteral(".upgrade-assistant-staged"); }

    // Why the move cannot be staged for this store and runner (one sentence), or empty when it can.
    static QString fallbackReason(const Store &store, const Runner &runner);

    // Makes the staged folder (a leftover one is moved aside first) with the store's files and a
    // vendor/ of links. False, with a sentence, when it cannot (the folder is gone again then).
    static bool prepare(const StepContext &ctx, QString *error);
    // Once Composer has succeeded in the staged folder: writes the stamp.
    static bool seal(const StepContext &ctx, QString *error);
    // Moves the staged folder aside, for the run's background remover (or removes it at once).
    static void discard(const StepContext &ctx);
    // At the start of a run that does not resume: moves a staged folder an earlier run left aside,
    // returning its store-relative name (empty when there is none).
    static QString moveLeftoverAside(const QString &storeRoot);

    // Whether the staged folder holds the move to the run's target from the store's composer.json
    // and composer.lock as they are now; why not in *why.
    static bool ready(const StepContext &ctx, QString *why);

    // In maintenance: the staged code in, the store's kept. False with a sentence when a part
    // failed (call putBack then).
    static bool swapIn(const StepContext &ctx, QString *error);
    // Whether the kept folder is a staged swap's (rather than MoveGuard's in-place move's).
    static bool keptIsSwap(const QString &storeRoot);
    // Reverses the swap, whatever part of it was done: the store's vendor/ back, the staged one back
    // into the staged folder (so that --resume can swap again), composer.json, composer.lock and the
    // mapped files back. What is left over goes to `trash` (store-relative) for the caller to remove.
    static bool putBack(const QString &storeRoot, QString *trash, QString *error);
    // After the move succeeded: the kept folder and the staged folder go aside (store-relative names).
    static QStringList release(const QString &storeRoot, QString *error);
};

} // namespace mua
