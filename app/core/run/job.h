#pragma once

#include "core/model/logline.h"
#include "core/model/runrecord.h"
#include "core/steps/step.h"

#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace mua {

class Redactor;

// What the worker lends a job while it runs: the run's log (redacted, handed to the screen in chunks and
// written to the log file), the cancel flag, and the record's redaction. Every long job speaks through
// these, so the window and the command line show each the same way.
class JobHost
{
public:
    virtual ~JobHost() = default;
    virtual void log(LogStream stream, const QString &text) = 0;
    // The step the next log lines belong to (the log file's second column); nothing: none.
    virtual void setCurrentStep(std::optional<StepId> id) = 0;
    virtual Redactor &redactor() = 0;
    // Opens the run's log file and says so (logFileOpened); inside the store a link is refused, a path
    // elsewhere is the user's own. False, with the sentence in *error, when it cannot.
    virtual bool openLogFile(const QString &path, const QString &storeRoot, QString *error) = 0;
    virtual QString logPath() const = 0; // empty until a log file is open
    virtual const std::atomic_bool *cancelFlag() const = 0;
    // Masks secrets in every text of the record (errors can quote command output).
    virtual void redact(RunRecord &record) const = 0;
};

// How the steps ended, for Job::conclude.
struct JobStop
{
    int index = 0;           // the step the run stopped at; the number of steps when every one ran
    bool cancelled = false;  // a cancel was honoured before that step began
    bool unrecorded = false; // the job would not let that step begin (Job::aboutToRun)
    QString unrecordedError; // why not
    QStringList lastOutput;  // of the step that failed, for the known fixes
};

// One long piece of work on a store: its steps and what happens around them (the store read, the lock,
// the log file, the journal, the report). The worker runs every job with the same loop and the same
// signals, as KDE's isoimagewriter runs every write through one worker core; a step that ran is undone,
// newest first, when a later one fails in a job that undoes (Qt Installer Framework's operations).
class Job
{
public:
    virtual ~Job() = default;

    // The store the job works on, as given.
    virtual QString root() const = 0;
    // How long a cancel may take before the program ends anyway (Emergency).
    virtual int cancelDeadlineMs() const = 0;
    // While it runs, no deadline ends the program, only a second signal (a rollback runs to its end).
    virtual bool runsToItsEnd() const { return false; }
    // What Emergency says about the store until the job says more; empty: what was said before stays.
    virtual QString stateAtStart() const { return QString(); }

    // Everything before the first step: the store read, the lock taken, the log file opened, and
    // record.steps laid out. False when the run ends here: the record says why, *exitCode is cli.md's.
    virtual bool setUp(JobHost &host, RunRecord &record, int *exitCode) = 0;
    virtual const std::vector<std::unique_ptr<Step>> &steps() const = 0;
    // What the steps run with (set up by setUp).
    virtual StepContext &context() = 0;

    // The first step from which on the store changes for good: a cancel is honoured until that step
    // begins, and from there on the job runs to its end. Every step count: a cancel is always honoured.
    virtual int pointOfNoReturn() const { return int(steps().size()); }
    // A step an earlier run finished and that is not run again (a resumed upgrade).
    virtual bool keeps(const RunRecord &, int) const { return false; }
    // Just before a step that changes the store begins (the journal says it is under way); false stops
    // the run there, with the sentence in *error.
    virtual bool aboutToRun(RunRecord &, int, QString *) { return true; }
    // After a step's outcome is in the record (ran, or skipped when ran is false).
    virtual void recorded(RunRecord &, int, bool) {}
    // Whether the log says "Title failed: error" when a step fails (a job whose closing message always
    // names the error would say it twice).
    virtual bool logsStepFailures() const { return true; }
    // Whether the steps that ran are undone when a later one fails or the job is cancelled.
    virtual bool undoesOnStop() const { return false; }
    // After the steps: the result, message and next command in the record; returns the exit code.
    virtual int conclude(RunRecord &record, const JobStop &stop) = 0;
    // Lets go of the store once the outcome is known (after conclude, or after a setUp that returned
    // false): the lock, the runner. The report is written after.
    virtual void release() {}
    // The last words, once the record is whole and redacted: the report file, a notification.
    virtual void report(RunRecord &record) = 0;
};

} // namespace mua
