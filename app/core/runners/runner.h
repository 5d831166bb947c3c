#pragma once

#include "core/fs/fileops.h"
#include "core/model/runnersettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mua {

// One word for a POSIX shell (sh, bash, zsh; also ssh's remote shell): as it is when it holds
// nothing a shell would expand, else in single quotes. Empty becomes ''.
QString shellQuote(const QString &argument);

// One command line, ready to start.
struct CommandSpec
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    // When set, what display() shows instead: the command a person would type, without the
    // plumbing the runner adds (the ssh runner's connection-sharing options).
    QString shown = {};
    // Cancel is told by closing the child's standard input (an empty pipe until then) before any
    // signal: ssh passes that on to the server, where the remote command's group is stopped.
    bool cancelByClosingStdin = false;
    // Cancel is told by running the same program, in the same folder, with these arguments, before
    // any signal: a container's command outlives the docker client that started it, so it is
    // stopped inside the container (TERM, then KILL after a grace period).
    QStringList stopArguments = {};
    // When the program reports its command's exit code only as a line on stderr and exits 1 itself
    // (ddev before 1.24.7: "Failed to execute command …: exit status N"), a pattern whose first
    // capture is that code: the result then carries the command's own code.
    QRegularExpression exitStatusLine = {};
    // Descriptors of this process the child inherits as they are (their FD_CLOEXEC is cleared in the
    // child only), for /dev/fd/N arguments: a private option file that never touches the disk.
    QList<int> inheritFds = {};
    // What a person would type, for logs, plans and "next command" advice.
    QString display() const;
};

// How commands reach a store: local PHP here; SSH and containers build other command lines
// behind the same interface.
class Runner
{
public:
    virtual ~Runner() = default;
    virtual RunnerKind kind() const = 0;
    // The kind's word, for messages and logs: "ssh".
    QString name() const { return runnerKindWord(kind()); }
    // bin/magento with the arguments, plus --no-ansi --no-interaction.
    virtual CommandSpec magento(const QStringList &arguments) const = 0;
    // PHP itself (for reading the CLI PHP's version and memory_limit).
    virtual CommandSpec php(const QStringList &arguments) const = 0;
    virtual CommandSpec composer(const QStringList &arguments) const = 0;
    // How a person runs bin/magento by hand with this runner, for advice in messages.
    virtual QString magentoHint(const QString &arguments) const;

    // Bulk file work on a folder given relative to the store root, where it is fastest: in-process
    // here (the store's files are mounted locally), on the server for runners that reach it remotely.
    virtual TreeStats stats(const QString &relativeDir) const;
    virtual FileOpReport chmodTree(const QString &relativeDir, unsigned mode,
                                   const std::atomic_bool *cancel) const;
    virtual FileOpReport emptyFolder(const QString &relativeDir, const std::atomic_bool *cancel) const;
    // FileOps::moveAside and removeAside, where the file work runs (see there).
    virtual AsideMove moveAside(const QString &relativeDir) const;
    virtual FileOpReport removeAside(const QString &relativeAside, const std::atomic_bool *cancel) const;
    // For the version move (MoveGuard): a copy of the store-relative folder `from` at `to` (whose
    // parent exists and which does not), never following a link: links as links, folders with their
    // modes, files as hard links except below the top-level names in `copied`, which are real copies.
    // Runners whose file work runs elsewhere do it there, in one call (a network mount may not even
    // read a link: sshfs's contain_symlinks refuses targets with ".."); nothing from the others, whose
    // caller does it in-process.
    virtual std::optional<FileOpReport> keepTree(const QString & /*from*/, const QString & /*to*/,
                                                 const QStringList & /*copied*/) const
    {
        return std::nullopt;
    }
    // For the impact report: `diff -rq --no-dereference OLD NEW` of two store-relative folders, run where
    // the files are, its output lines; nothing when the comparison is better made here (the local and
    // container runners: the files are on this machine) or could not be made there (no GNU diff, a
    // file it cannot read), which the caller then makes in-process.
    virtual std::optional<QStringList> differences(const QString & /*oldRelative*/,
                                                   const QString & /*newRelative*/,
                                                   const std::atomic_bool * /*cancel*/, int /*graceMs*/) const
    {
        return std::nullopt;
    }
    // Whether var/.maintenance.flag exists, asked where bin/magento runs: a network mount may show
    // a cached answer for a while after the server changed it.
    virtual bool maintenanceFlagExists() const;
    // The same, or nothing when it cannot be known (the server and the mount are both unreachable).
    virtual std::optional<bool> maintenanceState() const { return maintenanceFlagExists(); }
    // Whether the store's files can still be reached here; false with a sentence when they cannot any
    // more (a mount that went away).
    virtual bool storeReachable(QString *) const { return true; }
    // The known fix for a failed command's output, for the run's last words: the runner's own
    // failures first (a container environment that is not running), then Magento's (KnownFailures).
    virtual QString failureAdvice(const QStringList &output, int exitCode) const;

protected:
    explicit Runner(const QString &storeRoot)
        : m_root(storeRoot)
    {}
    QString absolute(const QString &relativeDir) const { return m_root + QLatin1Char('/') + relativeDir; }
    QString m_root;
};

class LocalRunner : public Runner
{
public:
    LocalRunner(const QString &storeRoot, const RunnerSettings &settings);
    RunnerKind kind() const override { return RunnerKind::Local; }
    CommandSpec magento(const QStringList &arguments) const override;
    CommandSpec php(const QStringList &arguments) const override;
    CommandSpec composer(const QStringList &arguments) const override;

private:
    RunnerSettings m_settings;
};

class RunnerFactory
{
    Q_DECLARE_TR_FUNCTIONS(mua::RunnerFactory)

public:
    // Null with a sentence in *error when the settings cannot make a runner.
    static std::unique_ptr<Runner> create(const QString &storeRoot, const RunnerSettings &settings,
                                          QString *error);
};

} // namespace mua
