#include "mainwizard.h"

#include "storepage.h"

namespace mua {

MainWizard::MainWizard(QWidget *parent)
    : QWizard(parent)
    , m_storePage(new StorePage(this))
{
    setWindowTitle(tr("Magento Upgrade Assistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(StorePageId, m_storePage);
    setMinimumSize(760, 560);
    setAccessibleName(tr("Magento Upgrade Assistant"));
}

void MainWizard::openStore(const QString &root)
{
    m_storePage->openStore(root);
}

} // namespace mua
