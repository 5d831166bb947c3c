#include "core/runners/runnercheck.h"

#include "core/runners/containerrunner.h"

#include <QDir>
#include <QRegularExpression>

namespace mua {

QList<RunnerIssue> runnerIssues(const RunnerSettings &s)
{
    using Reason = RunnerIssue::Reason;
    QList<RunnerIssue> issues;
    if (takesService(s.kind) && !s.service.isEmpty() && !ContainerRunner::isServiceName(s.service))
        issues.append({Reason::NotAService, Setting::Service, s.service});
    if (s.kind != RunnerKind::Ssh)
        return issues;
    static const QRegularExpression blank(QStringLiteral("\\s"));
    if (s.sshHost.isEmpty())
        issues.append({Reason::Missing, Setting::SshHost, s.sshHost});
    else if (s.sshHost.startsWith(QLatin1Char('-')) || s.sshHost.contains(blank))
        issues.append({Reason::NotAHost, Setting::SshHost, s.sshHost});
    if (s.remoteRoot.isEmpty())
        issues.append({Reason::Missing, Setting::RemoteRoot, s.remoteRoot});
    else if (!s.remoteRoot.startsWith(QLatin1Char('/')))
        issues.append({Reason::NotAbsolute, Setting::RemoteRoot, s.remoteRoot});
    else if (QDir::cleanPath(s.remoteRoot) == QLatin1String("/"))
        issues.append({Reason::RootFolder, Setting::RemoteRoot, s.remoteRoot});
    if (!s.sshConfigFile.isEmpty() && !QDir::isAbsolutePath(s.sshConfigFile))
        issues.append({Reason::NotAbsolute, Setting::SshConfig, s.sshConfigFile});
    return issues;
}

} // namespace mua
