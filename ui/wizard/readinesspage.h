#pragma once

#include "core/run/storeactions.h"

#include <QWizardPage>

#include <memory>

class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class ReadinessPage;
}

namespace mua {

// Magento's readiness check: every preflight check with pass / warning / error, the reason and
// the fix. Checks run off the GUI thread; "Check again" reruns them.
class ReadinessPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReadinessPage(QWidget *parent = nullptr);
    ~ReadinessPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isChecking() const { return m_checking; }
    const StoreActions::Readiness &result() const { return m_result; }

    void recheck();

    // A check as a row of a two-column tree: its level's icon and title, what was found and the fix.
    // The review page shows the checks of a version move so too.
    static QTreeWidgetItem *addCheck(QTreeWidget *tree, const PreflightCheck &check);

signals:
    void checked();

private:
    void show(const StoreActions::Readiness &result);

    std::unique_ptr<Ui::ReadinessPage> m_ui;
    StoreActions::Readiness m_result;
    bool m_checking = false;
    quint64 m_generation = 0;
};

} // namespace mua
