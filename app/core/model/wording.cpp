#include "core/model/wording.h"

#include "core/model/nextstep.h"
#include "core/model/runnerissue.h"
#include "core/model/runnerkind.h"

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
    return false;
}

QString Wording::setting(Setting setting) const
{
    switch (setting) {
    case Setting::Runner:
        return tr("the runner");
    case Setting::Php:
        return tr("the PHP program");
    case Setting::SshHost:
        return tr("the SSH host");
    case Setting::RemoteRoot:
        return tr("the store's folder on the server");
    case Setting::SshConfig:
        return tr("the SSH config file");
    case Setting::Service:
        return tr("the service");
    case Setting::TargetVersion:
        return tr("the target version");
    case Setting::Backup:
        return tr("the backup");
    case Setting::BackupDir:
        return tr("the backup folder");
    case Setting::BackupMedia:
        return tr("the backup of pub/media");
    case Setting::Url:
        return tr("the storefront's address");
    case Setting::Composer:
        return tr("the Composer program");
    case Setting::NotifyFile:
        return tr("the file with the webhook's address");
    case Setting::Report:
        return tr("the report file");
    case Setting::Resume:
        return tr("resuming the run");
    case Setting::BreakLock:
        return tr("breaking the lock");
    case Setting::AcceptDataLoss:
        return tr("accepting the loss of data");
    }
    return QString();
}

QString Wording::setting(Setting s, const QString &value) const
{
    return tr("%1 %2", "a setting and its value: the SSH host shop.example.com").arg(setting(s), value);
}

QString Wording::runner(RunnerKind kind) const
{
    return tr("the %1 runner").arg(runnerKindWord(kind));
}

QString Wording::runnerIssue(const RunnerIssue &issue) const
{
    using Reason = RunnerIssue::Reason;
    switch (issue.reason) {
    case Reason::Missing:
        return issue.setting == Setting::SshHost
                   ? tr("The ssh runner needs the SSH host: the server, or a Host of your ~/.ssh/config, "
                        "where the store runs.")
                   : tr("The ssh runner needs the store's folder on the server.");
    case Reason::NotAHost:
        return tr("%1 is not a host name.").arg(issue.value);
    case Reason::NotAbsolute:
        return issue.setting == Setting::RemoteRoot
                   ? tr("The store's folder on the server, %1, is not an absolute path; give it from /, for "
                        "example /var/www/magento.")
                         .arg(issue.value)
                   : tr("%1 is not an absolute path; give the file's full path.").arg(issue.value);
    case Reason::RootFolder:
        return tr("%1 is not a store folder; give the store's folder on the server.").arg(issue.value);
    case Reason::NotAService:
        return tr("%1 is not a docker compose service name (letters, digits, '.', '_' and '-').")
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
    case Setting::Backup:
    case Setting::BackupMedia:
        return tr("not requested");
    default:
        return tr("%1 is not set").arg(setting(s));
    }
}

QString Wording::step(const QString &id, const QString &title) const
{
    return title.isEmpty() ? id : title;
}

QString Wording::command(const NextStep &) const
{
    return QString();
}

const Wording &Wording::current()
{
    static const Wording plainWords;
    const Wording *w = installed().load();
    return w ? *w : plainWords;
}

const Wording *Wording::install(const Wording *wording)
{
    return installed().exchange(wording);
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
