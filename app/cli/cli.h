#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mua {

// The headless commands of cli.md: inspect, plan, upgrade, rollback, backups, demo-store, plus --help and
// --version. They share the engine with the wizard.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(mua::Cli)

public:
    // True unless argv asks for the wizard and there is a display to show it on: every command,
    // --help and --version, and whatever the wizard cannot take (run() says why, exit 2), all
    // without a QApplication.
    static bool isHeadless(int argc, char **argv);
    // Runs a headless command; returns the process exit code.
    static int run(const QStringList &arguments);

    static QString usage();
    static QString versionText();
};

} // namespace mua
