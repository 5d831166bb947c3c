// Step ids: the engine compares ids, and the word of each (cli.md's step ids, the report's, the
// journal's and the log's) is read and written in one place, never renamed.
#include "core/backup/rollback.h"
#include "core/model/runrecord.h"
#include "core/model/stepid.h"
#include "core/steps/plan.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace mua;

class TestStepId : public QObject
{
    Q_OBJECT

private slots:
    void wordsRoundTrip()
    {
        QSet<QString> seen;
        for (const StepId id : stepIds()) {
            const QString word = stepIdWord(id);
            QVERIFY(!word.isEmpty());
            QVERIFY2(!seen.contains(word), qPrintable(word));
            seen.insert(word);
            QCOMPARE(stepIdFromWord(word), std::optional<StepId>(id));
        }
        QCOMPARE(seen.size(), stepIds().size());
        // Words are matched as written: a journal of another version, or a typo, names no step.
        for (const char *other : {"", "Preflight", "preflight ", "maintenance_on", "rollback"})
            QVERIFY2(!stepIdFromWord(QString::fromLatin1(other)), other);
    }

    // The upgrade's ids are cli.md's, in the order of its Steps table and of the plan.
    void theUpgradesIdsAreCliMds()
    {
        QFile doc(test::sourceDir() + QStringLiteral("/../docs/cli.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype from = text.indexOf(QLatin1String("\n## Steps\n"));
        const qsizetype to = text.indexOf(QLatin1String("\n## "), from + 1);
        QVERIFY(from > 0 && to > from);
        QStringList documented;
        static const QRegularExpression row(QStringLiteral("^\\| (`[a-z-]+`(?:, `[a-z-]+`)*) \\|"),
                                            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text.mid(from, to - from)); it.hasNext();)
            for (const QString &word : it.next().captured(1).split(QStringLiteral(", ")))
                documented << word.mid(1, word.size() - 2);
        QStringList upgrade;
        for (const StepId id : stepIds().mid(0, documented.size()))
            upgrade << stepIdWord(id);
        QCOMPARE(upgrade, documented);
        QCOMPARE(Plan().ids(), documented);
    }

    // The rollback's steps, in order, by the words its report has always used.
    void theRollbacksIds()
    {
        QStringList words;
        const RollbackJob job(RollbackRequest{});
        for (const auto &step : job.steps())
            words << stepIdWord(step->id());
        QCOMPARE(words, QStringList({QStringLiteral("verify"), QStringLiteral("safety"),
                                     QStringLiteral("prepare-code"), QStringLiteral("maintenance-on"),
                                     QStringLiteral("dump-current"), QStringLiteral("restore-code"),
                                     QStringLiteral("restore-database"), QStringLiteral("clear-generated"),
                                     QStringLiteral("maintenance-off")}));
    }

    // The record keeps words; it is asked by id.
    void theRecordIsAskedById()
    {
        RunRecord r;
        r.steps = {{QStringLiteral("preflight"), QString(), StepStatus::Done, {}, {}, 0},
                   {QStringLiteral("maintenance-on"), QString(), StepStatus::Done, {}, {}, 0},
                   {QStringLiteral("from-a-newer-version"), QString(), StepStatus::Pending, {}, {}, 0}};
        r.failedStep = QStringLiteral("maintenance-on");
        QCOMPARE(r.step(StepId::MaintenanceOn), &r.steps[1]);
        QCOMPARE(r.step(StepId::MaintenanceOff), nullptr);
        QCOMPARE(r.step(r.failedStep), &r.steps[1]);
        QCOMPARE(r.failedStepId(), std::optional<StepId>(StepId::MaintenanceOn));
        QVERIFY(!r.runningStepId());
        QVERIFY(r.steps.at(0).is(StepId::Preflight));
        QVERIFY(!r.steps.at(2).stepId());
        QCOMPARE(std::as_const(r).step(QStringLiteral("from-a-newer-version")), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestStepId)
#include "tst_stepid.moc"
