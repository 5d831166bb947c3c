// The ssh runner end to end: the test's own sshd on 127.0.0.1, the "server" store in one folder,
// ROOT an sshfs mount of that folder, and the real program with --runner ssh.
#include "commandexecutor.h"
#include "demostore.h"
#include "knownfailures.h"
#include "sshrunner.h"
#include "storeinspector.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mua;
using mua::test::readFile;
using mua::test::treeChecksum;
using mua::test::writeFile;

namespace {

const QString Host = QStringLiteral("mua-test");

QString userName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid());
}

mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

bool isLink(const QString &path)
{
    return S_ISLNK(modeOf(path));
}

int countEntries(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

bool makeLink(const QString &target, const QString &link)
{
    QDir().mkpath(QFileInfo(link).absolutePath());
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0)
        return true;
    qWarning("symlink %s -> %s failed", qPrintable(link), qPrintable(target));
    return false;
}

QString describe(const mua::test::ProgramResult &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(r.outText(), r.errText());
}

} // namespace

class TestSshRunner : public QObject
{
    Q_OBJECT

public:
    ~TestSshRunner() override { tearDown(); }

private:
    QTemporaryDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
    QString m_config;    // the client config: Host mua-test with the right key
    QString m_badConfig; // the same host with a key the server does not know
    QStringList m_mounts;
    QProcessEnvironment m_env; // the program's: a PATH that holds ssh and nothing else
    int m_storeCount = 0;

    struct Server
    {
        QString dir;   // the store, as the server sees it (a name that needs quoting)
        QString mount; // ROOT: the same folder through sshfs
    };

    QString path(const QString &relative) const { return m_dir.path() + QLatin1Char('/') + relative; }

    mua::test::ProgramResult tool(const QString &program, const QStringList &args, int timeoutMs = 30000)
    {
        return mua::test::run(program, args, {}, timeoutMs);
    }

    QString fusermount() const
    {
        const QString three = QStandardPaths::findExecutable(QStringLiteral("fusermount3"));
        return three.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("fusermount")) : three;
    }

    bool mount(const QString &serverDir, const QString &mountPoint,
               const QString &options = QStringLiteral("reconnect,dir_cache=no"))
    {
        QDir().mkpath(mountPoint);
        // dir_cache=no: the engine reads the maintenance flag through the mount right after the
        // server changed it; sshfs's own cache would answer for up to 20 s from before.
        const auto r =
            tool(QStringLiteral("sshfs"), {Host + QLatin1Char(':') + serverDir, mountPoint,
                                           QStringLiteral("-F"), m_config, QStringLiteral("-o"), options});
        if (r.exitCode != 0) {
            qWarning("sshfs failed: %s", qPrintable(describe(r)));
            return false;
        }
        m_mounts << mountPoint;
        return true;
    }

    void unmount(const QString &mountPoint, bool lazy = false)
    {
        const QString fm = fusermount();
        auto r = tool(fm, {lazy ? QStringLiteral("-uz") : QStringLiteral("-u"), mountPoint});
        if (r.exitCode != 0 && !lazy)
            r = tool(fm, {QStringLiteral("-uz"), mountPoint});
        m_mounts.removeAll(mountPoint);
    }

    Server makeServer(const QString &name, bool mounted = true)
    {
        Server s;
        // Spaces, quotes and a dollar sign: every remote command must quote the root.
        s.dir = path(QStringLiteral("servers/%1 %2 it's \"q\" $HOME").arg(++m_storeCount).arg(name));
        s.mount = path(QStringLiteral("mnt/%1").arg(name));
        QString error;
        if (!DemoStore::create(s.dir, QStringLiteral("2.4"), &error))
            qFatal("demo store: %s", qPrintable(error));
        if (mounted &&
            (!mount(s.dir, s.mount) || !QFileInfo::exists(s.mount + QStringLiteral("/app/etc/env.php"))))
            s.mount.clear();
        return s;
    }

    QStringList sshArgs(const Server &s, const QString &config) const
    {
        return {QStringLiteral("--runner"),      QStringLiteral("ssh"),
                QStringLiteral("--ssh"),         Host,
                QStringLiteral("--ssh-config"),  config,
                QStringLiteral("--remote-root"), s.dir};
    }

    mua::test::ProgramResult upgrade(const Server &s, const QStringList &extra = {}, int timeoutMs = 90000)
    {
        return mua::test::runProgram(QStringList{QStringLiteral("upgrade"), s.mount, QStringLiteral("--yes"),
                                                 QStringLiteral("--grace"), QStringLiteral("1")} +
                                         sshArgs(s, m_config) + extra,
                                     timeoutMs, m_env);
    }

    // An SshRunner like the program's, for the connection's control socket.
    std::unique_ptr<SshRunner> controlRunner()
    {
        RunnerSettings settings;
        settings.kind = QStringLiteral("ssh");
        settings.sshHost = Host;
        settings.remoteRoot = QStringLiteral("/nonexistent");
        settings.sshConfigFile = m_config;
        QString error;
        return SshRunner::create(m_dir.path(), settings, &error);
    }

    void closeSharedConnection()
    {
        if (const auto runner = controlRunner())
            CommandExecutor(nullptr, 1000).run(runner->control(QStringLiteral("exit")), nullptr, true);
    }

    // Always: unmount, end the shared connection, stop sshd (by its pid).
    void tearDown()
    {
        for (const QString &m : QStringList(m_mounts))
            unmount(m);
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        QVERIFY2(QFileInfo(sshd).isExecutable(), "openssh-server is missing: run tools/setup.sh");
        for (const char *program : {"ssh", "ssh-keygen", "sshfs"})
            QVERIFY2(
                !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty(),
                qPrintable(QStringLiteral("%1 is missing: run tools/setup.sh").arg(QLatin1String(program))));
        QVERIFY2(!fusermount().isEmpty(), "fusermount3 is missing: run tools/setup.sh");
        // sshd's privilege-separation folder (the package's service makes it at boot).
        if (!QFileInfo::exists(QStringLiteral("/run/sshd")))
            QVERIFY2(::mkdir("/run/sshd", 0755) == 0, "cannot make /run/sshd");

        // The shared connection's sockets live in the test's folder.
        QVERIFY(QDir().mkpath(path(QStringLiteral("xdg"))));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("xdg")), QFileDevice::ReadOwner |
                                                                       QFileDevice::WriteOwner |
                                                                       QFileDevice::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path(QStringLiteral("xdg"))));

        for (const char *key : {"host_key", "user_key", "wrong_key"}) {
            const auto r =
                tool(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-N"), QString(), QStringLiteral("-t"),
                      QStringLiteral("ed25519"), QStringLiteral("-f"), path(QString::fromLatin1(key))});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        QVERIFY(QFile::copy(path(QStringLiteral("user_key.pub")), path(QStringLiteral("authorized_keys"))));

        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("sshd_config"),
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
                                         // bash sources ~/.bashrc for ssh commands of a top-level
                                         // shell; this account's may take seconds (pyenv init).
                                         "SetEnv SHLVL=1\n"
                                         "Subsystem sftp internal-sftp\n")
                              .arg(m_port)
                              .arg(path(QStringLiteral("host_key")), path(QStringLiteral("authorized_keys")),
                                   path(QStringLiteral("sshd.pid")))
                              .toUtf8()));
        const QString clientConfig = QStringLiteral("Host %1\n"
                                                    "  HostName 127.0.0.1\n"
                                                    "  Port %2\n"
                                                    "  User %3\n"
                                                    "  IdentityFile %4\n"
                                                    "  IdentitiesOnly yes\n"
                                                    "  UserKnownHostsFile %5\n"
                                                    "  StrictHostKeyChecking accept-new\n");
        const QString knownHosts = path(QStringLiteral("known_hosts"));
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("ssh_config"),
                          clientConfig.arg(Host)
                              .arg(m_port)
                              .arg(userName(), path(QStringLiteral("user_key")), knownHosts)
                              .toUtf8()));
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("ssh_config_wrong_key"),
                          clientConfig.arg(Host)
                              .arg(m_port)
                              .arg(userName(), path(QStringLiteral("wrong_key")), knownHosts)
                              .toUtf8()));
        m_config = path(QStringLiteral("ssh_config"));
        m_badConfig = path(QStringLiteral("ssh_config_wrong_key"));

        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                            path(QStringLiteral("sshd_config"))});
        QVERIFY2(m_sshd.waitForStarted(10000), qPrintable(m_sshd.errorString()));
        QByteArray said;
        QElapsedTimer clock;
        clock.start();
        while (!said.contains("Server listening") && clock.elapsed() < 10000 &&
               m_sshd.state() == QProcess::Running) {
            m_sshd.waitForReadyRead(200);
            said += m_sshd.readAll();
        }
        QVERIFY2(said.contains("Server listening"), said.constData());

        // The program gets a PATH with ssh only: nothing it runs can run here, not even php.
        const QString bin = path(QStringLiteral("bin-ssh-only"));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(
            makeLink(QStandardPaths::findExecutable(QStringLiteral("ssh")), bin + QStringLiteral("/ssh")));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("PATH"), bin);

        // The first connection: the host key is accepted (accept-new), later ones check it.
        const auto first =
            tool(QStringLiteral("ssh"), {QStringLiteral("-F"), m_config, QStringLiteral("-o"),
                                         QStringLiteral("BatchMode=yes"), Host, QStringLiteral("true")});
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    }

    void cleanupTestCase() { tearDown(); }

    void cleanup()
    {
        for (const QString &m : QStringList(m_mounts))
            unmount(m);
    }

    void commandLines()
    {
        QCOMPARE(SshRunner::quote(QStringLiteral("setup:upgrade")), QStringLiteral("setup:upgrade"));
        QCOMPARE(SshRunner::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(SshRunner::quote(QString()), QStringLiteral("''"));
        QCOMPARE(SshRunner::quote(QStringLiteral("=x")), QStringLiteral("'=x'"));
        QCOMPARE(SshRunner::quote(QStringLiteral("a b$c`d\"")), QStringLiteral("'a b$c`d\"'"));

        RunnerSettings settings;
        settings.kind = QStringLiteral("ssh");
        settings.sshHost = Host;
        settings.remoteRoot = QStringLiteral("/srv/my shop/it's/");
        settings.sshConfigFile = m_config;
        QString error;
        const auto runner = RunnerFactory::create(m_dir.path(), settings, &error);
        QVERIFY2(runner, qPrintable(error));
        QCOMPARE(runner->name(), QStringLiteral("ssh"));
        const CommandSpec spec = runner->magento({QStringLiteral("setup:upgrade")});
        QCOMPARE(spec.program, QStringLiteral("ssh"));
        const QString remote =
            QStringLiteral("cd '/srv/my shop/it'\\''s' && exec php bin/magento setup:upgrade "
                           "--no-ansi --no-interaction");
        QCOMPARE(spec.arguments.last(), remote);
        QCOMPARE(spec.arguments.at(spec.arguments.size() - 2), Host);
        for (const char *option : {"BatchMode=yes", "ControlMaster=auto", "ControlPersist=60",
                                   "ConnectTimeout=15", "ServerAliveInterval=15"})
            QVERIFY2(spec.arguments.contains(QString::fromLatin1(option)), option);
        QVERIFY(spec.arguments.contains(QStringLiteral("-T")));
        QCOMPARE(spec.arguments.mid(0, 2), (QStringList{QStringLiteral("-F"), m_config}));
        // The shared connection lives in a private folder with a short path.
        const auto *ssh = dynamic_cast<const SshRunner *>(runner.get());
        QVERIFY(ssh);
        QVERIFY(spec.arguments.contains(QStringLiteral("ControlPath=%1/%C").arg(ssh->controlDir())));
        QCOMPARE(modeOf(ssh->controlDir()) & 0777, mode_t(0700));
        QVERIFY(ssh->controlDir().size() <= 48);
        // What a person would type: no plumbing.
        QCOMPARE(spec.display(), QStringLiteral("ssh -F %1 %2 \"%3\"").arg(m_config, Host, remote));
        // Pasted into a shell, the shown command passes ssh exactly the remote command.
        for (const QString &root :
             {QStringLiteral("/srv/my shop/it's/"), QStringLiteral("/srv/a \"b\" $HOME `x` \\ !")}) {
            settings.remoteRoot = root;
            const auto other = RunnerFactory::create(m_dir.path(), settings, &error);
            QVERIFY2(other, qPrintable(error));
            const CommandSpec shown = other->magento({QStringLiteral("cache:enable")});
            const QString prefix = QStringLiteral("ssh -F %1 %2 ").arg(m_config, Host);
            QVERIFY2(shown.display().startsWith(prefix), qPrintable(shown.display()));
            const auto echoed = tool(
                QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + shown.display().mid(prefix.size())});
            QCOMPARE(echoed.outText(), shown.arguments.last());
        }
        // A POSIX shell reads the remote command back as the right words.
        const auto words = tool(QStringLiteral("/bin/sh"),
                                {QStringLiteral("-c"), QStringLiteral("cd() { printf '<%s>' \"$@\"; }; ") +
                                                           remote.section(QStringLiteral(" && "), 0, 0)});
        QCOMPARE(words.outText(), QStringLiteral("</srv/my shop/it's>"));
    }

    void settingsErrors_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("remoteRoot");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no host") << QString() << QStringLiteral("/srv/shop") << QStringLiteral("--ssh");
        QTest::newRow("no remote root") << Host << QString() << QStringLiteral("--remote-root");
        QTest::newRow("relative remote root")
            << Host << QStringLiteral("srv/shop") << QStringLiteral("not an absolute path");
        QTest::newRow("option as host") << QStringLiteral("-oProxyCommand=x") << QStringLiteral("/srv/shop")
                                        << QStringLiteral("is not a host name");
    }

    void settingsErrors()
    {
        QFETCH(QString, host);
        QFETCH(QString, remoteRoot);
        QFETCH(QString, expected);
        RunnerSettings settings;
        settings.kind = QStringLiteral("ssh");
        settings.sshHost = host;
        settings.remoteRoot = remoteRoot;
        QString error;
        QVERIFY(!RunnerFactory::create(m_dir.path(), settings, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));

        settings.kind = QStringLiteral("ddev");
        QVERIFY(!RunnerFactory::create(m_dir.path(), settings, &error));
        QVERIFY2(error.contains(QLatin1String("not available")), qPrintable(error));
    }

    void missingOptionOnTheCommandLine()
    {
        const Server s = makeServer(QStringLiteral("options"));
        QVERIFY(!s.mount.isEmpty());
        const auto noHost = mua::test::runProgram(
            {QStringLiteral("upgrade"), s.mount, QStringLiteral("--yes"), QStringLiteral("--runner"),
             QStringLiteral("ssh"), QStringLiteral("--remote-root"), s.dir},
            30000, m_env);
        QCOMPARE(noHost.exitCode, 2);
        QVERIFY2(noHost.errText().contains(QLatin1String("--ssh HOST")), qPrintable(describe(noHost)));
    }

    void fullUpgrade()
    {
        const Server s = makeServer(QStringLiteral("full"));
        QVERIFY(!s.mount.isEmpty());
        const QString calls = path(QStringLiteral("calls-full.log"));
        writeFile(s.dir, QStringLiteral(".fake-magento/switches.json"),
                  QJsonDocument(QJsonObject{{QStringLiteral("callLog"), calls}}).toJson());
        const Store before = StoreInspector::inspect(s.dir);
        QVERIFY(!before.cacheTypesOff().isEmpty());
        QVERIFY(before.varSessionFiles > 0);
        const QString report = path(QStringLiteral("report-full.json"));

        const auto r = upgrade(s, {QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // The commands ran on the server (the program's PATH has no php), as a person would type them.
        QVERIFY2(r.outText().contains(QStringLiteral("$ ssh -F %1 %2 'cd ").arg(m_config, Host)),
                 qPrintable(describe(r)));
        QVERIFY2(r.outText().contains(QLatin1String("the same store")), qPrintable(describe(r)));

        // On the server: sessions 0770, generated code gone but the folders kept, caches on,
        // maintenance off, no lock left.
        int sessions = 0;
        QDirIterator it(s.dir + QStringLiteral("/var/session"),
                        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            QCOMPARE(modeOf(p) & 07777, mode_t(0770));
            ++sessions;
        }
        QCOMPARE(sessions, before.varSessionFiles);
        QCOMPARE(modeOf(s.dir + QStringLiteral("/var/session")) & 07777, mode_t(0770));
        for (const QString &d : before.codeGenerationDirs) {
            QVERIFY2(QFileInfo(s.dir + QLatin1Char('/') + d).isDir(), qPrintable(d));
            QCOMPARE(countEntries(s.dir + QLatin1Char('/') + d), 0);
        }
        const Store after = StoreInspector::inspect(s.dir);
        QCOMPARE(after.cacheTypesOff(), QStringList());
        QVERIFY(!QFile::exists(s.dir + QStringLiteral("/var/.maintenance.flag")));
        QVERIFY(!QFile::exists(s.dir + QStringLiteral("/var/.upgrade-assistant.lock")));

        // The fake's call log, written on the server: every command, in order, with the flags.
        const QStringList log =
            QString::fromUtf8(readFile(calls)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList commands;
        for (const QString &line : log) {
            QVERIFY2(line.startsWith(QLatin1String("bin/magento ")) &&
                         line.endsWith(QLatin1String(" --no-ansi --no-interaction")),
                     qPrintable(line));
            commands << line.section(QLatin1Char(' '), 1, 1);
        }
        QCOMPARE(commands,
                 (QStringList{QStringLiteral("setup:db:status"), QStringLiteral("maintenance:enable"),
                              QStringLiteral("setup:upgrade"), QStringLiteral("cache:enable"),
                              QStringLiteral("cache:status"), QStringLiteral("maintenance:disable"),
                              QStringLiteral("maintenance:status")}));

        const QJsonObject json = QJsonDocument::fromJson(readFile(report)).object();
        QCOMPARE(json.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    }

    void planChangesNothing()
    {
        const Server s = makeServer(QStringLiteral("plan"));
        QVERIFY(!s.mount.isEmpty());
        const Store store = StoreInspector::inspect(s.dir);
        int generated = 0;
        for (const QString &d : store.codeGenerationDirs)
            generated += countEntries(s.dir + QLatin1Char('/') + d);
        const int sessions = countEntries(s.dir + QStringLiteral("/var/session"));
        QVERIFY(generated > 0);
        QVERIFY(sessions > 0);
        const QByteArray checksum = treeChecksum(s.dir);

        const auto r = mua::test::runProgram(
            QStringList{QStringLiteral("plan"), s.mount} + sshArgs(s, m_config), 60000, m_env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("Deletes %1 entries").arg(generated)),
                 qPrintable(describe(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("var/session and %1 entries").arg(sessions)),
                 qPrintable(describe(r)));
        QVERIFY2(r.outText().contains(QLatin1String("app/etc/env.php is the same in both")),
                 qPrintable(describe(r)));
        QCOMPARE(treeChecksum(s.dir), checksum);
        QVERIFY2(!r.outText().contains(QLatin1String("dir_cache")), qPrintable(describe(r)));
        // Over ssh the file work runs on the server: no round-trip warning.
        QVERIFY2(!r.outText().contains(QLatin1String("round trip")), qPrintable(describe(r)));

        // The local runner through the mount says what that costs, and what to use instead.
        const auto local = mua::test::runProgram({QStringLiteral("plan"), s.mount}, 60000, m_env);
        QVERIFY2(local.exitCode == 0, qPrintable(describe(local)));
        QVERIFY2(local.outText().contains(
                     QStringLiteral("The store is on fuse.sshfs: %1 entries would be deleted one "
                                    "network round trip each; use --runner ssh")
                         .arg(generated)),
                 qPrintable(describe(local)));
        QCOMPARE(treeChecksum(s.dir), checksum);

        // sshfs's default cache is named before it can mislead the run.
        unmount(s.mount);
        QVERIFY(mount(s.dir, s.mount, QStringLiteral("reconnect")));
        const auto cached = mua::test::runProgram(
            QStringList{QStringLiteral("plan"), s.mount} + sshArgs(s, m_config), 60000, m_env);
        QCOMPARE(cached.exitCode, 0);
        QVERIFY2(cached.outText().contains(QLatin1String("Mount it with -o dir_cache=no")),
                 qPrintable(describe(cached)));
        QCOMPARE(treeChecksum(s.dir), checksum);
    }

    void mountAndRemoteRootMismatch()
    {
        const Server mounted = makeServer(QStringLiteral("mounted"));
        QVERIFY(!mounted.mount.isEmpty());
        const Server other = makeServer(QStringLiteral("other"), false);
        const QByteArray otherBefore = treeChecksum(other.dir);
        Server wrong = mounted;
        wrong.dir = other.dir; // the same env.php, but not the same folder

        const auto r = upgrade(wrong);
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(QLatin1String("are not the same store")), qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(mounted.mount), qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(other.dir), qPrintable(describe(r)));
        QCOMPARE(treeChecksum(other.dir), otherBefore);
        QVERIFY(!QFile::exists(mounted.dir + QStringLiteral("/var/.maintenance.flag")));
        QCOMPARE(countEntries(mounted.dir + QStringLiteral("/generated/code")) > 0, true);
    }

    void passwordPromptFailsFast()
    {
        const Server s = makeServer(QStringLiteral("batch"));
        QVERIFY(!s.mount.isEmpty());
        // A live shared connection would let any key in: start without one.
        closeSharedConnection();
        const QByteArray checksum = treeChecksum(s.dir + QStringLiteral("/generated"));
        QElapsedTimer clock;
        clock.start();
        const auto r =
            mua::test::runProgram(QStringList{QStringLiteral("upgrade"), s.mount, QStringLiteral("--yes")} +
                                      sshArgs(s, m_badConfig),
                                  60000, m_env);
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(QLatin1String("The server refused the SSH key")),
                 qPrintable(describe(r)));
        QVERIFY(!QFile::exists(s.dir + QStringLiteral("/var/.maintenance.flag")));
        QCOMPARE(treeChecksum(s.dir + QStringLiteral("/generated")), checksum);
    }

    void sshFailuresInOneSentence_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("expected"); // empty: not ssh's failure
        QTest::newRow("key") << QStringList{QStringLiteral(
                                    "dev@shop.example: Permission denied (publickey,password).")}
                             << QStringLiteral("The server refused the SSH key for dev@shop.example");
        QTest::newRow("password only")
            << QStringList{QStringLiteral("dev@shop.example: Permission denied (password).")}
            << QStringLiteral("only accepts a password");
        QTest::newRow("host key")
            << QStringList{QStringLiteral(
                               "No ED25519 host key is known for [shop.example]:2222 and you have requested "
                               "strict checking."),
                           QStringLiteral("Host key verification failed.")}
            << QStringLiteral("connect once with ssh -p 2222 shop.example to check and accept it");
        QTest::newRow("resolve") << QStringList{QStringLiteral(
                                        "ssh: Could not resolve hostname shop.invalid: Name or "
                                        "service not known")}
                                 << QStringLiteral("could not resolve the host name shop.invalid");
        QTest::newRow("refused") << QStringList{QStringLiteral(
                                        "ssh: connect to host 10.0.0.5 port 22: Connection refused")}
                                 << QStringLiteral("10.0.0.5 refused the SSH connection on port 22");
        QTest::newRow("timeout") << QStringList{QStringLiteral(
                                        "ssh: connect to host 10.0.0.5 port 22: Connection timed out")}
                                 << QStringLiteral("No answer from 10.0.0.5 on port 22");
        QTest::newRow("php's database")
            << QStringList{QStringLiteral("SQLSTATE[HY000] [2002] Connection refused")} << QString();
    }

    void sshFailuresInOneSentence()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, expected);
        const QString advice = KnownFailures::adviceFor(lines, 0);
        if (expected.isEmpty())
            QVERIFY2(!advice.contains(QLatin1String("SSH")), qPrintable(advice));
        else
            QVERIFY2(advice.contains(expected), qPrintable(advice));
    }

    void realConnectionFailures()
    {
        const Server s = makeServer(QStringLiteral("failures"), false);
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        // Nothing listens on that port.
        const QString refused = path(QStringLiteral("ssh_config_refused"));
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("ssh_config_refused"),
                          QStringLiteral("Host %1\n  HostName 127.0.0.1\n  Port %2\n  IdentityFile %3\n")
                              .arg(Host)
                              .arg(closedPort)
                              .arg(path(QStringLiteral("user_key")))
                              .toUtf8()));
        // A host key nobody accepted, and checking is strict (another user: not the shared connection).
        const QString unknown = path(QStringLiteral("ssh_config_unknown"));
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("ssh_config_unknown"),
                          QStringLiteral("Host %1\n  HostName 127.0.0.1\n  Port %2\n  User nobody\n"
                                         "  UserKnownHostsFile %3\n  StrictHostKeyChecking yes\n")
                              .arg(Host)
                              .arg(m_port)
                              .arg(path(QStringLiteral("known_hosts_empty")))
                              .toUtf8()));
        for (const auto &[config, expected] :
             {std::pair{refused, QStringLiteral("refused the SSH connection on port %1").arg(closedPort)},
              std::pair{unknown,
                        QStringLiteral("connect once with ssh -F %1 %2 to check").arg(unknown, Host)}}) {
            RunnerSettings settings;
            settings.kind = QStringLiteral("ssh");
            settings.sshHost = Host;
            settings.remoteRoot = s.dir;
            settings.sshConfigFile = config;
            QString error;
            const auto runner = RunnerFactory::create(s.dir, settings, &error);
            QVERIFY2(runner, qPrintable(error));
            QElapsedTimer clock;
            clock.start();
            const FileOpReport r = runner->emptyFolder(QStringLiteral("generated/code"), nullptr);
            QVERIFY(clock.elapsed() < 20000);
            QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        }
        QVERIFY(countEntries(s.dir + QStringLiteral("/generated/code")) > 0);
    }

    void hostileTreesOnTheServer()
    {
        const QString outside = path(QStringLiteral("outside"));
        QVERIFY(writeFile(outside, QStringLiteral("file.txt"), "outside file\n"));
        QVERIFY(writeFile(outside, QStringLiteral("session.txt"), "outside session\n"));
        QVERIFY(writeFile(outside, QStringLiteral("dir/inner.txt"), "outside inner\n"));
        QVERIFY(::chmod(QFile::encodeName(outside + QStringLiteral("/file.txt")).constData(), 0640) == 0);
        QVERIFY(::chmod(QFile::encodeName(outside + QStringLiteral("/session.txt")).constData(), 0600) == 0);
        QVERIFY(::chmod(QFile::encodeName(outside + QStringLiteral("/dir/inner.txt")).constData(), 0604) ==
                0);
        QVERIFY(::chmod(QFile::encodeName(outside + QStringLiteral("/dir")).constData(), 0750) == 0);

        const Server s = makeServer(QStringLiteral("hostile"));
        QVERIFY(!s.mount.isEmpty());
        const QString code = s.dir + QStringLiteral("/generated/code");
        const QString session = s.dir + QStringLiteral("/var/session");
        QVERIFY(makeLink(outside + QStringLiteral("/file.txt"), code + QStringLiteral("/OutsideFile.php")));
        QVERIFY(makeLink(outside + QStringLiteral("/dir"), code + QStringLiteral("/OutsideDir")));
        QVERIFY(
            makeLink(outside + QStringLiteral("/dir"), code + QStringLiteral("/Vendor/Deep/Er/OutsideDir")));
        QVERIFY(makeLink(outside + QStringLiteral("/gone"), code + QStringLiteral("/Dangling")));
        QVERIFY(makeLink(QStringLiteral("LoopB"), code + QStringLiteral("/LoopA")));
        QVERIFY(makeLink(QStringLiteral("LoopA"), code + QStringLiteral("/LoopB")));
        QVERIFY(makeLink(QStringLiteral("../.."), code + QStringLiteral("/Up")));
        QVERIFY(
            makeLink(outside + QStringLiteral("/session.txt"), session + QStringLiteral("/sess_outside")));
        QVERIFY(makeLink(outside + QStringLiteral("/dir"), session + QStringLiteral("/sess_dir")));
        const QByteArray outsideBefore = treeChecksum(outside);

        const auto r = upgrade(s);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        QCOMPARE(treeChecksum(outside), outsideBefore);
        QCOMPARE(modeOf(outside + QStringLiteral("/file.txt")) & 07777, mode_t(0640));
        QCOMPARE(modeOf(outside + QStringLiteral("/session.txt")) & 07777, mode_t(0600));
        QCOMPARE(modeOf(outside + QStringLiteral("/dir")) & 07777, mode_t(0750));
        QCOMPARE(modeOf(outside + QStringLiteral("/dir/inner.txt")) & 07777, mode_t(0604));
        QCOMPARE(readFile(outside + QStringLiteral("/dir/inner.txt")), QByteArray("outside inner\n"));
        QCOMPARE(countEntries(code), 0);
        QVERIFY(QFileInfo(code).isDir());
        QVERIFY(isLink(session + QStringLiteral("/sess_outside")));
        QVERIFY(isLink(session + QStringLiteral("/sess_dir")));
        QVERIFY(QFileInfo::exists(s.dir + QStringLiteral("/app/etc/env.php")));
    }

    void hostileRelativePathsAreRefused()
    {
        const Server s = makeServer(QStringLiteral("refuse"), false);
        const QString outside = path(QStringLiteral("outside-refuse"));
        QVERIFY(writeFile(outside, QStringLiteral("keep.txt"), "keep\n"));
        // generated itself a link out of the store: never entered.
        QVERIFY(QDir(s.dir + QStringLiteral("/generated")).removeRecursively());
        QVERIFY(makeLink(outside, s.dir + QStringLiteral("/generated")));
        RunnerSettings settings;
        settings.kind = QStringLiteral("ssh");
        settings.sshHost = Host;
        settings.remoteRoot = s.dir;
        settings.sshConfigFile = m_config;
        QString error;
        const auto runner = RunnerFactory::create(s.dir, settings, &error);
        QVERIFY2(runner, qPrintable(error));
        const FileOpReport emptied = runner->emptyFolder(QStringLiteral("generated/code"), nullptr);
        QVERIFY2(emptied.error.contains(QLatin1String("symbolic link")), qPrintable(emptied.error));
        const FileOpReport dotdot = runner->emptyFolder(QStringLiteral("var/../../x"), nullptr);
        QVERIFY2(dotdot.error.contains(QLatin1String("outside the store")), qPrintable(dotdot.error));
        const FileOpReport whole = runner->emptyFolder(QStringLiteral("."), nullptr);
        QVERIFY2(!whole.error.isEmpty(), "the whole store must not be emptied");
        QCOMPARE(readFile(outside + QStringLiteral("/keep.txt")), QByteArray("keep\n"));
        // A folder that is not there: nothing to empty; chmod says so; stats says it does not exist.
        QVERIFY(runner->emptyFolder(QStringLiteral("var/nothing-here"), nullptr).ok());
        QVERIFY(!runner->chmodTree(QStringLiteral("var/nothing-here"), 0770, nullptr).ok());
        const TreeStats none = runner->stats(QStringLiteral("var/nothing-here"));
        QVERIFY(!none.exists);
        QVERIFY(none.error.isEmpty());
        const TreeStats sessions = runner->stats(QStringLiteral("var/session"));
        QVERIFY2(sessions.error.isEmpty(), qPrintable(sessions.error));
        QCOMPARE(int(sessions.files + sessions.folders),
                 countEntries(s.dir + QStringLiteral("/var/session")));
    }

    void otherMountsAreLeftAlone()
    {
        const Server s = makeServer(QStringLiteral("nested"), false);
        const QString elsewhere = path(QStringLiteral("elsewhere"));
        QVERIFY(writeFile(elsewhere, QStringLiteral("keep.txt"), "keep\n"));
        // A file system mounted inside generated/code on the server: find -xdev does not go in, and
        // the mount point that cannot be removed is a failure of the step.
        QVERIFY(mount(elsewhere, s.dir + QStringLiteral("/generated/code/Mounted")));
        QVERIFY(QFileInfo::exists(s.dir + QStringLiteral("/generated/code/Mounted/keep.txt")));
        RunnerSettings settings;
        settings.kind = QStringLiteral("ssh");
        settings.sshHost = Host;
        settings.remoteRoot = s.dir;
        settings.sshConfigFile = m_config;
        QString error;
        const auto runner = RunnerFactory::create(s.dir, settings, &error);
        QVERIFY2(runner, qPrintable(error));
        const FileOpReport r = runner->emptyFolder(QStringLiteral("generated/code"), nullptr);
        QVERIFY(!r.ok());
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.failedCount, qint64(1));
        QVERIFY2(r.failed.value(0).startsWith(QLatin1String("generated/code/Mounted: ")),
                 qPrintable(r.failed.join(QLatin1Char('\n'))));
        QVERIFY(r.entries > 100);
        QCOMPARE(readFile(elsewhere + QStringLiteral("/keep.txt")), QByteArray("keep\n"));
        QCOMPARE(countEntries(elsewhere), 1);
        unmount(s.dir + QStringLiteral("/generated/code/Mounted"));
        QCOMPARE(countEntries(s.dir + QStringLiteral("/generated/code")), 1); // the emptied mount point
    }

    void unmountBeforeTheFileWork()
    {
        const Server s = makeServer(QStringLiteral("gone"));
        QVERIFY(!s.mount.isEmpty());
        RunnerSettings settings;
        settings.kind = QStringLiteral("ssh");
        settings.sshHost = Host;
        settings.remoteRoot = s.dir;
        settings.sshConfigFile = m_config;
        QString error;
        const auto runner = RunnerFactory::create(s.mount, settings, &error);
        QVERIFY2(runner, qPrintable(error));
        QVERIFY(runner->stats(QStringLiteral("generated/code")).error.isEmpty());
        const int before = countEntries(s.dir + QStringLiteral("/generated/code"));
        unmount(s.mount, true);
        // Nothing runs on the server once ROOT is not the mount the run began with.
        const FileOpReport r = runner->emptyFolder(QStringLiteral("generated/code"), nullptr);
        QVERIFY2(r.error.contains(QStringLiteral("The local mount %1 of the store is gone").arg(s.mount)),
                 qPrintable(r.error));
        QCOMPARE(countEntries(s.dir + QStringLiteral("/generated/code")), before);
        const CommandSpec spec = runner->magento({QStringLiteral("cache:enable")});
        const CommandResult result = CommandExecutor().run(spec, nullptr, true);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(spec.display().startsWith(QLatin1String("ssh ")));
        QVERIFY2(result.lines.join(QLatin1Char('\n')).contains(QLatin1String("is gone")),
                 qPrintable(result.lines.join(QLatin1Char('\n'))));
    }

    void unmountMidRunThenResume()
    {
        const Server s = makeServer(QStringLiteral("unmount"));
        QVERIFY(!s.mount.isEmpty());
        writeFile(s.dir, QStringLiteral(".fake-magento/switches.json"), R"({"slow": {"setup:upgrade": 20}})");

        QProcess program;
        program.setProcessEnvironment(m_env);
        program.setStandardInputFile(QProcess::nullDevice());
        program.start(mua::test::programPath(),
                      QStringList{QStringLiteral("upgrade"), s.mount, QStringLiteral("--yes"),
                                  QStringLiteral("--grace"), QStringLiteral("1")} +
                          sshArgs(s, m_config));
        QVERIFY(program.waitForStarted(10000));
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        // setup:upgrade prints its module lines slowly: the mount goes away in the middle of it.
        while (!out.contains("Module '") && clock.elapsed() < 60000 && program.state() == QProcess::Running) {
            program.waitForReadyRead(100);
            out += program.readAllStandardOutput();
        }
        QVERIFY2(out.contains("Module '"), out.constData());
        unmount(s.mount, true);
        QVERIFY(program.waitForFinished(60000));
        out += program.readAllStandardOutput();
        const QString err = QString::fromUtf8(program.readAllStandardError());
        QVERIFY2(program.exitCode() == 1, qPrintable(QString::fromUtf8(out) + err));
        QVERIFY2(err.contains(QStringLiteral("The local mount %1 of the store is gone").arg(s.mount)),
                 qPrintable(QString::fromUtf8(out) + err));
        QVERIFY2(err.contains(QLatin1String("--resume")), qPrintable(err));
        // The server kept working until the mount was missed: maintenance is still on there.
        QVERIFY(QFile::exists(s.dir + QStringLiteral("/var/.maintenance.flag")));

        writeFile(s.dir, QStringLiteral(".fake-magento/switches.json"), "{}");
        QVERIFY(mount(s.dir, s.mount));
        const auto resumed = upgrade(s, {QStringLiteral("--resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        QVERIFY(resumed.outText().contains(QLatin1String("Resuming")));
        QVERIFY(!QFile::exists(s.dir + QStringLiteral("/var/.maintenance.flag")));
        QCOMPARE(StoreInspector::inspect(s.dir).cacheTypesOff(), QStringList());
        QCOMPARE(countEntries(s.dir + QStringLiteral("/generated/code")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSshRunner)
#include "tst_sshrunner.moc"
