#pragma once

// One function per command of cli.md, each in a file of its own; Cli::run chooses. Each returns the
// process exit code.

#include <QStringList>

namespace mua {
class SignalWatcher;
}

namespace mua::cli {

int runInspect(const QStringList &args);
int runDemoStore(const QStringList &args);
int runPlan(const QStringList &args);
int runUpgrade(const QStringList &args, SignalWatcher &watcher);
int runRollback(const QStringList &args, SignalWatcher &watcher);
int runBackups(const QStringList &args);
int runVersions(const QStringList &args);
int runImpact(const QStringList &args);

} // namespace mua::cli
