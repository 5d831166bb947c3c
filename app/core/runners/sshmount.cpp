#include "core/runners/sshmount.h"

#include "core/model/error.h"
#include "core/runners/commandexecutor.h"
#include "core/runners/runnercheck.h"
#include "core/runners/sshrunner.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mua {

namespace {

QString fusermount()
{
    const QString three = QStandardPaths::findExecutable(QStringLiteral("fusermount3"));
    return three.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("fusermount")) : three;
}

} // namespace

SshMount::SshMount(const QString &mountPoint, const QString &remote, const QString &remoteRoot)
    : m_mountPoint(mountPoint)
    , m_remote(remote)
    , m_remoteRoot(remoteRoot)
{}

std::unique_ptr<SshMount> SshMount::mount(const RunnerSettings &settings, QString *error)
{
    // The runner's own rules, before sshfs sees the host: a host that starts with '-' would be one
    // of its options.
    if (const QList<RunnerIssue> issues = runnerIssues(settings); !issues.isEmpty()) {
        failWith(error, Wording::current().runnerIssue(issues.first()));
        return nullptr;
    }
    const QString sshfs = QStandardPaths::findExecutable(QStringLiteral("sshfs"));
    if (sshfs.isEmpty() || fusermount().isEmpty()) {
        failWith(error,
                 tr("Without a store folder the assistant mounts %1:%2 itself, which needs sshfs (Debian and "
                    "Ubuntu: apt install sshfs); or mount it yourself and give that folder as ROOT.")
                     .arg(settings.sshHost, settings.remoteRoot));
        return nullptr;
    }
    // A private folder of ours: XDG_RUNTIME_DIR when there is one, else the temporary folder.
    const QString runtime = QFile::decodeName(qgetenv("XDG_RUNTIME_DIR"));
    QTemporaryDir dir((QDir(runtime).exists() && !runtime.isEmpty() ? runtime : QDir::tempPath()) +
                      QStringLiteral("/mua-mount-XXXXXX"));
    if (!dir.isValid()) {
        failWith(error, tr("Cannot make a private folder to mount %1:%2 on: %3.")
                            .arg(settings.sshHost, settings.remoteRoot, dir.errorString()));
        return nullptr;
    }
    const QString remote = settings.sshHost + QLatin1Char(':') + QDir::cleanPath(settings.remoteRoot);
    QStringList args{remote, dir.path(), QStringLiteral("-o"),
                     // dir_cache=no: the maintenance flag and the lock must be seen as the server has them.
                     QStringLiteral("reconnect,dir_cache=no,BatchMode=yes,ConnectTimeout=15,"
                                    "ServerAliveInterval=15,ServerAliveCountMax=3")};
    if (!settings.sshConfigFile.isEmpty())
        args << QStringLiteral("-F") << settings.sshConfigFile;
    CommandSpec spec{sshfs, args, QString()};
    const std::atomic_bool never{false};
    const CommandResult result = CommandExecutor(&never, 2000).run(spec, nullptr, true);
    if (!result.succeeded()) {
        QString said;
        for (auto it = result.lines.crbegin(); it != result.lines.crend() && said.isEmpty(); ++it)
            said = it->trimmed();
        // The ssh to try by hand is the one sshfs ran: with the same config file.
        QString ssh = QStringLiteral("ssh ");
        if (!settings.sshConfigFile.isEmpty())
            ssh += QStringLiteral("-F ") + shellQuote(settings.sshConfigFile) + QLatin1Char(' ');
        failWith(error, tr("Could not mount %1 with sshfs (exit code %2)%3 Check that `%4` works without a "
                           "password prompt.")
                            .arg(remote)
                            .arg(result.exitCode)
                            .arg(said.isEmpty() ? QStringLiteral(".")
                                                : QStringLiteral(": ") + said + QLatin1Char('.'))
                            .arg(ssh + shellQuote(settings.sshHost)));
        return nullptr;
    }
    dir.setAutoRemove(false); // removed after the unmount
    return std::unique_ptr<SshMount>(new SshMount(dir.path(), remote, QDir::cleanPath(settings.remoteRoot)));
}

SshMount::~SshMount()
{
    const std::atomic_bool never{false};
    const CommandExecutor executor(&never, 2000);
    const QString fm = fusermount();
    if (!executor.run({fm, {QStringLiteral("-u"), m_mountPoint}, QString()}, nullptr, true).succeeded())
        executor.run({fm, {QStringLiteral("-uz"), m_mountPoint}, QString()}, nullptr, true);
    QDir().rmdir(m_mountPoint);
}

QString SshMount::shown(const QString &path) const
{
    if (path == m_mountPoint)
        return m_remote;
    if (path.startsWith(m_mountPoint + QLatin1Char('/')))
        return m_remote + path.mid(m_mountPoint.size());
    return path;
}

} // namespace mua
