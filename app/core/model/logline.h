#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

namespace mua {

// Where a log line came from.
enum class LogStream : quint8 {
    Stdout,  // a child's standard output
    Stderr,  // a child's standard error
    Info,    // the assistant itself
    Warning, // the assistant: something to look at
    Error    // the assistant: what failed
};

// One line of a run's log, owning its text.
struct LogLine
{
    qint64 msecsSinceEpoch = 0;
    LogStream stream = LogStream::Info;
    QString stepId; // empty outside a step
    QString text;   // one line, secrets already redacted, no trailing newline
};

// One line of a LogChunk, viewing the chunk's text: valid while the chunk lives.
struct LogLineView
{
    qint64 msecsSinceEpoch = 0;
    LogStream stream = LogStream::Info;
    QStringView stepId;
    QStringView text;
    LogLine toLine() const { return {msecsSinceEpoch, stream, stepId.toString(), text.toString()}; }
};

// The worker hands lines over in chunks of thousands: one signal per line would cost more than the
// line. A chunk keeps its lines' text one after another in a single string and a small fixed-size
// entry per line, so a flood allocates per chunk, never per line. That matters twice over: the worker
// thread allocates what the GUI thread frees, and a per-line malloc/free across two threads made
// them wait on each other's allocator locks (bench_logview measured a fifth of the GUI thread's time
// there). Copying a chunk is cheap (implicitly shared).
class LogChunk
{
public:
    LogChunk() = default;
    LogChunk(std::initializer_list<LogLine> lines);

    void reserve(qsizetype lines, qsizetype characters);
    void append(qint64 msecsSinceEpoch, LogStream stream, const QString &stepId, QStringView text);
    void append(const LogLine &line) { append(line.msecsSinceEpoch, line.stream, line.stepId, line.text); }
    void clear();

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype characters() const { return m_text.size(); } // of every line's text
    LogLineView at(qsizetype i) const;

    class const_iterator
    {
    public:
        using value_type = LogLineView;
        using difference_type = qsizetype;
        const_iterator(const LogChunk *chunk, qsizetype i)
            : m_chunk(chunk)
            , m_i(i)
        {}
        LogLineView operator*() const { return m_chunk->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_i == other.m_i; }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const LogChunk *m_chunk;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    struct Entry
    {
        qint64 msecs;
        quint32 end;  // where the line's text ends in m_text
        quint16 step; // index in m_steps
        LogStream stream;
    };
    QString m_text;
    QList<Entry> m_entries;
    QStringList m_steps; // the step ids the chunk's lines name, usually one
};

} // namespace mua

Q_DECLARE_METATYPE(mua::LogChunk)
