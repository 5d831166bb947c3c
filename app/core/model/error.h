#pragma once

#include <QString>

#include <cerrno>
#include <cstring>

namespace mua {

// The engine's one way to say that something failed, as Qt Installer Framework's operations do: a
// function that can fail returns bool, or std::optional<T> when it yields a value, and writes one
// sentence for people (what is at fault and what to do) into its QString *error, which comes after
// its inputs and outputs (only parameters with a default follow it) and may be null when the caller
// needs no sentence. A struct that carries data besides the failure (a command's exit code and
// output, an HTTP answer, a bulk operation's counts) is data, and says so where it is declared. A file
// descriptor or an owning pointer says it failed by -1 or null, with the sentence in *error the same way.

// Writes sentence into *error when the caller asked for it; false, so that a failure reads
// `return failWith(error, tr("…"));`.
inline bool failWith(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

// The system's words for an errno value (the current one by default), for such a sentence.
inline QString errnoText(int err = errno)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace mua
