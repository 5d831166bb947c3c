#include "tests/support/sshserver.h"

#include "core/runners/commandexecutor.h"
#include "core/runners/sshrunner.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>

#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mua::test {

SshServer::SshServer(const QString &dir)
    : m_dir(dir)
{}

SshServer::~SshServer()
{
    stop();
}

QString SshServer::userName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid());
}

QString SshServer::fusermount()
{
    const QString three = QStandardPaths::findExecutable(QStringLiteral("fusermount3"));
    return three.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("fusermount")) : three;
}

bool SshServer::start(QString *error)
{
    const QString sshd = QStringLiteral("/usr/sbin/sshd");
    if (!QFileInfo(sshd).isExecutable()) {
        *error = QStringLiteral("openssh-server is missing: run tools/setup.sh");
        return false;
    }
    for (const char *program : {"ssh", "ssh-keygen", "sshfs"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty()) {
            *error = QStringLiteral("%1 is missing: run tools/setup.sh").arg(QLatin1String(program));
            return false;
        }
    }
    if (fusermount().isEmpty()) {
        *error = QStringLiteral("fusermount3 is missing: run tools/setup.sh");
        return false;
    }
    // sshd's privilege-separation folder (the package's service makes it at boot).
    if (!QFileInfo::exists(QStringLiteral("/run/sshd")) && ::mkdir("/run/sshd", 0755) != 0) {
        *error = QStringLiteral("cannot make /run/sshd");
        return false;
    }
    // The shared connection's sockets live in the test's folder.
    const QString xdg = path(QStringLiteral("xdg"));
    if (!QDir().mkpath(xdg) || !QFile::setPermissions(xdg, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                               QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot make %1").arg(xdg);
        return false;
    }
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(xdg));

    for (const char *key : {"host_key", "user_key", "wrong_key"}) {
        QFile::remove(path(QString::fromLatin1(key)));
        QFile::remove(path(QString::fromLatin1(key) + QStringLiteral(".pub")));
        const auto r = run(QStringLiteral("ssh-keygen"),
                           {QStringLiteral("-q"), QStringLiteral("-N"), QString(), QStringLiteral("-t"),
                            QStringLiteral("ed25519"), QStringLiteral("-f"), path(QString::fromLatin1(key))});
        if (r.exitCode != 0) {
            *error = QStringLiteral("ssh-keygen: ") + describe(r);
            return false;
        }
    }
    QFile::remove(path(QStringLiteral("authorized_keys")));
    if (!QFile::copy(path(QStringLiteral("user_key.pub")), path(QStringLiteral("authorized_keys")))) {
        *error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        m_port = probe.serverPort();
    }
    QString sessionEnvironment;
    for (const QString &variable : std::as_const(m_sessionEnvironment))
        sessionEnvironment += QStringLiteral(" \"%1\"").arg(variable);
    const bool configured =
        writeFile(m_dir, QStringLiteral("sshd_config"),
                  QStringLiteral("Port %1\n"
                                 "ListenAddress 127.0.0.1\n"
                                 "HostKey %2\n"
                                 "AuthorizedKeysFile %3\n"
                                 "PidFile %4\n"
                                 "StrictModes no\n"
                                 "UsePAM no\n"
                                 "PermitRootLogin yes\n"
                                 "PasswordAuthentication yes\n"
                                 "KbdInteractiveAuthentication no\n"
                                 "X11Forwarding no\n"
                                 "PrintMotd no\n"
                                 "MaxSessions 50\n"
                                 // bash sources ~/.bashrc for ssh commands of a top-level shell;
                                 // this account's may take seconds (pyenv init).
                                 "SetEnv SHLVL=1%5\n"
                                 "Subsystem sftp internal-sftp\n")
                      .arg(m_port)
                      .arg(path(QStringLiteral("host_key")), path(QStringLiteral("authorized_keys")),
                           path(QStringLiteral("sshd.pid")), sessionEnvironment)
                      .toUtf8());
    const QString clientConfig = QStringLiteral("Host %1\n"
                                                "  HostName 127.0.0.1\n"
                                                "  Port %2\n"
                                                "  User %3\n"
                                                "  IdentityFile %4\n"
                                                "  IdentitiesOnly yes\n"
                                                "  UserKnownHostsFile %5\n"
                                                "  StrictHostKeyChecking accept-new\n");
    const QString knownHosts = path(QStringLiteral("known_hosts"));
    QFile::remove(knownHosts);
    const bool clientsConfigured =
        writeFile(m_dir, QStringLiteral("ssh_config"),
                  clientConfig.arg(host())
                      .arg(m_port)
                      .arg(userName(), path(QStringLiteral("user_key")), knownHosts)
                      .toUtf8()) &&
        writeFile(m_dir, QStringLiteral("ssh_config_wrong_key"),
                  clientConfig.arg(host())
                      .arg(m_port)
                      .arg(userName(), path(QStringLiteral("wrong_key")), knownHosts)
                      .toUtf8());
    if (!configured || !clientsConfigured) {
        *error = QStringLiteral("cannot write the ssh configs in %1").arg(m_dir);
        return false;
    }
    m_config = path(QStringLiteral("ssh_config"));
    m_badConfig = path(QStringLiteral("ssh_config_wrong_key"));

    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    // sshd ends with the test even when the test is killed (a ctest time-out).
    m_sshd.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                        path(QStringLiteral("sshd_config"))});
    if (!m_sshd.waitForStarted(10000)) {
        *error = QStringLiteral("sshd: ") + m_sshd.errorString();
        return false;
    }
    QByteArray said;
    QElapsedTimer clock;
    clock.start();
    while (!said.contains("Server listening") && clock.elapsed() < 10000 &&
           m_sshd.state() == QProcess::Running) {
        m_sshd.waitForReadyRead(200);
        said += m_sshd.readAll();
    }
    if (!said.contains("Server listening")) {
        *error = QStringLiteral("sshd did not start: ") + QString::fromUtf8(said);
        return false;
    }
    // The first connection: the host key is accepted (accept-new), later ones check it.
    const auto first =
        run(QStringLiteral("ssh"), {QStringLiteral("-F"), m_config, QStringLiteral("-o"),
                                    QStringLiteral("BatchMode=yes"), host(), QStringLiteral("true")});
    if (first.exitCode != 0) {
        *error = QStringLiteral("the first ssh connection failed: ") + describe(first);
        return false;
    }
    return true;
}

bool SshServer::mount(const QString &serverDir, const QString &mountPoint, const QString &options)
{
    QDir().mkpath(mountPoint);
    // dir_cache=no: the engine reads the maintenance flag through the mount right after the server
    // changed it; sshfs's own cache would answer for up to 20 s from before.
    const auto r =
        run(QStringLiteral("sshfs"), {host() + QLatin1Char(':') + serverDir, mountPoint, QStringLiteral("-F"),
                                      m_config, QStringLiteral("-o"), options});
    if (r.exitCode != 0) {
        qWarning("sshfs failed: %s", qPrintable(describe(r)));
        return false;
    }
    m_mounts << mountPoint;
    return true;
}

void SshServer::unmount(const QString &mountPoint, bool lazy)
{
    const QString fm = fusermount();
    auto r = run(fm, {lazy ? QStringLiteral("-uz") : QStringLiteral("-u"), mountPoint});
    if (r.exitCode != 0 && !lazy)
        run(fm, {QStringLiteral("-uz"), mountPoint});
    m_mounts.removeAll(mountPoint);
}

void SshServer::unmountAll()
{
    for (const QString &m : QStringList(m_mounts))
        unmount(m);
}

void SshServer::closeSharedConnection()
{
    if (m_config.isEmpty())
        return;
    RunnerSettings settings;
    settings.kind = RunnerKind::Ssh;
    settings.sshHost = host();
    settings.remoteRoot = QStringLiteral("/nonexistent");
    settings.sshConfigFile = m_config;
    QString error;
    if (const auto runner = SshRunner::create(m_dir, settings, &error))
        CommandExecutor(nullptr, 1000).run(runner->control(QStringLiteral("exit")), nullptr, true);
}

void SshServer::stop()
{
    unmountAll();
    if (!m_config.isEmpty()) {
        closeSharedConnection();
        m_config.clear();
    }
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        if (!m_sshd.waitForFinished(5000)) {
            m_sshd.kill();
            m_sshd.waitForFinished(5000);
        }
    }
}

} // namespace mua::test
