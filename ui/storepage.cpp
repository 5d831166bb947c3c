#include "storepage.h"

#include "storeinspector.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QCoreApplication>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace mua {

StorePage::StorePage(QWidget *parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_status(new QLabel(this))
    , m_facts(new QFormLayout)
{
    setTitle(tr("Choose the store"));
    setSubTitle(tr("The folder that holds the store's app/, bin/ and var/. Nothing in it changes until you "
                   "start the upgrade."));

    m_path->setPlaceholderText(tr("/var/www/magento2"));
    m_path->setAccessibleName(tr("Store folder"));
    m_browse->setAccessibleName(tr("Browse for the store folder"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Store status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *pathLabel = new QLabel(tr("Store &folder:"), this);
    pathLabel->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pathLabel);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addLayout(m_facts);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &StorePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_store.root)
            openStore(m_path->text());
    });
}

void StorePage::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the store folder"), m_path->text());
    if (!dir.isEmpty())
        openStore(dir);
}

void StorePage::openStore(const QString &root)
{
    m_path->setText(root);
    m_store = Store();
    m_status->setText(tr("Reading %1…").arg(root));
    emit completeChanged();
    const quint64 generation = ++m_generation;
    QPointer<StorePage> self(this);
    QThreadPool::globalInstance()->start([self, root, generation] {
        const Store store = StoreInspector::inspect(root);
        QMetaObject::invokeMethod(
            qApp,
            [self, store, generation] {
                if (self && generation == self->m_generation)
                    self->showStore(store);
            },
            Qt::QueuedConnection);
    });
}

void StorePage::showStore(const Store &store)
{
    m_store = store;
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    if (!store.error.isEmpty()) {
        m_status->setText(store.error);
    } else {
        m_status->setText(tr("This is a Magento store the assistant can upgrade."));
        for (const QString &line : store.summary().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            auto *label = new QLabel(line, this);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_facts->addRow(label);
        }
    }
    emit completeChanged();
    emit storeInspected();
}

bool StorePage::isComplete() const
{
    return m_store.isMagento && m_store.error.isEmpty();
}

} // namespace mua
