#include "core/steps/preflightstep.h"

#include "core/inspect/deploymode.h"
#include "core/model/error.h"
#include "core/move/versionmove.h"
#include "core/run/storelock.h"
#include "core/runners/containerrunner.h"
#include "core/runners/sshrunner.h"
#include "core/steps/smoketeststep.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

#include <pwd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace mua {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 MinFreeBytes = 200 * MiB;
constexpr qint64 WarnFreeBytes = 1024 * MiB;
constexpr qint64 MinMemory = 756 * MiB;
constexpr qint64 WarnMemory = 2048 * MiB;
// Prints "mua-php VERSION MEMORY_LIMIT TOKEN" (TOKEN "-" without a lock), from the store's folder.
constexpr char PhpProbe[] =
    "$l = json_decode((string) @file_get_contents(\"var/.upgrade-assistant.lock\"), true); "
    "echo \"mua-php \", PHP_VERSION, \" \", ini_get(\"memory_limit\"), \" \", "
    "is_array($l) && !empty($l[\"token\"]) ? $l[\"token\"] : \"-\", PHP_EOL;";

QString userName(uid_t uid)
{
    if (const passwd *pw = ::getpwuid(uid))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(uid);
}

PreflightCheck make(const QString &id, const QString &title, PreflightCheck::Level level,
                    const QString &message, const QString &fix = QString())
{
    return {id, title, level, message, fix};
}

// Whether a program given by name (looked up on PATH) or by path (relative to the store folder, where
// the local runner starts it) can be started; false with why not in *error (a clause the check's
// sentence quotes).
bool canStart(const QString &program, const QString &storeRoot, QString *error)
{
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo info(QDir(storeRoot).absoluteFilePath(program));
        if (!info.exists())
            return failWith(error, PreflightStep::tr("%1 does not exist").arg(info.absoluteFilePath()));
        if (info.isDir())
            return failWith(error,
                            PreflightStep::tr("%1 is a folder, not a program").arg(info.absoluteFilePath()));
        if (!info.isExecutable())
            return failWith(error, PreflightStep::tr("%1 is not executable").arg(info.absoluteFilePath()));
        return true;
    }
    if (QStandardPaths::findExecutable(program).isEmpty())
        return failWith(error, PreflightStep::tr("%1 is not found on PATH").arg(program));
    return true;
}

// The first folder on the way from the store folder to relative that is a symbolic link or no
// folder at all; empty when there is none (or the path ends before, which is no obstacle).
struct Obstacle
{
    QString path;   // store-relative
    QString target; // where the link points, resolved; empty for a non-folder
    bool outside = false;
};
// remoteRoot: the store's path on the server, for the ssh runner, whose links name the server's paths.
std::optional<Obstacle> firstObstacle(const QString &root, const QString &relative,
                                      const QString &remoteRoot = QString())
{
    auto under = [](const QString &path, const QString &folder) {
        return !folder.isEmpty() && (path == folder || path.startsWith(folder + QLatin1Char('/')));
    };
    QString walked;
    for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        walked += (walked.isEmpty() ? QString() : QStringLiteral("/")) + part;
        const QFileInfo info(root + QLatin1Char('/') + walked);
        if (info.isSymLink()) {
            const QString target = info.symLinkTarget();
            const QString canonicalTarget = QFileInfo(target).canonicalFilePath();
            const QString inside = canonicalTarget.isEmpty() ? QDir::cleanPath(target) : canonicalTarget;
            const bool onServer =
                !remoteRoot.isEmpty() && under(QDir::cleanPath(target), QDir::cleanPath(remoteRoot));
            return Obstacle{walked, target, !under(inside, root) && !onServer};
        }
        if (!info.exists())
            return std::nullopt;
        if (!info.isDir())
            return Obstacle{walked, QString(), false};
    }
    return std::nullopt;
}

} // namespace

qint64 PreflightStep::parseMemoryLimit(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("-1"))
        return -1;
    if (t.isEmpty())
        return -2;
    qint64 factor = 1;
    QString number = t;
    const QChar unit = t.back().toUpper();
    if (unit == QLatin1Char('K') || unit == QLatin1Char('M') || unit == QLatin1Char('G')) {
        factor = unit == QLatin1Char('K') ? 1024 : unit == QLatin1Char('M') ? MiB : 1024 * MiB;
        number.chop(1);
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    return ok ? n * factor : -2;
}

PreflightCheck PreflightStep::ownerCheck(const Store &store)
{
    // The files' owner runs bin/magento: anyone else leaves files the owner cannot change.
    struct stat st;
    if (::stat(QFile::encodeName(store.envPhpPath()).constData(), &st) != 0)
        return make(QStringLiteral("owner"), tr("File-system owner"), PreflightCheck::Level::Error,
                    tr("Cannot read who owns %1.").arg(store.envPhpPath()),
                    tr("Run the assistant as the store's owner."));
    const uid_t me = ::geteuid();
    if (st.st_uid != me)
        return make(QStringLiteral("owner"), tr("File-system owner"), PreflightCheck::Level::Error,
                    tr("You are running as %1, but app/etc/env.php belongs to %2.")
                        .arg(userName(me), userName(st.st_uid)),
                    tr("Run the assistant as %1, for example: sudo -u %1 magento-upgrade-assistant …")
                        .arg(userName(st.st_uid)));
    return make(QStringLiteral("owner"), tr("File-system owner"), PreflightCheck::Level::Pass,
                tr("Running as %1, the owner of the store's files.").arg(userName(me)));
}

QList<PreflightCheck> PreflightStep::composerAndTargetChecks(const StepContext &ctx)
{
    using Level = PreflightCheck::Level;
    QList<PreflightCheck> out;
    const Store &store = ctx.store;
    const QString target = ctx.options.targetVersion;
    if (target.isEmpty())
        return out;
    const Wording &words = Wording::current();
    const QString targetSetting = words.setting(Setting::TargetVersion, target);
    if (store.versionSource == QLatin1String("composer.json")) {
        out << make(
            QStringLiteral("composer"), tr("Composer"), Level::Error,
            tr("This store is a git clone of Magento: its version comes from git, not from Composer."),
            words.commandLine() ? tr("Check out the release with git instead of %1.").arg(targetSetting)
                                : tr("Check out %1 with git, and leave %2 empty.")
                                      .arg(target, words.setting(Setting::TargetVersion)));
        return out;
    }
    // Composer runs only in composer-update, after maintenance is on: one that cannot be started
    // is found now.
    if (ctx.runner.kind() == RunnerKind::Local) {
        if (QString problem; !canStart(ctx.options.runner.composer, store.root, &problem))
            out << make(QStringLiteral("composer"), tr("Composer"), Level::Error,
                        tr("Composer cannot be started for %1: %2.").arg(targetSetting, problem),
                        words.commandLine()
                            ? tr("Install Composer 2 or give its path with %1.")
                                  .arg(words.setting(Setting::Composer, QStringLiteral("PATH")))
                            : tr("Install Composer 2 on this computer, so that the command composer runs."));
    }
    // Composer moves forward only: an older or the same version is no move. (VersionMove asks
    // Composer only after this, so this is the one place that says it.)
    const std::optional<int> order = VersionMove::compareVersions(target, store.version);
    if (order && *order <= 0)
        out << make(QStringLiteral("target-version"), tr("Target version"), Level::Error,
                    *order == 0
                        ? tr("%1 is the version installed already (%2, from %3).")
                              .arg(targetSetting, store.version, store.versionSource)
                        : tr("%1 is older than the installed %2 (from %3): Magento is not moved back with "
                             "Composer.")
                              .arg(targetSetting, store.version, store.versionSource),
                    *order == 0 ? tr("Leave %1 out to run the upgrade steps on the installed version.")
                                      .arg(words.setting(Setting::TargetVersion))
                    : words.commandLine()
                        ? tr("To go back to an earlier version, roll back to a backup taken before "
                             "(%1).")
                              .arg(words.command(NextStep::rollback(
                                  NextStep::Kind::RunAgain, QStringLiteral("ROOT"), QStringLiteral("DIR"))))
                        : tr("To go back to an earlier version, roll back to a backup taken before."));
    else if (!order)
        out << make(
            QStringLiteral("target-version"), tr("Target version"), Level::Warning,
            tr("The installed version is unknown, so whether %1 is newer cannot be checked.").arg(target),
            tr("Make sure %1 is newer than what the store runs.").arg(target));
    // Nothing found without Composer: Composer itself works the move out (composer, target-version,
    // resolve, php-target, php-extensions, allow-plugins).
    if (std::any_of(out.cbegin(), out.cend(),
                    [](const PreflightCheck &c) { return c.level == Level::Error; }))
        return out;
    const VersionMove::Resolution resolution = VersionMove::resolve(ctx);
    ctx.record.move = resolution.summary;
    // What was found here stays (the installed version unknown): it stands in for Composer's pass
    // of the same check, which cannot say what the store moves from; an error of Composer's wins.
    QList<PreflightCheck> checks = resolution.checks;
    for (const PreflightCheck &found : std::as_const(out)) {
        const auto same = std::find_if(checks.begin(), checks.end(),
                                       [&found](const PreflightCheck &c) { return c.id == found.id; });
        if (same == checks.end())
            checks << found;
        else if (same->level == Level::Pass)
            *same = found;
    }
    return checks;
}

QList<PreflightCheck> PreflightStep::checks(const StepContext &ctx)
{
    using Level = PreflightCheck::Level;
    QList<PreflightCheck> out;
    const Store &store = ctx.store;
    const Wording &words = Wording::current();

    out << make(QStringLiteral("store"), tr("Magento store"), Level::Pass,
                tr("Magento %1 %2, %3.")
                    .arg(store.version.isEmpty() ? tr("(version unknown)") : store.version, store.edition,
                         DeployMode::describe(store)));
    // A MAGE_MODE variable here overrides env.php for every bin/magento the local runner starts (the
    // bootstrap merges the environment over env.php), unlike for the web server.
    if (const QString fromEnvironment = qEnvironmentVariable("MAGE_MODE");
        ctx.runner.kind() == RunnerKind::Local && !fromEnvironment.isEmpty() && !store.deployMode.isEmpty() &&
        fromEnvironment != store.deployMode)
        out << make(
            QStringLiteral("mage-mode"), tr("MAGE_MODE variable"), Level::Warning,
            tr("MAGE_MODE=%1 is set in this environment, so bin/magento runs in %1 mode here, while the "
               "store is in %2.")
                .arg(fromEnvironment, DeployMode::describe(store)),
            tr("Run the assistant without it (env -u MAGE_MODE magento-upgrade-assistant …), or the "
               "commands may behave unlike the shop (setup:static-content:deploy refuses outside "
               "production mode)."));
    // env.php computes MAGE_MODE: Magento said it (DeployMode::resolve), or the run is refused rather
    // than guessed (a production shop would lose its compiled code and static files).
    if (store.deployModeComputed) {
        QString mode = store.deployMode;
        QString why = store.deployModeError;
        if (mode.isEmpty() && why.isEmpty()) // nobody asked yet
            mode = DeployMode::ask(ctx.runner, ctx.cancel, ctx.options.graceMs, &why).value_or(QString());
        if (!mode.isEmpty())
            out << make(QStringLiteral("deploy-mode"), tr("Deploy mode"), Level::Pass,
                        tr("%1 says %2 mode (app/etc/env.php computes MAGE_MODE at run time).")
                            .arg(DeployMode::magentoSource(), mode));
        else
            out << make(QStringLiteral("deploy-mode"), tr("Deploy mode"), Level::Error,
                        DeployMode::unknownMessage(why), DeployMode::unknownFix(ctx.runner));
    }

    // The ssh runner: the server answers, ROOT is the same store as --remote-root, and the SSH user
    // owns its files (in place of the local owner check). No connection: nothing else can be asked.
    const auto *ssh = dynamic_cast<const SshRunner *>(&ctx.runner);
    if (ssh) {
        const QList<PreflightCheck> remote = ssh->checks(store, ctx.cancel, ctx.options.graceMs);
        out << remote;
        if (SshRunner::isConnectionFailure(remote))
            return out;
    } else {
        out << ownerCheck(store);
    }
    // The project says PHP runs in a container, but it would run on this computer.
    if (store.suggestedRunner && ctx.runner.kind() == RunnerKind::Local)
        out << make(QStringLiteral("runner"), tr("Runner"), Level::Warning,
                    words.commandLine()
                        ? store.suggestedRunnerReason
                        : tr("%1 says that PHP runs in the project's container: choose the runner %2.")
                              .arg(store.suggestedRunnerFile, words.runner(*store.suggestedRunner)),
                    tr("Without it, bin/magento runs with this computer's PHP, which may not reach the "
                       "project's database and services."));

    // Folders the upgrade writes to.
    QStringList notWritable;
    QStringList paths{QStringLiteral("app/etc"), QStringLiteral("app/etc/env.php"), QStringLiteral("var")};
    for (const QString &dir : store.codeGenerationDirs)
        paths << (QFileInfo::exists(store.path(dir)) ? dir : dir.section(QLatin1Char('/'), 0, 0));
    paths.removeDuplicates();
    for (const QString &p : std::as_const(paths)) {
        if (::access(QFile::encodeName(store.path(p)).constData(), W_OK) != 0)
            notWritable << p;
    }
    if (notWritable.isEmpty())
        out << make(QStringLiteral("writable"), tr("Writable folders"), Level::Pass,
                    tr("%1 can be written.").arg(paths.join(QLatin1String(", "))));
    else
        out << make(QStringLiteral("writable"), tr("Writable folders"), Level::Error,
                    tr("%1 cannot be written by this user.").arg(notWritable.join(QLatin1String(", "))),
                    tr("Run as the store's owner, or give the owner write permission on them."));

    // Folders the steps change must be real folders inside the store: clear-generated never works
    // through a symbolic link (found now, not after maintenance is on), and setup:upgrade and the
    // static deploy must not empty a folder outside the store.
    {
        QStringList errors;
        QStringList warnings;
        auto describe = [](const Obstacle &o) {
            return o.target.isEmpty() ? tr("%1 is not a folder").arg(o.path)
                                      : tr("%1 is a symbolic link to %2").arg(o.path, o.target);
        };
        for (const QString &dir : store.codeGenerationDirs) {
            if (const std::optional<Obstacle> o = firstObstacle(store.root, dir))
                errors
                    << tr("%1 (the assistant empties %2 only as a real folder in the store, never through a "
                          "link)")
                           .arg(describe(*o), dir);
        }
        for (const QString &dir : {QStringLiteral("pub/static"), QStringLiteral("var/view_preprocessed")}) {
            const std::optional<Obstacle> o =
                firstObstacle(store.root, dir, ssh ? ctx.options.runner.remoteRoot : QString());
            if (o && o->target.isEmpty())
                errors
                    << tr("%1 (setup:upgrade and the static deploy need a folder there)").arg(describe(*o));
            else if (o && o->outside)
                errors << tr("%1, outside the store (setup:upgrade would empty what it points to)")
                              .arg(describe(*o));
        }
        if (store.usesVarSession) {
            if (const std::optional<Obstacle> o = firstObstacle(store.root, QStringLiteral("var/session")))
                warnings << tr("%1: the session permissions are not changed there").arg(describe(*o));
        }
        if (!errors.isEmpty())
            out << make(QStringLiteral("folders"), tr("Folders the upgrade changes"), Level::Error,
                        errors.join(QStringLiteral("; ")) + QLatin1Char('.'),
                        tr("Make them real folders inside the store (move what the link points to into "
                           "the store, or remove the link and create the folder), then check again."));
        else if (!warnings.isEmpty())
            out << make(QStringLiteral("folders"), tr("Folders the upgrade changes"), Level::Warning,
                        warnings.join(QStringLiteral("; ")) + QLatin1Char('.'),
                        tr("Fix the permissions where the link points by hand, if sessions are lost."));
        else
            out << make(QStringLiteral("folders"), tr("Folders the upgrade changes"), Level::Pass,
                        tr("Every folder the steps change is inside the store."));
    }

    // Disk space where the store lives.
    struct statvfs vfs;
    if (::statvfs(QFile::encodeName(store.root).constData(), &vfs) == 0) {
        const qint64 free = qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
        const QString freeText = QLocale::system().formattedDataSize(free);
        if (free < MinFreeBytes)
            out << make(QStringLiteral("disk"), tr("Disk space"), Level::Error,
                        tr("Only %1 free where the store lives.").arg(freeText),
                        tr("Free at least %1 before upgrading.")
                            .arg(QLocale::system().formattedDataSize(MinFreeBytes)));
        else if (free < WarnFreeBytes)
            out << make(QStringLiteral("disk"), tr("Disk space"), Level::Warning,
                        tr("%1 free.").arg(freeText),
                        tr("Composer and setup:upgrade may need more; free at least 1 GB."));
        else
            out << make(QStringLiteral("disk"), tr("Disk space"), Level::Pass, tr("%1 free.").arg(freeText));
    }

    // The CLI PHP: version and memory_limit, as Magento's own readiness check did, and the token of
    // the lock file this run wrote, as PHP sees it (a container may see another copy of the store).
    // One marked line, found among whatever else the tool prints (docker compose warns about
    // compose files on the same channel).
    const CommandSpec phpSpec = ctx.runner.php({QStringLiteral("-r"), QString::fromLatin1(PhpProbe)});
    // The local runner starts --php here: one that cannot be started is named as such (and nothing
    // that needs it is tried).
    const bool local = ctx.runner.kind() == RunnerKind::Local;
    QString phpProblem;
    if (local)
        canStart(ctx.options.runner.php, store.root, &phpProblem);
    if (!phpProblem.isEmpty()) {
        out << make(QStringLiteral("php"), tr("PHP"), Level::Error,
                    tr("The PHP to run the store with cannot be started: %1.").arg(phpProblem),
                    words.commandLine()
                        ? tr("Install the PHP command-line interpreter (php-cli) or choose one with %1.")
                              .arg(words.setting(Setting::Php, QStringLiteral("PATH")))
                        : tr("Install the PHP command-line interpreter (php-cli), or give its path as %1.")
                              .arg(words.setting(Setting::Php)));
        out << composerAndTargetChecks(ctx);
        return out;
    }
    const CommandResult php = CommandExecutor(ctx.cancel, ctx.options.graceMs).run(phpSpec, nullptr, true);
    // A container runner: the tool missing or the environment down says so in one sentence, and
    // nothing else can be asked of the container.
    const auto *container = dynamic_cast<const ContainerRunner *>(&ctx.runner);
    const QString environment = container ? container->environmentProblem(php) : QString();
    QStringList probe; // "mua-php", the version, memory_limit, the lock's token or "-"
    for (const QString &line : php.lines)
        if (line.startsWith(QLatin1String("mua-php ")))
            probe = line.trimmed().split(QLatin1Char(' '));
    if (!environment.isEmpty()) {
        out << make(QStringLiteral("environment"), tr("Container environment"), Level::Error, environment);
    } else if (!php.succeeded() || probe.size() < 4) {
        out << make(QStringLiteral("php"), tr("PHP"), Level::Error,
                    php.started ? tr("%1 did not print its version.").arg(phpSpec.display()) : php.startError,
                    container ? tr("Run %1 by hand to see why.").arg(phpSpec.display())
                    : words.commandLine()
                        ? tr("Install the PHP command-line interpreter or choose one with %1.")
                              .arg(words.setting(Setting::Php, QStringLiteral("PATH")))
                        : tr("Install the PHP command-line interpreter, or give its path as %1.")
                              .arg(words.setting(Setting::Php)));
    } else {
        const QString version = probe.at(1);
        const qint64 memory = parseMemoryLimit(probe.at(2));
        const QString memoryText = probe.at(2);
        const QString raise =
            container ? tr("Raise memory_limit in the PHP configuration of the container (with ddev: a .ini "
                           "file in .ddev/php/), then restart it with %1.")
                            .arg(container->startCommand())
            : words.commandLine()
                ? tr("Raise memory_limit in the CLI php.ini, or run with %1 pointing at a wrapper "
                     "that passes -d memory_limit=2G.")
                      .arg(words.setting(Setting::Php))
                : tr("Raise memory_limit in the CLI php.ini, or give as %1 a wrapper that passes "
                     "-d memory_limit=2G.")
                      .arg(words.setting(Setting::Php));
        if (memory >= 0 && memory < MinMemory)
            out << make(
                QStringLiteral("php"), tr("PHP"), Level::Error,
                tr("PHP %1 with memory_limit %2; Magento needs at least 756M.").arg(version, memoryText),
                raise);
        else if (memory >= 0 && memory < WarnMemory)
            out << make(
                QStringLiteral("php"), tr("PHP"), Level::Warning,
                tr("PHP %1 with memory_limit %2; 2G or more is recommended.").arg(version, memoryText),
                raise);
        else
            out << make(
                QStringLiteral("php"), tr("PHP"), Level::Pass,
                tr("PHP %1 with memory_limit %2.").arg(version, memory == -1 ? tr("unlimited") : memoryText));
        // The container must work on the store this computer works on: the lock this run wrote
        // here has to be what PHP sees there (not so with a named volume, or another folder).
        const std::optional<LockHolder> lock = StoreLock::read(store.root);
        if (container && lock && !lock->token.isEmpty() && probe.at(3) != lock->token)
            out << make(QStringLiteral("container-files"), tr("Container files"), Level::Error,
                        tr("PHP in the container does not see the store in %1: the lock file this run wrote "
                           "there (var/.upgrade-assistant.lock) is missing or different in the folder where "
                           "%2 runs bin/magento.")
                            .arg(store.root, container->name()),
                        tr("Mount the store folder into the container (a bind mount, not a named volume), "
                           "and for docker compose make it the service's working folder; or run the "
                           "assistant inside the container with the local runner."));
    }

    // Leftovers of Magento's web Setup Wizard.
    const QStringList leftovers{QStringLiteral("var/.update_in_progress.flag"),
                                QStringLiteral("var/.update_error.flag"),
                                QStringLiteral("var/.update_queue.json"), QStringLiteral("var/.regenerate")};
    QStringList found;
    for (const QString &l : leftovers) {
        if (QFileInfo::exists(store.path(l)))
            found << l;
    }
    if (found.isEmpty())
        out << make(QStringLiteral("leftovers"), tr("Setup Wizard leftovers"), Level::Pass,
                    tr("No flags left by Magento's web Setup Wizard."));
    else
        out << make(QStringLiteral("leftovers"), tr("Setup Wizard leftovers"), Level::Warning,
                    tr("Found %1.").arg(found.join(QLatin1String(", "))),
                    tr("If no web Setup Wizard update is running, delete them before upgrading."));

    out << composerAndTargetChecks(ctx);

    if (store.networkFilesystem && !ssh) // the ssh runner does the bulk work on the server
        out << make(QStringLiteral("filesystem"), tr("File system"), Level::Warning,
                    tr("The store is on %1, a network share: every file operation is a round trip.")
                        .arg(store.filesystem),
                    tr("Cleaning generated code may take minutes; run on the server where you can."));

    // Does the database need setup:upgrade? (read-only; moot when the container is not there)
    if (!environment.isEmpty())
        return out;
    const CommandSpec dbSpec = ctx.runner.magento({QStringLiteral("setup:db:status")});
    const CommandResult db = CommandExecutor(ctx.cancel, ctx.options.graceMs).run(dbSpec, nullptr, true);
    const QString dbOutput = db.lines.join(QLatin1Char(' ')).simplified();
    if (db.started && !db.crashed && db.exitCode == 2)
        out << make(QStringLiteral("db-status"), tr("Database"), Level::Pass,
                    words.commandLine()
                        ? tr("The database needs setup:upgrade (setup:db:status exit code 2).")
                        : tr("The database needs setup:upgrade: its modules are behind the code."));
    else if (db.succeeded())
        out << make(
            QStringLiteral("db-status"), tr("Database"), Level::Pass,
            tr("All modules are up to date; setup:upgrade will still run and apply the configuration."));
    else
        out << make(QStringLiteral("db-status"), tr("Database"), Level::Error,
                    tr("%1 %2").arg(commandFailure(dbSpec, db), dbOutput.left(300)),
                    tr("The store is not installed or cannot start; run %1 by hand and fix what it says.")
                        .arg(dbSpec.display()));
    return out;
}

StepPreview PreflightStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.summary =
        tr("Read-only checks: owner, writable folders, disk space, PHP version and memory_limit, wizard "
           "leftovers, database status.");
    if (const QString storefront = SmokeTestStep::beforePreview(ctx); !storefront.isEmpty())
        p.summary += QLatin1Char(' ') + storefront;
    p.commands << ctx.runner.php({QStringLiteral("-r"), QStringLiteral("…")}).display()
               << ctx.runner.magento({QStringLiteral("setup:db:status")}).display();
    return p;
}

StepOutcome PreflightStep::run(StepContext &ctx)
{
    QList<PreflightCheck> list = checks(ctx);
    // The run, unlike plan, also fetches what a move installs while the shop is up; only when every
    // other check passed, so a run that will be refused downloads nothing.
    if (ctx.record.move && ctx.record.move->resolved &&
        std::none_of(list.cbegin(), list.cend(),
                     [](const PreflightCheck &c) { return c.level == PreflightCheck::Level::Error; }))
        list << VersionMove::download(ctx, *ctx.record.move);
    QStringList errors;
    int warnings = 0;
    for (const PreflightCheck &c : std::as_const(list)) {
        const LogStream stream = c.level == PreflightCheck::Level::Error     ? LogStream::Error
                                 : c.level == PreflightCheck::Level::Warning ? LogStream::Warning
                                                                             : LogStream::Info;
        ctx.log(
            stream,
            tr("%1: %2%3").arg(c.title, c.message, c.fix.isEmpty() ? QString() : QLatin1Char(' ') + c.fix));
        if (c.level == PreflightCheck::Level::Error)
            errors << (c.fix.isEmpty() ? c.message : tr("%1 %2").arg(c.message, c.fix));
        else if (c.level == PreflightCheck::Level::Warning)
            ++warnings;
    }
    if (ctx.cancelled())
        return failed(tr("Cancelled during the readiness check."));
    if (!errors.isEmpty())
        return failed(errors.join(QLatin1Char(' ')));
    // --url: the storefront answers 200 before anything changes; its time to first byte is the baseline.
    if (QString storefront; !SmokeTestStep::checkBefore(ctx, &storefront))
        return failed(storefront);
    return done(tr("%n check(s) passed", nullptr, int(list.size() - warnings)) +
                (warnings ? tr(", %n warning(s)", nullptr, warnings) : QString()));
}

} // namespace mua
