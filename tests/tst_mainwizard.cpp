// Drives the wizard offscreen on sandbox stores.
#include "demostore.h"
#include "mainwizard.h"
#include "storepage.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace mua;

class TestMainWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsWhatInspectFound()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        QString error;
        QVERIFY2(DemoStore::create(root, QStringLiteral("2.1"), &error), qPrintable(error));
        MainWizard wizard;
        wizard.show();
        wizard.openStore(root);
        QTRY_VERIFY(wizard.storePage()->isComplete());
        QString shown;
        for (const QLabel *l : wizard.storePage()->findChildren<QLabel *>())
            shown += l->text() + QLatin1Char('\n');
        QVERIFY2(shown.contains(QLatin1String("2.1.9")), qPrintable(shown));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled() || wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void refusesAFolderThatIsNotAStore()
    {
        QTemporaryDir dir;
        MainWizard wizard;
        wizard.show();
        wizard.openStore(dir.path());
        QTRY_VERIFY(!wizard.storePage()->store().error.isEmpty());
        QVERIFY(!wizard.storePage()->isComplete());
        bool found = false;
        for (const QLabel *l : wizard.storePage()->findChildren<QLabel *>())
            found = found || l->text().contains(QLatin1String("is not a Magento 2 store"));
        QVERIFY(found);
    }
};

QTEST_MAIN(TestMainWizard)
#include "tst_mainwizard.moc"
