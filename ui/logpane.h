#pragma once

#include <QPalette>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace mua {

class LogView;

// The live log with its toolbar: find (Ctrl+F; Enter next, Shift+Enter previous, Escape back to the
// log), copy, save, follow and timestamps.
class LogPane : public QWidget
{
    Q_OBJECT

public:
    explicit LogPane(QWidget *parent = nullptr);

    LogView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QString statusText() const; // the toolbar's last message ("No match", "Saved …", an error)

    // Where "Save log…" asks for a file name; the default opens a file dialog. An empty answer cancels.
    void setSaveFileNameProvider(std::function<QString()> provider);

public slots:
    void focusSearch();
    bool findNext();
    bool findPrevious();
    void copyLog(); // the selected lines, or everything when nothing is selected
    bool saveLog();

signals:
    void logSaved(const QString &path);
    void saveFailed(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool search(bool backwards);
    void showStatus(const QString &text, bool problem);
    void setSearchFailed(bool failed);
    QString askSaveFileName();

    LogView *m_view;
    QLineEdit *m_search;
    QToolButton *m_matchCase;
    QLabel *m_status;
    QToolButton *m_copy;
    QToolButton *m_save;
    QToolButton *m_follow;
    QToolButton *m_timestamps;
    std::function<QString()> m_saveFileNameProvider;
    QPalette m_searchPalette;
};

} // namespace mua
