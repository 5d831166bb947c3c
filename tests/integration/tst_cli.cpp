// The headless contract of cli.md, driven through the real executable: exit codes, JSON, and
// one plain sentence on stderr for every kind of bad input.
#include "core/run/terminaltext.h"
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
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace mua::test;

namespace {

// Runs the program as an unprivileged user, so that file modes apply even when tests run as root.
ProgramResult runAsNobody(const QStringList &args)
{
    if (::geteuid() != 0)
        return runProgram(args);
    return run(QStringLiteral("setpriv"),
               QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), programPath()} +
                   args);
}

void checkOneSentenceError(const ProgramResult &r, int code, const QString &needle)
{
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, code);
    const QString err = r.errText().trimmed();
    QVERIFY2(err.contains(needle), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err)); // one sentence, one line
    QVERIFY2(!err.contains(QLatin1String("QObject")) && !err.contains(QLatin1String("qt.")), qPrintable(err));
}

// The environment of a machine without a display: a server, a container, a build chroot.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    return env;
}

// One sentence and exit 2, never Qt's "could not connect to display" or platform plugin abort.
void checkNoQtAbort(const ProgramResult &r, const QString &needle)
{
    checkOneSentenceError(r, 2, needle);
    const QString err = r.errText();
    for (const char *qt : {"platform plugin", "could not connect", "xcb", "Aborted"})
        QVERIFY2(!err.contains(QLatin1String(qt), Qt::CaseInsensitive), qPrintable(err));
}

const QStringList CommandNames{QStringLiteral("inspect"), QStringLiteral("plan"),
                               QStringLiteral("upgrade"), QStringLiteral("rollback"),
                               QStringLiteral("backups"), QStringLiteral("demo-store")};

// Runs the program with its address space bounded (4 GB): reading an endless device whole ends in
// std::bad_alloc here, not in a machine out of memory.
ProgramResult runBounded(const QStringList &args, int timeoutMs = 30000)
{
    return run(QStringLiteral("sh"),
               QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -v 4000000; exec \"$0\" \"$@\""),
                           programPath()} +
                   args,
               QString(), timeoutMs);
}

QString makeDemo(const QTemporaryDir &dir, const QString &era = QStringLiteral("2.4"))
{
    const QString root = dir.path() + QStringLiteral("/store");
    const ProgramResult r = runProgram({QStringLiteral("demo-store"), root, QStringLiteral("--era"), era});
    if (r.exitCode != 0)
        qWarning("demo-store failed: %s", r.err.constData());
    return root;
}

// Runs script (sh) with the demo store's var/ on a small tmpfs of its own ($0), holding what var/
// held; the store is $1 and a folder outside it for what the script keeps is $2.
ProgramResult onSmallVar(const QString &root, const QString &outside, const QString &script,
                         int sizeKb = 1024)
{
    if (!QDir().rename(root + QStringLiteral("/var"), root + QStringLiteral("/var.orig")) ||
        !QDir().mkpath(root + QStringLiteral("/var")))
        qWarning("cannot move %s/var aside", qPrintable(root));
    const ProgramResult r = runOnSmallDisk(
        root + QStringLiteral("/var"), sizeKb,
        QStringLiteral("cp -a \"$0/../var.orig/.\" \"$0/\" || exit 98\n") + script, {root, outside});
    if (r.exitCode != 0)
        qWarning("the script on the small disk ended with %d: %s", r.exitCode, r.err.constData());
    return r;
}

// The sshfs process that serves mountPoint.
qint64 sshfsServing(const QString &mountPoint)
{
    QDirIterator procs(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (procs.hasNext()) {
        const QString p = procs.next();
        const QList<QByteArray> argv = readFile(p + QStringLiteral("/cmdline")).split('\0');
        if (!argv.isEmpty() && argv.first().endsWith("sshfs") && argv.contains(QFile::encodeName(mountPoint)))
            return QFileInfo(p).fileName().toLongLong();
    }
    return 0;
}

// Processes that work in the store (their current folder is in it): none may outlive a run.
QStringList processesIn(const QString &root)
{
    const QString canonical = QFileInfo(root).canonicalFilePath();
    QStringList found;
    QDirIterator procs(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (procs.hasNext()) {
        const QString p = procs.next();
        const QString cwd = QFileInfo(p + QStringLiteral("/cwd")).symLinkTarget();
        if (cwd == canonical || cwd.startsWith(canonical + QLatin1Char('/')))
            found << p + QLatin1Char(' ') +
                         QString::fromUtf8(readFile(p + QStringLiteral("/cmdline")))
                             .replace(QLatin1Char('\0'), QLatin1Char(' '));
    }
    return found;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        ProgramResult r = runProgram({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QLatin1String("inspect ROOT")));
        r = runProgram({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(QLatin1String("magento-upgrade-assistant ")));
        r = runProgram({QStringLiteral("inspect"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
    }

    void unknownCommandAndMissingRoot()
    {
        checkOneSentenceError(runProgram({QStringLiteral("inspect")}), 2,
                              QStringLiteral("inspect takes exactly one"));
        checkOneSentenceError(
            runProgram({QStringLiteral("inspect"), QStringLiteral("/tmp"), QStringLiteral("--bogus")}), 2,
            QStringLiteral("--bogus"));
    }

    void unknownCommandOrTypoIsAUsageErrorWithoutDisplay()
    {
        ProgramResult r = runProgram({QStringLiteral("versionz"), QStringLiteral("/var/www/shop")}, 20000,
                                     withoutDisplay());
        checkNoQtAbort(r, QStringLiteral("versionz is neither a command nor a folder"));
        for (const QString &command : CommandNames)
            QVERIFY2(r.errText().contains(command), qPrintable(command));
        r = runProgram({QStringLiteral("inspct"), QStringLiteral("/var/www/shop")}, 20000, withoutDisplay());
        checkNoQtAbort(r, QStringLiteral("(did you mean inspect?)"));
        r = runProgram({QStringLiteral("--bogus")}, 20000, withoutDisplay());
        checkNoQtAbort(r, QStringLiteral("--bogus is not an option of the wizard"));
        QVERIFY2(r.errText().contains(QLatin1String("demo-store")), r.err.constData());
    }

    // A path the wizard cannot open is an error on the command line, with a display or without.
    void notAFolderIsAUsageError_data()
    {
        QTest::addColumn<bool>("display");
        QTest::newRow("no display") << false;
        QTest::newRow("offscreen") << true;
    }

    void notAFolderIsAUsageError()
    {
        QFETCH(bool, display);
        QProcessEnvironment env = withoutDisplay();
        if (display)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("env.php"), "<?php return [];");
        const QString file = dir.path() + QStringLiteral("/env.php");
        checkNoQtAbort(runProgram({file}, 20000, env), file + QStringLiteral(" is not a folder"));
        const QString missing = dir.path() + QStringLiteral("/no-such-shop");
        checkNoQtAbort(runProgram({missing}, 20000, env), missing + QStringLiteral(" does not exist"));
        checkNoQtAbort(runProgram({dir.path(), dir.path()}, 20000, env),
                       QStringLiteral("opens one store folder, not 2"));
        checkNoQtAbort(runProgram({QStringLiteral("--demo"), dir.path()}, 20000, env),
                       QStringLiteral("give either --demo or a store folder"));
    }

    // The wizard with nowhere to show it: a sentence that says so, exit 2, and no demo store made.
    void wizardWithoutDisplayIsOneSentence()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        QTemporaryDir tmp;
        QProcessEnvironment env = withoutDisplay();
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        for (const QStringList &args :
             {QStringList{root}, QStringList{QStringLiteral("--demo")}, QStringList{}}) {
            const ProgramResult r = runProgram(args, 20000, env);
            checkNoQtAbort(r, QStringLiteral("There is no display to open the wizard on"));
            QVERIFY2(r.errText().contains(QLatin1String("xvfb-run")), r.err.constData());
        }
        QVERIFY(QDir(tmp.path()).isEmpty());
        // DISPLAY set, but no X server behind it: Qt's fatal error becomes the same kind of sentence.
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":97"));
        checkNoQtAbort(runProgram({root}, 20000, env),
                       QStringLiteral("The wizard could not open a window on :97"));
    }

    // A folder and --demo still open the wizard: it runs until SIGTERM closes it, which keeps the
    // window's geometry in the settings.
    void folderAndDemoOpenTheWizard()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        for (const QStringList &args : {QStringList{root}, QStringList{QStringLiteral("--demo")}}) {
            QTemporaryDir config;
            QProcessEnvironment env = withoutDisplay();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            QProcess wizard;
            wizard.setProcessEnvironment(env);
            wizard.setStandardInputFile(QProcess::nullDevice());
            wizard.start(programPath(), args);
            QVERIFY(wizard.waitForStarted(10000));
            QVERIFY2(!wizard.waitForFinished(3000), wizard.readAllStandardError().constData());
            ::kill(pid_t(wizard.processId()), SIGTERM);
            QVERIFY(wizard.waitForFinished(20000));
            QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
            QCOMPARE(wizard.exitCode(), 0);
            const QByteArray settings = readFile(
                config.path() + QStringLiteral("/magento-upgrade-assistant/magento-upgrade-assistant.conf"));
            QVERIFY2(settings.contains("geometry="), settings.constData());
        }
    }

    // cli.md: the report names the steps by id, in order, also when the run was refused at once.
    void refusedRunReportListsEveryStep()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        // Another run on this host, alive (this test), holds the lock.
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        writeFile(root, QStringLiteral("var/.upgrade-assistant.lock"),
                  QJsonDocument(QJsonObject{{QLatin1String("host"), QSysInfo::machineHostName()},
                                            {QLatin1String("user"), QStringLiteral("dev")},
                                            {QLatin1String("pid"), QCoreApplication::applicationPid()},
                                            {QLatin1String("token"), QStringLiteral("t")},
                                            {QLatin1String("startedAt"), now},
                                            {QLatin1String("heartbeat"), now}})
                      .toJson());
        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--report"), report});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = QJsonDocument::fromJson(readFile(report)).object();
        QCOMPARE(o.value(QLatin1String("result")).toString(), QStringLiteral("refused"));
        const QString message = o.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(message));

        const ProgramResult plan = runProgram({QStringLiteral("plan"), root, QStringLiteral("--json")});
        QStringList planned;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(plan.out).object().value(QLatin1String("steps")).toArray())
            planned << v.toObject().value(QLatin1String("id")).toString();
        QVERIFY(planned.size() > 10);
        QStringList reported;
        for (const QJsonValue &v : o.value(QLatin1String("steps")).toArray()) {
            const QJsonObject step = v.toObject();
            reported << step.value(QLatin1String("id")).toString();
            QCOMPARE(step.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
            QVERIFY2(step.value(QLatin1String("detail")).toString().contains(message),
                     qPrintable(step.value(QLatin1String("detail")).toString()));
        }
        QCOMPARE(reported, planned);
    }

    void inspectDemoStores_data()
    {
        QTest::addColumn<QString>("era");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("2.1") << QStringLiteral("2.1") << QStringLiteral("2.1.9") << QStringLiteral("legacy")
                             << QStringLiteral("array");
        QTest::newRow("2.4") << QStringLiteral("2.4") << QStringLiteral("2.4.7")
                             << QStringLiteral("generated") << QStringLiteral("short");
    }

    void inspectDemoStores()
    {
        QFETCH(QString, era);
        QFETCH(QString, version);
        QFETCH(QString, layout);
        QFETCH(QString, syntax);
        QTemporaryDir dir;
        const QString root = makeDemo(dir, era);
        const QByteArray before = treeChecksum(root);
        const ProgramResult r = runProgram({QStringLiteral("inspect"), root, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(o.value(QLatin1String("root")).toString(), root);
        QCOMPARE(o.value(QLatin1String("isMagento")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("magento")).toObject().value(QLatin1String("version")).toString(),
                 version);
        QCOMPARE(o.value(QLatin1String("layout")).toString(), layout);
        QCOMPARE(o.value(QLatin1String("envSyntax")).toString(), syntax);
        QVERIFY(o.value(QLatin1String("session")).toObject().value(QLatin1String("usesVarSession")).toBool());
        QVERIFY(o.value(QLatin1String("session")).toObject().value(QLatin1String("varSessionFiles")).toInt() >
                0);
        // Every key of the contract is present (null when it does not apply).
        for (const char *key :
             {"root", "isMagento", "magento", "layout", "codeGenerationDirs", "envSyntax", "deployMode",
              "session", "maintenance", "cacheTypes", "filesystem", "warnings"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!r.out.contains("demo-secret-password"));
        QCOMPARE(treeChecksum(root), before);

        const ProgramResult text = runProgram({QStringLiteral("inspect"), root});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(version));
        QVERIFY(text.err.isEmpty());
    }

    void notAStore()
    {
        QTemporaryDir dir;
        checkOneSentenceError(
            runProgram({QStringLiteral("inspect"), dir.path()}), 2,
            QStringLiteral("is not a Magento 2 store: it has neither app/etc/env.php nor bin/magento"));
        const ProgramResult json =
            runProgram({QStringLiteral("inspect"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QLatin1String("isMagento")).toBool(true), false);
        QVERIFY(!o.value(QLatin1String("warnings")).toArray().isEmpty());
    }

    void missingEnvPhp()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("bin/magento"), "<?php\n");
        checkOneSentenceError(runProgram({QStringLiteral("inspect"), dir.path()}), 2,
                              QStringLiteral("app/etc/env.php is missing"));
    }

    void missingFolder()
    {
        checkOneSentenceError(runProgram({QStringLiteral("inspect"), QStringLiteral("/nonexistent/shop")}), 2,
                              QStringLiteral("/nonexistent/shop does not exist"));
    }

    void fileInsteadOfFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("env.php"), "<?php return [];");
        checkOneSentenceError(
            runProgram({QStringLiteral("inspect"), dir.path() + QStringLiteral("/env.php")}), 2,
            QStringLiteral("is a file, not a folder"));
    }

    void truncatedEnvPhp()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        QFile env(root + QStringLiteral("/app/etc/env.php"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QByteArray whole = env.readAll();
        env.close();
        const QByteArray cut = whole.left(whole.size() / 2);
        writeFile(root, QStringLiteral("app/etc/env.php"), cut);
        const int lines = int(cut.count('\n')) + 1;
        const ProgramResult r = runProgram({QStringLiteral("inspect"), root});
        checkOneSentenceError(
            r, 2,
            QStringLiteral("app/etc/env.php cannot be read as Magento's configuration: line %1").arg(lines));
        QVERIFY(r.errText().contains(QLatin1String("column")));
    }

    void binaryGarbage()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        writeFile(root, QStringLiteral("app/etc/env.php"), garbage);
        checkOneSentenceError(runProgram({QStringLiteral("inspect"), root}), 2,
                              QStringLiteral("cannot be read as Magento's configuration"));
    }

    void unreadableEnvPhp()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        const QString root = makeDemo(dir);
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/app/etc/env.php"), QFileDevice::ReadOwner));
        checkOneSentenceError(
            runAsNobody({QStringLiteral("inspect"), root}), 2,
            QStringLiteral("Cannot read %1/app/etc/env.php: it belongs to root and its mode 0400 "
                           "(r--------) lets only its owner read it. Run the assistant as root")
                .arg(root));
    }

    // env.php that its owner cannot read: the fix is its mode, not another user.
    void envPhpItsOwnerCannotRead()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        const QString root = makeDemo(dir);
        const QString env = root + QStringLiteral("/app/etc/env.php");
        if (::geteuid() == 0)
            QCOMPARE(::chown(QFile::encodeName(env).constData(), 65534, 65534), 0);
        QVERIFY(QFile::setPermissions(env, QFileDevice::WriteOwner));
        const ProgramResult r = runAsNobody({QStringLiteral("inspect"), root});
        checkOneSentenceError(r, 2, QStringLiteral("Cannot read %1: it is yours").arg(env));
        QVERIFY2(r.errText().contains(QStringLiteral("chmod u+r %1").arg(env)), r.err.constData());
        QVERIFY2(!r.errText().contains(QLatin1String("Run the assistant as")), r.err.constData());
    }

    // A symbolic link loop is a loop, not a question of who runs the assistant.
    void envPhpLinkLoop()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        QVERIFY(
            makeSpecial(root, QStringLiteral("app/etc/env.php"), root + QStringLiteral("/app/etc/env2.php")));
        QVERIFY(
            makeSpecial(root, QStringLiteral("app/etc/env2.php"), root + QStringLiteral("/app/etc/env.php")));
        const ProgramResult r = runProgram({QStringLiteral("inspect"), root});
        checkOneSentenceError(r, 2, QStringLiteral("is a symbolic link that leads back to itself"));
        QVERIFY2(!r.errText().contains(QLatin1String("owner")), r.err.constData());
    }

    void specialStoreFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");

        const QString env = QStringLiteral("app/etc/env.php");
        const QString lock = QStringLiteral("composer.lock");
        const QString inspect = QStringLiteral("inspect");
        const QString upgrade = QStringLiteral("upgrade");
        QTest::newRow("env.php -> /dev/zero, inspect")
            << env << QStringLiteral("/dev/zero") << inspect << 2
            << QStringLiteral(
                   "is a symbolic link to /dev/zero, which is a character device, not a regular file");
        QTest::newRow("env.php -> /dev/urandom, upgrade")
            << env << QStringLiteral("/dev/urandom") << upgrade << 2
            << QStringLiteral("/dev/urandom, which is a character device");
        QTest::newRow("env.php FIFO, upgrade")
            << env << QStringLiteral("fifo") << upgrade << 2 << QStringLiteral("is a FIFO (named pipe)");
        QTest::newRow("composer.lock -> /dev/zero, inspect")
            << lock << QStringLiteral("/dev/zero") << inspect << 0
            << QStringLiteral("composer.lock is a symbolic link to /dev/zero");
        QTest::newRow("composer.lock FIFO, inspect --json")
            << lock << QStringLiteral("fifo") << QStringLiteral("inspect --json") << 0
            << QStringLiteral("composer.lock is a FIFO (named pipe)");
    }

    // env.php and composer.lock as endless devices or FIFOs: at once a sentence (exit 2 for env.php,
    // a warning for composer.lock), never a machine out of memory or a run that hangs.
    void specialStoreFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, command);
        QFETCH(int, code);
        QFETCH(QString, words);

        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        QVERIFY(makeSpecial(root, file, kind));
        const QByteArray before = treeChecksum(root);
        QStringList args = command.split(QLatin1Char(' '));
        args.insert(1, root);
        if (command == QLatin1String("upgrade"))
            args << QStringLiteral("--yes");
        QElapsedTimer clock;
        clock.start();
        const ProgramResult r = runBounded(args);
        QVERIFY2(!r.crashed, r.err.right(2000).constData());
        QVERIFY2(clock.elapsed() < 20000, "took too long");
        if (code == 0) {
            QCOMPARE(r.exitCode, 0);
            QVERIFY2((r.outText() + r.errText()).contains(words), r.out.constData());
        } else {
            checkOneSentenceError(r, code, words);
        }
        QCOMPARE(treeChecksum(root), before);
    }

    void journalThatIsNotOne_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("is a FIFO (named pipe)");
        QTest::newRow("link to /dev/zero")
            << QStringLiteral("/dev/zero") << QStringLiteral("is a symbolic link");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("garbage") << QStringLiteral("{\"result\": \"fail") << QStringLiteral("is damaged");
    }

    // The journal of an earlier run that cannot be read: the run refuses (exit 3) and says why and
    // what to do, instead of hanging on a FIFO or starting over as if no run had been cut short.
    void journalThatIsNotOne()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);

        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString journal = QStringLiteral("var/.upgrade-assistant.journal.json");
        QVERIFY(makeSpecial(root, journal, kind));
        const QByteArray before = treeChecksum(root);
        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r =
            runBounded({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--report"),
                        report, QStringLiteral("--log"), dir.path() + QStringLiteral("/run.log")});
        QVERIFY2(!r.crashed, r.err.right(2000).constData());
        QCOMPARE(r.exitCode, 3);
        const QString err = r.errText();
        QVERIFY2(err.contains(root + QLatin1Char('/') + journal) && err.contains(words), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("move it aside")), qPrintable(err));
        QCOMPARE(QJsonDocument::fromJson(readFile(report)).object().value(QLatin1String("result")).toString(),
                 QStringLiteral("refused"));
        // Nothing changed: no maintenance, no lock left behind, the journal as it was.
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/.maintenance.flag")));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/.upgrade-assistant.lock")));
        QCOMPARE(treeChecksum(root), before);
    }

    // The store's lock file as a FIFO: the run does not block reading it; it refuses (exit 3).
    void lockThatIsAFifo()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        QVERIFY(makeSpecial(root, QStringLiteral("var/.upgrade-assistant.lock"), QStringLiteral("fifo")));
        const ProgramResult r = runBounded({QStringLiteral("upgrade"), root, QStringLiteral("--yes")});
        QVERIFY2(!r.crashed, "the run blocked");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/.maintenance.flag")));
    }

    void terminalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("shownAsLogLine");

        const auto row = [](const char *name, const QString &text, const char *shown, const char *logLine) {
            QTest::newRow(name) << text << QString::fromUtf8(shown) << QString::fromUtf8(logLine);
        };
        row("plain", QStringLiteral("Magento\\Framework\tok"), "Magento\\Framework\tok",
            "Magento\\Framework\tok");
        row("window title", QStringLiteral("\x1b]0;pwned\a"), "\\e]0;pwned\\a", "\\e]0;pwned\\a");
        row("screen clear", QStringLiteral("a\x1b[2Jb"), "a\\e[2Jb", "a\\e[2Jb");
        row("OSC 8 link", QStringLiteral("\x1b]8;;http://x/\x1b\\y\x1b]8;;\x1b\\"),
            "\\e]8;;http://x/\\e\\y\\e]8;;\\e\\", "\\e]8;;http://x/\\e\\y\\e]8;;\\e\\");
        row("colours dropped", QStringLiteral("\x1b[1;31mred\x1b[0m \x1b[38:5:196mx\x1b[m"), "red x",
            "red x");
        row("carriage return", QStringLiteral("safe\rEVIL"), "safe\\rEVIL", "safe\\rEVIL");
        row("C1 CSI", QStringLiteral("a\u009b2Jb"), "a\\u009b2Jb", "a\\u009b2Jb");
        row("NUL, BEL, DEL", QStringLiteral("a\0b\ac\x7f"), "a\\x00b\\ac\\x7f", "a\\x00b\\ac\\x7f");
        row("lone ESC at the end", QStringLiteral("x\x1b"), "x\\e", "x\\e");
        row("unfinished SGR", QStringLiteral("x\x1b[31"), "x\\e[31", "x\\e[31");
        row("newline", QStringLiteral("one\ntwo"), "one\ntwo", "one\\ntwo");
        row("UTF-8 stays", QStringLiteral("Käse ✓"), "Käse ✓", "Käse ✓");
    }

    // What reaches a terminal or a log file from outside data.
    void terminalText()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QFETCH(QString, shownAsLogLine);
        using mua::TerminalText::neutralise;
        QCOMPARE(neutralise(text), shown);
        QCOMPARE(neutralise(text, mua::TerminalText::Newlines::Escape), shownAsLogLine);
    }

    // rollback prints through the same controller as upgrade: each step's lines as they come, the
    // same marks; with --json nothing but the one report document.
    void rollbackPrintsItsStepsLikeAnUpgrade()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString folder = dir.path() + QStringLiteral("/backups/20260101T000000Z");
        QVERIFY(writeFile(folder, QStringLiteral("code.tar.gz"), "not the archive the manifest describes"));
        QVERIFY(writeFile(folder, QStringLiteral("database.sql.gz"), "nor the dump"));
        auto file = [](const char *name, const char *kind, int bytes) {
            return QJsonObject{{QLatin1String("name"), QLatin1String(name)},
                               {QLatin1String("kind"), QLatin1String(kind)},
                               {QLatin1String("bytes"), bytes},
                               {QLatin1String("sha256"), QString(64, QLatin1Char('0'))}};
        };
        const QJsonObject manifest{
            {QLatin1String("format"), 1},
            {QLatin1String("created"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QLatin1String("store"), QJsonObject{{QLatin1String("root"), root}}},
            {QLatin1String("database"),
             QJsonObject{{QLatin1String("name"), QStringLiteral("magento_demo24")},
                         {QLatin1String("snapshotAt"), QStringLiteral("2026-01-01T00:00:00Z")}}},
            {QLatin1String("files"),
             QJsonArray{file("code.tar.gz", "code", 38), file("database.sql.gz", "database", 12)}}};
        QVERIFY(writeFile(folder, QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson()));

        ProgramResult r = runBounded(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QVERIFY2(!r.crashed, "rollback blocked");
        QCOMPARE(r.exitCode, 3);
        const QString out = r.outText();
        for (const QString &line :
             {QStringLiteral(" » Magento Upgrade Assistant "), QStringLiteral(" » Check the backup …\n"),
              QStringLiteral(" » Checking the sha256 of code.tar.gz"),
              QStringLiteral(" ✖ Refused: The backup in %1 is damaged").arg(folder)})
            QVERIFY2(out.contains(line), qPrintable(out));
        QVERIFY2(r.errText().contains(QLatin1String("does not match its manifest")), r.err.constData());
        QVERIFY2(out.contains(QLatin1String("Log: ") + root +
                              QStringLiteral("/var/log/upgrade-assistant-rollback-")),
                 qPrintable(out));

        r = runBounded({QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder,
                        QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(report.value(QLatin1String("command")).toString(), QStringLiteral("rollback"));
        QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("refused"));
        QCOMPARE(report.value(QLatin1String("backup")).toString(), folder);
        QCOMPARE(report.value(QLatin1String("dataLoss")), QJsonValue());
        const QJsonArray steps = report.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 9);
        QCOMPARE(steps.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("verify"));
        QCOMPARE(steps.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(steps.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/.maintenance.flag")));
    }

    // A backup whose manifest.json is a FIFO: listed as not complete, and rollback refuses, both at once.
    void backupManifestThatIsAFifo()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString backups = dir.path() + QStringLiteral("/backups");
        const QString folder = backups + QStringLiteral("/20260101T000000Z");
        QVERIFY(makeSpecial(folder, QStringLiteral("manifest.json"), QStringLiteral("fifo")));
        ProgramResult r =
            runBounded({QStringLiteral("backups"), root, QStringLiteral("--backup-dir"), backups});
        QVERIFY2(!r.crashed, "backups blocked");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QLatin1String("NOT complete")) &&
                     r.outText().contains(QLatin1String("is a FIFO (named pipe)")),
                 r.out.constData());
        // Not pruned either: it may be another store's.
        r = runBounded({QStringLiteral("backups"), root, QStringLiteral("--backup-dir"), backups,
                        QStringLiteral("--prune"), QStringLiteral("0"), QStringLiteral("--yes")});
        QVERIFY2(!r.crashed, "prune blocked");
        QVERIFY(QFileInfo::exists(folder));
        r = runBounded(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QVERIFY2(!r.crashed, "rollback blocked");
        checkOneSentenceError(r, 3, folder + QStringLiteral("/manifest.json is a FIFO (named pipe)"));
    }

    void badLogOrReport_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value"); // DIR: the test's folder
        QTest::addColumn<QString>("words");

        for (const QString &command : {QStringLiteral("upgrade"), QStringLiteral("rollback")}) {
            const QByteArray c = command.toUtf8();
            QTest::addRow("%s --report into a folder that does not exist", c.constData())
                << command << QStringLiteral("--report") << QStringLiteral("DIR/missing/report.json")
                << QStringLiteral("--report DIR/missing/report.json: the folder DIR/missing does not exist");
            QTest::addRow("%s --report ''", c.constData())
                << command << QStringLiteral("--report") << QString()
                << QStringLiteral("--report needs a file name");
            QTest::addRow("%s --report a folder", c.constData())
                << command << QStringLiteral("--report") << QStringLiteral("DIR")
                << QStringLiteral("--report DIR is a folder");
            // QSaveFile renames a new file over what is there: as root, --report /dev/null replaced
            // the machine's /dev/null with a regular file. Tried on a device node of the test's own.
            QTest::addRow("%s --report a device", c.constData())
                << command << QStringLiteral("--report") << QStringLiteral("DIR/null")
                << QStringLiteral("--report DIR/null is a character device: give --report a regular file");
            QTest::addRow("%s --report FIFO", c.constData())
                << command << QStringLiteral("--report") << QStringLiteral("DIR/fifo")
                << QStringLiteral("--report DIR/fifo is a FIFO (named pipe)");
            QTest::addRow("%s --log /dev/full", c.constData())
                << command << QStringLiteral("--log") << QStringLiteral("/dev/full")
                << QStringLiteral(
                       "--log /dev/full does not take what is written to it (No space left on device)");
            QTest::addRow("%s --log FIFO", c.constData())
                << command << QStringLiteral("--log") << QStringLiteral("DIR/fifo")
                << QStringLiteral(
                       "--log DIR/fifo is a FIFO (named pipe): a run would stop whenever nothing reads it");
            QTest::addRow("%s --log ''", c.constData()) << command << QStringLiteral("--log") << QString()
                                                        << QStringLiteral("--log needs a file name");
            QTest::addRow("%s --log into a folder that does not exist", c.constData())
                << command << QStringLiteral("--log") << QStringLiteral("DIR/missing/x.log")
                << QStringLiteral("the folder DIR/missing does not exist");
        }
        QTest::newRow("plan --log FIFO")
            << QStringLiteral("plan") << QStringLiteral("--log") << QStringLiteral("DIR/fifo")
            << QStringLiteral("is a FIFO (named pipe)");
    }

    // --log and --report are checked before the store changes: exit 2, the path, and what to do;
    // a FIFO nobody reads never blocks the run (it hung 11 minutes, ignoring SIGTERM).
    void badLogOrReport()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, words);

        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        QVERIFY(::mkfifo(QFile::encodeName(dir.path() + QStringLiteral("/fifo")).constData(), 0644) == 0);
        // A device node of the test's own with /dev/null's numbers (root only; without root the real
        // /dev/null, which nobody else can replace).
        QByteArray null = QFile::encodeName(dir.path() + QStringLiteral("/null"));
        if (::geteuid() == 0) {
            QCOMPARE(::mknod(null.constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
        } else {
            null = "/dev/null";
            value.replace(QLatin1String("DIR/null"), QLatin1String("/dev/null"));
            words.replace(QLatin1String("DIR/null"), QLatin1String("/dev/null"));
        }
        value.replace(QLatin1String("DIR"), dir.path());
        words.replace(QLatin1String("DIR"), dir.path());
        const QByteArray before = treeChecksum(root);
        QStringList args{command, root, option, value};
        if (command != QLatin1String("plan"))
            args << QStringLiteral("--yes");
        if (command == QLatin1String("rollback"))
            args << QStringLiteral("--backup") << dir.path() + QStringLiteral("/no-backup");
        const ProgramResult r = runProgram(args, 30000);
        QVERIFY2(!r.crashed, "the run blocked");
        checkOneSentenceError(r, 2, words);
        QCOMPARE(treeChecksum(root), before);
        struct stat st;
        QVERIFY(::stat(null.constData(), &st) == 0 && S_ISCHR(st.st_mode));
    }

    // What --log may be besides a file: /dev/null, for a script that keeps no log.
    void logToDevNull()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r =
            runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--log"),
                        QStringLiteral("/dev/null"), QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(readFile(report)).object().value(QLatin1String("log")).toString(),
                 QStringLiteral("/dev/null"));
    }

    // --log through a link: the user's own link outside the store is followed; one planted in the
    // store never is (the run goes on without the log file, and the link's target is untouched);
    // /dev/stdout in a pipeline is a pipe, refused with the reason.
    void logThroughLinks()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString real = dir.path() + QStringLiteral("/real.log");
        QVERIFY(writeFile(dir.path(), QStringLiteral("real.log"), "earlier run\n"));
        QVERIFY(QFile::link(real, dir.path() + QStringLiteral("/link.log")));
        ProgramResult r = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                      QStringLiteral("--log"), dir.path() + QStringLiteral("/link.log")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readFile(real).startsWith("earlier run\n")); // appended to
        QVERIFY(readFile(real).contains("Magento Upgrade Assistant"));

        const QString victim = dir.path() + QStringLiteral("/victim");
        QVERIFY(writeFile(dir.path(), QStringLiteral("victim"), "untouched\n"));
        QVERIFY(QFile::link(victim, root + QStringLiteral("/var/log/planted.log")));
        r = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--log"),
                        root + QStringLiteral("/var/log/planted.log")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QLatin1String("never writes through a link there")), r.out.constData());
        QCOMPARE(readFile(victim), QByteArray("untouched\n"));

        r = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--log"),
                        QStringLiteral("/dev/stdout")});
        checkOneSentenceError(r, 2, QStringLiteral("--log /dev/stdout is a pipe"));
    }

    // Escape sequences from env.php values and from a child's output reach neither the terminal nor
    // the log file raw: shown escaped (\e]0;…), colours dropped.
    void escapeSequencesAreNeutralised()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        QByteArray env = readFile(root + QStringLiteral("/app/etc/env.php"));
        const QByteArray hostile =
            "\"/tmp/\\e]0;pwned\\x07\\e[2J\\e]8;;http://evil.example/\\e\\\\x\\r\\x9b31m\"";
        QVERIFY(env.contains("'session' => ["));
        env.replace("'session' => [", "'session' => [\n        'save_path' => " + hostile + ",");
        QVERIFY(writeFile(root, QStringLiteral("app/etc/env.php"), env));
        ProgramResult r = runProgram({QStringLiteral("inspect"), root});
        QCOMPARE(r.exitCode, 0);
        const auto raw = [](const QByteArray &bytes) {
            return bytes.contains('\x1b') || bytes.contains('\x07') || bytes.contains('\r') ||
                   QString::fromUtf8(bytes).contains(QChar(0x9B));
        };
        QVERIFY2(!raw(r.out) && !raw(r.err), r.out.constData());
        QVERIFY2(r.outText().contains(QLatin1String(
                     "/tmp/\\e]0;pwned\\a\\e[2J\\e]8;;http://evil.example/\\e\\x\\r\\u009b31m")),
                 r.out.constData());
        // --json stays JSON, with the value exact.
        r = runProgram({QStringLiteral("inspect"), root, QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!raw(r.out), r.out.constData());
        QCOMPARE(json.value(QLatin1String("session")).toObject().value(QLatin1String("savePath")).toString(),
                 QStringLiteral("/tmp/\x1b]0;pwned\a\x1b[2J\x1b]8;;http://evil.example/\x1b\\x\r\u009b31m"));

        // A child that prints them, and fails.
        writeFile(root, QStringLiteral("var/session/.keep"), "");
        env.replace("'save_path' => " + hostile + ",", "");
        QVERIFY(writeFile(root, QStringLiteral("app/etc/env.php"), env));
        writeFile(root, QStringLiteral(".fake-magento/switches.json"),
                  "{\"fail\": {\"setup:upgrade\": \"boom \\u001b]0;pwned\\u0007 \\u001b[2J "
                  "\\u001b[31mred\\u001b[0m\"}}");
        const QString log = dir.path() + QStringLiteral("/run.log");
        r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--log"), log});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!raw(r.out) && !raw(r.err), r.err.constData());
        QVERIFY2(r.outText().contains(QLatin1String("boom \\e]0;pwned\\a \\e[2J red")), r.out.constData());
        const QByteArray logText = readFile(log);
        QVERIFY2(!raw(logText), logText.constData());
        QVERIFY2(logText.contains("boom \\e]0;pwned\\a \\e[2J red"), logText.constData());
    }

    // env.php lost during a run that left the store in maintenance: the resume says what happened
    // and how to get the shop back, not "finish the installation".
    void envPhpGoneMidRun()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"fail": {"setup:upgrade": ""}})");
        ProgramResult r = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/var/.maintenance.flag")));
        QVERIFY(QFile::remove(root + QStringLiteral("/app/etc/env.php")));
        r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--resume")});
        checkOneSentenceError(r, 2, QStringLiteral("is missing while the store is in maintenance mode"));
        QVERIFY2(r.errText().contains(
                     QLatin1String("Restore app/etc/env.php from your backup or version control")),
                 r.err.constData());
        QVERIFY2(r.errText().contains(QLatin1String("--resume")), r.err.constData());
        QVERIFY2(!r.errText().contains(QLatin1String("installation")), r.err.constData());
    }

    void unreadableVar()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        const QString root = makeDemo(dir);
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/app/etc/env.php"),
                                      QFileDevice::ReadOwner | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/var"),
                                      QFileDevice::ExeOwner | QFileDevice::ReadOwner));
        checkOneSentenceError(runAsNobody({QStringLiteral("inspect"), root}), 2,
                              QStringLiteral("Cannot read %1/var: Permission denied").arg(root));
    }

    void planChangesNothing_data()
    {
        QTest::addColumn<QString>("era");
        QTest::newRow("2.1") << QStringLiteral("2.1");
        QTest::newRow("2.4") << QStringLiteral("2.4");
    }

    void planChangesNothing()
    {
        QFETCH(QString, era);
        QTemporaryDir dir;
        const QString root = makeDemo(dir, era);
        const QByteArray before = treeChecksum(root);
        const ProgramResult text = runProgram({QStringLiteral("plan"), root});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QLatin1String("session-permissions")));
        QVERIFY(text.outText().contains(QLatin1String("chmod 770 on var/session and 12 entries")));
        const ProgramResult json = runProgram({QStringLiteral("plan"), root, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
        QStringList ids;
        for (const QJsonValue &v : steps)
            ids << v.toObject().value(QLatin1String("id")).toString();
        QCOMPARE(ids, QStringList({QStringLiteral("preflight"), QStringLiteral("backup"),
                                   QStringLiteral("composer-stage"), QStringLiteral("maintenance-on"),
                                   QStringLiteral("session-permissions"), QStringLiteral("clear-generated"),
                                   QStringLiteral("composer-update"), QStringLiteral("setup-upgrade"),
                                   QStringLiteral("di-compile"), QStringLiteral("static-deploy"),
                                   QStringLiteral("cache-enable"), QStringLiteral("maintenance-off"),
                                   QStringLiteral("smoke-test")}));
        const QJsonObject clear = steps.at(5).toObject();
        QVERIFY(clear.value(QLatin1String("entries")).toInt() >= 200);
        QVERIFY(clear.value(QLatin1String("bytes")).toDouble() > 0);
        QCOMPARE(steps.at(1).toObject().value(QLatin1String("applies")).toBool(true), false);
        QVERIFY(!o.value(QLatin1String("checks")).toArray().isEmpty());
        QCOMPARE(treeChecksum(root), before);
    }

    void upgradeNeedsYes()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QByteArray before = treeChecksum(root);
        checkOneSentenceError(runProgram({QStringLiteral("upgrade"), root}), 2,
                              QStringLiteral("needs --yes"));
        QCOMPARE(treeChecksum(root), before);
        checkOneSentenceError(runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                          QStringLiteral("--on-failure"), QStringLiteral("shrug")}),
                              2, QStringLiteral("--on-failure shrug"));
        checkOneSentenceError(runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                          QStringLiteral("--runner"), QStringLiteral("telnet")}),
                              2, QStringLiteral("--runner telnet"));
        QCOMPARE(treeChecksum(root), before);
    }

    // Option values: found at once (a usage error) or by the readiness check, before maintenance is
    // on or anything else changes (exit 3). Before, an empty --target-version was a silent "no move",
    // and a missing --composer or a downgrade failed only in composer-update, with the shop closed.
    void badOptionValuesAreFoundBeforeAnythingChanges_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        auto row = [](const char *tag, const QStringList &options, int code, const char *needle) {
            QTest::addRow("%s", tag) << options << code << QString::fromUtf8(needle);
        };
        row("empty --target-version", {QStringLiteral("--target-version"), QString()}, 2,
            "--target-version is empty");
        row("--target-version with a newline",
            {QStringLiteral("--target-version"), QStringLiteral("2.4.8\n")}, 2, "is not a Magento 2 version");
        row("empty --php", {QStringLiteral("--php"), QString()}, 2, "--php is empty");
        row("empty --composer", {QStringLiteral("--composer"), QStringLiteral(" ")}, 2,
            "--composer is empty");
        row("missing --php", {QStringLiteral("--php"), QStringLiteral("/nonexistent/php")}, 3,
            "/nonexistent/php does not exist");
        row("--php not on PATH", {QStringLiteral("--php"), QStringLiteral("php-none-such")}, 3,
            "php-none-such is not found on PATH");
        row("missing --composer",
            {QStringLiteral("--target-version"), QStringLiteral("2.4.8"), QStringLiteral("--composer"),
             QStringLiteral("/nonexistent/composer")},
            3, "/nonexistent/composer does not exist");
        row("--composer not executable",
            {QStringLiteral("--target-version"), QStringLiteral("2.4.8"), QStringLiteral("--composer"),
             QStringLiteral("./composer.json")},
            3, "composer.json is not executable");
        row("--composer not on PATH",
            {QStringLiteral("--target-version"), QStringLiteral("2.4.8"), QStringLiteral("--composer"),
             QStringLiteral("composer-none-such")},
            3, "composer-none-such is not found on PATH");
        row("downgrade", {QStringLiteral("--target-version"), QStringLiteral("2.1.0")}, 3,
            "--target-version 2.1.0 is older than the installed 2.4.7 (from composer.lock)");
        row("same version", {QStringLiteral("--target-version"), QStringLiteral("2.4.7")}, 3,
            "--target-version 2.4.7 is the version installed already");
    }
    void badOptionValuesAreFoundBeforeAnythingChanges()
    {
        QFETCH(QStringList, options);
        QFETCH(int, code);
        QFETCH(QString, needle);
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const int generated = int(QDir(root + QStringLiteral("/generated/code"))
                                      .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                                      .size());
        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r =
            runProgram(QStringList{QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                   QStringLiteral("--report"), report} +
                       options);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.errText().contains(needle), qPrintable(r.errText()));
        if (code == 2)
            checkOneSentenceError(r, 2, needle);
        else
            QCOMPARE(QJsonDocument::fromJson(readFile(report))
                         .object()
                         .value(QLatin1String("failedStep"))
                         .toString(),
                     QStringLiteral("preflight"));
        // The next command is this one, with the same programs: a resume must not fall back to others.
        if (const qsizetype at = options.indexOf(QStringLiteral("--composer")); code == 3 && at >= 0)
            QVERIFY(QJsonDocument::fromJson(readFile(report))
                        .object()
                        .value(QLatin1String("nextCommand"))
                        .toString()
                        .contains(QStringLiteral("--composer ") + options.at(at + 1)));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));
        QCOMPARE(int(QDir(root + QStringLiteral("/generated/code"))
                         .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                         .size()),
                 generated);
    }

    // generated/code as a link out of the store: a readiness error (plan shows it; upgrade refuses
    // with exit 3 before maintenance), not a failure of clear-generated with the shop closed.
    void linkedCodeGenerationFolderIsAReadinessError()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString outside = dir.path() + QStringLiteral("/elsewhere");
        QVERIFY(writeFile(outside, QStringLiteral("keep.php"), "<?php // not the store's\n"));
        QVERIFY(QDir(root + QStringLiteral("/generated/code")).removeRecursively());
        QVERIFY(QFile::link(outside, root + QStringLiteral("/generated/code")));

        const ProgramResult plan = runProgram({QStringLiteral("plan"), root, QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        QJsonObject folders;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(plan.out).object().value(QLatin1String("checks")).toArray())
            if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("folders"))
                folders = v.toObject();
        QCOMPARE(folders.value(QLatin1String("level")).toString(), QStringLiteral("error"));
        QVERIFY2(folders.value(QLatin1String("message"))
                     .toString()
                     .contains(QStringLiteral("generated/code is a symbolic link to %1").arg(outside)),
                 qPrintable(folders.value(QLatin1String("message")).toString()));

        const ProgramResult r = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QLatin1String("Refused: generated/code is a symbolic link")),
                 r.err.constData());
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));
        QVERIFY(QFileInfo(root + QStringLiteral("/generated/code")).isSymLink());
        QVERIFY(QFile::exists(outside + QStringLiteral("/keep.php")));

        // pub/static linked out of the store: setup:upgrade would empty what it points to.
        QTemporaryDir other;
        const QString second = makeDemo(other);
        QVERIFY(QDir(second + QStringLiteral("/pub/static")).removeRecursively());
        QVERIFY(QFile::link(outside, second + QStringLiteral("/pub/static")));
        const ProgramResult refused =
            runProgram({QStringLiteral("upgrade"), second, QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.errText().contains(
                     QStringLiteral("pub/static is a symbolic link to %1, outside the store").arg(outside)),
                 refused.err.constData());
        QVERIFY(!QFile::exists(second + QStringLiteral("/var/.maintenance.flag")));
        QVERIFY(QFile::exists(outside + QStringLiteral("/keep.php")));
    }

    void headlessUpgradeSucceeds()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir, QStringLiteral("2.1"));
        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().contains(QLatin1String("Changed cache status:")));
        QVERIFY(r.outText().contains(QLatin1String("Done: ")));
        QVERIFY(!r.out.contains("demo-secret-password"));
        const QJsonObject o = QJsonDocument::fromJson(readFile(report)).object();
        QCOMPARE(o.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QLatin1String("steps")).toArray().size(), 13);
    }

    void headlessFailureSaysWhatToDo()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"fatal": ["setup:upgrade"]})");
        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--report"), report});
        QCOMPARE(r.exitCode, 1);
        const QString err = r.errText();
        QVERIFY2(err.contains(QLatin1String("setup-upgrade failed")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("maintenance mode")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Known fix: PHP ran out of memory")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Next: magento-upgrade-assistant upgrade")) &&
                     err.contains(QLatin1String("--resume")),
                 qPrintable(err));
        QCOMPARE(QJsonDocument::fromJson(readFile(report)).object().value(QLatin1String("result")).toString(),
                 QStringLiteral("failed"));
    }

    void sigtermCancels()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})");
        const QString report = dir.path() + QStringLiteral("/report.json");
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(programPath(),
                {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--report"), report,
                 QStringLiteral("--grace"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (!seen.contains("setup:upgrade --no-ansi") && t.elapsed() < 30000) {
            p.waitForReadyRead(200);
            seen += p.readAllStandardOutput();
        }
        QVERIFY(seen.contains("setup:upgrade --no-ansi"));
        QTest::qWait(500);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("Cancelled during setup-upgrade"));
        QCOMPARE(QJsonDocument::fromJson(readFile(report)).object().value(QLatin1String("result")).toString(),
                 QStringLiteral("cancelled"));
    }

    void sighupCancelsAndAClosedPipeDoesNotKill()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})");
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(programPath(), {QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                QStringLiteral("--grace"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (!seen.contains("child process") && t.elapsed() < 30000) {
            p.waitForReadyRead(200);
            seen += p.readAllStandardOutput();
        }
        QVERIFY(seen.contains("child process"));
        ::kill(pid_t(p.processId()), SIGHUP); // the terminal or the SSH session went away
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant.lock")));

        // stdout piped into something that stops reading: the run still finishes and reports.
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), "{}");
        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r = run(
            QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("\"$0\" upgrade \"$1\" --yes --resume --report \"$2\" | head -c 1 >/dev/null; "
                            "exit ${PIPESTATUS[0]}"),
             programPath(), root, report});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(readFile(report)).object().value(QLatin1String("result")).toString(),
                 QStringLiteral("succeeded"));
    }

    void upgradeAsAnotherUserIsRefused()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        const QString root = makeDemo(dir);
        const QByteArray before = treeChecksum(root);
        // As uid 65534 on a store root owns (when the tests run as another user, the roles swap:
        // a store made by them is run by "nobody" all the same).
        const ProgramResult r = runAsNobody({QStringLiteral("upgrade"), root, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        const QString err = r.errText();
        QVERIFY2(err.contains(QLatin1String("You are running as nobody")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("belongs to")) && err.contains(QLatin1String("sudo -u")),
                 qPrintable(err));
        QCOMPARE(treeChecksum(root), before);
    }

    // The disk fills up while setup:upgrade runs. The journal is never left empty or cut: the run
    // stops before the next step that changes the store (exit 1, the store in maintenance and said
    // so), the log ends at a whole line and says where it stops (on stderr and in the report), and
    // once there is room again both --resume and a plain run finish with maintenance off, as it was.
    void fullDiskDuringTheRun_data()
    {
        QTest::addColumn<QString>("again");
        QTest::newRow("then --resume") << QStringLiteral("--resume");
        QTest::newRow("then a plain run") << QString();
    }

    void fullDiskDuringTheRun()
    {
        QFETCH(QString, again);
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"),
                  R"({"fillDisk": {"setup:upgrade": "var/big"}})");
        const QString out = dir.path() + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(out));
        const ProgramResult r = onSmallVar(root, out,
                                           QStringLiteral(R"(STORE=$1 OUT=$2
"$MUA" upgrade "$STORE" --yes --report "$OUT/report1.json" >"$OUT/out1" 2>"$OUT/err1"
echo $? >"$OUT/rc1"
cp "$0/.upgrade-assistant.journal.json" "$OUT/journal1.json"
cat "$0"/log/upgrade-assistant-*.log >"$OUT/log1"
ls -A "$0" >"$OUT/var1"
rm "$0/big"
echo '{}' >"$STORE/.fake-magento/switches.json"
"$MUA" upgrade "$STORE" --yes %1 --report "$OUT/report2.json" >"$OUT/out2" 2>"$OUT/err2"
echo $? >"$OUT/rc2"
ls -A "$0" >"$OUT/var2"
)")
                                               .arg(again));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto text = [&out](const char *name) {
            return QString::fromUtf8(readFile(out + QLatin1Char('/') + QLatin1String(name)));
        };

        QCOMPARE(text("rc1").trimmed(), QStringLiteral("1"));
        const QJsonObject report1 = jsonFile(out + QStringLiteral("/report1.json"));
        QCOMPARE(report1.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(report1.value(QLatin1String("failedStep")).toString(), QStringLiteral("cache-enable"));
        const QString err1 = text("err1");
        QVERIFY2(err1.contains(QLatin1String("Cannot write the journal ")) &&
                     err1.contains(QLatin1String("(ENOSPC)")) &&
                     err1.contains(QLatin1String("Free some space")) &&
                     err1.contains(QLatin1String("The store is in maintenance mode")) &&
                     err1.contains(QLatin1String("--resume")),
                 qPrintable(err1));
        QVERIFY(text("var1").split(QLatin1Char('\n')).contains(QLatin1String(".maintenance.flag")));
        QVERIFY2(!text("var1").contains(QLatin1String(".tmp-")), qPrintable(text("var1")));
        // The journal on disk is the last one written whole: setup-upgrade under way, maintenance off before.
        const QJsonObject journal = jsonFile(out + QStringLiteral("/journal1.json"));
        QCOMPARE(journal.value(QLatin1String("runningStep")).toString(), QStringLiteral("setup-upgrade"));
        QCOMPARE(journal.value(QLatin1String("maintenance")).toObject().value(QLatin1String("before")),
                 QJsonValue(false));
        // The log: whole lines only, and it says where it stops, on stderr and in the report.
        const QString log = text("log1");
        QVERIFY(log.endsWith(QLatin1Char('\n')));
        const QString logError = report1.value(QLatin1String("logError")).toString();
        QVERIFY2(logError.contains(QLatin1String("lacks everything from")) &&
                     logError.contains(QLatin1String("ENOSPC")),
                 qPrintable(logError));
        QVERIFY2(err1.contains(logError), qPrintable(err1));

        QCOMPARE(text("rc2").trimmed(), QStringLiteral("0"));
        const QJsonObject report2 = jsonFile(out + QStringLiteral("/report2.json"));
        QCOMPARE(report2.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report2.value(QLatin1String("maintenance")).toObject().value(QLatin1String("before")),
                 QJsonValue(false));
        QVERIFY2(!text("var2").contains(QLatin1String(".maintenance.flag")), qPrintable(text("var2")));
    }

    // The disk fills up before anything the shop depends on has changed: refused (exit 3), the
    // store as it was (maintenance off again when the run had turned it on).
    void fullDiskBeforeTheStoreChanges_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("stoppedBefore");
        QTest::addColumn<QString>("said");
        QTest::newRow("during the readiness check")
            << "setup:db:status"
            << "maintenance-on"
            << "The run stopped before maintenance-on; nothing in the store was changed.";
        QTest::newRow("while maintenance goes on")
            << "maintenance:enable"
            << "session-permissions"
            << "The run stopped before session-permissions and turned maintenance off again";
    }

    void fullDiskBeforeTheStoreChanges()
    {
        QFETCH(QString, command);
        QFETCH(QString, stoppedBefore);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"),
                  QStringLiteral(R"({"fillDisk": {"%1": "var/big"}})").arg(command).toUtf8());
        const QString out = dir.path() + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(out));
        const ProgramResult r = onSmallVar(root, out, QStringLiteral(R"(
"$MUA" upgrade "$1" --yes --report "$2/report.json" >"$2/out" 2>"$2/err"
echo $? >"$2/rc"
ls -A "$0" >"$2/var"
)"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(out + QStringLiteral("/rc")).trimmed(), QByteArray("3"));
        const QJsonObject report = jsonFile(out + QStringLiteral("/report.json"));
        QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("refused"));
        QCOMPARE(report.value(QLatin1String("failedStep")).toString(), stoppedBefore);
        const QString err = QString::fromUtf8(readFile(out + QStringLiteral("/err")));
        QVERIFY2(err.contains(QLatin1String("(ENOSPC)")) && err.contains(said), qPrintable(err));
        QVERIFY2(!readFile(out + QStringLiteral("/var")).contains(".maintenance.flag"),
                 readFile(out + QStringLiteral("/var")).constData());
    }

    // A lock that cannot be written (a full disk, a read-only store) is a refusal: exit 3, with the
    // file, the errno and what to do; never "usage error".
    void lockCannotBeWritten_data()
    {
        QTest::addColumn<QString>("prepare");
        QTest::addColumn<QString>("said");
        QTest::newRow("full disk")
            << R"(dd if=/dev/zero of="$0/big" bs=64k 2>/dev/null)"
            << "No space left on device (ENOSPC). Free some space on the file system that holds";
        QTest::newRow("read-only") << R"(mount -o remount,ro "$0" || exit 97)"
                                   << "Read-only file system (EROFS).";
    }

    void lockCannotBeWritten()
    {
        QFETCH(QString, prepare);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString out = dir.path() + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(out));
        const ProgramResult r = onSmallVar(root, out, prepare + QStringLiteral(R"(
"$MUA" upgrade "$1" --yes --report "$2/report.json" >"$2/out" 2>"$2/err"
echo $? >"$2/rc"
)"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(out + QStringLiteral("/rc")).trimmed(), QByteArray("3"));
        const QString err = QString::fromUtf8(readFile(out + QStringLiteral("/err"))).trimmed();
        QVERIFY2(err.contains(
                     QStringLiteral("Cannot create the store's lock file %1/var/.upgrade-assistant.lock: ")
                         .arg(root)) &&
                     err.contains(said),
                 qPrintable(err));
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QCOMPARE(jsonFile(out + QStringLiteral("/report.json")).value(QLatin1String("result")).toString(),
                 QStringLiteral("refused"));
    }

    // The disk that holds --report is full when the report is written: the previous report stays as it
    // was (not an empty file in its place), and stderr says so.
    void reportOnAFullDisk()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString small = dir.path() + QStringLiteral("/small");
        QVERIFY(QDir().mkpath(small));
        const ProgramResult r = runOnSmallDisk(small, 64, QStringLiteral(R"(
echo '{"previous": true}' >"$0/report.json"
dd if=/dev/zero of="$0/big" bs=64k 2>/dev/null
"$MUA" upgrade "$1" --yes --report "$0/report.json" >"$2/out" 2>"$2/err"
echo $? >"$2/rc"
cp "$0/report.json" "$2/report.json"
)"),
                                               {root, dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(dir.path() + QStringLiteral("/rc")).trimmed(), QByteArray("0"));
        QCOMPARE(readFile(dir.path() + QStringLiteral("/report.json")), QByteArray("{\"previous\": true}\n"));
        const QString err = QString::fromUtf8(readFile(dir.path() + QStringLiteral("/err")));
        QVERIFY2(
            err.contains(
                QStringLiteral("Cannot write the report %1/report.json: No space left on device").arg(small)),
            qPrintable(err));
    }

    // The same for a rollback's report: refused here (no such backup), with the disk full.
    void rollbackReportOnAFullDisk()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        const QString small = dir.path() + QStringLiteral("/small");
        QVERIFY(QDir().mkpath(small));
        const ProgramResult r = runOnSmallDisk(small, 64, QStringLiteral(R"(
echo '{"previous": true}' >"$0/report.json"
dd if=/dev/zero of="$0/big" bs=64k 2>/dev/null
"$MUA" rollback "$1" --backup "$2/no-such-backup" --yes --report "$0/report.json" >"$2/out" 2>"$2/err"
echo $? >"$2/rc"
cp "$0/report.json" "$2/report.json"
)"),
                                               {root, dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readFile(dir.path() + QStringLiteral("/rc")).trimmed() != QByteArray("0"));
        QCOMPARE(readFile(dir.path() + QStringLiteral("/report.json")), QByteArray("{\"previous\": true}\n"));
        const QString said = QString::fromUtf8(readFile(dir.path() + QStringLiteral("/out")) +
                                               readFile(dir.path() + QStringLiteral("/err")));
        QVERIFY2(said.contains(QStringLiteral("The report was not written: Cannot write %1/report.json: No "
                                              "space left on device")
                                   .arg(small)),
                 qPrintable(said));
    }

    // Killed mid-run (SIGKILL: no handler runs): the journal on disk is whole and says what was under
    // way, and a plain run afterwards finishes with maintenance off, as it was before the first run.
    void killedMidRunThenRunAgain()
    {
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})");
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(programPath(), {QStringLiteral("upgrade"), root, QStringLiteral("--yes")});
        QVERIFY(p.waitForStarted());
        QByteArray said;
        const qint64 child = waitForHangingChild(p, &said);
        QVERIFY2(child > 0, said.constData());
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        ::kill(pid_t(child), SIGKILL); // the fake's own child, outside our process group by design
        const QJsonObject journal = jsonFile(root + QStringLiteral("/var/.upgrade-assistant.journal.json"));
        QCOMPARE(journal.value(QLatin1String("runningStep")).toString(), QStringLiteral("setup-upgrade"));
        QVERIFY(QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));

        writeFile(root, QStringLiteral(".fake-magento/switches.json"), "{}");
        const ProgramResult again = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.outText().contains(QLatin1String("maintenance is off, as it was before")),
                 again.out.constData());
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));
    }

    // Nothing reads the program's output any more (a pipe into a stopped pager, a dead terminal
    // multiplexer): the thread that prints is blocked in write(). SIGTERM still cancels the run in
    // order (report and lock), and the program ends with 130 once the run is over, saying where the
    // store stands; a second signal ends it at once. No process is left working in the store.
    void signalWhileTheOutputIsBlocked_data()
    {
        QTest::addColumn<bool>("twice");
        QTest::newRow("one SIGTERM") << false;
        QTest::newRow("SIGINT, then SIGTERM") << true;
    }

    void signalWhileTheOutputIsBlocked()
    {
        QFETCH(bool, twice);
        QTemporaryDir dir;
        const QString root = makeDemo(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"),
                  R"({"outputLines": {"setup:upgrade": 200000}})");
        const QString fifo = dir.path() + QStringLiteral("/stdout");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(reader >= 0);
        const auto closeReader = qScopeGuard([reader] { ::close(reader); });
        const QString report = dir.path() + QStringLiteral("/report.json");
        const QString errFile = dir.path() + QStringLiteral("/stderr");
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.setStandardOutputFile(fifo);
        p.setStandardErrorFile(errFile);
        p.start(programPath(),
                {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--grace"),
                 QStringLiteral("1"), QStringLiteral("--report"), report});
        QVERIFY(p.waitForStarted());
        int unread = 0; // the pipe is full when the next chunk no longer fits: tens of kB wait in it
        QTRY_VERIFY_WITH_TIMEOUT(::ioctl(reader, FIONREAD, &unread) == 0 && unread >= 32768, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!processesIn(root).isEmpty(), 10000); // setup:upgrade runs, and waits
        QTest::qWait(300);

        ::kill(pid_t(p.processId()), twice ? SIGINT : SIGTERM);
        if (twice) {
            QTest::qWait(200);
            ::kill(pid_t(p.processId()), SIGTERM);
        }
        QVERIFY2(p.waitForFinished(30000), "the program ignored the signal");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const QString err = QString::fromUtf8(readFile(errFile));
        QVERIFY2(err.contains(twice ? QLatin1String("Stopped at once on a second signal")
                                    : QLatin1String("Stopped at once: the program did not end within")),
                 qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("setup-upgrade")) && err.contains(QLatin1String("--resume")),
                 qPrintable(err));
        if (!twice)
            QCOMPARE(jsonFile(report).value(QLatin1String("result")).toString(), QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant.lock")));
        QTRY_VERIFY2_WITH_TIMEOUT(processesIn(root).isEmpty(),
                                  qPrintable(processesIn(root).join(QLatin1Char('\n'))), 5000);
    }

    // The log goes to a network mount that stopped answering (sshfs, stopped with SIGSTOP): opening it
    // blocks in the kernel, where no cancel reaches. SIGTERM still ends the program within its deadline
    // with 130, saying what the journal knows, and the lock is gone.
    void signalWhileTheLogIsOnAHungMount()
    {
        QTemporaryDir dir;
        SshServer server(dir.path() + QStringLiteral("/ssh"));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString served = dir.path() + QStringLiteral("/served");
        const QString mount = dir.path() + QStringLiteral("/mnt");
        QVERIFY(QDir().mkpath(served));
        QVERIFY(server.mount(served, mount));
        const qint64 sshfs = sshfsServing(mount);
        QVERIFY(sshfs > 0);
        // Stopped before anything asks: requests wait in the kernel, where SIGKILL still ends them (one
        // that sshfs had already read would hold any process in uninterruptible sleep until it answers).
        ::kill(pid_t(sshfs), SIGSTOP);
        const auto resume = qScopeGuard([sshfs] { ::kill(pid_t(sshfs), SIGCONT); });

        const QString root = makeDemo(dir);
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(programPath(),
                {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--grace"),
                 QStringLiteral("1"), QStringLiteral("--log"), mount + QStringLiteral("/upgrade.log")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(2000);
        QCOMPARE(p.state(), QProcess::Running); // blocked
        p.terminate();
        QVERIFY2(p.waitForFinished(30000), "the program ignored SIGTERM");
        QCOMPARE(p.exitCode(), 130);
        const QByteArray said = p.readAll();
        QVERIFY2(said.contains("Stopped at once: the program did not end within") &&
                     said.contains("Nothing in the store was changed."),
                 said.constData());
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant.lock")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));
    }

    void demoStoreRefusesNonEmptyFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("keep.txt"), "mine");
        const ProgramResult r = runProgram({QStringLiteral("demo-store"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(dir.path()), r.err.constData());
        QCOMPARE(readFile(dir.path() + QStringLiteral("/keep.txt")), QByteArray("mine"));
        checkOneSentenceError(runProgram({QStringLiteral("demo-store"), dir.path() + QStringLiteral("/x"),
                                          QStringLiteral("--era"), QStringLiteral("1.9")}),
                              2, QStringLiteral("--era 1.9"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
