#pragma once

#include "core/runners/runner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

#include <sys/types.h>

namespace mua {

struct PreflightCheck;
struct Store;

// --runner ssh: bin/magento, PHP, Composer and the bulk file work run on the server through the
// user's own OpenSSH client (so ~/.ssh/config aliases, agents and jump hosts work), while the
// engine reads env.php, the lock, the journal and the maintenance flag through ROOT, the same store
// mounted locally (sshfs, NFS). Every call shares one connection (ControlMaster, in a private
// folder), never asks for a password (BatchMode) and gives up on a dead server (ConnectTimeout,
// ServerAliveInterval). Bulk file work is one remote sh script per call, with the safety of FileOps:
// no symlink is followed, no other mount is entered, nothing outside the remote root is touched.
class SshRunner : public Runner
{
    Q_DECLARE_TR_FUNCTIONS(mua::SshRunner)

public:
    // Null with a sentence in *error when --ssh or --remote-root is missing or wrong, or when the
    // private folder for the shared connection cannot be made.
    static std::unique_ptr<SshRunner> create(const QString &storeRoot, const RunnerSettings &settings,
                                             QString *error);

    RunnerKind kind() const override { return RunnerKind::Ssh; }
    CommandSpec magento(const QStringList &arguments) const override;
    CommandSpec php(const QStringList &arguments) const override;
    CommandSpec composer(const QStringList &arguments) const override;

    TreeStats stats(const QString &relativeDir) const override;
    FileOpReport chmodTree(const QString &relativeDir, unsigned mode,
                           const std::atomic_bool *cancel) const override;
    FileOpReport emptyFolder(const QString &relativeDir, const std::atomic_bool *cancel) const override;
    AsideMove moveAside(const QString &relativeDir) const override;
    FileOpReport removeAside(const QString &relativeAside, const std::atomic_bool *cancel) const override;
    std::optional<FileOpReport> keepTree(const QString &from, const QString &to,
                                         const QStringList &copied) const override;
    std::optional<QStringList> differences(const QString &oldRelative, const QString &newRelative,
                                           const std::atomic_bool *cancel, int graceMs) const override;
    bool maintenanceFlagExists() const override;
    std::optional<bool> maintenanceState() const override;
    bool storeReachable(QString *error) const override { return mountPresent(error); }

    // Read-only checks on the server, before anything changes: the connection, that ROOT and
    // --remote-root are the same store (the lock token this run wrote through ROOT, else the
    // sha256 of app/etc/env.php), that bin/magento exists there, and that the SSH user owns the
    // store's files. One ssh call. When the connection fails, the only check says why.
    QList<PreflightCheck> checks(const Store &store, const std::atomic_bool *cancel, int graceMs) const;
    // True when the last checks() could not reach the server (the other remote checks are moot).
    static bool isConnectionFailure(const QList<PreflightCheck> &checks);

    // ssh with every option, the host and one remote POSIX sh command line.
    CommandSpec ssh(const QString &remoteCommand) const;
    // ssh -O operation (check, exit) on the shared connection.
    CommandSpec control(const QString &operation) const;

    QString host() const { return m_settings.sshHost; }
    QString remoteRoot() const { return m_remoteRoot; }
    QString controlDir() const { return m_controlDir; }

    // The sentence for an ssh call that could not connect (exit code 255 before the remote command
    // said anything), from ssh's own lines: refused key, unknown host key, unknown host, refused,
    // timed out; else ssh's last line.
    QString connectionError(const QStringList &sshOutput) const;

private:
    SshRunner(const QString &storeRoot, const RunnerSettings &settings, const QString &remoteRoot,
              const QString &controlDir);
    // cd to the remote root, then exec program with the arguments.
    CommandSpec remote(const QString &program, const QStringList &arguments) const;
    // Whether ROOT is still the mount the run started on; false with a sentence when it is gone.
    bool mountPresent(QString *error) const;
    QString where(const QString &relativeDir) const; // host:remote-root/relativeDir, for messages
    // Whether relativeDir names a folder inside the store; false with a sentence.
    bool isInside(const QString &relativeDir, QString *error) const;

    enum class BulkOp { Stats, Chmod, Empty, Aside, Remove, Keep };
    struct BulkResult;
    // One remote run of the file-work script; argument is chmod's octal mode, the aside name, or
    // where keep puts its copy (then `more` are the names it copies).
    BulkResult bulk(BulkOp op, const QString &relativeDir, const QString &argument,
                    const std::atomic_bool *cancel, const QStringList &more = {}) const;

    RunnerSettings m_settings;
    QString m_remoteRoot;
    QString m_controlDir;
    dev_t m_rootDevice = 0;
    bool m_rootKnown = false;
};

} // namespace mua
