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
#include <QElapsedTimer>
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

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// Chooses a runner on the store page the way a person does: by its entry in the combo.
void chooseRunner(StorePage *page, const QString &kind)
{
    auto *combo = child<QComboBox>(page, "runnerCombo");
    const int index = combo->findData(kind);
    if (index < 0)
        qFatal("no runner %s in the combo", qPrintable(kind));
    combo->setCurrentIndex(index);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
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

    void sshRunnerNeedsHostAndServerFolder()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openStore(makeStore(dir));
        StorePage *page = w.storePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        auto *host = child<QLineEdit>(page, "sshHostEdit");
        auto *remote = child<QLineEdit>(page, "remoteRootEdit");
        auto *config = child<QLineEdit>(page, "sshConfigEdit");
        auto *browse = child<QPushButton>(page, "sshConfigBrowseButton");
        auto *hint = child<QLabel>(page, "runnerHintLabel");
        QAbstractButton *next = w.button(QWizard::NextButton);

        // This computer: no SSH fields, nothing missing.
        QCOMPARE(child<QComboBox>(page, "runnerCombo")->currentData().toString(), QStringLiteral("local"));
        QVERIFY(!host->isVisible() && !remote->isVisible() && !config->isVisible() && !browse->isVisible());
        QVERIFY(!hint->isVisible());
        QVERIFY(next->isEnabled());

        chooseRunner(page, QStringLiteral("ssh"));
        QVERIFY(host->isVisible() && remote->isVisible() && config->isVisible() && browse->isVisible());
        QVERIFY(host->isEnabled() && remote->isEnabled() && config->isEnabled() && browse->isEnabled());
        QVERIFY(!page->isComplete());
        QVERIFY(!next->isEnabled());
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("SSH host")), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(QLatin1String("folder on the server")), qPrintable(hint->text()));

        // Keyboard: each label's mnemonic reaches its field, Tab walks the fields in order.
        QCOMPARE(child<QLabel>(page, "sshHostLabel")->buddy(), host);
        QCOMPARE(child<QLabel>(page, "remoteRootLabel")->buddy(), remote);
        QCOMPARE(child<QLabel>(page, "sshConfigLabel")->buddy(), config);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        host->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), host);
        QTest::keyClick(host, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), remote);
        QTest::keyClick(remote, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), config);
        QTest::keyClick(config, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), browse);

        typeInto(host, QStringLiteral("shop-prod"));
        QVERIFY(!page->isComplete());
        QVERIFY(!next->isEnabled());
        QVERIFY2(!hint->text().contains(QLatin1String("SSH host")), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(QLatin1String("folder on the server")), qPrintable(hint->text()));

        typeInto(remote, QStringLiteral("var/www/shop")); // not absolute
        QVERIFY(!next->isEnabled());
        QVERIFY2(hint->text().contains(QLatin1String("from /")), qPrintable(hint->text()));
        typeInto(remote, QStringLiteral("/"));
        QVERIFY(!next->isEnabled());

        typeInto(remote, QStringLiteral("/var/www/shop"));
        QVERIFY(page->isComplete());
        QVERIFY(next->isEnabled());
        QVERIFY(!hint->isVisible());

        typeInto(host, QStringLiteral("shop prod"));
        QVERIFY(!next->isEnabled());
        typeInto(host, QStringLiteral("-oProxyCommand=x"));
        QVERIFY(!next->isEnabled());
        typeInto(host, QStringLiteral("deploy@shop.example.com"));
        QVERIFY(next->isEnabled());

        // The config file is optional, but a relative path would depend on where the wizard started.
        typeInto(config, QStringLiteral("shop_config"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(hint->text().contains(QLatin1String("config file")), qPrintable(hint->text()));
        typeInto(config, dir.path() + QStringLiteral("/shop_config"));
        QVERIFY(next->isEnabled());

        // Back to this computer: the SSH fields go away and do not hold Next back.
        typeInto(remote, QString());
        QVERIFY(!next->isEnabled());
        chooseRunner(page, QStringLiteral("local"));
        QVERIFY(!host->isVisible() && !remote->isVisible());
        QVERIFY(next->isEnabled());
    }

    void sshRunnerSettingsCarryTheFields()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(makeStore(dir));
        StorePage *page = w.storePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        QCOMPARE(page->runnerSettings().kind, QStringLiteral("local"));

        chooseRunner(page, QStringLiteral("ssh"));
        typeInto(child<QLineEdit>(page, "sshHostEdit"), QStringLiteral("  shop-prod "));
        typeInto(child<QLineEdit>(page, "remoteRootEdit"), QStringLiteral("/var/www/shop "));
        typeInto(child<QLineEdit>(page, "sshConfigEdit"), QStringLiteral("~/work/ssh_config"));
        typeInto(child<QLineEdit>(page, "phpEdit"), QStringLiteral("php8.3"));
        QVERIFY(page->isComplete());

        const RunnerSettings r = page->runnerSettings();
        QCOMPARE(r.kind, QStringLiteral("ssh"));
        QCOMPARE(r.sshHost, QStringLiteral("shop-prod"));
        QCOMPARE(r.remoteRoot, QStringLiteral("/var/www/shop"));
        QCOMPARE(r.sshConfigFile, QDir::homePath() + QStringLiteral("/work/ssh_config"));
        QCOMPARE(r.php, QStringLiteral("php8.3"));
        // What the upgrade, the readiness check and the review are given.
        const RunnerSettings o = w.options().runner;
        QCOMPARE(o.kind, r.kind);
        QCOMPARE(o.sshHost, r.sshHost);
        QCOMPARE(o.remoteRoot, r.remoteRoot);
        QCOMPARE(o.sshConfigFile, r.sshConfigFile);
    }

    void sshRunnerIsRememberedPerStore()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QTemporaryDir otherDir;
        const QString other = makeStore(otherDir);
        // A server that refuses at once: the readiness check fails fast, without the network.
        const QString config = dir.path() + QStringLiteral("/ssh_config");
        QVERIFY(writeFile(dir.path(), QStringLiteral("ssh_config"),
                          "Host shop-prod\n  HostName 127.0.0.1\n  Port 1\n  ConnectTimeout 5\n"));
        {
            MainWizard w;
            w.show();
            w.openStore(root);
            StorePage *page = w.storePage();
            QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
            chooseRunner(page, QStringLiteral("ssh"));
            typeInto(child<QLineEdit>(page, "sshHostEdit"), QStringLiteral("shop-prod"));
            typeInto(child<QLineEdit>(page, "remoteRootEdit"), QStringLiteral("/var/www/shop"));
            typeInto(child<QLineEdit>(page, "sshConfigEdit"), config);
            QElapsedTimer clock;
            clock.start();
            click(w, QWizard::NextButton);
            QVERIFY2(clock.elapsed() < 2000, "Next waited for ssh on the GUI thread");
            QCOMPARE(w.currentId(), int(MainWizard::ReadinessPageId));
            // The checks ran over ssh (off the GUI thread) and could not reach the server.
            auto *recheck = child<QPushButton>(w.readinessPage(), "recheckButton");
            QTRY_VERIFY_WITH_TIMEOUT(recheck->isEnabled(), 60000);
            QVERIFY(!w.readinessPage()->isComplete());
        }

        // A new wizard on the same store brings the runner and its fields back.
        MainWizard again;
        again.show();
        again.openStore(root);
        StorePage *page = again.storePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        auto *combo = child<QComboBox>(page, "runnerCombo");
        auto *host = child<QLineEdit>(page, "sshHostEdit");
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ssh"));
        QVERIFY(host->isVisible());
        QCOMPARE(host->text(), QStringLiteral("shop-prod"));
        QCOMPARE(child<QLineEdit>(page, "remoteRootEdit")->text(), QStringLiteral("/var/www/shop"));
        QCOMPARE(child<QLineEdit>(page, "sshConfigEdit")->text(), config);
        QCOMPARE(page->runnerSettings().sshConfigFile, config);

        // Per store: another store keeps this computer, with empty SSH fields.
        again.openStore(other);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == other, 10000);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("local"));
        QVERIFY(host->text().isEmpty());
        QVERIFY(!host->isVisible());

        // And choosing the first store again brings SSH back.
        again.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == root, 10000);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ssh"));
        QCOMPARE(page->runnerSettings().remoteRoot, QStringLiteral("/var/www/shop"));
    }

    void suggestedRunnerIsPreselected()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QVERIFY(writeFile(root, QStringLiteral(".ddev/config.yaml"), "name: shop\ntype: magento2\n"));
        QTemporaryDir composeDir;
        const QString composeRoot = makeStore(composeDir);
        QVERIFY(writeFile(composeRoot, QStringLiteral("docker-compose.yml"),
                          "services:\n  phpfpm:\n    image: markoshust/magento-php:8.2-fpm\n"));

        MainWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        StorePage *page = w.storePage();
        auto *combo = child<QComboBox>(page, "runnerCombo");
        auto *service = child<QLineEdit>(page, "serviceEdit");
        auto *note = child<QLabel>(page, "containerNoteLabel");
        auto *php = child<QLineEdit>(page, "phpEdit");

        // A ddev project without a saved runner: ddev, saying why; no PHP field (the container's runs).
        w.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == root, 10000);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ddev"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String(".ddev/config.yaml")), qPrintable(note->text()));
        QVERIFY(!service->isVisible());
        QVERIFY(!php->isVisible());
        QCOMPARE(page->runnerSettings().kind, QStringLiteral("ddev"));

        // A compose project: compose with the service that runs PHP, reachable by keyboard.
        w.openStore(composeRoot);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == composeRoot, 10000);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("compose"));
        QVERIFY(service->isVisible());
        QCOMPARE(service->text(), QStringLiteral("phpfpm"));
        QCOMPARE(child<QLabel>(page, "serviceLabel")->buddy(), service);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        combo->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), combo);
        QTest::keyClick(combo, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), service);
        typeInto(service, QStringLiteral("php fpm"));
        QVERIFY(!page->isComplete());
        typeInto(service, QStringLiteral("php-fpm"));
        QVERIFY(page->isComplete());
        QCOMPARE(page->runnerSettings().service, QStringLiteral("php-fpm"));

        // A saved runner wins over the suggestion.
        w.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == root, 10000);
        chooseRunner(page, QStringLiteral("local"));
        QVERIFY(php->isVisible());
        QVERIFY(page->validatePage());
        MainWizard again;
        again.show();
        again.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(again.storePage()->isComplete(), 10000);
        QCOMPARE(child<QComboBox>(again.storePage(), "runnerCombo")->currentData().toString(),
                 QStringLiteral("local"));
    }
};

QTEST_MAIN(TestMainWizard)
#include "tst_mainwizard.moc"
