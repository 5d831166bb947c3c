// Plan on a sandbox store: which steps a set of options and the store's state include and which
// they skip (and why), that previewing changes nothing, and the plan's JSON and text. The order of
// the steps against cli.md's table: tst_stepid.
#include "core/steps/plan.h"
#include "tests/support/stepfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace mua;
using mua::test::StepFixture;

namespace {

QStringList applying(const QList<Plan::Entry> &entries)
{
    QStringList out;
    for (const Plan::Entry &e : entries) {
        if (e.applies)
            out << e.id;
    }
    return out;
}

const Plan::Entry *entry(const QList<Plan::Entry> &entries, StepId id)
{
    for (const Plan::Entry &e : entries) {
        if (e.stepId() == id)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // One step per id, each id a step's own; only the readiness check leaves the store alone.
    void steps()
    {
        const Plan plan;
        QStringList seen;
        for (const auto &step : plan.steps()) {
            QVERIFY(!seen.contains(stepIdWord(step->id())));
            seen << stepIdWord(step->id());
            QVERIFY(!step->title().isEmpty());
            QCOMPARE(step->changesStore(), step->id() != StepId::Preflight);
        }
        QCOMPARE(plan.ids(), seen);
        QCOMPARE(plan.ids().constFirst(), stepIdWord(StepId::Preflight));
    }

    void includes_data()
    {
        QTest::addColumn<bool>("backup");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("maintenance");
        QTest::addColumn<QStringList>("runs");
        const QStringList always{QStringLiteral("preflight"),           QStringLiteral("maintenance-on"),
                                 QStringLiteral("session-permissions"), QStringLiteral("clear-generated"),
                                 QStringLiteral("setup-upgrade"),       QStringLiteral("cache-enable")};
        const QString off = QStringLiteral("maintenance-off");
        QTest::newRow("nothing chosen, developer mode") << false << ""
                                                        << ""
                                                        << "developer" << false << always + QStringList{off};
        QTest::newRow("production mode")
            << false << ""
            << ""
            << "production" << false << QStringList{QStringLiteral("preflight"),
                                                    QStringLiteral("maintenance-on"),
                                                    QStringLiteral("session-permissions"),
                                                    QStringLiteral("clear-generated"),
                                                    QStringLiteral("setup-upgrade"),
                                                    QStringLiteral("di-compile"),
                                                    QStringLiteral("static-deploy"),
                                                    QStringLiteral("cache-enable"),
                                                    off};
        QTest::newRow("mode unknown") << false << ""
                                      << ""
                                      << "" << false << always + QStringList{off};
        QTest::newRow("target version")
            << false << "2.4.8"
            << ""
            << "developer" << false << QStringList{QStringLiteral("preflight"),
                                                   QStringLiteral("composer-stage"),
                                                   QStringLiteral("maintenance-on"),
                                                   QStringLiteral("session-permissions"),
                                                   QStringLiteral("clear-generated"),
                                                   QStringLiteral("composer-update"),
                                                   QStringLiteral("setup-upgrade"),
                                                   QStringLiteral("cache-enable"),
                                                   off};
        QTest::newRow("storefront") << false << ""
                                    << "https://shop.example/"
                                    << "developer" << false
                                    << always + QStringList{off, QStringLiteral("smoke-test")};
        QTest::newRow("maintenance on before, storefront") << false << ""
                                                           << "https://shop.example/"
                                                           << "developer" << true << always;
        QTest::newRow("backup") << true << ""
                                << ""
                                << "developer" << false
                                << QStringList{QStringLiteral("preflight"), QStringLiteral("backup")} +
                                       always.mid(1) + QStringList{off};
        QTest::newRow("everything") << true << "2.4.8"
                                    << "https://shop.example/"
                                    << "production" << false << Plan().ids();
    }

    void includes()
    {
        QFETCH(bool, backup);
        QFETCH(QString, target);
        QFETCH(QString, url);
        QFETCH(QString, mode);
        QFETCH(bool, maintenance);
        QFETCH(QStringList, runs);
        StepFixture f;
        QVERIFY(f.unreachableDatabase(m_dir.filePath(QStringLiteral("none.sock"))));
        f.options.backup = backup;
        f.options.backupDir = m_dir.filePath(QStringLiteral("backups"));
        f.options.targetVersion = target;
        f.options.url = url;
        f.store.deployMode = mode;
        f.store.deployModeSource = QStringLiteral("app/etc/env.php");
        f.store.maintenance = maintenance;
        const QByteArray before = mua::test::treeChecksum(f.root);
        const QList<Plan::Entry> entries = Plan().preview(f.context());
        QCOMPARE(mua::test::treeChecksum(f.root), before); // a plan changes nothing
        QVERIFY(!QFileInfo::exists(f.options.backupDir));

        QCOMPARE(applying(entries), runs);
        QStringList ids;
        for (const Plan::Entry &e : entries) {
            ids << e.id;
            QVERIFY2(!e.title.isEmpty(), qPrintable(e.id));
            if (e.applies) {
                QVERIFY2(e.reason.isEmpty(), qPrintable(e.id));
                QVERIFY2(!e.preview.summary.isEmpty(), qPrintable(e.id));
            } else {
                // Skipped with a reason, and nothing previewed.
                QVERIFY2(!e.reason.isEmpty(), qPrintable(e.id));
                QVERIFY2(e.preview.summary.isEmpty() && e.preview.commands.isEmpty(), qPrintable(e.id));
            }
        }
        QCOMPARE(ids, Plan().ids());
    }

    // The production-only steps say why they are skipped: the mode and where it was read, or that
    // nobody could tell.
    void productionOnlyReasons()
    {
        StepFixture f;
        f.store.deployMode = QStringLiteral("developer");
        f.store.deployModeSource = QStringLiteral("bin/magento deploy:mode:show");
        const QList<Plan::Entry> developer = Plan().preview(f.context());
        for (const StepId id : {StepId::DiCompile, StepId::StaticDeploy}) {
            const Plan::Entry *e = entry(developer, id);
            QVERIFY(e && !e->applies);
            QVERIFY2(e->reason.contains(QLatin1String("developer")) &&
                         e->reason.contains(QLatin1String("bin/magento deploy:mode:show")),
                     qPrintable(e->reason));
        }
        f.store.deployMode.clear();
        const QList<Plan::Entry> unknown = Plan().preview(f.context());
        const Plan::Entry *e = entry(unknown, StepId::DiCompile);
        QVERIFY(e && !e->applies);
        QVERIFY(e->reason != entry(developer, StepId::DiCompile)->reason);
        QVERIFY2(e->reason.contains(QLatin1String("unknown")), qPrintable(e->reason));
    }

    void json()
    {
        StepFixture f;
        const QList<Plan::Entry> entries = Plan().preview(f.context());
        const QList<PreflightCheck> checks{
            {QStringLiteral("php"), QStringLiteral("PHP"), PreflightCheck::Level::Warning,
             QStringLiteral("PHP 8.2 with memory_limit 1G."), QStringLiteral("Raise it.")},
            {QStringLiteral("disk"), QStringLiteral("Disk space"), PreflightCheck::Level::Pass,
             QStringLiteral("9 GB free."), QString()}};
        const QJsonObject o = Plan::toJson(f.store, entries, checks);
        QCOMPARE(o.value(QLatin1String("store")).toObject(), f.store.toJson());

        const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), entries.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps.at(i).toObject();
            const Plan::Entry &e = entries.at(i);
            QCOMPARE(s.value(QLatin1String("id")).toString(), e.id);
            QCOMPARE(s.value(QLatin1String("applies")).toBool(), e.applies);
            QCOMPARE(s.value(QLatin1String("reason")).isNull(), e.applies);
            QCOMPARE(s.value(QLatin1String("commands")).toArray().size(), e.preview.commands.size());
            // -1 (not counted) is null; a count is a number.
            QCOMPARE(s.value(QLatin1String("entries")).isNull(), e.preview.entries < 0);
            QCOMPARE(s.value(QLatin1String("bytes")).isNull(), e.preview.bytes < 0);
            if (e.preview.entries >= 0)
                QCOMPARE(s.value(QLatin1String("entries")).toInteger(), e.preview.entries);
        }
        const QJsonObject clear =
            steps.at(Plan().ids().indexOf(QStringLiteral("clear-generated"))).toObject();
        QVERIFY(clear.value(QLatin1String("bytes")).toInteger() > 0);

        const QJsonArray c = o.value(QLatin1String("checks")).toArray();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.at(0).toObject().value(QLatin1String("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(c.at(0).toObject().value(QLatin1String("fix")).toString(), QStringLiteral("Raise it."));
        QCOMPARE(c.at(1).toObject().value(QLatin1String("level")).toString(), QStringLiteral("pass"));
        QVERIFY(c.at(1).toObject().value(QLatin1String("fix")).isNull());
    }

    void text()
    {
        StepFixture f;
        const QList<Plan::Entry> entries = Plan().preview(f.context());
        const QList<PreflightCheck> checks{
            {QStringLiteral("leftovers"), QStringLiteral("Setup Wizard leftovers"),
             PreflightCheck::Level::Warning, QStringLiteral("Found var/.regenerate."),
             QStringLiteral("Delete it.")}};
        const QString text = Plan::toText(f.store, entries, checks);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.first().contains(f.store.root) && lines.first().contains(f.store.version),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Found var/.regenerate. → Delete it.")), qPrintable(text));
        // One numbered line per step, in order, with the reason where it is skipped, and its commands below.
        qsizetype at = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Plan::Entry &e = entries.at(i);
            const QString number = QString::number(i + 1) + QStringLiteral(". ");
            while (at < lines.size() &&
                   !(lines.at(at).trimmed().startsWith(number) && lines.at(at).contains(e.id)))
                ++at;
            QVERIFY2(at < lines.size(), qPrintable(e.id + QLatin1String(" in:\n") + text));
            QVERIFY2(lines.at(at).contains(e.applies ? e.preview.summary : e.reason),
                     qPrintable(lines.at(at)));
            for (qsizetype k = 0; k < e.preview.commands.size(); ++k)
                QCOMPARE(lines.at(at + 1 + k).trimmed(), QStringLiteral("$ ") + e.preview.commands.at(k));
        }
        QVERIFY(text.endsWith(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
