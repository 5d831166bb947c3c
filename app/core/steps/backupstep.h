#pragma once

#include "core/backup/backup.h"
#include "core/steps/step.h"

namespace mua {

// --backup: after the readiness check and before maintenance, checks the space, archives the code
// and dumps the database into a new folder outside the web root, with a manifest. Fails, with the
// numbers, before anything is written when the space is short.
class BackupStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::BackupStep)

public:
    StepId id() const override { return StepId::Backup; }
    QString title() const override { return tr("Back up the code and the database"); }
    Applicability applies(const StepContext &ctx) const override;
    StepPreview preview(const StepContext &ctx) const override;
    StepOutcome run(StepContext &ctx) override;

    // Whether a backup can be taken with this runner; false with a sentence that says why not.
    static bool supportsRunner(RunnerKind runnerKind, QString *error);
    // What a backup of the store would need and what would stop it before it writes anything.
    struct Check
    {
        Backup::Estimate estimate;
        QString database; // its name; empty when env.php does not say
        QString problem;  // one sentence; empty when nothing is known to stop it
    };
    static Check check(const StepContext &ctx);
    // "Covers …. Does not cover …." for plan, the wizard and the log.
    static QString coverage(bool includeMedia);
};

} // namespace mua
