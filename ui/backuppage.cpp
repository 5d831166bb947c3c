#include "backuppage.h"

#include "backup.h"
#include "backupstep.h"
#include "mainwizard.h"
#include "store.h"
#include "storepage.h"
#include "ui_backuppage.h"

#include <QFileDialog>

namespace mua {

namespace {

QString bulletList(const QStringList &items)
{
    QString out = QStringLiteral("<ul>");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return out + QStringLiteral("</ul>");
}

} // namespace

BackupPage::BackupPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::BackupPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Create a backup"));
    setSubTitle(tr("Get back to the store you have now if the upgrade goes wrong."));
    connect(m_ui->backupCheck, &QCheckBox::toggled, this, &BackupPage::render);
    connect(m_ui->mediaCheck, &QCheckBox::toggled, this, &BackupPage::render);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Choose the backup folder"), m_ui->folderEdit->text());
        if (!dir.isEmpty())
            m_ui->folderEdit->setText(dir);
    });
    render();
}

BackupPage::~BackupPage() = default;

void BackupPage::initializePage()
{
    const auto *w = qobject_cast<const MainWizard *>(wizard());
    if (!w)
        return;
    // A folder of the store's own by default; a folder the user typed stays.
    const QString folder = Backup::storeFolder(w->store().root);
    if (m_ui->folderEdit->text().isEmpty() || m_ui->folderEdit->text() == m_defaultFolder)
        m_ui->folderEdit->setText(folder);
    m_defaultFolder = folder;
    m_unsupported = BackupStep::unsupportedRunner(w->storePage()->runnerSettings().kind);
    if (!m_unsupported.isEmpty())
        m_ui->backupCheck->setChecked(false);
    render();
}

bool BackupPage::backupRequested() const
{
    return m_ui->backupCheck->isChecked() && m_unsupported.isEmpty();
}

QString BackupPage::backupFolder() const
{
    const QString text = m_ui->folderEdit->text().trimmed();
    return text == m_defaultFolder ? QString() : text;
}

bool BackupPage::backupMedia() const
{
    return m_ui->mediaCheck->isChecked();
}

void BackupPage::render()
{
    m_ui->backupCheck->setEnabled(m_unsupported.isEmpty());
    const bool on = backupRequested();
    m_ui->folderEdit->setEnabled(on);
    m_ui->chooseButton->setEnabled(on);
    m_ui->mediaCheck->setEnabled(on);
    const bool media = m_ui->mediaCheck->isChecked();
    QString text;
    if (!m_unsupported.isEmpty())
        text += QStringLiteral("<p><b>%1</b></p>").arg(m_unsupported.toHtmlEscaped());
    text +=
        tr("<p>Before maintenance mode goes on, the assistant checks that the folder has room, archives the "
           "code and dumps the database into a new folder there, with a manifest of sizes and sha256 "
           "checksums. If the upgrade fails, <b>Roll back</b> on the last page puts both back.</p>");
    text += tr("<p><b>Covered:</b></p>") + bulletList(Backup::covered(media));
    text += tr("<p><b>Not covered:</b></p>") + bulletList(Backup::notCovered(media));
    text += tr("<p>The archive holds app/etc/env.php with its passwords: the folder is readable by you "
               "only. Keep it outside the web root.</p>");
    m_ui->explanationLabel->setText(text);
}

} // namespace mua
