#pragma once

#include "core/run/storeactions.h"

#include <QWizardPage>

#include <memory>

class QTimer;

namespace Ui {
class ReviewPage;
}

namespace mua {

class MessageBar;

// "The components you're upgrading display": the Magento package, the modules, and every step
// with what it will touch. The commit page: its Upgrade button starts the run.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString targetVersion() const;
    // The storefront to check (--url); empty when none was given or it is not a web address.
    QString storefrontUrl() const;
    bool validatePage() override;
    // Why the upgrade cannot start as planned (sentences), empty when it can.
    QString problem() const { return m_problem; }
    bool isLoading() const { return m_loading; }
    const StoreActions::Preview &preview() const { return m_preview; }

signals:
    void previewed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void show(const StoreActions::Preview &preview);
    bool targetIsValid() const;
    bool urlIsValid(QString *error = nullptr) const;
    // Shows why the storefront address is not one (or nothing); returns whether it is fine.
    bool showUrlProblem();

    std::unique_ptr<Ui::ReviewPage> m_ui;
    MessageBar *m_problemBar;
    QTimer *m_debounce;
    StoreActions::Preview m_preview;
    QString m_problem;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_urlStore; // the store whose remembered storefront address is in the field
};

} // namespace mua
