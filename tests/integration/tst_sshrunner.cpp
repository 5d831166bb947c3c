// The ssh runner end to end: the test's own sshd on 127.0.0.1, the "server" store in one folder,
// ROOT an sshfs mount of that folder, and the real program with --runner ssh.
#include "cli/cliwording.h"
#include "core/fs/fileops.h"
#include "core/inspect/storeinspector.h"
#include "core/run/knownfailures.h"
#include "core/runners/commandexecutor.h"
#include "core/runners/sshrunner.h"
#include "demo/demostore.h"
#include "tests/support/composerrepo.h"
#include "tests/support/sshserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mua;
using mua::test::ComposerRepo;
using mua::test::describe;
using mua::test::isLink;
using mua::test::makeLink;
using mua::test::modeOf;
using mua::test::readFile;
using mua::test::treeChecksum;
using mua::test::treeListing;
using mua::test::writeFile;

namespace {

const QString Host = mua::test::SshServer::host();

// The version of a package in a store's vendor/composer/installed.json (Composer 2's layout).
QString installedVersion(const QString &root, const QString &package)
{
    const QJsonObject installed =
        mua::test::jsonFile(root + QStringLiteral("/vendor/composer/installed.json"));
    for (const QJsonValue &p : installed.value(QLatin1String("packages")).toArray())
        if (p.toObject().value(QLatin1String("name")).toString() == package)
            return p.toObject().value(QLatin1String("version")).toString();
    return {};
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

} // namespace

class TestSshRunner : public QObject
{
    Q_OBJECT

public:
private:
    QTemporaryDir m_dir;
    mua::test::SshServer m_server{m_dir.path() + QStringLiteral("/sshd")};
    QString m_config;    // the client config: Host mua-test with the right key
    QString m_badConfig; // the same host with a key the server does not know
    quint16 m_port = 0;
    QProcessEnvironment m_env; // the program's: a PATH that holds ssh, sshfs and nothing else
    int m_storeCount = 0;

    struct Server
    {
        QString dir;   // the store, as the server sees it (a name that needs quoting)
        QString mount; // ROOT: the same folder through sshfs
    };
    Server m_readOnlyComposer; // see readOnlyComposerServer()

    QString path(const QString &relative) const { return m_dir.path() + QLatin1Char('/') + relative; }

    mua::test::ProgramResult tool(const QString &program, const QStringList &args, int timeoutMs = 30000)
    {
        return mua::test::run(program, args, {}, timeoutMs);
    }

    bool mount(const QString &serverDir, const QString &mountPoint,
               const QString &options = QStringLiteral("reconnect,dir_cache=no"))
    {
        return m_server.mount(serverDir, mountPoint, options);
    }

    void unmount(const QString &mountPoint, bool lazy = false) { m_server.unmount(mountPoint, lazy); }

    // An SshRunner on ROOT for the store at remoteRoot on the test's server.
    std::unique_ptr<Runner> sshRunner(const QString &root, const QString &remoteRoot, QString config = {})
    {
        RunnerSettings settings;
        settings.kind = RunnerKind::Ssh;
        settings.sshHost = Host;
        settings.remoteRoot = remoteRoot;
        settings.sshConfigFile = config.isEmpty() ? m_config : config;
        QString error;
        auto runner = RunnerFactory::create(root, settings, &error);
        if (!runner)
            qWarning("no ssh runner: %s", qPrintable(error));
        return runner;
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

    // A store installed by the real Composer from a repository on disk (ComposerRepo), on the
    // "server": the store is dir/store and its repository dir/repo beside it, as its composer.json's
    // relative "../repo/*" needs both on the server and in the scratch copy the move is worked out
    // in there; dir has a name that needs quoting. ROOT is its sshfs mount.
    Server makeComposerServer(const QString &name,
                              const ComposerRepo::StoreOptions &options = ComposerRepo::StoreOptions())
    {
        Server s;
        s.dir = ComposerRepo::makeStore(
            path(QStringLiteral("servers/%1 %2 it's \"q\" $HOME").arg(++m_storeCount).arg(name)), options);
        s.mount = path(QStringLiteral("mnt/%1").arg(name));
        if (!mount(s.dir, s.mount) || !QFileInfo::exists(s.mount + QStringLiteral("/composer.lock")))
            s.mount.clear();
        return s;
    }

    // One Composer store for the tests that change nothing in it (versions, plan): made once,
    // mounted again for each test (cleanup() unmounts).
    Server readOnlyComposerServer()
    {
        if (m_readOnlyComposer.dir.isEmpty()) {
            m_readOnlyComposer = makeComposerServer(QStringLiteral("composer-read"));
            return m_readOnlyComposer;
        }
        Server s = m_readOnlyComposer;
        if (!mount(s.dir, s.mount))
            s.mount.clear();
        return s;
    }

    // plan ROOT --json through ssh; the JSON object (empty when it is none).
    QJsonObject planJson(const Server &s, const QStringList &extra, mua::test::ProgramResult *result)
    {
        *result =
            mua::test::runProgram(QStringList{QStringLiteral("plan"), s.mount, QStringLiteral("--json")} +
                                      sshArgs(s, m_config) + extra,
                                  180000, m_env);
        return QJsonDocument::fromJson(result->out).object();
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

private slots:
    void initTestCase()
    {
        Wording::install(&CliWording::instance()); // the runner's errors as the command line words them
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("sshd"))));
        QString error;
        // Composer on the server runs as the tests run it here: a home of its own, no network.
        m_server.setSessionEnvironment(ComposerRepo::environment(path(QStringLiteral("server-composer"))));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_config = m_server.config();
        m_badConfig = m_server.badConfig();
        m_port = m_server.port();

        // The program gets a PATH with ssh only: nothing it runs can run here, not even php.
        const QString bin = path(QStringLiteral("bin-ssh-only"));
        QVERIFY(QDir().mkpath(bin));
        // (and sshfs, for the runs without a store folder, which mount it themselves)
        for (const QString &program : {QStringLiteral("ssh"), QStringLiteral("sshfs"),
                                       QFileInfo(mua::test::SshServer::fusermount()).fileName()})
            QVERIFY(makeLink(QStandardPaths::findExecutable(program), bin + QLatin1Char('/') + program));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("PATH"), bin);
    }

    void cleanupTestCase() { m_server.stop(); }

    void cleanup() { m_server.unmountAll(); }

    void commandLines()
    {
        QCOMPARE(shellQuote(QStringLiteral("setup:upgrade")), QStringLiteral("setup:upgrade"));
        QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
        QCOMPARE(shellQuote(QStringLiteral("=x")), QStringLiteral("'=x'"));
        QCOMPARE(shellQuote(QStringLiteral("a b$c`d\"")), QStringLiteral("'a b$c`d\"'"));

        const auto runner = sshRunner(m_dir.path(), QStringLiteral("/srv/my shop/it's/"));
        QVERIFY(runner);
        QCOMPARE(runner->name(), QStringLiteral("ssh"));
        const CommandSpec spec = runner->magento({QStringLiteral("setup:upgrade")});
        QCOMPARE(spec.program, QStringLiteral("ssh"));
        const QString remote =
            QStringLiteral("cd '/srv/my shop/it'\\''s' && exec php bin/magento setup:upgrade "
                           "--no-ansi --no-interaction");
        // What runs is that command under a watcher that stops it when the assistant cancels;
        // what is shown is the command itself.
        QVERIFY2(spec.arguments.last().startsWith(QLatin1String("sh -c ")),
                 qPrintable(spec.arguments.last()));
        QVERIFY2(spec.arguments.last().endsWith(
                     QLatin1String(" mua-run '/srv/my shop/it'\\''s' php bin/magento setup:upgrade --no-ansi "
                                   "--no-interaction")),
                 qPrintable(spec.arguments.last()));
        QVERIFY(spec.cancelByClosingStdin);
        QVERIFY2(spec.display().endsWith(QStringLiteral("\"%1\"").arg(remote)), qPrintable(spec.display()));
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
        QCOMPARE(modeOf(ssh->controlDir()) & 0777, 0700);
        QVERIFY(ssh->controlDir().size() <= 48);
        // What a person would type: no plumbing.
        QCOMPARE(spec.display(), QStringLiteral("ssh -F %1 %2 \"%3\"").arg(m_config, Host, remote));
        // Pasted into a shell, the shown command passes ssh exactly the remote command.
        for (const QString &root :
             {QStringLiteral("/srv/my shop/it's/"), QStringLiteral("/srv/a \"b\" $HOME `x` \\ !")}) {
            const auto other = sshRunner(m_dir.path(), root);
            QVERIFY(other);
            const CommandSpec shown = other->magento({QStringLiteral("cache:enable")});
            const QString prefix = QStringLiteral("ssh -F %1 %2 ").arg(m_config, Host);
            QVERIFY2(shown.display().startsWith(prefix), qPrintable(shown.display()));
            const auto echoed = tool(
                QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + shown.display().mid(prefix.size())});
            QCOMPARE(echoed.outText(),
                     QStringLiteral("cd %1 && exec php bin/magento cache:enable --no-ansi --no-interaction")
                         .arg(shellQuote(QDir::cleanPath(root))));
            QVERIFY(shown.arguments.last().endsWith(
                QStringLiteral(" mua-run %1 php bin/magento cache:enable --no-ansi --no-interaction")
                    .arg(shellQuote(QDir::cleanPath(root)))));
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
        settings.kind = RunnerKind::Ssh;
        settings.sshHost = host;
        settings.remoteRoot = remoteRoot;
        QString error;
        QVERIFY(!RunnerFactory::create(m_dir.path(), settings, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
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

        for (const QString &d : before.codeGenerationDirs)
            QVERIFY(::chmod(QFile::encodeName(s.dir + QLatin1Char('/') + d).constData(), 02750) == 0);

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
            QCOMPARE(modeOf(p) & 07777, 0770);
            ++sessions;
        }
        QCOMPARE(sessions, before.varSessionFiles);
        QCOMPARE(modeOf(s.dir + QStringLiteral("/var/session")) & 07777, 0770);
        for (const QString &d : before.codeGenerationDirs) {
            QVERIFY2(QFileInfo(s.dir + QLatin1Char('/') + d).isDir(), qPrintable(d));
            QCOMPARE(countEntries(s.dir + QLatin1Char('/') + d), 0);
            QCOMPARE(modeOf(s.dir + QLatin1Char('/') + d) & 07777, 02750);
        }
        // Moved aside on the server in one rename each, then deleted there: nothing left behind.
        QVERIFY2(r.outText().contains(QLatin1String("generated/code: moved aside in one rename")),
                 qPrintable(describe(r)));
        QCOMPARE(FileOps::findAside(s.dir, before.codeGenerationDirs), QStringList());
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

    // moveAside and removeAside through the runner: the server renames and deletes; the folder
    // comes back with its mode; a name that is not ours is refused; an empty folder is not moved.
    void moveAsideOnTheServer()
    {
        const Server s = makeServer(QStringLiteral("aside"));
        QVERIFY(!s.mount.isEmpty());
        const auto runner = sshRunner(s.mount, s.dir);
        QVERIFY(runner);
        const QString code = s.dir + QStringLiteral("/generated/code");
        QVERIFY(::chmod(QFile::encodeName(code).constData(), 0751) == 0);
        const int before = countEntries(code);
        QVERIFY(before > 0);

        const AsideMove move = runner->moveAside(QStringLiteral("generated/code"));
        QVERIFY2(move.result == AsideMove::Result::Moved, qPrintable(move.reason));
        QVERIFY2(move.aside.startsWith(QLatin1String("generated/.upgrade-assistant-trash.code.")),
                 qPrintable(move.aside));
        QCOMPARE(countEntries(code), 0);
        QCOMPARE(modeOf(code) & 07777, 0751);
        QCOMPARE(countEntries(s.dir + QLatin1Char('/') + move.aside), before);
        QCOMPARE(FileOps::findAside(s.dir, {QStringLiteral("generated/code")}), QStringList{move.aside});

        // Empty now: nothing to move, nothing made.
        QVERIFY(runner->moveAside(QStringLiteral("generated/code")).result ==
                AsideMove::Result::NothingToMove);
        // Only folders named like ours are deleted.
        const FileOpReport refused = runner->removeAside(QStringLiteral("generated/metadata"), nullptr);
        QVERIFY(refused.error.contains(QLatin1String("not a folder the assistant moved aside")));
        QVERIFY(QFileInfo(s.dir + QStringLiteral("/generated/metadata")).isDir());

        const FileOpReport removed = runner->removeAside(move.aside, nullptr);
        QVERIFY2(removed.ok(), qPrintable(removed.error + removed.failed.join(QLatin1Char(';'))));
        // (the server does not count what it deletes in the background: it would cost a line each)
        QVERIFY(!QFileInfo::exists(s.dir + QLatin1Char('/') + move.aside));
        QVERIFY(QFileInfo(code).isDir());
    }

    // The version move's copy of vendor/ is made on the server in one call (Runner::keepTree): files as
    // hard links, the folders Composer rewrites in place as real copies, links as links (sshfs may not
    // even read a link through the mount: Debian's contain_symlinks refuses targets with "..").
    void keepTreeOnTheServer()
    {
        const Server s = makeServer(QStringLiteral("keep"));
        QVERIFY(!s.mount.isEmpty());
        QVERIFY(writeFile(s.dir, QStringLiteral("vendor/acme/tool/src/A.php"), "<?php // A\n"));
        QVERIFY(writeFile(s.dir, QStringLiteral("vendor/acme/tool/bin/tool"), "#!/bin/sh\n"));
        QVERIFY(writeFile(s.dir, QStringLiteral("vendor/composer/installed.json"), "{}\n"));
        QVERIFY(writeFile(s.dir, QStringLiteral("vendor/autoload.php"), "<?php\n"));
        QVERIFY(
            makeLink(QStringLiteral("../acme/tool/bin/tool"), s.dir + QStringLiteral("/vendor/bin/tool")));
        QVERIFY(makeLink(QStringLiteral("../composer.json"), s.dir + QStringLiteral("/vendor/link-up")));
        const QString a = s.dir + QStringLiteral("/vendor/acme/tool/src/A.php");
        QVERIFY(::chmod(QFile::encodeName(a).constData(), 0640) == 0);
        const QByteArray before = treeChecksum(s.dir + QStringLiteral("/vendor"));
        const QString kept = s.dir + QStringLiteral("/.upgrade-assistant-kept");
        QVERIFY(QDir().mkpath(kept));
        const auto runner = sshRunner(s.mount, s.dir);
        QVERIFY(runner);
        const QStringList copied{QStringLiteral("composer"), QStringLiteral("autoload.php"),
                                 QStringLiteral("bin")};

        const std::optional<FileOpReport> r = runner->keepTree(
            QStringLiteral("vendor"), QStringLiteral(".upgrade-assistant-kept/vendor"), copied);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error + r->failed.join(QLatin1Char(';'))));
        const auto inode = [](const QString &p) {
            struct stat st
            {
            };
            return ::lstat(QFile::encodeName(p).constData(), &st) == 0 ? st.st_ino : ino_t(0);
        };
        QCOMPARE(inode(kept + QStringLiteral("/vendor/acme/tool/src/A.php")), inode(a));
        QCOMPARE(modeOf(kept + QStringLiteral("/vendor/acme/tool/src/A.php")), 0640);
        for (const char *rewritten : {"composer/installed.json", "autoload.php"}) {
            const QString name = QString::fromLatin1(rewritten);
            QVERIFY2(inode(kept + QStringLiteral("/vendor/") + name) !=
                         inode(s.dir + QStringLiteral("/vendor/") + name),
                     rewritten);
            QCOMPARE(readFile(kept + QStringLiteral("/vendor/") + name),
                     readFile(s.dir + QStringLiteral("/vendor/") + name));
        }
        QCOMPARE(QFile::symLinkTarget(kept + QStringLiteral("/vendor/bin/tool")),
                 kept + QStringLiteral("/vendor/acme/tool/bin/tool"));
        QVERIFY(isLink(kept + QStringLiteral("/vendor/link-up")));
        QCOMPARE(QFile::symLinkTarget(kept + QStringLiteral("/vendor/link-up")),
                 kept + QStringLiteral("/composer.json"));
        QCOMPARE(treeChecksum(s.dir + QStringLiteral("/vendor")), before);

        // Only a new name in the assistant's own folder, and only plain names to copy.
        const QString notNew = QStringLiteral("is not a new place in a folder the assistant made");
        for (const auto &[to, names, expected] :
             {std::tuple{QStringLiteral(".upgrade-assistant-kept/vendor"), QStringList(), notNew},
              std::tuple{QStringLiteral("var/vendor-copy"), QStringList(), notNew},
              std::tuple{QStringLiteral(".upgrade-assistant-kept/../var/x"), QStringList(), notNew},
              std::tuple{QStringLiteral(".upgrade-assistant-kept/other"),
                         QStringList{QStringLiteral("../app")},
                         QStringLiteral("../app is outside the store folder")}}) {
            const std::optional<FileOpReport> refused = runner->keepTree(QStringLiteral("vendor"), to, names);
            QVERIFY(refused);
            QVERIFY2(refused->error.contains(expected),
                     qPrintable(to + QStringLiteral(": ") + refused->error));
        }
        QVERIFY(!QFileInfo::exists(s.dir + QStringLiteral("/var/vendor-copy")));
        QVERIFY(!QFileInfo::exists(s.dir + QStringLiteral("/var/x")));
        QVERIFY(!QFileInfo::exists(kept + QStringLiteral("/other")));
        QCOMPARE(treeChecksum(s.dir + QStringLiteral("/vendor")), before);
    }

    // No store folder: the assistant mounts HOST:REMOTE_ROOT itself, upgrades through it, names the
    // server's paths in what it says, and takes the mount down again.
    void upgradeWithoutALocalMount()
    {
        const Server s = makeServer(QStringLiteral("nomount"), false);
        const QString report = path(QStringLiteral("report-nomount.json"));
        const QString remote = Host + QLatin1Char(':') + s.dir;

        const auto plan =
            mua::test::runProgram(QStringList{QStringLiteral("plan")} + sshArgs(s, m_config), 60000, m_env);
        QVERIFY2(plan.exitCode == 0, qPrintable(describe(plan)));
        QVERIFY2(plan.outText().contains(QLatin1String("clear-generated")), qPrintable(describe(plan)));

        const auto r = mua::test::runProgram(QStringList{QStringLiteral("upgrade"), QStringLiteral("--yes"),
                                                         QStringLiteral("--report"), report} +
                                                 sshArgs(s, m_config),
                                             90000, m_env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("Log: %1/var/log/upgrade-assistant-").arg(remote)),
                 qPrintable(describe(r)));
        const QJsonObject json = QJsonDocument::fromJson(readFile(report)).object();
        QCOMPARE(json.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(json.value(QLatin1String("store")).toString(), remote);
        QCOMPARE(countEntries(s.dir + QStringLiteral("/generated/code")), 0);
        QVERIFY(!QFile::exists(s.dir + QStringLiteral("/var/.maintenance.flag")));
        // Unmounted, and its folder gone.
        QVERIFY(!QString::fromUtf8(readFile(QStringLiteral("/proc/self/mountinfo")))
                     .contains(QLatin1String("mua-mount-")));
        QCOMPARE(
            QDir(path(QStringLiteral("sshd/xdg"))).entryList({QStringLiteral("mua-mount-*")}, QDir::Dirs),
            QStringList());

        // A server folder that is not there: one sentence, exit 2, nothing mounted.
        Server missing = s;
        missing.dir = s.dir + QStringLiteral("-missing");
        const auto bad = mua::test::runProgram(
            QStringList{QStringLiteral("upgrade"), QStringLiteral("--yes")} + sshArgs(missing, m_config),
            60000, m_env);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.errText().contains(QLatin1String("Could not mount")), qPrintable(describe(bad)));
        // Without sshfs: the sentence says what to install, or to mount it by hand.
        QProcessEnvironment noSshfs = m_env;
        const QString sshOnly = path(QStringLiteral("bin-no-sshfs"));
        QVERIFY(QDir().mkpath(sshOnly));
        QVERIFY(makeLink(QStandardPaths::findExecutable(QStringLiteral("ssh")),
                         sshOnly + QStringLiteral("/ssh")));
        noSshfs.insert(QStringLiteral("PATH"), sshOnly);
        const auto none = mua::test::runProgram(
            QStringList{QStringLiteral("upgrade"), QStringLiteral("--yes")} + sshArgs(s, m_config), 60000,
            noSshfs);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.errText().contains(QLatin1String("apt install sshfs")), qPrintable(describe(none)));
    }

    // Cancel reaches bin/magento on the server at once (its stdin is not a pipe it would notice):
    // the whole remote process group is stopped, then the run ends with 130.
    void cancelStopsTheRemoteCommand()
    {
        const Server s = makeServer(QStringLiteral("cancel"));
        QVERIFY(!s.mount.isEmpty());
        QVERIFY(writeFile(s.dir, QStringLiteral(".fake-magento/switches.json"),
                          R"({"hang": ["setup:upgrade"]})"));
        QProcess program;
        program.setProcessEnvironment(m_env);
        program.setProcessChannelMode(QProcess::MergedChannels);
        program.setStandardInputFile(QProcess::nullDevice());
        program.start(mua::test::programPath(),
                      QStringList{QStringLiteral("upgrade"), s.mount, QStringLiteral("--yes"),
                                  QStringLiteral("--grace"), QStringLiteral("1")} +
                          sshArgs(s, m_config));
        QVERIFY(program.waitForStarted());
        QByteArray said;
        const qint64 child = mua::test::waitForHangingChild(program, &said);
        QVERIFY2(child > 0, said.constData());
        QVERIFY(::kill(pid_t(child), 0) == 0); // the hanging command's child, on the "server"
        QElapsedTimer clock;
        clock.start();
        QVERIFY(::kill(pid_t(program.processId()), SIGTERM) == 0);
        while (::kill(pid_t(child), 0) == 0 && clock.elapsed() < 10000)
            QTest::qWait(50);
        // Well before the local fallback (grace + 3 s) would kill ssh itself.
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        const bool ended = program.state() == QProcess::NotRunning || program.waitForFinished(10000);
        said += program.readAll();
        QVERIFY2(ended, said.constData());
        QCOMPARE(program.exitCode(), 130);
        QVERIFY2(said.contains("Cancelled during setup-upgrade"), said.constData());
    }

    // versions through ssh: Composer runs on the server (the program's PATH has neither php nor
    // composer), in the store's folder there, with the store's own repositories.
    void versionsComeFromTheServer()
    {
        const Server s = readOnlyComposerServer();
        QVERIFY(!s.mount.isEmpty());
        const QByteArray before = treeChecksum(s.dir);
        const auto r = mua::test::runProgram(
            QStringList{QStringLiteral("versions"), s.mount, QStringLiteral("--json")} + sshArgs(s, m_config),
            120000, m_env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject v = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(v.value(QLatin1String("package")).toString(),
                 QStringLiteral("magento/product-community-edition"));
        QCOMPARE(v.value(QLatin1String("installed")).toString(), QStringLiteral("2.4.7"));
        QStringList available;
        for (const QJsonValue &a : v.value(QLatin1String("available")).toArray())
            available << a.toObject().value(QLatin1String("version")).toString() + QLatin1Char(' ') +
                             a.toObject().value(QLatin1String("php")).toString();
        QCOMPARE(available, (QStringList{QStringLiteral("2.4.9 ~8.3.0||~8.4.0"),
                                         QStringLiteral("2.4.8 ~8.2.0||~8.3.0||~8.4.0")}));
        QCOMPARE(treeChecksum(s.dir), before);
    }

    // plan --target-version through ssh: the six checks ask the server's Composer and PHP, in a
    // scratch copy in the store's var/ (the only folder both sides see) that is gone afterwards; a
    // module that pins the old framework is named, and upgrade refuses before anything changes.
    // The impact report of a store reached over ssh: the server's Composer installs the target into
    // the store's var/ (the folder both sides see), the comparison reads both trees through the mount,
    // and the findings are the local runner's golden ones. Nothing else in the store changes.
    void impactThroughTheMount()
    {
        ComposerRepo::StoreOptions options;
        options.customised = true;
        const Server s = makeComposerServer(QStringLiteral("impact"), options);
        QVERIFY(!s.mount.isEmpty());
        const QStringList before = treeListing(s.dir);
        const mua::test::ProgramResult r = mua::test::runProgram(
            QStringList{QStringLiteral("impact"), s.mount, QStringLiteral("--target-version"),
                        QStringLiteral("2.4.8"), QStringLiteral("--json")} +
                sshArgs(s, m_config),
            300000, m_env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject golden = mua::test::jsonFile(
            QStringLiteral(MUA_TEST_SOURCE_DIR "/integration/data/impact-2.4.7-2.4.8.json"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("findings")),
                 golden.value(QLatin1String("findings")));
        // Compared on the server, not through the mount.
        QVERIFY2(r.errText().contains(QLatin1String("Compared on the server with diff")),
                 qPrintable(r.errText()));
        const QString kept = s.dir + QStringLiteral("/var/.upgrade-assistant-impact-2.4.8");
        QVERIFY(QFileInfo(kept + QStringLiteral("/vendor/magento/module-catalog")).isDir());
        QVERIFY(QDir(kept).removeRecursively());
        QCOMPARE(treeListing(s.dir), before);
    }

    void planWorksTheMoveOutOnTheServer()
    {
        const QStringList move{QStringLiteral("--target-version"), QStringLiteral("2.4.8")};
        const Server s = readOnlyComposerServer();
        QVERIFY(!s.mount.isEmpty());
        const QStringList before = treeListing(s.dir);
        mua::test::ProgramResult r;
        const QJsonObject plan = planJson(s, move, &r);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(
            ComposerRepo::planCheck(plan, QStringLiteral("ssh")).value(QLatin1String("level")).toString(),
            QStringLiteral("pass"));
        for (const QString &id : ComposerRepo::moveCheckIds())
            QVERIFY2(
                ComposerRepo::planCheck(plan, id).value(QLatin1String("level")).toString() ==
                    QLatin1String("pass"),
                qPrintable(id + QLatin1Char(' ') +
                           QString::fromUtf8(QJsonDocument(ComposerRepo::planCheck(plan, id)).toJson())));
        const QStringList changes = ComposerRepo::moveChanges(plan);
        QVERIFY2(changes.contains(QLatin1String("magento/framework 103.0.7>103.0.8")),
                 qPrintable(changes.join(u',')));
        QVERIFY(plan.value(QLatin1String("move"))
                    .toObject()
                    .value(QLatin1String("blocking"))
                    .toArray()
                    .isEmpty());
        QVERIFY(!QFileInfo::exists(s.dir + QStringLiteral("/var/.upgrade-assistant-resolve")));
        QCOMPARE(treeListing(s.dir), before);

        ComposerRepo::StoreOptions options;
        options.legacyModule = true;
        const Server legacy = makeComposerServer(QStringLiteral("composer-legacy"), options);
        QVERIFY(!legacy.mount.isEmpty());
        const QStringList legacyBefore = treeListing(legacy.dir);
        const QJsonObject refused = planJson(legacy, move, &r);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(ComposerRepo::planCheck(refused, QStringLiteral("resolve"))
                     .value(QLatin1String("level"))
                     .toString(),
                 QStringLiteral("error"));
        const QJsonArray blocking =
            refused.value(QLatin1String("move")).toObject().value(QLatin1String("blocking")).toArray();
        QCOMPARE(blocking.size(), 1);
        QCOMPARE(blocking.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("acme/module-legacy"));
        QCOMPARE(blocking.at(0).toObject().value(QLatin1String("constraint")).toString(),
                 QStringLiteral("magento/framework 103.0.7"));
        QVERIFY(!QFileInfo::exists(legacy.dir + QStringLiteral("/var/.upgrade-assistant-resolve")));
        QCOMPARE(treeListing(legacy.dir), legacyBefore);

        // The log goes elsewhere; the journal is the assistant's record of the refused run.
        const auto upgraded = upgrade(
            legacy, move + QStringList{QStringLiteral("--log"), path(QStringLiteral("legacy.log"))}, 180000);
        QVERIFY2(upgraded.exitCode == 3, qPrintable(describe(upgraded)));
        QVERIFY2(upgraded.errText().contains(QLatin1String("acme/module-legacy")),
                 qPrintable(describe(upgraded)));
        QVERIFY(!QFile::exists(legacy.dir + QStringLiteral("/var/.maintenance.flag")));
        QVERIFY(!QFileInfo::exists(legacy.dir + QStringLiteral("/var/.upgrade-assistant-resolve")));
        QVERIFY(QFile::remove(legacy.dir + QStringLiteral("/var/.upgrade-assistant.journal.json")));
        QCOMPARE(treeListing(legacy.dir), legacyBefore);
    }

    // The move itself through ssh: Composer runs on the server, setup:upgrade after it, and inspect
    // then reads the new version through the mount.
    void moveThroughSshEndToEnd()
    {
        const Server s = makeComposerServer(QStringLiteral("composer-move"));
        QVERIFY(!s.mount.isEmpty());
        const auto r = upgrade(s, {QStringLiteral("--target-version"), QStringLiteral("2.4.8")}, 300000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("$ ssh -F %1 %2 'cd ").arg(m_config, Host)) &&
                     r.outText().contains(QLatin1String("exec composer update --no-interaction")),
                 qPrintable(describe(r)));
        QCOMPARE(ComposerRepo::inspectedVersion(s.mount, m_env), QStringLiteral("2.4.8"));
        QCOMPARE(installedVersion(s.dir, QStringLiteral("magento/framework")), QStringLiteral("103.0.8"));
        QVERIFY(readFile(s.dir + QStringLiteral("/vendor/magento/framework/src/Version.php"))
                    .contains("103.0.8"));
        QVERIFY(!QFile::exists(s.dir + QStringLiteral("/var/.maintenance.flag")));
        QVERIFY(!QFileInfo::exists(s.dir + QLatin1Char('/') + QStringLiteral(".upgrade-assistant-kept")));
        // The kept copy was deleted on the server once the move had worked.
        QCOMPARE(FileOps::findAside(s.dir, {QStringLiteral("kept-code"), QStringLiteral("vendor")}),
                 QStringList());
        QVERIFY(!QFileInfo::exists(s.dir + QStringLiteral("/var/.upgrade-assistant-resolve")));
    }

    // Composer fails on the server after it changed vendor/, composer.lock and a mapped file: all of
    // it is back exactly as it was (content, modes, links) before the step reports its failure, and
    // --resume then moves the store.
    void composerFailingOnTheServerPutsTheCodeBack()
    {
        const Server s = makeComposerServer(QStringLiteral("composer-fails"));
        QVERIFY(!s.mount.isEmpty());
        QVERIFY(makeLink(QStringLiteral("../composer.json"),
                         s.dir + QStringLiteral("/vendor/link-to-composer-json")));
        const QByteArray before = ComposerRepo::codeChecksum(s.dir);
        // The wrappers run on the server (the same machine here), by the path --composer gives.
        const QStringList move{QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                               QStringLiteral("--log"), path(QStringLiteral("composer-fails.log"))};
        const auto failed =
            upgrade(s,
                    move + QStringList{QStringLiteral("--composer"),
                                       ComposerRepo::composerWrapper(m_dir.path(), QStringLiteral("fail"))},
                    300000);
        QVERIFY2(failed.exitCode == 1, qPrintable(describe(failed)));
        QVERIFY2(describe(failed).contains(QLatin1String("Simulated failure after vendor/ changed")),
                 qPrintable(describe(failed)));
        QVERIFY2(failed.errText().contains(QLatin1String("back as they were")), qPrintable(describe(failed)));
        QCOMPARE(ComposerRepo::codeChecksum(s.dir), before);
        QVERIFY(!QFileInfo::exists(s.dir + QLatin1Char('/') + QStringLiteral(".upgrade-assistant-kept")));
        // What Composer left, and the kept copy's folder, were deleted on the server.
        QCOMPARE(FileOps::findAside(s.dir, {QStringLiteral("kept-code"), QStringLiteral("vendor")}),
                 QStringList());
        QCOMPARE(ComposerRepo::inspectedVersion(s.mount, m_env), QStringLiteral("2.4.7"));

        const auto resumed =
            upgrade(s,
                    move + QStringList{QStringLiteral("--resume"), QStringLiteral("--composer"),
                                       ComposerRepo::composerWrapper(m_dir.path(), QStringLiteral("plain"))},
                    300000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        QCOMPARE(ComposerRepo::inspectedVersion(s.mount, m_env), QStringLiteral("2.4.8"));
        QCOMPARE(installedVersion(s.dir, QStringLiteral("magento/framework")), QStringLiteral("103.0.8"));
        QVERIFY(!QFile::exists(s.dir + QStringLiteral("/var/.maintenance.flag")));
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

    // The store's files belong to someone other than the ssh user: refused, and the fix names the
    // user to connect as (the owner) and how.
    void ownerMismatchSaysWhomToConnectAs()
    {
        const Server s = makeServer(QStringLiteral("owner"));
        QVERIFY(!s.mount.isEmpty());
        const QString env = s.dir + QStringLiteral("/app/etc/env.php");
        QVERIFY(::chown(QFile::encodeName(env).constData(), 65534, 65534) == 0);
        const QString owner = QString::fromLocal8Bit(::getpwuid(65534)->pw_name);
        const auto r = upgrade(s);
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(QStringLiteral("app/etc/env.php belongs to %1").arg(owner)),
                 qPrintable(describe(r)));
        QVERIFY2(
            r.errText().contains(
                QStringLiteral("Connect as %1: --ssh %1@%2, or User %1 in ~/.ssh/config.").arg(owner, Host)),
            qPrintable(describe(r)));
        QVERIFY(!QFile::exists(s.dir + QStringLiteral("/var/.maintenance.flag")));
    }

    void passwordPromptFailsFast()
    {
        const Server s = makeServer(QStringLiteral("batch"));
        QVERIFY(!s.mount.isEmpty());
        // A live shared connection would let any key in: start without one.
        m_server.closeSharedConnection();
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
                              .arg(path(QStringLiteral("sshd/user_key")))
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
            const auto runner = sshRunner(s.dir, s.dir, config);
            QVERIFY(runner);
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
        QCOMPARE(modeOf(outside + QStringLiteral("/file.txt")) & 07777, 0640);
        QCOMPARE(modeOf(outside + QStringLiteral("/session.txt")) & 07777, 0600);
        QCOMPARE(modeOf(outside + QStringLiteral("/dir")) & 07777, 0750);
        QCOMPARE(modeOf(outside + QStringLiteral("/dir/inner.txt")) & 07777, 0604);
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
        const auto runner = sshRunner(s.dir, s.dir);
        QVERIFY(runner);
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
        const auto runner = sshRunner(s.dir, s.dir);
        QVERIFY(runner);
        // Moving the folder aside would carry the mount into the trash: not done, nothing changed.
        const int before = countEntries(s.dir + QStringLiteral("/generated/code"));
        const AsideMove move = runner->moveAside(QStringLiteral("generated/code"));
        QVERIFY(move.result == AsideMove::Result::NotPossible);
        QVERIFY2(move.reason.contains(QLatin1String("mount point")), qPrintable(move.reason));
        QCOMPARE(countEntries(s.dir + QStringLiteral("/generated/code")), before);
        QCOMPARE(FileOps::findAside(s.dir, {QStringLiteral("generated/code")}), QStringList());

        // chmod -R would go into it: the walk that stays on one file system is used instead.
        const QString sessionMount = s.dir + QStringLiteral("/var/session/Mounted");
        QVERIFY(::chmod(QFile::encodeName(elsewhere + QStringLiteral("/keep.txt")).constData(), 0604) == 0);
        QVERIFY(mount(elsewhere, sessionMount));
        const FileOpReport chmodded = runner->chmodTree(QStringLiteral("var/session"), 0770, nullptr);
        QVERIFY2(chmodded.error.isEmpty(), qPrintable(chmodded.error));
        QCOMPARE(modeOf(elsewhere + QStringLiteral("/keep.txt")) & 07777, 0604);
        QDirIterator sessions(s.dir + QStringLiteral("/var/session"), QDir::Files | QDir::Hidden);
        QVERIFY(sessions.hasNext());
        while (sessions.hasNext()) {
            const QString f = sessions.next();
            if (!f.startsWith(sessionMount))
                QCOMPARE(modeOf(f) & 07777, 0770);
        }
        unmount(sessionMount);

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
        const auto runner = sshRunner(s.mount, s.dir);
        QVERIFY(runner);
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
