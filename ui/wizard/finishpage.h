#pragma once

#include "core/model/rollbackoutcome.h"
#include "core/model/runrecord.h"
#include "core/run/storeactions.h"

#include <QWizardPage>

#include <functional>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class FinishPage;
}

namespace mua {

// The result, like the seed's success page: what changed, what was skipped and why, what people do
// next. After a failure or a stop: whether the shop is offline (loudest of all), what failed and
// the known fix, and the way out without a terminal: turn maintenance off, resume, roll back, or go
// back and change the settings.
class FinishPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FinishPage(QWidget *parent = nullptr);
    ~FinishPage() override;

    void initializePage() override;
    // Forgets what was done on this page (a new run starts).
    void clearActions();

    void turnMaintenanceOff();
    // Puts the code and database of the run's backup back (after asking): the wizard runs it live on the
    // upgrade page, and this page shows how it ended.
    void rollBack(bool acceptDataLoss = false);
    // The rollback ended: its outcome on this page, and the question whether to roll back over the data
    // taken in since the backup when that was the only reason for refusing (unless mayAsk is false).
    void rollbackFinished(const RunRecord &record, const RollbackOutcome &outcome, bool mayAsk);
    void saveLog();
    // Tests: where "Save log…" writes, instead of asking with a dialog.
    void setSaveFileNameProvider(std::function<QString()> provider) { m_saveFileName = std::move(provider); }
    // An action of this page runs (a rollback included).
    bool isBusy() const { return m_busy || m_rollingBack; }
    bool isRollingBack() const { return m_rollingBack; }
    // Whether the last run left the shop offline (maintenance on, and it was off before), as far as
    // this page knows after turning maintenance off or rolling back.
    bool shopLeftOffline() const;

    // In the wizard's words, for this page and the notification of a run that ended out of sight.
    static QString headline(RunResult result);
    static QString whatHappened(const RunRecord &record);
    static QString offlineSentence(const RunRecord &record);
    static bool leavesShopOffline(const RunRecord &record);

signals:
    void actionFinished();

private:
    void render();
    void renderShopState(const RunRecord &record);
    bool canResume(const RunRecord &record) const;

    std::unique_ptr<Ui::FinishPage> m_ui;
    QPushButton *m_maintenanceButton;
    std::function<QString()> m_saveFileName;
    bool m_busy = false;
    bool m_maintenanceFixed = false;
    QString m_maintenanceMessage; // what turning maintenance off answered
    bool m_rolledBack = false;
    bool m_rollingBack = false;
    QString m_rollbackLog;
    std::optional<bool> m_maintenanceAfterRollback;
};

} // namespace mua
