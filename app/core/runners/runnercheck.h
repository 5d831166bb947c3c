#pragma once

#include "core/model/wording.h"
#include "core/runners/runner.h"

#include <QList>
#include <QString>

namespace mua {

// What is wrong with a runner's settings, as data: the command line words it with its options, the
// wizard with its fields (Wording::runnerIssue). The one place that knows the rules.
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

// Everything wrong with the settings of their kind, in the order of the fields (host, folder on
// the server, config file; service). Reads no file: whether the config file can be read is the
// runner's to find out when it is made. Empty when the settings can make a runner.
QList<RunnerIssue> runnerIssues(const RunnerSettings &settings);

} // namespace mua
