#include "ui/impact/impactdialog.h"

#include "ui/common/background.h"
#include "ui/common/messagebar.h"
#include "ui/impact/impactview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mua {

ImpactDialog::ImpactDialog(const QString &root, const UpgradeOptions &options, QThreadPool *pool,
                           QWidget *parent, Runner runner)
    : QDialog(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Impact report: the move to %1").arg(options.targetVersion));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Making the impact report"));
    m_progress->setRange(0, 0); // busy: Composer says nothing of how far it is
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_lastLine = new QLabel(this);
    m_lastLine->setObjectName(QStringLiteral("lastLineLabel"));
    m_lastLine->setTextFormat(Qt::PlainText);
    m_lastLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastLine->setMinimumWidth(1); // a long line is cut, it never widens the dialog
    layout->addWidget(m_lastLine);
    m_errorBar = new MessageBar(this);
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    layout->addWidget(m_errorBar);
    m_view = new ImpactView(this);
    m_view->hide();
    layout->addWidget(m_view, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Stop making the impact report"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(1100, 760);
    start(root, options, pool, std::move(runner));
}

ImpactDialog::~ImpactDialog()
{
    m_cancel->store(true); // the job's answer is not wanted any more; the pool's owner waits for it
}

QString ImpactDialog::error() const
{
    return m_errorBar->isVisibleTo(this) ? m_errorBar->text() : QString();
}

void ImpactDialog::start(const QString &root, const UpgradeOptions &options, QThreadPool *pool, Runner runner)
{
    m_running = true;
    m_statusLabel->setText(
        tr("Working out what the move to %1 changes in code the store customises: Composer "
           "installs %1 into a scratch folder outside the store, which can take minutes. "
           "Nothing in the store changes.")
            .arg(options.targetVersion));
    // Each line of progress, from the job's thread to the label, while the dialog is there.
    QPointer<QLabel> lastLine(m_lastLine);
    auto log = [lastLine](const QString &line) {
        QMetaObject::invokeMethod(
            qApp,
            [lastLine, line] {
                if (lastLine)
                    lastLine->setText(line.simplified());
            },
            Qt::QueuedConnection);
    };
    runInBackground(
        this,
        [root, options, runner = std::move(runner), cancel = m_cancel, log] {
            return runner(root, options, cancel.get(), log);
        },
        [this](const StoreActions::ImpactAnswer &answer) { showAnswer(answer); }, pool);
}

void ImpactDialog::showAnswer(const StoreActions::ImpactAnswer &answer)
{
    m_running = false;
    m_progress->hide();
    m_lastLine->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the impact report"));
    if (answer.report) {
        m_statusLabel->hide();
        m_view->setReport(*answer.report);
        m_view->show();
    } else {
        m_statusLabel->setText(tr("The impact report could not be made."));
        m_errorBar->showMessage(MessageBar::Type::Error, answer.error.isEmpty()
                                                             ? tr("The impact report could not be made.")
                                                             : answer.error);
    }
    emit reportReady();
}

void ImpactDialog::done(int result)
{
    if (m_running)
        m_cancel->store(true);
    QDialog::done(result);
}

} // namespace mua
