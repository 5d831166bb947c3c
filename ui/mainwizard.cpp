#include "mainwizard.h"

#include "appsettings.h"
#include "backuppage.h"
#include "finishpage.h"
#include "icons.h"
#include "messages.h"
#include "readinesspage.h"
#include "reviewpage.h"
#include "storepage.h"
#include "upgradecontroller.h"
#include "upgradepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QSystemTrayIcon>

namespace mua {

namespace {

constexpr qint64 LongRunMs = 10000; // runs longer than this notify when the window is in the background

} // namespace

MainWizard::MainWizard(QWidget *parent)
    : QWizard(parent)
    , m_controller(new UpgradeController(this))
    , m_storePage(new StorePage(this))
    , m_readinessPage(new ReadinessPage(this))
    , m_backupPage(new BackupPage(this))
    , m_reviewPage(new ReviewPage(this))
    , m_upgradePage(new UpgradePage(this))
    , m_finishPage(new FinishPage(this))
{
    setWindowTitle(tr("Magento Upgrade Assistant"));
    setWindowIcon(Icons::app());
    setAccessibleName(tr("Magento Upgrade Assistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPixmap(QWizard::LogoPixmap, Icons::app().pixmap(48, 48));
    setPage(StorePageId, m_storePage);
    setPage(ReadinessPageId, m_readinessPage);
    setPage(BackupPageId, m_backupPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(UpgradePageId, m_upgradePage);
    setPage(FinishPageId, m_finishPage);
    setMinimumSize(820, 620);
    if (!restoreGeometry(AppSettings::geometry()))
        resize(980, 720);

    m_upgradePage->attach(m_controller);
    connect(m_controller, &UpgradeController::finished, this, &MainWizard::runFinished);
    connect(m_finishPage, &FinishPage::actionFinished, this, [this] {
        if (m_closeWhenStopped && !isRunning())
            close();
    });
}

MainWizard::~MainWizard()
{
    m_controller->cancel();
    m_controller->wait();
}

void MainWizard::openStore(const QString &root)
{
    m_storePage->openStore(root);
}

const Store &MainWizard::store() const
{
    return m_storePage->store();
}

UpgradeOptions MainWizard::options() const
{
    UpgradeOptions o;
    o.runner = m_storePage->runnerSettings();
    o.targetVersion = m_reviewPage->targetVersion();
    o.backup = m_backupPage->backupRequested();
    o.backupDir = m_backupPage->backupFolder();
    o.backupMedia = m_backupPage->backupMedia();
    o.url = m_reviewPage->storefrontUrl();
    return o;
}

bool MainWizard::isRunning() const
{
    // A rollback from the finish page runs to its end: the window must not close under it.
    return m_controller->isRunning() || m_finishPage->isBusy();
}

bool MainWizard::refuseCloseWhileBusy()
{
    if (!m_finishPage->isBusy())
        return false;
    Messages::warning(this, tr("Please wait"),
                      tr("A rollback or another action on the store is still running and cannot be stopped; "
                         "close the window when it has finished."));
    return true;
}

void MainWizard::startUpgrade(bool resume)
{
    UpgradeOptions o = options();
    o.resume = resume;
    m_upgradePage->prepare(resume);
    m_controller->start({store().root, o});
}

void MainWizard::resumeUpgrade()
{
    if (isRunning())
        return;
    back();
    startUpgrade(true);
}

void MainWizard::runFinished(const RunRecord &record, int exitCode)
{
    m_lastRecord = record;
    m_lastExitCode = exitCode;
    if (m_closeWhenStopped) {
        close();
        return;
    }
    const qint64 ms = record.startedAt.msecsTo(record.finishedAt);
    if (!isActiveWindow() && ms >= LongRunMs) {
        QApplication::alert(this);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            if (!m_tray)
                m_tray = new QSystemTrayIcon(Icons::app(), this);
            m_tray->show();
            m_tray->showMessage(tr("Magento Upgrade Assistant"),
                                record.result == RunResult::Succeeded
                                    ? tr("The upgrade of %1 finished.").arg(record.store)
                                    : record.message,
                                record.result == RunResult::Succeeded ? QSystemTrayIcon::Information
                                                                      : QSystemTrayIcon::Warning);
        }
    }
}

bool MainWizard::confirmStop()
{
    return Messages::question(
               this, tr("Stop the upgrade?"),
               tr("An upgrade is running. Stop it now? The running command is stopped, the store stays "
                  "in maintenance mode, and you can resume later."),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MainWizard::shutdown()
{
    if (m_finishPage->isBusy()) { // closed once the action has finished (see the constructor)
        m_closeWhenStopped = true;
        return;
    }
    if (isRunning()) {
        m_closeWhenStopped = true;
        m_upgradePage->stop();
        return;
    }
    AppSettings::setGeometry(saveGeometry());
    QWizard::reject();
}

void MainWizard::reject()
{
    if (refuseCloseWhileBusy())
        return;
    if (isRunning()) {
        if (confirmStop())
            m_upgradePage->stop();
        return;
    }
    AppSettings::setGeometry(saveGeometry());
    QWizard::reject();
}

void MainWizard::closeEvent(QCloseEvent *event)
{
    if (m_finishPage->isBusy()) {
        event->ignore();
        if (!m_closeWhenStopped)
            refuseCloseWhileBusy();
        return;
    }
    if (isRunning()) {
        event->ignore();
        if (!m_closeWhenStopped && confirmStop()) {
            m_closeWhenStopped = true;
            m_upgradePage->stop();
        }
        return;
    }
    AppSettings::setGeometry(saveGeometry());
    QWizard::closeEvent(event);
}

} // namespace mua
