#include "core/model/stepid.h"

namespace mua {

namespace {

const struct
{
    StepId id;
    const char *word;
} Words[] = {
    {StepId::Preflight, "preflight"},
    {StepId::Backup, "backup"},
    {StepId::ComposerStage, "composer-stage"},
    {StepId::MaintenanceOn, "maintenance-on"},
    {StepId::SessionPermissions, "session-permissions"},
    {StepId::ClearGenerated, "clear-generated"},
    {StepId::ComposerUpdate, "composer-update"},
    {StepId::SetupUpgrade, "setup-upgrade"},
    {StepId::DiCompile, "di-compile"},
    {StepId::StaticDeploy, "static-deploy"},
    {StepId::CacheEnable, "cache-enable"},
    {StepId::MaintenanceOff, "maintenance-off"},
    {StepId::SmokeTest, "smoke-test"},
    {StepId::Verify, "verify"},
    {StepId::Safety, "safety"},
    {StepId::PrepareCode, "prepare-code"},
    {StepId::DumpCurrent, "dump-current"},
    {StepId::RestoreCode, "restore-code"},
    {StepId::RestoreDatabase, "restore-database"},
};

} // namespace

QList<StepId> stepIds()
{
    QList<StepId> ids;
    for (const auto &w : Words)
        ids << w.id;
    return ids;
}

QString stepIdWord(StepId id)
{
    for (const auto &w : Words)
        if (w.id == id)
            return QString::fromLatin1(w.word);
    return QString();
}

std::optional<StepId> stepIdFromWord(const QString &word)
{
    for (const auto &w : Words)
        if (word == QLatin1String(w.word))
            return w.id;
    return std::nullopt;
}

} // namespace mua
