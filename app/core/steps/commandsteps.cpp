#include "core/steps/commandsteps.h"

#include "core/move/moveguard.h"
#include "core/move/stagedmove.h"
#include "core/move/versionmove.h"

#include <QDir>
#include <QFileInfo>

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
    return VersionMove::productPackage(store);
}

Applicability ComposerUpdateStep::applies(const StepContext &ctx) const
{
    if (ctx.options.targetVersion.isEmpty())
        return {false, Wording::current().notChosen(Setting::TargetVersion)};
    if (ctx.store.versionSource == QLatin1String("composer.json"))
        return {false, tr("the store is a git clone; update it with git")};
    return {};
}

// Where the store has magento/composer-root-update-plugin, Adobe's way: require-commerce also
// brings the root composer.json the target's project changes. Otherwise a plain require.
QList<CommandSpec> ComposerUpdateStep::commands(const StepContext &ctx, const QString &folder)
{
    const QString package = productPackage(ctx.store);
    const bool rootUpdatePlugin =
        QFileInfo(ctx.store.root + QStringLiteral("/vendor/magento/composer-root-update-plugin")).isDir();
    QStringList require =
        rootUpdatePlugin
            ? QStringList{QStringLiteral("require-commerce"), package, ctx.options.targetVersion,
                          QStringLiteral("--no-update")}
            : QStringList{QStringLiteral("require"), package + QLatin1Char(':') + ctx.options.targetVersion,
                          QStringLiteral("--no-update")};
    QStringList update{QStringLiteral("update")};
    if (!folder.isEmpty()) {
        require << QStringLiteral("-d") << folder;
        update << QStringLiteral("--no-scripts") << QStringLiteral("-d") << folder;
    }
    return {ctx.runner.composer(require), ctx.runner.composer(update)};
}

StepPreview ComposerUpdateStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    if (StagedMove::fallbackReason(ctx.store, ctx.runner).isEmpty()) {
        p.summary =
            tr("Swaps in the move of %1 from %2 to %3 that composer-stage prepared (renames), then "
               "writes the autoloader; composer.json, composer.lock and vendor/ are kept and put back "
               "as they were if any of it fails.")
                .arg(productPackage(ctx.store), ctx.store.version, ctx.options.targetVersion);
        p.commands << ctx.runner.composer({QStringLiteral("dump-autoload")}).display();
        return p;
    }
    p.summary = tr("Moves %1 from %2 to %3 with Composer; composer.json, composer.lock and vendor/ are kept "
                   "and put back as they were if Composer fails.")
                    .arg(productPackage(ctx.store), ctx.store.version, ctx.options.targetVersion);
    for (const CommandSpec &spec : commands(ctx))
        p.commands << spec.display();
    return p;
}

bool ComposerUpdateStep::putBackInterrupted(StepContext &ctx, StepOutcome *outcome)
{
    const QString kept = ctx.store.root + QLatin1Char('/') + MoveGuard::keptName();
    if (!QFileInfo::exists(kept) && !QFileInfo(kept).isSymLink())
        return true;
    ctx.log(LogStream::Info,
            tr("An earlier run stopped in the middle of the move: putting the code it kept back first."));
    QString error;
    QString trash;
    const bool ok = StagedMove::keptIsSwap(ctx.store.root)
                        ? StagedMove::putBack(ctx.store.root, &trash, &error)
                        : MoveGuard(ctx.store.root, &ctx.runner).restore(&trash, &error);
    if (ok && ctx.removeLater)
        ctx.removeLater(trash);
    if (!ok)
        *outcome = failed(tr("The code kept by the interrupted move could not be put back: %1 It is in %2.")
                              .arg(error, MoveGuard::keptName()));
    return ok;
}

StepOutcome ComposerUpdateStep::run(StepContext &ctx)
{
    StepOutcome interrupted;
    if (!putBackInterrupted(ctx, &interrupted))
        return interrupted;
    QString why;
    if (StagedMove::ready(ctx, &why))
        return runStaged(ctx);
    ctx.log(LogStream::Info, tr("Composer moves the store now, in maintenance, because %1.").arg(why));
    MoveGuard guard(ctx.store.root, &ctx.runner);
    QString error;
    QString trash;
    const auto putBack = [&]() {
        if (!guard.restore(&trash, &error))
            return false;
        if (ctx.removeLater)
            ctx.removeLater(trash);
        return true;
    };
    if (!guard.keep(&error))
        return failed(
            tr("The code could not be kept before the move, so Composer did not run: %1").arg(error));
    ctx.log(LogStream::Info,
            tr("composer.json, composer.lock, vendor/ and the files magento2-base maps are kept in "
               "%1 until Composer has succeeded.")
                .arg(MoveGuard::keptName()));
    for (const CommandSpec &spec : commands(ctx)) {
        const CommandResult r = ctx.exec(spec);
        if (r.succeeded())
            continue;
        StepOutcome outcome = failedCommand(spec, r);
        if (putBack()) {
            ctx.log(LogStream::Info,
                    tr("composer.json, composer.lock, vendor/ and the mapped files are back as they "
                       "were before the move."));
            outcome.error +=
                QLatin1Char(' ') + tr("composer.json, composer.lock and vendor/ are back as they were.");
        } else {
            outcome.error +=
                QLatin1Char(' ') + tr("Putting the code back failed: %1 The code as it was is in %2.")
                                       .arg(error, MoveGuard::keptName());
        }
        return outcome;
    }
    // The kept copy must not outlive a move that worked: a later run would put the old code back.
    if (!guard.release(&trash, &error)) {
        ctx.log(LogStream::Warning, error);
        QDir(ctx.store.root + QLatin1Char('/') + MoveGuard::keptName())
            .removeRecursively(); // links and copies
    } else if (ctx.removeLater) {
        ctx.removeLater(trash);
    }
    StagedMove::discard(ctx); // a staging that did not fit (why above) must not outlive the move
    return done(tr("%1 → %2").arg(ctx.store.version, ctx.options.targetVersion));
}

} // namespace mua
