#include "core/steps/commandsteps.h"

#include <QRegularExpression>

namespace mua {

MagentoCommandStep::MagentoCommandStep(StepId id, const QString &title, const QStringList &arguments,
                                       const QString &summary, Condition condition)
    : m_id(id)
    , m_title(title)
    , m_arguments(arguments)
    , m_summary(summary)
    , m_condition(std::move(condition))
{}

Applicability MagentoCommandStep::applies(const StepContext &ctx) const
{
    return m_condition ? m_condition(ctx) : Applicability{};
}

StepPreview MagentoCommandStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.summary = m_summary;
    p.commands << ctx.runner.magento(m_arguments).display();
    return p;
}

StepOutcome MagentoCommandStep::run(StepContext &ctx)
{
    const CommandSpec spec = ctx.runner.magento(m_arguments);
    const CommandResult r = ctx.exec(spec);
    if (!r.succeeded())
        return failedCommand(spec, r);
    return done(tr("%1 in %2 s")
                    .arg(m_arguments.join(QLatin1Char(' ')))
                    .arg(double(r.durationMs) / 1000.0, 0, 'f', 1));
}

QList<QPair<QString, int>> CacheEnableStep::parseStatus(const QStringList &lines)
{
    static const QRegularExpression row(QStringLiteral("^\\s*([A-Za-z0-9_]+): ([01])\\s*$"));
    QList<QPair<QString, int>> out;
    for (const QString &l : lines) {
        const QRegularExpressionMatch m = row.match(l);
        if (m.hasMatch())
            out.append({m.captured(1), m.captured(2).toInt()});
    }
    return out;
}

StepPreview CacheEnableStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    const QStringList off = ctx.store.cacheTypesOff();
    p.summary = off.isEmpty()
                    ? tr("All %n cache types are on now; checks they still are after the upgrade.", nullptr,
                         int(ctx.store.cacheTypes.size()))
                    : tr("Turns on %1 and checks that every type is on.").arg(off.join(QLatin1String(", ")));
    p.commands << ctx.runner.magento({QStringLiteral("cache:enable")}).display()
               << ctx.runner.magento({QStringLiteral("cache:status")}).display();
    return p;
}

StepOutcome CacheEnableStep::run(StepContext &ctx)
{
    const CommandSpec enable = ctx.runner.magento({QStringLiteral("cache:enable")});
    const CommandResult r = ctx.exec(enable);
    if (!r.succeeded())
        return failedCommand(enable, r);
    const CommandSpec statusSpec = ctx.runner.magento({QStringLiteral("cache:status")});
    const CommandResult status = ctx.exec(statusSpec);
    if (!status.succeeded())
        return failed(commandFailure(statusSpec, status), status.lines);
    const auto types = parseStatus(status.lines);
    if (types.isEmpty())
        return failed(tr("cache:status listed no cache types."), status.lines);
    QStringList off;
    for (const auto &[type, on] : types) {
        if (!on)
            off << type;
    }
    if (!off.isEmpty())
        return failed(
            tr("These cache types are still off after cache:enable: %1.").arg(off.join(QLatin1String(", "))),
            status.lines);
    return done(tr("all %n types on", nullptr, int(types.size())));
}

QString ComposerUpdateStep::productPackage(const Store &store)
{
    return store.edition == QLatin1String("Community") ? QStringLiteral("magento/product-community-edition")
                                                       : QStringLiteral("magento/product-enterprise-edition");
}

Applicability ComposerUpdateStep::applies(const StepContext &ctx) const
{
    if (ctx.options.targetVersion.isEmpty())
        return {false, Wording::current().notChosen(Setting::TargetVersion)};
    if (ctx.store.versionSource == QLatin1String("composer.json"))
        return {false, tr("the store is a git clone; update it with git")};
    return {};
}

StepPreview ComposerUpdateStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    const QString package = productPackage(ctx.store) + QLatin1Char(':') + ctx.options.targetVersion;
    p.summary = tr("Moves %1 from %2 to %3 with Composer.")
                    .arg(productPackage(ctx.store), ctx.store.version, ctx.options.targetVersion);
    p.commands
        << ctx.runner.composer({QStringLiteral("require"), package, QStringLiteral("--no-update")}).display()
        << ctx.runner.composer({QStringLiteral("update")}).display();
    return p;
}

StepOutcome ComposerUpdateStep::run(StepContext &ctx)
{
    const QString package = productPackage(ctx.store) + QLatin1Char(':') + ctx.options.targetVersion;
    for (const CommandSpec &spec :
         {ctx.runner.composer({QStringLiteral("require"), package, QStringLiteral("--no-update")}),
          ctx.runner.composer({QStringLiteral("update")})}) {
        const CommandResult r = ctx.exec(spec);
        if (!r.succeeded())
            return failedCommand(spec, r);
    }
    return done(tr("%1 → %2").arg(ctx.store.version, ctx.options.targetVersion));
}

} // namespace mua
