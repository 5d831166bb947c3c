#include "logview.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
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
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace mua {

namespace {

constexpr int FrameIntervalMs = 16;        // at most one repaint per frame
constexpr int AccessibleIntervalMs = 1000; // screen readers hear about new lines at most once a second
constexpr int AccessibleTextLength = 300;  // of a line, in the accessible description
constexpr int TabWidth = 8;
constexpr int BlockChars = 65535; // per text block (offsets are 16-bit); holds any resolved line
constexpr size_t BlockBytes = 65536 * sizeof(char16_t);
constexpr size_t SpareBlocks = 4;     // kept for reuse instead of unmapped and mapped again
constexpr size_t SegmentLines = 4096; // lines per segment of the ring
constexpr quint8 ColourMask = 0x1f;   // style: ANSI colour + 1 (0: the line's default) ...
constexpr quint8 BoldBit = 0x20;      // ... and bold
constexpr QChar Ellipsis(char16_t(0x2026));

// Terminal palette the view starts from; every colour is then adjusted to be readable on the
// widget's own background.
constexpr QRgb AnsiBase[16] = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc,
                               0x11a8cd, 0xe5e5e5, 0x666666, 0xf14c4c, 0x23d18b, 0xf5f543,
                               0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};

inline bool isPrintable(char16_t c)
{
    return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0);
}

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

void applySgr(const QChar *p, qsizetype n, quint8 *style)
{
    int values[32];
    int count = 0;
    int current = 0;
    bool any = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c >= u'0' && c <= u'9') {
            current = std::min(current * 10 + (c - u'0'), 9999);
            any = true;
        } else if (c == u';' || c == u':') {
            if (count < 32)
                values[count++] = current;
            current = 0;
            any = true;
        } else {
            return; // private parameters (<=>?): not SGR as we know it
        }
    }
    if (any && count < 32)
        values[count++] = current;
    if (count == 0) {
        *style = 0;
        return;
    }
    const auto setColour = [style](int colour) { *style = quint8((*style & ~ColourMask) | (colour + 1)); };
    for (int k = 0; k < count; ++k) {
        const int v = values[k];
        if (v == 0) {
            *style = 0;
        } else if (v == 1) {
            *style |= BoldBit;
        } else if (v == 22) {
            *style &= ~BoldBit;
        } else if (v >= 30 && v <= 37) {
            setColour(v - 30);
        } else if (v == 39) {
            setColour(-1);
        } else if (v >= 90 && v <= 97) {
            setColour(v - 90 + 8);
        } else if (v == 38 || v == 48 || v == 58) { // extended colours: 5;n or 2;r;g;b
            if (k + 1 < count && values[k + 1] == 5) {
                if (v == 38 && k + 2 < count && values[k + 2] < 16)
                    setColour(values[k + 2]);
                k += 2;
            } else if (k + 1 < count && values[k + 1] == 2) {
                k += 4;
            }
        }
    }
}

// s[i] is ESC. Returns where the sequence ends; applies SGR to *style.
qsizetype skipEscape(const QChar *s, qsizetype n, qsizetype i, quint8 *style)
{
    if (i + 1 >= n)
        return n;
    const char16_t c1 = s[i + 1].unicode();
    if (c1 == u'[') { // CSI: parameters, intermediates, final byte
        qsizetype j = i + 2;
        const qsizetype paramsStart = j;
        while (j < n && s[j].unicode() >= 0x30 && s[j].unicode() <= 0x3f)
            ++j;
        const qsizetype paramsEnd = j;
        while (j < n && s[j].unicode() >= 0x20 && s[j].unicode() <= 0x2f)
            ++j;
        if (j < n && s[j].unicode() >= 0x40 && s[j].unicode() <= 0x7e) {
            if (s[j].unicode() == u'm' && j == paramsEnd)
                applySgr(s + paramsStart, paramsEnd - paramsStart, style);
            return j + 1;
        }
        return j; // malformed: drop what looked like one
    }
    if (c1 == u']' || c1 == u'P' || c1 == u'X' || c1 == u'^' || c1 == u'_') { // OSC, DCS, SOS, PM, APC
        for (qsizetype j = i + 2; j < n; ++j) {
            const char16_t c = s[j].unicode();
            if (c == 0x07 || c == 0x9c)
                return j + 1;
            if (c == 0x1b && j + 1 < n && s[j + 1].unicode() == u'\\')
                return j + 2;
        }
        return n;
    }
    qsizetype j = i + 1;
    while (j < n && s[j].unicode() >= 0x20 && s[j].unicode() <= 0x2f)
        ++j;
    if (j < n && s[j].unicode() >= 0x30 && s[j].unicode() <= 0x7e)
        return j + 1;
    return j;
}

// Memory for lines and text: pages populated in one go. Faulting them in one at a time while lines
// arrive costs far more (a virtual machine can take 15 µs per fault, 170 faults per chunk of lines).
void *mapMemory(size_t bytes)
{
#ifdef Q_OS_LINUX
    void *memory =
        ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (memory == MAP_FAILED)
        throw std::bad_alloc();
    return memory;
#else
    return ::operator new(bytes);
#endif
}

void unmapMemory(void *memory, size_t bytes)
{
#ifdef Q_OS_LINUX
    ::munmap(memory, bytes);
#else
    Q_UNUSED(bytes);
    ::operator delete(memory);
#endif
}

struct Run
{
    quint16 start;
    quint8 style;
};

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

// --- the ring -------------------------------------------------------------------------------------

const LogView::Line &LogView::slot(int physical) const
{
    return m_segments[size_t(physical) / SegmentLines][size_t(physical) % SegmentLines];
}

LogView::Line &LogView::slot(int physical)
{
    return m_segments[size_t(physical) / SegmentLines][size_t(physical) % SegmentLines];
}

const LogView::Line &LogView::lineAt(int index) const
{
    int p = m_head + index;
    if (p >= m_maximumLines)
        p -= m_maximumLines;
    return slot(p);
}

LogView::Line &LogView::lineAt(int index)
{
    return const_cast<Line &>(std::as_const(*this).lineAt(index));
}

void LogView::appendChunk(const LogChunk &chunk)
{
    if (chunk.isEmpty())
        return;
    for (const LogLine &line : chunk)
        appendLine(line);
    scheduleFrame();
    if (!m_accessibleTimer.isActive())
        m_accessibleTimer.start();
}

void LogView::appendLines(const QStringList &lines, LogStream stream)
{
    if (lines.isEmpty())
        return;
    LogLine line;
    line.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    line.stream = stream;
    for (const QString &text : lines) {
        line.text = text;
        appendLine(line);
    }
    scheduleFrame();
    if (!m_accessibleTimer.isActive())
        m_accessibleTimer.start();
}

const QChar *LogView::lineData(const Line &line) const
{
    return reinterpret_cast<const QChar *>(m_blocks[line.block - m_firstBlock].get()) + line.offset;
}

void LogView::appendLine(const LogLine &logLine)
{
    const Resolved resolved = resolve(logLine.text);
    if (resolved.progress && m_count > 0 && lineAt(m_count - 1).stream == logLine.stream) {
        // A redraw of the newest line: its old text was the last thing written, so its space is reused.
        Line &previous = lineAt(m_count - 1);
        if (previous.block == m_firstBlock + m_blocks.size() - 1 &&
            previous.offset + previous.length + 2 * previous.runs == m_writePosition)
            m_writePosition = previous.offset;
        previous.msecs = logLine.msecsSinceEpoch;
        writeText(&previous, resolved);
        return;
    }
    Line line;
    line.msecs = logLine.msecsSinceEpoch;
    line.stream = logLine.stream;
    writeText(&line, resolved);
    if (m_count < m_maximumLines) { // growing: m_head is 0
        if (size_t(m_count) == m_segments.size() * SegmentLines)
            m_segments.push_back(allocateSegment());
        slot(m_count) = line;
        ++m_count;
        return;
    }
    slot(m_head) = line;
    if (++m_head == m_maximumLines)
        m_head = 0;
    ++m_firstAbsolute;
    ++m_evictedSinceSync;
    if (lineAt(0).block != m_firstBlock)
        releaseBlocks();
}

void LogView::writeText(Line *line, const Resolved &resolved)
{
    const int size = resolved.length + 2 * resolved.runs;
    if (m_blocks.empty() || m_writePosition + size > BlockChars) {
        if (m_spareBlocks.empty()) {
            m_blocks.push_back(allocateBlock());
        } else {
            m_blocks.push_back(std::move(m_spareBlocks.back()));
            m_spareBlocks.pop_back();
        }
        m_writePosition = 0;
    }
    std::copy_n(reinterpret_cast<const char16_t *>(resolved.data), size,
                m_blocks.back().get() + m_writePosition);
    line->block = quint32(m_firstBlock + m_blocks.size() - 1);
    line->offset = quint16(m_writePosition);
    line->length = quint16(resolved.length);
    line->runs = quint16(resolved.runs);
    line->flags = resolved.flags;
    m_writePosition += size;
    m_maxColumns = std::max(m_maxColumns, resolved.length);
}

LogView::Segment LogView::allocateSegment()
{
    constexpr size_t Bytes = SegmentLines * sizeof(Line);
    Line *lines = std::uninitialized_value_construct_n(static_cast<Line *>(mapMemory(Bytes)), SegmentLines) -
                  SegmentLines;
    return Segment(lines, MappedDeleter(Bytes));
}

LogView::Block LogView::allocateBlock()
{
    return Block(static_cast<char16_t *>(mapMemory(BlockBytes)), MappedDeleter(BlockBytes));
}

void LogView::MappedDeleter::operator()(void *memory) const
{
    unmapMemory(memory, bytes);
}

void LogView::releaseBlocks()
{
    const quint32 oldest = m_count > 0 ? lineAt(0).block : m_firstBlock + quint32(m_blocks.size());
    while (m_blocks.size() > 1 && m_firstBlock < oldest) {
        if (m_spareBlocks.size() < SpareBlocks)
            m_spareBlocks.push_back(std::move(m_blocks.front()));
        m_blocks.pop_front();
        ++m_firstBlock;
    }
}

// Resolves a raw line once: colours into runs, `\r` redraws, tabs, control characters, length.
LogView::Resolved LogView::resolve(const QString &raw)
{
    const qsizetype n = raw.size();
    const QChar *s = raw.constData();
    Resolved result;

    // Most lines need nothing: stored as they came.
    bool clean = n <= MaximumLineLength;
    bool narrow = true;
    for (qsizetype i = 0; clean && i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (!isPrintable(c))
            clean = false;
        else if (c > 0x7e)
            narrow = false;
    }
    if (clean) {
        result.data = s;
        result.length = int(n);
        result.flags = narrow ? Narrow : 0;
        return result;
    }

    QString &text = m_scratch;
    text.resize(0);
    QVarLengthArray<Run, 16> runs;
    quint8 style = 0;
    quint8 emitted = 0;
    bool pendingReset = false;
    bool truncated = false;
    bool seenText = false;

    const auto applyReset = [&] {
        if (!pendingReset)
            return;
        text.resize(0);
        runs.clear();
        emitted = 0;
        truncated = false;
        pendingReset = false;
    };
    const auto append = [&](const QChar *p, qsizetype len) {
        applyReset();
        const qsizetype room = MaximumLineLength - text.size();
        if (len > room) {
            len = room;
            truncated = true;
            if (len > 0 && p[len - 1].isHighSurrogate())
                --len;
        }
        if (len <= 0)
            return;
        if (style != emitted) {
            if (!runs.isEmpty() && runs.last().start == text.size())
                runs.last().style = style;
            else
                runs.append(Run{quint16(text.size()), style});
            emitted = style;
        }
        text.append(p, len);
    };

    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i].unicode();
        if (isPrintable(c)) {
            qsizetype j = i + 1;
            while (j < n && isPrintable(s[j].unicode()))
                ++j;
            seenText = true;
            append(s + i, j - i);
            i = j;
        } else if (c == 0x1b) {
            i = skipEscape(s, n, i, &style);
        } else if (c == u'\r') {
            if (!seenText)
                result.progress = true;
            seenText = true;
            if (!text.isEmpty())
                pendingReset = true; // a trailing `\r` keeps what it would have redrawn
            ++i;
        } else if (c == u'\t') {
            seenText = true;
            applyReset();
            static const QChar spaces[TabWidth] = {u' ', u' ', u' ', u' ', u' ', u' ', u' ', u' '};
            append(spaces, TabWidth - text.size() % TabWidth);
            ++i;
        } else if (c == u'\n') {
            seenText = true;
            static const QChar space(u' ');
            append(&space, 1);
            ++i;
        } else {
            ++i; // other control characters show nothing
        }
    }

    narrow = true;
    for (const QChar ch : std::as_const(text)) {
        if (ch.unicode() < 0x20 || ch.unicode() > 0x7e) {
            narrow = false;
            break;
        }
    }
    if (truncated)
        text.append(Ellipsis); // the column of the last character does not depend on its width
    result.length = int(text.size());
    result.runs = int(runs.size());
    for (const Run &run : runs) {
        text.append(QChar(run.start));
        text.append(QChar(char16_t(run.style)));
    }
    result.data = text.constData();
    result.flags = quint8((narrow ? Narrow : 0) | (truncated ? Truncated : 0));
    return result;
}

void LogView::clear()
{
    m_segments.clear();
    m_blocks.clear();
    m_spareBlocks.clear();
    m_firstBlock = 0;
    m_writePosition = 0;
    if (m_scratch.capacity() > 4 * MaximumLineLength)
        m_scratch = QString();
    m_firstAbsolute += m_count;
    m_head = 0;
    m_count = 0;
    m_evictedSinceSync = 0;
    m_maxColumns = 0;
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
    emit lineCountChanged(0);
    if (hadSelection)
        emit selectionChanged();
    if (!wasFollowing)
        emit followingChanged(true);
    m_accessibleTimer.start();
}

void LogView::setMaximumLines(int lines)
{
    lines = std::max(1, lines);
    if (lines == m_maximumLines)
        return;
    const int keep = std::min(m_count, lines);
    std::vector<Segment> kept; // in order, from physical 0
    for (int k = 0; k < keep; ++k) {
        if (size_t(k) == kept.size() * SegmentLines)
            kept.push_back(allocateSegment());
        kept[size_t(k) / SegmentLines][size_t(k) % SegmentLines] = lineAt(m_count - keep + k);
    }
    const int dropped = m_count - keep;
    m_segments.swap(kept);
    m_head = 0;
    m_count = keep;
    m_maximumLines = lines;
    m_firstAbsolute += dropped;
    m_evictedSinceSync += dropped;
    releaseBlocks();
    scheduleFrame();
}

// --- queries ----------------------------------------------------------------------------------------

QString LogView::plainText(int line) const
{
    if (line < 0 || line >= m_count)
        return QString();
    const Line &l = lineAt(line);
    return QString(lineData(l), l.length);
}

LogStream LogView::lineStream(int line) const
{
    return line >= 0 && line < m_count ? lineAt(line).stream : LogStream::Stdout;
}

qint64 LogView::lineTimestamp(int line) const
{
    return line >= 0 && line < m_count ? lineAt(line).msecs : 0;
}

bool LogView::isTruncated(int line) const
{
    return line >= 0 && line < m_count && (lineAt(line).flags & Truncated);
}

QList<LogView::Span> LogView::spans(int line) const
{
    QList<Span> result;
    if (line < 0 || line >= m_count)
        return result;
    const Line &l = lineAt(line);
    const int runCount = l.runs;
    const QChar *d = lineData(l);
    int start = 0;
    quint8 style = 0;
    const auto add = [&](int end) {
        if (end > start)
            result.append(Span{start, end - start, int(style & ColourMask) - 1, bool(style & BoldBit)});
    };
    for (int r = 0; r < runCount; ++r) {
        const int runStart = d[l.length + 2 * r].unicode();
        add(runStart);
        start = runStart;
        style = quint8(d[l.length + 2 * r + 1].unicode());
    }
    add(l.length);
    return result;
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
    for (int i = 0; i < m_count; ++i)
        size += lineAt(i).length + 1 + (m_showTimestamps ? 9 : 0);
    result.reserve(size);
    for (int i = 0; i < m_count; ++i) {
        if (i > 0)
            result += QLatin1Char('\n');
        result += exportLine(i);
    }
    return result;
}

bool LogView::hasSelection() const
{
    return m_anchor >= 0 && std::max(m_anchor, m_cursor) >= m_firstAbsolute && m_count > 0;
}

int LogView::selectionStart() const
{
    if (!hasSelection())
        return -1;
    return int(std::max(std::min(m_anchor, m_cursor), m_firstAbsolute) - m_firstAbsolute);
}

int LogView::selectionEnd() const
{
    if (!hasSelection())
        return -1;
    return int(std::min<qint64>(std::max(m_anchor, m_cursor) - m_firstAbsolute, m_count - 1));
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

int LogView::toIndex(qint64 absolute) const
{
    const qint64 index = absolute - m_firstAbsolute;
    return absolute >= 0 && index >= 0 && index < m_count ? int(index) : -1;
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
    if (m_count == 0)
        return;
    first = std::clamp(first, 0, m_count - 1);
    last = std::clamp(last, 0, m_count - 1);
    m_matchLength = 0;
    setAnchorAndCursor(m_firstAbsolute + first, m_firstAbsolute + last);
}

void LogView::selectAll()
{
    selectLines(0, m_count - 1);
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
    if (needle.isEmpty() || m_count == 0)
        return false;
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const int n = m_count;
    const int cursor = toIndex(m_cursor);
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
        const int top = verticalScrollBar()->value();
        startLine = backwards ? std::min(n - 1, top + visibleLineCapacity() - 1) : std::clamp(top, 0, n - 1);
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
        const qint64 absolute = m_firstAbsolute + index;
        m_matchLine = absolute;
        m_matchStart = int(found);
        m_matchLength = int(needle.size());
        setAnchorAndCursor(absolute, absolute);
        ensureLineVisible(index, true);
        ensureColumnsVisible(index, m_matchStart, m_matchLength);
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
    for (int i = 0; i < m_count; ++i) {
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
    if (m_anchor >= 0 && std::max(m_anchor, m_cursor) < m_firstAbsolute) { // scrolled out of the ring
        m_anchor = m_cursor = -1;
        emit selectionChanged();
    }
    viewport()->update();
    if (m_count != m_reportedCount) {
        m_reportedCount = m_count;
        emit lineCountChanged(m_count);
    }
}

int LogView::visibleLineCapacity() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

int LogView::textLeft() const
{
    return m_gutterWidth + (m_showTimestamps ? m_timestampWidth : 0);
}

void LogView::syncScrollBars()
{
    const QScopedValueRollback<bool> guard(m_syncing, true);
    QScrollBar *v = verticalScrollBar();
    const int page = visibleLineCapacity();
    const int maximum = std::max(0, m_count - page);
    const int value = m_following ? maximum : std::max(0, v->value() - m_evictedSinceSync);
    m_evictedSinceSync = 0;
    v->setRange(0, maximum);
    v->setPageStep(page);
    v->setSingleStep(1);
    v->setValue(value);

    QScrollBar *h = horizontalScrollBar();
    const int area = std::max(1, viewport()->width() - textLeft());
    const qreal content = std::max(m_maxColumns * m_charWidth, m_maxMeasuredWidth) + 2 * m_charWidth;
    h->setRange(0, std::max(0, int(std::ceil(content)) - area));
    h->setPageStep(area);
    h->setSingleStep(std::max(1, int(std::ceil(m_charWidth * 2))));
}

void LogView::onScrollValueChanged(int value)
{
    viewport()->update();
    if (m_syncing)
        return;
    const bool atBottom = value >= verticalScrollBar()->maximum();
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
    syncScrollBars();
    QScrollBar *v = verticalScrollBar();
    const int top = v->value();
    const int page = visibleLineCapacity();
    if (line >= top && line < top + page)
        return;
    if (centre)
        v->setValue(line - page / 2);
    else
        v->setValue(line < top ? line : line - page + 1);
}

qreal LogView::columnX(const Line &line, int column) const
{
    column = std::clamp(column, 0, int(line.length));
    if (line.flags & Narrow)
        return column * m_charWidth;
    return QFontMetricsF(font()).horizontalAdvance(QString::fromRawData(lineData(line), column));
}

void LogView::ensureColumnsVisible(int line, int start, int length)
{
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
    m_colours.stderrText = readable(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28), base, text);
    m_colours.stderrMark = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xd3, 0x2f, 0x2f);
    m_colours.info = readable(dark ? QColor(0x82, 0xb1, 0xff) : QColor(0x15, 0x65, 0xc0), base, text);
    m_colours.warning = readable(dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x9a, 0x6a, 0x00), base, text);
    m_colours.error = readable(dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xb7, 0x1c, 0x1c), base, text);
    m_colours.timestamp = readable(blend(text, base, 0.4), base, text);
    QColor match = pal.color(QPalette::Highlight);
    match.setAlpha(90);
    m_colours.match = match;
    m_warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    m_errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
}

QColor LogView::styleColour(const Line &line, quint8 style) const
{
    const int colour = int(style & ColourMask) - 1;
    if (colour >= 0)
        return m_colours.ansi[size_t(colour)];
    switch (line.stream) {
    case LogStream::Stdout:
        return m_colours.text;
    case LogStream::Stderr:
        return m_colours.stderrText;
    case LogStream::Info:
        return m_colours.info;
    case LogStream::Warning:
        return m_colours.warning;
    case LogStream::Error:
        return m_colours.error;
    }
    return m_colours.text;
}

void LogView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const QRect exposed = event->rect();
    const QPalette pal = palette();
    p.fillRect(exposed, pal.color(QPalette::Base));
    if (m_count == 0)
        return;

    const int width = viewport()->width();
    const int lh = m_lineHeight;
    const int top = std::clamp(verticalScrollBar()->value(), 0, m_count - 1);
    const int first = std::min(m_count - 1, top + std::max(0, exposed.top()) / lh);
    const int last = std::min(m_count - 1, top + exposed.bottom() / lh);
    const int left = textLeft();
    const int hoffset = horizontalScrollBar()->value();
    const int selFirst = selectionStart();
    const int selLast = selectionEnd();
    const QPalette::ColorGroup group = isActiveWindow() ? QPalette::Active : QPalette::Inactive;
    const QColor highlight = pal.color(group, QPalette::Highlight);
    const QColor highlightedText = pal.color(group, QPalette::HighlightedText);
    const int cursorLine = hasFocus() ? toIndex(m_cursor) : -1;
    const int matchLine = m_matchLength > 0 ? toIndex(m_matchLine) : -1;
    const int iconSize = std::max(8, lh - 2);

    // Row backgrounds, gutter marks, timestamps.
    p.setFont(font());
    for (int i = first; i <= last; ++i) {
        const Line &line = lineAt(i);
        const int y = (i - top) * lh;
        const bool selected = i >= selFirst && i <= selLast && selFirst >= 0;
        if (selected)
            p.fillRect(QRect(0, y, width, lh), highlight);
        switch (line.stream) {
        case LogStream::Stderr:
            p.fillRect(QRectF(2, y + 1, std::max(3, lh / 5), lh - 2), m_colours.stderrMark);
            break;
        case LogStream::Warning:
            m_warningIcon.paint(&p, QRect(2, y + (lh - iconSize) / 2, iconSize, iconSize));
            break;
        case LogStream::Error:
            m_errorIcon.paint(&p, QRect(2, y + (lh - iconSize) / 2, iconSize, iconSize));
            break;
        default:
            break;
        }
        if (m_showTimestamps) {
            p.setPen(selected ? highlightedText : m_colours.timestamp);
            p.drawText(QPointF(m_gutterWidth, y + m_ascent), timestampText(line.msecs));
        }
    }

    // The text, clipped to its column and scrolled sideways.
    p.setClipRect(QRect(left, exposed.top(), width - left, exposed.height()));
    const qreal x0 = left - hoffset;
    const qreal areaWidth = width - left;
    const QFontMetricsF metrics(font());
    const QFontMetricsF boldMetrics(m_boldFont);
    bool widthGrew = false;
    for (int i = first; i <= last; ++i) {
        const Line &line = lineAt(i);
        const int y = (i - top) * lh;
        const bool selected = i >= selFirst && i <= selLast && selFirst >= 0;
        const QChar *d = lineData(line);
        const int length = line.length;
        const int runCount = line.runs;
        const bool narrow = line.flags & Narrow;

        if (i == matchLine) {
            const QRectF r(x0 + columnX(line, m_matchStart), y,
                           columnX(line, m_matchStart + m_matchLength) - columnX(line, m_matchStart), lh);
            if (selected) {
                p.setPen(QPen(highlightedText, 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
            } else {
                p.fillRect(r, m_colours.match);
            }
        }

        // Visible columns (for monospace lines: nothing off-screen gets shaped).
        int c0 = 0;
        int c1 = length;
        if (narrow) {
            c0 = std::clamp(int(hoffset / m_charWidth) - 1, 0, length);
            c1 = std::clamp(int(std::ceil((hoffset + areaWidth) / m_charWidth)) + 1, 0, length);
        }
        qreal x = x0;
        int start = 0;
        quint8 style = 0;
        for (int r = 0; r <= runCount; ++r) {
            const int end = r < runCount ? int(d[length + 2 * r].unicode()) : length;
            const quint8 nextStyle = r < runCount ? quint8(d[length + 2 * r + 1].unicode()) : 0;
            if (end > start) {
                const bool bold = (style & BoldBit) || line.stream == LogStream::Error;
                p.setFont(bold ? m_boldFont : font());
                p.setPen(selected ? highlightedText : styleColour(line, style));
                if (narrow) {
                    const int s = std::max(start, c0);
                    const int e = std::min(end, c1);
                    if (s < e)
                        p.drawText(QPointF(x0 + s * m_charWidth, y + m_ascent),
                                   QString::fromRawData(d + s, e - s));
                } else {
                    const QString segment = QString::fromRawData(d + start, end - start);
                    const qreal w = (bold ? boldMetrics : metrics).horizontalAdvance(segment);
                    if (x + w >= left && x <= width)
                        p.drawText(QPointF(x, y + m_ascent), segment);
                    x += w;
                }
            }
            start = end;
            style = nextStyle;
        }
        if (!narrow && x - x0 > m_maxMeasuredWidth) {
            m_maxMeasuredWidth = x - x0;
            widthGrew = true;
        }
    }
    p.setClipping(false);

    if (cursorLine >= first && cursorLine <= last) {
        p.setPen(QPen(m_colours.text, 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(0.5, (cursorLine - top) * lh + 0.5, width - 1, lh - 1));
    }
    if (widthGrew && m_maxMeasuredWidth > m_maxColumns * m_charWidth)
        scheduleFrame(); // the horizontal scroll bar learns about it next frame
}

// --- input -------------------------------------------------------------------------------------------

int LogView::lineAtY(int y) const
{
    if (m_count == 0)
        return -1;
    const int row = y >= 0 ? y / m_lineHeight : -((-y + m_lineHeight - 1) / m_lineHeight);
    return std::clamp(verticalScrollBar()->value() + row, 0, m_count - 1);
}

void LogView::moveCursor(int line, bool extend)
{
    if (m_count == 0)
        return;
    line = std::clamp(line, 0, m_count - 1);
    const qint64 absolute = m_firstAbsolute + line;
    m_matchLength = 0;
    if (extend && hasSelection())
        setAnchorAndCursor(std::max(m_anchor, m_firstAbsolute), absolute);
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
    const int page = visibleLineCapacity();
    const int top = verticalScrollBar()->value();
    int cursor = toIndex(m_cursor);
    const bool noCursor = cursor < 0;
    switch (event->key()) {
    case Qt::Key_Up:
        moveCursor(noCursor ? std::min(m_count - 1, top + page - 1) : cursor - 1, extend);
        return;
    case Qt::Key_Down:
        moveCursor(noCursor ? top : cursor + 1, extend);
        return;
    case Qt::Key_PageUp:
        moveCursor(noCursor ? top : cursor - page, extend);
        return;
    case Qt::Key_PageDown:
        moveCursor(noCursor ? std::min(m_count - 1, top + page - 1) : cursor + page, extend);
        return;
    case Qt::Key_Home:
        moveCursor(0, extend);
        return;
    case Qt::Key_End:
        moveCursor(m_count - 1, extend);
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
    const qint64 absolute = m_firstAbsolute + line;
    if ((event->modifiers() & Qt::ShiftModifier) && hasSelection())
        setAnchorAndCursor(std::max(m_anchor, m_firstAbsolute), absolute);
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
    if (line >= 0 && m_firstAbsolute + line != m_cursor)
        setAnchorAndCursor(std::max(m_anchor, m_firstAbsolute), m_firstAbsolute + line);
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

void LogView::dragScroll()
{
    QScrollBar *v = verticalScrollBar();
    const int rows =
        m_dragY < 0 ? -1 - (-m_dragY) / m_lineHeight : 1 + (m_dragY - viewport()->height()) / m_lineHeight;
    v->setValue(v->value() + rows);
    const int line = lineAtY(m_dragY);
    if (line >= 0)
        setAnchorAndCursor(std::max(m_anchor, m_firstAbsolute), m_firstAbsolute + line);
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LogView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    QAction *selectAllAction = menu.addAction(tr("Select &All"), this, &LogView::selectAll);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    selectAllAction->setEnabled(m_count > 0);
    menu.exec(event->globalPos());
}

void LogView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
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
    const int cursor = toIndex(m_cursor);
    if (m_count == 0)
        description = tr("The log is empty.");
    else if (!m_following && cursor >= 0)
        description = tr("Line %1 of %2: %3")
                          .arg(cursor + 1)
                          .arg(m_count)
                          .arg(plainText(cursor).left(AccessibleTextLength));
    else
        description = tr("Last line: %1").arg(plainText(m_count - 1).left(AccessibleTextLength));
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

} // namespace mua
