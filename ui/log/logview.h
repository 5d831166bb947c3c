#pragma once

#include "core/model/logline.h"
#include "ui/log/logring.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QRawFont>
#include <QTimer>
#include <QVarLengthArray>

#include <array>

class QPainter;

namespace mua {

// The live log on screen: the lines of a LogRing (bounded, resolved and classified once on arrival; no
// widgets there), painted at most once per frame, visible lines only. Long lines scroll sideways or wrap
// at the view's width. Selection is by line.
//
// Scrolling: the vertical scroll bar counts lines (a header row, when there is one, counts as one). With
// wrapping, a line can take several rows: the view's top is a line and a row within it, so the wheel,
// dragging and the keyboard move by rows and every row of a line taller than the view can be seen, while
// the scroll bar moves by whole lines.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int DefaultMaximumLines = LogRing::DefaultMaximumLines;
    static constexpr int MaximumLineLength = LogRing::MaximumLineLength; // longer lines are cut
    using Span = LogRing::Span; // a stretch of a line's text in one style

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void appendChunk(const LogChunk &chunk);
    void appendLines(const QStringList &lines, LogStream stream = LogStream::Stdout);
    void clear();

    int maximumLines() const { return m_ring.maximumLines(); }
    void setMaximumLines(int lines); // keeps the newest lines

    int lineCount() const { return m_ring.count(); }
    QString plainText(int line) const; // the line as shown, without escapes or timestamp
    LogStream lineStream(int line) const;
    qint64 lineTimestamp(int line) const; // msecs since the epoch
    QList<Span> spans(int line) const;
    bool isTruncated(int line) const;
    LineMeaning lineMeaning(int line) const; // what a child's line says (our own lines: Plain)
    // The colour the character at column is painted in (unselected), and whether it is bold.
    QColor textColour(int line, int column = 0) const;
    bool isBold(int line, int column = 0) const;
    // Every line as shown, one per line, timestamps included when shown.
    QString toPlainText() const;

    bool showTimestamps() const { return m_showTimestamps; }
    void setShowTimestamps(bool show);

    bool wrapsLines() const { return m_wrap; }
    // Rows a line takes at the view's width (1 without wrapping), and the column each starts at.
    int rowCount(int line) const;
    QList<int> rowStarts(int line) const;
    // Where a line is painted, in viewport coordinates (all its rows); null when it is not in sight.
    QRect lineRect(int line) const;

    // Lines that fell out of the ring since the last clear(), and whether anything of the log is not
    // here (such lines, or lines cut at MaximumLineLength).
    qint64 droppedLineCount() const { return m_ring.droppedCount(); }
    bool hasHiddenText() const { return droppedLineCount() > 0 || m_ring.truncatedCount() > 0; }
    // Every line added since the last clear(), shown or dropped.
    qint64 totalLineCount() const { return m_ring.totalCount(); }
    // A row shown above the first line (for example where the dropped lines are); empty: none.
    QString headerText() const { return m_header; }
    void setHeaderText(const QString &text);

    // Following: the view keeps the newest line in sight. Scrolling up pauses it; scrolling back to the
    // bottom resumes it.
    bool isFollowing() const { return m_following; }

    bool hasSelection() const;
    int selectionStart() const; // -1 without a selection
    int selectionEnd() const;   // inclusive; -1 without a selection
    void selectLines(int first, int last);
    QString selectedText() const; // timestamps included when shown

    // Selects and shows the next (or previous) line containing needle, wrapping around. Returns
    // false, and leaves the selection alone, when no line contains it.
    bool find(const QString &needle, bool backwards = false, bool caseSensitive = false);

    // Writes what is in the view as plain text (timestamps included when shown). On failure returns
    // false and sets *error to one sentence naming the file.
    bool saveTo(const QString &path, QString *error = nullptr) const;

    QSize sizeHint() const override;

public slots:
    void setFollowing(bool follow);
    void setWrapLines(bool wrap);
    void selectAll();
    void clearSelection();
    void copy() const; // the selected lines, as plain text

signals:
    void followingChanged(bool following);
    void selectionChanged();
    void lineCountChanged(int lines);         // throttled to the frame rate
    void droppedLinesChanged(qint64 dropped); // throttled to the frame rate
    void cleared();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    using Line = LogRing::Line;

    struct Palette
    {
        std::array<QColor, 16> ansi;
        QColor text, stderrMark, info, warning, error, timestamp, match, header, headerBackground;
    };

    // A place in the view: a line (-1: the header row) and a row of it (wrapping).
    struct Position
    {
        int line = 0;
        int row = 0;
        bool operator==(const Position &) const = default;
    };
    using RowStarts = QVarLengthArray<int, 8>;

    const Line &lineAt(int index) const { return m_ring.at(index); }
    const QChar *lineData(const Line &line) const { return m_ring.data(line); }
    void appendLine(qint64 msecsSinceEpoch, LogStream stream, QStringView text);
    void linesArrived();
    void scheduleFrame();
    void frame();
    void syncScrollBars();
    void updateMetrics();
    void updateColours();
    void prepareGlyphs();
    void updateAccessibleDescription();
    int visibleRowCapacity() const; // whole rows that fit
    int visibleLineCount() const;   // lines whose first row is in sight, at least 1
    int textLeft() const;           // where the text column starts, in viewport coordinates
    qreal wrapWidth() const;        // of the text column, when wrapping
    int lineAtY(int y) const;       // clamped to existing lines; -1 when empty
    int headerRows() const { return m_header.isEmpty() ? 0 : 1; }
    int topLine() const; // -1: the header row
    Position topPosition() const { return {topLine(), m_wrap ? m_topRow : 0}; }
    Position bottomPosition() const; // the top that shows the last row at the bottom
    Position rowsBack(Position from, int rows) const;
    // Rows from the top of the view to (line, row), or -1 above it; stops counting past limit.
    int rowOffset(int line, int row, int limit) const;
    void setTopPosition(Position position);
    void scrollRows(int rows);
    void wrapRows(int index, RowStarts *starts) const;
    int rowsOf(int line) const;
    void ensureLineVisible(int line, bool centre);
    void ensureRowsVisible(int line, int firstRow, int rows, bool centre);
    void ensureColumnsVisible(int line, int start, int length);
    void moveCursor(int line, bool extend);
    void setAnchorAndCursor(qint64 anchor, qint64 cursor);
    QString timestampText(qint64 msecs) const;
    QString exportLine(int line) const;
    QColor styleColour(const Line &line, quint8 style) const;
    qreal columnX(const Line &line, int column) const;
    qreal columnX(const Line &line, int from, int column) const; // from the start of a row
    void paintHeader(QPainter &p, int y, const RowStarts &starts, qreal x0);
    void paintText(QPainter &p, const Line &line, int y, int from, int to, qreal x0, qreal left, qreal right,
                   bool selected, const QColor &highlightedText, bool *widthGrew);
    void onScrollValueChanged(int value);
    void dragScroll();

    LogRing m_ring;
    qint64 m_syncedFirstAbsolute = 0; // the ring's first line when the scroll bar was last synced
    qreal m_maxMeasuredWidth = 0;     // widest line actually measured while painting
    QString m_header;
    bool m_headerNarrow = true;
    qreal m_headerWidth = 0;
    int m_syncedHeaderRows = 0; // the header rows the scroll bar's value counts
    // Wrapped rows of lines that are not plain ASCII (Qt's line breaking costs), by absolute line.
    mutable QHash<qint64, RowStarts> m_wrapCache;
    mutable qreal m_wrapCacheWidth = -1;

    // Selection: absolute line numbers, so lines leaving the ring do not shift it.
    qint64 m_anchor = -1;
    qint64 m_cursor = -1;
    qint64 m_matchLine = -1;
    int m_matchStart = 0;
    int m_matchLength = 0;
    bool m_dragging = false;
    int m_dragY = 0;

    bool m_following = true;
    bool m_showTimestamps = false;
    bool m_wrap = false;
    int m_topRow = 0;     // wrapping: the first row of the top line in sight
    int m_wheelDelta = 0; // wrapping: wheel angle not yet turned into rows
    bool m_syncing = false;
    bool m_glyphsPrepared = false;
    int m_reportedCount = 0;
    qint64 m_reportedDropped = 0;

    int m_lineHeight = 1;
    int m_ascent = 0;
    qreal m_charWidth = 1;
    int m_timestampWidth = 0;
    int m_gutterWidth = 0;
    QFont m_boldFont;
    // Printable ASCII as glyphs of the regular and the bold font, for painting plain ASCII without
    // shaping it every frame (valid: the font has every one of them, all as wide as m_charWidth).
    struct AsciiGlyphs
    {
        QRawFont font;
        std::array<quint32, 95> index{};
        bool valid = false;
    };
    std::array<AsciiGlyphs, 2> m_asciiGlyphs;
    void updateAsciiGlyphs();
    bool drawAscii(QPainter &p, bool bold, const QChar *text, int length, qreal x, qreal baseline) const;
    Palette m_colours;
    QIcon m_warningIcon;
    QIcon m_errorIcon;
    mutable qint64 m_stampSecond = -1;
    mutable QString m_stampText;

    QTimer m_frameTimer;
    QTimer m_accessibleTimer;
    QTimer m_dragTimer;
};

} // namespace mua
