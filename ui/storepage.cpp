#include "storepage.h"

#include "appsettings.h"
#include "background.h"
#include "icons.h"
#include "storeinspector.h"
#include "ui_storepage.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMimeData>

namespace mua {

StorePage::StorePage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StorePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Choose the store"));
    setSubTitle(tr("Nothing in the store changes until you press Upgrade on the review page."));
    setAcceptDrops(true);
    m_ui->browseButton->setIcon(Icons::folder());
    m_ui->runnerCombo->addItem(tr("This computer (php bin/magento)"), QStringLiteral("local"));
    m_ui->runnerCombo->setToolTip(
        tr("SSH, ddev, warden and docker compose runners are coming in a later version."));
    m_ui->factsBox->setVisible(false);
    loadRecentStores();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &StorePage::browse);
    connect(m_ui->pathCombo, &QComboBox::activated, this,
            [this](int index) { openStore(m_ui->pathCombo->itemText(index)); });
    connect(m_ui->pathCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString text = m_ui->pathCombo->currentText().trimmed();
        if (!text.isEmpty() && QDir::cleanPath(text) != m_store.root)
            openStore(text);
    });
    connect(m_ui->phpEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

StorePage::~StorePage() = default;

void StorePage::loadRecentStores()
{
    m_ui->pathCombo->clear();
    m_ui->pathCombo->addItems(AppSettings::recentStores());
    m_ui->pathCombo->setCurrentIndex(-1);
    m_ui->pathCombo->setEditText(QString());
    m_ui->pathCombo->lineEdit()->setPlaceholderText(tr("/var/www/magento2"));
}

void StorePage::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the store folder"),
                                                          m_ui->pathCombo->currentText());
    if (!dir.isEmpty())
        openStore(dir);
}

void StorePage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void StorePage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        openStore(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void StorePage::openStore(const QString &root)
{
    m_ui->pathCombo->setEditText(root);
    m_store = Store();
    m_reading = true;
    m_ui->statusLabel->setText(tr("Reading %1 …").arg(root));
    m_ui->factsBox->setVisible(false);
    m_ui->warningsLabel->clear();
    emit completeChanged();
    const quint64 generation = ++m_generation;
    runInBackground(
        this, [root] { return StoreInspector::inspect(root); },
        [this, generation](const Store &store) {
            if (generation == m_generation)
                showStore(store);
        });
}

void StorePage::showStore(const Store &store)
{
    m_store = store;
    m_reading = false;
    if (!store.error.isEmpty()) {
        m_ui->statusLabel->setText(store.error);
        emit completeChanged();
        emit storeInspected();
        return;
    }
    m_ui->pathCombo->setEditText(store.root);
    const RunnerSettings profile = AppSettings::runnerProfile(store.root);
    m_ui->phpEdit->setText(profile.php);
    m_ui->statusLabel->setText(tr("This is a Magento store the assistant can upgrade."));

    m_ui->versionValue->setText(
        store.version.isEmpty()
            ? tr("version unknown")
            : tr("%1 %2 (from %3)").arg(store.version, store.edition, store.versionSource));
    m_ui->layoutValue->setText(store.codeGenerationDirs.join(QLatin1String(", ")));
    m_ui->modeValue->setText(store.deployMode);
    if (store.usesVarSession)
        m_ui->sessionsValue->setText(tr("files in var/session (%n entries)", nullptr, store.varSessionFiles));
    else if (store.sessionSave == QLatin1String("files"))
        m_ui->sessionsValue->setText(tr("files in %1").arg(store.sessionSavePath));
    else
        m_ui->sessionsValue->setText(tr("%1, not in var/session").arg(store.sessionSave));
    m_ui->maintenanceValue->setText(store.maintenance ? tr("on: the storefront answers 503") : tr("off"));
    const QStringList off = store.cacheTypesOff();
    m_ui->cacheValue->setText(off.isEmpty() ? tr("all %n on", nullptr, int(store.cacheTypes.size()))
                                            : tr("%1 of %2 on; off: %3")
                                                  .arg(store.cacheTypes.size() - off.size())
                                                  .arg(store.cacheTypes.size())
                                                  .arg(off.join(QLatin1String(", "))));
    m_ui->filesystemValue->setText(store.networkFilesystem ? tr("%1 (a network share)").arg(store.filesystem)
                                                           : store.filesystem);
    m_ui->factsBox->setVisible(true);
    QStringList warnings;
    for (const QString &w : store.warnings)
        warnings << QStringLiteral("⚠ ") + w;
    m_ui->warningsLabel->setText(warnings.join(QLatin1Char('\n')));
    emit completeChanged();
    emit storeInspected();
}

RunnerSettings StorePage::runnerSettings() const
{
    RunnerSettings r = m_store.root.isEmpty() ? RunnerSettings() : AppSettings::runnerProfile(m_store.root);
    r.kind = m_ui->runnerCombo->currentData().toString();
    const QString php = m_ui->phpEdit->text().trimmed();
    r.php = php.isEmpty() ? QStringLiteral("php") : php;
    return r;
}

bool StorePage::isComplete() const
{
    return !m_reading && m_store.isMagento && m_store.error.isEmpty();
}

bool StorePage::validatePage()
{
    AppSettings::addRecentStore(m_store.root);
    AppSettings::setRunnerProfile(m_store.root, runnerSettings());
    return true;
}

} // namespace mua
