#pragma once

#include "core/model/wording.h"

namespace mua {

// The engine's sentences as the wizard's reader sees them: settings by the names of the fields
// that choose them (the labels, in the reader's language), steps by their titles, no exit codes.
// The window installs it (see MainWizard); the engine only ever sees a Wording.
class WizardWording : public Wording
{
    Q_DECLARE_TR_FUNCTIONS(mua::WizardWording)

public:
    bool commandLine() const override { return false; }
    QString setting(Setting setting) const override;
    QString setting(Setting setting, const QString &value) const override;
    QString runner(RunnerKind kind) const override;
    QString runnerIssue(const RunnerIssue &issue) const override;
    QString runnerIssues(const QList<RunnerIssue> &issues) const override;
    QString notChosen(Setting setting) const override;
    QString step(const QString &id, const QString &title) const override;

    // The name of the field that chooses a setting, without quotes: its label as shown; empty for
    // a choice no field makes (resume, break the lock, …).
    static QString fieldName(Setting setting);
    // The runner kind as the store page's runner list names it: "A server over SSH".
    static QString runnerName(RunnerKind kind);
};

} // namespace mua
