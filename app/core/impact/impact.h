#pragma once

#include "core/impact/vendordiff.h"
#include "core/model/impactreport.h"
#include "core/model/movesummary.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

namespace mua {

struct StepContext;

// The impact report (cli.md "impact"): what the move to the target version changes in code the store
// customises. Both sides are read without touching the store: the store's vendor/ as it is, and the
// target's packages installed into a scratch folder outside it (VersionMove::installTarget, kept per
// store and target). Nothing of the store's code runs, and no database is needed.
class Impact
{
    Q_DECLARE_TR_FUNCTIONS(mua::Impact)

public:
    // The findings from the two vendor trees and the store's customisations. Nothing, with a sentence
    // in *error, when a tree cannot be read or the work was cancelled.
    // changes: the vendor changes when they are known already (VendorDiff::fromDifferences), else
    // VendorDiff::compare works them out.
    static std::optional<ImpactReport> analyse(const QString &root, const QString &oldVendor,
                                               const QString &newVendor, const std::atomic_bool *cancel,
                                               QString *error,
                                               std::optional<QList<VendorChange>> changes = std::nullopt);

    // The whole report for ctx.options.targetVersion: the move worked out (as plan does), its packages
    // installed into the scratch folder (again only when the resolved set changed), analysed, and kept
    // next to the install for cached(). Progress goes to ctx.log. Nothing, with a sentence in *error
    // (the failing readiness check's words when the move cannot be worked out), when it cannot be made.
    static std::optional<ImpactReport> run(const StepContext &ctx, QString *error);

    // The report run() kept for this store and this resolved move, when there is one (plan mentions
    // its counts); nothing otherwise.
    static std::optional<ImpactReport> cached(const StepContext &ctx, const MoveSummary &move);
};

} // namespace mua
