// MaintenanceOnStep and MaintenanceOffStep on a sandbox store: what the plan says, what the record
// keeps about maintenance before the run (a resumed run keeps the first run's), when maintenance is
// left on and why, and each way turning it on or off can fail. The storefront's 503 during
// maintenance: tst_storefront.
#include "core/steps/maintenancesteps.h"
#include "core/steps/smoketeststep.h"
#include "tests/support/stepfixture.h"

#include <QtTest>

using namespace mua;
using mua::test::maintenanceOn;
using mua::test::StepFixture;

namespace {

// The local runner, but the maintenance flag always reads as given: a mount that shows a stale
// answer, or a bin/magento that says it did what it did not.
class FlagRunner : public LocalRunner
{
public:
    FlagRunner(const QString &root, bool flag)
        : LocalRunner(root, RunnerSettings())
        , m_flag(flag)
    {}
    bool maintenanceFlagExists() const override { return m_flag; }

private:
    bool m_flag;
};

} // namespace

class TestMaintenanceSteps : public QObject
{
    Q_OBJECT

private slots:
    void onPreview()
    {
        StepFixture f;
        const QString enable = f.runner->magento({QStringLiteral("maintenance:enable")}).display();
        const StepPreview closed = MaintenanceOnStep().preview(f.context());
        QCOMPARE(closed.commands, QStringList{enable});
        QVERIFY2(closed.summary.contains(QLatin1String("503")), qPrintable(closed.summary));

        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("var/.maintenance.flag"), ""));
        f.reinspect();
        const StepPreview already = MaintenanceOnStep().preview(f.context());
        QVERIFY2(already.summary != closed.summary && already.summary.contains(QLatin1String("already on")),
                 qPrintable(already.summary));

        // With a storefront to check, the plan says the look during maintenance too.
        f.options.url = QStringLiteral("https://user:pw@shop.example/");
        const StepPreview checked = MaintenanceOnStep().preview(f.context());
        const QString during = SmokeTestStep::duringPreview(f.context());
        QVERIFY(!during.isEmpty());
        QCOMPARE(checked.summary, already.summary + QLatin1Char(' ') + during);
        QVERIFY(!checked.summary.contains(QLatin1String("pw")));
    }

    void onRun()
    {
        StepFixture f;
        QVERIFY(!maintenanceOn(f.root));
        StepContext ctx = f.context();
        const StepOutcome o = MaintenanceOnStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Done);
        QVERIFY(maintenanceOn(f.root));
        QCOMPARE(f.record.maintenanceBefore, std::optional<bool>(false));
        // The command and its exit code are in the log.
        QVERIFY2(f.logged.join(QLatin1Char('\n')).contains(QLatin1String("maintenance:enable")),
                 qPrintable(f.logged.join(QLatin1Char('\n'))));

        // Run again (a resumed run): maintenance is on now because of the first run, which the record keeps.
        const StepOutcome again = MaintenanceOnStep().run(ctx);
        QCOMPARE(again.status, StepStatus::Done);
        QCOMPARE(f.record.maintenanceBefore, std::optional<bool>(false));
        QCOMPARE(again.detail, o.detail);
    }

    void onRunWhenAlreadyOn()
    {
        StepFixture f;
        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("var/.maintenance.flag"), ""));
        StepContext ctx = f.context();
        const StepOutcome o = MaintenanceOnStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Done);
        QCOMPARE(f.record.maintenanceBefore, std::optional<bool>(true));
        QVERIFY(maintenanceOn(f.root));
        // Said apart from a run that turned it on.
        StepFixture g;
        StepContext other = g.context();
        QVERIFY(MaintenanceOnStep().run(other).detail != o.detail);
    }

    // maintenance:enable fails: the command's failure, with its output for the known failures.
    void onRunFails()
    {
        StepFixture f;
        QVERIFY(
            f.setSwitches(R"({"fail": {"maintenance:enable": "Could not write var/.maintenance.flag"}})"));
        StepContext ctx = f.context();
        const StepOutcome o = MaintenanceOnStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        const CommandSpec spec = f.runner->magento({QStringLiteral("maintenance:enable")});
        QVERIFY2(o.error.startsWith(spec.display()), qPrintable(o.error));
        QVERIFY2(
            o.output.join(QLatin1Char('\n')).contains(QLatin1String("Could not write var/.maintenance.flag")),
            qPrintable(o.output.join(QLatin1Char('\n'))));
        QVERIFY(!maintenanceOn(f.root));
    }

    // bin/magento says it did, but the flag is not there: the step does not believe it.
    void onRunFlagMissing()
    {
        StepFixture f;
        f.runner = std::make_unique<FlagRunner>(f.root, false);
        StepContext ctx = f.context();
        const StepOutcome o = MaintenanceOnStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QVERIFY2(o.error.contains(QLatin1String("var/.maintenance.flag")), qPrintable(o.error));
        QVERIFY(!o.output.isEmpty());
    }

    // Maintenance that was on before the run stays on; what the record knows beats what inspect saw.
    void offApplies_data()
    {
        QTest::addColumn<bool>("flagWhenInspected");
        QTest::addColumn<std::optional<bool>>("recordedBefore");
        QTest::addColumn<bool>("applies");
        QTest::newRow("off, not recorded yet") << false << std::optional<bool>() << true;
        QTest::newRow("on, not recorded yet") << true << std::optional<bool>() << false;
        QTest::newRow("recorded off, on now (a resumed run)") << true << std::optional<bool>(false) << true;
        QTest::newRow("recorded on") << false << std::optional<bool>(true) << false;
    }

    void offApplies()
    {
        QFETCH(bool, flagWhenInspected);
        QFETCH(std::optional<bool>, recordedBefore);
        QFETCH(bool, applies);
        StepFixture f;
        f.store.maintenance = flagWhenInspected;
        f.record.maintenanceBefore = recordedBefore;
        const Applicability a = MaintenanceOffStep().applies(f.context());
        QCOMPARE(a.applies, applies);
        QCOMPARE(a.reason.isEmpty(), applies);
        // The same rule for the storefront check after the run: the shop stays closed.
        if (!applies) {
            f.options.url = QStringLiteral("https://shop.example/");
            QVERIFY(!SmokeTestStep().applies(f.context()).applies);
        }
    }

    void offPreviewAndRun()
    {
        StepFixture f;
        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("var/.maintenance.flag"), ""));
        const StepPreview p = MaintenanceOffStep().preview(f.context());
        QCOMPARE(p.commands,
                 QStringList{f.runner->magento({QStringLiteral("maintenance:disable")}).display()});
        StepContext ctx = f.context();
        const StepOutcome o = MaintenanceOffStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Done);
        QVERIFY(!maintenanceOn(f.root));
        const QString log = f.logged.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("maintenance:disable")), qPrintable(log));
    }

    void offRunFails()
    {
        StepFixture f;
        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("var/.maintenance.flag"), ""));
        QVERIFY(f.setSwitches(R"({"fatal": ["maintenance:disable"]})"));
        StepContext ctx = f.context();
        const StepOutcome o = MaintenanceOffStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QVERIFY2(o.error.contains(QLatin1String("PHP fatal error")), qPrintable(o.error));
        QVERIFY(maintenanceOn(f.root));
    }

    // maintenance:disable succeeds but the flag is still seen: the store is not called open.
    void offRunFlagStays()
    {
        StepFixture f;
        f.runner = std::make_unique<FlagRunner>(f.root, true);
        StepContext ctx = f.context();
        const StepOutcome o = MaintenanceOffStep::turnOff(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QVERIFY2(o.error.contains(QLatin1String("still on")), qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceSteps)
#include "tst_maintenancesteps.moc"
