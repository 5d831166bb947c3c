// Past 800 lines on purpose: one widget's painting, scrolling, selection, search and keyboard, all over
// the same rows of wrapped lines; the lines themselves (ring, resolver, classifier) live in mualog.
#include "ui/log/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStringView>
#include <QStyle>
#include <QTextLayout>
#include <QVarLengthArray>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mua {

namespace {

constexpr int FrameIntervalMs = 16;        // at most one repaint per frame
constexpr int AccessibleIntervalMs = 1000; // screen readers hear about new lines at most once a second
constexpr int AccessibleTextLength = 300;  // of a line, in the accessible description
constexpr size_t WrapCacheLines = 1024;    // lines whose wrapped rows are remembered
constexpr int WrapIndent = 2;              // columns: a wrapped line's further rows are set in by this much
constexpr quint8 ColourMask = LineResolver::ColourMask;
constexpr quint8 BoldBit = LineResolver::BoldBit;

// Terminal palette the view starts from; every colour is then adjusted to be readable on the
// widget's own background.
constexpr QRgb AnsiBase[16] = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc,
                               0x11a8cd, 0xe5e5e5, 0x666666, 0xf14c4c, 0x23d18b, 0xf5f543,
                               0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};

double channel(double v)
{
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// c, moved toward the palette's text colour until it reads on background (WCAG AA).
QColor readable(const QColor &c, const QColor &background, const QColor &text)
{
    constexpr double Minimum = 4.5;
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = blend(c, text, step / 10.0);
        if (contrast(candidate, background) >= Minimum)
            return candidate;
    }
    return text;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Upgrade log"));
    setAccessibleDescription(tr("The log is empty."));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // not turning up mid-flood and re-laying out the pane
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);

    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(FrameIntervalMs);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &LogView::frame);
    m_accessibleTimer.setSingleShot(true);
    m_accessibleTimer.setInterval(AccessibleIntervalMs);
    connect(&m_accessibleTimer, &QTimer::timeout, this, &LogView::updateAccessibleDescription);
    m_dragTimer.setInterval(50);
    connect(&m_dragTimer, &QTimer::timeout, this, &LogView::dragScroll);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrollValueChanged);

    updateMetrics();
    updateColours();
}

LogView::~LogView() = default;

// --- the lines ----------------------------------------------------------------------------------------

void LogView::appendChunk(const LogChunk &chunk)
{
    if (chunk.isEmpty())
        return;
    for (const LogLineView line : chunk)
        appendLine(line.msecsSinceEpoch, line.stream, line.text);
    linesArrived();
}

void LogView::appendLines(const QStringList &lines, LogStream stream)
{
    if (lines.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &text : lines)
        appendLine(now, stream, text);
    linesArrived();
}

void LogView::appendLine(qint64 msecsSinceEpoch, LogStream stream, QStringView text)
{
    // A redraw of a line that was wrapped before (lines of plain ASCII never are remembered).
    if (m_ring.append(msecsSinceEpoch, stream, text) == LogRing::Appended::Replaced && !m_wrapCache.isEmpty())
        m_wrapCache.remove(m_ring.firstAbsolute() + m_ring.count() - 1);
}

void LogView::linesArrived()
{
    scheduleFrame();
    if (!m_accessibleTimer.isActive())
        m_accessibleTimer.start();
}

void LogView::clear()
{
    m_ring.clear();
    m_syncedFirstAbsolute = m_ring.firstAbsolute();
    m_wrapCache.clear();
    m_topRow = 0;
    m_header.clear();
    m_maxMeasuredWidth = 0;
    m_matchLine = -1;
    m_matchLength = 0;
    const bool hadSelection = m_anchor >= 0;
    m_anchor = m_cursor = -1;
    const bool wasFollowing = m_following;
    m_following = true;
    syncScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    m_reportedCount = 0;
    m_reportedDropped = 0;
    emit cleared();
    emit lineCountChanged(0);
    if (hadSelection)
        emit selectionChanged();
    if (!wasFollowing)
        emit followingChanged(true);
    m_accessibleTimer.start();
}

void LogView::setMaximumLines(int lines)
{
    if (std::max(1, lines) == m_ring.maximumLines())
        return;
    m_ring.setMaximumLines(lines);
    scheduleFrame();
}

// --- queries ----------------------------------------------------------------------------------------

QString LogView::plainText(int line) const
{
    if (line < 0 || line >= m_ring.count())
        return QString();
    const Line &l = lineAt(line);
    return QString(lineData(l), l.length);
}

LogStream LogView::lineStream(int line) const
{
    return line >= 0 && line < m_ring.count() ? lineAt(line).stream : LogStream::Stdout;
}

qint64 LogView::lineTimestamp(int line) const
{
    return line >= 0 && line < m_ring.count() ? lineAt(line).msecs : 0;
}

bool LogView::isTruncated(int line) const
{
    return line >= 0 && line < m_ring.count() && (lineAt(line).flags & LogRing::Truncated);
}

LineMeaning LogView::lineMeaning(int line) const
{
    return m_ring.meaning(line);
}

QColor LogView::textColour(int line, int column) const
{
    if (line < 0 || line >= m_ring.count())
        return QColor();
    const Line &l = lineAt(line);
    for (const Span &span : spans(line)) {
        if (column >= span.start && column < span.start + span.length)
            return styleColour(l, quint8(span.colour + 1));
    }
    return styleColour(l, 0);
}

bool LogView::isBold(int line, int column) const
{
    if (line < 0 || line >= m_ring.count())
        return false;
    const Line &l = lineAt(line);
    if (l.stream == LogStream::Error || (l.flags & LogRing::MeansError))
        return true;
    for (const Span &span : spans(line)) {
        if (column >= span.start && column < span.start + span.length)
            return span.bold;
    }
    return false;
}

QList<LogView::Span> LogView::spans(int line) const
{
    return m_ring.spans(line);
}

QString LogView::timestampText(qint64 msecs) const
{
    const qint64 second = msecs / 1000;
    if (second != m_stampSecond) { // lines come in bursts: one conversion per second of log
        m_stampSecond = second;
        m_stampText = QDateTime::fromMSecsSinceEpoch(second * 1000).toString(QStringLiteral("HH:mm:ss"));
    }
    return m_stampText;
}

QString LogView::exportLine(int line) const
{
    if (!m_showTimestamps)
        return plainText(line);
    const Line &l = lineAt(line);
    QString text = timestampText(l.msecs);
    text += QLatin1Char(' ');
    text.append(lineData(l), l.length);
    return text;
}

QString LogView::toPlainText() const
{
    QString result;
    qsizetype size = 0;
    for (int i = 0; i < m_ring.count(); ++i)
        size += lineAt(i).length + 1 + (m_showTimestamps ? 9 : 0);
    result.reserve(size);
    for (int i = 0; i < m_ring.count(); ++i) {
        if (i > 0)
            result += QLatin1Char('\n');
        result += exportLine(i);
    }
    return result;
}

bool LogView::hasSelection() const
{
    return m_anchor >= 0 && std::max(m_anchor, m_cursor) >= m_ring.firstAbsolute() && m_ring.count() > 0;
}

int LogView::selectionStart() const
{
    if (!hasSelection())
        return -1;
    return int(std::max(std::min(m_anchor, m_cursor), m_ring.firstAbsolute()) - m_ring.firstAbsolute());
}

int LogView::selectionEnd() const
{
    if (!hasSelection())
        return -1;
    return int(std::min<qint64>(std::max(m_anchor, m_cursor) - m_ring.firstAbsolute(), m_ring.count() - 1));
}

QString LogView::selectedText() const
{
    const int first = selectionStart();
    if (first < 0)
        return QString();
    const int last = selectionEnd();
    QString result;
    for (int i = first; i <= last; ++i) {
        if (i > first)
            result += QLatin1Char('\n');
        result += exportLine(i);
    }
    return result;
}

// --- selection, find, copy, save ---------------------------------------------------------------------

void LogView::setAnchorAndCursor(qint64 anchor, qint64 cursor)
{
    m_anchor = anchor;
    m_cursor = cursor;
    viewport()->update();
    emit selectionChanged();
}

void LogView::selectLines(int first, int last)
{
    if (m_ring.count() == 0)
        return;
    first = std::clamp(first, 0, m_ring.count() - 1);
    last = std::clamp(last, 0, m_ring.count() - 1);
    m_matchLength = 0;
    setAnchorAndCursor(m_ring.firstAbsolute() + first, m_ring.firstAbsolute() + last);
}

void LogView::selectAll()
{
    selectLines(0, m_ring.count() - 1);
}

void LogView::clearSelection()
{
    if (m_anchor < 0)
        return;
    m_matchLength = 0;
    setAnchorAndCursor(-1, -1);
}

void LogView::copy() const
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

bool LogView::find(const QString &needle, bool backwards, bool caseSensitive)
{
    if (needle.isEmpty() || m_ring.count() == 0)
        return false;
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const int n = m_ring.count();
    const int cursor = m_ring.toIndex(m_cursor);
    const int matchLine = m_matchLength > 0 && m_matchLine == m_cursor ? cursor : -1;

    // Where to start: just past the current match, else on the cursor's line, else in the view.
    int startLine;
    int startColumn; // forward: first column to look at; backward: last column a match may start at
    if (matchLine >= 0) {
        startLine = matchLine;
        startColumn = backwards ? m_matchStart - 1 : m_matchStart + 1;
    } else if (cursor >= 0) {
        startLine = cursor;
        startColumn = backwards ? MaximumLineLength + 1 : 0;
    } else {
        syncScrollBars();
        const int top = std::clamp(topLine(), 0, n - 1);
        startLine = backwards ? std::min(n - 1, top + visibleLineCount() - 1) : top;
        startColumn = backwards ? MaximumLineLength + 1 : 0;
    }

    for (int k = 0; k <= n; ++k) {
        const int index = backwards ? ((startLine - k) % n + n) % n : (startLine + k) % n;
        const Line &line = lineAt(index);
        const QStringView text(lineData(line), line.length);
        qsizetype found = -1;
        if (k == 0) {
            if (backwards)
                found = startColumn < 0
                            ? -1
                            : text.lastIndexOf(needle, std::min<qsizetype>(startColumn, text.size()), cs);
            else
                found = startColumn > text.size() ? -1 : text.indexOf(needle, startColumn, cs);
        } else if (k == n) { // back on the starting line: the part not searched yet
            found = backwards ? text.lastIndexOf(needle, text.size(), cs) : text.indexOf(needle, 0, cs);
            if (found >= 0 && (backwards ? found <= startColumn : found >= startColumn))
                found = -1;
        } else {
            found = backwards ? text.lastIndexOf(needle, text.size(), cs) : text.indexOf(needle, 0, cs);
        }
        if (found < 0)
            continue;
        const qint64 absolute = m_ring.firstAbsolute() + index;
        m_matchLine = absolute;
        m_matchStart = int(found);
        m_matchLength = int(needle.size());
        setAnchorAndCursor(absolute, absolute);
        if (!m_wrap)
            ensureLineVisible(index, true);
        ensureColumnsVisible(index, m_matchStart, m_matchLength); // wrapping: the rows of the match
        updateAccessibleDescription();
        return true;
    }
    return false;
}

bool LogView::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = tr("Could not save the log to %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    QByteArray buffer;
    constexpr qsizetype FlushBytes = 1 << 20;
    buffer.reserve(FlushBytes + 64 * 1024);
    for (int i = 0; i < m_ring.count(); ++i) {
        buffer += exportLine(i).toUtf8();
        buffer += '\n';
        if (buffer.size() >= FlushBytes) {
            if (file.write(buffer) != buffer.size())
                return fail();
            buffer.resize(0);
        }
    }
    if (file.write(buffer) != buffer.size() || !file.commit())
        return fail();
    return true;
}

// --- following, frames, scrolling ---------------------------------------------------------------------

void LogView::setFollowing(bool follow)
{
    if (follow == m_following)
        return;
    m_following = follow;
    if (follow) {
        syncScrollBars();
        viewport()->update();
    }
    emit followingChanged(follow);
    updateAccessibleDescription();
}

void LogView::scheduleFrame()
{
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void LogView::frame()
{
    syncScrollBars();
    if (m_anchor >= 0 && std::max(m_anchor, m_cursor) < m_ring.firstAbsolute()) { // scrolled out of the ring
        m_anchor = m_cursor = -1;
        emit selectionChanged();
    }
    viewport()->update();
    if (m_ring.count() != m_reportedCount) {
        m_reportedCount = m_ring.count();
        emit lineCountChanged(m_ring.count());
    }
    if (droppedLineCount() != m_reportedDropped) {
        m_reportedDropped = droppedLineCount();
        emit droppedLinesChanged(m_reportedDropped);
    }
}

void LogView::setWrapLines(bool wrap)
{
    if (wrap == m_wrap)
        return;
    syncScrollBars();
    const int top = topLine();
    m_wrap = wrap;
    m_topRow = 0;
    m_wheelDelta = 0;
    horizontalScrollBar()->setValue(0);
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    syncScrollBars();
    if (!m_following) { // the same lines stay in sight
        setTopPosition({top, 0});
        if (const int cursor = m_ring.toIndex(m_cursor); cursor >= 0)
            ensureLineVisible(cursor, false);
    }
    viewport()->update();
}

void LogView::setHeaderText(const QString &text)
{
    if (text == m_header)
        return;
    m_header = text;
    m_headerNarrow = std::all_of(text.cbegin(), text.cend(),
                                 [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; });
    QFont italic = font();
    italic.setItalic(true);
    m_headerWidth = QFontMetricsF(italic).horizontalAdvance(text);
    m_wrapCache.remove(-1);
    syncScrollBars(); // the header is a row of its own: the scroll bar counts it
    viewport()->update();
}

int LogView::visibleRowCapacity() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

int LogView::visibleLineCount() const
{
    const int page = visibleRowCapacity();
    if (!m_wrap)
        return page;
    const Position top = topPosition();
    int rows = 0;
    int lines = 0;
    for (int line = std::max(0, top.line); line < m_ring.count() && rows < page; ++line) {
        rows += rowsOf(line) - (line == top.line ? top.row : 0);
        ++lines;
    }
    return std::max(1, lines);
}

int LogView::textLeft() const
{
    return m_gutterWidth + (m_showTimestamps ? m_timestampWidth : 0);
}

qreal LogView::wrapWidth() const
{
    return std::max(8 * m_charWidth, viewport()->width() - textLeft() - m_charWidth / 2);
}

int LogView::topLine() const
{
    return verticalScrollBar()->value() - m_syncedHeaderRows;
}

// Where each row of a line (-1: the header) starts, at the view's width; rows after the first are
// indented (see WrapIndent). Plain ASCII breaks after the last space that fits (or anywhere in a word
// longer than a row) without measuring anything; other text goes through Qt's line breaking, remembered
// for the lines it was asked about.
void LogView::wrapRows(int index, RowStarts *starts) const
{
    starts->clear();
    starts->append(0);
    const QChar *d = nullptr;
    int length = 0;
    bool narrow = false;
    if (index < 0) {
        d = m_header.constData();
        length = int(m_header.size());
        narrow = m_headerNarrow;
    } else {
        const Line &line = lineAt(index);
        d = lineData(line);
        length = line.length;
        narrow = line.flags & LogRing::Narrow;
    }
    const qreal width = wrapWidth();
    if (narrow) {
        const int columns = std::max(1, int(width / m_charWidth));
        int room = columns;
        int start = 0;
        while (length - start > room) {
            int end = start + room;
            if (d[end] != u' ') {
                int space = end;
                while (space > start && d[space - 1] != u' ')
                    --space;
                int text = start;
                while (text < space && d[text] == u' ')
                    ++text;
                if (text < space) // not a row of indentation only
                    end = space;
            }
            while (end < length && d[end] == u' ') // spaces at a break stay on the row, out of sight
                ++end;
            if (end >= length)
                break;
            starts->append(end);
            start = end;
            room = std::max(1, columns - WrapIndent);
        }
        return;
    }
    if (m_wrapCacheWidth != width) {
        m_wrapCache.clear();
        m_wrapCacheWidth = width;
    }
    const qint64 key = index < 0 ? -1 : m_ring.firstAbsolute() + index;
    if (const auto cached = m_wrapCache.constFind(key); cached != m_wrapCache.cend()) {
        *starts = *cached;
        return;
    }
    QTextLayout layout(QString::fromRawData(d, length), font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine row = layout.createLine(); row.isValid(); row = layout.createLine()) {
        row.setLineWidth(row.textStart() > 0 ? std::max(m_charWidth, width - WrapIndent * m_charWidth)
                                             : width);
        if (row.textStart() > 0)
            starts->append(row.textStart());
    }
    layout.endLayout();
    if (size_t(m_wrapCache.size()) >= WrapCacheLines)
        m_wrapCache.clear();
    m_wrapCache.insert(key, *starts);
}

int LogView::rowsOf(int line) const
{
    if (!m_wrap || line >= m_ring.count() || (line < 0 && m_header.isEmpty()))
        return 1;
    RowStarts starts;
    wrapRows(line, &starts);
    return int(starts.size());
}

int LogView::rowCount(int line) const
{
    return line >= 0 && line < m_ring.count() ? rowsOf(line) : 0;
}

QList<int> LogView::rowStarts(int line) const
{
    if (line < 0 || line >= m_ring.count())
        return {};
    if (!m_wrap)
        return {0};
    RowStarts starts;
    wrapRows(line, &starts);
    return QList<int>(starts.begin(), starts.end());
}

LogView::Position LogView::bottomPosition() const
{
    const int page = visibleRowCapacity();
    const int first = -headerRows();
    if (!m_wrap)
        return {std::max(first, m_ring.count() - page), 0};
    int rows = 0;
    for (int line = m_ring.count() - 1; line >= first; --line) { // at most a page of lines
        const int lineRows = rowsOf(line);
        if (rows + lineRows >= page)
            return {line, rows + lineRows - page};
        rows += lineRows;
    }
    return {first, 0};
}

LogView::Position LogView::rowsBack(Position from, int rows) const
{
    const int first = -headerRows();
    if (!m_wrap)
        return {std::max(first, from.line - rows), 0};
    while (rows > 0) {
        if (rows <= from.row) {
            from.row -= rows;
            break;
        }
        rows -= from.row + 1;
        if (from.line - 1 < first) {
            from.row = 0;
            break;
        }
        --from.line;
        from.row = rowsOf(from.line) - 1;
    }
    return from;
}

int LogView::rowOffset(int line, int row, int limit) const
{
    const Position top = topPosition();
    if (line < top.line || (line == top.line && row < top.row))
        return -1;
    if (!m_wrap)
        return std::min(line - top.line, limit + 1);
    int offset = -top.row;
    for (int l = top.line; l < line; ++l) {
        offset += rowsOf(l);
        if (offset > limit)
            return limit + 1;
    }
    return offset + row;
}

// Expects the scroll bar in step with the lines (syncScrollBars()).
void LogView::setTopPosition(Position position)
{
    const Position bottom = bottomPosition();
    if (position.line < -m_syncedHeaderRows)
        position = {-m_syncedHeaderRows, 0};
    if (position.line > bottom.line || (position.line == bottom.line && position.row > bottom.row))
        position = bottom;
    if (!m_wrap)
        position.row = 0;
    {
        const QScopedValueRollback<bool> guard(m_syncing, true);
        verticalScrollBar()->setValue(position.line + m_syncedHeaderRows);
    }
    m_topRow = position.row;
    viewport()->update();
    const bool atBottom = position == bottom;
    if (atBottom == m_following)
        return;
    m_following = atBottom;
    if (atBottom)
        scheduleFrame();
    emit followingChanged(atBottom);
    updateAccessibleDescription();
}

void LogView::scrollRows(int rows)
{
    syncScrollBars();
    Position position = topPosition();
    if (rows < 0) {
        position = rowsBack(position, -rows);
    } else {
        while (rows > 0 && position.line < m_ring.count()) {
            const int left = rowsOf(position.line) - 1 - position.row;
            if (rows <= left) {
                position.row += rows;
                break;
            }
            rows -= left + 1;
            position = {position.line + 1, 0};
        }
    }
    setTopPosition(position); // past the end: the bottom
}

void LogView::syncScrollBars()
{
    const QScopedValueRollback<bool> guard(m_syncing, true);
    QScrollBar *v = verticalScrollBar();
    const int header = headerRows();
    // The top line stays the same line while older ones leave the ring; its own leaving shows the oldest.
    const int evicted = int(
        std::min<qint64>(m_ring.firstAbsolute() - m_syncedFirstAbsolute, std::numeric_limits<int>::max()));
    Position top{v->value() - m_syncedHeaderRows - evicted, m_topRow};
    if (top.line < -header || (evicted > 0 && top.line < 0))
        top = {-header, 0};
    m_syncedFirstAbsolute = m_ring.firstAbsolute();
    m_syncedHeaderRows = header;
    const Position bottom = bottomPosition();
    if (m_following || top.line > bottom.line || (top.line == bottom.line && top.row > bottom.row))
        top = bottom;
    if (m_wrap)
        top.row = std::clamp(top.row, 0, rowsOf(top.line) - 1); // the width changed
    const int page = visibleRowCapacity();
    v->setRange(0, bottom.line + header);
    v->setPageStep(m_wrap ? std::max(1, m_ring.count() - bottom.line - 1) : page);
    v->setSingleStep(1);
    v->setValue(top.line + header);
    m_topRow = m_wrap ? top.row : 0;

    QScrollBar *h = horizontalScrollBar();
    if (m_wrap) {
        h->setRange(0, 0);
        return;
    }
    const int area = std::max(1, viewport()->width() - textLeft());
    const qreal content =
        std::max({m_ring.maximumLength() * m_charWidth, m_maxMeasuredWidth, m_headerWidth}) + 2 * m_charWidth;
    h->setRange(0, std::max(0, int(std::ceil(content)) - area));
    h->setPageStep(area);
    h->setSingleStep(std::max(1, int(std::ceil(m_charWidth * 2))));
}

// The user moved the scroll bar: by whole lines.
void LogView::onScrollValueChanged(int value)
{
    viewport()->update();
    if (m_syncing)
        return;
    const bool atBottom = value >= verticalScrollBar()->maximum();
    m_topRow = 0;
    if (m_wrap && atBottom) {
        const Position bottom = bottomPosition();
        if (value - m_syncedHeaderRows == bottom.line)
            m_topRow = bottom.row;
    }
    if (atBottom == m_following)
        return;
    m_following = atBottom;
    if (atBottom)
        scheduleFrame(); // lines may have arrived since the scroll bar was last brought up to date
    emit followingChanged(atBottom);
    updateAccessibleDescription();
}

void LogView::scrollContentsBy(int, int)
{
    viewport()->update();
}

// Called for the viewport's resizes too (a scroll bar appearing shrinks it).
void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_syncing)
        scheduleFrame(); // a scroll bar came or went while the ranges were being set: again, later
    else
        syncScrollBars();
}

void LogView::ensureLineVisible(int line, bool centre)
{
    ensureRowsVisible(line, 0, rowsOf(line), centre);
}

// Shows rows firstRow… of line (as many as fit), centred or with as little scrolling as possible.
void LogView::ensureRowsVisible(int line, int firstRow, int rows, bool centre)
{
    syncScrollBars();
    const int page = visibleRowCapacity();
    rows = std::clamp(rows, 1, page);
    const int offset = rowOffset(line, firstRow, page);
    if (offset >= 0 && offset + rows <= page)
        return;
    const Position target{line, firstRow};
    if (centre)
        setTopPosition(rowsBack(target, (page - rows) / 2));
    else if (offset < 0)
        setTopPosition(target);
    else
        setTopPosition(rowsBack(target, page - rows));
}

qreal LogView::columnX(const Line &line, int column) const
{
    return columnX(line, 0, column);
}

qreal LogView::columnX(const Line &line, int from, int column) const
{
    column = std::clamp(column, 0, int(line.length));
    from = std::min(from, column);
    if (line.flags & LogRing::Narrow)
        return (column - from) * m_charWidth;
    return QFontMetricsF(font()).horizontalAdvance(
        QString::fromRawData(lineData(line) + from, column - from));
}

void LogView::ensureColumnsVisible(int line, int start, int length)
{
    if (m_wrap) {
        RowStarts starts;
        wrapRows(line, &starts);
        const auto rowOf = [&](int column) {
            return int(std::upper_bound(starts.begin(), starts.end(), column) - starts.begin()) - 1;
        };
        const int first = rowOf(start);
        ensureRowsVisible(line, first, rowOf(start + std::max(0, length - 1)) - first + 1, true);
        return;
    }
    const Line &l = lineAt(line);
    const qreal x0 = columnX(l, start);
    const qreal x1 = columnX(l, start + length);
    m_maxMeasuredWidth = std::max(m_maxMeasuredWidth, x1);
    syncScrollBars();
    QScrollBar *h = horizontalScrollBar();
    const int area = viewport()->width() - textLeft();
    const int margin = int(4 * m_charWidth);
    if (x0 < h->value())
        h->setValue(int(x0) - margin);
    else if (x1 > h->value() + area)
        h->setValue(int(std::ceil(x1)) - area + margin);
}

QRect LogView::lineRect(int line) const
{
    if (line < 0 || line >= m_ring.count())
        return QRect();
    const Position top = topPosition();
    if (line < top.line)
        return QRect();
    const int height = viewport()->height();
    int y = -top.row * m_lineHeight;
    if (!m_wrap) {
        y += (line - top.line) * m_lineHeight;
    } else {
        for (int l = top.line; l < line && y < height; ++l)
            y += rowsOf(l) * m_lineHeight;
    }
    if (y >= height)
        return QRect();
    return QRect(0, y, viewport()->width(), rowsOf(line) * m_lineHeight);
}

// --- painting ----------------------------------------------------------------------------------------

void LogView::updateMetrics()
{
    const QFontMetrics fm(font());
    const QFontMetricsF fmf(font());
    m_lineHeight = std::max(1, fm.lineSpacing());
    m_ascent = fm.ascent();
    m_charWidth = std::max<qreal>(1.0, fmf.horizontalAdvance(QString(64, QLatin1Char('M'))) / 64.0);
    m_boldFont = font();
    m_boldFont.setBold(true);
    updateAsciiGlyphs();
    m_gutterWidth = m_lineHeight + 4;
    m_timestampWidth = int(std::ceil(fmf.horizontalAdvance(QStringLiteral("00:00:00")) + m_charWidth * 1.5));
    m_maxMeasuredWidth = 0;
}

void LogView::updateColours()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = luminance(base) < 0.2;
    for (int i = 0; i < 16; ++i) {
        QColor c = QColor::fromRgb(AnsiBase[i]);
        if (dark && (i == 0 || i == 8)) // black on a dark background: a readable grey instead
            c = blend(text, base, 0.45);
        if (!dark && (i == 7 || i == 15)) // white on a light background
            c = blend(text, base, 0.35);
        m_colours.ansi[size_t(i)] = readable(c, base, text);
    }
    m_colours.text = text;
    // Standard error is where Magento writes its progress: a quiet mark, not a colour of alarm.
    m_colours.stderrMark = blend(text, base, 0.6);
    m_colours.info = readable(dark ? QColor(0x82, 0xb1, 0xff) : QColor(0x15, 0x65, 0xc0), base, text);
    m_colours.warning = readable(dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x9a, 0x6a, 0x00), base, text);
    m_colours.error = readable(dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xb7, 0x1c, 0x1c), base, text);
    m_colours.timestamp = readable(blend(text, base, 0.4), base, text);
    m_colours.headerBackground = blend(base, text, 0.07);
    m_colours.header = readable(blend(text, base, 0.3), m_colours.headerBackground, text);
    QColor match = pal.color(QPalette::Highlight);
    match.setAlpha(90);
    m_colours.match = match;
    m_warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    m_errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
}

// By meaning: our own lines by their kind, a child's by what they say (whatever the stream), and the
// child's own ANSI colours over both.
QColor LogView::styleColour(const Line &line, quint8 style) const
{
    const int colour = int(style & ColourMask) - 1;
    if (colour >= 0)
        return m_colours.ansi[size_t(colour)];
    switch (line.stream) {
    case LogStream::Stdout:
    case LogStream::Stderr:
        if (line.flags & LogRing::MeansError)
            return m_colours.error;
        if (line.flags & LogRing::MeansWarning)
            return m_colours.warning;
        return m_colours.text;
    case LogStream::Info:
        return m_colours.info;
    case LogStream::Warning:
        return m_colours.warning;
    case LogStream::Error:
        return m_colours.error;
    }
    return m_colours.text;
}

void LogView::updateAsciiGlyphs()
{
    char16_t ascii[95];
    for (int i = 0; i < 95; ++i)
        ascii[i] = char16_t(0x20 + i);
    for (int bold = 0; bold < 2; ++bold) {
        AsciiGlyphs &glyphs = m_asciiGlyphs[size_t(bold)];
        glyphs.valid = false;
        glyphs.font = QRawFont::fromFont(bold ? m_boldFont : font());
        if (!glyphs.font.isValid())
            continue;
        int count = int(glyphs.index.size());
        if (!glyphs.font.glyphIndexesForChars(reinterpret_cast<const QChar *>(ascii), 95, glyphs.index.data(),
                                              &count) ||
            count != 95)
            continue;
        const QList<QPointF> advances =
            glyphs.font.advancesForGlyphIndexes(QList<quint32>(glyphs.index.cbegin(), glyphs.index.cend()));
        glyphs.valid =
            advances.size() == 95 &&
            std::all_of(glyphs.index.cbegin(), glyphs.index.cend(), [](quint32 g) { return g != 0; }) &&
            std::all_of(advances.cbegin(), advances.cend(),
                        [this](const QPointF &a) { return std::abs(a.x() - m_charWidth) < 0.01; });
    }
}

// Plain ASCII in a monospace font, as glyphs placed a column apart: what drawText() would paint,
// without shaping the text again every frame. False when the font does not allow it.
bool LogView::drawAscii(QPainter &p, bool bold, const QChar *text, int length, qreal x, qreal baseline) const
{
    const AsciiGlyphs &glyphs = m_asciiGlyphs[bold ? 1 : 0];
    if (!glyphs.valid)
        return false;
    QVarLengthArray<quint32, 256> indexes;
    QVarLengthArray<QPointF, 256> positions;
    for (int k = 0; k < length; ++k) {
        const char16_t c = text[k].unicode();
        if (c == u' ')
            continue;
        indexes.append(glyphs.index[size_t(c - 0x20)]);
        positions.append(QPointF(x + k * m_charWidth, baseline));
    }
    if (indexes.isEmpty())
        return true;
    QGlyphRun run;
    run.setRawFont(glyphs.font);
    run.setRawData(indexes.constData(), positions.constData(), int(indexes.size()));
    p.drawGlyphRun(QPointF(), run);
    return true;
}

// The header's rows, like a line's but in its own colours.
void LogView::paintHeader(QPainter &p, int y, const RowStarts &starts, qreal x0)
{
    QFont italic = font();
    italic.setItalic(true);
    p.setFont(italic);
    p.setPen(m_colours.header);
    for (int r = 0; r < starts.size(); ++r) {
        const int from = starts[r];
        const int to = r + 1 < starts.size() ? starts[r + 1] : int(m_header.size());
        p.drawText(QPointF(x0 + (r > 0 ? WrapIndent * m_charWidth : 0), y + r * m_lineHeight + m_ascent),
                   QString::fromRawData(m_header.constData() + from, to - from));
    }
    p.setFont(font());
}

// Columns [from, to) of a line in one row, column `from` at x0; only what falls in [left, right) is
// drawn (monospace lines: nothing off-screen gets shaped).
void LogView::paintText(QPainter &p, const Line &line, int y, int from, int to, qreal x0, qreal left,
                        qreal right, bool selected, const QColor &highlightedText, bool *widthGrew)
{
    const QChar *d = lineData(line);
    const int length = line.length;
    const int runCount = line.runs;
    const bool narrow = line.flags & LogRing::Narrow;
    int c0 = from;
    int c1 = to;
    if (narrow) {
        c0 = std::clamp(from + int((left - x0) / m_charWidth) - 1, from, to);
        c1 = std::clamp(from + int(std::ceil((right - x0) / m_charWidth)) + 1, from, to);
    }
    const bool boldLine = line.stream == LogStream::Error || (line.flags & LogRing::MeansError);
    qreal x = x0;
    int start = 0;
    quint8 style = 0;
    for (int r = 0; r <= runCount; ++r) {
        const int end = r < runCount ? int(d[length + 2 * r].unicode()) : length;
        const quint8 nextStyle = r < runCount ? quint8(d[length + 2 * r + 1].unicode()) : 0;
        const int s0 = std::max(start, from);
        const int e0 = std::min(end, to);
        if (e0 > s0) {
            const bool bold = (style & BoldBit) || boldLine;
            p.setPen(selected ? highlightedText : styleColour(line, style));
            if (narrow) {
                const int s = std::max(s0, c0);
                const int e = std::min(e0, c1);
                const qreal sx = x0 + (s - from) * m_charWidth;
                if (s < e && !drawAscii(p, bold, d + s, e - s, sx, y + m_ascent)) {
                    p.setFont(bold ? m_boldFont : font());
                    p.drawText(QPointF(sx, y + m_ascent), QString::fromRawData(d + s, e - s));
                }
            } else {
                p.setFont(bold ? m_boldFont : font());
                const QString segment = QString::fromRawData(d + s0, e0 - s0);
                const qreal w = QFontMetricsF(bold ? m_boldFont : font()).horizontalAdvance(segment);
                if (x + w >= left && x <= right)
                    p.drawText(QPointF(x, y + m_ascent), segment);
                x += w;
            }
        }
        if (end >= to)
            break;
        start = end;
        style = nextStyle;
    }
    if (!narrow && !m_wrap && x - x0 > m_maxMeasuredWidth) {
        m_maxMeasuredWidth = x - x0;
        *widthGrew = true;
    }
}

void LogView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const QRect exposed = event->rect();
    const QPalette pal = palette();
    p.fillRect(exposed, pal.color(QPalette::Base));
    if (m_ring.count() == 0 && m_header.isEmpty())
        return;

    const int width = viewport()->width();
    const int lh = m_lineHeight;
    const int left = textLeft();
    const int hoffset = m_wrap ? 0 : horizontalScrollBar()->value();
    const int selFirst = selectionStart();
    const int selLast = selectionEnd();
    const QPalette::ColorGroup group = isActiveWindow() ? QPalette::Active : QPalette::Inactive;
    const QColor highlight = pal.color(group, QPalette::Highlight);
    const QColor highlightedText = pal.color(group, QPalette::HighlightedText);
    const int cursorLine = hasFocus() ? m_ring.toIndex(m_cursor) : -1;
    const int matchLine = m_matchLength > 0 ? m_ring.toIndex(m_matchLine) : -1;
    const int iconSize = std::max(8, lh - 2);

    // The lines in sight: where each starts and, wrapping, where its rows start.
    struct Visible
    {
        int index;
        int y;
        RowStarts starts;
    };
    std::vector<Visible> visible;
    visible.reserve(size_t(exposed.height() / lh + 2));
    const Position top = topPosition();
    int line = top.line;
    int y = -top.row * lh;
    if (!m_wrap) {
        const int skip = std::max(0, exposed.top()) / lh;
        line += skip;
        y += skip * lh;
    }
    for (; line < m_ring.count() && y <= exposed.bottom(); ++line) {
        Visible v{line, y, {}};
        if (m_wrap)
            wrapRows(line, &v.starts);
        else
            v.starts.append(0);
        const int height = int(v.starts.size()) * lh;
        y += height;
        if (y > exposed.top())
            visible.push_back(std::move(v));
    }

    // Row backgrounds, gutter marks, timestamps.
    p.setFont(font());
    for (const Visible &v : visible) {
        const int height = int(v.starts.size()) * lh;
        if (v.index < 0) {
            p.fillRect(QRect(0, v.y, width, height), m_colours.headerBackground);
            continue;
        }
        const Line &l = lineAt(v.index);
        const bool selected = v.index >= selFirst && v.index <= selLast && selFirst >= 0;
        if (selected)
            p.fillRect(QRect(0, v.y, width, height), highlight);
        switch (l.stream) {
        case LogStream::Stderr:
            p.fillRect(QRectF(2, v.y + 1, std::max(2, lh / 6), height - 2), m_colours.stderrMark);
            break;
        case LogStream::Warning:
            m_warningIcon.paint(&p, QRect(2, v.y + (lh - iconSize) / 2, iconSize, iconSize));
            break;
        case LogStream::Error:
            m_errorIcon.paint(&p, QRect(2, v.y + (lh - iconSize) / 2, iconSize, iconSize));
            break;
        default:
            break;
        }
        if (m_showTimestamps) {
            p.setPen(selected ? highlightedText : m_colours.timestamp);
            p.drawText(QPointF(m_gutterWidth, v.y + m_ascent), timestampText(l.msecs));
        }
    }

    // The text, clipped to its column and (not wrapping) scrolled sideways.
    p.setClipRect(QRect(left, exposed.top(), width - left, exposed.height()));
    const qreal x0 = left - hoffset;
    bool widthGrew = false;
    const qreal indent = WrapIndent * m_charWidth;
    for (const Visible &v : visible) {
        if (v.index < 0) {
            paintHeader(p, v.y, v.starts, x0);
            continue;
        }
        const Line &l = lineAt(v.index);
        const bool selected = v.index >= selFirst && v.index <= selLast && selFirst >= 0;
        const int rows = int(v.starts.size());
        for (int r = 0; r < rows; ++r) {
            const int ry = v.y + r * lh;
            if (ry + lh <= exposed.top() || ry > exposed.bottom())
                continue;
            const int from = v.starts[r];
            const int to = r + 1 < rows ? v.starts[r + 1] : int(l.length);
            const qreal rx = r > 0 ? x0 + indent : x0; // rows after the first are indented
            if (v.index == matchLine) {
                const int s = std::max(m_matchStart, from);
                const int e = std::min(m_matchStart + m_matchLength, to);
                if (s < e) {
                    const qreal mx = rx + columnX(l, from, s);
                    const QRectF rect(mx, ry, rx + columnX(l, from, e) - mx, lh);
                    if (selected) {
                        p.setPen(QPen(highlightedText, 1));
                        p.setBrush(Qt::NoBrush);
                        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
                    } else {
                        p.fillRect(rect, m_colours.match);
                    }
                }
            }
            paintText(p, l, ry, from, to, rx, left, width, selected, highlightedText, &widthGrew);
        }
    }
    p.setClipping(false);

    for (const Visible &v : visible) {
        if (cursorLine >= 0 && v.index == cursorLine) {
            p.setPen(QPen(m_colours.text, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(0.5, v.y + 0.5, width - 1, int(v.starts.size()) * lh - 1));
        }
    }
    if (widthGrew && m_maxMeasuredWidth > m_ring.maximumLength() * m_charWidth)
        scheduleFrame(); // the horizontal scroll bar learns about it next frame
}

// --- input -------------------------------------------------------------------------------------------

int LogView::lineAtY(int y) const
{
    if (m_ring.count() == 0)
        return -1;
    const int lh = m_lineHeight;
    const Position top = topPosition();
    if (!m_wrap) {
        const int row = y >= 0 ? y / lh : -((-y + lh - 1) / lh);
        return std::clamp(top.line + row, 0, m_ring.count() - 1);
    }
    if (y < 0) { // above the view (dragging): the top line's hidden rows, then a row a line
        const int above = (-y + lh - 1) / lh;
        return std::clamp(above <= top.row ? top.line : top.line - (above - top.row), 0, m_ring.count() - 1);
    }
    int edge = -top.row * lh;
    for (int line = top.line; line < m_ring.count(); ++line) {
        edge += rowsOf(line) * lh;
        if (y < edge)
            return std::clamp(line, 0, m_ring.count() - 1);
        if (edge >= viewport()->height()) // below the view: a row a line
            return std::clamp(line + 1 + (y - edge) / lh, 0, m_ring.count() - 1);
    }
    return m_ring.count() - 1;
}

void LogView::moveCursor(int line, bool extend)
{
    if (m_ring.count() == 0)
        return;
    line = std::clamp(line, 0, m_ring.count() - 1);
    const qint64 absolute = m_ring.firstAbsolute() + line;
    m_matchLength = 0;
    if (extend && hasSelection())
        setAnchorAndCursor(std::max(m_anchor, m_ring.firstAbsolute()), absolute);
    else
        setAnchorAndCursor(absolute, absolute);
    ensureLineVisible(line, false);
    updateAccessibleDescription();
}

bool LogView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) { // ours, not the window's
        auto *key = static_cast<QKeyEvent *>(event);
        if (key == QKeySequence::Copy || key == QKeySequence::SelectAll) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const int page = visibleLineCount();
    const int top = std::max(0, topLine());
    int cursor = m_ring.toIndex(m_cursor);
    const bool noCursor = cursor < 0;
    switch (event->key()) {
    case Qt::Key_Up:
        moveCursor(noCursor ? std::min(m_ring.count() - 1, top + page - 1) : cursor - 1, extend);
        return;
    case Qt::Key_Down:
        moveCursor(noCursor ? top : cursor + 1, extend);
        return;
    case Qt::Key_PageUp:
        moveCursor(noCursor ? top : cursor - page, extend);
        return;
    case Qt::Key_PageDown:
        moveCursor(noCursor ? std::min(m_ring.count() - 1, top + page - 1) : cursor + page, extend);
        return;
    case Qt::Key_Home:
        moveCursor(0, extend);
        return;
    case Qt::Key_End:
        moveCursor(m_ring.count() - 1, extend);
        if (!extend)
            setFollowing(true);
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Escape:
        if (m_anchor >= 0) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int line = lineAtY(event->position().toPoint().y());
    if (line < 0)
        return;
    m_matchLength = 0;
    const qint64 absolute = m_ring.firstAbsolute() + line;
    if ((event->modifiers() & Qt::ShiftModifier) && hasSelection())
        setAnchorAndCursor(std::max(m_anchor, m_ring.firstAbsolute()), absolute);
    else
        setAnchorAndCursor(absolute, absolute);
    m_dragging = true;
    m_dragY = event->position().toPoint().y();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragY = event->position().toPoint().y();
    const int line = lineAtY(m_dragY);
    if (line >= 0 && m_ring.firstAbsolute() + line != m_cursor)
        setAnchorAndCursor(std::max(m_anchor, m_ring.firstAbsolute()), m_ring.firstAbsolute() + line);
    if (m_dragY < 0 || m_dragY >= viewport()->height()) {
        if (!m_dragTimer.isActive())
            m_dragTimer.start();
    } else {
        m_dragTimer.stop();
    }
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        m_dragTimer.stop();
        updateAccessibleDescription();
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    mousePressEvent(event); // the unit of selection is the line already
}

void LogView::wheelEvent(QWheelEvent *event)
{
    if (!m_wrap || event->modifiers() != Qt::NoModifier) {
        QAbstractScrollArea::wheelEvent(event); // by lines
        return;
    }
    // Wrapping: by rows, so that a line taller than the view can be read to its end.
    const int perNotch = std::max(1, QApplication::wheelScrollLines());
    if (!event->pixelDelta().isNull())
        m_wheelDelta += event->pixelDelta().y() * 120 / (perNotch * m_lineHeight);
    else
        m_wheelDelta += event->angleDelta().y();
    const int rows = m_wheelDelta * perNotch / 120;
    m_wheelDelta -= rows * 120 / perNotch;
    if (rows != 0)
        scrollRows(-rows);
    event->accept();
}

void LogView::dragScroll()
{
    QScrollBar *v = verticalScrollBar();
    const int rows =
        m_dragY < 0 ? -1 - (-m_dragY) / m_lineHeight : 1 + (m_dragY - viewport()->height()) / m_lineHeight;
    if (m_wrap)
        scrollRows(rows);
    else
        v->setValue(v->value() + rows);
    const int line = lineAtY(m_dragY);
    if (line >= 0)
        setAnchorAndCursor(std::max(m_anchor, m_ring.firstAbsolute()), m_ring.firstAbsolute() + line);
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LogView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    QAction *selectAllAction = menu.addAction(tr("Select &All"), this, &LogView::selectAll);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    selectAllAction->setEnabled(m_ring.count() > 0);
    menu.exec(event->globalPos());
}

void LogView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
        m_wrapCache.clear();
        updateMetrics();
        m_glyphsPrepared = false;
        if (isVisible())
            prepareGlyphs();
        syncScrollBars();
        viewport()->update();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        updateColours();
        viewport()->update();
        break;
    case QEvent::ActivationChange:
        viewport()->update();
        break;
    default:
        break;
    }
    QAbstractScrollArea::changeEvent(event);
}

void LogView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void LogView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void LogView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (!m_glyphsPrepared)
        prepareGlyphs();
}

// Rasterises the printable ASCII range in both weights, at every sub-pixel offset, into the glyph
// cache the window's painting shares: the first frame of a burst of lines does not pay for it then.
void LogView::prepareGlyphs()
{
    m_glyphsPrepared = true;
    QString ascii;
    for (char16_t c = 0x20; c < 0x7f; ++c)
        ascii += QChar(c);
    const qreal ratio = devicePixelRatioF();
    QImage image(QSize(int(std::ceil(ascii.size() * m_charWidth + 2)), 2 * m_lineHeight) * ratio,
                 QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    QPainter p(&image);
    p.setPen(m_colours.text);
    for (int offset = 0; offset < 4; ++offset) {
        p.setFont(font());
        p.drawText(QPointF(offset / 4.0, m_ascent), ascii);
        p.setFont(m_boldFont);
        p.drawText(QPointF(offset / 4.0, m_lineHeight + m_ascent), ascii);
    }
}

void LogView::setShowTimestamps(bool show)
{
    if (show == m_showTimestamps)
        return;
    m_showTimestamps = show;
    syncScrollBars();
    viewport()->update();
}

QSize LogView::sizeHint() const
{
    return QSize(int(80 * m_charWidth) + m_gutterWidth + 2 * frameWidth(),
                 20 * m_lineHeight + 2 * frameWidth());
}

// --- accessibility -----------------------------------------------------------------------------------

void LogView::updateAccessibleDescription()
{
    QString description;
    const int cursor = m_ring.toIndex(m_cursor);
    if (m_ring.count() == 0)
        description = tr("The log is empty.");
    else if (!m_following && cursor >= 0)
        description = tr("Line %1 of %2: %3")
                          .arg(cursor + 1)
                          .arg(m_ring.count())
                          .arg(plainText(cursor).left(AccessibleTextLength));
    else
        description = tr("Last line: %1").arg(plainText(m_ring.count() - 1).left(AccessibleTextLength));
    if (cursor == 0 && !m_header.isEmpty()) // the note above the first line
        description = m_header + QLatin1Char(' ') + description;
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

} // namespace mua
