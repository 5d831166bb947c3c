#include "ui/wizard/finishpage.h"

#include "core/model/wording.h"
#include "core/run/storequeries.h"
#include "ui/common/background.h"
#include "ui/common/icons.h"
#include "ui/common/messagebar.h"
#include "ui/common/messages.h"
#include "ui/wizard/mainwizard.h"
#include "ui_finishpage.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace mua {

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString bullets(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return QStringLiteral("<ul style=\"margin-top:0\">%1</ul>").arg(out);
}

QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p>").arg(text.toHtmlEscaped());
}

// The step a run stopped at, or nothing (a run refused before its steps).
const StepRecord *stoppedStep(const RunRecord &r)
{
    return r.failedStep.isEmpty() ? nullptr : r.step(r.failedStep);
}

bool movedToTarget(const RunRecord &r)
{
    const StepRecord *composer = r.step(StepId::ComposerUpdate);
    return !r.targetVersion.isEmpty() && composer && composer->status == StepStatus::Done;
}

} // namespace

FinishPage::FinishPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::FinishPage>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
    m_maintenanceButton =
        m_ui->shopBar->addButton(tr("Turn &maintenance off"), tr("Turn maintenance mode off"));
    m_maintenanceButton->setObjectName(QStringLiteral("maintenanceButton"));
    m_maintenanceButton->setIcon(Icons::maintenance());
    connect(m_maintenanceButton, &QPushButton::clicked, this, &FinishPage::turnMaintenanceOff);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        if (auto *w = qobject_cast<MainWizard *>(wizard()))
            w->resumeUpgrade();
    });
    connect(m_ui->openLogButton, &QPushButton::clicked, this, [this] {
        if (auto *w = qobject_cast<MainWizard *>(wizard()))
            QDesktopServices::openUrl(QUrl::fromLocalFile(w->lastRecord().logPath));
    });
    connect(m_ui->storefrontButton, &QPushButton::clicked, this, [this] {
        if (auto *w = qobject_cast<MainWizard *>(wizard()); w && !w->options().url.isEmpty())
            QDesktopServices::openUrl(QUrl(w->options().url));
    });
    connect(m_ui->saveLogButton, &QPushButton::clicked, this, &FinishPage::saveLog);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, [this] { rollBack(false); });
}

FinishPage::~FinishPage() = default;

void FinishPage::initializePage()
{
    render();
}

void FinishPage::clearActions()
{
    m_maintenanceFixed = false;
    m_maintenanceMessage.clear();
    m_rolledBack = false;
    m_rollbackLog.clear();
    m_maintenanceAfterRollback.reset();
    m_ui->actionStatusLabel->clear();
}

QString FinishPage::headline(RunResult result)
{
    switch (result) {
    case RunResult::Succeeded:
        return tr("Your upgrade was successful!");
    case RunResult::Cancelled:
        return tr("The upgrade was stopped.");
    case RunResult::Refused:
        return tr("The upgrade did not start.");
    case RunResult::Failed:
        break;
    }
    return tr("The upgrade failed.");
}

QString FinishPage::whatHappened(const RunRecord &r)
{
    const StepRecord *step = stoppedStep(r);
    switch (r.result) {
    case RunResult::Succeeded:
        return movedToTarget(r) ? tr("Magento was upgraded from %1 to %2, and its database and modules were "
                                     "brought up to the new code.")
                                      .arg(r.versionBefore, r.targetVersion)
                                : tr("The database and modules of Magento %1 were brought up to its code.")
                                      .arg(r.versionBefore);
    case RunResult::Cancelled:
        return step ? tr("You stopped the upgrade during the step “%1”.").arg(step->title)
                    : tr("You stopped the upgrade.");
    case RunResult::Refused:
        // A store that cannot be read, a held lock, another owner: the engine's sentence says it all.
        return step ? tr("%1 Nothing was changed.").arg(step->error) : r.message;
    case RunResult::Failed:
        break;
    }
    return step ? tr("The step “%1” failed: %2").arg(step->title, step->error) : r.message;
}

QString FinishPage::offlineSentence(const RunRecord &r)
{
    return tr("Your shop is offline: %1 is in maintenance mode and answers 503 to every visitor until "
              "maintenance is turned off.")
        .arg(r.store);
}

bool FinishPage::leavesShopOffline(const RunRecord &r)
{
    return r.maintenanceAfter.value_or(false) && !r.maintenanceBefore.value_or(false);
}

bool FinishPage::shopLeftOffline() const
{
    const auto *w = qobject_cast<const MainWizard *>(wizard());
    if (!w || m_maintenanceFixed)
        return false;
    const RunRecord &r = w->lastRecord();
    return m_maintenanceAfterRollback.value_or(r.maintenanceAfter.value_or(false)) &&
           !r.maintenanceBefore.value_or(false);
}

bool FinishPage::canResume(const RunRecord &r) const
{
    if (m_rolledBack)
        return false;
    if (r.result == RunResult::Cancelled)
        return true;
    // A backup that failed fails again with the same settings (the database, the space, the runner):
    // Back is the way to change them. A refused run has nothing to resume.
    return r.result == RunResult::Failed && r.failedStepId() != StepId::Backup;
}

void FinishPage::renderShopState(const RunRecord &r)
{
    MessageBar *bar = m_ui->shopBar;
    const bool touched = r.result != RunResult::Refused || r.maintenanceAfter.has_value();
    if (m_maintenanceFixed) {
        bar->showMessage(MessageBar::Type::Positive, m_maintenanceMessage);
    } else if (shopLeftOffline()) {
        bar->showMessage(MessageBar::Type::Error, offlineSentence(r));
    } else if (m_maintenanceAfterRollback.value_or(r.maintenanceAfter.value_or(false))) {
        bar->showMessage(MessageBar::Type::Information,
                         tr("%1 was in maintenance mode before the upgrade and stays in it: the shop answers "
                            "503 until you turn maintenance off.")
                             .arg(r.store));
    } else if (!r.maintenanceAfter && r.result != RunResult::Succeeded && touched) {
        bar->showMessage(
            MessageBar::Type::Warning,
            tr("Whether your shop is offline could not be determined: open the storefront to check it."));
    } else {
        bar->hide();
    }
    m_maintenanceButton->setVisible(shopLeftOffline());
}

void FinishPage::render()
{
    const auto *w = qobject_cast<const MainWizard *>(wizard());
    if (!w)
        return;
    const RunRecord &r = w->lastRecord();
    const bool ok = r.result == RunResult::Succeeded;
    const StepStatus icon = ok                                 ? StepStatus::Done
                            : r.result == RunResult::Cancelled ? StepStatus::Cancelled
                                                               : StepStatus::Failed;
    m_ui->iconLabel->setPixmap(Icons::step(icon).pixmap(48, 48));
    setTitle(ok ? tr("Success") : tr("The upgrade did not finish"));
    setSubTitle(r.store);
    m_ui->headlineLabel->setText(QStringLiteral("<span style=\"font-size:large; font-weight:600\">%1</span>")
                                     .arg(headline(r.result).toHtmlEscaped()));
    renderShopState(r);

    // What happened, the known fix, and the way on.
    const bool resumable = canResume(r);
    QString what = paragraph(whatHappened(r));
    if (!r.advice.isEmpty())
        what += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Known fix:").toHtmlEscaped(), r.advice.toHtmlEscaped());
    const Wording &words = Wording::current();
    if (!ok && !resumable && !m_rolledBack)
        what += paragraph(r.failedStepId() == StepId::Backup
                              ? tr("Press Back to untick %1 or to choose another %2, then upgrade again.")
                                    .arg(words.setting(Setting::Backup), words.setting(Setting::BackupDir))
                              : tr("Press Back to change the settings, then upgrade again."));
    m_ui->whatLabel->setText(what);

    // The facts.
    int done = 0;
    int skipped = 0;
    QStringList skippedWhy;
    for (const StepRecord &s : r.steps) {
        done += s.status == StepStatus::Done;
        if (s.status == StepStatus::Skipped) {
            ++skipped;
            skippedWhy << tr("%1: %2").arg(s.title, s.detail);
        }
    }
    const qint64 seconds = r.startedAt.secsTo(r.finishedAt);
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (!r.versionBefore.isEmpty())
        row(tr("Magento"),
            movedToTarget(r) ? tr("%1 → %2").arg(r.versionBefore, r.targetVersion) : r.versionBefore);
    if (movedToTarget(r) && r.move && !r.move->changes.isEmpty())
        row(tr("Packages"), tr("%n changed by Composer", nullptr, int(r.move->changes.size())));
    row(tr("Time"), tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60));
    row(tr("Steps"), tr("%1 done, %2 skipped, of %3").arg(done).arg(skipped).arg(r.steps.size()));
    if (const StepRecord *cache = r.step(StepId::CacheEnable); cache && cache->status == StepStatus::Done)
        row(tr("Cache types"), cache->detail);
    if (!r.storefront.url.isEmpty()) {
        row(tr("Storefront"),
            tr("%1: %2").arg(r.storefront.url, StoreQueries::storefrontSummary(r.storefront)));
        for (const QString &warning : r.storefront.warnings)
            row(tr("Warning"), warning);
    }
    if (m_ui->shopBar->isHidden())
        row(tr("Maintenance mode"), tr("off: the storefront is open"));
    if (!r.backup.isEmpty())
        row(tr("Backup"), m_rolledBack ? tr("%1 (put back)").arg(r.backup) : r.backup);
    if (!r.logPath.isEmpty())
        row(tr("Log"), r.logPath);
    if (!m_rollbackLog.isEmpty())
        row(tr("Rollback log"), m_rollbackLog);
    QString details = QStringLiteral("<table>%1</table>").arg(rows.join(QString()));
    if (!skippedWhy.isEmpty())
        details += heading(tr("Skipped, and why")) + bullets(skippedWhy);
    m_ui->detailsLabel->setText(details);

    // What people usually do after an upgrade.
    QString next;
    if (ok) {
        const QString admin = w->store().env[u"backend"][u"frontName"].toString();
        next =
            heading(tr("What people usually do next")) +
            bullets({tr("Reload PHP-FPM (for example: sudo systemctl reload 'php*-fpm'), or Apache with "
                        "mod_php, so that OPcache lets go of the old code."),
                     tr("Purge Varnish or the CDN in front of the shop, if there is one: the upgrade only "
                        "cleaned Magento's own caches."),
                     tr("Check that cron runs for the store's user (crontab -l) and restart the queue "
                        "consumers, so that they load the new code (bin/magento queue:consumers:list "
                        "lists them)."),
                     admin.isEmpty() ? tr("Open the storefront and the Admin, and try a product page, the "
                                          "cart and the checkout.")
                                     : tr("Open the storefront and the Admin (/%1), and try a product page, "
                                          "the cart and the checkout.")
                                           .arg(admin)});
    }
    m_ui->nextLabel->setText(next);
    m_ui->nextLabel->setVisible(ok);

    m_ui->resumeButton->setVisible(resumable);
    const bool unfinished = r.result == RunResult::Failed || r.result == RunResult::Cancelled;
    m_ui->rollbackButton->setVisible(unfinished && !r.backup.isEmpty() && !m_rolledBack);
    m_ui->storefrontButton->setVisible(!r.storefront.url.isEmpty() && !shopLeftOffline());
    m_ui->rollbackButton->setEnabled(!isBusy());
    m_ui->resumeButton->setEnabled(!isBusy());
    m_maintenanceButton->setEnabled(!isBusy());
    const bool haveLog = !r.logPath.isEmpty() && QFileInfo::exists(r.logPath);
    m_ui->openLogButton->setEnabled(haveLog);
    m_ui->saveLogButton->setEnabled(haveLog);
}

void FinishPage::turnMaintenanceOff()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w || m_busy)
        return;
    m_busy = true;
    render();
    m_ui->actionStatusLabel->setText(tr("Turning maintenance mode off…"));
    const QString root = w->lastRecord().store;
    const UpgradeOptions options = w->options();
    runInBackground(
        this, [root, options] { return StoreActions::disableMaintenance(root, options); },
        [this](const StoreActions::Result &result) {
            m_busy = false;
            m_maintenanceFixed = result.ok;
            if (result.ok) {
                m_maintenanceMessage = result.message; // the bar says it now
                m_ui->actionStatusLabel->clear();
            } else {
                m_ui->actionStatusLabel->setText(result.message);
            }
            render();
            emit actionFinished();
        });
}

void FinishPage::rollBack(bool acceptDataLoss)
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w || isBusy() || w->isRunning() || w->lastRecord().backup.isEmpty())
        return;
    const RunRecord &last = w->lastRecord();
    if (!acceptDataLoss &&
        Messages::question(
            this, tr("Roll back?"),
            tr("Put back the code and the database from the backup in %1? Everything the upgrade "
               "changed in them is undone; the store is in maintenance mode meanwhile.")
                .arg(last.backup),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_rollingBack = true;
    render();
    m_ui->actionStatusLabel->setText(tr("Rolling back to the backup in %1…").arg(last.backup));
    w->startRollback(last.backup, acceptDataLoss);
}

void FinishPage::rollbackFinished(const RunRecord &record, const RollbackOutcome &outcome, bool mayAsk)
{
    m_rollingBack = false;
    if (record.result == RunResult::Succeeded) {
        m_rolledBack = true;
        m_maintenanceFixed = false; // what the rollback left is what counts now
        m_maintenanceAfterRollback = record.maintenanceAfter;
    }
    if (!record.logPath.isEmpty())
        m_rollbackLog = record.logPath;
    m_ui->actionStatusLabel->setText(record.message);
    render();
    if (mayAsk && outcome.refusedForDataLoss &&
        Messages::question(this, tr("Roll back anyway?"),
                           tr("%1\n\nRoll back anyway and lose them?").arg(record.message),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
        rollBack(true);
        return;
    }
    emit actionFinished();
}

void FinishPage::saveLog()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w)
        return;
    const QString source = w->lastRecord().logPath;
    const QString target =
        m_saveFileName ? m_saveFileName()
                       : QFileDialog::getSaveFileName(this, tr("Save the log"), QFileInfo(source).fileName(),
                                                      tr("Log files (*.log);;All files (*)"));
    if (target.isEmpty())
        return;
    // Copied off the GUI thread (a log can be large, the target on a slow share), written aside and
    // renamed into place: a failed save never destroys what was there.
    m_busy = true;
    runInBackground(
        this,
        [source, target] {
            QFile in(source);
            QSaveFile out(target);
            bool saved = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly);
            while (saved && !in.atEnd())
                saved = out.write(in.read(1 << 20)) >= 0;
            return saved && out.commit();
        },
        [this, target](bool saved) {
            m_busy = false;
            if (saved)
                m_ui->actionStatusLabel->setText(tr("Saved the log to %1.").arg(target));
            else
                Messages::warning(
                    this, tr("Save the log"),
                    tr("Could not save the log to %1: choose a folder you can write to.").arg(target));
            emit actionFinished();
        });
}

} // namespace mua
