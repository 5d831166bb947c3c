// Drives the wizard offscreen through whole demo upgrades: success, failure and recovery, stop.
#include "demostore.h"
#include "finishpage.h"
#include "logpane.h"
#include "logview.h"
#include "mainwizard.h"
#include "messages.h"
#include "readinesspage.h"
#include "reviewpage.h"
#include "storepage.h"
#include "testsupport.h"
#include "upgradepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace mua;
using mua::test::writeFile;

namespace {

QString makeStore(const QTemporaryDir &dir, const QString &era = QStringLiteral("2.4"))
{
    const QString root = dir.path() + QStringLiteral("/store");
    QString error;
    if (!DemoStore::create(root, era, &error))
        qFatal("demo store: %s", qPrintable(error));
    return root;
}

QString labelsText(QWidget *w)
{
    QString text;
    for (const QLabel *l : w->findChildren<QLabel *>())
        text += l->text() + QLatin1Char('\n');
    return text;
}

bool maintenanceOn(const QString &root)
{
    return QFile::exists(root + QStringLiteral("/var/.maintenance.flag"));
}

} // namespace

class TestMainWizard : public QObject
{
    Q_OBJECT

    int m_clicks = 0;

    void click(MainWizard &w, QWizard::WizardButton which)
    {
        QAbstractButton *b = w.button(which);
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(QStringLiteral("button %1").arg(int(which))));
        ++m_clicks;
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Walks from the store page to the finish page; returns with the finish page shown.
    void walkToFinish(MainWizard &w, int timeoutMs = 60000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::ReadinessPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.readinessPage()->isComplete(), 20000);
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::BackupPageId));
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->isComplete(), 20000);
        QCOMPARE(w.button(QWizard::CommitButton)->text().remove(QLatin1Char('&')), QStringLiteral("Upgrade"));
        click(w, QWizard::CommitButton);
        QCOMPARE(w.currentId(), int(MainWizard::UpgradePageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), timeoutMs);
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::FinishPageId));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_clicks = 0;
        Messages::setAnswerer([](const QString &) { return QMessageBox::Yes; });
    }
    void cleanup() { Messages::setAnswerer(nullptr); }

    void fullDemoUpgradeInSixClicks()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToFinish(w);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("Your upgrade was successful!")));
        QVERIFY(w.upgradePage()->logPane()->view()->lineCount() > 20);
        QCOMPARE(w.lastExitCode(), 0);
        QVERIFY(!maintenanceOn(root));
        click(w, QWizard::FinishButton);
        QCOMPARE(m_clicks, 6);
        QVERIFY(!w.isVisible());
        // The store page remembers the store for next time.
        MainWizard again;
        QVERIFY(again.storePage()->findChild<QComboBox *>(QStringLiteral("pathCombo"))->findText(root) >= 0);
    }

    void failureIsRecoveredWithoutATerminal()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"fail": {"setup:upgrade": ""}})");
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToFinish(w);
        const QString shown = labelsText(w.finishPage());
        QVERIFY2(shown.contains(QLatin1String("The upgrade failed.")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Area code")), qPrintable(shown));
        QVERIFY(maintenanceOn(root));

        auto *maintenance = w.finishPage()->findChild<QPushButton *>(QStringLiteral("maintenanceButton"));
        QVERIFY(maintenance->isVisible());
        QTest::mouseClick(maintenance, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.finishPage()->isBusy() && !maintenanceOn(root), 20000);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("Maintenance mode is off")));
        QVERIFY(!maintenance->isVisible());

        // Save the log through the page, then resume and finish the upgrade from the wizard.
        const QString saved = dir.path() + QStringLiteral("/saved.log");
        w.finishPage()->setSaveFileNameProvider([saved] { return saved; });
        QTest::mouseClick(w.finishPage()->findChild<QPushButton *>(QStringLiteral("saveLogButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(mua::test::readFile(saved).contains("setup:upgrade"), 10000);

        writeFile(root, QStringLiteral(".fake-magento/switches.json"), "{}");
        auto *resume = w.finishPage()->findChild<QPushButton *>(QStringLiteral("resumeButton"));
        QVERIFY(resume->isVisible());
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(MainWizard::UpgradePageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
        click(w, QWizard::NextButton);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("Your upgrade was successful!")));
        QVERIFY(!maintenanceOn(root));
    }

    void stopIsConfirmedAndClean()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})");
        MainWizard w;
        w.show();
        w.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        click(w, QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.readinessPage()->isComplete(), 20000);
        click(w, QWizard::NextButton);
        click(w, QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->isComplete(), 20000);
        click(w, QWizard::CommitButton);
        auto *steps = w.upgradePage()->findChild<QListWidget *>(QStringLiteral("stepsList"));
        QTRY_VERIFY_WITH_TIMEOUT(steps->count() == 12 && steps->item(6)->font().bold(), 30000);
        QTest::qWait(300);
        QVERIFY(w.isRunning());

        // Answered No: nothing happens.
        Messages::setAnswerer([](const QString &) { return QMessageBox::No; });
        auto *stop = w.upgradePage()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QTest::mouseClick(stop, Qt::LeftButton);
        QTest::qWait(200);
        QVERIFY(w.isRunning());
        QCOMPARE(Messages::asked().size(), 1);

        Messages::setAnswerer([](const QString &) { return QMessageBox::Yes; });
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 15000);
        QCOMPARE(w.lastExitCode(), 130);
        click(w, QWizard::NextButton);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("The upgrade was stopped.")));
        QVERIFY(w.finishPage()->findChild<QPushButton *>(QStringLiteral("maintenanceButton"))->isVisible());
    }

    void closingDuringARunAsksThenStops()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})");
        auto *w = new MainWizard;
        w->show();
        w->openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(w->storePage()->isComplete(), 10000);
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->readinessPage()->isComplete(), 20000);
        w->next();
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->reviewPage()->isComplete(), 20000);
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->isRunning(), 10000);
        QTest::qWait(500);
        w->close();
        QCOMPARE(Messages::asked().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isVisible(), 15000);
        QVERIFY(!w->isRunning());
        delete w;
    }

    void refusesAFolderThatIsNotAStore()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(dir.path());
        QTRY_VERIFY(!w.storePage()->store().error.isEmpty());
        QVERIFY(!w.storePage()->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(labelsText(w.storePage()).contains(QLatin1String("is not a Magento 2 store")));
    }

    void everyControlHasAnAccessibleName()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(makeStore(dir));
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        QStringList unnamed;
        for (QWidget *c : w.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(c) || qobject_cast<QLineEdit *>(c) ||
                                 qobject_cast<QComboBox *>(c) || qobject_cast<QAbstractItemView *>(c);
            // Parts of other controls (a combo box's popup, a tree's header) are named by their owner.
            const bool part = qobject_cast<QHeaderView *>(c) ||
                              qobject_cast<QLineEdit *>(c->parentWidget()) ||
                              qobject_cast<QComboBox *>(c->parentWidget()) ||
                              QByteArray(c->metaObject()->className()).startsWith("QComboBox");
            if (!control || part)
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(c);
            const bool named = !c->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            if (!named)
                unnamed << QLatin1String(c->metaObject()->className()) + QLatin1Char(' ') + c->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestMainWizard)
#include "tst_mainwizard.moc"
