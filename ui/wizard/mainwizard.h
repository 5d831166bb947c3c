#pragma once

#include "core/model/rollbackoutcome.h"
#include "core/model/runrecord.h"
#include "core/model/upgradeoptions.h"

#include <QWizard>

#include <memory>

class QEventLoopLocker;

namespace mua {

class UpgradeController;
class StorePage;
class ReadinessPage;
class BackupPage;
class ReviewPage;
class UpgradePage;
class FinishPage;
struct Store;

// The assistant's window: Magento's System Upgrade wizard, page by page. It owns the one
// controller that runs upgrades; pages render state and forward intent.
class MainWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StorePageId, ReadinessPageId, BackupPageId, ReviewPageId, UpgradePageId, FinishPageId };

    explicit MainWizard(QWidget *parent = nullptr);
    ~MainWizard() override;

    // As if the user had chosen root on the store page.
    void openStore(const QString &root);

    const Store &store() const;
    UpgradeOptions options() const;
    UpgradeController *controller() const { return m_controller; }
    bool isRunning() const;

    // Starts a run (or resumes the last one) on the upgrade page.
    void startUpgrade(bool resume);
    // From the finish page: rolls the store back to a backup (the last run's), live on the upgrade page
    // (the same steps list, progress and log as an upgrade); the finish page shows how it ended.
    void startRollback(const QString &backupFolder, bool acceptDataLoss);
    bool isRollingBack() const { return m_rollback != nullptr; }
    // From the finish page: back to the upgrade page, resuming where the run stopped.
    void resumeUpgrade();
    // From the finish page (its Back button): to the review page, every setting kept, to change
    // what needs changing and upgrade again.
    void backToReview();

    const RunRecord &lastRecord() const { return m_lastRecord; }
    int lastExitCode() const { return m_lastExitCode; }

    StorePage *storePage() const { return m_storePage; }
    ReadinessPage *readinessPage() const { return m_readinessPage; }
    BackupPage *backupPage() const { return m_backupPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    UpgradePage *upgradePage() const { return m_upgradePage; }
    FinishPage *finishPage() const { return m_finishPage; }

    // The smallest the window gets on its screen: it never pushes its buttons off the screen.
    QSize smallestSize() const;

    // SIGTERM, SIGINT or SIGHUP: stop a run without asking, then close.
    void shutdown();

public slots:
    void reject() override;
    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool confirmStop();
    // True (after saying why) while an action of the finish page that cannot be stopped runs.
    bool refuseCloseWhileBusy();
    // Asks before the window closes on a shop left offline; true when it may close.
    bool confirmLeavingShopOffline();
    void runFinished(const RunRecord &record, int exitCode);
    void goBack();
    void fitToScreen();

    UpgradeController *m_controller;
    StorePage *m_storePage;
    ReadinessPage *m_readinessPage;
    BackupPage *m_backupPage;
    ReviewPage *m_reviewPage;
    UpgradePage *m_upgradePage;
    FinishPage *m_finishPage;
    RunRecord m_lastRecord;
    // What the running rollback finds out besides its record (set while one runs).
    std::shared_ptr<RollbackOutcome> m_rollback;
    int m_lastExitCode = -1;
    bool m_closeWhenStopped = false;
    bool m_closing = false; // closing was asked and answered: no more questions
    // Closed during a run: the program lives on, without a window, until the run has stopped.
    std::unique_ptr<QEventLoopLocker> m_keepAlive;
};

} // namespace mua
