#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mua::test {

// An sshd of the test's own on 127.0.0.1 (its own host key, port and authorized key), a client
// config with `Host mua-test` for it, and sshfs mounts of its folders: what the ssh runner's tests
// and benchmarks talk to. Everything lives below one folder; the destructor unmounts, ends the
// shared connection and stops sshd by its pid.
class SshServer
{
public:
    static QString host() { return QStringLiteral("mua-test"); }

    // dir: a folder for keys, configs and the control sockets (XDG_RUNTIME_DIR is set to a
    // private folder inside it for this process and its children).
    explicit SshServer(const QString &dir);
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    // NAME=VALUE pairs every session on the server gets (sshd's SetEnv), such as the environment the
    // tests run Composer in there; before start().
    void setSessionEnvironment(const QStringList &variables) { m_sessionEnvironment = variables; }

    // Starts sshd and makes the first connection (accepting the host key). False with a
    // sentence in *error, also when a program is missing (tools/setup.sh installs them).
    bool start(QString *error);
    void stop();

    QString config() const { return m_config; }       // ssh -F: Host mua-test with the right key
    QString badConfig() const { return m_badConfig; } // the same host with a key sshd does not know
    quint16 port() const { return m_port; }

    // sshfs mua-test:serverDir on mountPoint (made when missing).
    bool mount(const QString &serverDir, const QString &mountPoint,
               const QString &options = QStringLiteral("reconnect,dir_cache=no"));
    void unmount(const QString &mountPoint, bool lazy = false);
    void unmountAll();
    // ssh -O exit on the shared connection the program under test made.
    void closeSharedConnection();

    static QString userName();
    static QString fusermount();

private:
    QString path(const QString &relative) const { return m_dir + QLatin1Char('/') + relative; }

    QString m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
    QString m_config;
    QString m_badConfig;
    QStringList m_mounts;
    QStringList m_sessionEnvironment;
};

} // namespace mua::test
