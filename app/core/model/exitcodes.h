#pragma once

namespace mua {

// The exit codes of cli.md. Scripts depend on them: add, never renumber.
enum class ExitCode : int {
    Ok = 0,         // every step succeeded or was rightly skipped
    Failed = 1,     // a step failed; the store's state is reported
    Usage = 2,      // usage error, or ROOT is not a store this tool can work on
    Refused = 3,    // another run holds the lock, or a safety check failed
    Cancelled = 130 // Ctrl-C / SIGTERM
};

constexpr int toInt(ExitCode c)
{
    return static_cast<int>(c);
}

} // namespace mua
