#pragma once

#include "runner.h"
#include "store.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class StorePage;
}

namespace mua {

// Choose a store (dialog, drag and drop, recent stores) and how its commands run; shows what
// `inspect` found, read off the GUI thread.
class StorePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StorePage(QWidget *parent = nullptr);
    ~StorePage() override;

    void openStore(const QString &root);
    bool isComplete() const override;
    bool validatePage() override;
    const Store &store() const { return m_store; }
    RunnerSettings runnerSettings() const;
    bool isReading() const { return m_reading; }

signals:
    void storeInspected();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void showStore(const Store &store);
    void clearFacts();
    void loadRecentStores();

    std::unique_ptr<Ui::StorePage> m_ui;
    Store m_store;
    quint64 m_generation = 0; // answers for a folder the user has since left are ignored
    bool m_reading = false;
};

} // namespace mua
