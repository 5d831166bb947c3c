#include "cli.h"

#include "core/backup/backup.h"
#include "core/backup/rollback.h"
#include "core/fs/safefile.h"
#include "core/inspect/storeinspector.h"
#include "core/model/exitcodes.h"
#include "core/net/httpclient.h"
#include "core/net/notifier.h"
#include "core/run/emergency.h"
#include "core/run/signalwatcher.h"
#include "core/run/storeactions.h"
#include "core/run/storelock.h"
#include "core/run/terminaltext.h"
#include "core/run/upgradecontroller.h"
#include "core/runners/containerrunner.h"
#include "core/runners/sshmount.h"
#include "core/steps/backupstep.h"
#include "core/steps/plan.h"
#include "demo/demostore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <climits>
#include <cstdio>
#include <cstring>

namespace mua {

namespace {

const char *const Commands[] = {"inspect", "plan", "upgrade", "rollback", "backups", "demo-store"};

// Everything the commands print: escape sequences from env.php, Composer's files or a child's
// output are shown escaped, never obeyed by the terminal (the program's own lines are plain text).
void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = TerminalText::neutralise(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void out(const QString &text)
{
    writeTo(stdout, text);
}

void err(const QString &text)
{
    writeTo(stderr, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

int usageError(const QString &sentence)
{
    err(sentence + QLatin1Char(' ') + Cli::tr("Run 'magento-upgrade-assistant --help' for the commands."));
    return toInt(ExitCode::Usage);
}

QStringList commandNames()
{
    QStringList names;
    for (const char *c : Commands)
        names << QString::fromLatin1(c);
    return names;
}

// "inspect, plan, … and demo-store", in the user's language.
QString commandList()
{
    return QLocale().createSeparatedList(commandNames());
}

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

// Parses one command's options; positional arguments are checked by the caller.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(args)) {
        const QStringList unknown = parser.unknownOptionNames();
        *error = unknown.isEmpty()
                     ? parser.errorText()
                     : Cli::tr("%1 does not know the option %2%3.")
                           .arg(args.value(1),
                                unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"),
                                unknown.first());
        if (error->endsWith(QLatin1Char('.')))
            error->chop(1);
        return false;
    }
    return true;
}

int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(
            Cli::tr("inspect takes exactly one store folder: magento-upgrade-assistant inspect ROOT "
                    "[--json]."));
    const Store store = StoreInspector::inspect(positional.at(1));
    if (parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(store.toJson()).toJson(QJsonDocument::Indented)));
    else if (store.error.isEmpty())
        out(store.summary());
    if (!store.error.isEmpty()) {
        err(store.error);
        return toInt(ExitCode::Usage);
    }
    return toInt(ExitCode::Ok);
}

int runDemoStore(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption era(QStringLiteral("era"), QString(), QStringLiteral("era"),
                                 QStringLiteral("2.4"));
    parser.addOption(era);
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(
            Cli::tr("demo-store takes exactly one folder: magento-upgrade-assistant demo-store DIR "
                    "[--era 2.1|2.4]."));
    if (!DemoStore::eras().contains(parser.value(era)))
        return usageError(Cli::tr("--era %1 is not one of the demo eras (%2).")
                              .arg(parser.value(era), DemoStore::eras().join(QLatin1String(", "))));
    if (!DemoStore::create(positional.at(1), parser.value(era), &error)) {
        err(error);
        return toInt(ExitCode::Usage);
    }
    out(Cli::tr("Made a Magento %1 sandbox store in %2. Try: magento-upgrade-assistant inspect %2\n")
            .arg(parser.value(era), positional.at(1)));
    return toInt(ExitCode::Ok);
}

// --log and --report, checked before the store changes: a folder that does not exist, an empty
// value, a FIFO that would stop the run, /dev/full. The log may also be /dev/null or a terminal;
// the report is written as a new file renamed into place, so it must be a file.
bool checkOutputs(const QCommandLineParser &parser, const QCommandLineOption &log,
                  const QCommandLineOption &report, QString *error)
{
    for (const QCommandLineOption *option : {&log, &report}) {
        if (!parser.isSet(*option))
            continue;
        *error = SafeFile::outputProblem(parser.value(*option),
                                         QStringLiteral("--") + option->names().constFirst(), option == &log);
        if (!error->isEmpty())
            return false;
    }
    return true;
}

// The options plan and upgrade share (cli.md); parsed into UpgradeOptions.
struct UpgradeCommandLine
{
    QCommandLineOption runner{QStringLiteral("runner"), QString(), QStringLiteral("kind"),
                              QStringLiteral("local")};
    QCommandLineOption php{QStringLiteral("php"), QString(), QStringLiteral("path"), QStringLiteral("php")};
    QCommandLineOption composer{QStringLiteral("composer"), QString(), QStringLiteral("path"),
                                QStringLiteral("composer")};
    QCommandLineOption ssh{QStringLiteral("ssh"), QString(), QStringLiteral("host")};
    QCommandLineOption remoteRoot{QStringLiteral("remote-root"), QString(), QStringLiteral("path")};
    QCommandLineOption sshConfig{QStringLiteral("ssh-config"), QString(), QStringLiteral("file")};
    QCommandLineOption service{QStringLiteral("service"), QString(), QStringLiteral("name"),
                               QStringLiteral("php-fpm")};
    QCommandLineOption targetVersion{QStringLiteral("target-version"), QString(), QStringLiteral("version")};
    QCommandLineOption backup{QStringLiteral("backup")};
    QCommandLineOption backupDir{QStringLiteral("backup-dir"), QString(), QStringLiteral("dir")};
    QCommandLineOption backupMedia{QStringLiteral("backup-media")};
    QCommandLineOption url{QStringLiteral("url"), QString(), QStringLiteral("url")};
    QCommandLineOption notify{QStringLiteral("notify"), QString(), QStringLiteral("url")};
    QCommandLineOption notifyFile{QStringLiteral("notify-file"), QString(), QStringLiteral("file")};
    QCommandLineOption onFailure{QStringLiteral("on-failure"), QString(), QStringLiteral("what"),
                                 QStringLiteral("keep-maintenance")};
    QCommandLineOption log{QStringLiteral("log"), QString(), QStringLiteral("file")};
    QCommandLineOption report{QStringLiteral("report"), QString(), QStringLiteral("file")};
    QCommandLineOption resume{QStringLiteral("resume")};
    QCommandLineOption breakLock{QStringLiteral("break-lock")};
    QCommandLineOption grace{QStringLiteral("grace"), QString(), QStringLiteral("seconds"),
                             QStringLiteral("5")};
    QCommandLineOption json{QStringLiteral("json")};
    QCommandLineOption yes{QStringLiteral("yes")};

    void addTo(QCommandLineParser &parser, bool isUpgrade) const
    {
        parser.addOptions({runner, php, composer, ssh, remoteRoot, sshConfig, service, targetVersion, backup,
                           backupDir, backupMedia, url, notify, onFailure, log, report, resume, breakLock,
                           grace});
        parser.addOption(notifyFile);
        parser.addOption(isUpgrade ? yes : json);
    }

    // Options that only one kind of runner uses, given with another: a sentence in *error.
    bool checkRunnerOptions(const QCommandLineParser &parser, const QString &kind, QString *error) const
    {
        if (!RunnerFactory::kinds().contains(kind)) {
            *error = Cli::tr("--runner %1 is not one of %2.")
                         .arg(kind, RunnerFactory::kinds().join(QLatin1String(", ")));
            return false;
        }
        const bool container = ContainerRunner::isContainerKind(kind);
        const QString runnerWords = QStringLiteral("--runner ") + kind;
        for (const QCommandLineOption *option : {&ssh, &remoteRoot, &sshConfig}) {
            if (parser.isSet(*option) && kind != QLatin1String("ssh")) {
                *error = Cli::tr("--%1 is for --runner ssh, not %2.")
                             .arg(option->names().constFirst(), runnerWords);
                return false;
            }
        }
        if (parser.isSet(service) && kind != QLatin1String("compose") && kind != QLatin1String("warden")) {
            *error =
                Cli::tr("--service is for --runner compose and warden (the container that runs PHP), not %1.")
                    .arg(runnerWords);
            return false;
        }
        for (const QCommandLineOption *option : {&php, &composer}) {
            if (parser.isSet(*option) && container) {
                *error =
                    Cli::tr("--%1 is for the local and ssh runners: with %2, the container's own %1 runs.")
                        .arg(option->names().constFirst(), runnerWords);
                return false;
            }
        }
        return true;
    }

    // Fills options; a sentence in *error when a value is wrong.
    bool read(const QCommandLineParser &parser, UpgradeOptions &options, QString *error) const
    {
        options.runner.kind = parser.value(runner);
        options.runner.php = parser.value(php);
        options.runner.composer = parser.value(composer);
        options.runner.sshHost = parser.value(ssh);
        options.runner.remoteRoot = parser.value(remoteRoot);
        if (parser.isSet(sshConfig))
            options.runner.sshConfigFile = QFileInfo(parser.value(sshConfig)).absoluteFilePath();
        options.runner.service = parser.value(service);
        options.targetVersion = parser.value(targetVersion);
        options.logFile = parser.value(log);
        options.reportFile = parser.value(report);
        if (!checkOutputs(parser, log, report, error))
            return false;
        options.resume = parser.isSet(resume);
        options.breakLock = parser.isSet(breakLock);
        bool ok = false;
        const double seconds = parser.value(grace).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 3600) {
            *error =
                Cli::tr("--grace %1 is not a number of seconds between 0 and 3600.").arg(parser.value(grace));
            return false;
        }
        options.graceMs = int(seconds * 1000);
        const QString failure = parser.value(onFailure);
        if (failure == QLatin1String("keep-maintenance")) {
            options.onFailure = OnFailure::KeepMaintenance;
        } else if (failure == QLatin1String("restore")) {
            options.onFailure = OnFailure::Restore;
        } else {
            *error = Cli::tr("--on-failure %1 is not keep-maintenance or restore.").arg(failure);
            return false;
        }
        // An empty value would silently mean "no move", or no program at all.
        for (const QCommandLineOption *option : {&targetVersion, &php, &composer}) {
            if (parser.isSet(*option) && parser.value(*option).trimmed().isEmpty()) {
                *error =
                    option == &targetVersion
                        ? Cli::tr("--target-version is empty: give the Magento version to move to, such as "
                                  "2.4.8, or leave the option out to upgrade without moving.")
                        : Cli::tr("--%1 is empty: give the program's name or path, or leave the option out.")
                              .arg(option->names().constFirst());
                return false;
            }
        }
        if (!options.targetVersion.isEmpty() &&
            !QRegularExpression(QStringLiteral("^2\\.[0-9]+\\.[0-9]+(-p[0-9]+)?$"))
                 .match(options.targetVersion)
                 .hasMatch()) {
            *error = Cli::tr("--target-version %1 is not a Magento 2 version such as 2.4.7 or 2.4.7-p3.")
                         .arg(options.targetVersion);
            return false;
        }
        if (!checkRunnerOptions(parser, options.runner.kind, error))
            return false;
        // The storefront to check: an http:// or https:// address.
        QUrl parsed;
        if (parser.isSet(url)) {
            if (!HttpClient::parseWebUrl(parser.value(url), QStringLiteral("--url"), &parsed, error))
                return false;
            options.url = parser.value(url).trimmed();
        }
        // The webhook to tell, a secret: --notify shows it to every local user in ps, so it can also
        // come from a file only the user can read, or from the environment.
        if (parser.isSet(notify) && parser.isSet(notifyFile)) {
            *error = Cli::tr("--notify and --notify-file both name the webhook: give one of them.");
            return false;
        }
        QString hook;
        QString hookSource;
        if (parser.isSet(notify)) {
            hook = parser.value(notify);
            hookSource = QStringLiteral("--notify");
        } else if (parser.isSet(notifyFile)) {
            options.notifyFile = QFileInfo(parser.value(notifyFile)).absoluteFilePath();
            if (!Notifier::addressFromFile(options.notifyFile, &hook, error))
                return false;
            hookSource = QStringLiteral("--notify-file %1").arg(options.notifyFile);
        } else if (const QString fromEnvironment = qEnvironmentVariable(Notifier::EnvironmentVariable);
                   !fromEnvironment.trimmed().isEmpty()) {
            hook = fromEnvironment;
            hookSource = QLatin1String(Notifier::EnvironmentVariable);
        }
        if (!hook.isNull()) {
            if (!HttpClient::parseWebUrl(hook, hookSource, &parsed, error, HttpClient::Shown::NotShown))
                return false;
            options.notifyUrl = hook.trimmed();
        }
        // --backup: code and database into a folder outside the web root (local runner only).
        options.backup = parser.isSet(backup);
        options.backupMedia = parser.isSet(backupMedia);
        if (parser.isSet(backupDir))
            options.backupDir = QFileInfo(parser.value(backupDir)).absoluteFilePath();
        if (!options.backup && (parser.isSet(backupDir) || parser.isSet(backupMedia))) {
            *error = Cli::tr("--%1 only means something with --backup.")
                         .arg(parser.isSet(backupDir) ? QStringLiteral("backup-dir")
                                                      : QStringLiteral("backup-media"));
            return false;
        }
        if (options.backup) {
            if (const QString why = BackupStep::unsupportedRunner(options.runner.kind); !why.isEmpty()) {
                *error = why;
                return false;
            }
        }
        return true;
    }
};

// ROOT from the command line; or, for --runner ssh without one, a mount of HOST:REMOTE_ROOT that
// the assistant makes for the run and takes down after it.
struct StoreRoot
{
    QString path;
    std::unique_ptr<SshMount> mount;
    bool refused = false; // the mount failed (not a usage error)

    bool resolve(const QStringList &positional, UpgradeOptions &options, QString *error)
    {
        if (positional.size() == 2) {
            path = positional.at(1);
            return true;
        }
        if (positional.size() != 1 || options.runner.kind != QLatin1String("ssh"))
            return false;
        refused = true;
        mount = SshMount::mount(options.runner, error);
        if (!mount)
            return false;
        options.runner.ownMount = true;
        path = mount->root();
        return true;
    }
};

int runPlan(const QStringList &args)
{
    QCommandLineParser parser;
    const UpgradeCommandLine cl;
    cl.addTo(parser, false);
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    UpgradeOptions options;
    if (!cl.read(parser, options, &error))
        return usageError(error);
    StoreRoot root;
    if (!root.resolve(parser.positionalArguments(), options, &error))
        return root.refused
                   ? (err(error), toInt(ExitCode::Usage))
                   : usageError(Cli::tr("plan takes exactly one store folder: magento-upgrade-assistant "
                                        "plan ROOT [options]."));
    const StoreActions::Preview preview = StoreActions::preview(root.path, options, true);
    if (!preview.error.isEmpty()) {
        err(preview.error);
        return toInt(ExitCode::Usage);
    }
    if (parser.isSet(cl.json))
        out(QString::fromUtf8(QJsonDocument(Plan::toJson(preview.store, preview.entries, preview.checks))
                                  .toJson(QJsonDocument::Indented)));
    else
        out(Plan::toText(preview.store, preview.entries, preview.checks));
    return toInt(ExitCode::Ok);
}

QString formatLine(const LogLine &line)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(line.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss"));
    switch (line.stream) {
    case LogStream::Stdout:
        return QStringLiteral("%1   %2\n").arg(time, line.text);
    case LogStream::Stderr:
        return QStringLiteral("%1 ! %2\n").arg(time, line.text);
    case LogStream::Info:
        return QStringLiteral("%1 » %2\n").arg(time, line.text);
    case LogStream::Warning:
        return QStringLiteral("%1 ⚠ %2\n").arg(time, line.text);
    case LogStream::Error:
        return QStringLiteral("%1 ✖ %2\n").arg(time, line.text);
    }
    return QString();
}

int runUpgrade(const QStringList &args, SignalWatcher &watcher)
{
    QCommandLineParser parser;
    const UpgradeCommandLine cl;
    cl.addTo(parser, true);
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    UpgradeOptions options;
    const bool optionsOk = cl.read(parser, options, &error);
    const int given = int(parser.positionalArguments().size());
    if (given > 2 || (given < 2 && options.runner.kind != QLatin1String("ssh")))
        return usageError(Cli::tr("upgrade takes exactly one store folder: magento-upgrade-assistant upgrade "
                                  "ROOT --yes [options]."));
    if (!parser.isSet(cl.yes)) {
        err(Cli::tr("upgrade changes the store, so it needs --yes. To see what it would do first, run: "
                    "magento-upgrade-assistant plan %1")
                .arg(given == 2 ? parser.positionalArguments().at(1) : QStringLiteral("[options]")));
        return toInt(ExitCode::Usage);
    }
    if (!optionsOk)
        return usageError(error);
    StoreRoot storeRoot;
    if (!storeRoot.resolve(parser.positionalArguments(), options, &error)) {
        err(error);
        return toInt(ExitCode::Usage);
    }
    const QString root = storeRoot.path;
    if (!options.reportFile.isEmpty())
        options.reportFile = QFileInfo(options.reportFile).absoluteFilePath();

    UpgradeController controller;
    bool cancelAnnounced = false;
    QObject::connect(&watcher, &SignalWatcher::received, &controller, [&] {
        if (!cancelAnnounced)
            err(Cli::tr("Cancelling: stopping the running command… (a second Ctrl-C stops at once and says "
                        "where the store stands)"));
        cancelAnnounced = true;
        controller.cancel();
    });
    QObject::connect(&controller, &UpgradeController::logged, &controller, [](const LogChunk &chunk) {
        QString text;
        for (const LogLine &line : chunk)
            text += formatLine(line);
        out(text);
    });
    int exitCode = toInt(ExitCode::Failed);
    QObject::connect(&controller, &UpgradeController::finished, &controller,
                     [&exitCode](const RunRecord &record, int code) {
                         exitCode = code;
                         if (record.result == RunResult::Succeeded) {
                             out(Cli::tr("Done: %1\n").arg(record.message));
                             if (!record.logError.isEmpty())
                                 err(record.logError);
                         } else {
                             err(record.message);
                             if (!record.advice.isEmpty())
                                 err(Cli::tr("Known fix: %1").arg(record.advice));
                             if (!record.nextCommand.isEmpty())
                                 err(Cli::tr("Next: %1").arg(record.nextCommand));
                         }
                         if (!record.reportError.isEmpty())
                             err(record.reportError);
                         if (!record.logPath.isEmpty())
                             out(Cli::tr("Log: %1\n").arg(record.logPath));
                         QCoreApplication::exit(code);
                     });
    controller.start({root, options});
    QCoreApplication::exec();
    return exitCode;
}

int runRollback(const QStringList &args, SignalWatcher &watcher)
{
    QCommandLineParser parser;
    const QCommandLineOption backup(QStringLiteral("backup"), QString(), QStringLiteral("dir"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption acceptDataLoss(QStringLiteral("accept-data-loss"));
    const QCommandLineOption php(QStringLiteral("php"), QString(), QStringLiteral("path"),
                                 QStringLiteral("php"));
    const QCommandLineOption log(QStringLiteral("log"), QString(), QStringLiteral("file"));
    const QCommandLineOption report(QStringLiteral("report"), QString(), QStringLiteral("file"));
    const QCommandLineOption breakLock(QStringLiteral("break-lock"));
    parser.addOptions({backup, yes, json, acceptDataLoss, php, log, report, breakLock});
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(backup))
        return usageError(Cli::tr("rollback takes one store folder and one backup: magento-upgrade-assistant "
                                  "rollback ROOT --backup DIR --yes."));
    if (!parser.isSet(yes)) {
        err(Cli::tr("rollback replaces the store's code and database, so it needs --yes. To see the store's "
                    "backups first, run: magento-upgrade-assistant backups %1")
                .arg(positional.at(1)));
        return toInt(ExitCode::Usage);
    }
    if (!checkOutputs(parser, log, report, &error))
        return usageError(error);
    RollbackRequest request;
    request.root = positional.at(1);
    request.backupFolder = QFileInfo(parser.value(backup)).absoluteFilePath();
    request.acceptDataLoss = parser.isSet(acceptDataLoss);
    request.runner.php = parser.value(php);
    request.logFile = parser.value(log);
    if (parser.isSet(report))
        request.reportFile = QFileInfo(parser.value(report)).absoluteFilePath();
    request.breakLock = parser.isSet(breakLock);
    const bool quiet = parser.isSet(json);

    // Ctrl-C stops a rollback only before the store changes; after that it runs to its end.
    std::atomic_bool cancel{false};
    bool cancelAnnounced = false;
    QObject::connect(&watcher, &SignalWatcher::received, &watcher, [&cancel, &cancelAnnounced] {
        cancel.store(true);
        if (!std::exchange(cancelAnnounced, true))
            err(Cli::tr("Cancelling: a rollback stops only before it changes the store; once it has begun "
                        "it finishes (a second Ctrl-C stops it at once, half done)."));
    });
    Emergency::setRun(&cancel, Emergency::DefaultDeadlineMs);
    Emergency::setState(
        Cli::tr("If the rollback had begun to change the store, it is half done: run the same "
                "rollback command again to finish it."));
    Rollback rollback(request, &cancel, [quiet](LogStream stream, const QString &line) {
        if (!quiet)
            out(formatLine({QDateTime::currentMSecsSinceEpoch(), stream, QString(), line}));
    });
    int exitCode = toInt(ExitCode::Failed);
    const RunRecord record = rollback.run(&exitCode);
    Emergency::setRunOver(exitCode);
    if (quiet)
        out(QString::fromUtf8(QJsonDocument(rollback.report(record)).toJson(QJsonDocument::Indented)));
    if (record.result == RunResult::Succeeded) {
        if (!quiet)
            out(Cli::tr("Done: %1\n").arg(record.message));
    } else {
        err(record.message);
        if (!record.nextCommand.isEmpty())
            err(Cli::tr("Next: %1").arg(record.nextCommand));
    }
    if (!record.logPath.isEmpty() && !quiet)
        out(Cli::tr("Log: %1\n").arg(record.logPath));
    return exitCode;
}

int runBackups(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption backupDir(QStringLiteral("backup-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption prune(QStringLiteral("prune"), QString(), QStringLiteral("keep"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    parser.addOptions({json, backupDir, prune, yes});
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(Cli::tr("backups takes exactly one store folder: magento-upgrade-assistant backups "
                                  "ROOT [--json] [--backup-dir DIR] [--prune KEEP --yes]."));
    bool keepOk = false;
    const int keep = parser.value(prune).toInt(&keepOk);
    if (parser.isSet(prune) && (!keepOk || keep < 0))
        return usageError(
            Cli::tr("--prune %1 is not a number of backups to keep (0 or more).").arg(parser.value(prune)));
    const QFileInfo rootInfo(positional.at(1));
    const QString root = rootInfo.canonicalFilePath().isEmpty() ? QDir::cleanPath(rootInfo.absoluteFilePath())
                                                                : rootInfo.canonicalFilePath();
    const QString folder = Backup::storeFolder(root, parser.value(backupDir));
    const QList<Backup::Listed> backups = Backup::list(folder, root);

    if (!parser.isSet(prune)) {
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Backup::Listed &b : backups)
                list.append(b.toJson());
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("store"), root},
                                                            {QLatin1String("folder"), folder},
                                                            {QLatin1String("backups"), list}})
                                      .toJson(QJsonDocument::Indented)));
            return toInt(ExitCode::Ok);
        }
        if (backups.isEmpty()) {
            out(Cli::tr("No backups of %1 in %2.\n").arg(root, folder));
            return toInt(ExitCode::Ok);
        }
        QString text = Cli::tr("Backups of %1 in %2, newest first:\n").arg(root, folder);
        for (const Backup::Listed &b : backups)
            text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                        .arg(b.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                             (b.manifest && !b.manifest->magentoVersion.isEmpty()
                                  ? Cli::tr("Magento %1").arg(b.manifest->magentoVersion)
                                  : Cli::tr("Magento ?"))
                                 .leftJustified(14),
                             Backup::formatSize(b.bytes).rightJustified(10),
                             b.complete ? Cli::tr("complete") : Cli::tr("NOT complete (%1)").arg(b.problem),
                             b.folder);
        out(text);
        return toInt(ExitCode::Ok);
    }

    // --prune KEEP: the newest KEEP complete backups stay; older ones and unfinished ones go. A folder
    // whose manifest cannot be read, or (in a --backup-dir other stores may share) an unfinished one
    // without a manifest, may be another store's: it stays.
    QStringList doomed;
    QStringList spared;
    int kept = 0;
    for (const Backup::Listed &b : backups) {
        if (b.complete && kept < keep)
            ++kept;
        else if (b.unreadable || (!b.manifest && parser.isSet(backupDir)))
            spared << b.folder;
        else
            doomed << b.folder;
    }
    if (!spared.isEmpty())
        err(Cli::tr("Not pruned, because they may belong to another store: %1. Delete them by hand if they "
                    "are this store's.")
                .arg(spared.join(QLatin1String(", "))));
    if (!parser.isSet(yes)) {
        err(doomed.isEmpty()
                ? Cli::tr("Nothing to prune: %1 holds %n backup(s).", nullptr, int(backups.size()))
                      .arg(folder)
                : Cli::tr("--prune deletes backups, so it needs --yes. It would delete: %1")
                      .arg(doomed.join(QLatin1String(", "))));
        return toInt(doomed.isEmpty() ? ExitCode::Ok : ExitCode::Usage);
    }
    // Not while a run may be writing a backup of this store.
    std::unique_ptr<StoreLock> lock;
    if (QFileInfo(StoreLock::lockPath(root)).dir().exists()) {
        lock = std::make_unique<StoreLock>(root);
        QString lockMessage;
        const StoreLock::Result r = lock->acquire(false, &lockMessage);
        if (r == StoreLock::Result::Held || r == StoreLock::Result::Error) {
            err(lockMessage);
            return toInt(ExitCode::Refused);
        }
    }
    QJsonArray deleted;
    int failures = 0;
    for (const QString &f : std::as_const(doomed)) {
        if (Backup::remove(folder, f, &error)) {
            deleted.append(f);
            if (!parser.isSet(json))
                out(Cli::tr("Deleted %1\n").arg(f));
        } else {
            ++failures;
            err(error);
        }
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("store"), root},
                                                        {QLatin1String("folder"), folder},
                                                        {QLatin1String("deleted"), deleted},
                                                        {QLatin1String("kept"), kept}})
                                  .toJson(QJsonDocument::Indented)));
    else
        out(Cli::tr("Kept the newest %n complete backup(s).\n", nullptr, kept));
    return toInt(failures ? ExitCode::Failed : ExitCode::Ok);
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
    // Not a command: the wizard's arguments, which main() leaves here when they are wrong or when
    // there is no display (Qt would abort with its platform plugin message).
    err(isWizardRequest(args) ? noDisplayText() : wizardArgumentError(args));
    return toInt(ExitCode::Usage);
}

} // namespace mua
