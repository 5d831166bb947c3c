#include "ui/log/logpane.h"

#include "ui/common/background.h"
#include "ui/log/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QResizeEvent>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

namespace mua {

namespace {

const QString WrapSetting = QStringLiteral("logPane/wrapLines");
constexpr int StatusLineText = 300; // characters of a matched line in the status's tool tip

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

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int clampToInt(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new LogView(this))
    , m_search(new QLineEdit(this))
    , m_matchCase(
          makeButton(this, tr("Aa"), tr("Match case"), tr("Match upper and lower case exactly"), true))
    , m_status(new QLabel(this))
    , m_openFile(makeButton(this, tr("Open log file"), tr("Open log file"), QString()))
    , m_copy(makeButton(this, tr("Copy"), tr("Copy log"),
                        tr("Copy the selected lines, or the whole log when nothing is selected")))
    , m_save(makeButton(this, tr("Save log…"), tr("Save log"), QString()))
    , m_follow(makeButton(this, tr("Follow"), tr("Follow new lines"),
                          tr("Keep the newest line in sight; scrolling up pauses this"), true))
    , m_timestamps(
          makeButton(this, tr("Timestamps"), tr("Show timestamps"), tr("Show the time of every line"), true))
    , m_wrap(makeButton(this, tr("&Wrap"), tr("Wrap long lines"), QString(), true))
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
    // No accessible name: it would replace the message a screen reader reads.
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFile->hide();
    m_wrap->setToolTip(tr("Wrap long lines at the edge of the log instead of scrolling sideways (%1)")
                           .arg(QKeySequence::mnemonic(m_wrap->text()).toString(QKeySequence::NativeText)));
    m_follow->setChecked(m_view->isFollowing());
    m_timestamps->setChecked(m_view->showTimestamps());
    // On unless turned off: the lines that matter most (why a step failed, the known fix) are long.
    m_wrap->setChecked(QSettings().value(WrapSetting, true).toBool());
    m_view->setWrapLines(m_wrap->isChecked());
    updateSaveToolTip();

    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(m_matchCase->sizeHint().width() / 2, 0, 0, 0);
    for (QToolButton *b : {m_copy, m_save, m_follow, m_timestamps, m_wrap}) {
        b->setParent(m_buttons);
        buttons->addWidget(b);
    }
    m_searchRow = new QHBoxLayout;
    m_searchRow->setContentsMargins(0, 0, 0, 0);
    m_searchRow->addWidget(m_search, 1);
    m_searchRow->addWidget(m_matchCase);
    m_searchRow->addWidget(m_buttons);
    m_buttonRow = new QHBoxLayout;
    m_buttonRow->setContentsMargins(0, 0, 0, 0);
    m_buttonRow->addStretch(1);
    // Messages get a row of their own under the toolbar, only while there is one: a sentence with a
    // file name does not fit beside the buttons.
    m_statusRow = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(m_statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_openFile);
    m_status->setParent(m_statusRow);
    m_openFile->setParent(m_statusRow);
    m_status->setWordWrap(true);
    m_statusRow->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_searchRow);
    layout->addLayout(m_buttonRow);
    layout->addWidget(m_statusRow);
    layout->addWidget(m_view, 1);

    setTabOrder(m_view, m_search);
    setTabOrder(m_search, m_matchCase);
    setTabOrder(m_matchCase, m_copy);
    setTabOrder(m_copy, m_save);
    setTabOrder(m_save, m_follow);
    setTabOrder(m_follow, m_timestamps);
    setTabOrder(m_timestamps, m_wrap);
    setTabOrder(m_wrap, m_openFile);

    // Find works from anywhere in the window while the pane is shown, not only from inside it. A
    // window shortcut still leaves the key to a focused widget that takes it for itself (it accepts
    // the ShortcutOverride event), and is off while the pane is hidden (another page of the wizard).
    const auto windowShortcut = [this](QKeySequence::StandardKey key, auto slot) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    windowShortcut(QKeySequence::Find, &LogPane::focusSearch);
    windowShortcut(QKeySequence::FindNext, &LogPane::findNext);
    windowShortcut(QKeySequence::FindPrevious, &LogPane::findPrevious);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        cancelFileSearch();
        setSearchFailed(false);
        clearStatus();
        m_fileMatch = {};
    });
    connect(m_matchCase, &QToolButton::toggled, this, [this] { m_fileMatch = {}; });
    connect(m_openFile, &QToolButton::clicked, this, &LogPane::openLogFile);
    connect(m_copy, &QToolButton::clicked, this, &LogPane::copyLog);
    connect(m_save, &QToolButton::clicked, this, &LogPane::saveLog);
    connect(m_follow, &QToolButton::toggled, m_view, &LogView::setFollowing);
    connect(m_view, &LogView::followingChanged, m_follow, &QToolButton::setChecked);
    connect(m_timestamps, &QToolButton::toggled, m_view, &LogView::setShowTimestamps);
    connect(m_wrap, &QToolButton::toggled, this, [this](bool wrap) {
        m_view->setWrapLines(wrap);
        QSettings().setValue(WrapSetting, wrap);
    });
    connect(m_view, &LogView::droppedLinesChanged, this, &LogPane::updateHeader);
    connect(m_view, &LogView::cleared, this, &LogPane::forgetLogFiles);
}

LogPane::~LogPane()
{
    cancelFileSearch();
}

QString LogPane::statusText() const
{
    return m_status->text();
}

QStringList LogPane::logFiles() const
{
    QStringList paths;
    for (const LogFile &file : m_logFiles)
        paths << file.path;
    return paths;
}

void LogPane::setSaveFileNameProvider(std::function<QString()> provider)
{
    m_saveFileNameProvider = std::move(provider);
}

void LogPane::setFileOpener(std::function<void(const QString &)> opener)
{
    m_fileOpener = std::move(opener);
}

// --- the run's log files ------------------------------------------------------------------------------

void LogPane::setLogFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_logFiles.isEmpty() && m_logFiles.last().path == absolute)
        return; // the same file goes on (a resumed run given the same --log)
    m_logFiles.append({m_view->totalLineCount(), absolute});
    updateHeader();
    updateSaveToolTip();
}

void LogPane::forgetLogFiles()
{
    cancelFileSearch();
    m_logFiles.clear();
    m_fileMatch = {};
    m_openFile->hide();
    updateSaveToolTip();
}

// The row above the first line: where the lines that left the view are.
void LogPane::updateHeader()
{
    const qint64 dropped = m_view->droppedLineCount();
    if (dropped <= 0) {
        m_view->setHeaderText(QString());
        return;
    }
    QStringList paths;
    for (const LogFile &file : std::as_const(m_logFiles)) {
        if (file.firstLine < dropped)
            paths << native(file.path);
    }
    QString text;
    if (paths.isEmpty())
        text =
            tr("%n earlier line(s) are not shown: the log keeps the newest %1.", nullptr, clampToInt(dropped))
                .arg(QLocale().toString(m_view->maximumLines()));
    else if (paths.size() == 1)
        text = tr("Earlier lines are not shown here: they are in the log file %1.").arg(paths.first());
    else
        text = tr("Earlier lines are not shown here: they are in the log files %1.")
                   .arg(paths.join(QLatin1String(", ")));
    m_view->setHeaderText(text);
}

void LogPane::updateSaveToolTip()
{
    m_save->setToolTip(m_logFiles.isEmpty() ? tr("Save the lines shown here to a file")
                                            : tr("Save the whole log of the run (%1) to a file")
                                                  .arg(QFileInfo(m_logFiles.last().path).fileName()));
}

void LogPane::openLogFile()
{
    const QStringList files = logFiles();
    const QString path =
        m_fileMatch.isValid() ? files.value(m_fileMatch.file) : files.value(files.size() - 1);
    if (path.isEmpty())
        return;
    if (m_fileOpener)
        m_fileOpener(path);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

// --- find -----------------------------------------------------------------------------------------------

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
    if (needle.isEmpty()) {
        focusSearch(); // F3 before anything was typed
        return false;
    }
    cancelFileSearch();
    const bool caseSensitive = m_matchCase->isChecked();
    if (m_view->find(needle, backwards, caseSensitive)) {
        setSearchFailed(false);
        clearStatus();
        m_fileMatch = {};
        return true;
    }
    // Not among the lines shown: the log file has every line, whole.
    if (m_logFiles.isEmpty() || !m_view->hasHiddenText()) {
        showNoMatch(needle);
        return false;
    }
    searchLogFiles(needle, backwards, caseSensitive);
    return false;
}

void LogPane::searchLogFiles(const QString &needle, bool backwards, bool caseSensitive)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_fileSearchCancel = cancel;
    const QStringList files = logFiles();
    const bool goOn = m_fileMatch.isValid() && m_fileMatchNeedle == needle &&
                      m_fileMatchCaseSensitive == caseSensitive; // F3 again: the next one in the file
    const LogFileSearch::Match after = goOn ? m_fileMatch : LogFileSearch::Match();
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    setSearchFailed(false);
    showStatus(tr("Not in the lines shown here: searching the log file…"), false);
    using Result = std::pair<LogFileSearch::Match, QString>;
    runInBackground(
        this,
        [files, needle, cs, backwards, after, cancel] {
            QString error;
            const LogFileSearch::Match match =
                LogFileSearch::find(files, needle, cs, backwards, after, cancel.get(), &error);
            return Result(match, error);
        },
        [this, files, needle, caseSensitive, cancel](const Result &result) {
            if (cancel != m_fileSearchCancel)
                return; // a newer search, or the files were forgotten
            m_fileSearchCancel.reset();
            const LogFileSearch::Match &match = result.first;
            if (!match.isValid()) {
                m_fileMatch = {};
                if (result.second.isEmpty()) {
                    showNoMatch(needle);
                } else {
                    setSearchFailed(true);
                    showStatus(result.second, true);
                }
                emit fileSearchFinished(false);
                return;
            }
            m_fileMatch = match;
            m_fileMatchNeedle = needle;
            m_fileMatchCaseSensitive = caseSensitive;
            const QString path = files.value(match.file);
            showStatus(tr("“%1” is not in the lines shown here: it is in the log file %2 at line %3.")
                           .arg(needle, QFileInfo(path).fileName())
                           .arg(match.line),
                       false);
            m_status->setToolTip(QStringLiteral("%1:%2\n%3")
                                     .arg(native(path))
                                     .arg(match.line)
                                     .arg(match.text.left(StatusLineText)));
            m_openFile->setToolTip(
                tr("Open the log file %1 (the text is at line %2)").arg(native(path)).arg(match.line));
            m_openFile->show();
            emit fileSearchFinished(true);
        });
}

void LogPane::cancelFileSearch()
{
    if (m_fileSearchCancel) {
        m_fileSearchCancel->store(true);
        m_fileSearchCancel.reset();
    }
}

void LogPane::showNoMatch(const QString &needle)
{
    setSearchFailed(true);
    m_openFile->hide();
    showStatus(tr("No match for “%1”").arg(needle), true);
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
    m_statusRow->setVisible(!text.isEmpty());
}

void LogPane::clearStatus()
{
    m_status->clear();
    m_status->setToolTip(QString());
    m_openFile->hide();
    m_statusRow->hide();
}

// --- copy and save ----------------------------------------------------------------------------------------

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
        m_logFiles.isEmpty()
            ? QDir::homePath() +
                  QStringLiteral("/upgrade-log-%1.log")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            : QDir::homePath() + QLatin1Char('/') + QFileInfo(m_logFiles.last().path).fileName();
    return QFileDialog::getSaveFileName(this, tr("Save log"), suggested,
                                        tr("Log files (*.log);;Text files (*.txt);;All files (*)"));
}

bool LogPane::saveLog()
{
    if (m_saving)
        return false;
    const QString path = askSaveFileName();
    if (path.isEmpty())
        return false;
    const QStringList files = logFiles();
    if (files.isEmpty())
        return saveShownLines(path, QString());

    // The whole log: the run's log files, one after the other, copied off the GUI thread (a log can be
    // large, the target on a slow share) into a file written aside and renamed into place.
    struct Result
    {
        QString unreadable; // a log file that could not be read, and why
        QString error;      // the target could not be written
    };
    m_saving = true;
    m_save->setEnabled(false);
    showStatus(tr("Saving the log to %1…").arg(native(path)), false);
    runInBackground(
        this,
        [files, path] {
            Result result;
            QSaveFile out(path);
            const auto failed = [&] {
                result.error = tr("Could not save the log to %1: %2.").arg(native(path), out.errorString());
                return result;
            };
            if (!out.open(QIODevice::WriteOnly))
                return failed();
            for (const QString &file : files) {
                QFile in(file);
                if (!in.open(QIODevice::ReadOnly)) {
                    result.unreadable = QStringLiteral("%1 (%2)").arg(native(file), in.errorString());
                    return result;
                }
                while (!in.atEnd()) {
                    const QByteArray block = in.read(1 << 20);
                    if (block.isEmpty() && in.error() != QFileDevice::NoError) {
                        result.unreadable = QStringLiteral("%1 (%2)").arg(native(file), in.errorString());
                        return result;
                    }
                    if (out.write(block) != block.size())
                        return failed();
                }
            }
            if (!out.commit())
                return failed();
            return result;
        },
        [this, path](const Result &result) {
            m_saving = false;
            m_save->setEnabled(true);
            if (!result.unreadable.isEmpty()) {
                saveShownLines(path, tr("The log file %1 cannot be read.").arg(result.unreadable));
                return;
            }
            if (!result.error.isEmpty()) {
                showStatus(result.error, true);
                emit saveFailed(result.error);
                return;
            }
            showStatus(tr("Saved the whole log to %1.").arg(native(path)), false);
            emit logSaved(path);
        });
    return true;
}

// The lines the view holds; note: why not the whole log.
bool LogPane::saveShownLines(const QString &path, const QString &note)
{
    QString error;
    if (!m_view->saveTo(path, &error)) {
        showStatus(error, true);
        emit saveFailed(error);
        return false;
    }
    const qint64 dropped = m_view->droppedLineCount();
    if (!note.isEmpty())
        showStatus(tr("Saved the lines shown here to %1. %2").arg(native(path), note), true);
    else if (dropped > 0)
        showStatus(tr("Saved the lines shown here to %1; %n earlier line(s) were no longer kept.", nullptr,
                      clampToInt(dropped))
                       .arg(native(path)),
                   false);
    else
        showStatus(tr("Saved the log to %1.").arg(native(path)), false);
    emit logSaved(path);
    return true;
}

void LogPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeButtons();
}

void LogPane::placeButtons()
{
    // The search field keeps room for about 16 characters; what is left decides the buttons' row.
    const int searchRoom = m_search->fontMetrics().averageCharWidth() * 16;
    const int beside = searchRoom + m_matchCase->sizeHint().width() + m_buttons->sizeHint().width() +
                       2 * m_searchRow->spacing();
    const bool below = width() < beside;
    if (below == (m_buttonRow->indexOf(m_buttons) >= 0))
        return;
    if (below) {
        m_searchRow->removeWidget(m_buttons);
        m_buttonRow->insertWidget(0, m_buttons);
    } else {
        m_buttonRow->removeWidget(m_buttons);
        m_searchRow->addWidget(m_buttons);
    }
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
