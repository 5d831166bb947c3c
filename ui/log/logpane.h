#pragma once

#include "ui/log/logfilesearch.h"

#include <QPalette>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace mua {

class LogView;

// The live log with its toolbar: find (Ctrl+F, F3 and Shift+F3 from anywhere in the window while the
// pane is shown; Enter next, Shift+Enter previous, Escape back to the log), copy, save, follow,
// timestamps and wrapping (on until turned off; remembered).
//
// The view keeps the newest lines only. Given the run's log file (setLogFile()), the pane says where the
// earlier lines are, searches the file when the lines shown do not have the text, and "Save log…" saves
// the whole file; without one, it says how many lines are not shown and saves those that are.
class LogPane : public QWidget
{
    Q_OBJECT

public:
    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    LogView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QString statusText() const; // the toolbar's last message ("No match", "Saved …", an error)

    // The run's log files since the view was last cleared, oldest first (a resumed run adds its own).
    QStringList logFiles() const;
    // Where the last search found its text in a log file (invalid when it found it among the lines shown).
    LogFileSearch::Match fileMatch() const { return m_fileMatch; }

    // Where "Save log…" asks for a file name; the default opens a file dialog. An empty answer cancels.
    void setSaveFileNameProvider(std::function<QString()> provider);
    // How "Open log file" opens a file; the default hands it to the desktop.
    void setFileOpener(std::function<void(const QString &path)> opener);

public slots:
    // The file the run writes its whole log to, from the lines that arrive next on (an empty path: none).
    void setLogFile(const QString &path);
    void focusSearch();
    bool findNext(); // false also while the log file is being searched (the answer comes later)
    bool findPrevious();
    void copyLog(); // the selected lines, or everything when nothing is selected
    // The log files when there are any (copied off the GUI thread: logSaved comes later), else the lines
    // shown. False when cancelled or when it failed.
    bool saveLog();
    void openLogFile(); // the file of the last match in a log file, else the newest log file

signals:
    void logSaved(const QString &path);
    void saveFailed(const QString &error);
    void fileSearchFinished(bool found);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct LogFile
    {
        qint64 firstLine = 0; // in LogView::totalLineCount() numbering: lines before it are not in it
        QString path;
    };

    bool search(bool backwards);
    void searchLogFiles(const QString &needle, bool backwards, bool caseSensitive);
    void cancelFileSearch();
    void showNoMatch(const QString &needle);
    void showStatus(const QString &text, bool problem);
    void clearStatus();
    void setSearchFailed(bool failed);
    void updateHeader();
    void updateSaveToolTip();
    void forgetLogFiles();
    bool saveShownLines(const QString &path, const QString &note);
    QString askSaveFileName();

    LogView *m_view;
    QLineEdit *m_search;
    QToolButton *m_matchCase;
    QLabel *m_status;
    QWidget *m_statusRow = nullptr;
    // The buttons beside the search field, or on a row of their own below it when the pane is too
    // narrow for both (a German or French window at its smallest, or at 200 %).
    QWidget *m_buttons = nullptr;
    QHBoxLayout *m_searchRow = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
    void placeButtons();
    QToolButton *m_openFile;
    QToolButton *m_copy;
    QToolButton *m_save;
    QToolButton *m_follow;
    QToolButton *m_timestamps;
    QToolButton *m_wrap;
    std::function<QString()> m_saveFileNameProvider;
    std::function<void(const QString &)> m_fileOpener;
    QPalette m_searchPalette;

    QList<LogFile> m_logFiles;
    LogFileSearch::Match m_fileMatch;
    QString m_fileMatchNeedle;
    bool m_fileMatchCaseSensitive = false;
    std::shared_ptr<std::atomic_bool> m_fileSearchCancel;
    bool m_saving = false;
};

} // namespace mua
