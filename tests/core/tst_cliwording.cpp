// The command line's words for what the engine says as data: the way on after a run (NextStep) as
// the exact command cli.md's "Next:" line and the report's nextCommand show, every argument quoted
// so that a hostile path reaches the shell as the very word it was; and the engine's own default
// wording, which names no option and offers no command.
#include "cli/cliwording.h"
#include "core/model/nextstep.h"
#include "core/model/runrecord.h"
#include "core/runners/runnercheck.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace mua;
using Kind = NextStep::Kind;

namespace {

// The words a shell hands to the command, one per line of printf's output: the command with its
// program replaced by printf, run by sh.
QStringList wordsOf(const QString &command, const QString &program)
{
    if (!command.startsWith(program + QLatin1Char(' ')))
        return {QStringLiteral("(does not start with %1)").arg(program)};
    const QString line = QStringLiteral("printf '[%s]\\n'") + command.mid(program.size());
    const test::ProgramResult r = test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line});
    QStringList words;
    QString text = r.outText();
    // Each word is "[…]\n"; a word may hold a newline itself, so split on "]\n[".
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1String("]\n")))
        words = text.mid(1, text.size() - 3).split(QStringLiteral("]\n["));
    return words;
}

} // namespace

class TestCliWording : public QObject
{
    Q_OBJECT

private slots:
    void upgradeCommandsForEachWayOn()
    {
        const CliWording words;
        UpgradeOptions options;
        const NextStep again = NextStep::upgrade(Kind::RunAgain, QStringLiteral("/var/www/shop"), options);
        QCOMPARE(words.command(again),
                 QStringLiteral("magento-upgrade-assistant upgrade /var/www/shop --yes"));
        QCOMPARE(words.command(again.as(Kind::Resume)),
                 QStringLiteral("magento-upgrade-assistant upgrade /var/www/shop --yes --resume"));
        QCOMPARE(words.command(again.as(Kind::RemoveMaintenanceFlag)),
                 QStringLiteral("rm /var/www/shop/var/.maintenance.flag"));
        QCOMPARE(words.command(again.as(Kind::None)), QString());

        // Every choice the run was given, in cli.md's order, defaults left out.
        options.runner.kind = RunnerKind::Compose;
        options.runner.service = QStringLiteral("php");
        options.runner.php = QStringLiteral("/opt/php/bin/php");
        options.runner.composer = QStringLiteral("/opt/composer");
        options.targetVersion = QStringLiteral("2.4.7-p3");
        options.backup = true;
        options.backupDir = QStringLiteral("/srv/backups");
        options.backupMedia = true;
        options.url = QStringLiteral("https://shop.example/");
        options.notifyFile = QStringLiteral("/etc/mua/hook");
        QCOMPARE(words.command(NextStep::upgrade(Kind::Resume, QStringLiteral("/srv/shop"), options)),
                 QStringLiteral("magento-upgrade-assistant upgrade /srv/shop --yes --runner compose --php "
                                "/opt/php/bin/php --composer /opt/composer --service php --target-version "
                                "2.4.7-p3 --backup --backup-dir /srv/backups --backup-media --url "
                                "https://shop.example/ --notify-file /etc/mua/hook --resume"));
        // Composer runs only to move the version: without a target it is not named.
        options.targetVersion.clear();
        QVERIFY(!words.command(NextStep::upgrade(Kind::RunAgain, QStringLiteral("/srv/shop"), options))
                     .contains(QLatin1String("--composer")));
    }

    void sshRunsAndTheirFlag()
    {
        const CliWording words;
        UpgradeOptions options;
        options.runner.kind = RunnerKind::Ssh;
        options.runner.sshHost = QStringLiteral("deploy@shop");
        options.runner.remoteRoot = QStringLiteral("/var/www/shop/");
        options.runner.sshConfigFile = QStringLiteral("/home/me/.ssh/shop config");
        options.runner.ownMount = true; // the assistant's own mount: no local folder to name
        const NextStep resume = NextStep::upgrade(Kind::Resume, QStringLiteral("/tmp/mua-mount"), options);
        QCOMPARE(words.command(resume),
                 QStringLiteral("magento-upgrade-assistant upgrade --yes --runner ssh --ssh deploy@shop "
                                "--remote-root /var/www/shop/ --ssh-config '/home/me/.ssh/shop config' "
                                "--resume"));
        // The flag is deleted on the server: ssh hands its command to the server's shell, so the path
        // is quoted for that shell as well.
        QCOMPARE(words.command(resume.as(Kind::RemoveMaintenanceFlag)),
                 QStringLiteral("ssh -F '/home/me/.ssh/shop config' deploy@shop rm "
                                "/var/www/shop/var/.maintenance.flag"));
        options.runner.remoteRoot = QStringLiteral("/var/www/it's $(shop)");
        const NextStep flag = NextStep::upgrade(Kind::RemoveMaintenanceFlag, QString(), options);
        const QStringList local = wordsOf(words.command(flag), QStringLiteral("ssh"));
        QCOMPARE(local.mid(0, 4), QStringList({QStringLiteral("-F"), options.runner.sshConfigFile,
                                               QStringLiteral("deploy@shop"), QStringLiteral("rm")}));
        QCOMPARE(local.size(), 5);
        // What the server's shell makes of the last word: the remote path, whole.
        const test::ProgramResult remote =
            test::run(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("printf '[%s]' ") + local.at(4)});
        QCOMPARE(remote.outText(), QStringLiteral("[/var/www/it's $(shop)/var/.maintenance.flag]"));
        QCOMPARE(flag.maintenanceFlag(),
                 QStringLiteral("deploy@shop:/var/www/it's $(shop)/var/.maintenance.flag"));
    }

    void rollbackCommands()
    {
        const CliWording words;
        const NextStep again = NextStep::rollback(Kind::RunAgain, QStringLiteral("/var/www/shop"),
                                                  QStringLiteral("/srv/backups/20240101-120000"));
        QCOMPARE(words.command(again),
                 QStringLiteral("magento-upgrade-assistant rollback /var/www/shop --backup "
                                "/srv/backups/20240101-120000 --yes"));
        QCOMPARE(words.command(again.as(Kind::RunAgainAcceptingDataLoss)),
                 QStringLiteral("magento-upgrade-assistant rollback /var/www/shop --backup "
                                "/srv/backups/20240101-120000 --yes --accept-data-loss"));
    }

    // Paths, hosts and values a person or an attacker chose reach the shell as the words they were
    // (harmless payloads: a quoting fault runs them).
    void hostileWordsStayWords()
    {
        const CliWording words;
        const QString root = QStringLiteral("/srv/$(echo x) `echo y` 'shop'\n;echo z ~");
        const QString backup = QStringLiteral("/srv/b\"ack;ups/--yes");
        const QStringList rollback =
            wordsOf(words.command(NextStep::rollback(Kind::RunAgainAcceptingDataLoss, root, backup)),
                    QStringLiteral("magento-upgrade-assistant"));
        QCOMPARE(rollback, QStringList({QStringLiteral("rollback"), root, QStringLiteral("--backup"), backup,
                                        QStringLiteral("--yes"), QStringLiteral("--accept-data-loss")}));

        UpgradeOptions options;
        options.runner.php = QStringLiteral("php && echo evil|cat");
        options.targetVersion = QStringLiteral("2.4.7; reboot");
        options.url = QStringLiteral("https://shop.example/?a=1&b=$HOME");
        options.notifyFile = QStringLiteral("~/hook file");
        const QStringList upgrade = wordsOf(words.command(NextStep::upgrade(Kind::Resume, root, options)),
                                            QStringLiteral("magento-upgrade-assistant"));
        QCOMPARE(upgrade, QStringList({QStringLiteral("upgrade"), root, QStringLiteral("--yes"),
                                       QStringLiteral("--php"), options.runner.php,
                                       QStringLiteral("--target-version"), options.targetVersion,
                                       QStringLiteral("--url"), options.url, QStringLiteral("--notify-file"),
                                       options.notifyFile, QStringLiteral("--resume")}));
        const QStringList rm =
            wordsOf(words.command(NextStep::upgrade(Kind::RemoveMaintenanceFlag, root, options)),
                    QStringLiteral("rm"));
        QCOMPARE(rm, QStringList{root + QStringLiteral("/var/.maintenance.flag")});
    }

    // The way on is logged, reported and sent to a webhook: it keeps no secret.
    void theWayOnKeepsNoSecret()
    {
        UpgradeOptions options;
        options.url = QStringLiteral("  https://admin:s3cr%40t@shop.example/  ");
        options.notifyUrl = QStringLiteral("https://hooks.example/T000/B000/XXXX");
        const NextStep next = NextStep::upgrade(Kind::Resume, QStringLiteral("/srv/shop"), options);
        QVERIFY(next.options.notifyUrl.isEmpty());
        QCOMPARE(next.options.url, QStringLiteral("https://admin@shop.example/"));
        const QString command = CliWording().command(next);
        QVERIFY2(!command.contains(QLatin1String("s3cr")) &&
                     !command.contains(QLatin1String("hooks.example")),
                 qPrintable(command));
    }

    // The record says its way on as the wording of the process does: the command line's command, none
    // from the engine's own words.
    void theRecordAsksTheInstalledWording()
    {
        const NextStep next = NextStep::upgrade(Kind::Resume, QStringLiteral("/srv/shop"), UpgradeOptions{});
        RunRecord record;
        Wording::install(&CliWording::instance());
        record.setNext(next);
        QCOMPARE(record.nextCommand,
                 QStringLiteral("magento-upgrade-assistant upgrade /srv/shop --yes --resume"));
        Wording::install(nullptr);
        record.setNext(next);
        QCOMPARE(record.next.kind, Kind::Resume);
        QCOMPARE(record.nextCommand, QString());
    }

    // The engine's default words name no option of the command line.
    void theEngineSpeaksWithoutOptions()
    {
        const Wording words;
        QVERIFY(!words.commandLine());
        QCOMPARE(words.step(QStringLiteral("setup-upgrade"), QStringLiteral("Upgrade the database")),
                 QStringLiteral("Upgrade the database"));
        QCOMPARE(
            words.command(NextStep::rollback(Kind::RunAgain, QStringLiteral("/r"), QStringLiteral("/b"))),
            QString());
        QStringList said;
        for (int s = int(Setting::Runner); s <= int(Setting::AcceptDataLoss); ++s) {
            const auto setting = Setting(s);
            said << words.setting(setting) << words.setting(setting, QStringLiteral("x"))
                 << words.notChosen(setting);
            QVERIFY2(!CliWording::option(setting).isEmpty(), qPrintable(QString::number(s)));
            QVERIFY(CliWording::option(setting).startsWith(QLatin1String("--")));
        }
        for (const RunnerKind kind : runnerKinds())
            said << words.runner(kind);
        using Reason = RunnerIssue::Reason;
        for (const RunnerIssue &issue :
             QList<RunnerIssue>{{Reason::Missing, Setting::SshHost, {}},
                                {Reason::Missing, Setting::RemoteRoot, {}},
                                {Reason::NotAHost, Setting::SshHost, QStringLiteral("-oProxyCommand=x")},
                                {Reason::NotAbsolute, Setting::RemoteRoot, QStringLiteral("srv")},
                                {Reason::RootFolder, Setting::RemoteRoot, QStringLiteral("/")},
                                {Reason::NotAbsolute, Setting::SshConfig, QStringLiteral("cfg")},
                                {Reason::NotAService, Setting::Service, QStringLiteral("php fpm")}})
            said << words.runnerIssue(issue);
        for (const QString &sentence : std::as_const(said)) {
            QVERIFY(!sentence.isEmpty());
            static const QRegularExpression option(QStringLiteral("(^|\\s)--[a-z]"));
            QVERIFY2(!option.match(sentence).hasMatch(), qPrintable(sentence));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliWording)
#include "tst_cliwording.moc"
