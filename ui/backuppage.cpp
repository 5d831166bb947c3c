#include "backuppage.h"

#include "ui_backuppage.h"

namespace mua {

BackupPage::BackupPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::BackupPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Create a backup"));
    setSubTitle(tr("Get back to the store you have now if the upgrade goes wrong."));
    m_ui->explanationLabel->setText(
        tr("<p><b>Backups are not available in this version of the assistant yet.</b> It will not take one, "
           "and it "
           "will not pretend to.</p>"
           "<p>Before you continue, make your own backup of:</p>"
           "<ul><li>the <b>database</b> (for example <code>mysqldump --single-transaction</code>),</li>"
           "<li>the <b>code</b>: the store folder without <code>var/</code>, <code>generated/</code> and "
           "<code>pub/static/</code>,</li>"
           "<li><code>app/etc/env.php</code> and <code>app/etc/config.php</code>.</li></ul>"
           "<p>Media in <code>pub/media/</code>, sessions kept in Redis and search indexes are not touched "
           "by the "
           "upgrade.</p>"));
}

BackupPage::~BackupPage() = default;

} // namespace mua
