#pragma once

#include "core/model/runnerkind.h"

#include <QString>

namespace mua {

// How commands are to reach a store, as a person chose it (the command line's options, the store
// page's fields, saved per store); RunnerFactory makes a runner of it.
struct RunnerSettings
{
    RunnerKind kind = RunnerKind::Local;
    QString php = QStringLiteral("php");
    QString composer = QStringLiteral("composer");
    QString sshHost;       // --ssh: a host name or a Host of ~/.ssh/config
    QString remoteRoot;    // --remote-root: the store's folder on the server (absolute)
    QString sshConfigFile; // --ssh-config: ssh -F FILE instead of ~/.ssh/config
    QString sshProgram = QStringLiteral("ssh");
    QString service = QStringLiteral("php-fpm");
    // ssh: ROOT is a mount the assistant made itself (no ROOT was given); messages and the next
    // command name the store as host:remote-root.
    bool ownMount = false;
};

} // namespace mua
