#pragma once

#include "core/model/runnerissue.h"
#include "core/model/runnersettings.h"

#include <QList>
#include <QString>

namespace mua {

// The rules for a runner's settings, in one place. Everything wrong with the settings of their kind,
// in the order of the fields (host, folder on the server, config file; service). Reads no file:
// whether the config file can be read is the runner's to find out when it is made. Empty when the
// settings can make a runner.
QList<RunnerIssue> runnerIssues(const RunnerSettings &settings);

} // namespace mua
