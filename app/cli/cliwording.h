#pragma once

#include "core/model/wording.h"

namespace mua {

// The engine's sentences as the command line's reader sees them (cli.md): settings by their options
// ("--target-version"), steps by their ids, exit codes shown, and what to do next as the exact
// command to type. The one place that spells an option of the command line in a sentence; Cli::run
// installs it before any command runs.
class CliWording : public Wording
{
    // Its sentences were the engine's default wording's: they keep their translations.
    Q_DECLARE_TR_FUNCTIONS(mua::Wording)

public:
    bool commandLine() const override { return true; }
    QString setting(Setting setting) const override;
    QString setting(Setting setting, const QString &value) const override;
    QString runner(RunnerKind kind) const override;
    QString runnerIssue(const RunnerIssue &issue) const override;
    QString notChosen(Setting setting) const override;
    QString step(const QString &id, const QString &title) const override;
    QString command(const NextStep &next) const override;

    // The option that chooses a setting: "--target-version".
    static QString option(Setting setting);
    // The wording the command line installs (lives as long as the process).
    static const CliWording &instance();
};

} // namespace mua
