#pragma once

#include <QWizard>

namespace mua {

class StorePage;

// The assistant's window: Magento's System Upgrade wizard, page by page.
class MainWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StorePageId = 0 };

    explicit MainWizard(QWidget *parent = nullptr);

    // As if the user had chosen root on the store page.
    void openStore(const QString &root);
    StorePage *storePage() const { return m_storePage; }

private:
    StorePage *m_storePage;
};

} // namespace mua
