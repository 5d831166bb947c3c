#include "core/run/storeactions.h"

#include "core/fs/safefile.h"
#include "core/impact/impact.h"
#include "core/inspect/deploymode.h"
#include "core/inspect/storeinspector.h"
#include "core/parse/envphpparser.h"
#include "core/run/storelock.h"
#include "core/runners/runner.h"
#include "core/steps/maintenancesteps.h"

#include <QFile>

namespace mua {

namespace {

// Inspects the store and makes its runner; error says why not.
struct Prepared
{
    Store store;
    std::unique_ptr<Runner> runner;
    QString error;
};

Prepared prepare(const QString &root, const UpgradeOptions &options)
{
    Prepared p;
    p.store = StoreInspector::inspect(root);
    if (!p.store.error.isEmpty()) {
        p.error = p.store.error;
        return p;
    }
    p.runner = RunnerFactory::create(p.store.root, options.runner, &p.error);
    return p;
}

} // namespace

bool StoreActions::Readiness::hasErrors() const
{
    if (!error.isEmpty())
        return true;
    for (const PreflightCheck &c : checks) {
        if (c.level == PreflightCheck::Level::Error)
            return true;
    }
    return false;
}

// Inspects, makes the runner and a read-only step context, and lets fill() answer with it.
template <typename Answer, typename Fill>
Answer answerWithContext(const QString &root, const UpgradeOptions &options, Fill fill,
                         const std::atomic_bool *cancel = nullptr)
{
    Answer answer;
    Prepared p = prepare(root, options);
    // The steps depend on the deploy mode: when env.php computes it, Magento says.
    if (p.runner)
        DeployMode::resolve(p.store, *p.runner, cancel, options.graceMs);
    answer.store = p.store;
    answer.error = p.error;
    if (!p.runner)
        return answer;
    RunRecord record;
    const StepContext ctx{p.store, options, *p.runner, record, cancel, {}};
    fill(answer, ctx);
    return answer;
}

StoreActions::Readiness StoreActions::readiness(const QString &root, const UpgradeOptions &options)
{
    return answerWithContext<Readiness>(root, options, [](Readiness &r, const StepContext &ctx) {
        r.checks = PreflightStep::checks(ctx);
        r.move = ctx.record.move;
    });
}

StoreActions::Preview StoreActions::preview(const QString &root, const UpgradeOptions &options,
                                            bool withChecks)
{
    return answerWithContext<Preview>(root, options, [withChecks](Preview &r, const StepContext &ctx) {
        r.entries = Plan().preview(ctx);
        r.enabledModules = enabledModules(ctx.store);
        if (withChecks) {
            r.checks = PreflightStep::checks(ctx);
            r.move = ctx.record.move;
            if (r.move && r.move->resolved)
                if (const std::optional<ImpactReport> kept = Impact::cached(ctx, *r.move))
                    r.move->impact = MoveSummary::ImpactCounts{kept->count(ImpactFinding::Level::Warn),
                                                               kept->count(ImpactFinding::Level::Info),
                                                               kept->count(ImpactFinding::Level::Ignore)};
        }
    });
}

StoreActions::Preview StoreActions::previewMove(const QString &root, const UpgradeOptions &options,
                                                const std::atomic_bool *cancel)
{
    return answerWithContext<Preview>(
        root, options,
        [](Preview &r, const StepContext &ctx) {
            r.entries = Plan().preview(ctx);
            r.enabledModules = enabledModules(ctx.store);
            r.checks = PreflightStep::composerAndTargetChecks(ctx);
            r.move = ctx.record.move;
        },
        cancel);
}

StoreActions::Versions StoreActions::versions(const QString &root, const UpgradeOptions &options,
                                              const std::atomic_bool *cancel)
{
    Versions v;
    Prepared p = prepare(root, options);
    v.store = p.store;
    v.error = p.error;
    if (p.runner)
        v.versions = VersionMove::versions(p.store, *p.runner, cancel, options.graceMs, &v.versionsError);
    return v;
}

StoreActions::ImpactAnswer StoreActions::impact(const QString &root, const UpgradeOptions &options,
                                                const std::atomic_bool *cancel,
                                                const std::function<void(const QString &)> &log)
{
    ImpactAnswer a;
    Prepared p = prepare(root, options);
    a.store = p.store;
    a.error = p.error;
    if (!p.runner)
        return a;
    a.storeUsable = true;
    RunRecord record;
    const StepContext ctx{
        p.store, options, *p.runner, record, cancel, [&log](LogStream, const QString &line) {
            if (log)
                log(line);
        }};
    a.report = Impact::run(ctx, &a.error);
    return a;
}

StoreActions::BackupCheck StoreActions::backupCheck(const QString &root, const UpgradeOptions &options)
{
    return answerWithContext<BackupCheck>(
        root, options, [](BackupCheck &r, const StepContext &ctx) { r.check = BackupStep::check(ctx); });
}

StoreActions::Result StoreActions::disableMaintenance(const QString &root, const UpgradeOptions &options)
{
    Result r;
    Prepared p = prepare(root, options);
    if (!p.runner) {
        r.message = p.error;
        return r;
    }
    // Never behind the back of a run that holds the store.
    StoreLock lock(p.store.root);
    QString lockMessage;
    const StoreLock::Result locked = lock.acquire(false, &lockMessage);
    if (locked == StoreLock::Result::Held || locked == StoreLock::Result::Error) {
        r.message = lockMessage;
        return r;
    }
    RunRecord record;
    StepContext ctx{p.store, options, *p.runner,
                    record,  nullptr, [&r](LogStream, const QString &line) { r.output << line; }};
    const StepOutcome outcome = MaintenanceOffStep::turnOff(ctx);
    r.ok = outcome.status == StepStatus::Done;
    r.message = r.ok ? tr("Maintenance mode is off: the storefront answers again.") : outcome.error;
    return r;
}

int StoreActions::enabledModules(const Store &store)
{
    const FileContent f =
        SafeFile::read(store.path(QStringLiteral("app/etc/config.php")), FileLimit::ConfigPhp);
    if (!f.ok())
        return -1;
    const EnvPhpParseResult parsed = EnvPhpParser::parse(f.data);
    if (!parsed.ok)
        return -1;
    int n = 0;
    for (const auto &e : parsed.value[u"modules"].entries()) {
        if (e.value.toInt() == 1)
            ++n;
    }
    return n;
}

} // namespace mua
