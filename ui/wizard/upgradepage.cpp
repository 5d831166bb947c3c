#include "ui/wizard/upgradepage.h"

#include "core/run/upgradecontroller.h"
#include "ui/common/icons.h"
#include "ui/common/messagebar.h"
#include "ui/common/messages.h"
#include "ui/common/wrappingdelegate.h"
#include "ui/log/logpane.h"
#include "ui/log/logview.h"
#include "ui/wizard/mainwizard.h"
#include "ui_upgradepage.h"

#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace mua {

UpgradePage::UpgradePage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::UpgradePage>())
    , m_clock(new QTimer(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Upgrade"));
    setSubTitle(tr("The store is being upgraded. Messages from bin/magento appear in the console log."));
    auto *hostLayout = new QVBoxLayout(m_ui->logHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_log = new LogPane(m_ui->logHost);
    hostLayout->addWidget(m_log);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({290, 640});
    m_wrapping = new WrappingDelegate(m_ui->stepsList);
    m_ui->stepsList->setItemDelegate(m_wrapping);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &UpgradePage::tick);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &UpgradePage::confirmStop);
}

UpgradePage::~UpgradePage() = default;

void UpgradePage::attach(UpgradeController *c)
{
    connect(c, &UpgradeController::planned, this, &UpgradePage::planned);
    connect(c, &UpgradeController::stepStarted, this, &UpgradePage::stepStarted);
    connect(c, &UpgradeController::stepFinished, this, &UpgradePage::stepFinished);
    connect(c, &UpgradeController::progressChanged, this, &UpgradePage::progressChanged);
    connect(c, &UpgradeController::logged, m_log->view(), &LogView::appendChunk);
    connect(c, &UpgradeController::logFileOpened, m_log, &LogPane::setLogFile);
    connect(c, &UpgradeController::cancellableChanged, this, &UpgradePage::cancellableChanged);
    connect(c, &UpgradeController::finished, this, &UpgradePage::finished);
}

void UpgradePage::initializePage()
{
    if (auto *w = qobject_cast<MainWizard *>(wizard()))
        w->startUpgrade(false);
}

void UpgradePage::prepare(Run run)
{
    m_run = run;
    m_cancellable = true;
    m_finished = false;
    m_ui->stepsList->clear();
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setPalette(QPalette());
    m_ui->progressBar->resetFormat();
    m_ui->progressBar->setAccessibleDescription(QString());
    m_ui->cancelButton->setEnabled(true);
    m_ui->cancelButton->setToolTip(QString());
    if (run != Run::Resume)
        m_log->view()->clear();
    const bool rollback = run == Run::Rollback;
    setTitle(rollback ? tr("Roll back") : tr("Upgrade"));
    m_ui->cancelButton->setText(rollback ? tr("&Stop rollback") : tr("&Stop upgrade"));
    m_ui->cancelButton->setAccessibleName(rollback ? tr("Stop the rollback") : tr("Stop the upgrade"));
    setSubTitle(
        rollback ? tr("The store is being rolled back to its backup. Until the rollback begins to change the "
                      "store, it can still be stopped.")
        : run == Run::Resume
            ? tr("Resuming the upgrade where it stopped.")
            : tr("The store is being upgraded. Messages from bin/magento appear in the console log."));
    m_elapsed.start();
    tick();
    m_clock->start();
    emit completeChanged();
}

void UpgradePage::planned(const QList<StepRecord> &steps)
{
    m_ui->stepsList->clear();
    for (const StepRecord &s : steps) {
        auto *item = new QListWidgetItem(Icons::step(s.status), s.title, m_ui->stepsList);
        item->setData(Qt::UserRole, s.id);
    }
    // Every title whole, in every language: the list is as wide as its longest row in bold (the
    // running step is bold) where there is room, and wraps its titles where there is not.
    QListWidget *list = m_ui->stepsList;
    auto embolden = [list](bool bold) {
        for (int i = 0; i < list->count(); ++i) {
            QFont f = list->item(i)->font();
            f.setBold(bold);
            list->item(i)->setFont(f);
        }
    };
    embolden(true);
    list->setWordWrap(false);
    const int chrome =
        2 * list->frameWidth() + list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list) + 4;
    const int natural = list->sizeHintForColumn(0) + chrome;
    int narrowest = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QFontMetrics metrics(list->item(i)->font());
        const int row = list->sizeHintForIndex(list->model()->index(i, 0)).width();
        int word = 0;
        for (const QString &w : list->item(i)->text().split(QLatin1Char(' ')))
            word = qMax(word, metrics.horizontalAdvance(w));
        narrowest = qMax(narrowest, row - metrics.horizontalAdvance(list->item(i)->text()) + word);
    }
    list->setWordWrap(true);
    embolden(false);
    list->setMinimumWidth(narrowest + chrome);
    if (m_ui->splitter->sizes().value(0) < natural)
        m_ui->splitter->setSizes({natural, qMax(0, m_ui->splitter->width() - natural)});
    m_wrapping->relayout();
    m_ui->progressBar->setMaximum(int(steps.size()));
}

void UpgradePage::stepStarted(int index, const QString &)
{
    if (QListWidgetItem *item = m_ui->stepsList->item(index)) {
        item->setIcon(Icons::running());
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        m_wrapping->relayout();
        item->setData(Qt::AccessibleDescriptionRole, tr("running"));
        m_ui->stepsList->scrollToItem(item);
        m_ui->stepsList->setAccessibleDescription(tr("Running: %1").arg(item->text()));
    }
}

void UpgradePage::stepFinished(int index, const StepRecord &record)
{
    if (QListWidgetItem *item = m_ui->stepsList->item(index)) {
        item->setIcon(Icons::step(record.status));
        QFont f = item->font();
        f.setBold(false);
        item->setFont(f);
        m_wrapping->relayout();
        item->setToolTip(record.detail);
        item->setData(Qt::AccessibleDescriptionRole, stepStatusName(record.status));
    }
}

void UpgradePage::progressChanged(int done, int total)
{
    m_ui->progressBar->setMaximum(total);
    m_ui->progressBar->setValue(done);
}

void UpgradePage::finished(const RunRecord &record, int)
{
    m_finished = true;
    m_clock->stop();
    tick();
    m_ui->cancelButton->setEnabled(false);
    m_ui->cancelButton->setText(m_run == Run::Rollback ? tr("&Stop rollback") : tr("&Stop upgrade"));
    // The bar says how the run ended: full and green, or red (orange when stopped) where it stopped.
    const StepRecord *stopped = record.failedStep.isEmpty() ? nullptr : record.step(record.failedStep);
    const QString stoppedAt = stopped ? stopped->title : QString();
    MessageBar::Type type = MessageBar::Type::Positive;
    switch (record.result) {
    case RunResult::Succeeded:
        m_ui->progressBar->setValue(m_ui->progressBar->maximum());
        m_ui->progressBar->setFormat(tr("Done"));
        break;
    case RunResult::Cancelled:
        type = MessageBar::Type::Warning;
        m_ui->progressBar->setFormat(stoppedAt.isEmpty() ? tr("Stopped")
                                                         : tr("Stopped at “%1”").arg(stoppedAt));
        break;
    case RunResult::Refused:
        type = MessageBar::Type::Error;
        m_ui->progressBar->setFormat(tr("Did not start"));
        break;
    case RunResult::Failed:
        type = MessageBar::Type::Error;
        m_ui->progressBar->setFormat(stoppedAt.isEmpty() ? tr("Failed")
                                                         : tr("Failed at “%1”").arg(stoppedAt));
        break;
    }
    QPalette palette = m_ui->progressBar->palette();
    palette.setColor(QPalette::Highlight, MessageBar::color(type));
    m_ui->progressBar->setPalette(palette);
    m_ui->progressBar->setAccessibleDescription(m_ui->progressBar->format());
    const bool ok = record.result == RunResult::Succeeded;
    if (m_run == Run::Rollback)
        setSubTitle(ok ? tr("The rollback finished. Press Next for the summary.")
                       : tr("The rollback stopped. Press Next to see why and what to do."));
    else
        setSubTitle(ok ? tr("The upgrade finished. Press Next for the summary.")
                       : tr("The upgrade stopped. Press Next to see why and what to do."));
    emit completeChanged();
}

void UpgradePage::cancellableChanged(bool cancellable)
{
    m_cancellable = cancellable;
    if (cancellable || m_finished)
        return;
    // A rollback that has begun to change the store runs to its end.
    const QString why = tr("The rollback is changing the store now and runs to its end; it can no longer be "
                           "stopped.");
    m_ui->cancelButton->setEnabled(false);
    m_ui->cancelButton->setToolTip(why);
    setSubTitle(why);
}

void UpgradePage::confirmStop()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w || !w->controller()->isRunning())
        return;
    if (m_run == Run::Rollback) {
        if (!m_cancellable) {
            Messages::warning(this, tr("Please wait"),
                              tr("The rollback has begun to change the store and runs to its end; close the "
                                 "window when it has finished."));
            return;
        }
        if (Messages::question(
                this, tr("Stop the rollback?"),
                tr("Stop the rollback now? It has not changed the store yet, so the store stays "
                   "as it is."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            stop();
        return;
    }
    if (Messages::question(
            this, tr("Stop the upgrade?"),
            tr("Stop the upgrade now? The running command is stopped, the store stays in maintenance "
               "mode, and you can resume later."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
        stop();
}

void UpgradePage::stop()
{
    auto *w = qobject_cast<MainWizard *>(wizard());
    if (!w || !w->controller()->isRunning() || !m_cancellable)
        return;
    m_ui->cancelButton->setEnabled(false);
    m_ui->cancelButton->setText(tr("Stopping…"));
    w->controller()->cancel();
}

void UpgradePage::tick()
{
    const qint64 s = m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
    m_ui->elapsedLabel->setText(QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
}

bool UpgradePage::isComplete() const
{
    return m_finished;
}

} // namespace mua
