#include "cli/options.h"

#include "cli/cli.h"
#include "cli/output.h"
#include "core/fs/safefile.h"
#include "core/model/exitcodes.h"
#include "core/model/runnerkind.h"
#include "core/net/httpclient.h"
#include "core/net/notifier.h"
#include "core/run/terminaltext.h"
#include "core/runners/sshmount.h"
#include "core/steps/backupstep.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace mua::cli {

QStringList commandNames()
{
    QStringList names;
    for (const char *c : Commands)
        names << QString::fromLatin1(c);
    return names;
}

QString commandList()
{
    return QLocale().createSeparatedList(commandNames());
}

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

bool checkOutputs(const QCommandLineParser &parser, const QCommandLineOption &log,
                  const QCommandLineOption &report, QString *error)
{
    for (const QCommandLineOption *option : {&log, &report}) {
        if (!parser.isSet(*option))
            continue;
        if (!SafeFile::isUsableOutput(parser.value(*option),
                                      QStringLiteral("--") + option->names().constFirst(), option == &log,
                                      error))
            return false;
    }
    return true;
}

bool UpgradeCommandLine::checkRunnerOptions(const QCommandLineParser &parser, QString *error) const
{
    const QString word = parser.value(runner);
    const std::optional<RunnerKind> kind = runnerKindFromWord(word);
    if (!kind) {
        *error =
            Cli::tr("--runner %1 is not one of %2.").arg(word, runnerKindWords().join(QLatin1String(", ")));
        return false;
    }
    const QString runnerWords = QStringLiteral("--runner ") + word;
    for (const QCommandLineOption *option : {&ssh, &remoteRoot, &sshConfig}) {
        if (parser.isSet(*option) && *kind != RunnerKind::Ssh) {
            *error =
                Cli::tr("--%1 is for --runner ssh, not %2.").arg(option->names().constFirst(), runnerWords);
            return false;
        }
    }
    if (parser.isSet(service) && !takesService(*kind)) {
        *error =
            Cli::tr("--service is for --runner compose and warden (the container that runs PHP), not %1.")
                .arg(runnerWords);
        return false;
    }
    for (const QCommandLineOption *option : {&php, &composer}) {
        if (parser.isSet(*option) && isContainerKind(*kind)) {
            *error = Cli::tr("--%1 is for the local and ssh runners: with %2, the container's own %1 runs.")
                         .arg(option->names().constFirst(), runnerWords);
            return false;
        }
    }
    return true;
}

bool UpgradeCommandLine::read(const QCommandLineParser &parser, UpgradeOptions &options, QString *error) const
{
    // Read first: upgrade asks for the kind even when a later option is wrong. A word that names
    // no kind is refused below (checkRunnerOptions).
    options.runner.kind = runnerKindFromWord(parser.value(runner)).value_or(RunnerKind::Local);
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
            *error = option == &targetVersion
                         ? Cli::tr("--target-version is empty: give the Magento version to move to, such as "
                                   "2.4.8, or leave the option out to upgrade without moving.")
                         : Cli::tr("--%1 is empty: give the program's name or path, or leave the option out.")
                               .arg(option->names().constFirst());
            return false;
        }
    }
    if (!options.targetVersion.isEmpty() &&
        // Anchored at both ends: "$" alone would let a trailing newline through. Mage-OS counts from 1.0.
        !QRegularExpression(
             QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+\\.[0-9]+\\.[0-9]+(-p[0-9]+)?")))
             .match(options.targetVersion)
             .hasMatch()) {
        *error = Cli::tr("--target-version %1 is not a Magento 2 version such as 2.4.7 or 2.4.7-p3.")
                     .arg(TerminalText::neutralise(options.targetVersion, TerminalText::Newlines::Escape));
        return false;
    }
    if (!checkRunnerOptions(parser, error))
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
        *error =
            Cli::tr("--%1 only means something with --backup.")
                .arg(parser.isSet(backupDir) ? QStringLiteral("backup-dir") : QStringLiteral("backup-media"));
        return false;
    }
    if (options.backup) {
        if (!BackupStep::supportsRunner(options.runner.kind, error))
            return false;
    }
    return true;
}

StoreRoot::StoreRoot() = default;
StoreRoot::~StoreRoot() = default;

bool StoreRoot::resolve(const QStringList &positional, UpgradeOptions &options, QString *error)
{
    if (positional.size() == 2) {
        path = positional.at(1);
        return true;
    }
    if (positional.size() != 1 || options.runner.kind != RunnerKind::Ssh)
        return false;
    refused = true;
    mount = SshMount::mount(options.runner, error);
    if (!mount)
        return false;
    options.runner.ownMount = true;
    path = mount->root();
    return true;
}

std::optional<int> readStoreCommand(const QStringList &args, QCommandLineParser &parser,
                                    const UpgradeCommandLine &cl, UpgradeOptions &options, StoreRoot &root,
                                    const QString &usage)
{
    cl.addTo(parser, false);
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    if (!cl.read(parser, options, &error))
        return usageError(error);
    if (!root.resolve(parser.positionalArguments(), options, &error))
        return root.refused ? (err(error), toInt(ExitCode::Usage)) : usageError(usage);
    return std::nullopt;
}

} // namespace mua::cli
