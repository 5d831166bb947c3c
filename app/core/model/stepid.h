#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mua {

// The steps of the upgrade and of the rollback. The engine compares ids, never words: the word
// ("setup-upgrade", cli.md's step ids, never renamed) is only read and written here, for the run
// record (the report, the journal, the log's step column) and the command line.
enum class StepId {
    // The upgrade's, in the order of its plan.
    Preflight,
    Backup,
    ComposerStage,
    MaintenanceOn,
    SessionPermissions,
    ClearGenerated,
    ComposerUpdate,
    SetupUpgrade,
    DiCompile,
    StaticDeploy,
    CacheEnable,
    MaintenanceOff,
    SmokeTest,
    // The rollback's own; it also has maintenance-on, clear-generated and maintenance-off.
    Verify,
    Safety,
    PrepareCode,
    DumpCurrent,
    RestoreCode,
    RestoreDatabase,
};

// Every id, in the order above.
QList<StepId> stepIds();
// The word of an id: "maintenance-on".
QString stepIdWord(StepId id);
// The id a word names, or nothing for a word that names none (a journal of another version).
std::optional<StepId> stepIdFromWord(const QString &word);

} // namespace mua
