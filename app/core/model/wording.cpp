#include "core/model/wording.h"

#include "core/runners/runnercheck.h"

#include <atomic>

namespace mua {

namespace {

std::atomic<const Wording *> &installed()
{
    static std::atomic<const Wording *> w{nullptr};
    return w;
}

} // namespace

bool Wording::commandLine() const
{
    return true;
}

QString Wording::setting(Setting setting) const
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
    }
    return QString();
}

QString Wording::setting(Setting s, const QString &value) const
{
    return setting(s) + QLatin1Char(' ') + value;
}

QString Wording::runner(RunnerKind kind) const
{
    return setting(Setting::Runner, runnerKindWord(kind));
}

QString Wording::runnerIssue(const RunnerIssue &issue) const
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

QString Wording::runnerIssues(const QList<RunnerIssue> &issues) const
{
    return issues.isEmpty() ? QString() : runnerIssue(issues.first());
}

QString Wording::notChosen(Setting s) const
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

QString Wording::step(const QString &id, const QString &) const
{
    return id;
}

const Wording &Wording::current()
{
    static const Wording commandLineWording;
    const Wording *w = installed().load();
    return w ? *w : commandLineWording;
}

void Wording::install(const Wording *wording)
{
    installed().store(wording);
}

QString Wording::list(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString out = items.first();
    for (qsizetype i = 1; i + 1 < items.size(); ++i)
        out = tr("%1, %2", "a list: all but the last item").arg(out, items.at(i));
    return items.size() < 2 ? out : tr("%1 and %2", "a list: its last item").arg(out, items.last());
}

} // namespace mua
