#include "cli/cliwording.h"

#include "core/model/nextstep.h"
#include "core/model/runnerissue.h"
#include "core/runners/runner.h"

#include <QDir>

namespace mua {

namespace {

// An argument of a command the reader types: a hostile path or host cannot end the command or add one.
QString arg(const QString &s)
{
    return shellQuote(s);
}

// The upgrade of the same store with the same choices, as cli.md's upgrade takes them.
QString upgradeCommand(const NextStep &next)
{
    const UpgradeOptions &options = next.options;
    QString self = options.runner.ownMount
                       ? QStringLiteral("magento-upgrade-assistant upgrade --yes")
                       : QStringLiteral("magento-upgrade-assistant upgrade %1 --yes").arg(arg(next.root));
    const auto add = [&self](Setting setting, const QString &value = QString()) {
        self += QLatin1Char(' ') + CliWording::option(setting);
        if (!value.isNull())
            self += QLatin1Char(' ') + value;
    };
    const RunnerSettings defaults;
    const RunnerSettings &rs = options.runner;
    if (rs.kind != defaults.kind)
        add(Setting::Runner, runnerKindWord(rs.kind));
    if (rs.php != defaults.php)
        add(Setting::Php, arg(rs.php));
    if (rs.composer != defaults.composer && !options.targetVersion.isEmpty())
        add(Setting::Composer, arg(rs.composer));
    if (rs.kind == RunnerKind::Ssh) {
        add(Setting::SshHost, arg(rs.sshHost));
        add(Setting::RemoteRoot, arg(rs.remoteRoot));
        if (!rs.sshConfigFile.isEmpty())
            add(Setting::SshConfig, arg(rs.sshConfigFile));
    }
    if (takesService(rs.kind) && !rs.service.isEmpty() && rs.service != defaults.service)
        add(Setting::Service, arg(rs.service));
    if (!options.targetVersion.isEmpty())
        add(Setting::TargetVersion, arg(options.targetVersion));
    if (options.backup) {
        add(Setting::Backup);
        if (!options.backupDir.isEmpty())
            add(Setting::BackupDir, arg(options.backupDir));
        if (options.backupMedia)
            add(Setting::BackupMedia);
    }
    // Without its password (NextStep keeps none): the next command is logged and reported.
    if (!options.url.isEmpty())
        add(Setting::Url, arg(options.url));
    // The webhook's file is no secret (its content is): the next run tells the same webhook.
    if (!options.notifyFile.isEmpty())
        add(Setting::NotifyFile, arg(options.notifyFile));
    if (next.kind == NextStep::Kind::Resume)
        add(Setting::Resume);
    return self;
}

// Deletes the maintenance flag where the store is (what maintenance:disable does).
QString flagRemovalCommand(const NextStep &next)
{
    const RunnerSettings &rs = next.options.runner;
    if (rs.kind != RunnerKind::Ssh)
        return QStringLiteral("rm ") + arg(next.maintenanceFlag());
    QString ssh = QStringLiteral("ssh ");
    if (!rs.sshConfigFile.isEmpty())
        ssh += QStringLiteral("-F ") + arg(rs.sshConfigFile) + QLatin1Char(' ');
    // Quoted twice: ssh hands the command to the server's shell as one string.
    const QString remoteFlag = QDir::cleanPath(rs.remoteRoot) + QStringLiteral("/var/.maintenance.flag");
    return ssh + arg(rs.sshHost) + QStringLiteral(" rm ") + arg(arg(remoteFlag));
}

} // namespace

QString CliWording::option(Setting setting)
{
    switch (setting) {
    case Setting::Runner:
        return QStringLiteral("--runner");
    case Setting::Php:
        return QStringLiteral("--php");
    case Setting::SshHost:
        return QStringLiteral("--ssh");
    case Setting::RemoteRoot:
        return QStringLiteral("--remote-root");
    case Setting::SshConfig:
        return QStringLiteral("--ssh-config");
    case Setting::Service:
        return QStringLiteral("--service");
    case Setting::TargetVersion:
        return QStringLiteral("--target-version");
    case Setting::Backup:
        return QStringLiteral("--backup");
    case Setting::BackupDir:
        return QStringLiteral("--backup-dir");
    case Setting::BackupMedia:
        return QStringLiteral("--backup-media");
    case Setting::Url:
        return QStringLiteral("--url");
    case Setting::Composer:
        return QStringLiteral("--composer");
    case Setting::NotifyFile:
        return QStringLiteral("--notify-file");
    case Setting::Report:
        return QStringLiteral("--report");
    case Setting::Resume:
        return QStringLiteral("--resume");
    case Setting::BreakLock:
        return QStringLiteral("--break-lock");
    case Setting::AcceptDataLoss:
        return QStringLiteral("--accept-data-loss");
    }
    return QString();
}

const CliWording &CliWording::instance()
{
    static const CliWording words;
    return words;
}

QString CliWording::setting(Setting setting) const
{
    return option(setting);
}

QString CliWording::setting(Setting s, const QString &value) const
{
    return option(s) + QLatin1Char(' ') + value;
}

QString CliWording::runner(RunnerKind kind) const
{
    return setting(Setting::Runner, runnerKindWord(kind));
}

QString CliWording::runnerIssue(const RunnerIssue &issue) const
{
    using Reason = RunnerIssue::Reason;
    switch (issue.reason) {
    case Reason::Missing:
        return issue.setting == Setting::SshHost
                   ? tr("The ssh runner needs --ssh HOST: the server, or a Host of your ~/.ssh/config, where "
                        "the store runs.")
                   : tr("The ssh runner needs --remote-root PATH: the store's folder on the server (what "
                        "ROOT "
                        "shows through the mount).");
    case Reason::NotAHost:
        return tr("--ssh %1 is not a host name.").arg(issue.value);
    case Reason::NotAbsolute:
        return issue.setting == Setting::RemoteRoot
                   ? tr("--remote-root %1 is not an absolute path; give the store's folder on the server "
                        "from /, for example /var/www/magento.")
                         .arg(issue.value)
                   : tr("%1 %2 is not an absolute path; give the file's full path.")
                         .arg(setting(issue.setting), issue.value);
    case Reason::RootFolder:
        return tr("--remote-root %1 is not a store folder; give the store's folder on the server.")
            .arg(issue.value);
    case Reason::NotAService:
        return tr("--service %1 is not a docker compose service name (letters, digits, '.', '_' and '-').")
            .arg(issue.value);
    }
    return QString();
}

QString CliWording::notChosen(Setting s) const
{
    switch (s) {
    case Setting::TargetVersion:
        return tr("no --target-version given");
    case Setting::Backup:
        return tr("not requested (--backup takes one)");
    case Setting::Url:
        return tr("not requested (no --url given)");
    default:
        return tr("no %1 given").arg(setting(s));
    }
}

QString CliWording::step(const QString &id, const QString &) const
{
    return id;
}

QString CliWording::command(const NextStep &next) const
{
    switch (next.kind) {
    case NextStep::Kind::None:
        return QString();
    case NextStep::Kind::RemoveMaintenanceFlag:
        return flagRemovalCommand(next);
    case NextStep::Kind::RunAgain:
    case NextStep::Kind::Resume:
    case NextStep::Kind::RunAgainAcceptingDataLoss:
        break;
    }
    if (next.command == NextStep::Command::Upgrade)
        return upgradeCommand(next);
    QString again = QStringLiteral("magento-upgrade-assistant rollback %1 %2 %3 --yes")
                        .arg(arg(next.root), option(Setting::Backup), arg(next.backupFolder));
    if (next.kind == NextStep::Kind::RunAgainAcceptingDataLoss)
        again += QLatin1Char(' ') + option(Setting::AcceptDataLoss);
    return again;
}

} // namespace mua
