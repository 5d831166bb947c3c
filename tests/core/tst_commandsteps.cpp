// The steps that are bin/magento or Composer commands, on a sandbox store: MagentoCommandStep (its
// condition, its command, its failures), CacheEnableStep (cache:status read, every type on after it)
// and ComposerUpdateStep (when it runs, the commands for the store's edition).
#include "core/steps/commandsteps.h"
#include "tests/support/stepfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mua;
using mua::test::StepFixture;

using CacheRows = QList<QPair<QString, int>>;

namespace {

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCommandSteps : public QObject
{
    Q_OBJECT

private slots:
    // cache:status as Magento prints it: "type: 0|1" rows under a heading.
    void parseStatus_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<CacheRows>("rows");
        QTest::newRow("Magento's table") << QStringList{QStringLiteral("Current status:"),
                                                        QStringLiteral("                        config: 1"),
                                                        QStringLiteral("                    block_html: 0"),
                                                        QStringLiteral("              full_page: 1   ")}
                                         << CacheRows{{QStringLiteral("config"), 1},
                                                      {QStringLiteral("block_html"), 0},
                                                      {QStringLiteral("full_page"), 1}};
        QTest::newRow("custom types")
            << QStringList{QStringLiteral("acme_feed_2: 0")} << CacheRows{{QStringLiteral("acme_feed_2"), 0}};
        QTest::newRow("nothing") << QStringList() << CacheRows();
        QTest::newRow("not rows") << QStringList{QStringLiteral("Current status: 1"),
                                                 QStringLiteral("config: 2"),
                                                 QStringLiteral("config:1"),
                                                 QStringLiteral("config: 1 (invalidated)"),
                                                 QStringLiteral("full-page: 1"),
                                                 QStringLiteral("Cache types: 0 of 14")}
                                  << CacheRows();
    }

    void parseStatus()
    {
        QFETCH(QStringList, lines);
        QFETCH(CacheRows, rows);
        QCOMPARE(CacheEnableStep::parseStatus(lines), rows);
    }

    void cachePreview()
    {
        StepFixture f;
        const QStringList off = f.store.cacheTypesOff();
        QVERIFY(!off.isEmpty());
        const StepPreview some = CacheEnableStep().preview(f.context());
        for (const QString &type : off)
            QVERIFY2(some.summary.contains(type), qPrintable(some.summary));
        QCOMPARE(some.commands, (QStringList{f.runner->magento({QStringLiteral("cache:enable")}).display(),
                                             f.runner->magento({QStringLiteral("cache:status")}).display()}));
        for (auto &[type, on] : f.store.cacheTypes)
            on = 1;
        const StepPreview all = CacheEnableStep().preview(f.context());
        QVERIFY2(all.summary.contains(QString::number(f.store.cacheTypes.size())), qPrintable(all.summary));
        QVERIFY(!all.summary.contains(off.first()));
        QVERIFY(CacheEnableStep().applies(f.context()).applies);
    }

    // Every type on afterwards, as env.php and cache:status say.
    void cacheRun()
    {
        StepFixture f;
        QVERIFY(!f.store.cacheTypesOff().isEmpty());
        StepContext ctx = f.context();
        const StepOutcome o = CacheEnableStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Done);
        f.reinspect();
        QCOMPARE(f.store.cacheTypesOff(), QStringList());
        QVERIFY2(o.detail.contains(QString::number(f.store.cacheTypes.size())), qPrintable(o.detail));
        const QString log = joined(f.logged);
        QVERIFY2(log.contains(QLatin1String("cache:enable")) && log.contains(QLatin1String("cache:status")),
                 qPrintable(log));
    }

    void cacheRunFails_data()
    {
        QTest::addColumn<QByteArray>("switches");
        QTest::addColumn<QString>("command");
        QTest::newRow("cache:enable")
            << QByteArray(R"({"fail": {"cache:enable": "Cache frontend is down"}})") << "cache:enable";
        QTest::newRow("cache:status")
            << QByteArray(R"({"fail": {"cache:status": "Cache frontend is down"}})") << "cache:status";
    }

    void cacheRunFails()
    {
        QFETCH(QByteArray, switches);
        QFETCH(QString, command);
        StepFixture f;
        QVERIFY(f.setSwitches(switches));
        StepContext ctx = f.context();
        const StepOutcome o = CacheEnableStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QVERIFY2(o.error.startsWith(f.runner->magento({command}).display()), qPrintable(o.error));
        QVERIFY2(joined(o.output).contains(QLatin1String("Cache frontend is down")),
                 qPrintable(joined(o.output)));
    }

    void magentoCommandStep()
    {
        StepFixture f;
        const QStringList arguments{QStringLiteral("setup:upgrade"), QStringLiteral("--keep-generated")};
        MagentoCommandStep step(StepId::SetupUpgrade, QStringLiteral("Upgrade"), arguments,
                                QStringLiteral("Upgrades the database."));
        QCOMPARE(step.id(), StepId::SetupUpgrade);
        QVERIFY(step.applies(f.context()).applies);
        const StepPreview p = step.preview(f.context());
        QCOMPARE(p.summary, QStringLiteral("Upgrades the database."));
        QCOMPARE(p.commands, QStringList{f.runner->magento(arguments).display()});

        // A condition decides, with its reason.
        MagentoCommandStep conditional(
            StepId::DiCompile, QStringLiteral("Compile"), {QStringLiteral("setup:di:compile")}, QString(),
            [](const StepContext &ctx) {
                return Applicability{ctx.store.deployMode == QLatin1String("production"),
                                     QStringLiteral("mode %1").arg(ctx.store.deployMode)};
            });
        f.store.deployMode = QStringLiteral("developer");
        QCOMPARE(conditional.applies(f.context()).reason, QStringLiteral("mode developer"));
        f.store.deployMode = QStringLiteral("production");
        QVERIFY(conditional.applies(f.context()).applies);

        StepContext ctx = f.context();
        const StepOutcome o = step.run(ctx);
        QCOMPARE(o.status, StepStatus::Done);
        QVERIFY2(o.detail.startsWith(arguments.join(QLatin1Char(' '))), qPrintable(o.detail));
    }

    // The failure sentence, and the output the known failures are read from.
    void magentoCommandFails_data()
    {
        QTest::addColumn<QByteArray>("switches");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("printed");
        QTest::newRow("exit 1") << QByteArray(R"({"fail": {"setup:upgrade": "Area code is not set"}})")
                                << QString() << "Area code is not set";
        QTest::newRow("PHP fatal") << QByteArray(R"({"fatal": ["setup:upgrade"]})") << "PHP fatal error"
                                   << "Allowed memory size";
    }

    void magentoCommandFails()
    {
        QFETCH(QByteArray, switches);
        QFETCH(QString, says);
        QFETCH(QString, printed);
        StepFixture f;
        QVERIFY(f.setSwitches(switches));
        MagentoCommandStep step(StepId::SetupUpgrade, QStringLiteral("Upgrade"),
                                {QStringLiteral("setup:upgrade")}, QString());
        StepContext ctx = f.context();
        const StepOutcome o = step.run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QVERIFY2(o.error.startsWith(f.runner->magento({QStringLiteral("setup:upgrade")}).display()),
                 qPrintable(o.error));
        QVERIFY2(o.error.contains(says), qPrintable(o.error));
        QVERIFY2(joined(o.output).contains(printed), qPrintable(joined(o.output)));
    }

    void productPackage_data()
    {
        QTest::addColumn<QString>("edition");
        QTest::addColumn<QString>("package");
        QTest::newRow("Community") << "Community"
                                   << "magento/product-community-edition";
        QTest::newRow("Enterprise") << "Enterprise"
                                    << "magento/product-enterprise-edition";
        QTest::newRow("B2B") << "B2B"
                             << "magento/product-enterprise-edition";
    }

    void productPackage()
    {
        QFETCH(QString, edition);
        QFETCH(QString, package);
        Store store;
        store.edition = edition;
        QCOMPARE(ComposerUpdateStep::productPackage(store), package);
    }

    void composerApplies()
    {
        StepFixture f;
        const Applicability none = ComposerUpdateStep().applies(f.context());
        QVERIFY(!none.applies);
        QCOMPARE(none.reason, Wording::current().notChosen(Setting::TargetVersion));
        f.options.targetVersion = QStringLiteral("2.4.8");
        QVERIFY(ComposerUpdateStep().applies(f.context()).applies);
        // A git clone's version comes from git.
        f.store.versionSource = QStringLiteral("composer.json");
        const Applicability clone = ComposerUpdateStep().applies(f.context());
        QVERIFY(!clone.applies);
        QVERIFY2(clone.reason.contains(QLatin1String("git")), qPrintable(clone.reason));
    }

    void composerPreview()
    {
        StepFixture f;
        f.options.targetVersion = QStringLiteral("2.4.8-p1");
        const QString package = ComposerUpdateStep::productPackage(f.store);
        // Where the move can be staged, the step in maintenance is a swap and the autoloader.
        const StepPreview staged = ComposerUpdateStep().preview(f.context());
        QCOMPARE(staged.commands,
                 QStringList{f.runner->composer({QStringLiteral("dump-autoload")}).display()});
        QVERIFY2(staged.summary.contains(QLatin1String("composer-stage")), qPrintable(staged.summary));
        // Where it cannot (a relative path repository), Composer's commands in maintenance.
        QJsonObject composerJson = mua::test::jsonFile(f.store.root + QStringLiteral("/composer.json"));
        composerJson.insert(QStringLiteral("repositories"),
                            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("path")},
                                                   {QStringLiteral("url"), QStringLiteral("../repo/*")}}});
        QVERIFY(mua::test::writeFile(f.store.root, QStringLiteral("composer.json"),
                                     QJsonDocument(composerJson).toJson()));
        const StepPreview p = ComposerUpdateStep().preview(f.context());
        QCOMPARE(p.commands, (QStringList{f.runner
                                              ->composer({QStringLiteral("require"),
                                                          package + QStringLiteral(":2.4.8-p1"),
                                                          QStringLiteral("--no-update")})
                                              .display(),
                                          f.runner->composer({QStringLiteral("update")}).display()}));
        for (const QString &piece : {package, f.store.version, f.options.targetVersion})
            QVERIFY2(p.summary.contains(piece), qPrintable(p.summary));
    }

    // Composer that cannot be started: the step fails at the first command, naming it.
    void composerRunFails()
    {
        StepFixture f;
        f.options.targetVersion = QStringLiteral("2.4.8");
        f.options.runner.composer = f.path(QStringLiteral("no-composer-here"));
        f.reinspect();
        StepContext ctx = f.context();
        const StepOutcome o = ComposerUpdateStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QVERIFY2(o.error.contains(QLatin1String("no-composer-here")) &&
                     o.error.contains(QLatin1String("require")),
                 qPrintable(o.error));
        QVERIFY2(!o.error.contains(QLatin1String(" update")), qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandSteps)
#include "tst_commandsteps.moc"
