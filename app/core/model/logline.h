#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace mua {

// Where a log line came from.
enum class LogStream : quint8 {
    Stdout,  // a child's standard output
    Stderr,  // a child's standard error
    Info,    // the assistant itself
    Warning, // the assistant: something to look at
    Error    // the assistant: what failed
};

struct LogLine
{
    qint64 msecsSinceEpoch = 0;
    LogStream stream = LogStream::Info;
    QString stepId; // empty outside a step
    QString text;   // one line, secrets already redacted, no trailing newline
};

// The worker hands lines over in chunks: one signal per line would cost more than the line.
using LogChunk = QList<LogLine>;

} // namespace mua

Q_DECLARE_METATYPE(mua::LogChunk)
