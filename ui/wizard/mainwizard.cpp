#include "ui/wizard/mainwizard.h"

#include "core/backup/rollback.h"
#include "core/run/upgradecontroller.h"
#include "ui/common/appsettings.h"
#include "ui/common/icons.h"
#include "ui/common/messages.h"
#include "ui/common/notifications.h"
#include "ui/wizard/backuppage.h"
#include "ui/wizard/finishpage.h"
#include "ui/wizard/readinesspage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/storepage.h"
#include "ui/wizard/upgradepage.h"
#include "ui/wizard/wizardwording.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QEventLoopLocker>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWindow>

#include <utility>

namespace mua {

namespace {

constexpr qint64 LongRunMs = 10000; // runs longer than this notify when the window is in the background
// Room for every page in English, German and French; less only where the screen is smaller.
constexpr QSize RoomyMinimum(820, 620);
constexpr QSize DefaultSize(980, 720);

// The engine speaks the wizard's words while a window is open (see Wording), and the process's
// words from before once the last one closes.
int &openWizards()
{
    static int n = 0;
    return n;
}

const Wording *&wordingBefore()
{
    static const Wording *w = nullptr;
    return w;
}

const WizardWording &wizardWording()
{
    static const WizardWording w;
    return w;
}

// Puts a page's form into a scroll area of its own: on a small screen (or at 200 %) the page
// scrolls instead of pushing the wizard's buttons off the screen.
void makeScrollable(QWizardPage *page)
{
    auto *content = new QWidget;
    content->setObjectName(page->objectName() + QStringLiteral("Content"));
    content->setLayout(page->layout()); // takes the form's layout, and its widgets, from the page
    auto *area = new QScrollArea(page);
    area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    content->setAutoFillBackground(false); // the page's own background shows through
    area->viewport()->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
}

} // namespace

MainWizard::MainWizard(QWidget *parent)
    : QWizard(parent)
    , m_controller(new UpgradeController(this))
    , m_storePage(new StorePage(this))
    , m_readinessPage(new ReadinessPage(this))
    , m_backupPage(new BackupPage(this))
    , m_reviewPage(new ReviewPage(this))
    , m_upgradePage(new UpgradePage(this))
    , m_finishPage(new FinishPage(this))
{
    if (openWizards()++ == 0)
        wordingBefore() = Wording::install(&wizardWording());
    const QString name = tr("Magento Upgrade Assistant");
    // The platform appends the application's display name to a window title that does not end with
    // it. main() names the application before the translations are loaded: named again here, in the
    // reader's language, the title says the name once.
    QGuiApplication::setApplicationDisplayName(name);
    setWindowTitle(name);
    setWindowIcon(Icons::app());
    setAccessibleName(name);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPixmap(QWizard::LogoPixmap, Icons::app().pixmap(48, 48));
    setPage(StorePageId, m_storePage);
    setPage(ReadinessPageId, m_readinessPage);
    setPage(BackupPageId, m_backupPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(UpgradePageId, m_upgradePage);
    setPage(FinishPageId, m_finishPage);
    for (QWizardPage *page :
         {static_cast<QWizardPage *>(m_storePage), static_cast<QWizardPage *>(m_readinessPage),
          static_cast<QWizardPage *>(m_backupPage), static_cast<QWizardPage *>(m_reviewPage),
          static_cast<QWizardPage *>(m_upgradePage), static_cast<QWizardPage *>(m_finishPage)})
        makeScrollable(page);
    setMinimumSize(smallestSize());
    if (!restoreGeometry(AppSettings::geometry()))
        resize(DefaultSize.boundedTo(screen() ? screen()->availableSize() : DefaultSize));

    // Back on the finish page goes to the review page (QWizard's own Back cannot pass the commit
    // page): the button is wired here instead of to QWizard::back.
    QAbstractButton *backButton = button(QWizard::BackButton);
    disconnect(backButton, nullptr, this, nullptr);
    connect(backButton, &QAbstractButton::clicked, this, &MainWizard::goBack);
    connect(this, &QWizard::currentIdChanged, this, [this, backButton](int id) {
        backButton->setAccessibleName(id == FinishPageId ? tr("Back to the review page, to change settings "
                                                              "and upgrade again")
                                                         : QString());
    });

    m_upgradePage->attach(m_controller);
    connect(m_controller, &UpgradeController::finished, this, &MainWizard::runFinished);
    connect(m_finishPage, &FinishPage::actionFinished, this, [this] {
        if (m_closeWhenStopped && !isRunning()) {
            m_closing = true;
            close();
        }
    });
}

MainWizard::~MainWizard()
{
    m_controller->cancel();
    m_controller->wait();
    if (--openWizards() == 0)
        Wording::install(wordingBefore());
}

void MainWizard::openStore(const QString &root)
{
    m_storePage->openStore(root);
}

const Store &MainWizard::store() const
{
    return m_storePage->store();
}

UpgradeOptions MainWizard::options() const
{
    UpgradeOptions o;
    o.runner = m_storePage->runnerSettings();
    o.targetVersion = m_reviewPage->targetVersion();
    o.backup = m_backupPage->backupRequested();
    o.backupDir = m_backupPage->backupFolder();
    o.backupMedia = m_backupPage->backupMedia();
    o.url = m_reviewPage->storefrontUrl();
    return o;
}

bool MainWizard::isRunning() const
{
    // A rollback from the finish page runs to its end: the window must not close under it.
    return m_controller->isRunning() || m_finishPage->isBusy();
}

bool MainWizard::refuseCloseWhileBusy()
{
    if (!m_finishPage->isBusy())
        return false;
    Messages::warning(this, tr("Please wait"),
                      tr("A rollback or another action on the store is still running and cannot be stopped; "
                         "close the window when it has finished."));
    return true;
}

bool MainWizard::confirmLeavingShopOffline()
{
    if (m_lastExitCode < 0 || !m_finishPage->shopLeftOffline())
        return true;
    return Messages::question(
               this, tr("Leave the shop offline?"),
               tr("%1 is still in maintenance mode: the shop answers 503 to every visitor until maintenance "
                  "is turned off. Close the assistant anyway?")
                   .arg(m_lastRecord.store),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MainWizard::startUpgrade(bool resume)
{
    UpgradeOptions o = options();
    o.resume = resume;
    m_finishPage->clearActions();
    m_upgradePage->prepare(resume ? UpgradePage::Run::Resume : UpgradePage::Run::Upgrade);
    m_controller->start({store().root, o});
}

void MainWizard::startRollback(const QString &backupFolder, bool acceptDataLoss)
{
    if (m_controller->isRunning() || backupFolder.isEmpty())
        return;
    RollbackRequest request;
    request.root = m_lastRecord.store;
    request.backupFolder = backupFolder;
    request.acceptDataLoss = acceptDataLoss;
    request.runner = options().runner;
    // The upgrade page shows it live: its steps, progress and log, and a stop while that is safe.
    if (currentId() == FinishPageId)
        back();
    m_upgradePage->prepare(UpgradePage::Run::Rollback);
    m_rollback = std::make_shared<RollbackOutcome>();
    m_controller->start(std::make_unique<RollbackJob>(request, m_rollback));
}

void MainWizard::resumeUpgrade()
{
    if (isRunning())
        return;
    back();
    startUpgrade(true);
}

void MainWizard::backToReview()
{
    if (isRunning())
        return;
    // QWizard keeps no way back past a commit page: start over and walk forward again. The pages
    // keep what was chosen on them; the readiness check runs again on the way.
    restart();
    next();
    next();
    next();
}

void MainWizard::goBack()
{
    if (currentId() == FinishPageId)
        backToReview();
    else
        back();
}

void MainWizard::runFinished(const RunRecord &record, int exitCode)
{
    if (m_rollback) { // the finish page says how it ended, and closes a window asked to close
        const std::shared_ptr<RollbackOutcome> outcome = std::exchange(m_rollback, nullptr);
        m_finishPage->rollbackFinished(record, *outcome, !m_closeWhenStopped);
        return;
    }
    m_lastRecord = record;
    m_lastExitCode = exitCode;
    // Out of sight (hidden after Close, or a long run behind other windows): say how it ended.
    const qint64 ms = record.startedAt.msecsTo(record.finishedAt);
    if (!isVisible() || (!isActiveWindow() && ms >= LongRunMs)) {
        const bool offline = FinishPage::leavesShopOffline(record);
        Notifications::Notification note;
        note.title = FinishPage::headline(record.result);
        note.text = FinishPage::whatHappened(record);
        if (offline)
            note.text += QLatin1Char(' ') + FinishPage::offlineSentence(record);
        if (!isVisible() && offline)
            note.text += QLatin1Char(' ') + tr("Open the assistant on this store again to resume or to turn "
                                               "maintenance off.");
        note.urgent = offline || record.result != RunResult::Succeeded;
        Notifications::notify(this, note);
    }
    if (m_closeWhenStopped) {
        m_closing = true;
        close();
        m_keepAlive.reset(); // the program may end now
    }
}

bool MainWizard::confirmStop()
{
    return Messages::question(
               this, tr("Stop the upgrade?"),
               tr("An upgrade is running. Stop it now? The running command is stopped, the store stays "
                  "in maintenance mode, and you can resume later."),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MainWizard::shutdown()
{
    m_closing = true;             // a signal from the system: no questions
    if (m_finishPage->isBusy()) { // closed once the action has finished (see the constructor)
        m_closeWhenStopped = true;
        m_controller->cancel(); // a rollback stops if it has not begun to change the store
        return;
    }
    if (isRunning()) {
        m_closeWhenStopped = true;
        m_upgradePage->stop();
        return;
    }
    AppSettings::setGeometry(saveGeometry());
    QWizard::reject();
}

void MainWizard::reject()
{
    if (isRollingBack()) { // as its Stop button: stopped while that is safe
        m_upgradePage->confirmStop();
        return;
    }
    if (refuseCloseWhileBusy())
        return;
    if (isRunning()) {
        if (confirmStop())
            m_upgradePage->stop();
        return;
    }
    QWizard::reject();
}

void MainWizard::done(int result)
{
    if (!m_closing && isVisible() && !confirmLeavingShopOffline())
        return;
    if (isVisible())
        AppSettings::setGeometry(saveGeometry());
    QWizard::done(result);
}

void MainWizard::closeEvent(QCloseEvent *event)
{
    if (m_finishPage->isBusy()) {
        event->ignore();
        if (!m_closeWhenStopped)
            refuseCloseWhileBusy();
        return;
    }
    if (isRunning()) {
        event->ignore();
        if (m_closeWhenStopped)
            return;
        if (Messages::question(this, tr("Stop the upgrade and close?"),
                               tr("An upgrade is running. Stop it and close the window? The running command "
                                  "is stopped and the store stays in maintenance mode: the shop answers 503 "
                                  "until you resume or turn maintenance off. A notification says when the "
                                  "upgrade has stopped."),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
            // Closed at once, as asked. The run stops out of sight, the program lives on until it has
            // (without a window), and a notification says how it ended.
            m_closeWhenStopped = true;
            m_keepAlive = std::make_unique<QEventLoopLocker>();
            AppSettings::setGeometry(saveGeometry());
            m_upgradePage->stop();
            event->accept();
        }
        return;
    }
    QWizard::closeEvent(event); // through reject() and done(): asks about a shop left offline
}

QSize MainWizard::smallestSize() const
{
    const QScreen *s = screen();
    if (!s)
        return RoomyMinimum;
    // The window manager's frame is known once the window is shown.
    const QSize frame = isVisible() ? frameGeometry().size() - geometry().size() : QSize(0, 0);
    return RoomyMinimum.boundedTo(s->availableSize() - frame);
}

void MainWizard::fitToScreen()
{
    setMinimumSize(smallestSize());
    const QScreen *s = screen();
    if (!s)
        return;
    const QRect room = s->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    if (width() > room.width() - frame.width() || height() > room.height() - frame.height())
        resize(size().boundedTo(room.size() - frame));
    QRect outer = frameGeometry();
    if (!room.contains(outer)) {
        outer.moveRight(qMin(outer.right(), room.right()));
        outer.moveBottom(qMin(outer.bottom(), room.bottom()));
        outer.moveLeft(qMax(outer.left(), room.left()));
        outer.moveTop(qMax(outer.top(), room.top()));
        move(outer.topLeft());
    }
}

void MainWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    if (QWindow *window = windowHandle()) {
        connect(window, &QWindow::screenChanged, this, &MainWizard::fitToScreen, Qt::UniqueConnection);
    }
    fitToScreen();
}

} // namespace mua
