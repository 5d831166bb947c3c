// Moving to another version (issue 18, cli.md "Moving to another version"), against the real Composer
// (Debian's composer package) and a Composer repository on disk (tests/support/composerrepo.h), offline:
// the versions a store's repositories offer, the readiness checks for a target, each refusing the run
// before maintenance with the store byte for byte as it was, and a move that works end to end.
#include "tests/support/composerrepo.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace mua::test;

namespace {

QString level(const QJsonObject &plan, const QString &id)
{
    return ComposerRepo::planCheck(plan, id).value(QLatin1String("level")).toString();
}

QJsonObject planJson(const QString &root, const QStringList &extra, ProgramResult *result = nullptr)
{
    const ProgramResult r =
        runProgram(QStringList{QStringLiteral("plan"), root, QStringLiteral("--json")} + extra, 180000);
    if (result)
        *result = r;
    return QJsonDocument::fromJson(r.out).object();
}

// A PHP that lacks every extension Debian loads from conf.d (intl, mbstring, …): php -n.
QString barePhp(const QString &dir)
{
    const QString path = dir + QStringLiteral("/php-bare");
    writeFile(dir, QStringLiteral("php-bare"), "#!/bin/sh\nexec php -n \"$@\"\n");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

// A Composer that is the real one, and writes a line per run into dir/composer-runs: its arguments,
// whether the store was in maintenance, and how many zips the repository had sent before and after;
// and one more when an install left 2.4.8's framework in the store's vendor/.
QString countingComposer(const QString &dir, const QString &root, const ComposerServer &server)
{
    const QString path = dir + QStringLiteral("/composer-counting");
    const QByteArray script =
        "#!/bin/sh\n"
        "zips() { n=$(grep -c '\\.zip' '" +
        server.requestLog().toUtf8() +
        "' 2>/dev/null); echo ${n:-0}; }\n"
        "before=$(zips)\n"
        "composer \"$@\"; rc=$?\n"
        "m=off; [ -e '" +
        root.toUtf8() +
        "/var/.maintenance.flag' ] && m=on\n"
        "echo \"$* maintenance=$m zips=$before..$(zips)\" >> '" +
        dir.toUtf8() +
        "/composer-runs'\n"
        "if [ \"$1\" = install ] && grep -q 103.0.8 '" +
        root.toUtf8() +
        "/vendor/magento/framework/src/Version.php'; then echo \"the store's vendor/ changed by: $*\" >> '" +
        dir.toUtf8() +
        "/composer-runs'; fi\n"
        "exit $rc\n";
    writeFile(dir, QStringLiteral("composer-counting"), script);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

bool leftovers(const QString &root)
{
    return !QDir(root)
                .entryList({QStringLiteral(".upgrade-assistant-staged*"),
                            QStringLiteral(".upgrade-assistant-kept*"), QStringLiteral("*aside*staged*"),
                            QStringLiteral("*aside*kept*")},
                           QDir::AllEntries | QDir::Hidden)
                .isEmpty();
}

// A Composer that is the real one, except where `match` (a shell case pattern over its arguments)
// matches: there it says `word` and fails ("fail"), hangs in its place ("hang", to be cancelled) or
// kills the program that started it ("kill", as a crash would), until dir/composer-heals exists.
QString breakingComposer(const QString &dir, const QString &match, const QString &mode)
{
    const QString path = dir + QStringLiteral("/composer-breaking");
    const QByteArray action = mode == QLatin1String("hang")   ? "exec sleep 600"
                              : mode == QLatin1String("kill") ? "kill -KILL $PPID; exit 1"
                                                              : "exit 1";
    const QByteArray script = "#!/bin/sh\n"
                              "if [ ! -e '" +
                              dir.toUtf8() + "/composer-heals' ]; then case \"$*\" in " + match.toUtf8() +
                              ") echo composer-" + mode.toUtf8() + "ing; " + action +
                              ";; esac; fi\nexec composer \"$@\"\n";
    writeFile(dir, QStringLiteral("composer-breaking"), script);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

// --resume of a staged move that failed or stopped after the swap: it swaps the staged move in
// again and finishes, leaving nothing staged or kept; its log.
QByteArray resumeStaged(const QString &dir, const QString &root)
{
    writeFile(dir, QStringLiteral("composer-heals"), "");
    const ProgramResult resumed =
        runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--resume"),
                    QStringLiteral("--target-version"), QStringLiteral("2.4.8"), QStringLiteral("--composer"),
                    dir + QStringLiteral("/composer-breaking"), QStringLiteral("--log"),
                    dir + QStringLiteral("/resume.log")},
                   300000);
    const QByteArray log = readFile(dir + QStringLiteral("/resume.log"));
    if (resumed.exitCode != 0 || ComposerRepo::inspectedVersion(root) != QLatin1String("2.4.8") ||
        !readFile(root + QStringLiteral("/app/etc/base-version.php")).contains("2.4.8") || leftovers(root) ||
        maintenanceOn(root) || !log.contains("Swapping in the move staged"))
        return "the resumed run did not finish the staged move: " + describe(resumed).toUtf8();
    return log;
}

// A store whose move can be staged: its packages come over HTTP, as from repo.magento.com.
QString stagedStore(const QString &dir, const ComposerServer &server, bool markerPlugin = false)
{
    ComposerRepo::StoreOptions options;
    options.repositoryUrl = server.url();
    options.markerPlugin = markerPlugin;
    return ComposerRepo::makeStore(dir, options);
}

QStringList runsOf(const QString &dir)
{
    return QString::fromUtf8(readFile(dir + QStringLiteral("/composer-runs")))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestVersionMove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void versionsListsTheNewerOnesNewestFirst()
    {
        QTemporaryDir dir;
        const QString root = ComposerRepo::makeStore(dir.path());
        const QByteArray before = treeChecksum(root);
        const ProgramResult r =
            runProgram({QStringLiteral("versions"), root, QStringLiteral("--json")}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject v = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(v.value(QLatin1String("package")).toString(),
                 QStringLiteral("magento/product-community-edition"));
        QCOMPARE(v.value(QLatin1String("installed")).toString(), QStringLiteral("2.4.7"));
        const QJsonArray available = v.value(QLatin1String("available")).toArray();
        QCOMPARE(available.size(), 2);
        QCOMPARE(available.at(0).toObject().value(QLatin1String("version")).toString(),
                 QStringLiteral("2.4.9"));
        QCOMPARE(available.at(0).toObject().value(QLatin1String("php")).toString(),
                 QStringLiteral("~8.3.0||~8.4.0"));
        QCOMPARE(available.at(1).toObject().value(QLatin1String("version")).toString(),
                 QStringLiteral("2.4.8"));
        QCOMPARE(available.at(1).toObject().value(QLatin1String("php")).toString(),
                 QStringLiteral("~8.2.0||~8.3.0||~8.4.0"));
        QCOMPARE(treeChecksum(root), before);

        const ProgramResult text = runProgram({QStringLiteral("versions"), root}, 120000);
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY2(text.outText().indexOf(QLatin1String("2.4.9")) <
                     text.outText().indexOf(QLatin1String("2.4.8")),
                 qPrintable(text.outText()));
    }

    void aMoveThatCanWorkPassesEveryCheck()
    {
        QTemporaryDir dir;
        const QString root = ComposerRepo::makeStore(dir.path());
        const QByteArray before = treeChecksum(root);
        ProgramResult r;
        const QJsonObject plan =
            planJson(root, {QStringLiteral("--target-version"), QStringLiteral("2.4.8")}, &r);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const QString &id : ComposerRepo::moveCheckIds())
            QVERIFY2(
                level(plan, id) == QLatin1String("pass"),
                qPrintable(id + QLatin1Char(' ') +
                           QString::fromUtf8(QJsonDocument(ComposerRepo::planCheck(plan, id)).toJson())));
        const QJsonObject move = plan.value(QLatin1String("move")).toObject();
        QCOMPARE(move.value(QLatin1String("from")).toString(), QStringLiteral("2.4.7"));
        QCOMPARE(move.value(QLatin1String("to")).toString(), QStringLiteral("2.4.8"));
        const QStringList changes = ComposerRepo::moveChanges(plan);
        QVERIFY2(changes.contains(QLatin1String("magento/framework 103.0.7>103.0.8")),
                 qPrintable(changes.join(u',')));
        QVERIFY2(changes.contains(QLatin1String("magento/composer-dependency-version-audit-plugin >0.1.5")),
                 qPrintable(changes.join(u',')));
        QVERIFY2(!changes.join(u',').contains(QLatin1String("acme/module-delivery-date")),
                 qPrintable(changes.join(u',')));
        QVERIFY(move.value(QLatin1String("blocking")).toArray().isEmpty());
        QCOMPARE(treeChecksum(root), before);
    }

    // Each case is refused before maintenance, with the store byte for byte as it was.
    void targetProblemsRefuseTheRun_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("legacyModule");
        QTest::addColumn<bool>("allowPlugins");
        QTest::addColumn<bool>("barePhp");
        QTest::addColumn<QString>("failingCheck");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no such version")
            << QStringLiteral("2.4.99") << false << true << false << QStringLiteral("target-version")
            << QStringLiteral("2.4.9, 2.4.8");
        QTest::newRow("module pins the old framework")
            << QStringLiteral("2.4.8") << true << true << false << QStringLiteral("resolve")
            << QStringLiteral("acme/module-legacy");
        QTest::newRow("php too old for the target")
            << QStringLiteral("2.4.9") << false << true << false << QStringLiteral("php-target")
            << QStringLiteral("~8.3.0||~8.4.0");
        QTest::newRow("extensions missing") << QStringLiteral("2.4.8") << false << true << true
                                            << QStringLiteral("php-extensions") << QStringLiteral("ext-intl");
        QTest::newRow("plugin not allowed")
            << QStringLiteral("2.4.8") << false << false << false << QStringLiteral("allow-plugins")
            << QStringLiteral("magento/composer-dependency-version-audit-plugin");
    }

    void targetProblemsRefuseTheRun()
    {
        QFETCH(QString, target);
        QFETCH(bool, legacyModule);
        QFETCH(bool, allowPlugins);
        QFETCH(bool, barePhp);
        QFETCH(QString, failingCheck);
        QFETCH(QString, needle);
        QTemporaryDir dir;
        ComposerRepo::StoreOptions options;
        options.legacyModule = legacyModule;
        options.allowPlugins = allowPlugins;
        const QString root = ComposerRepo::makeStore(dir.path(), options);
        QStringList extra{QStringLiteral("--target-version"), target};
        if (barePhp)
            extra << QStringLiteral("--php") << ::barePhp(dir.path());
        const QByteArray before = treeChecksum(root);

        const QJsonObject plan = planJson(root, extra);
        const QJsonObject failing = ComposerRepo::planCheck(plan, failingCheck);
        QVERIFY2(failing.value(QLatin1String("level")).toString() == QLatin1String("error"),
                 qPrintable(QString::fromUtf8(
                     QJsonDocument(plan.value(QLatin1String("checks")).toArray()).toJson())));
        QVERIFY2(failing.value(QLatin1String("message")).toString().contains(needle),
                 qPrintable(failing.value(QLatin1String("message")).toString()));
        QVERIFY(!failing.value(QLatin1String("fix")).toString().isEmpty());
        if (legacyModule) {
            const QJsonArray blocking =
                plan.value(QLatin1String("move")).toObject().value(QLatin1String("blocking")).toArray();
            QCOMPARE(blocking.size(), 1);
            QCOMPARE(blocking.at(0).toObject().value(QLatin1String("name")).toString(),
                     QStringLiteral("acme/module-legacy"));
            QCOMPARE(blocking.at(0).toObject().value(QLatin1String("constraint")).toString(),
                     QStringLiteral("magento/framework 103.0.7"));
        }

        // The log goes elsewhere; the journal is the assistant's record of the refused run (what --resume
        // reads): the store's own files are what must not change.
        const ProgramResult r =
            runProgram(QStringList{QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                   QStringLiteral("--log"), dir.path() + QStringLiteral("/run.log")} +
                           extra,
                       180000);
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(needle), qPrintable(r.errText()));
        QVERIFY(!maintenanceOn(root));
        QVERIFY(QFile::remove(root + QStringLiteral("/var/.upgrade-assistant.journal.json")));
        QCOMPARE(treeChecksum(root), before);
    }

    // Composer fails after it changed vendor/, composer.lock and a mapped file: all of it is put back
    // exactly before the step reports its failure; --resume then moves the store.
    void composerFailingPutsTheCodeBackAndResumeWorks()
    {
        QTemporaryDir dir;
        const QString root = ComposerRepo::makeStore(dir.path());
        makeLink(QStringLiteral("../composer.json"), root + QStringLiteral("/vendor/link-to-composer-json"));
        const QByteArray before = ComposerRepo::codeChecksum(root);
        const QStringList move{QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                               QStringLiteral("--log"), dir.path() + QStringLiteral("/run.log")};
        const ProgramResult failed =
            runProgram(QStringList{QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                   QStringLiteral("--composer"),
                                   ComposerRepo::composerWrapper(dir.path(), QStringLiteral("fail"))} +
                           move,
                       300000);
        QVERIFY2(failed.exitCode == 1, qPrintable(describe(failed)));
        QVERIFY2(failed.errText().contains(QLatin1String("back as they were")), qPrintable(failed.errText()));
        QCOMPARE(ComposerRepo::codeChecksum(root), before);
        QVERIFY(!QFile::exists(root + QLatin1Char('/') + QStringLiteral(".upgrade-assistant-kept")));
        QCOMPARE(ComposerRepo::inspectedVersion(root), QStringLiteral("2.4.7"));

        const ProgramResult resumed =
            runProgram(QStringList{QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                   QStringLiteral("--resume"), QStringLiteral("--composer"),
                                   ComposerRepo::composerWrapper(dir.path(), QStringLiteral("plain"))} +
                           move,
                       300000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        QCOMPARE(ComposerRepo::inspectedVersion(root), QStringLiteral("2.4.8"));
        QVERIFY(!maintenanceOn(root));
    }

    // Cancelled while Composer works: the code goes back, the run ends with 130, and --resume moves it.
    void cancelDuringComposerPutsTheCodeBack()
    {
        QTemporaryDir dir;
        const QString root = ComposerRepo::makeStore(dir.path());
        const QByteArray before = ComposerRepo::codeChecksum(root);
        QProcess program;
        program.setProgram(programPath());
        program.setArguments({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                              QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                              QStringLiteral("--composer"),
                              ComposerRepo::composerWrapper(dir.path(), QStringLiteral("hang"))});
        program.setProcessChannelMode(QProcess::MergedChannels);
        program.start();
        QByteArray said;
        QElapsedTimer clock;
        clock.start();
        while (!said.contains("composer-hanging") && clock.elapsed() < 120000 &&
               program.state() != QProcess::NotRunning) {
            program.waitForReadyRead(200);
            said += program.readAll();
        }
        QVERIFY2(said.contains("composer-hanging"), said.constData());
        program.terminate();
        QVERIFY(program.waitForFinished(60000));
        said += program.readAll();
        QVERIFY2(program.exitCode() == 130, said.constData());
        QCOMPARE(ComposerRepo::codeChecksum(root), before);
        QCOMPARE(ComposerRepo::inspectedVersion(root), QStringLiteral("2.4.7"));

        const ProgramResult resumed = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--resume"),
             QStringLiteral("--target-version"), QStringLiteral("2.4.8"), QStringLiteral("--composer"),
             ComposerRepo::composerWrapper(dir.path(), QStringLiteral("plain"))},
            300000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        QCOMPARE(ComposerRepo::inspectedVersion(root), QStringLiteral("2.4.8"));
    }

    // With Adobe's root-update plugin installed, the move is require-commerce (it brings composer.json
    // the target's project changes); without it, a plain require.
    void requireCommerceWhereThePluginIs()
    {
        QTemporaryDir dir;
        const QString root = ComposerRepo::makeStore(dir.path());
        const auto commands = [&root] {
            QStringList out;
            const QJsonObject plan =
                planJson(root, {QStringLiteral("--target-version"), QStringLiteral("2.4.8")});
            for (const QJsonValue &step : plan.value(QLatin1String("steps")).toArray())
                if (step.toObject().value(QLatin1String("id")).toString() == QLatin1String("composer-update"))
                    for (const QJsonValue &c : step.toObject().value(QLatin1String("commands")).toArray())
                        out << c.toString();
            return out;
        };
        QCOMPARE(commands().value(0),
                 QStringLiteral("composer require magento/product-community-edition:2.4.8 "
                                "--no-update --no-interaction"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/vendor/magento/composer-root-update-plugin")));
        QCOMPARE(commands().value(0),
                 QStringLiteral("composer require-commerce magento/product-community-edition "
                                "2.4.8 --no-update --no-interaction"));
        QCOMPARE(commands().value(1), QStringLiteral("composer update --no-interaction"));
    }

    // Composer fails for a reason the assistant does not know: the resolve check quotes what it said
    // (the wizard's review page has no log to send anyone to), without its progress, and never a
    // value of auth.json.
    void anUnknownFailureIsQuoted()
    {
        QTemporaryDir dir;
        const QString root = ComposerRepo::makeStore(dir.path());
        writeFile(
            root, QStringLiteral("auth.json"),
            R"({"http-basic": {"repo.example.com": {"username": "shop", "password": "Pa55-unknown-failure"}}})");
        // `composer` on PATH: the real one, except that the readiness check's update (the one with -d)
        // fails as Composer 2.5.5 fails on an exception it does not handle itself: its progress, the
        // error framed by Symfony Console, the synopsis, exit 1. It also names the password, which the
        // real Composer never prints.
        const QString real = QStandardPaths::findExecutable(QStringLiteral("composer"));
        QVERIFY(!real.isEmpty());
        const QString bin = dir.path() + QStringLiteral("/bin");
        QVERIFY(QDir().mkpath(bin));
        const QByteArray error = "The pool of acme/module-delivery-date is corrupt (Pa55-unknown-failure).";
        const QByteArray frame(error.size() + 4, ' ');
        writeFile(
            bin, QStringLiteral("composer"),
            "#!/bin/sh\n"
            "case \" $* \" in *\" update \"*\" -d \"*) ;; *) exec '" +
                QFile::encodeName(real) +
                "' \"$@\";; esac\n"
                "echo 'Loading composer repositories with package information' >&2\n"
                "echo 'Updating dependencies' >&2\n"
                "printf '\\nIn Pool.php line 88:\\n%s\\n%s\\n%s\\n\\n' '" +
                frame + "' '  " + error + "  ' '" + frame +
                "' >&2\n"
                "echo 'update [--with WITH] [--prefer-source] [--no-install] [--] [<packages>...]' >&2\n"
                "exit 1\n");
        QFile::setPermissions(bin + QStringLiteral("/composer"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));

        const ProgramResult r = runProgram({QStringLiteral("plan"), root, QStringLiteral("--json"),
                                            QStringLiteral("--target-version"), QStringLiteral("2.4.8")},
                                           180000, env);
        const QJsonObject resolve =
            ComposerRepo::planCheck(QJsonDocument::fromJson(r.out).object(), QStringLiteral("resolve"));
        QVERIFY2(resolve.value(QLatin1String("level")).toString() == QLatin1String("error"),
                 qPrintable(describe(r)));
        const QString message = resolve.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(
                     QStringLiteral("(exit code 1); it said: “The pool of acme/module-delivery-date is "
                                    "corrupt (********).”")),
                 qPrintable(message));
        QCOMPARE(resolve.value(QLatin1String("fix")).toString(),
                 QStringLiteral("Fix what Composer names, then check again."));
        QVERIFY2(!r.out.contains("Pa55-unknown-failure") && !r.err.contains("Pa55-unknown-failure"),
                 qPrintable(describe(r)));
    }

    // The move staged while the shop is up (composer-stage) and swapped in during maintenance: in
    // maintenance Composer only writes the autoloader (no download, no unpacking), the move is
    // complete (2.4.8, its files, the mapped file), and what a plugin did in the staged copy (as a
    // patch plugin does) is in the store's vendor/. Nothing staged or kept is left.
    void aStagedMoveSwapsInDuringMaintenance()
    {
        QTemporaryDir dir;
        ComposerServer server(ComposerRepo::make(dir.path()));
        const QString root = stagedStore(dir.path(), server, true);
        QVERIFY(readFile(root + QStringLiteral("/vendor/magento/framework/.patched-by-acme"))
                    .contains("103.0.7"));
        const QString composer = countingComposer(dir.path(), root, server);
        const ProgramResult r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--target-version"),
             QStringLiteral("2.4.8"), QStringLiteral("--composer"), composer, QStringLiteral("--log"),
             dir.path() + QStringLiteral("/run.log"), QStringLiteral("--report"),
             dir.path() + QStringLiteral("/report.json")},
            300000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(ComposerRepo::inspectedVersion(root), QStringLiteral("2.4.8"));
        QVERIFY(
            readFile(root + QStringLiteral("/vendor/magento/framework/src/Version.php")).contains("103.0.8"));
        QVERIFY(readFile(root + QStringLiteral("/app/etc/base-version.php")).contains("2.4.8"));
        QVERIFY(readFile(root + QStringLiteral("/composer.lock")).contains("\"103.0.8\""));
        QVERIFY(readFile(root + QStringLiteral("/vendor/magento/framework/.patched-by-acme"))
                    .contains("103.0.8"));
        QVERIFY2(!leftovers(root),
                 qPrintable(QDir(root).entryList(QDir::AllEntries | QDir::Hidden).join(u' ')));
        const QStringList runs = runsOf(dir.path());
        QStringList inMaintenance = runs.filter(QStringLiteral("maintenance=on"));
        QCOMPARE(inMaintenance.size(), 1);
        QVERIFY2(inMaintenance.first().startsWith(QLatin1String("dump-autoload ")),
                 qPrintable(runs.join(u'\n')));
        QVERIFY2(inMaintenance.first().contains(QRegularExpression(QStringLiteral("zips=(\\d+)\\.\\.\\1$"))),
                 qPrintable(runs.join(u'\n')));
        QVERIFY2(!runs.filter(QRegularExpression(QStringLiteral(
                                  "^update .*-d \\.upgrade-assistant-staged.*maintenance=off")))
                      .isEmpty(),
                 qPrintable(runs.join(u'\n')));
        const QByteArray log = readFile(dir.path() + QStringLiteral("/run.log"));
        QVERIFY2(log.contains("Swapping in the move staged before maintenance"), log.constData());
        QStringList steps;
        for (const QJsonValue &s :
             jsonFile(dir.path() + QStringLiteral("/report.json")).value(QLatin1String("steps")).toArray())
            if (s.toObject().value(QLatin1String("id")).toString() == QLatin1String("composer-stage"))
                steps << s.toObject().value(QLatin1String("status")).toString();
        QCOMPARE(steps, QStringList{QStringLiteral("done")});
    }

    // Composer failing after the swap (the autoloader): composer.json, composer.lock, vendor/ and the
    // mapped file are back exactly; --resume swaps the staged move in again and finishes.
    void aFailureAfterTheSwapPutsEverythingBack()
    {
        QTemporaryDir dir;
        ComposerServer server(ComposerRepo::make(dir.path()));
        const QString root = stagedStore(dir.path(), server);
        const QByteArray before = ComposerRepo::codeChecksum(root);
        const QString composer =
            breakingComposer(dir.path(), QStringLiteral("dump-autoload*"), QStringLiteral("fail"));
        const QStringList move{QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                               QStringLiteral("--composer"), composer};
        const ProgramResult failed =
            runProgram(QStringList{QStringLiteral("upgrade"), root, QStringLiteral("--yes")} + move, 300000);
        QVERIFY2(failed.exitCode == 1, qPrintable(describe(failed)));
        QVERIFY2(failed.errText().contains(QLatin1String("back as they were")), qPrintable(failed.errText()));
        QCOMPARE(ComposerRepo::codeChecksum(root), before);
        QVERIFY(!QFile::exists(root + QStringLiteral("/.upgrade-assistant-kept")));
        QCOMPARE(ComposerRepo::inspectedVersion(root), QStringLiteral("2.4.7"));

        const QByteArray log = resumeStaged(dir.path(), root);
        QVERIFY2(log.contains("Swapping in the move staged"), log.constData());
    }

    // The program killed in the middle of the swap (while the autoloader is written): the next run
    // (--resume) puts the kept code back first, then swaps the staged move in again.
    void aSwapInterruptedIsPutBackFirst()
    {
        QTemporaryDir dir;
        ComposerServer server(ComposerRepo::make(dir.path()));
        const QString root = stagedStore(dir.path(), server);
        const ProgramResult killed = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--target-version"),
             QStringLiteral("2.4.8"), QStringLiteral("--composer"),
             breakingComposer(dir.path(), QStringLiteral("dump-autoload*"), QStringLiteral("kill"))},
            300000);
        QVERIFY2(killed.exitCode != 0, qPrintable(describe(killed)));
        QVERIFY(QFile::exists(root + QStringLiteral("/.upgrade-assistant-kept/manifest.json")));
        QVERIFY(QFile::exists(root + QStringLiteral("/.upgrade-assistant-kept/vendor")));
        const QByteArray log = resumeStaged(dir.path(), root);
        QVERIFY2(log.contains("stopped in the middle of the move"), log.constData());
    }

    // Cancelled while Composer works in the staged copy: the shop never went into maintenance, the
    // store is as it was and the staged folder is gone.
    void cancelDuringStagingLeavesTheStoreAsItWas()
    {
        QTemporaryDir dir;
        ComposerServer server(ComposerRepo::make(dir.path()));
        const QString root = stagedStore(dir.path(), server);
        const QByteArray before = treeChecksum(root);
        QProcess program;
        program.setProgram(programPath());
        program.setArguments({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                              QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                              QStringLiteral("--log"), dir.path() + QStringLiteral("/run.log"),
                              QStringLiteral("--composer"),
                              breakingComposer(dir.path(), QStringLiteral("update*upgrade-assistant-staged*"),
                                               QStringLiteral("hang"))});
        program.setProcessChannelMode(QProcess::MergedChannels);
        program.start();
        QByteArray said;
        QElapsedTimer clock;
        clock.start();
        while (!said.contains("composer-hanging") && clock.elapsed() < 120000 &&
               program.state() != QProcess::NotRunning) {
            program.waitForReadyRead(200);
            said += program.readAll();
        }
        QVERIFY2(said.contains("composer-hanging"), said.constData());
        QVERIFY(!maintenanceOn(root));
        program.terminate();
        QVERIFY(program.waitForFinished(60000));
        said += program.readAll();
        QVERIFY2(program.exitCode() == 130, said.constData());
        QVERIFY(!maintenanceOn(root));
        QVERIFY2(!leftovers(root),
                 qPrintable(QDir(root).entryList(QDir::AllEntries | QDir::Hidden).join(u' ')));
        QVERIFY(QFile::remove(root + QStringLiteral("/var/.upgrade-assistant.journal.json")));
        QCOMPARE(treeChecksum(root), before);
    }

    // A staged folder that a run left behind (killed while staging) is removed by the next run that
    // does not resume it, whatever that run does.
    void aStagedFolderLeftBehindIsRemovedByTheNextRun()
    {
        QTemporaryDir dir;
        const QString root = ComposerRepo::makeStore(dir.path());
        QVERIFY(writeFile(root, QStringLiteral(".upgrade-assistant-staged/vendor/acme/x/src/Version.php"),
                          "<?php\n"));
        const ProgramResult r =
            runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes")}, 300000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(!leftovers(root),
                 qPrintable(QDir(root).entryList(QDir::AllEntries | QDir::Hidden).join(u' ')));
    }

    // Where the move cannot be staged, composer-stage is skipped with the reason, and composer-update
    // runs Composer in maintenance, saying why in the log.
    void whatCannotBeStagedMovesInMaintenance_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("relative path repository")
            << QString() << QString() << "repository ../repo/* is relative";
        QTest::newRow("vendor-dir") << "config.vendor-dir"
                                    << "lib/vendor"
                                    << "sets vendor-dir to lib/vendor";
        QTest::newRow("bin-dir") << "config.bin-dir"
                                 << "bin"
                                 << "sets bin-dir to bin";
        QTest::newRow("deploy strategy") << "extra.magento-deploystrategy"
                                         << "symlink"
                                         << "magento-deploystrategy to symlink";
        QTest::newRow("linked path repository") << "symlink"
                                                << ""
                                                << "links its packages into vendor/";
    }

    void whatCannotBeStagedMovesInMaintenance()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        ComposerRepo::StoreOptions options;
        options.relativeRepo = key.isEmpty();
        const QString root = ComposerRepo::makeStore(dir.path(), options);
        QJsonObject composerJson = jsonFile(root + QStringLiteral("/composer.json"));
        if (key == QLatin1String("symlink")) {
            QJsonArray repos = composerJson.value(QLatin1String("repositories")).toArray();
            QJsonObject path = repos.at(0).toObject();
            path.remove(QStringLiteral("options"));
            repos.replace(0, path);
            composerJson.insert(QStringLiteral("repositories"), repos);
        } else if (!key.isEmpty()) {
            const QString section = key.section(u'.', 0, 0);
            QJsonObject o = composerJson.value(section).toObject();
            o.insert(key.section(u'.', 1), value);
            composerJson.insert(section, o);
        }
        QVERIFY(writeFile(root, QStringLiteral("composer.json"), QJsonDocument(composerJson).toJson()));
        const QJsonObject plan =
            planJson(root, {QStringLiteral("--target-version"), QStringLiteral("2.4.8")});
        QJsonObject stage;
        for (const QJsonValue &s : plan.value(QLatin1String("steps")).toArray())
            if (s.toObject().value(QLatin1String("id")).toString() == QLatin1String("composer-stage"))
                stage = s.toObject();
        QVERIFY2(!stage.isEmpty(), QJsonDocument(plan).toJson().constData());
        QVERIFY2(QJsonDocument(stage).toJson().contains(reason.toUtf8()),
                 QJsonDocument(stage).toJson().constData());
        if (!key.isEmpty())
            return; // one full run for all: the log says why Composer runs in maintenance
        const ProgramResult r = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                            QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                                            QStringLiteral("--log"), dir.path() + QStringLiteral("/run.log")},
                                           300000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QByteArray log = readFile(dir.path() + QStringLiteral("/run.log"));
        QVERIFY2(log.contains("Composer moves the store now, in maintenance, because the path repository "
                              "../repo/* is relative"),
                 log.constData());
        QCOMPARE(ComposerRepo::inspectedVersion(root), QStringLiteral("2.4.8"));
    }

    void aMoveWorksEndToEnd()
    {
        QTemporaryDir dir;
        const QString root = ComposerRepo::makeStore(dir.path());
        const ProgramResult r = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                            QStringLiteral("--target-version"), QStringLiteral("2.4.8")},
                                           300000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const ProgramResult inspect = runProgram({QStringLiteral("inspect"), root, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(inspect.out)
                     .object()
                     .value(QLatin1String("magento"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toString(),
                 QStringLiteral("2.4.8"));
        QVERIFY(
            readFile(root + QStringLiteral("/vendor/magento/framework/src/Version.php")).contains("103.0.8"));
        QVERIFY(!maintenanceOn(root));
    }

    // From a repository over HTTP, as repo.magento.com is: the run downloads every package of the move
    // before maintenance (check `download`), and Composer in maintenance downloads none. plan downloads
    // nothing at all.
    void theRunDownloadsBeforeMaintenance()
    {
        QTemporaryDir dir;
        ComposerServer server(ComposerRepo::make(dir.path()));
        ComposerRepo::StoreOptions options;
        options.repositoryUrl = server.url();
        const QString root = ComposerRepo::makeStore(dir.path(), options);
        // vendor-dir as an absolute path (the same folder): the download must still stay out of it.
        QJsonObject composerJson = jsonFile(root + QStringLiteral("/composer.json"));
        QJsonObject config = composerJson.value(QLatin1String("config")).toObject();
        config.insert(QStringLiteral("vendor-dir"), root + QStringLiteral("/vendor"));
        composerJson.insert(QStringLiteral("config"), config);
        QVERIFY(writeFile(root, QStringLiteral("composer.json"), QJsonDocument(composerJson).toJson()));
        const QString composer = countingComposer(dir.path(), root, server);
        const QStringList move{QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                               QStringLiteral("--composer"), composer};
        server.clearRequests();

        const QJsonObject plan = planJson(root, move);
        QCOMPARE(level(plan, QStringLiteral("resolve")), QStringLiteral("pass"));
        QVERIFY(ComposerRepo::planCheck(plan, QStringLiteral("download")).isEmpty());
        QCOMPARE(server.zipRequests(), QStringList());

        const ProgramResult r =
            runProgram(QStringList{QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                   QStringLiteral("--report"), dir.path() + QStringLiteral("/report.json"),
                                   QStringLiteral("--log"), dir.path() + QStringLiteral("/run.log")} +
                           move,
                       300000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(ComposerRepo::inspectedVersion(root), QStringLiteral("2.4.8"));
        const QByteArray log = readFile(dir.path() + QStringLiteral("/run.log"));
        QVERIFY2(log.contains("before maintenance"), log.constData());
        // Each package of 2.4.8 that has files came once, before maintenance.
        const QStringList zips = server.zipRequests();
        for (const char *package :
             {"magento-framework-103.0.8", "magento-module-catalog-104.0.8", "magento-magento2-base-2.4.8",
              "magento-composer-dependency-version-audit-plugin-0.1.5"})
            QVERIFY2(zips.filter(QLatin1String(package)).size() == 1,
                     qPrintable(zips.join(QLatin1Char('\n'))));
        const QStringList runs = QString::fromUtf8(readFile(dir.path() + QStringLiteral("/composer-runs")))
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(runs.filter(QStringLiteral("the store's vendor/ changed")).isEmpty(),
                 qPrintable(runs.join(QLatin1Char('\n'))));
        const QStringList install = runs.filter(QRegularExpression(QStringLiteral("^install ")));
        QStringList update; // the store's own, not the scratch copy's (-d)
        for (const QString &run : runs)
            if (run.startsWith(QLatin1String("update ")) && !run.contains(QLatin1String(" -d ")))
                update << run;
        QCOMPARE(install.size(), 1);
        QVERIFY2(install.first().contains(QLatin1String("maintenance=off")), qPrintable(install.first()));
        QVERIFY2(!install.first().contains(QRegularExpression(QStringLiteral("zips=(\\d+)\\.\\.\\1$"))),
                 qPrintable(install.first())); // it downloaded
        QCOMPARE(update.size(), 1);
        QVERIFY2(update.first().contains(QLatin1String("maintenance=on")), qPrintable(update.first()));
        QVERIFY2(update.first().contains(QRegularExpression(QStringLiteral("zips=(\\d+)\\.\\.\\1$"))),
                 qPrintable(runs.join(QLatin1Char('\n')))); // nothing in maintenance
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant-resolve")));
    }

    // A package that cannot be downloaded (the repository answers 500 for its zip) refuses the run
    // before maintenance, naming what Composer said, with the store as it was.
    void aDownloadThatFailsRefusesTheRun()
    {
        QTemporaryDir dir;
        ComposerServer server(ComposerRepo::make(dir.path()), 0, QStringLiteral("magento-framework-103.0.8"));
        ComposerRepo::StoreOptions options;
        options.repositoryUrl = server.url();
        const QString root = ComposerRepo::makeStore(dir.path(), options);
        const QByteArray before = treeChecksum(root);
        const ProgramResult r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--target-version"),
             QStringLiteral("2.4.8"), QStringLiteral("--report"), dir.path() + QStringLiteral("/report.json"),
             QStringLiteral("--log"), dir.path() + QStringLiteral("/run.log")},
            300000);
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(QLatin1String("could not download")), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QLatin1String("500")), qPrintable(r.errText()));
        QVERIFY(!maintenanceOn(root));
        QVERIFY(QFile::remove(root + QStringLiteral("/var/.upgrade-assistant.journal.json")));
        QCOMPARE(treeChecksum(root), before);
        QCOMPARE(
            jsonFile(dir.path() + QStringLiteral("/report.json")).value(QLatin1String("result")).toString(),
            QStringLiteral("refused"));
    }
};

QTEST_GUILESS_MAIN(TestVersionMove)
#include "tst_versionmove.moc"
