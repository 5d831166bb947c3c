#include "core/model/logline.h"

namespace mua {

LogChunk::LogChunk(std::initializer_list<LogLine> lines)
{
    for (const LogLine &line : lines)
        append(line);
}

void LogChunk::reserve(qsizetype lines, qsizetype characters)
{
    m_entries.reserve(lines);
    m_text.reserve(characters);
}

void LogChunk::append(qint64 msecsSinceEpoch, LogStream stream, const QString &stepId, QStringView text)
{
    // Lines come in runs of one step: compare with the last step id first.
    qsizetype step = m_steps.size() - 1;
    if (step < 0 || m_steps.at(step) != stepId) {
        step = m_steps.indexOf(stepId);
        if (step < 0) {
            m_steps.append(stepId);
            step = m_steps.size() - 1;
        }
    }
    m_text.append(text);
    m_entries.append(Entry{msecsSinceEpoch, quint32(m_text.size()), quint16(step), stream});
}

void LogChunk::clear()
{
    m_text.clear();
    m_entries.clear();
    m_steps.clear();
}

LogLineView LogChunk::at(qsizetype i) const
{
    const Entry &e = m_entries.at(i);
    const quint32 start = i > 0 ? m_entries.at(i - 1).end : 0;
    return {e.msecs, e.stream, QStringView(m_steps.at(e.step)),
            QStringView(m_text).sliced(start, e.end - start)};
}

} // namespace mua
