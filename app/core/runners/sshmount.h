#pragma once

#include "core/runners/runner.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace mua {

// For --runner ssh without a local copy of the store: mounts HOST:REMOTE_ROOT with sshfs (which
// uses the same ssh, ~/.ssh/config and agent as everything else) on a private folder of this
// user's, so the engine reads env.php, the lock and the journal as it would through any mount,
// while bin/magento and the file work still run on the server. Unmounted again on destruction.
class SshMount
{
    Q_DECLARE_TR_FUNCTIONS(mua::SshMount)

public:
    // Null with a sentence in *error when sshfs is missing or the mount fails.
    static std::unique_ptr<SshMount> mount(const RunnerSettings &settings, QString *error);
    ~SshMount();
    SshMount(const SshMount &) = delete;
    SshMount &operator=(const SshMount &) = delete;

    QString root() const { return m_mountPoint; }
    // host:remote-root, for messages.
    QString remote() const { return m_remote; }
    // A path below root() as the server names it (host:remote-root/…); others unchanged.
    QString shown(const QString &path) const;

private:
    SshMount(const QString &mountPoint, const QString &remote, const QString &remoteRoot);

    QString m_mountPoint;
    QString m_remote;
    QString m_remoteRoot;
};

} // namespace mua
