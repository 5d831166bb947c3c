#pragma once

#include "core/model/wording.h"

#include <QString>

namespace mua {

// What is wrong with a runner's settings, as data (runnerIssues() in core/runners/runnercheck.h
// finds them): the command line words it with its options, the wizard with its fields
// (Wording::runnerIssue).
struct RunnerIssue
{
    enum class Reason {
        Missing,     // ssh: no host, no folder on the server
        NotAHost,    // ssh: a host that starts with '-' (ssh would read an option) or holds a blank
        NotAbsolute, // ssh: a folder on the server, or the config file, not given from /
        RootFolder,  // ssh: the folder on the server is / itself
        NotAService, // compose, warden: a service name docker compose refuses
    };
    Reason reason;
    Setting setting; // the setting at fault
    QString value;   // its value as given

    bool operator==(const RunnerIssue &other) const = default;
};

} // namespace mua
