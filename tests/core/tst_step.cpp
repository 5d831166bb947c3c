// Step and StepContext: the sentence a failed command becomes (for each way a command ends, in the
// window's words and the command line's), the outcome a failed command gives, and what running a
// command through the context writes into the run's log.
#include "cli/cliwording.h"
#include "core/steps/step.h"
#include "tests/support/stepfixture.h"
#include "tests/support/unitsupport.h"

#include <QtTest>

using namespace mua;
using mua::test::WordingScope;

Q_DECLARE_METATYPE(mua::CommandResult)

namespace {

// The base class's helpers, in reach of the test.
class ProbeStep : public Step
{
public:
    StepId id() const override { return StepId::SetupUpgrade; }
    QString title() const override { return QStringLiteral("probe"); }
    Applicability applies(const StepContext &) const override { return {}; }
    StepPreview preview(const StepContext &) const override { return {}; }
    StepOutcome run(StepContext &) override { return done(QStringLiteral("ran")); }

    using Step::commandFailure;
    using Step::done;
    using Step::failed;
    using Step::failedCommand;
};

CommandResult ended(int exitCode, bool crashed = false, bool cancelled = false)
{
    CommandResult r;
    r.started = true;
    r.exitCode = exitCode;
    r.crashed = crashed;
    r.cancelled = cancelled;
    r.lines = {QStringLiteral("a line it printed")};
    return r;
}

} // namespace

class TestStep : public QObject
{
    Q_OBJECT

private slots:
    void commandFailure_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<CommandResult>("result");
        QTest::addColumn<bool>("commandLine");
        QTest::addColumn<QStringList>("says");
        QTest::addColumn<QStringList>("never");

        CommandResult notStarted;
        notStarted.startError = QStringLiteral("No such file or directory");
        const QString php = QStringLiteral("php");
        const QString ssh = QStringLiteral("/usr/bin/ssh");
        const QStringList code255{QStringLiteral("255")};
        for (const bool cli : {false, true}) {
            const char *who = cli ? "command line" : "window";
            QTest::addRow("%s: did not start", who)
                << php << notStarted << cli << QStringList{notStarted.startError} << QStringList();
            QTest::addRow("%s: cancelled", who) << php << ended(-1, false, true) << cli
                                                << QStringList{QStringLiteral("cancelled")} << QStringList();
            QTest::addRow("%s: a signal", who)
                << php << ended(-1, true) << cli << QStringList{QStringLiteral("signal")} << QStringList();
            QTest::addRow("%s: PHP fatal", who)
                << php << ended(255) << cli << QStringList{QStringLiteral("PHP fatal error")}
                << (cli ? QStringList{QStringLiteral("ssh")} : code255 + QStringList{QStringLiteral("ssh")});
            QTest::addRow("%s: ssh's 255", who)
                << ssh << ended(255) << cli
                << QStringList{QStringLiteral("PHP fatal error"), QStringLiteral("ssh lost the connection")}
                << (cli ? QStringList() : code255);
        }
        QTest::newRow("window: an exit code")
            << php << ended(3) << false << QStringList{QStringLiteral("console log")}
            << QStringList{QStringLiteral("3")};
        QTest::newRow("command line: an exit code")
            << php << ended(3) << true << QStringList{QStringLiteral("exit code 3")} << QStringList();
    }

    void commandFailure()
    {
        QFETCH(QString, program);
        QFETCH(CommandResult, result);
        QFETCH(bool, commandLine);
        QFETCH(QStringList, says);
        QFETCH(QStringList, never);
        const WordingScope wording(commandLine ? &CliWording::instance() : nullptr);
        const CommandSpec spec{program, {QStringLiteral("bin/magento"), QStringLiteral("setup:upgrade")}, {}};
        const QString sentence = ProbeStep::commandFailure(spec, result);
        // One sentence that starts with the command as a person would type it.
        QVERIFY2(sentence.startsWith(spec.display()), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        const QString rest = sentence.mid(spec.display().size());
        for (const QString &s : std::as_const(says))
            QVERIFY2(rest.contains(s), qPrintable(s + QLatin1String(" in: ") + sentence));
        for (const QString &n : std::as_const(never))
            QVERIFY2(!rest.contains(n), qPrintable(n + QLatin1String(" in: ") + sentence));
    }

    void failedCommandOutcome()
    {
        const CommandSpec spec{QStringLiteral("php"), {QStringLiteral("bin/magento")}, {}};
        const StepOutcome failed = ProbeStep::failedCommand(spec, ended(1));
        QCOMPARE(failed.status, StepStatus::Failed);
        QCOMPARE(failed.error, ProbeStep::commandFailure(spec, ended(1)));
        QCOMPARE(failed.detail, failed.error);
        QCOMPARE(failed.output, ended(1).lines); // scanned for known failures
        const StepOutcome cancelled = ProbeStep::failedCommand(spec, ended(-1, false, true));
        QCOMPARE(cancelled.status, StepStatus::Cancelled);
        QVERIFY(!cancelled.error.isEmpty());

        const StepOutcome done = ProbeStep::done(QStringLiteral("770 on 3 entries"));
        QCOMPARE(done.status, StepStatus::Done);
        QCOMPARE(done.detail, QStringLiteral("770 on 3 entries"));
        QVERIFY(done.error.isEmpty());
    }

    // A command run through the context: the command line first, its output, then its exit code.
    void execLogs()
    {
        test::StepFixture f;
        const StepContext ctx = f.context();
        const CommandSpec ok{
            QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo first; echo second")}, f.root};
        const CommandResult r = ctx.exec(ok);
        QVERIFY(r.succeeded());
        QCOMPARE(r.lines, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(f.logged.size(), 4);
        QVERIFY2(f.logged.at(0).endsWith(ok.display()), qPrintable(f.logged.at(0)));
        QCOMPARE(f.logged.mid(1, 2), r.lines);
        QVERIFY2(f.logged.at(3).contains(QLatin1String("exit code 0")), qPrintable(f.logged.at(3)));

        f.logged.clear();
        const CommandSpec bad{QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 7")}, f.root};
        QCOMPARE(ctx.exec(bad).exitCode, 7);
        QVERIFY2(f.logged.constLast().contains(QLatin1String("exit code 7")),
                 qPrintable(f.logged.join(QLatin1Char('\n'))));

        // A command that never started has no exit code to log.
        f.logged.clear();
        const CommandResult missing = ctx.exec({f.path(QStringLiteral("no-such-program")), {}, f.root});
        QVERIFY(!missing.started);
        QCOMPARE(f.logged.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStep)
#include "tst_step.moc"
