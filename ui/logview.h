#pragma once

#include "logline.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QIcon>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>
#include <vector>

namespace mua {

// The live log: a bounded ring of lines (memory bounded by line count, never by log length: the full
// log is on disk), resolved once on arrival (ANSI SGR colours, `\r` progress redraws, control characters)
// and painted at most once per frame, visible lines only. Selection is by line.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int DefaultMaximumLines = 100000;
    static constexpr int MaximumLineLength = 10000; // longer lines are cut and end in an ellipsis

    // A stretch of a line's text in one style, as the view resolved it (for tests and tooling).
    struct Span
    {
        int start = 0;
        int length = 0;
        int colour = -1; // ANSI colour 0–15 (30–37 are 0–7, 90–97 are 8–15); -1: the line's default
        bool bold = false;
        bool operator==(const Span &) const = default;
    };

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void appendChunk(const LogChunk &chunk);
    void appendLines(const QStringList &lines, LogStream stream = LogStream::Stdout);
    void clear();

    int maximumLines() const { return m_maximumLines; }
    void setMaximumLines(int lines); // keeps the newest lines

    int lineCount() const { return m_count; }
    QString plainText(int line) const; // the line as shown, without escapes or timestamp
    LogStream lineStream(int line) const;
    qint64 lineTimestamp(int line) const; // msecs since the epoch
    QList<Span> spans(int line) const;
    bool isTruncated(int line) const;
    // Every line as shown, one per line, timestamps included when shown.
    QString toPlainText() const;

    bool showTimestamps() const { return m_showTimestamps; }
    void setShowTimestamps(bool show);

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
    void selectAll();
    void clearSelection();
    void copy() const; // the selected lines, as plain text

signals:
    void followingChanged(bool following);
    void selectionChanged();
    void lineCountChanged(int lines); // throttled to the frame rate

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
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // One stored line. Its characters live in a text block (see m_blocks): the shown text (`length`
    // characters), then two characters per colour run (start, style). No allocation per line.
    struct Line
    {
        qint64 msecs = 0;
        quint32 block = 0; // absolute block number
        quint16 offset = 0;
        quint16 length = 0;
        quint16 runs = 0;
        LogStream stream = LogStream::Stdout;
        quint8 flags = 0;
    };
    // What resolving a raw line produced, before it is stored.
    struct Resolved
    {
        const QChar *data = nullptr; // text, then two characters per run
        int length = 0;
        int runs = 0;
        quint8 flags = 0;
        bool progress = false; // a pure `\r` redraw of the line before
    };
    enum LineFlag : quint8 { Narrow = 0x1, Truncated = 0x2 };

    struct Palette
    {
        std::array<QColor, 16> ansi;
        QColor text, stderrText, stderrMark, info, warning, error, timestamp, match;
    };

    const Line &lineAt(int index) const;
    Line &lineAt(int index);
    const Line &slot(int physical) const;
    Line &slot(int physical);
    const QChar *lineData(const Line &line) const;
    void appendLine(const LogLine &line);
    Resolved resolve(const QString &raw);
    void writeText(Line *line, const Resolved &resolved);
    void releaseBlocks(); // those no line uses any more
    void scheduleFrame();
    void frame();
    void syncScrollBars();
    void updateMetrics();
    void updateColours();
    void prepareGlyphs();
    void updateAccessibleDescription();
    int visibleLineCapacity() const; // whole lines that fit
    int textLeft() const;            // where the text column starts, in viewport coordinates
    int lineAtY(int y) const;        // clamped to existing lines; -1 when empty
    void ensureLineVisible(int line, bool centre);
    void ensureColumnsVisible(int line, int start, int length);
    void moveCursor(int line, bool extend);
    void setAnchorAndCursor(qint64 anchor, qint64 cursor);
    int toIndex(qint64 absolute) const;
    QString timestampText(qint64 msecs) const;
    QString exportLine(int line) const;
    QColor styleColour(const Line &line, quint8 style) const;
    qreal columnX(const Line &line, int column) const;
    void onScrollValueChanged(int value);
    void dragScroll();

    // Memory for lines and their text comes in populated pages (see mapMemory()).
    struct MappedDeleter
    {
        MappedDeleter() noexcept {}
        explicit MappedDeleter(size_t size) noexcept
            : bytes(size)
        {}
        void operator()(void *memory) const;
        size_t bytes = 0;
    };
    using Segment = std::unique_ptr<Line[], MappedDeleter>;
    using Block = std::unique_ptr<char16_t[], MappedDeleter>;
    static Segment allocateSegment();
    static Block allocateBlock();

    // Ring of lines in fixed-size segments: logical line i is physical (m_head + i) % m_maximumLines.
    std::vector<Segment> m_segments;
    // Text blocks, oldest first; lines use them in order, so they are released from the front.
    std::deque<Block> m_blocks;
    std::vector<Block> m_spareBlocks; // recycled: a steady flood maps nothing
    quint32 m_firstBlock = 0;         // absolute number of m_blocks.front()
    int m_writePosition = 0;          // in m_blocks.back()
    int m_head = 0;
    int m_count = 0;
    int m_maximumLines = DefaultMaximumLines;
    qint64 m_firstAbsolute = 0;   // absolute number of line 0 (lines ever evicted)
    int m_evictedSinceSync = 0;   // for keeping a paused view on the same content
    int m_maxColumns = 0;         // approximate widest line in characters
    qreal m_maxMeasuredWidth = 0; // widest line actually measured while painting
    QString m_scratch;            // reused while resolving: text, then runs

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
    bool m_syncing = false;
    bool m_glyphsPrepared = false;
    int m_reportedCount = 0;

    int m_lineHeight = 1;
    int m_ascent = 0;
    qreal m_charWidth = 1;
    int m_timestampWidth = 0;
    int m_gutterWidth = 0;
    QFont m_boldFont;
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
