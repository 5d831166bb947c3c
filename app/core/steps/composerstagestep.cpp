#include "core/steps/composerstagestep.h"

#include "core/fs/safefile.h"
#include "core/move/moveguard.h"
#include "core/move/stagedmove.h"
#include "core/steps/commandsteps.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace mua {

Applicability ComposerStageStep::applies(const StepContext &ctx) const
{
    const Applicability move = ComposerUpdateStep().applies(ctx);
    if (!move.applies)
        return move;
    const QString reason = StagedMove::fallbackReason(ctx.store, ctx.runner);
    if (!reason.isEmpty())
        return {false, tr("%1; Composer moves the store in maintenance instead").arg(reason)};
    return {};
}

StepPreview ComposerStageStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.summary = tr("Moves a copy of the store's code to %1 in %2 while the shop is still up (with the "
                   "store's Composer plugins, without scripts), so that in maintenance the move is a swap.")
                    .arg(ctx.options.targetVersion, StagedMove::stagedName());
    for (const CommandSpec &spec : ComposerUpdateStep::commands(ctx, StagedMove::stagedName()))
        p.commands << spec.display();
    return p;
}

StepOutcome ComposerStageStep::run(StepContext &ctx)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!StagedMove::prepare(ctx, &error))
        return failed(tr("The move could not be staged in %1, and the shop is still up: %2")
                          .arg(StagedMove::stagedName(), error));
    ctx.log(LogStream::Info, tr("Staging the move to %1 in %2 while the shop is up: in maintenance, "
                                "composer-update only swaps it in.")
                                 .arg(ctx.options.targetVersion, StagedMove::stagedName()));
    for (const CommandSpec &spec : ComposerUpdateStep::commands(ctx, StagedMove::stagedName())) {
        const CommandResult r = ctx.exec(spec);
        if (r.succeeded())
            continue;
        StagedMove::discard(ctx);
        StepOutcome outcome = failedCommand(spec, r);
        outcome.error += QLatin1Char(' ') + tr("The store was not changed, and the shop is still up.");
        return outcome;
    }
    if (!StagedMove::seal(ctx, &error)) {
        StagedMove::discard(ctx);
        return failed(tr("The staged move cannot be recorded, and the shop is still up: %1").arg(error));
    }
    return done(tr("%1 staged in %2 s")
                    .arg(ctx.options.targetVersion)
                    .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
}

// composer-update, when the move was staged: the swap, then the autoloader against the store's own
// root and the root's post-update scripts, all of it put back when any part fails or is cancelled.
StepOutcome ComposerUpdateStep::runStaged(StepContext &ctx)
{
    QElapsedTimer clock;
    clock.start();
    const QString root = ctx.store.root;
    ctx.log(LogStream::Info,
            tr("Swapping in the move staged before maintenance: the store's vendor/, composer.json, "
               "composer.lock and mapped files are kept in %1 until it has succeeded.")
                .arg(MoveGuard::keptName()));
    QString error;
    QString trash;
    const auto putBack = [&](StepOutcome outcome) {
        QString backError;
        if (StagedMove::putBack(root, &trash, &backError)) {
            if (ctx.removeLater)
                ctx.removeLater(trash);
            ctx.log(LogStream::Info, tr("composer.json, composer.lock, vendor/ and the mapped files are back "
                                        "as they were before the move."));
            outcome.error +=
                QLatin1Char(' ') + tr("composer.json, composer.lock and vendor/ are back as they were.");
        } else {
            outcome.error +=
                QLatin1Char(' ') + tr("Putting the code back failed: %1 The code as it was is in %2.")
                                       .arg(backError, MoveGuard::keptName());
        }
        return outcome;
    };
    if (!StagedMove::swapIn(ctx, &error))
        return putBack(failed(tr("The staged code could not be swapped in: %1").arg(error)));
    QList<CommandSpec> specs{ctx.runner.composer({QStringLiteral("dump-autoload")})};
    const QJsonObject scripts =
        QJsonDocument::fromJson(
            SafeFile::read(root + QStringLiteral("/composer.json"), FileLimit::ComposerJson).data)
            .object()
            .value(QLatin1String("scripts"))
            .toObject();
    if (scripts.contains(QLatin1String("post-update-cmd")))
        specs << ctx.runner.composer({QStringLiteral("run-script"), QStringLiteral("post-update-cmd")});
    for (const CommandSpec &spec : std::as_const(specs)) {
        const CommandResult r = ctx.exec(spec);
        if (!r.succeeded())
            return putBack(failedCommand(spec, r));
    }
    error.clear();
    for (const QString &name : StagedMove::release(root, &error))
        if (ctx.removeLater)
            ctx.removeLater(name);
        else
            QDir(root + QLatin1Char('/') + name).removeRecursively();
    if (!error.isEmpty())
        ctx.log(LogStream::Warning, error);
    return done(tr("%1 → %2 (staged; swapped in %3 s)")
                    .arg(ctx.store.version, ctx.options.targetVersion)
                    .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
}

} // namespace mua
