// The ddev, warden and docker compose runners, driven through the real executable with stand-in
// ddev, warden and docker programs first on PATH (fake-container-tool.php): the exact command lines
// of whole upgrades, standard input closed and never a TTY, the sentence when the environment is
// not running or the tool is missing, and which runner a project's files suggest. The stand-in ddev
// behaves as today's release or an older one (MUA_FAKE_DDEV_VERSION): every row that names a
// version runs on it.
#include "core/runners/containerrunner.h"
#include "demo/demostore.h"
#include "tests/support/composerrepo.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QVersionNumber>
#include <QtTest>

#include <csignal>

using namespace mua;
using namespace mua::test;

namespace {

// The shell around bin/magento in the container, which notes its process id and group for cancel.
const QString StopWrapper = QStringLiteral(
    "f() { echo $$ $3; }; read -r s < /proc/$$/stat; f ${s##*) } > var/.upgrade-assistant.pid; exec \"$@\"");

// The words of the php -r probe of the readiness check, as they reach the container.
const QString PhpProbe =
    QStringLiteral("$l = json_decode((string) @file_get_contents(\"var/.upgrade-assistant.lock\"), true); "
                   "echo \"mua-php \", PHP_VERSION, \" \", ini_get(\"memory_limit\"), \" \", "
                   "is_array($l) && !empty($l[\"token\"]) ? $l[\"token\"] : \"-\", PHP_EOL;");

struct Call
{
    QString tool;
    QStringList args;
    QString cwd;
    bool tty = true;
    bool stdinEof = false;
    QStringList container; // what the container was given to run
};

// ddev releases whose ways differ (see fake-container-tool.php): before --raw, plain join and
// --raw, composer joined for bash -c, quoteArgs, quoteArgs with the command's exit code lost, and
// today's.
const QStringList DdevVersions{QStringLiteral("1.18.2"), QStringLiteral("1.19.0"), QStringLiteral("1.23.5"),
                               QStringLiteral("1.24.2"), QStringLiteral("1.24.3"), QStringLiteral("1.24.6"),
                               QStringLiteral("1.25.3")};

bool writeExecutable(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return QDir().mkpath(QFileInfo(path).path()) && f.open(QIODevice::WriteOnly) &&
           f.write(content) == content.size() &&
           f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// A folder with the stand-ins as ddev, warden and docker, and the log they write.
class FakeTools
{
public:
    FakeTools()
    {
        const QByteArray script = readFile(sourceDir() + QStringLiteral("/support/fake-container-tool.php"));
        if (script.isEmpty())
            qFatal("no fake-container-tool.php");
        for (const char *name : {"ddev", "warden", "docker"}) {
            if (!writeExecutable(binDir() + QLatin1Char('/') + QLatin1String(name), script))
                qFatal("cannot write the stand-in %s", name);
        }
    }
    QString binDir() const { return m_dir.path(); }
    QString logPath() const { return m_dir.path() + QStringLiteral("/calls.jsonl"); }

    // The stand-ins first on PATH (before any real docker), then the system's folders for php and bash.
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PATH"), binDir() + QStringLiteral(":/usr/bin:/bin"));
        e.insert(QStringLiteral("MUA_FAKE_LOG"), logPath());
        e.remove(QStringLiteral("IS_DDEV_PROJECT"));
        return e;
    }

    QList<Call> calls() const
    {
        QList<Call> out;
        for (const QByteArray &line : readFile(logPath()).split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            Call c;
            c.tool = o.value(QLatin1String("tool")).toString();
            for (const QJsonValue &v : o.value(QLatin1String("args")).toArray())
                c.args << v.toString();
            c.cwd = o.value(QLatin1String("cwd")).toString();
            c.tty = o.value(QLatin1String("tty")).toBool(true);
            c.stdinEof = o.value(QLatin1String("stdinEof")).toBool();
            for (const QJsonValue &v : o.value(QLatin1String("container")).toArray())
                c.container << v.toString();
            out << c;
        }
        return out;
    }
    void clearLog() const { QFile::remove(logPath()); }

private:
    QTemporaryDir m_dir;
};

// A sandbox store (made in-process: the program's demo-store command is the same code).
QString makeDemo(const QString &root)
{
    return QFileInfo(makeStoreAt(root)).canonicalFilePath();
}

const QByteArray WardenEnv = "WARDEN_ENV_NAME=shop\nWARDEN_ENV_TYPE=magento2\nWARDEN_WEB_ROOT=/\n";

// docker-magento's layout: the PHP service is called phpfpm, next to phpMyAdmin and a database.
const QByteArray MarkShustCompose = R"(# docker-magento
services:
  app:
    image: markoshust/magento-nginx:1.24-0
    ports:
      - "80:8000"
    volumes: &appvolumes
      - ~/.composer:/var/www/.composer:cached
      - ./src:/var/www/html

  phpfpm:
    image: markoshust/magento-php:8.2-fpm-2   # PHP runs here
    volumes: *appvolumes

  db:
    image: mariadb:10.6
  phpmyadmin:
    image: phpmyadmin
)";

void writeProject(const QString &dir, const QString &kind)
{
    if (kind == QLatin1String("ddev"))
        writeFile(dir, QStringLiteral(".ddev/config.yaml"), "name: shop\ntype: magento2\ndocroot: pub\n");
    else if (kind == QLatin1String("warden"))
        writeFile(dir, QStringLiteral(".env"), WardenEnv);
    else
        writeFile(dir, QStringLiteral("docker-compose.yml"), MarkShustCompose);
}

bool hasTtyFlag(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("-t") || a == QLatin1String("-i") || a == QLatin1String("-it") ||
            a == QLatin1String("-ti") || a == QLatin1String("--tty") || a == QLatin1String("--interactive"))
            return true;
    }
    return false;
}

QJsonObject inspectJson(const QString &root, const QProcessEnvironment &env)
{
    const ProgramResult r =
        runProgram({QStringLiteral("inspect"), root, QStringLiteral("--json")}, 60000, env);
    if (r.exitCode != 0)
        qWarning("inspect failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestContainerRunners : public QObject
{
    Q_OBJECT

private slots:
    void upgradeRunsInTheContainer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("ddevVersion"); // empty: today's
        QTest::addColumn<QString>("subfolder");   // the store below the project folder
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("magentoPrefix"); // the tool's words before bin/magento
        QTest::addColumn<QStringList>("phpPrefix");
        QTest::addColumn<QString>("phpCode");

        const QString quotedProbe = QLatin1Char('\'') + PhpProbe + QLatin1Char('\'');
        const QStringList exec{QStringLiteral("exec")};
        QTest::newRow("ddev") << QStringLiteral("ddev") << QString() << QString() << QStringList() << exec
                              << exec << quotedProbe;
        const QStringList execInSubfolder{QStringLiteral("exec"), QStringLiteral("--dir"),
                                          QStringLiteral("/var/www/html/magento")};
        QTest::newRow("ddev, store in a subfolder")
            << QStringLiteral("ddev") << QString() << QStringLiteral("magento") << QStringList()
            << execInSubfolder << execInSubfolder << quotedProbe;
        // Older ddev releases: one that quotes but loses exit codes, one that joins, one without --raw.
        for (const char *version : {"1.24.6", "1.24.2", "1.18.2"})
            QTest::addRow("ddev %s", version) << QStringLiteral("ddev") << QString::fromLatin1(version)
                                              << QString() << QStringList() << exec << exec << quotedProbe;
        QTest::newRow("ddev 1.18.2, store in a subfolder")
            << QStringLiteral("ddev") << QStringLiteral("1.18.2") << QStringLiteral("magento")
            << QStringList() << execInSubfolder << execInSubfolder << quotedProbe;
        const QStringList warden{QStringLiteral("env"), QStringLiteral("exec"), QStringLiteral("-T"),
                                 QStringLiteral("php-fpm")};
        QTest::newRow("warden") << QStringLiteral("warden") << QString() << QString() << QStringList()
                                << warden << warden << PhpProbe;
        const QStringList compose{QStringLiteral("compose"), QStringLiteral("exec"), QStringLiteral("-T"),
                                  QStringLiteral("phpfpm")};
        QTest::newRow("compose") << QStringLiteral("compose") << QString() << QString()
                                 << QStringList{QStringLiteral("--service"), QStringLiteral("phpfpm")}
                                 << compose << compose << PhpProbe;
    }

    void upgradeRunsInTheContainer()
    {
        QFETCH(QString, kind);
        QFETCH(QString, ddevVersion);
        QFETCH(QString, subfolder);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, magentoPrefix);
        QFETCH(QStringList, phpPrefix);
        QFETCH(QString, phpCode);
        FakeTools tools;
        QTemporaryDir dir;
        const QString project = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/shop");
        const QString root = makeDemo(subfolder.isEmpty() ? project : project + QLatin1Char('/') + subfolder);
        writeProject(project, kind);
        // The sandbox's database needs setup:upgrade: setup:db:status exits 2, which a ddev before
        // 1.24.7 turns into its own 1 and says on stderr; the run must still see the 2.
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_SERVICE"),
                   kind == QLatin1String("compose") ? QStringLiteral("phpfpm") : QStringLiteral("php-fpm"));
        if (!ddevVersion.isEmpty())
            env.insert(QStringLiteral("MUA_FAKE_DDEV_VERSION"), ddevVersion);
        const QString report = dir.path() + QStringLiteral("/report.json");

        const ProgramResult r =
            runProgram(QStringList{QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                   QStringLiteral("--runner"), kind, QStringLiteral("--report"), report} +
                           extra,
                       60000, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText() + r.outText()));
        QCOMPARE(QJsonDocument::fromJson(readFile(report)).object().value(QLatin1String("result")).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));

        // Every command line, in order, exactly.
        const bool ddev = kind == QLatin1String("ddev");
        const QString tool = kind == QLatin1String("compose") ? QStringLiteral("docker") : kind;
        auto magento = [&](const QString &command) {
            return magentoPrefix + QStringList{QStringLiteral("bin/magento"), command,
                                               QStringLiteral("--no-ansi"),
                                               QStringLiteral("--no-interaction")};
        };
        // What reaches the tool: bin/magento in a shell that notes its process id for cancel. ddev
        // gets the whole line for its bash -c as one argument, every word quoted for that bash.
        auto command = [&](const QStringList &prefix, const QStringList &words) {
            return ddev ? prefix + QStringList{words.join(QLatin1Char(' '))} : prefix + words;
        };
        const QString wrapper = ddev ? QLatin1Char('\'') + StopWrapper + QLatin1Char('\'') : StopWrapper;
        auto wrapped = [&](const QString &magentoCommand) {
            return command(magentoPrefix,
                           {QStringLiteral("sh"), QStringLiteral("-c"), wrapper, QStringLiteral("mua-run"),
                            QStringLiteral("bin/magento"), magentoCommand, QStringLiteral("--no-ansi"),
                            QStringLiteral("--no-interaction")});
        };
        const QList<QStringList> expected{
            command(phpPrefix, {QStringLiteral("php"), QStringLiteral("-r"), phpCode}),
            wrapped(QStringLiteral("setup:db:status")),
            wrapped(QStringLiteral("maintenance:enable")),
            wrapped(QStringLiteral("setup:upgrade")),
            wrapped(QStringLiteral("cache:enable")),
            wrapped(QStringLiteral("cache:status")),
            wrapped(QStringLiteral("maintenance:disable")),
            wrapped(QStringLiteral("maintenance:status"))};
        const QList<Call> calls = tools.calls();
        QList<QStringList> got;
        for (const Call &c : calls) {
            QCOMPARE(c.tool, tool);
            got << c.args;
            // Started from the store folder, standard input closed, never a terminal or a TTY flag.
            QCOMPARE(c.cwd, root);
            QVERIFY2(c.stdinEof, qPrintable(c.args.join(QLatin1Char(' '))));
            QVERIFY(!c.tty);
            QVERIFY2(!hasTtyFlag(c.args), qPrintable(c.args.join(QLatin1Char(' '))));
            // ddev's bash got our line as it is, on every release.
            if (ddev)
                QCOMPARE(c.container, (QStringList{QStringLiteral("bash"), QStringLiteral("-c"),
                                                   QStringLiteral("set -eu && ( %1)").arg(c.args.last())}));
        }
        QCOMPARE(got, expected);

        // The log shows what a person would type.
        const QString shown = QStringLiteral("$ %1 %2").arg(
            tool, magento(QStringLiteral("setup:upgrade")).join(QLatin1Char(' ')));
        QVERIFY2(r.outText().contains(shown), qPrintable(shown));
    }

    // docker exec does not pass signals on: stopping the client would leave setup:upgrade running
    // in the container. Cancel stops it there, then the client ends by itself.
    void cancelStopsTheCommandInTheContainer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("ddevVersion"); // empty: today's
        QTest::newRow("ddev") << QStringLiteral("ddev") << QString();
        // Every ddev runs the line in the same bash subshell; the oldest, for its joined line.
        QTest::newRow("ddev 1.18.2") << QStringLiteral("ddev") << QStringLiteral("1.18.2");
        QTest::newRow("compose") << QStringLiteral("compose") << QString();
    }

    void cancelStopsTheCommandInTheContainer()
    {
        QFETCH(QString, kind);
        QFETCH(QString, ddevVersion);
        FakeTools tools;
        QTemporaryDir dir;
        const QString root = makeDemo(QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/shop"));
        writeProject(root, kind);
        QVERIFY(
            writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})"));
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_SERVICE"), QStringLiteral("phpfpm"));
        if (!ddevVersion.isEmpty())
            env.insert(QStringLiteral("MUA_FAKE_DDEV_VERSION"), ddevVersion);
        QProcess program;
        program.setProcessEnvironment(env);
        program.setProcessChannelMode(QProcess::MergedChannels);
        program.setStandardInputFile(QProcess::nullDevice());
        QStringList args{QStringLiteral("upgrade"),  root, QStringLiteral("--yes"),
                         QStringLiteral("--runner"), kind, QStringLiteral("--grace"),
                         QStringLiteral("1")};
        if (kind == QLatin1String("compose"))
            args << QStringLiteral("--service") << QStringLiteral("phpfpm");
        program.start(programPath(), args);
        QVERIFY(program.waitForStarted());
        QByteArray said;
        const qint64 child = waitForHangingChild(program, &said);
        QVERIFY2(child > 0, said.constData());
        QVERIFY(::kill(pid_t(child), 0) == 0); // the hanging command's child, "in the container"
        QElapsedTimer clock;
        clock.start();
        QVERIFY(::kill(pid_t(program.processId()), SIGTERM) == 0);
        while (::kill(pid_t(child), 0) == 0 && clock.elapsed() < 15000)
            QTest::qWait(50);
        const qint64 stoppedAfter = clock.elapsed();
        const bool ended = program.state() == QProcess::NotRunning || program.waitForFinished(15000);
        said += program.readAll();
        QVERIFY2(ended, said.constData());
        // Gone, well before the tool's own grace (5 s) would matter: stopped by the stop command.
        QVERIFY2(::kill(pid_t(child), 0) != 0, said.constData());
        QVERIFY2(stoppedAfter < 4000, qPrintable(QString::number(stoppedAfter)));
        QCOMPARE(program.exitCode(), 130);
        QVERIFY2(said.contains("Cancelled during setup-upgrade"), said.constData());
        // The stop went through the tool, into the container.
        bool stopped = false;
        for (const Call &c : tools.calls())
            stopped = stopped || c.args.join(u' ').contains(QLatin1String("kill -TERM"));
        QVERIFY(stopped);
    }

    // Words that a shell would change, each of which must reach bin/magento, PHP and Composer in
    // the container as it is, through every ddev: ddev 1.24.3 and later wrap some of them in
    // double quotes for their bash -c, older ones join them with plain spaces.
    void argumentsReachTheContainerIntact_data()
    {
        QTest::addColumn<QString>("ddevVersion");
        QTest::addColumn<QString>("subfolder");
        for (const QString &version : DdevVersions)
            QTest::addRow("ddev %s", qPrintable(version)) << version << QString();
        QTest::newRow("ddev 1.25.3, store in a subfolder")
            << QStringLiteral("1.25.3") << QStringLiteral("magento");
    }

    void argumentsReachTheContainerIntact()
    {
        QFETCH(QString, ddevVersion);
        QFETCH(QString, subfolder);
        FakeTools tools;
        QTemporaryDir dir;
        const QString project = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/shop");
        const QString root = subfolder.isEmpty() ? project : project + QLatin1Char('/') + subfolder;
        writeProject(project, QStringLiteral("ddev"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/var")));
        // bin/magento and composer that print the arguments they were given.
        const QByteArray printArgs =
            "#!/usr/bin/env php\n<?php echo json_encode(array_slice($argv, 1)), \"\\n\";\n";
        QVERIFY(writeExecutable(root + QStringLiteral("/bin/magento"), printArgs));
        QVERIFY(writeExecutable(tools.binDir() + QStringLiteral("/composer"), printArgs));
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_DDEV_VERSION"), ddevVersion);

        RunnerSettings settings;
        settings.kind = RunnerKind::Ddev;
        QString error;
        const std::unique_ptr<ContainerRunner> runner = ContainerRunner::create(root, settings, &error);
        QVERIFY2(runner, qPrintable(error));

        const QStringList words{QStringLiteral("two words"),
                                QStringLiteral("it's"),
                                QStringLiteral("say \"hi\""),
                                QStringLiteral("$HOME"),
                                QStringLiteral("$$ $@ $1"),
                                QStringLiteral("`id` $(id)"),
                                QStringLiteral("#not a comment"),
                                QStringLiteral("a#b"),
                                QStringLiteral("tab\there"),
                                QStringLiteral("line\nbreak"),
                                QString(),
                                QStringLiteral("*"),
                                QStringLiteral("~"),
                                QStringLiteral("!x"),
                                QStringLiteral("back\\slash\\"),
                                QStringLiteral("--option=a b"),
                                QStringLiteral("a;b|c&d>e"),
                                QStringLiteral("{a,b}")};
        const QString printCode = QStringLiteral("echo json_encode(array_slice($argv, 1)), \"\\n\";");
        const QStringList noInteraction{QStringLiteral("--no-interaction")};
        const QStringList plain{QStringLiteral("require"),
                                QStringLiteral("magento/product-community-edition:2.4.8"),
                                QStringLiteral("--no-update")};
        struct Case
        {
            CommandSpec spec;
            QStringList expected;
        };
        const QList<Case> cases{
            {runner->magento(words),
             words + QStringList{QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")}},
            {runner->php(QStringList{QStringLiteral("-r"), printCode, QStringLiteral("--")} + words), words},
            {runner->composer(words), words + noInteraction},
            {runner->composer(plain), plain + noInteraction}};
        for (const Case &c : cases) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.setWorkingDirectory(c.spec.workingDirectory);
            p.setStandardInputFile(QProcess::nullDevice());
            p.start(tools.binDir() + QLatin1Char('/') + c.spec.program, c.spec.arguments);
            QVERIFY(p.waitForFinished(30000));
            const QByteArray out = p.readAllStandardOutput();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(c.spec.display() + QLatin1Char('\n') +
                                QString::fromUtf8(p.readAllStandardError())));
            QStringList got;
            for (const QJsonValue &v : QJsonDocument::fromJson(out).array())
                got << v.toString();
            QCOMPARE(got, c.expected);
        }
        // Composer as ddev users run it wherever that passes the words on alike: plain words, the
        // store at the project's root.
        QCOMPARE(cases.at(3).spec.arguments.first(),
                 subfolder.isEmpty() ? QStringLiteral("composer") : QStringLiteral("exec"));
        QCOMPARE(
            cases.at(3).spec.display(),
            subfolder.isEmpty()
                ? QStringLiteral("ddev composer require magento/product-community-edition:2.4.8 --no-update "
                                 "--no-interaction")
                : QStringLiteral("ddev exec --dir /var/www/html/magento composer require "
                                 "magento/product-community-edition:2.4.8 --no-update --no-interaction"));
        QCOMPARE(cases.at(2).spec.arguments.first(), QStringLiteral("exec"));
    }

    // The stand-in ddev against what ddev's own tests (cmd/ddev/cmd/exec_test.go, TestCmdExec) and
    // source say each release does with the same words.
    void standInDdevFollowsDdev_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err"); // a part of stderr; empty: no check

        const QString now = QStringLiteral("1.25.3");
        auto echoArgs = [](std::initializer_list<QString> words) {
            return QStringList{QStringLiteral("exec"), QStringLiteral("bash"),
                               QStringLiteral("echo-args.sh")} +
                   QStringList(words);
        };
        QTest::newRow("quoteArgs keeps blanks and quotes")
            << now
            << echoArgs({QStringLiteral("string with \"quotes\" and spaces"),
                         QStringLiteral("another 'quoted' string")})
            << QStringLiteral("string with \"quotes\" and spaces\nanother 'quoted' string\n") << 0
            << QString();
        QTest::newRow("bash still expands $ inside them")
            << now
            << QStringList{QStringLiteral("exec"), QStringLiteral("echo"),
                           QStringLiteral("$MUA_X\n${MUA_UNSET:-foobar}")}
            << QStringLiteral("yes\nfoobar\n") << 0 << QString();
        QTest::newRow("one argument is the line")
            << now << QStringList{QStringLiteral("exec"), QStringLiteral("true && echo \"a  b\"")}
            << QStringLiteral("a  b\n") << 0 << QString();
        QTest::newRow("--raw: no shell") << now
                                         << QStringList{QStringLiteral("exec"), QStringLiteral("--raw"),
                                                        QStringLiteral("echo"), QStringLiteral("$MUA_X")}
                                         << QStringLiteral("$MUA_X\n") << 0 << QString();
        QTest::newRow("the command's exit code")
            << now << QStringList{QStringLiteral("exec"), QStringLiteral("exit 3")} << QString() << 3
            << QStringLiteral("Failed to execute command `exit 3`: exit status 3");
        QTest::newRow("1.24.6: exit code lost")
            << QStringLiteral("1.24.6") << QStringList{QStringLiteral("exec"), QStringLiteral("exit 3")}
            << QString() << 1 << QStringLiteral("Failed to execute command `exit 3`: exit status 3");
        QTest::newRow("1.24.2: plain join")
            << QStringLiteral("1.24.2") << echoArgs({QStringLiteral("a b"), QStringLiteral("c")})
            << QStringLiteral("a\nb\nc\n") << 0 << QString();
        QTest::newRow("1.24.2: --raw") << QStringLiteral("1.24.2")
                                       << QStringList{QStringLiteral("exec"), QStringLiteral("--raw"),
                                                      QStringLiteral("echo"), QStringLiteral("$MUA_X")}
                                       << QStringLiteral("$MUA_X\n") << 0 << QString();
        QTest::newRow("1.18.2: no --raw")
            << QStringLiteral("1.18.2")
            << QStringList{QStringLiteral("exec"), QStringLiteral("--raw"), QStringLiteral("true")}
            << QString() << 255 << QStringLiteral("Error: unknown flag: --raw");
        const QStringList composer{QStringLiteral("composer"), QStringLiteral("a b"),
                                   QStringLiteral("$MUA_X")};
        QTest::newRow("composer: as given")
            << now << composer << QStringLiteral("a b\n$MUA_X\n") << 0 << QString();
        QTest::newRow("1.23.5: composer joined")
            << QStringLiteral("1.23.5") << composer << QStringLiteral("a\nb\nyes\n") << 0 << QString();
        QTest::newRow("1.18.2: composer joined")
            << QStringLiteral("1.18.2") << composer << QStringLiteral("a\nb\nyes\n") << 0 << QString();
    }

    void standInDdevFollowsDdev()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, args);
        QFETCH(QString, out);
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        FakeTools tools;
        QTemporaryDir dir;
        writeProject(dir.path(), QStringLiteral("ddev"));
        const QByteArray echoArgs = "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n";
        QVERIFY(writeExecutable(dir.path() + QStringLiteral("/echo-args.sh"), echoArgs));
        QVERIFY(writeExecutable(tools.binDir() + QStringLiteral("/composer"), echoArgs));
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_DDEV_VERSION"), version);
        env.insert(QStringLiteral("MUA_X"), QStringLiteral("yes"));
        env.remove(QStringLiteral("MUA_UNSET"));
        const ProgramResult r = run(tools.binDir() + QStringLiteral("/ddev"), args, dir.path(), 30000, env);
        QCOMPARE(r.outText(), out);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.errText().contains(err), qPrintable(r.errText()));
    }

    void planShowsTheCommands()
    {
        FakeTools tools;
        QTemporaryDir dir;
        // A store installed from a Composer repository on disk: the move is worked out through ddev too.
        const QString root = QFileInfo(ComposerRepo::makeStore(dir.path())).canonicalFilePath();
        writeProject(root, QStringLiteral("ddev"));
        const ProgramResult r =
            runProgram({QStringLiteral("plan"), root, QStringLiteral("--json"), QStringLiteral("--runner"),
                        QStringLiteral("ddev"), QStringLiteral("--target-version"), QStringLiteral("2.4.8")},
                       60000, tools.env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        QStringList commands;
        for (const QJsonValue &step : plan.value(QLatin1String("steps")).toArray())
            for (const QJsonValue &c : step.toObject().value(QLatin1String("commands")).toArray())
                commands << c.toString();
        QVERIFY2(commands.contains(
                     QLatin1String("ddev exec bin/magento setup:upgrade --no-ansi --no-interaction")),
                 qPrintable(commands.join(QLatin1Char('\n'))));
        // A word ddev's bash must get quoted: shown once, as the container's command line.
        QVERIFY2(commands.contains(QStringLiteral("ddev exec \"php -r '…'\"")),
                 qPrintable(commands.join(QLatin1Char('\n'))));
        QVERIFY2(
            commands.contains(QLatin1String("ddev composer require magento/product-community-edition:2.4.8 "
                                            "--no-update --no-interaction")),
            qPrintable(commands.join(QLatin1Char('\n'))));
        // The readiness check ran through ddev and passed; no runner warning, ddev is chosen.
        for (const QJsonValue &c : plan.value(QLatin1String("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            QVERIFY2(check.value(QLatin1String("level")).toString() != QLatin1String("error"),
                     qPrintable(check.value(QLatin1String("message")).toString()));
            QVERIFY(check.value(QLatin1String("id")).toString() != QLatin1String("runner"));
        }
        QVERIFY(!tools.calls().isEmpty());
        // Nothing ran that changes the store.
        for (const Call &c : tools.calls())
            QVERIFY2(!c.args.contains(QLatin1String("setup:upgrade")),
                     qPrintable(c.args.join(QLatin1Char(' '))));
    }

    // The version move through each container tool: Composer and PHP are the container's, the scratch
    // resolve sits in the store's var/ (the one folder both sides see) and is gone afterwards, and the
    // store ends on the target.
    void moveRunsInTheContainer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("staged"); // an absolute path repository: the move is staged
        for (const bool staged : {false, true}) {
            const char *how = staged ? "staged" : "in maintenance";
            QTest::addRow("ddev, %s", how) << QStringLiteral("ddev") << QStringList() << staged;
            QTest::addRow("warden, %s", how) << QStringLiteral("warden") << QStringList() << staged;
            QTest::addRow("compose, %s", how)
                << QStringLiteral("compose")
                << QStringList{QStringLiteral("--service"), QStringLiteral("phpfpm")} << staged;
        }
    }

    void moveRunsInTheContainer()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, extra);
        QFETCH(bool, staged);
        FakeTools tools;
        QTemporaryDir dir;
        ComposerRepo::StoreOptions options;
        options.relativeRepo = !staged;
        const QString root = QFileInfo(ComposerRepo::makeStore(dir.path(), options)).canonicalFilePath();
        writeProject(root, kind);
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_SERVICE"),
                   kind == QLatin1String("compose") ? QStringLiteral("phpfpm") : QStringLiteral("php-fpm"));
        const QStringList move{QStringLiteral("--runner"), kind, QStringLiteral("--target-version"),
                               QStringLiteral("2.4.8")};
        const ProgramResult plan = runProgram(
            QStringList{QStringLiteral("plan"), root, QStringLiteral("--json")} + move + extra, 120000, env);
        QVERIFY2(plan.exitCode == 0, qPrintable(describe(plan)));
        const QJsonObject planJson = QJsonDocument::fromJson(plan.out).object();
        for (const QJsonValue &c : planJson.value(QLatin1String("checks")).toArray())
            QVERIFY2(c.toObject().value(QLatin1String("level")).toString() != QLatin1String("error"),
                     qPrintable(c.toObject().value(QLatin1String("message")).toString()));
        QVERIFY(!planJson.value(QLatin1String("move"))
                     .toObject()
                     .value(QLatin1String("changes"))
                     .toArray()
                     .isEmpty());
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant-resolve")));
        // The container's Composer ran the resolve: its calls went through the tool.
        bool resolvedThere = false;
        for (const Call &c : tools.calls())
            resolvedThere =
                resolvedThere || (c.args.join(QLatin1Char(' ')).contains(QLatin1String("--no-install")));
        QVERIFY(resolvedThere);

        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r =
            runProgram(QStringList{QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                   QStringLiteral("--report"), report} +
                           move + extra,
                       300000, env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString stage;
        for (const QJsonValue &step : jsonFile(report).value(QLatin1String("steps")).toArray())
            if (step.toObject().value(QLatin1String("id")).toString() == QLatin1String("composer-stage"))
                stage = step.toObject().value(QLatin1String("status")).toString();
        QCOMPARE(stage, staged ? QStringLiteral("done") : QStringLiteral("skipped"));
        // Staged or not, Composer ran in the container.
        bool stagedThere = false;
        for (const Call &c : tools.calls())
            stagedThere = stagedThere ||
                          c.args.join(QLatin1Char(' ')).contains(QLatin1String(".upgrade-assistant-staged"));
        QCOMPARE(stagedThere, staged);
        QVERIFY(!QFile::exists(root + QStringLiteral("/.upgrade-assistant-staged")));
        QCOMPARE(inspectJson(root, env)
                     .value(QLatin1String("magento"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toString(),
                 QStringLiteral("2.4.8"));
    }

    // The impact report through a container tool: the container's Composer installs the target into
    // the store's var/ (the one folder both sides see), kept for the next report, and the findings are
    // those of the local runner's golden report.
    void impactRunsInTheContainer()
    {
        FakeTools tools;
        QTemporaryDir dir;
        ComposerRepo::StoreOptions options;
        options.customised = true;
        const QString root = QFileInfo(ComposerRepo::makeStore(dir.path(), options)).canonicalFilePath();
        writeProject(root, QStringLiteral("ddev"));
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_SERVICE"), QStringLiteral("php-fpm"));
        const ProgramResult r = runProgram({QStringLiteral("impact"), root, QStringLiteral("--runner"),
                                            QStringLiteral("ddev"), QStringLiteral("--target-version"),
                                            QStringLiteral("2.4.8"), QStringLiteral("--json")},
                                           300000, env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject golden =
            jsonFile(QStringLiteral(MUA_TEST_SOURCE_DIR "/integration/data/impact-2.4.7-2.4.8.json"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("findings")),
                 golden.value(QLatin1String("findings")));
        bool installedThere = false;
        for (const Call &c : tools.calls())
            installedThere =
                installedThere || (c.args.contains(QLatin1String("install")) &&
                                   c.args.contains(QLatin1String("var/.upgrade-assistant-impact-2.4.8")));
        QVERIFY2(installedThere, "the container's Composer did not install the target");
        QVERIFY(
            QFileInfo(root + QStringLiteral("/var/.upgrade-assistant-impact-2.4.8/vendor/magento")).isDir());
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant-resolve")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant-impact-2.4.8/auth.json")));
    }

    // The compose service works in the project folder, but the store is a folder below it: the
    // container would run bin/magento on something else than the files changed here. Refused.
    void containerOnOtherFilesIsRefused()
    {
        FakeTools tools;
        QTemporaryDir dir;
        const QString project = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/shop");
        const QString root = makeDemo(project + QStringLiteral("/magento"));
        writeProject(project, QStringLiteral("compose"));
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_SERVICE"), QStringLiteral("phpfpm"));
        const QString report = dir.path() + QStringLiteral("/report.json");
        const ProgramResult r =
            runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--runner"),
                        QStringLiteral("compose"), QStringLiteral("--service"), QStringLiteral("phpfpm"),
                        QStringLiteral("--report"), report},
                       60000, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(
                     QStringLiteral("PHP in the container does not see the store in %1").arg(root)),
                 qPrintable(r.errText()));
        QCOMPARE(QJsonDocument::fromJson(readFile(report)).object().value(QLatin1String("result")).toString(),
                 QStringLiteral("refused"));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));
        // Nothing but the readiness check's questions reached the container.
        for (const Call &c : tools.calls())
            QVERIFY2(!c.args.contains(QLatin1String("maintenance:enable")), qPrintable(c.args.join(u' ')));
    }

    void notRunningSaysHowToStart_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said"); // what the real tool says
        QTest::addColumn<QString>("sentence");
        QTest::newRow("ddev") << QStringLiteral("ddev")
                              << QStringLiteral("Project is not currently running. Try 'ddev start'.")
                              << QStringLiteral(
                                     "The ddev project is not running: start it with ddev start (in %1), "
                                     "then try again.");
        QTest::newRow("ddev container")
            << QStringLiteral("ddev")
            << QStringLiteral("Failed to execute command: ddev-shop-web container not "
                              "running")
            << QStringLiteral("The ddev project is not running: start it with ddev start "
                              "(in %1), then try again.");
        QTest::newRow("warden") << QStringLiteral("warden")
                                << QStringLiteral("service \"php-fpm\" is not running")
                                << QStringLiteral(
                                       "The warden environment is not running: start it with warden env up "
                                       "(in %1), then try again.");
        QTest::newRow("compose") << QStringLiteral("compose")
                                 << QStringLiteral(
                                        "Error response from daemon: No such container: shop-phpfpm-1")
                                 << QStringLiteral(
                                        "The docker compose service phpfpm is not running: start it with "
                                        "docker compose up -d (in %1), then try again.");
        QTest::newRow("docker daemon")
            << QStringLiteral("compose")
            << QStringLiteral(
                   "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker "
                   "daemon running?")
            << QStringLiteral(
                   "Docker is not running: start Docker (sudo systemctl start docker, or Docker Desktop), "
                   "then docker compose up -d (in %1), then try again.");
    }

    void notRunningSaysHowToStart()
    {
        QFETCH(QString, kind);
        QFETCH(QString, said);
        QFETCH(QString, sentence);
        FakeTools tools;
        QTemporaryDir dir;
        const QString root = makeDemo(dir.path() + QStringLiteral("/shop"));
        writeProject(root, kind);
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_DOWN"), said);
        env.insert(QStringLiteral("MUA_FAKE_SERVICE"), QStringLiteral("phpfpm"));
        QStringList args{QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--runner"),
                         kind};
        if (kind == QLatin1String("compose"))
            args << QStringLiteral("--service") << QStringLiteral("phpfpm");
        const ProgramResult r = runProgram(args, 60000, env);
        // Refused by the readiness check, before anything changed.
        QCOMPARE(r.exitCode, 3);
        const QString err = r.errText();
        QVERIFY2(err.contains(sentence.arg(root)), qPrintable(err));
        // The next command keeps the runner and its service.
        QVERIFY2(err.contains(
                     QStringLiteral("--runner ") + kind +
                     (kind == QLatin1String("compose") ? QStringLiteral(" --service phpfpm") : QString())),
                 qPrintable(err));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));
        // Only the probe ran: nothing else is asked of a container that is not there.
        QCOMPARE(tools.calls().size(), 1);
    }

    // A service the project does not have: refused before anything changes, with the setting to
    // change named as the reader chooses it (on the command line, --service).
    void missingServiceIsNamed()
    {
        FakeTools tools;
        QTemporaryDir dir;
        const QString root = makeDemo(dir.path() + QStringLiteral("/shop"));
        writeProject(root, QStringLiteral("compose"));
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("MUA_FAKE_SERVICE"), QStringLiteral("phpfpm"));
        const ProgramResult r =
            runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--runner"),
                        QStringLiteral("compose"), QStringLiteral("--service"), QStringLiteral("php")},
                       60000, env);
        QCOMPARE(r.exitCode, 3);
        const QString err = r.errText();
        QVERIFY2(
            err.contains(QStringLiteral("has no service php: name the service that runs PHP in --service "
                                        "(docker compose config --services lists them)")),
            qPrintable(err));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.maintenance.flag")));
    }

    void stoppedDuringTheRunIsExplained()
    {
        FakeTools tools;
        QTemporaryDir dir;
        const QString root = makeDemo(dir.path() + QStringLiteral("/shop"));
        writeProject(root, QStringLiteral("ddev"));
        QProcessEnvironment env = tools.env();
        // The probe, setup:db:status and maintenance:enable work; then the project is stopped.
        env.insert(QStringLiteral("MUA_FAKE_DOWN"),
                   QStringLiteral("Project is not currently running. Try 'ddev start'."));
        env.insert(QStringLiteral("MUA_FAKE_DOWN_AFTER"), QStringLiteral("3"));
        const ProgramResult r = runProgram({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                            QStringLiteral("--runner"), QStringLiteral("ddev")},
                                           60000, env);
        QCOMPARE(r.exitCode, 1);
        const QString err = r.errText();
        QVERIFY2(err.contains(QLatin1String("setup-upgrade failed")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral(
                                  "Known fix: The ddev project is not running: start it with ddev start (in "
                                  "%1), then resume the upgrade.")
                                  .arg(root)),
                 qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("--runner ddev --resume")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("ddev exec bin/magento maintenance:disable")), qPrintable(err));
    }

    void missingToolIsNamed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("ddev") << QStringLiteral("ddev")
                              << QStringLiteral(
                                     "ddev is not installed (there is no ddev on PATH): install it from "
                                     "https://ddev.com/get-started/, then try again.");
        QTest::newRow("warden") << QStringLiteral("warden")
                                << QStringLiteral(
                                       "warden is not installed (there is no warden on PATH): install it "
                                       "from https://docs.warden.dev/installing.html, then try again.");
        QTest::newRow("compose") << QStringLiteral("compose")
                                 << QStringLiteral("docker is not installed (there is no docker on PATH)");
    }

    void missingToolIsNamed()
    {
        QFETCH(QString, kind);
        QFETCH(QString, sentence);
        QTemporaryDir dir;
        const QString root = makeDemo(dir.path() + QStringLiteral("/shop"));
        QTemporaryDir empty;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), empty.path());
        const ProgramResult r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--runner"), kind},
            60000, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(sentence), qPrintable(r.errText()));
    }

    void badCombinationsAreRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("needle");
        QTest::newRow("--service with local")
            << QStringList{QStringLiteral("--service"), QStringLiteral("app")}
            << QStringLiteral("--service is for --runner compose and warden");
        QTest::newRow("--service with ddev")
            << QStringList{QStringLiteral("--runner"), QStringLiteral("ddev"), QStringLiteral("--service"),
                           QStringLiteral("web")}
            << QStringLiteral("not --runner ddev");
        QTest::newRow("--php with ddev") << QStringList{QStringLiteral("--runner"), QStringLiteral("ddev"),
                                                        QStringLiteral("--php"), QStringLiteral("php8.3")}
                                         << QStringLiteral("--php is for the local and ssh runners");
        QTest::newRow("--ssh with compose")
            << QStringList{QStringLiteral("--runner"), QStringLiteral("compose"), QStringLiteral("--ssh"),
                           QStringLiteral("shop")}
            << QStringLiteral("--ssh is for --runner ssh");
        QTest::newRow("a service docker refuses")
            << QStringList{QStringLiteral("--runner"), QStringLiteral("compose"), QStringLiteral("--service"),
                           QStringLiteral("php fpm")}
            << QStringLiteral("--service php fpm is not a docker compose service name");
    }

    void badCombinationsAreRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, needle);
        FakeTools tools;
        QTemporaryDir dir;
        const QString root = makeDemo(dir.path() + QStringLiteral("/shop"));
        for (const QString &command : {QStringLiteral("plan"), QStringLiteral("upgrade")}) {
            QStringList args{command, root};
            if (command == QLatin1String("upgrade"))
                args << QStringLiteral("--yes");
            const ProgramResult r = runProgram(args + options, 60000, tools.env());
            QCOMPARE(r.exitCode, 2);
            const QString err = r.errText().trimmed();
            QVERIFY2(err.contains(needle), qPrintable(err));
            QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        }
        QVERIFY(tools.calls().isEmpty());
    }

    void detectsTheProject_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("inParent");
        QTest::addColumn<QString>("runner"); // empty: no suggestion
        QTest::addColumn<QString>("service");

        QTest::newRow("ddev") << QStringLiteral(".ddev/config.yaml")
                              << QByteArray("name: shop\ntype: magento2\n") << false << QStringLiteral("ddev")
                              << QString();
        QTest::newRow("ddev above the store")
            << QStringLiteral(".ddev/config.yaml") << QByteArray("name: shop\n") << true
            << QStringLiteral("ddev") << QString();
        QTest::newRow("warden") << QStringLiteral(".env") << WardenEnv << false << QStringLiteral("warden")
                                << QString();
        QTest::newRow("warden, PHP on this computer")
            << QStringLiteral(".env") << QByteArray("WARDEN_ENV_NAME=shop\nWARDEN_ENV_TYPE=local\n") << false
            << QString() << QString();
        QTest::newRow(".env of something else")
            << QStringLiteral(".env") << QByteArray("APP_ENV=dev\n# WARDEN_ENV_TYPE=magento2\n") << false
            << QString() << QString();
        QTest::newRow("compose.yaml, php-fpm")
            << QStringLiteral("compose.yaml")
            << QByteArray("services:\n  db:\n    image: mysql:8\n  php-fpm:\n    image: php:8.2-fpm\n"
                          "  pma:\n    image: phpmyadmin/phpmyadmin\n")
            << false << QStringLiteral("compose") << QStringLiteral("php-fpm");
        QTest::newRow("docker-compose.yml, docker-magento")
            << QStringLiteral("docker-compose.yml") << MarkShustCompose << true << QStringLiteral("compose")
            << QStringLiteral("phpfpm");
        QTest::newRow("compose.yml, a built PHP image")
            << QStringLiteral("compose.yml")
            << QByteArray(
                   "version: '3'\nservices:\n    web:\n        image: nginx\n    shop:\n        build:\n"
                   "            context: ./docker/php\n            args:\n                X: 1\n")
            << false << QStringLiteral("compose") << QStringLiteral("shop");
        QTest::newRow("docker-compose.yaml, only services around PHP")
            << QStringLiteral("docker-compose.yaml")
            << QByteArray("services:\n  db:\n    image: mariadb\n  opensearch:\n    image: "
                          "opensearchproject/opensearch\n")
            << false << QString() << QString();
        QTest::newRow("nothing") << QString() << QByteArray() << false << QString() << QString();
    }

    void detectsTheProject()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(bool, inParent);
        QFETCH(QString, runner);
        QFETCH(QString, service);
        FakeTools tools;
        QTemporaryDir dir;
        const QString project = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/shop");
        const QString root = makeDemo(inParent ? project + QStringLiteral("/src") : project);
        if (!file.isEmpty())
            QVERIFY(writeFile(project, file, content));
        const QByteArray before = treeChecksum(dir.path());

        const QJsonObject o = inspectJson(root, tools.env());
        // New keys, always there; the old ones as before.
        for (const char *key : {"suggestedRunner", "suggestedService", "suggestedRunnerReason", "root",
                                "isMagento", "magento", "layout", "warnings"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonValue suggested = o.value(QLatin1String("suggestedRunner"));
        if (runner.isEmpty()) {
            QVERIFY2(suggested.isNull(), qPrintable(suggested.toString()));
            QVERIFY(o.value(QLatin1String("suggestedService")).isNull());
            QVERIFY(o.value(QLatin1String("suggestedRunnerReason")).isNull());
        } else {
            QCOMPARE(suggested.toString(), runner);
            if (service.isEmpty())
                QVERIFY(o.value(QLatin1String("suggestedService")).isNull());
            else
                QCOMPARE(o.value(QLatin1String("suggestedService")).toString(), service);
            const QString reason = o.value(QLatin1String("suggestedRunnerReason")).toString();
            QVERIFY2(reason.contains(project + QLatin1Char('/') + file), qPrintable(reason));
            QVERIFY2(reason.contains(QStringLiteral("add --runner ") + runner), qPrintable(reason));
            if (!service.isEmpty() && service != QLatin1String("php-fpm"))
                QVERIFY2(reason.contains(QStringLiteral("--service ") + service), qPrintable(reason));

            // The text of inspect and plan say it too (plan: a warning, as the local runner is chosen).
            if (!inParent) {
                const ProgramResult text = runProgram({QStringLiteral("inspect"), root}, 60000, tools.env());
                QVERIFY2(text.outText().contains(reason), qPrintable(text.outText()));
                const ProgramResult plan = runProgram({QStringLiteral("plan"), root}, 60000, tools.env());
                QCOMPARE(plan.exitCode, 0);
                QVERIFY2(plan.outText().contains(reason), qPrintable(plan.outText()));
            }
        }
        // Reading changes nothing.
        QCOMPARE(treeChecksum(dir.path()), before);
    }

    void insideDdevNothingIsSuggested()
    {
        FakeTools tools;
        QTemporaryDir dir;
        const QString root = makeDemo(dir.path() + QStringLiteral("/shop"));
        writeProject(root, QStringLiteral("ddev"));
        QProcessEnvironment env = tools.env();
        env.insert(QStringLiteral("IS_DDEV_PROJECT"), QStringLiteral("true"));
        QVERIFY(inspectJson(root, env).value(QLatin1String("suggestedRunner")).isNull());
        QCOMPARE(inspectJson(root, tools.env()).value(QLatin1String("suggestedRunner")).toString(),
                 QStringLiteral("ddev"));
    }

    void composeServicesAreRead_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("service");
        QTest::newRow("quoted names, comments")
            << QByteArray("services:\n  \"db\": # the database\n    image: mysql\n"
                          "  'php': {image: php}\n  # php-fpm: commented out\n")
            << QStringLiteral("php");
        QTest::newRow("php-fpm wins over an image")
            << QByteArray("services:\n  worker:\n    image: php:8.2-cli\n  php-fpm:\n    build: .\n")
            << QStringLiteral("php-fpm");
        QTest::newRow("a key named services below the top")
            << QByteArray("x-common:\n  services:\n    php:\n      image: php\nservices:\n  web:\n    image: "
                          "nginx\n")
            << QString();
        QTest::newRow("CRLF line ends")
            << QByteArray("services:\r\n  app:\r\n    image: \"bitnami/php-fpm:8.2\"\r\n")
            << QStringLiteral("app");
        QTest::newRow("phpMyAdmin alone")
            << QByteArray("services:\n  phpmyadmin:\n    image: phpmyadmin\n") << QString();
    }

    void composeServicesAreRead()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, service);
        QCOMPARE(ContainerRunner::phpService(ContainerRunner::composeServices(yaml)), service);
    }

    void helpNamesTheRunners()
    {
        const ProgramResult r = runProgram({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QLatin1String("--runner local|ssh|ddev|warden|compose")));
        QVERIFY(r.outText().contains(QLatin1String("--service NAME")));
    }
};

QTEST_GUILESS_MAIN(TestContainerRunners)
#include "tst_containerrunners.moc"
