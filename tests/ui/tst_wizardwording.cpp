// The wizard's words for what the engine reports as data: runner kinds by the store page's list,
// the runner's settings by the fields that hold them, never an option of the command line.
#include "cli/cliwording.h"
#include "core/runners/runnercheck.h"
#include "ui/wizard/wizardwording.h"

#include <QtTest>

using namespace mua;

class TestWizardWording : public QObject
{
    Q_OBJECT

private slots:
    void runnerIssuesNameTheFields()
    {
        using Reason = RunnerIssue::Reason;
        const WizardWording words;
        const QList<RunnerIssue> every{
            {Reason::Missing, Setting::SshHost, {}},
            {Reason::Missing, Setting::RemoteRoot, {}},
            {Reason::NotAHost, Setting::SshHost, QStringLiteral("-oProxyCommand=x")},
            {Reason::NotAbsolute, Setting::RemoteRoot, QStringLiteral("srv")},
            {Reason::RootFolder, Setting::RemoteRoot, QStringLiteral("/")},
            {Reason::NotAbsolute, Setting::SshConfig, QStringLiteral("cfg")},
            {Reason::NotAService, Setting::Service, QStringLiteral("php fpm")},
        };
        const CliWording commandLine;
        for (const RunnerIssue &issue : every) {
            const QString sentence = words.runnerIssue(issue);
            QVERIFY(!sentence.isEmpty());
            QVERIFY2(sentence != commandLine.runnerIssue(issue), qPrintable(sentence));
            QVERIFY2(!sentence.contains(QLatin1String("--ssh")) &&
                         !sentence.contains(QLatin1String("--remote")) &&
                         !sentence.contains(QLatin1String("--service")),
                     qPrintable(sentence));
        }
        QCOMPARE(words.runnerIssue(every.at(2)),
                 QStringLiteral("“-oProxyCommand=x” is not a host ssh accepts."));
        // The form shows them all at once; two empty fields in one sentence.
        QCOMPARE(words.runnerIssues(every.mid(0, 2)),
                 QStringLiteral("Enter the SSH host and the store's folder on the server."));
        QCOMPARE(
            words.runnerIssues({every.at(1), every.at(5)}),
            QStringLiteral("Enter the store's folder on the server. Give the SSH config file's full path, "
                           "or leave it empty."));
        // The command line stops at the first.
        QCOMPARE(commandLine.runnerIssues(every.mid(0, 2)), commandLine.runnerIssue(every.first()));
    }

    void runnerKindsByTheirNamesInTheList()
    {
        const WizardWording words;
        QCOMPARE(words.runner(RunnerKind::Ssh), QStringLiteral("“A server over SSH”"));
        QCOMPARE(words.setting(Setting::Runner, QStringLiteral("ddev")), QStringLiteral("“A ddev project”"));
        for (const RunnerKind kind : runnerKinds())
            QVERIFY2(!WizardWording::runnerName(kind).contains(QLatin1Char('(')),
                     qPrintable(WizardWording::runnerName(kind)));
    }
};

QTEST_MAIN(TestWizardWording)
#include "tst_wizardwording.moc"
