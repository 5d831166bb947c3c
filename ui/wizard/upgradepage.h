#pragma once

#include "core/model/logline.h"
#include "core/model/runrecord.h"

#include <QElapsedTimer>
#include <QWizardPage>

#include <memory>

class QTimer;

namespace Ui {
class UpgradePage;
}

namespace mua {

class LogPane;
class WrappingDelegate;
class UpgradeController;

// The run itself: the steps with live state icons, overall progress, elapsed time, the console
// log, and a confirmed stop. It shows whatever job the controller runs: the upgrade, and a rollback
// started from the finish page (which can be stopped only until it begins to change the store).
class UpgradePage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Run { Upgrade, Resume, Rollback };

    explicit UpgradePage(QWidget *parent = nullptr);
    ~UpgradePage() override;

    // Shows what the controller's runs do.
    void attach(UpgradeController *controller);
    void initializePage() override;
    bool isComplete() const override;
    bool isFinished() const { return m_finished; }
    LogPane *logPane() const { return m_log; }

    // Clears the page for a new run (a resume keeps the log and adds to it).
    void prepare(Run run);
    Run run() const { return m_run; }
    // Asks whether to stop the running job, then stops it; says why not when it cannot be stopped.
    void confirmStop();
    // Asks the running job to stop (already confirmed).
    void stop();

private:
    void planned(const QList<StepRecord> &steps);
    void stepStarted(int index, const QString &id);
    void stepFinished(int index, const StepRecord &record);
    void progressChanged(int done, int total);
    void finished(const RunRecord &record, int exitCode);
    void cancellableChanged(bool cancellable);
    void tick();

    std::unique_ptr<Ui::UpgradePage> m_ui;
    LogPane *m_log;
    WrappingDelegate *m_wrapping;
    QTimer *m_clock;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
    Run m_run = Run::Upgrade;
    bool m_cancellable = true;
};

} // namespace mua
