#pragma once

#include "core/model/preflightcheck.h"
#include "core/steps/step.h"

namespace mua {

// Read-only checks before anything changes: the owner, writable folders, disk space, the CLI PHP,
// wizard leftovers and setup:db:status. An error refuses the run (exit 3).
class PreflightStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::PreflightStep)

public:
    StepId id() const override { return StepId::Preflight; }
    QString title() const override { return tr("Readiness check"); }
    Applicability applies(const StepContext &) const override { return {}; }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
    bool changesStore() const override { return false; }

    // Runs every check (runs read-only commands: php -r, bin/magento setup:db:status).
    static QList<PreflightCheck> checks(const StepContext &ctx);
    // --target-version: Composer can be started (local runner), and X is newer than what is installed.
    static QList<PreflightCheck> composerAndTargetChecks(const StepContext &ctx);
    // Whether the user running is the owner of app/etc/env.php (checked before the lock is taken).
    static PreflightCheck ownerCheck(const Store &store);
    // "756M", "2G", "-1", "134217728" → bytes; -1 for unlimited; -2 when unreadable.
    static qint64 parseMemoryLimit(const QString &text);
};

} // namespace mua
