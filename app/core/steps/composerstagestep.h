#pragma once

#include "core/steps/step.h"

namespace mua {

// --target-version, before maintenance: Composer moves a staged copy of the store's code while the
// shop is still up (StagedMove), so that composer-update in maintenance only swaps it in. Skipped,
// with the reason, where the move cannot be staged: composer-update then runs Composer in
// maintenance.
class ComposerStageStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::ComposerStageStep)

public:
    StepId id() const override { return StepId::ComposerStage; }
    QString title() const override { return tr("Prepare the new version while the shop is up"); }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
};

} // namespace mua
