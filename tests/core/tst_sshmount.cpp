// SshMount without a live mount: what it refuses before sshfs sees the host, what it says when
// sshfs is missing or the mount fails, and that a failed mount leaves no folder and no mount behind.
// A live mount of the test's own sshd: tst_sshrunner and tst_cli.
#include "core/model/wording.h"
#include "core/runners/runnercheck.h"
#include "core/runners/sshmount.h"
#include "tests/support/testsupport.h"
#include "tests/support/unitsupport.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace mua;
using mua::test::EnvScope;
using mua::test::sshSettings;
using mua::test::writeFile;

Q_DECLARE_METATYPE(mua::RunnerSettings)

namespace {

// Lines of /proc/self/mountinfo that name path.
QStringList mountsAt(const QString &path)
{
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    QStringList out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.contains(QFile::encodeName(path)))
            out << QString::fromUtf8(line);
    }
    return out;
}

} // namespace

class TestSshMount : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_runtime; // XDG_RUNTIME_DIR for the mounts of this test

    QStringList mountFolders() const
    {
        return QDir(m_runtime).entryList({QStringLiteral("mua-mount-*")}, QDir::AllEntries | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_runtime = m_dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(m_runtime));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime));
    }

    // The runner's rules first: a host that sshfs would read as its option never reaches sshfs.
    void refusesWhatTheRunnerRulesRefuse_data()
    {
        QTest::addColumn<RunnerSettings>("settings");
        const QString marker = m_dir.filePath(QStringLiteral("ran"));
        QTest::newRow("an option as host")
            << sshSettings(QStringLiteral("-oProxyCommand=touch ") + marker, QStringLiteral("/srv/shop"));
        QTest::newRow("no host") << sshSettings(QString(), QStringLiteral("/srv/shop"));
        QTest::newRow("no folder") << sshSettings(QStringLiteral("shop"), QString());
        QTest::newRow("relative folder") << sshSettings(QStringLiteral("shop"), QStringLiteral("srv/shop"));
        QTest::newRow("the server's root") << sshSettings(QStringLiteral("shop"), QStringLiteral("/"));
        QTest::newRow("relative config")
            << sshSettings(QStringLiteral("shop"), QStringLiteral("/srv"), QStringLiteral("ssh_config"));
    }

    void refusesWhatTheRunnerRulesRefuse()
    {
        QFETCH(RunnerSettings, settings);
        const QList<RunnerIssue> issues = runnerIssues(settings);
        QVERIFY(!issues.isEmpty());
        QString error;
        QVERIFY(!SshMount::mount(settings, &error));
        QCOMPARE(error, Wording::current().runnerIssue(issues.first()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ran"))));
        QCOMPARE(mountFolders(), QStringList());
    }

    // Without sshfs: the sentence says what to install and the other way, and names the store.
    void withoutSshfs()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty-bin"));
        QVERIFY(QDir().mkpath(empty));
        QString error;
        {
            const EnvScope path("PATH", QFile::encodeName(empty));
            QVERIFY(!SshMount::mount(sshSettings(QStringLiteral("deploy@shop"), QStringLiteral("/srv/shop")),
                                     &error));
        }
        QVERIFY2(error.contains(QLatin1String("deploy@shop:/srv/shop")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("apt install sshfs")), qPrintable(error));
        QCOMPARE(mountFolders(), QStringList());
    }

    // sshfs itself fails (nothing listens where the config points): its last line, its exit code,
    // the store as host:folder (cleaned), and the ssh command to try by hand, with the config file
    // the mount was made with. The private folder goes again; nothing is mounted.
    void mountFails()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const QString config = m_dir.filePath(QStringLiteral("ssh config"));
        QVERIFY(writeFile(
            m_dir.path(), QStringLiteral("ssh config"),
            QStringLiteral("Host shop\n  HostName 127.0.0.1\n  Port %1\n  StrictHostKeyChecking no\n"
                           "  UserKnownHostsFile /dev/null\n")
                .arg(closedPort)
                .toUtf8()));
        QString error;
        const std::unique_ptr<SshMount> mount = SshMount::mount(
            sshSettings(QStringLiteral("shop"), QStringLiteral("/srv//shop/"), config), &error);
        QVERIFY2(!mount, qPrintable(mount ? mount->root() : QString()));
        QVERIFY2(error.contains(QLatin1String("shop:/srv/shop ")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("exit code 0")), qPrintable(error));
        // The command to try is the one that fails the same way: with the config file, quoted.
        QVERIFY2(error.contains(QStringLiteral("`ssh -F %1 shop`").arg(shellQuote(config))),
                 qPrintable(error));
        QCOMPARE(mountFolders(), QStringList());
        QCOMPARE(mountsAt(m_runtime), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSshMount)
#include "tst_sshmount.moc"
