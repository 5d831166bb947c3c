#pragma once

#include "store.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QFormLayout;

namespace mua {

// Choose a store and show what `inspect` found. Reading happens off the GUI thread.
class StorePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StorePage(QWidget *parent = nullptr);

    void openStore(const QString &root);
    bool isComplete() const override;
    const Store &store() const { return m_store; }

signals:
    void storeInspected();

private:
    void browse();
    void showStore(const Store &store);

    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_status;
    QFormLayout *m_facts;
    Store m_store;
    quint64 m_generation = 0; // ignores answers for a folder the user has left
};

} // namespace mua
