#include "core/steps/plan.h"

#include "core/inspect/deploymode.h"
#include "core/steps/backupstep.h"
#include "core/steps/commandsteps.h"
#include "core/steps/composerstagestep.h"
#include "core/steps/filesteps.h"
#include "core/steps/maintenancesteps.h"
#include "core/steps/smoketeststep.h"

#include <QJsonArray>

namespace mua {

namespace {

bool isProduction(const StepContext &ctx)
{
    return ctx.store.deployMode == QLatin1String("production");
}

Applicability productionOnly(const StepContext &ctx)
{
    if (isProduction(ctx))
        return {};
    // Unknown (env.php computes it and Magento could not say): the readiness check refuses the run.
    if (ctx.store.deployMode.isEmpty())
        return {false, Plan::tr("the deploy mode is unknown (see the readiness check)")};
    return {false, Plan::tr("the store is in %1 mode, not production (%2)")
                       .arg(ctx.store.deployMode, ctx.store.deployModeSource)};
}

} // namespace

Plan::Plan()
{
    m_steps.push_back(std::make_unique<PreflightStep>());
    m_steps.push_back(std::make_unique<BackupStep>());
    m_steps.push_back(std::make_unique<ComposerStageStep>());
    m_steps.push_back(std::make_unique<MaintenanceOnStep>());
    m_steps.push_back(std::make_unique<SessionPermissionsStep>());
    m_steps.push_back(std::make_unique<ClearGeneratedStep>());
    m_steps.push_back(std::make_unique<ComposerUpdateStep>());
    m_steps.push_back(std::make_unique<MagentoCommandStep>(
        StepId::SetupUpgrade, tr("Upgrade the database and modules"),
        QStringList{QStringLiteral("setup:upgrade")},
        tr("Updates the database schema and data of every module and cleans caches and generated code.")));
    m_steps.push_back(std::make_unique<MagentoCommandStep>(
        StepId::DiCompile, tr("Compile dependency injection"),
        QStringList{QStringLiteral("setup:di:compile")},
        tr("Generates code and dependency injection configuration (production mode)."), productionOnly));
    m_steps.push_back(std::make_unique<MagentoCommandStep>(
        StepId::StaticDeploy, tr("Deploy static files"),
        QStringList{QStringLiteral("setup:static-content:deploy")},
        tr("Deploys the storefront's and Admin's static files (production mode)."), productionOnly));
    m_steps.push_back(std::make_unique<CacheEnableStep>());
    m_steps.push_back(std::make_unique<MaintenanceOffStep>());
    m_steps.push_back(std::make_unique<SmokeTestStep>());
}

QStringList Plan::ids() const
{
    QStringList out;
    for (const auto &s : m_steps)
        out << stepIdWord(s->id());
    return out;
}

QList<Plan::Entry> Plan::preview(const StepContext &ctx) const
{
    QList<Entry> out;
    for (const auto &s : m_steps) {
        Entry e{stepIdWord(s->id()), s->title(), true, QString(), {}};
        const Applicability a = s->applies(ctx);
        e.applies = a.applies;
        e.reason = a.reason;
        if (a.applies)
            e.preview = s->preview(ctx);
        out << e;
    }
    return out;
}

QJsonObject Plan::toJson(const Store &store, const QList<Entry> &entries, const QList<PreflightCheck> &checks,
                         const std::optional<MoveSummary> &move)
{
    QJsonArray steps;
    for (const Entry &e : entries) {
        QJsonObject o{
            {QLatin1String("id"), e.id},
            {QLatin1String("title"), e.title},
            {QLatin1String("applies"), e.applies},
            {QLatin1String("reason"), e.reason.isEmpty() ? QJsonValue() : QJsonValue(e.reason)},
            {QLatin1String("summary"), e.preview.summary},
            {QLatin1String("commands"), QJsonArray::fromStringList(e.preview.commands)},
            {QLatin1String("entries"), e.preview.entries < 0 ? QJsonValue() : QJsonValue(e.preview.entries)},
            {QLatin1String("bytes"), e.preview.bytes < 0 ? QJsonValue() : QJsonValue(e.preview.bytes)}};
        steps.append(o);
    }
    QJsonArray checkArray;
    for (const PreflightCheck &c : checks)
        checkArray.append(
            QJsonObject{{QLatin1String("id"), c.id},
                        {QLatin1String("title"), c.title},
                        {QLatin1String("level"), checkLevelName(c.level)},
                        {QLatin1String("message"), c.message},
                        {QLatin1String("fix"), c.fix.isEmpty() ? QJsonValue() : QJsonValue(c.fix)}});
    return QJsonObject{
        {QLatin1String("store"), store.toJson()},
        {QLatin1String("steps"), steps},
        {QLatin1String("checks"), checkArray},
        {QLatin1String("move"), move ? QJsonValue(move->toJson()) : QJsonValue()},
        {QLatin1String("impact"),
         move && move->impact
             ? QJsonValue(QJsonObject{
                   {QLatin1String("counts"), QJsonObject{{QLatin1String("warn"), move->impact->warn},
                                                         {QLatin1String("info"), move->impact->info},
                                                         {QLatin1String("ignore"), move->impact->ignore}}}})
             : QJsonValue()}};
}

QString Plan::toText(const Store &store, const QList<Entry> &entries, const QList<PreflightCheck> &checks,
                     const std::optional<MoveSummary> &move)
{
    QStringList lines;
    lines << tr("Plan for %1 (Magento %2 %3, %4)")
                 .arg(store.root, store.version.isEmpty() ? tr("version unknown") : store.version,
                      store.edition, DeployMode::describe(store));
    lines << QString();
    lines << tr("Readiness:");
    for (const PreflightCheck &c : checks) {
        const QString mark = c.level == PreflightCheck::Level::Error     ? tr("error")
                             : c.level == PreflightCheck::Level::Warning ? tr("warning")
                                                                         : tr("ok");
        lines << QStringLiteral("  %1 %2: %3%4")
                     .arg(mark.leftJustified(8), c.title, c.message,
                          c.fix.isEmpty() ? QString() : QStringLiteral(" → ") + c.fix);
    }
    if (move && !move->to.isEmpty()) {
        lines << QString();
        lines << tr("Move: %1 %2 → %3").arg(move->package, move->from, move->to);
        for (const PackageChange &c : move->changes)
            lines << QStringLiteral("  %1 %2 → %3")
                         .arg(c.name, c.from.isEmpty() ? tr("(new)") : c.from,
                              c.to.isEmpty() ? tr("(removed)") : c.to);
        if (!move->blocking.isEmpty())
            lines << tr("Blocking:");
        for (const BlockingPackage &b : move->blocking)
            lines << QStringLiteral("  %1 (%2): %3").arg(b.name, b.constraint, b.reason);
        if (move->impact)
            lines
                << tr("Impact report (kept from an earlier impact of this move): %1 need a look, %2 worth "
                      "knowing, %3 only whitespace or comments; impact ROOT --target-version %4 lists them.")
                       .arg(move->impact->warn)
                       .arg(move->impact->info)
                       .arg(move->impact->ignore)
                       .arg(move->to);
    }
    lines << QString();
    lines << tr("Steps:");
    int n = 0;
    for (const Entry &e : entries) {
        ++n;
        const QString state = e.applies ? tr("runs") : tr("skipped");
        lines << QStringLiteral("%1. %2 %3 %4")
                     .arg(QString::number(n).rightJustified(3), e.id.leftJustified(20),
                          state.leftJustified(8), e.applies ? e.preview.summary : e.reason);
        for (const QString &c : e.preview.commands)
            lines << QStringLiteral("                                    $ %1").arg(c);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace mua
