#include "cli/cli.h"

#include "cli/cliwording.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/model/exitcodes.h"
#include "core/run/emergency.h"
#include "core/run/signalwatcher.h"

#include <QFileInfo>

#include <climits>
#include <cstring>

namespace mua {

using namespace cli;

namespace {

// Levenshtein: how many letters to insert, delete or change to get from a to b.
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = qMin(qMin(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The command a mistyped word most likely meant: a third of its letters off at most (one for plan).
QString nearestCommand(const QString &word)
{
    QString nearest;
    int best = INT_MAX;
    for (const QString &c : commandNames()) {
        const int d = editDistance(word.toLower(), c);
        if (d <= qMax(1, int(c.size()) / 3) && d < best) {
            nearest = c;
            best = d;
        }
    }
    return nearest;
}

// Why the wizard cannot take these arguments (empty when it can): one sentence that says what to give
// instead. The wizard opens on nothing, --demo or one folder that exists.
QString wizardArgumentError(const QStringList &args)
{
    QStringList positional;
    bool demo = false;
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("--demo"))
            demo = true;
        else if (a.size() > 1 && a.startsWith(QLatin1Char('-')))
            return Cli::tr("%1 is not an option of the wizard, which opens on a store folder or --demo; the "
                           "commands are %2.")
                .arg(a, commandList());
        else
            positional << a;
    }
    if (!positional.isEmpty()) {
        const QString &first = positional.first();
        const QFileInfo info(first);
        const bool word = !first.isEmpty() && !first.contains(QLatin1Char('/')) &&
                          !first.startsWith(QLatin1Char('.')) && !first.startsWith(QLatin1Char('~'));
        if (!info.exists() && word) {
            const QString nearest = nearestCommand(first);
            return nearest.isEmpty()
                       ? Cli::tr("%1 is neither a command nor a folder: the commands are %2, and a store "
                                 "folder or --demo opens the wizard.")
                             .arg(first, commandList())
                       : Cli::tr("%1 is neither a command nor a folder (did you mean %2?): the commands are "
                                 "%3, and a store folder or --demo opens the wizard.")
                             .arg(first, nearest, commandList());
        }
        if (!info.exists())
            return Cli::tr(
                       "%1 does not exist: give the wizard a store folder, or use one of the commands %2.")
                .arg(first, commandList());
        if (!info.isDir())
            return Cli::tr(
                       "%1 is not a folder: give the wizard a store folder, or use one of the commands %2.")
                .arg(first, commandList());
    }
    if (positional.size() > 1)
        return Cli::tr(
                   "The wizard opens one store folder, not %n: give it one, or use one of the commands %1.",
                   nullptr, int(positional.size()))
            .arg(commandList());
    if (demo && !positional.isEmpty())
        return Cli::tr("--demo opens a sandbox store of its own: give either --demo or a store folder.");
    return QString();
}

// What opens the wizard: no argument, --demo, or one folder that exists.
bool isWizardRequest(const QStringList &arguments)
{
    return !commandNames().contains(arguments.value(1)) && wizardArgumentError(arguments).isEmpty();
}

// Somewhere to show a window: QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY is set.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString noDisplayText()
{
    return Cli::tr("There is no display to open the wizard on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
                   "run it in a desktop session or under xvfb-run, or use the commands %1, which need no "
                   "window.")
        .arg(commandList());
}

} // namespace

bool Cli::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--version") ||
            !std::strcmp(a, "-v"))
            return true;
    }
    if (argc >= 2) {
        for (const char *c : Commands) {
            if (!std::strcmp(argv[1], c))
                return true;
        }
    }
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return !isWizardRequest(args) || !hasDisplay();
}

QString Cli::versionText()
{
    return QStringLiteral("magento-upgrade-assistant %1\n").arg(QStringLiteral(MUA_VERSION));
}

QString Cli::usage()
{
    QString text = tr(
        "Usage:\n"
        "  magento-upgrade-assistant [ROOT]                open the wizard (on ROOT when given)\n"
        "  magento-upgrade-assistant --demo                open the wizard on a throw-away sandbox store\n"
        "  magento-upgrade-assistant demo-store DIR [--era 2.1|2.4]\n"
        "                                                  make a sandbox store in DIR\n"
        "  magento-upgrade-assistant inspect ROOT [--json] say what the store is; changes nothing\n"
        "  magento-upgrade-assistant plan ROOT [--json] [options]\n"
        "                                                  list the steps an upgrade would run; changes "
        "nothing\n"
        "  magento-upgrade-assistant upgrade ROOT --yes [options]\n"
        "                                                  run the upgrade without a window\n"
        "  magento-upgrade-assistant rollback ROOT --backup DIR --yes [--json] [--accept-data-loss]\n"
        "                                                  put the code and database of a --backup back\n"
        "  magento-upgrade-assistant backups ROOT [--json] [--backup-dir DIR]\n"
        "                                                  list the store's backups; --prune KEEP --yes\n"
        "                                                  deletes all but the newest KEEP complete ones\n"
        "  magento-upgrade-assistant versions ROOT [--json] [options]\n"
        "                                                  the newer Magento versions the store's own\n"
        "                                                  Composer repositories offer; changes nothing\n"
        "  magento-upgrade-assistant impact ROOT --target-version X [--json] [--html FILE] [options]\n"
        "                                                  what moving to X changes in code the store\n"
        "                                                  customises; changes nothing in the store\n"
        "\n"
        "Options of plan and upgrade:\n"
        "  --runner local|ssh|ddev|warden|compose\n"
        "                                 how bin/magento runs: with this computer's PHP (default), on\n"
        "                                 a server over ssh, or in the project's PHP container:\n"
        "                                 ddev exec, warden env exec -T php-fpm, docker compose exec -T\n"
        "                                 SERVICE (inspect says which one the project looks like)\n"
        "  --ssh HOST --remote-root PATH  the ssh runner: bin/magento and the file work run on HOST in\n"
        "                                 PATH, while ROOT is that folder mounted here, e.g. with\n"
        "                                 sshfs -o dir_cache=no HOST:PATH ROOT\n"
        "  --ssh-config FILE              ssh -F FILE instead of ~/.ssh/config\n"
        "  --service NAME                 the container that runs PHP, for --runner compose and warden\n"
        "                                 (default: php-fpm)\n"
        "  --php PATH                     PHP binary (default: php; on HOST with --runner ssh)\n"
        "  --composer PATH                Composer for --target-version (default: composer)\n"
        "  --target-version X             move the Magento package to X with Composer first\n"
        "  --backup                       back up the code (without var/, generated/, pub/static/,\n"
        "                                 pub/media/) and the database first, after checking the space\n"
        "  --backup-dir DIR               where this store's backups go (default:\n"
        "                                 ~/.local/share/magento-upgrade-assistant/backups/STORE-HASH)\n"
        "  --backup-media                 back up pub/media/ too\n"
        "  --url URL                      the storefront: 200 before the run, 503 during maintenance,\n"
        "                                 200 after it (warns when slower or showing PHP errors)\n"
        "  --notify URL                   POST a JSON summary to this webhook (Slack, Teams, …) at the end\n"
        "  --on-failure keep-maintenance|restore\n"
        "                                 maintenance mode after a failed step (default: keep)\n"
        "  --log FILE                     the full log (default: ROOT/var/log/upgrade-assistant-*.log)\n"
        "  --report FILE                  a JSON report, written on every outcome\n"
        "  --resume                       continue a failed or cancelled run where it stopped\n"
        "  --break-lock                   take over a broken lock, or a stale one left by\n"
        "                                 another host\n"
        "  --grace SECONDS                time a cancelled command gets before it is killed (default 5)\n"
        "\n"
        "Options of rollback: --php PATH, --log FILE, --report FILE, --break-lock, and\n"
        "  --accept-data-loss             roll back even though orders, customers or carts were added\n"
        "                                 since the backup (they are lost)\n"
        "\n"
        "Exit codes: 0 done, 1 a step failed, 2 usage error or not a store, 3 refused for safety,\n"
        "130 cancelled.\n"
        "\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version\n");
    // Added later, as a text of its own (the one above keeps its translations), after --notify.
    const QString notifyFile =
        tr("  --notify-file FILE             the webhook's address from FILE (mode 600), or set "
           "MUA_NOTIFY_URL:\n"
           "                                 ps shows a --notify URL to every local user\n");
    const qsizetype notify = text.indexOf(QLatin1String("\n  --notify URL"));
    const qsizetype after = notify < 0 ? -1 : text.indexOf(QLatin1String("\n  --"), notify + 1);
    text.insert(after < 0 ? text.size() : after + 1, notifyFile);
    return text;
}

int Cli::run(const QStringList &arguments)
{
    // The engine speaks the command line's words from here on: options, step ids, "Next:" commands.
    Wording::install(&CliWording::instance());
    const QStringList args = arguments;
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out(usage());
            return toInt(ExitCode::Ok);
        }
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out(versionText());
            return toInt(ExitCode::Ok);
        }
    }
    // One watcher for the whole command, from the start: a signal while an option's file is checked on
    // a hung mount, or while a store is read, ends the program within seconds with 130. Until a run
    // begins there is nothing to stop in order.
    SignalWatcher watcher;
    Emergency::setState(tr("Nothing in the store was changed."));
    Emergency::setRunOver(toInt(ExitCode::Cancelled));
    const QString command = args.value(1);
    if (command == QLatin1String("inspect"))
        return runInspect(args);
    if (command == QLatin1String("demo-store"))
        return runDemoStore(args);
    if (command == QLatin1String("plan"))
        return runPlan(args);
    if (command == QLatin1String("upgrade"))
        return runUpgrade(args, watcher);
    if (command == QLatin1String("rollback"))
        return runRollback(args, watcher);
    if (command == QLatin1String("backups"))
        return runBackups(args);
    if (command == QLatin1String("versions"))
        return runVersions(args);
    if (command == QLatin1String("impact"))
        return runImpact(args);
    // Not a command: the wizard's arguments, which main() leaves here when they are wrong or when
    // there is no display (Qt would abort with its platform plugin message).
    err(isWizardRequest(args) ? noDisplayText() : wizardArgumentError(args));
    return toInt(ExitCode::Usage);
}

} // namespace mua
