#pragma once

#include "core/model/logline.h"
#include "core/model/runrecord.h"
#include "core/model/store.h"
#include "core/model/upgradeoptions.h"
#include "core/model/wording.h"
#include "core/runners/commandexecutor.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace mua {

// What a step can use while it looks or works. Steps never touch the GUI and never start a
// process except through the executor.
struct StepContext
{
    const Store &store;
    const UpgradeOptions &options;
    const Runner &runner;
    RunRecord &record; // maintenance before/after, what earlier steps found
    const std::atomic_bool *cancel = nullptr;
    std::function<void(LogStream, const QString &)> log; // the run's log (redacted)
    // Deletes a folder that moveAside made, in the background (journaled); unset: at once.
    std::function<void(const QString &)> removeLater = {};

    bool cancelled() const { return cancel && cancel->load(); }
    // Runs a command with its output streamed into the log.
    CommandResult exec(const CommandSpec &spec, bool capture = true) const;
    CommandResult magento(const QStringList &arguments) const { return exec(runner.magento(arguments)); }
};

struct Applicability
{
    bool applies = true;
    QString reason; // why not, when it does not apply
};

// What a step would do, for `plan` and the wizard's review page.
struct StepPreview
{
    QString summary;      // one sentence: what it would touch, with counts
    QStringList commands; // command lines it would run
    qint64 entries = -1;  // entries it would chmod or delete; -1 when not applicable
    qint64 bytes = -1;    // bytes it would delete; -1 when not applicable
    QString problem;      // why it would fail, when that is known before the run (one sentence)
};

// Data, not an error convention: a step ends done, skipped, failed or cancelled, with its detail and output.
struct StepOutcome
{
    StepStatus status = StepStatus::Done;
    QString detail;     // short, for the report ("770 on 14 entries")
    QString error;      // one sentence when failed
    QStringList output; // lines worth scanning for known failures
};

// One unit of the upgrade, shaped like Qt Installer Framework's operations: it says whether it
// applies and why not, what it would do, does it, and reports an error.
class Step
{
    Q_DECLARE_TR_FUNCTIONS(mua::Step)

public:
    virtual ~Step() = default;
    virtual StepId id() const = 0; // its word: stepIdWord()
    virtual QString title() const = 0;
    virtual Applicability applies(const StepContext &ctx) const = 0;
    virtual StepPreview preview(const StepContext &ctx) const = 0;
    virtual StepOutcome run(StepContext &ctx) = 0;
    // Undoes what run() did, when a later step of a job that undoes (the rollback) fails or the job is
    // cancelled: called for every step that ran, newest first, as IFW's undoOperation. False, with a
    // sentence in *error, when it could not. An upgrade is resumed instead, and undoes nothing.
    virtual bool undo(StepContext &, QString *) { return true; }
    // Steps that only read (preflight) may run during `plan`.
    virtual bool changesStore() const { return true; }

protected:
    static StepOutcome done(const QString &detail);
    static StepOutcome failed(const QString &error, const QStringList &output = {});
    // A command that did not succeed: failed, or cancelled when the run was cancelled.
    static StepOutcome failedCommand(const CommandSpec &spec, const CommandResult &result);
    // A failed command as a sentence: exit code, PHP fatal, signal, could not start.
    static QString commandFailure(const CommandSpec &spec, const CommandResult &result);
};

} // namespace mua
