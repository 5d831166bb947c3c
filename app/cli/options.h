#pragma once

#include <optional>

// The options the commands share (plan and upgrade take the same ones), and how a command parses
// and checks its options.

#include "core/model/upgradeoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace mua {
class SshMount;
}

namespace mua::cli {

inline constexpr const char *const Commands[] = {"inspect", "plan",     "upgrade", "rollback",
                                                 "backups", "versions", "impact",  "demo-store"};

QStringList commandNames();
// "inspect, plan, … and demo-store", in the user's language.
QString commandList();

// Parses one command's options; positional arguments are checked by the caller.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, QString *error);

// --log and --report, checked before the store changes: a folder that does not exist, an empty
// value, a FIFO that would stop the run, /dev/full. The log may also be /dev/null or a terminal;
// the report is written as a new file renamed into place, so it must be a file.
bool checkOutputs(const QCommandLineParser &parser, const QCommandLineOption &log,
                  const QCommandLineOption &report, QString *error);

// The options plan and upgrade share (cli.md); parsed into UpgradeOptions.
struct UpgradeCommandLine
{
    QCommandLineOption runner{QStringLiteral("runner"), QString(), QStringLiteral("kind"),
                              QStringLiteral("local")};
    QCommandLineOption php{QStringLiteral("php"), QString(), QStringLiteral("path"), QStringLiteral("php")};
    QCommandLineOption composer{QStringLiteral("composer"), QString(), QStringLiteral("path"),
                                QStringLiteral("composer")};
    QCommandLineOption ssh{QStringLiteral("ssh"), QString(), QStringLiteral("host")};
    QCommandLineOption remoteRoot{QStringLiteral("remote-root"), QString(), QStringLiteral("path")};
    QCommandLineOption sshConfig{QStringLiteral("ssh-config"), QString(), QStringLiteral("file")};
    QCommandLineOption service{QStringLiteral("service"), QString(), QStringLiteral("name"),
                               QStringLiteral("php-fpm")};
    QCommandLineOption targetVersion{QStringLiteral("target-version"), QString(), QStringLiteral("version")};
    QCommandLineOption backup{QStringLiteral("backup")};
    QCommandLineOption backupDir{QStringLiteral("backup-dir"), QString(), QStringLiteral("dir")};
    QCommandLineOption backupMedia{QStringLiteral("backup-media")};
    QCommandLineOption url{QStringLiteral("url"), QString(), QStringLiteral("url")};
    QCommandLineOption notify{QStringLiteral("notify"), QString(), QStringLiteral("url")};
    QCommandLineOption notifyFile{QStringLiteral("notify-file"), QString(), QStringLiteral("file")};
    QCommandLineOption onFailure{QStringLiteral("on-failure"), QString(), QStringLiteral("what"),
                                 QStringLiteral("keep-maintenance")};
    QCommandLineOption log{QStringLiteral("log"), QString(), QStringLiteral("file")};
    QCommandLineOption report{QStringLiteral("report"), QString(), QStringLiteral("file")};
    QCommandLineOption resume{QStringLiteral("resume")};
    QCommandLineOption breakLock{QStringLiteral("break-lock")};
    QCommandLineOption grace{QStringLiteral("grace"), QString(), QStringLiteral("seconds"),
                             QStringLiteral("5")};
    QCommandLineOption json{QStringLiteral("json")};
    QCommandLineOption yes{QStringLiteral("yes")};

    void addTo(QCommandLineParser &parser, bool isUpgrade) const
    {
        parser.addOptions({runner, php, composer, ssh, remoteRoot, sshConfig, service, targetVersion, backup,
                           backupDir, backupMedia, url, notify, onFailure, log, report, resume, breakLock,
                           grace});
        parser.addOption(notifyFile);
        parser.addOption(isUpgrade ? yes : json);
    }

    // Options that only one kind of runner uses, given with another: a sentence in *error.
    bool checkRunnerOptions(const QCommandLineParser &parser, QString *error) const;
    // Fills options; a sentence in *error when a value is wrong.
    bool read(const QCommandLineParser &parser, UpgradeOptions &options, QString *error) const;
};

// ROOT from the command line; or, for --runner ssh without one, a mount of HOST:REMOTE_ROOT that
// the assistant makes for the run and takes down after it.
struct StoreRoot
{
    QString path;
    std::unique_ptr<SshMount> mount;
    bool refused = false; // the mount failed (not a usage error)

    StoreRoot();
    ~StoreRoot();

    bool resolve(const QStringList &positional, UpgradeOptions &options, QString *error);
};

// What plan and versions start with: the shared options read and checked, and ROOT resolved.
// Returns an exit code when the command must stop there (the sentence said), or nullopt.
// usage: the command's own "takes exactly one store folder" sentence.
std::optional<int> readStoreCommand(const QStringList &args, QCommandLineParser &parser,
                                    const UpgradeCommandLine &cl, UpgradeOptions &options, StoreRoot &root,
                                    const QString &usage);

} // namespace mua::cli
