#include "core/steps/maintenancesteps.h"

#include "core/steps/smoketeststep.h"

#include <QFileInfo>

namespace mua {

StepPreview MaintenanceOnStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.summary = ctx.store.maintenance ? tr("Maintenance is already on; it stays on during and after the run.")
                                      : tr("The storefront answers 503 until the run puts maintenance back.");
    if (const QString storefront = SmokeTestStep::duringPreview(ctx); !storefront.isEmpty())
        p.summary += QLatin1Char(' ') + storefront;
    p.commands << ctx.runner.magento({QStringLiteral("maintenance:enable")}).display();
    return p;
}

StepOutcome MaintenanceOnStep::run(StepContext &ctx)
{
    // A resumed run keeps what the first run saw: maintenance is on now because of us.
    if (!ctx.record.maintenanceBefore)
        ctx.record.maintenanceBefore = ctx.runner.maintenanceFlagExists();
    const CommandSpec spec = ctx.runner.magento({QStringLiteral("maintenance:enable")});
    const CommandResult r = ctx.exec(spec);
    if (!r.succeeded())
        return failedCommand(spec, r);
    if (!ctx.runner.maintenanceFlagExists())
        return failed(tr("maintenance:enable reported success but var/.maintenance.flag does not exist."),
                      r.lines);
    // --url: the storefront must now answer 503, or maintenance did not really take effect.
    // Nothing else has changed yet, so the shop is not left closed for a check that failed.
    if (QString storefront; !SmokeTestStep::checkDuring(ctx, &storefront)) {
        if (*ctx.record.maintenanceBefore)
            return failed(storefront);
        StepContext reopen = ctx;
        reopen.cancel = nullptr; // putting maintenance back must not itself be cancelled
        const StepOutcome off = MaintenanceOffStep::turnOff(reopen);
        return failed(
            off.status == StepStatus::Done
                ? tr("%1 Maintenance was turned off again, as nothing else had changed.").arg(storefront)
                : tr("%1 Turning maintenance off again failed too: %2").arg(storefront, off.error));
    }
    const QString detail = *ctx.record.maintenanceBefore ? tr("was already on") : tr("on");
    return done(ctx.options.url.isEmpty() ? detail : tr("%1; the storefront answers 503").arg(detail));
}

Applicability MaintenanceOffStep::applies(const StepContext &ctx) const
{
    const bool before = ctx.record.maintenanceBefore.value_or(ctx.store.maintenance);
    if (before)
        return {false, tr("maintenance was on before the run, so it stays on")};
    return {};
}

StepPreview MaintenanceOffStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.summary = tr("Turns maintenance off and checks that the flag is gone.");
    p.commands << ctx.runner.magento({QStringLiteral("maintenance:disable")}).display();
    return p;
}

StepOutcome MaintenanceOffStep::turnOff(StepContext &ctx)
{
    const CommandSpec spec = ctx.runner.magento({QStringLiteral("maintenance:disable")});
    const CommandResult r = ctx.exec(spec);
    if (!r.succeeded())
        return failedCommand(spec, r);
    // maintenance:status always exits 0: read its text, and the flag.
    const CommandResult status = ctx.magento({QStringLiteral("maintenance:status")});
    const bool saysActive = status.lines.join(QLatin1Char(' ')).contains(QLatin1String("is active"));
    if (saysActive || ctx.runner.maintenanceFlagExists())
        return failed(tr("Maintenance is still on after maintenance:disable (var/.maintenance.flag exists)."),
                      r.lines + status.lines);
    return done(tr("off"));
}

StepOutcome MaintenanceOffStep::run(StepContext &ctx)
{
    return turnOff(ctx);
}

} // namespace mua
