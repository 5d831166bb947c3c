#pragma once

#include "core/model/logline.h"
#include "ui/log/lineclassifier.h"
#include "ui/log/lineresolver.h"

#include <QList>
#include <QStringView>

#include <deque>
#include <memory>
#include <vector>

namespace mua {

// The lines of the live log, without widgets (Qt Core only): a bounded ring (memory bounded by line
// count, never by log length: the full log is on disk), each line resolved once on arrival (ANSI SGR
// colours, `\r` progress redraws, control characters; see LineResolver) and read for what it means
// (errors and warnings, whatever stream it came on; see LineClassifier). LogView paints it.
//
// Lines are numbered two ways: an index, 0 the oldest line held; and an absolute number, counted from
// the first line ever appended, which stays with a line while older ones leave the ring.
class LogRing
{
public:
    static constexpr int DefaultMaximumLines = 100000;
    static constexpr int MaximumLineLength = LineResolver::MaximumLineLength; // longer lines are cut

    enum Flag : quint8 {
        Narrow = LineResolver::Narrow,       // printable ASCII only: one column per character
        Truncated = LineResolver::Truncated, // cut at MaximumLineLength
        MeansError = 0x4,                    // a child's line that reads as an error
        MeansWarning = 0x8                   // ... as a warning
    };

    // One stored line. Its characters live in a text block: the shown text (`length` characters), then
    // two characters per colour run (start, style; see LineResolver). No allocation per line.
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

    // A stretch of a line's text in one style.
    struct Span
    {
        int start = 0;
        int length = 0;
        int colour = -1; // ANSI colour 0–15 (30–37 are 0–7, 90–97 are 8–15); -1: the line's default
        bool bold = false;
        bool operator==(const Span &) const = default;
    };

    enum class Appended : quint8 { NewLine, Replaced }; // Replaced: a `\r` redraw of the newest line

    LogRing();
    ~LogRing();
    LogRing(const LogRing &) = delete;
    LogRing &operator=(const LogRing &) = delete;

    Appended append(qint64 msecsSinceEpoch, LogStream stream, QStringView text);
    Appended append(const LogLine &line) { return append(line.msecsSinceEpoch, line.stream, line.text); }
    void clear(); // forgets open error blocks too; absolute numbers go on
    int maximumLines() const { return m_maximumLines; }
    void setMaximumLines(int lines); // keeps the newest lines

    int count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const Line &at(int index) const
    {
        int p = m_head + index;
        if (p >= m_maximumLines)
            p -= m_maximumLines;
        return slot(p);
    }
    const QChar *data(const Line &line) const
    {
        return reinterpret_cast<const QChar *>(m_blocks[line.block - m_firstBlock].get()) + line.offset;
    }
    QStringView text(const Line &line) const { return QStringView(data(line), line.length); }
    QStringView text(int index) const { return text(at(index)); }
    QList<Span> spans(int index) const;
    LineMeaning meaning(int index) const;

    // The absolute number of line 0, and the index of an absolute number (-1: not
    // held).
    qint64 firstAbsolute() const { return m_firstAbsolute; }
    int toIndex(qint64 absolute) const
    {
        const qint64 index = absolute - m_firstAbsolute;
        return absolute >= 0 && index >= 0 && index < m_count ? int(index) : -1;
    }
    // Lines that left the ring since the last clear(); lines appended since then, held or not.
    qint64 droppedCount() const { return m_firstAbsolute - m_clearedAbsolute; }
    qint64 totalCount() const { return droppedCount() + m_count; }
    int truncatedCount() const { return m_truncatedLines; } // held lines cut at MaximumLineLength
    int maximumLength() const { return m_maxColumns; }      // the longest line held since the last clear()

private:
    // Memory for lines and text comes in populated pages (see mapMemory() in the .cpp).
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
    static constexpr size_t SegmentLines = 4096;

    const Line &slot(int physical) const
    {
        return m_segments[size_t(physical) / SegmentLines][size_t(physical) % SegmentLines];
    }
    Line &slot(int physical)
    {
        return m_segments[size_t(physical) / SegmentLines][size_t(physical) % SegmentLines];
    }
    Line &mutableAt(int index) { return const_cast<Line &>(std::as_const(*this).at(index)); }
    void writeText(Line *line, const LineResolver::Resolved &resolved, quint8 flags);
    void releaseBlocks(); // those no line uses any more

    // Lines in fixed-size segments: index i is physical (m_head + i) % m_maximumLines.
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
    qint64 m_clearedAbsolute = 0; // m_firstAbsolute at the last clear()
    int m_truncatedLines = 0;
    int m_maxColumns = 0;
    LineResolver m_resolver;
    LineClassifier m_classifier;
};

} // namespace mua
