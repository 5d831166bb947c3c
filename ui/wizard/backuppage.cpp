#include "ui/wizard/backuppage.h"

#include "core/run/storeactions.h"
#include "core/run/storequeries.h"
#include "ui/common/background.h"
#include "ui/common/messagebar.h"
#include "ui/wizard/mainwizard.h"
#include "ui/wizard/storepage.h"
#include "ui_backuppage.h"

#include <QFileDialog>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace mua {

namespace {

QString bulletList(const QStringList &items)
{
    QString out = QStringLiteral("<ul>");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return out + QStringLiteral("</ul>");
}

// What the backup needs against what is free, in one sentence.
QString spaceSentence(const Backup::Estimate &e)
{
    const QString free =
        e.free < 0 ? BackupPage::tr("The free space in %1 is unknown.").arg(e.freePath)
                   : BackupPage::tr("%1 is free in %2.").arg(StoreQueries::formatSize(e.free), e.freePath);
    const int files = int(qMin<qint64>(e.codeFiles, INT_MAX));
    if (e.databaseBytes < 0)
        return BackupPage::tr(
                   "The backup needs about %1 of free space for the code (%2 in %n files, with room to "
                   "spare), and more for the database, whose size is unknown.",
                   nullptr, files)
                   .arg(StoreQueries::formatSize(e.needed), StoreQueries::formatSize(e.codeBytes)) +
               QLatin1Char(' ') + free;
    return BackupPage::tr(
               "The backup needs about %1 of free space (the code is %2 in %n files, the database %3, "
               "with room to spare).",
               nullptr, files)
               .arg(StoreQueries::formatSize(e.needed), StoreQueries::formatSize(e.codeBytes),
                    StoreQueries::formatSize(e.databaseBytes)) +
           QLatin1Char(' ') + free;
}

} // namespace

BackupPage::BackupPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::BackupPage>())
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Create a backup"));
    setSubTitle(tr("Get back to the store you have now if the upgrade goes wrong."));
    m_problemBar = new MessageBar(this);
    m_problemBar->setObjectName(QStringLiteral("problemBar"));
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(0, m_problemBar);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &BackupPage::estimate);
    connect(m_ui->backupCheck, &QCheckBox::toggled, this, &BackupPage::render);
    connect(m_ui->mediaCheck, &QCheckBox::toggled, this, [this] {
        render();
        estimate();
    });
    connect(m_ui->folderEdit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->chooseButton, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Choose the backup folder"), m_ui->folderEdit->text());
        if (!dir.isEmpty()) {
            m_ui->folderEdit->setText(dir);
            estimate();
        }
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
    const QString folder = StoreQueries::backupFolder(w->store().root);
    if (m_ui->folderEdit->text().isEmpty() || m_ui->folderEdit->text() == m_defaultFolder)
        m_ui->folderEdit->setText(folder);
    m_defaultFolder = folder;
    m_unsupported.clear();
    StoreQueries::canBackUp(w->storePage()->runnerSettings().kind, &m_unsupported);
    if (!m_unsupported.isEmpty())
        m_ui->backupCheck->setChecked(false);
    render();
    estimate();
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

bool BackupPage::isComplete() const
{
    return !backupRequested() || m_problem.isEmpty();
}

void BackupPage::estimate()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w || !m_unsupported.isEmpty() || w->store().root.isEmpty())
        return;
    m_debounce->stop();
    m_estimating = true;
    m_space = tr("Measuring what the backup needs…");
    render();
    const quint64 generation = ++m_generation;
    const QString root = w->store().root;
    const UpgradeOptions options = w->options();
    runInBackground(
        this, [root, options] { return StoreActions::backupCheck(root, options); },
        [this, generation](const StoreActions::BackupCheck &answer) {
            if (generation != m_generation)
                return;
            m_estimating = false;
            m_problem = answer.error.isEmpty() ? answer.check.problem : answer.error;
            m_space = answer.error.isEmpty() ? spaceSentence(answer.check.estimate) : QString();
            render();
            emit estimated();
        });
}

void BackupPage::render()
{
    m_ui->backupCheck->setEnabled(m_unsupported.isEmpty());
    const bool on = backupRequested();
    m_ui->folderEdit->setEnabled(on);
    m_ui->chooseButton->setEnabled(on);
    m_ui->mediaCheck->setEnabled(on);
    m_ui->spaceLabel->setText(m_space);
    m_ui->spaceLabel->setVisible(!m_space.isEmpty() && m_unsupported.isEmpty());
    if (!m_unsupported.isEmpty())
        m_problemBar->showMessage(MessageBar::Type::Warning, m_unsupported);
    else if (on && !m_problem.isEmpty())
        m_problemBar->showMessage(
            MessageBar::Type::Error,
            tr("The backup would fail: %1 Untick it, or fix this first.").arg(m_problem));
    else
        m_problemBar->hide();
    const bool media = m_ui->mediaCheck->isChecked();
    QString text =
        tr("<p>Before maintenance mode goes on, the assistant checks that the folder has room, archives the "
           "code and dumps the database into a new folder there, with a manifest of sizes and sha256 "
           "checksums. If the upgrade fails, <b>Roll back</b> on the last page puts both back.</p>");
    text += tr("<p><b>Covered:</b></p>") + bulletList(StoreQueries::backupCovers(media));
    text += tr("<p><b>Not covered:</b></p>") + bulletList(StoreQueries::backupLeavesOut(media));
    text += tr("<p>The archive holds app/etc/env.php with its passwords: the folder is readable by you "
               "only. Keep it outside the web root.</p>");
    m_ui->explanationLabel->setText(text);
    emit completeChanged();
}

} // namespace mua
