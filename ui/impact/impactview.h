#pragma once

#include "core/model/impactreport.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QThreadPool;
class QTreeView;

namespace mua {

class ImpactFilter;
class MessageBar;

// The impact report in the wizard (issue 19): the findings the HTML page and `impact --json` list, as a
// sortable table a screen reader reads row by row, filtered by level, type and file; below it the
// selected finding's three texts side by side: the vendor file before and after the move, with the lines
// the vendor removed and added marked, and the store's copy, with the lines that differ from the new
// vendor file marked. It informs: nothing here changes the store or blocks the upgrade.
class ImpactView : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactView(QWidget *parent = nullptr);
    ~ImpactView() override;

    void setReport(const ImpactReport &report);
    const ImpactReport &report() const { return m_report; }

    // Where "Save as HTML…" writes: a file dialog unless a test puts its own answer here (an empty
    // path: the person cancelled).
    void setSavePathAsker(std::function<QString()> asker) { m_askSavePath = std::move(asker); }

    // The finding shown in the panes, when one is selected.
    std::optional<ImpactFinding> currentFinding() const;
    // Selects the finding at row (in the report's order) and shows it; false when it is filtered out.
    bool selectFinding(int row);

    // The selected finding's files are being read (the panes fill when they are in).
    bool isReading() const { return m_reading; }
    // "Save as HTML…" or "Copy as patch" is at work off the GUI thread (its button is off until then).
    bool isSaving() const { return m_saving; }
    bool isCopying() const { return m_copying; }

    // The three panes (tests, screenshots): vendor before, vendor after, the store's copy.
    enum class Pane { OldVendor, NewVendor, Store };
    QPlainTextEdit *pane(Pane pane) const;
    // The 0-based lines marked in a pane.
    QList<int> markedLines(Pane pane) const;

signals:
    // The selected finding's texts are in the panes (they are read off the GUI thread), or the panes
    // were emptied.
    void findingShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void showCounts();
    void showFinding(const QModelIndex &proxyIndex);
    void clearPanes();
    void setPane(Pane pane, bool exists, const QString &text, const QList<int> &marked,
                 const QString &missing);
    void openInEditor();
    void copyPatch();
    void saveHtml();
    QString askSavePath();

    ImpactReport m_report;
    QList<int> m_marked[3];
    bool m_reading = false;
    bool m_saving = false;
    bool m_copying = false;
    quint64 m_generation = 0; // of the finding being read: an answer for an older one is dropped
    std::function<QString()> m_askSavePath;
    // The page and the patch are made here, off the GUI thread; the view waits for them when it goes,
    // so that a page being written is written whole.
    QThreadPool *m_pool;

    QLabel *m_countsLabel;
    QWidget *m_filterRow;
    QComboBox *m_levelCombo;
    QComboBox *m_typeCombo;
    QLineEdit *m_fileEdit;
    QSplitter *m_splitter;
    QStandardItemModel *m_model;
    ImpactFilter *m_proxy;
    QTreeView *m_tree;
    QLabel *m_shownLabel;
    QPushButton *m_openButton;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    MessageBar *m_messageBar;
    QLabel *m_detailLabel;
    QLabel *m_captions[3];
    QPlainTextEdit *m_panes[3];
};

} // namespace mua
