#include "logpane.h"

#include "logview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace mua {

namespace {

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &accessibleName,
                        const QString &toolTip, bool checkable = false)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    button->setCheckable(checkable);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new LogView(this))
    , m_search(new QLineEdit(this))
    , m_matchCase(
          makeButton(this, tr("Aa"), tr("Match case"), tr("Match upper and lower case exactly"), true))
    , m_status(new QLabel(this))
    , m_copy(makeButton(this, tr("Copy"), tr("Copy log"),
                        tr("Copy the selected lines, or the whole log when nothing is selected")))
    , m_save(makeButton(this, tr("Save log…"), tr("Save log"), tr("Save the log shown here to a file")))
    , m_follow(makeButton(this, tr("Follow"), tr("Follow new lines"),
                          tr("Keep the newest line in sight; scrolling up pauses this"), true))
    , m_timestamps(
          makeButton(this, tr("Timestamps"), tr("Show timestamps"), tr("Show the time of every line"), true))
{
    setAccessibleName(tr("Upgrade log pane"));
    m_search->setPlaceholderText(tr("Find in log"));
    m_search->setAccessibleName(tr("Find in log"));
    m_search->setToolTip(tr("Find in the log (%1). Enter finds the next line, Shift+Enter the previous one, "
                            "Escape goes back to the log.")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchPalette = m_search->palette();
    m_status->setAccessibleName(tr("Log status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_follow->setChecked(m_view->isFollowing());
    m_timestamps->setChecked(m_view->showTimestamps());

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_matchCase);
    toolbar->addWidget(m_status, 1);
    toolbar->addWidget(m_copy);
    toolbar->addWidget(m_save);
    toolbar->addWidget(m_follow);
    toolbar->addWidget(m_timestamps);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);

    setTabOrder(m_view, m_search);
    setTabOrder(m_search, m_matchCase);
    setTabOrder(m_matchCase, m_copy);
    setTabOrder(m_copy, m_save);
    setTabOrder(m_save, m_follow);
    setTabOrder(m_follow, m_timestamps);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &LogPane::focusSearch);
    auto *next = new QShortcut(QKeySequence::FindNext, this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &LogPane::findNext);
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, &LogPane::findPrevious);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        setSearchFailed(false);
        m_status->clear();
    });
    connect(m_copy, &QToolButton::clicked, this, &LogPane::copyLog);
    connect(m_save, &QToolButton::clicked, this, &LogPane::saveLog);
    connect(m_follow, &QToolButton::toggled, m_view, &LogView::setFollowing);
    connect(m_view, &LogView::followingChanged, m_follow, &QToolButton::setChecked);
    connect(m_timestamps, &QToolButton::toggled, m_view, &LogView::setShowTimestamps);
}

QString LogPane::statusText() const
{
    return m_status->text();
}

void LogPane::setSaveFileNameProvider(std::function<QString()> provider)
{
    m_saveFileNameProvider = std::move(provider);
}

void LogPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool LogPane::findNext()
{
    return search(false);
}

bool LogPane::findPrevious()
{
    return search(true);
}

bool LogPane::search(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    const bool found = m_view->find(needle, backwards, m_matchCase->isChecked());
    setSearchFailed(!found);
    if (found)
        m_status->clear();
    else
        showStatus(tr("No match for “%1”").arg(needle), true);
    return found;
}

void LogPane::setSearchFailed(bool failed)
{
    if (!failed) {
        m_search->setPalette(m_searchPalette);
        return;
    }
    QPalette p = m_searchPalette;
    const QColor base = p.color(QPalette::Base);
    const QColor red(0xe5, 0x39, 0x35);
    constexpr float Tint = 0.3f;
    p.setColor(QPalette::Base, QColor::fromRgbF(base.redF() + (red.redF() - base.redF()) * Tint,
                                                base.greenF() + (red.greenF() - base.greenF()) * Tint,
                                                base.blueF() + (red.blueF() - base.blueF()) * Tint));
    m_search->setPalette(p);
}

void LogPane::showStatus(const QString &text, bool problem)
{
    QFont f = font();
    f.setBold(problem); // problems stand out without relying on colour
    m_status->setFont(f);
    m_status->setText(text);
    m_status->setToolTip(text);
}

void LogPane::copyLog()
{
    const int lines =
        m_view->hasSelection() ? m_view->selectionEnd() - m_view->selectionStart() + 1 : m_view->lineCount();
    if (m_view->hasSelection())
        m_view->copy();
    else
        QGuiApplication::clipboard()->setText(m_view->toPlainText());
    showStatus(tr("Copied %n line(s).", nullptr, lines), false);
}

QString LogPane::askSaveFileName()
{
    if (m_saveFileNameProvider)
        return m_saveFileNameProvider();
    const QString suggested =
        QDir::homePath() + QStringLiteral("/upgrade-log-%1.log")
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return QFileDialog::getSaveFileName(this, tr("Save log"), suggested,
                                        tr("Log files (*.log);;Text files (*.txt);;All files (*)"));
}

bool LogPane::saveLog()
{
    const QString path = askSaveFileName();
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_view->saveTo(path, &error)) {
        showStatus(error, true);
        emit saveFailed(error);
        return false;
    }
    showStatus(tr("Saved the log to %1.").arg(QDir::toNativeSeparators(path)), false);
    emit logSaved(path);
    return true;
}

bool LogPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            search(key->modifiers() & Qt::ShiftModifier);
            return true;
        case Qt::Key_Escape:
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mua
