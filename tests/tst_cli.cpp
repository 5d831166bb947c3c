// The headless contract of cli.md, driven through the real executable: exit codes, JSON, and
// one plain sentence on stderr for every kind of bad input.
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
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

QString makeDemo(const QTemporaryDir &dir, const QString &era = QStringLiteral("2.4"))
{
    const QString root = dir.path() + QStringLiteral("/store");
    const ProgramResult r = runProgram({QStringLiteral("demo-store"), root, QStringLiteral("--era"), era});
    if (r.exitCode != 0)
        qWarning("demo-store failed: %s", r.err.constData());
    return root;
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
        checkOneSentenceError(runAsNobody({QStringLiteral("inspect"), root}), 2,
                              QStringLiteral("Cannot read %1/app/etc/env.php: Permission denied").arg(root));
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
                                   QStringLiteral("maintenance-on"), QStringLiteral("session-permissions"),
                                   QStringLiteral("clear-generated"), QStringLiteral("composer-update"),
                                   QStringLiteral("setup-upgrade"), QStringLiteral("di-compile"),
                                   QStringLiteral("static-deploy"), QStringLiteral("cache-enable"),
                                   QStringLiteral("maintenance-off"), QStringLiteral("smoke-test")}));
        const QJsonObject clear = steps.at(4).toObject();
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
        QCOMPARE(o.value(QLatin1String("steps")).toArray().size(), 12);
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
