#include "ui/wizard/readinesspage.h"

#include "ui/common/background.h"
#include "ui/common/icons.h"
#include "ui/common/wrappingdelegate.h"
#include "ui/wizard/mainwizard.h"
#include "ui_readinesspage.h"

#include <QHeaderView>

namespace mua {

ReadinessPage::ReadinessPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ReadinessPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Readiness check"));
    setSubTitle(tr("What the upgrade needs from this machine and this store. These checks only read."));
    m_ui->checksTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->checksTree->header()->setStretchLastSection(true);
    m_ui->checksTree->setItemDelegate(new WrappingDelegate(m_ui->checksTree));
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ReadinessPage::recheck);
}

ReadinessPage::~ReadinessPage() = default;

void ReadinessPage::initializePage()
{
    recheck();
}

void ReadinessPage::recheck()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w)
        return;
    m_checking = true;
    m_ui->recheckButton->setEnabled(false);
    m_ui->checksTree->clear();
    m_ui->statusLabel->setText(tr("Checking %1 …").arg(w->store().root));
    emit completeChanged();
    const quint64 generation = ++m_generation;
    const QString root = w->store().root;
    const UpgradeOptions options = w->options();
    runInBackground(
        this, [root, options] { return StoreActions::readiness(root, options); },
        [this, generation](const StoreActions::Readiness &r) {
            if (generation == m_generation)
                show(r);
        });
}

void ReadinessPage::show(const StoreActions::Readiness &r)
{
    m_result = r;
    m_checking = false;
    m_ui->recheckButton->setEnabled(true);
    m_ui->checksTree->clear();
    int warnings = 0;
    int errors = 0;
    for (const PreflightCheck &c : r.checks) {
        addCheck(m_ui->checksTree, c);
        if (c.level == PreflightCheck::Level::Error)
            ++errors;
        else if (c.level == PreflightCheck::Level::Warning)
            ++warnings;
    }
    if (!r.error.isEmpty())
        m_ui->statusLabel->setText(r.error);
    else if (errors)
        m_ui->statusLabel->setText(
            tr("%n check(s) failed: fix them, then press Check again.", nullptr, errors));
    else if (warnings)
        m_ui->statusLabel->setText(tr("Ready, with %n warning(s) worth reading.", nullptr, warnings));
    else
        m_ui->statusLabel->setText(tr("Ready: every check passed."));
    emit completeChanged();
    emit checked();
}

QTreeWidgetItem *ReadinessPage::addCheck(QTreeWidget *tree, const PreflightCheck &c)
{
    auto *item = new QTreeWidgetItem(tree);
    item->setIcon(0, Icons::check(c.level));
    item->setText(0, c.title);
    const QString levelText = c.level == PreflightCheck::Level::Error     ? tr("Error")
                              : c.level == PreflightCheck::Level::Warning ? tr("Warning")
                                                                          : tr("Passed");
    item->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(c.title, levelText));
    item->setText(1, c.fix.isEmpty() ? c.message : tr("%1\nFix: %2").arg(c.message, c.fix));
    item->setToolTip(1, item->text(1));
    return item;
}

bool ReadinessPage::isComplete() const
{
    return !m_checking && !m_result.hasErrors() && !m_result.checks.isEmpty();
}

} // namespace mua
