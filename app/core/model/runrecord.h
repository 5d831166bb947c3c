#pragma once

#include "core/model/movesummary.h"
#include "core/model/nextstep.h"
#include "core/model/stepid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mua {

enum class StepStatus { Pending, Done, Skipped, Failed, Cancelled };
enum class RunResult { Succeeded, Failed, Cancelled, Refused };

QString stepStatusName(StepStatus status);
QString runResultName(RunResult result);

// One look at the storefront (--url): what answered, how fast, and what was wrong.
struct StorefrontSample
{
    int status = 0;     // HTTP status; 0 when nothing answered
    qint64 ttfbMs = -1; // time to first byte of the final answer; -1 when none
    int redirects = 0;
    QString finalUrl;  // after redirects
    QString firstLine; // of the body, tags stripped (evidence)
    QString errorText; // the line with PHP or Magento error text, when the page has one
    QString problem;   // one sentence when there was no HTTP answer or not the expected one

    QJsonObject toJson() const;
    static StorefrontSample fromJson(const QJsonObject &o);
};

// The storefront before the run, during maintenance and after (the report's "storefront").
struct StorefrontRecord
{
    QString url; // as checked (without a password); empty when no --url was given
    std::optional<StorefrontSample> before;
    std::optional<StorefrontSample> during;
    std::optional<StorefrontSample> after;
    QStringList warnings;

    QJsonValue toJson() const; // null when no --url was given
    static StorefrontRecord fromJson(const QJsonValue &v);
};

// A step as the run record keeps it: by the word of its id (the report's and the journal's form).
struct StepRecord
{
    QString id; // stepIdWord()
    QString title;
    StepStatus status = StepStatus::Pending;
    QString detail;
    QString error;
    qint64 durationMs = 0;

    // The id the word names; nothing for a word no step has (a journal of another version).
    std::optional<StepId> stepId() const { return stepIdFromWord(id); }
    bool is(StepId step) const { return stepId() == step; }
};

// One run of the upgrade: what the report says and what the journal keeps so that a failed or
// cancelled run can resume where it stopped.
struct RunRecord
{
    QString runId;
    QString store;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunResult result = RunResult::Failed;
    QList<StepRecord> steps;
    std::optional<bool> maintenanceBefore; // known once maintenance-on ran
    std::optional<bool> maintenanceAfter;  // read at the end of the run
    QString logPath;
    QString logError;    // why the log file stops short, when it does (a full disk)
    QString reportError; // why the --report file could not be written (said on stderr; not in a file)
    QString failedStep;
    QString message;     // what happened, one sentence
    QString advice;      // the known fix, when the output matched one
    NextStep next;       // what to do next, as data (not kept: the journal and report keep nextCommand)
    QString nextCommand; // the same as the reader's wording says it: on the command line, the command
    QString targetVersion;
    QString versionBefore;
    std::optional<MoveSummary> move; // with a target version, once the readiness check worked it out
    QStringList movedAside;          // journal only: folders moved aside and not deleted yet
    QString runningStep;             // journal only: the step that was under way when the journal was written
    StorefrontRecord storefront;
    QString backup;           // the backup folder this run made (--backup), empty when none
    QString deployMode;       // the mode the step list was decided by; empty when unknown
    QString deployModeSource; // app/etc/env.php, or bin/magento deploy:mode:show

    // Sets next, and nextCommand as the wording of this process says it.
    void setNext(const NextStep &step);

    StepRecord *step(StepId id);
    const StepRecord *step(StepId id) const;
    // The step a word names (failedStep, a step of another record); nullptr for none.
    const StepRecord *step(const QString &word) const;
    // failedStep and runningStep as ids.
    std::optional<StepId> failedStepId() const { return stepIdFromWord(failedStep); }
    std::optional<StepId> runningStepId() const { return stepIdFromWord(runningStep); }

    // The `--report` object of cli.md.
    QJsonObject toReport() const;
    // What the journal keeps (a superset of the report).
    QJsonObject toJournal() const;
    static RunRecord fromJournal(const QJsonObject &journal);
};

// The journal an earlier run left in var/, read safely (a regular file, not a link, of sane size,
// holding a JSON object). Data, not an error convention: no journal is no failure.
struct JournalFile
{
    Q_DECLARE_TR_FUNCTIONS(mua::JournalFile)

public:
    enum class State {
        None,    // no journal: no earlier run
        Read,    // record holds it
        Unusable // there, but not a journal the assistant can read; error says why and what to do
    };
    State state = State::None;
    RunRecord record;
    QString error;

    static JournalFile read(const QString &path);
};

} // namespace mua
