// Runner kinds and the rules for a runner's settings: the words of the kinds read and written in
// one place, every problem of the settings found once, as data, and worded for the command line
// with its options (the wizard's words: tst_wizardwording).
#include "cli/cliwording.h"
#include "core/model/runnerkind.h"
#include "core/model/wording.h"
#include "core/runners/commandexecutor.h"
#include "core/runners/runner.h"
#include "core/runners/runnercheck.h"
#include "tests/support/unitsupport.h"

#include <QtTest>

#include <unistd.h>

using namespace mua;
using mua::test::sshSettings;

Q_DECLARE_METATYPE(mua::RunnerSettings)
Q_DECLARE_METATYPE(mua::RunnerIssue)

namespace {

using Reason = RunnerIssue::Reason;

QString describe(const QList<RunnerIssue> &issues)
{
    QStringList out;
    for (const RunnerIssue &i : issues)
        out << QStringLiteral("%1/%2/%3").arg(int(i.reason)).arg(int(i.setting)).arg(i.value);
    return out.join(QLatin1String(", "));
}

} // namespace

class TestRunnerCheck : public QObject
{
    Q_OBJECT

private slots:
    // Composer turns its plugins off when root runs it without a terminal outside a container, so the
    // local runner lets them run when root (the store's owner: the readiness check refuses anyone else)
    // runs it; the command people read stays the same. One that cannot be found still fails to start.
    void rootRunsComposerWithItsPluginsAllowed()
    {
        QTemporaryDir dir;
        const QString composer = dir.path() + QStringLiteral("/composer");
        QFile script(composer);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho \"allowed=$COMPOSER_ALLOW_SUPERUSER\"\n");
        script.close();
        QVERIFY(
            script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const QByteArray saved = qgetenv("COMPOSER_ALLOW_SUPERUSER");
        qunsetenv("COMPOSER_ALLOW_SUPERUSER");
        RunnerSettings settings;
        settings.composer = composer;
        const CommandSpec spec = LocalRunner(dir.path(), settings).composer({QStringLiteral("update")});
        QCOMPARE(spec.display(), composer + QStringLiteral(" update --no-interaction"));
        const CommandResult r = CommandExecutor(nullptr, 1000).run(spec, nullptr, true);
        QVERIFY(r.succeeded());
        QCOMPARE(r.lines.value(0),
                 ::geteuid() == 0 ? QStringLiteral("allowed=1") : QStringLiteral("allowed="));
        settings.composer = dir.path() + QStringLiteral("/missing");
        QVERIFY(
            !CommandExecutor(nullptr, 1000)
                 .run(LocalRunner(dir.path(), settings).composer({QStringLiteral("update")}), nullptr, true)
                 .started);
        if (!saved.isEmpty())
            qputenv("COMPOSER_ALLOW_SUPERUSER", saved);
    }

    // cli.md's words, both ways, and nothing else is a kind.
    void kindWords()
    {
        QCOMPARE(runnerKindWords(),
                 (QStringList{QStringLiteral("local"), QStringLiteral("ssh"), QStringLiteral("ddev"),
                              QStringLiteral("warden"), QStringLiteral("compose")}));
        for (const RunnerKind kind : runnerKinds())
            QCOMPARE(runnerKindFromWord(runnerKindWord(kind)), std::optional<RunnerKind>(kind));
        for (const char *word : {"", "telnet", "SSH", " ssh", "ssh ", "docker"})
            QVERIFY2(!runnerKindFromWord(QString::fromLatin1(word)), word);
        QCOMPARE(RunnerSettings().kind, RunnerKind::Local);
    }

    void kindFamilies()
    {
        QVERIFY(!isContainerKind(RunnerKind::Local) && !isContainerKind(RunnerKind::Ssh));
        QVERIFY(isContainerKind(RunnerKind::Ddev) && isContainerKind(RunnerKind::Warden) &&
                isContainerKind(RunnerKind::Compose));
        QVERIFY(takesService(RunnerKind::Warden) && takesService(RunnerKind::Compose));
        QVERIFY(!takesService(RunnerKind::Ddev) && !takesService(RunnerKind::Local) &&
                !takesService(RunnerKind::Ssh));
    }

    void issues_data()
    {
        QTest::addColumn<RunnerSettings>("settings");
        QTest::addColumn<QList<RunnerIssue>>("expected");
        QTest::newRow("local needs nothing") << RunnerSettings() << QList<RunnerIssue>();
        QTest::newRow("ssh, complete")
            << sshSettings(QStringLiteral("deploy@shop.example.com"), QStringLiteral("/var/www/shop"),
                           QStringLiteral("/home/a/cfg"))
            << QList<RunnerIssue>();
        QTest::newRow("ssh, nothing") << sshSettings({}, {})
                                      << QList<RunnerIssue>{{Reason::Missing, Setting::SshHost, {}},
                                                            {Reason::Missing, Setting::RemoteRoot, {}}};
        QTest::newRow("an option as host")
            << sshSettings(QStringLiteral("-oProxyCommand=x"), QStringLiteral("/srv"))
            << QList<RunnerIssue>{{Reason::NotAHost, Setting::SshHost, QStringLiteral("-oProxyCommand=x")}};
        QTest::newRow("a blank in the host")
            << sshSettings(QStringLiteral("shop prod"), QStringLiteral("/srv"))
            << QList<RunnerIssue>{{Reason::NotAHost, Setting::SshHost, QStringLiteral("shop prod")}};
        QTest::newRow("a newline in the host")
            << sshSettings(QStringLiteral("shop\nprod"), QStringLiteral("/srv"))
            << QList<RunnerIssue>{{Reason::NotAHost, Setting::SshHost, QStringLiteral("shop\nprod")}};
        QTest::newRow("relative folder")
            << sshSettings(QStringLiteral("shop"), QStringLiteral("srv/shop"))
            << QList<RunnerIssue>{{Reason::NotAbsolute, Setting::RemoteRoot, QStringLiteral("srv/shop")}};
        QTest::newRow("the root folder")
            << sshSettings(QStringLiteral("shop"), QStringLiteral("//./"))
            << QList<RunnerIssue>{{Reason::RootFolder, Setting::RemoteRoot, QStringLiteral("//./")}};
        QTest::newRow("relative config file")
            << sshSettings(QStringLiteral("shop"), QStringLiteral("/srv"), QStringLiteral("shop_config"))
            << QList<RunnerIssue>{{Reason::NotAbsolute, Setting::SshConfig, QStringLiteral("shop_config")}};
        QTest::newRow("every field wrong, in the order of the fields")
            << sshSettings(QStringLiteral("-x"), QStringLiteral("srv"), QStringLiteral("cfg"))
            << QList<RunnerIssue>{{Reason::NotAHost, Setting::SshHost, QStringLiteral("-x")},
                                  {Reason::NotAbsolute, Setting::RemoteRoot, QStringLiteral("srv")},
                                  {Reason::NotAbsolute, Setting::SshConfig, QStringLiteral("cfg")}};
        // The ssh fields are kept for every kind (the wizard keeps them when another is chosen).
        RunnerSettings local = sshSettings(QStringLiteral("-x"), QStringLiteral("srv"));
        local.kind = RunnerKind::Local;
        QTest::newRow("ssh fields with another runner") << local << QList<RunnerIssue>();
        for (const RunnerKind kind : {RunnerKind::Compose, RunnerKind::Warden}) {
            RunnerSettings s;
            s.kind = kind;
            s.service = QStringLiteral("php fpm");
            QTest::addRow("%s, a service compose refuses", qPrintable(runnerKindWord(kind)))
                << s
                << QList<RunnerIssue>{{Reason::NotAService, Setting::Service, QStringLiteral("php fpm")}};
            s.service = QStringLiteral("php-fpm\n");
            QTest::addRow("%s, a service with a newline", qPrintable(runnerKindWord(kind)))
                << s
                << QList<RunnerIssue>{{Reason::NotAService, Setting::Service, QStringLiteral("php-fpm\n")}};
            s.service = QStringLiteral("php-fpm_8.3");
            QTest::addRow("%s, a service", qPrintable(runnerKindWord(kind))) << s << QList<RunnerIssue>();
        }
        RunnerSettings ddev;
        ddev.kind = RunnerKind::Ddev;
        ddev.service = QStringLiteral("php fpm"); // ddev names its own container
        QTest::newRow("ddev takes no service") << ddev << QList<RunnerIssue>();
    }

    void issues()
    {
        QFETCH(RunnerSettings, settings);
        QFETCH(QList<RunnerIssue>, expected);
        const QList<RunnerIssue> found = runnerIssues(settings);
        QVERIFY2(found == expected, qPrintable(describe(found) + QStringLiteral(" | ") + describe(expected)));
    }

    // The command line names its options and the value at fault, in one sentence.
    void commandLineWords_data()
    {
        QTest::addColumn<RunnerSettings>("settings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no host") << sshSettings({}, QStringLiteral("/srv")) << QStringLiteral("--ssh HOST");
        QTest::newRow("no folder") << sshSettings(QStringLiteral("shop"), {})
                                   << QStringLiteral("--remote-root PATH");
        QTest::newRow("option as host") << sshSettings(QStringLiteral("-oX=y"), QStringLiteral("/srv"))
                                        << QStringLiteral("--ssh -oX=y is not a host name.");
        QTest::newRow("relative") << sshSettings(QStringLiteral("shop"), QStringLiteral("srv"))
                                  << QStringLiteral("--remote-root srv is not an absolute path");
        QTest::newRow("root") << sshSettings(QStringLiteral("shop"), QStringLiteral("/"))
                              << QStringLiteral("--remote-root / is not a store folder");
        QTest::newRow("config") << sshSettings(QStringLiteral("shop"), QStringLiteral("/srv"),
                                               QStringLiteral("cfg"))
                                << QStringLiteral("--ssh-config cfg is not an absolute path");
        RunnerSettings compose;
        compose.kind = RunnerKind::Compose;
        compose.service = QStringLiteral("php fpm");
        QTest::newRow("service") << compose
                                 << QStringLiteral("--service php fpm is not a docker compose service name");
    }

    void commandLineWords()
    {
        QFETCH(RunnerSettings, settings);
        QFETCH(QString, expected);
        const CliWording words; // the command line's
        const QString sentence = words.runnerIssues(runnerIssues(settings));
        QVERIFY2(sentence.contains(expected), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1Char('\n')), qPrintable(sentence));
        QCOMPARE(words.runner(RunnerKind::Warden), QStringLiteral("--runner warden"));
    }
};

QTEST_GUILESS_MAIN(TestRunnerCheck)
#include "tst_runnercheck.moc"
