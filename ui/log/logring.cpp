#include "ui/log/logring.h"

#include <algorithm>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace mua {

namespace {

constexpr int BlockChars = 65535; // per text block (offsets are 16-bit); holds any resolved line
constexpr size_t BlockBytes = 65536 * sizeof(char16_t);
constexpr size_t SpareBlocks = 4; // kept for reuse instead of unmapped and mapped again

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

} // namespace

LogRing::LogRing() = default;
LogRing::~LogRing() = default;

LogRing::Appended LogRing::append(qint64 msecsSinceEpoch, LogStream stream, QStringView text)
{
    const LineResolver::Resolved resolved = m_resolver.resolve(text);
    quint8 flags = resolved.flags;
    switch (m_classifier.classify(resolved.text(), stream)) {
    case LineMeaning::Error:
        flags |= MeansError;
        break;
    case LineMeaning::Warning:
        flags |= MeansWarning;
        break;
    case LineMeaning::Plain:
        break;
    }
    if (resolved.progress && m_count > 0 && at(m_count - 1).stream == stream) {
        // A redraw of the newest line: its old text was the last thing written, so its space is reused.
        Line &previous = mutableAt(m_count - 1);
        if (previous.block == m_firstBlock + m_blocks.size() - 1 &&
            previous.offset + previous.length + 2 * previous.runs == m_writePosition)
            m_writePosition = previous.offset;
        if (previous.flags & Truncated)
            --m_truncatedLines;
        previous.msecs = msecsSinceEpoch;
        writeText(&previous, resolved, flags);
        return Appended::Replaced;
    }
    Line line;
    line.msecs = msecsSinceEpoch;
    line.stream = stream;
    writeText(&line, resolved, flags);
    if (m_count < m_maximumLines) { // growing: m_head is 0
        if (size_t(m_count) == m_segments.size() * SegmentLines)
            m_segments.push_back(allocateSegment());
        slot(m_count) = line;
        ++m_count;
        return Appended::NewLine;
    }
    if (slot(m_head).flags & Truncated)
        --m_truncatedLines;
    slot(m_head) = line;
    if (++m_head == m_maximumLines)
        m_head = 0;
    ++m_firstAbsolute;
    if (at(0).block != m_firstBlock)
        releaseBlocks();
    return Appended::NewLine;
}

void LogRing::writeText(Line *line, const LineResolver::Resolved &resolved, quint8 flags)
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
    line->flags = flags;
    if (flags & Truncated)
        ++m_truncatedLines;
    m_writePosition += size;
    m_maxColumns = std::max(m_maxColumns, resolved.length);
}

LogRing::Segment LogRing::allocateSegment()
{
    constexpr size_t Bytes = SegmentLines * sizeof(Line);
    Line *lines = std::uninitialized_value_construct_n(static_cast<Line *>(mapMemory(Bytes)), SegmentLines) -
                  SegmentLines;
    return Segment(lines, MappedDeleter(Bytes));
}

LogRing::Block LogRing::allocateBlock()
{
    return Block(static_cast<char16_t *>(mapMemory(BlockBytes)), MappedDeleter(BlockBytes));
}

void LogRing::MappedDeleter::operator()(void *memory) const
{
    unmapMemory(memory, bytes);
}

void LogRing::releaseBlocks()
{
    const quint32 oldest = m_count > 0 ? at(0).block : m_firstBlock + quint32(m_blocks.size());
    while (m_blocks.size() > 1 && m_firstBlock < oldest) {
        if (m_spareBlocks.size() < SpareBlocks)
            m_spareBlocks.push_back(std::move(m_blocks.front()));
        m_blocks.pop_front();
        ++m_firstBlock;
    }
}

void LogRing::clear()
{
    m_segments.clear();
    m_blocks.clear();
    m_spareBlocks.clear();
    m_firstBlock = 0;
    m_writePosition = 0;
    m_firstAbsolute += m_count;
    m_clearedAbsolute = m_firstAbsolute;
    m_head = 0;
    m_count = 0;
    m_truncatedLines = 0;
    m_maxColumns = 0;
    m_classifier.reset();
}

void LogRing::setMaximumLines(int lines)
{
    lines = std::max(1, lines);
    if (lines == m_maximumLines)
        return;
    const int keep = std::min(m_count, lines);
    std::vector<Segment> kept; // in order, from physical 0
    for (int k = 0; k < keep; ++k) {
        if (size_t(k) == kept.size() * SegmentLines)
            kept.push_back(allocateSegment());
        kept[size_t(k) / SegmentLines][size_t(k) % SegmentLines] = at(m_count - keep + k);
    }
    const int dropped = m_count - keep;
    m_segments.swap(kept);
    m_head = 0;
    m_count = keep;
    m_maximumLines = lines;
    m_firstAbsolute += dropped;
    m_truncatedLines = 0;
    for (int i = 0; i < m_count; ++i) {
        if (at(i).flags & Truncated)
            ++m_truncatedLines;
    }
    releaseBlocks();
}

QList<LogRing::Span> LogRing::spans(int index) const
{
    QList<Span> result;
    if (index < 0 || index >= m_count)
        return result;
    const Line &l = at(index);
    const QChar *d = data(l);
    int start = 0;
    quint8 style = 0;
    const auto add = [&](int end) {
        if (end > start)
            result.append(Span{start, end - start, LineResolver::colour(style), LineResolver::isBold(style)});
    };
    for (int r = 0; r < l.runs; ++r) {
        const int runStart = d[l.length + 2 * r].unicode();
        add(runStart);
        start = runStart;
        style = quint8(d[l.length + 2 * r + 1].unicode());
    }
    add(l.length);
    return result;
}

LineMeaning LogRing::meaning(int index) const
{
    if (index < 0 || index >= m_count)
        return LineMeaning::Plain;
    const quint8 flags = at(index).flags;
    return flags & MeansError     ? LineMeaning::Error
           : flags & MeansWarning ? LineMeaning::Warning
                                  : LineMeaning::Plain;
}

} // namespace mua
