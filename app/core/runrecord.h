#pragma once

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

struct StepRecord
{
    QString id;
    QString title;
    StepStatus status = StepStatus::Pending;
    QString detail;
    QString error;
    qint64 durationMs = 0;
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
    QString failedStep;
    QString message;     // what happened, one sentence
    QString advice;      // the known fix, when the output matched one
    QString nextCommand; // the exact command to run next
    QString targetVersion;
    QString versionBefore;
    QStringList movedAside; // journal only: folders moved aside and not deleted yet

    StepRecord *step(const QString &id);
    const StepRecord *step(const QString &id) const;

    // The `--report` object of cli.md.
    QJsonObject toReport() const;
    // What the journal keeps (a superset of the report).
    QJsonObject toJournal() const;
    static RunRecord fromJournal(const QJsonObject &journal);
};

} // namespace mua
