#pragma once

#include "core/steps/step.h"

namespace mua {

// Remembers whether maintenance was on, then turns it on.
class MaintenanceOnStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::MaintenanceOnStep)

public:
    StepId id() const override { return StepId::MaintenanceOn; }
    QString title() const override { return tr("Turn maintenance mode on"); }
    Applicability applies(const StepContext &) const override { return {}; }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
};

// Puts maintenance back the way it was before the run, and checks that it really is.
class MaintenanceOffStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::MaintenanceOffStep)

public:
    StepId id() const override { return StepId::MaintenanceOff; }
    QString title() const override { return tr("Put maintenance mode back"); }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;

    // Turns maintenance off and verifies it (used after a failure with --on-failure restore too).
    static StepOutcome turnOff(StepContext &ctx);
};

} // namespace mua
