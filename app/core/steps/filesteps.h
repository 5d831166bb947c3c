#pragma once

#include "core/fs/fileops.h"
#include "core/steps/step.h"

namespace mua {

// The seed's first step: chmod -R 770 var/session, when sessions are files there and it holds
// entries. Never through a symlink.
class SessionPermissionsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::SessionPermissionsStep)

public:
    StepId id() const override { return StepId::SessionPermissions; }
    QString title() const override { return tr("Make var/session group-accessible"); }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
};

// The seed's second step: empty the code-generation folders, keeping the folders themselves.
class ClearGeneratedStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::ClearGeneratedStep)

public:
    StepId id() const override { return StepId::ClearGenerated; }
    QString title() const override { return tr("Empty the code-generation folders"); }
    Applicability applies(const StepContext &) const override { return {}; }
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;
};

} // namespace mua
