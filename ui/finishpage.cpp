#include "finishpage.h"

#include "background.h"
#include "icons.h"
#include "mainwizard.h"
#include "messages.h"
#include "rollback.h"
#include "smoketeststep.h"
#include "ui_finishpage.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace mua {

FinishPage::FinishPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::FinishPage>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
    m_ui->maintenanceButton->setIcon(Icons::maintenance());
    connect(m_ui->maintenanceButton, &QPushButton::clicked, this, &FinishPage::turnMaintenanceOff);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        if (auto *w = qobject_cast<MainWizard *>(wizard()))
            w->resumeUpgrade();
    });
    connect(m_ui->openLogButton, &QPushButton::clicked, this, [this] {
        if (auto *w = qobject_cast<MainWizard *>(wizard()))
            QDesktopServices::openUrl(QUrl::fromLocalFile(w->lastRecord().logPath));
    });
    connect(m_ui->saveLogButton, &QPushButton::clicked, this, &FinishPage::saveLog);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, [this] { rollBack(false); });
}

FinishPage::~FinishPage() = default;

void FinishPage::initializePage()
{
    m_maintenanceFixed = false;
    m_rolledBack = false;
    m_maintenanceAfterRollback.reset();
    m_ui->actionStatusLabel->clear();
    render();
}

bool FinishPage::maintenanceStuckOn() const
{
    const auto *w = qobject_cast<const MainWizard *>(wizard());
    if (!w || m_maintenanceFixed)
        return false;
    const RunRecord &r = w->lastRecord();
    return r.maintenanceAfter.value_or(false) && !r.maintenanceBefore.value_or(false);
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
    QString headline;
    switch (r.result) {
    case RunResult::Succeeded:
        headline = tr("Your upgrade was successful!");
        break;
    case RunResult::Cancelled:
        headline = tr("The upgrade was stopped.");
        break;
    case RunResult::Refused:
        headline = tr("The upgrade did not start.");
        break;
    case RunResult::Failed:
        headline = tr("The upgrade failed.");
        break;
    }
    setTitle(ok ? tr("Success") : tr("The upgrade did not finish"));
    setSubTitle(r.store);
    m_ui->headlineLabel->setText(QStringLiteral("<span style=\"font-size:large; font-weight:600\">%1</span>")
                                     .arg(headline.toHtmlEscaped()));

    int done = 0;
    int skipped = 0;
    for (const StepRecord &s : r.steps) {
        done += s.status == StepStatus::Done;
        skipped += s.status == StepStatus::Skipped;
    }
    const qint64 seconds = r.startedAt.secsTo(r.finishedAt);
    const bool maintenanceOn =
        m_maintenanceAfterRollback.value_or(r.maintenanceAfter.value_or(false)) && !m_maintenanceFixed;
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (!ok)
        row(tr("What happened"), r.message);
    if (!r.advice.isEmpty())
        row(tr("Known fix"), r.advice);
    row(tr("Time"), tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60));
    row(tr("Steps"), tr("%1 done, %2 skipped, of %3").arg(done).arg(skipped).arg(r.steps.size()));
    if (const StepRecord *cache = r.step(QStringLiteral("cache-enable"));
        cache && cache->status == StepStatus::Done)
        row(tr("Cache types"), cache->detail);
    if (!r.storefront.url.isEmpty()) {
        row(tr("Storefront"), tr("%1: %2").arg(r.storefront.url, SmokeTestStep::summary(r.storefront)));
        for (const QString &w : r.storefront.warnings)
            row(tr("Warning"), w);
    }
    row(tr("Maintenance mode"),
        maintenanceOn ? tr("on: the storefront answers 503") : tr("off: the storefront is open"));
    if (!r.backup.isEmpty())
        row(tr("Backup"), m_rolledBack ? tr("%1 (put back)").arg(r.backup) : r.backup);
    if (!r.logPath.isEmpty())
        row(tr("Log"), r.logPath);
    m_ui->detailsLabel->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));

    m_ui->maintenanceButton->setVisible(maintenanceStuckOn());
    const bool unfinished = r.result == RunResult::Failed || r.result == RunResult::Cancelled;
    const bool canResume = unfinished && !m_rolledBack;
    m_ui->resumeButton->setVisible(canResume);
    m_ui->rollbackButton->setVisible(unfinished && !r.backup.isEmpty() && !m_rolledBack);
    m_ui->rollbackButton->setEnabled(!m_busy);
    m_ui->resumeButton->setEnabled(!m_busy);
    m_ui->maintenanceButton->setEnabled(!m_busy);
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
            m_ui->actionStatusLabel->setText(result.message);
            render();
            emit actionFinished();
        });
}

void FinishPage::rollBack(bool acceptDataLoss)
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w || m_busy || w->lastRecord().backup.isEmpty())
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
    m_busy = true;
    render();
    m_ui->actionStatusLabel->setText(tr("Rolling back to the backup in %1…").arg(last.backup));
    RollbackRequest request;
    request.root = last.store;
    request.backupFolder = last.backup;
    request.acceptDataLoss = acceptDataLoss;
    request.runner = w->options().runner;
    struct Answer
    {
        RunRecord record;
        int exitCode = -1;
        bool dataLoss = false;
    };
    runInBackground(
        this,
        [request] {
            Rollback rollback(request);
            Answer a;
            a.record = rollback.run(&a.exitCode);
            a.dataLoss = rollback.refusedForDataLoss();
            return a;
        },
        [this](const Answer &a) {
            m_busy = false;
            const bool ok = a.record.result == RunResult::Succeeded;
            if (ok) {
                m_rolledBack = true;
                m_maintenanceAfterRollback = a.record.maintenanceAfter;
            }
            m_ui->actionStatusLabel->setText(a.record.message);
            render();
            if (a.dataLoss &&
                Messages::question(this, tr("Roll back anyway?"),
                                   tr("%1\n\nRoll back anyway and lose them?").arg(a.record.message),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
                rollBack(true);
                return;
            }
            emit actionFinished();
        });
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
