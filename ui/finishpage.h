#pragma once

#include "storeactions.h"

#include <QWizardPage>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class FinishPage;
}

namespace mua {

// The result, like the seed's success page, with a summary; after a failure or a stop: what
// failed, the known fix, the store's state, and the way out without a terminal.
class FinishPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FinishPage(QWidget *parent = nullptr);
    ~FinishPage() override;

    void initializePage() override;

    void turnMaintenanceOff();
    // Puts the code and database of the run's backup back, in the background (after asking).
    void rollBack(bool acceptDataLoss = false);
    void saveLog();
    // Tests: where "Save log…" writes, instead of asking with a dialog.
    void setSaveFileNameProvider(std::function<QString()> provider) { m_saveFileName = std::move(provider); }
    bool isBusy() const { return m_busy; }

signals:
    void actionFinished();

private:
    void render();
    bool maintenanceStuckOn() const;

    std::unique_ptr<Ui::FinishPage> m_ui;
    std::function<QString()> m_saveFileName;
    bool m_busy = false;
    bool m_maintenanceFixed = false;
    bool m_rolledBack = false;
    std::optional<bool> m_maintenanceAfterRollback;
};

} // namespace mua
