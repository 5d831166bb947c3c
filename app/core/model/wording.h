#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mua {

enum class RunnerKind;
struct RunnerIssue;

// The settings a person chooses for a run: options on the command line, fields in the wizard.
enum class Setting {
    Runner,        // --runner KIND
    Php,           // --php PATH
    SshHost,       // --ssh HOST
    RemoteRoot,    // --remote-root PATH
    SshConfig,     // --ssh-config FILE
    Service,       // --service NAME
    TargetVersion, // --target-version X
    Backup,        // --backup
    BackupDir,     // --backup-dir DIR
    BackupMedia,   // --backup-media
    Url,           // --url URL
};

// How the engine's sentences name what their reader chose and sees. The command line (cli.md) says
// "--target-version", names steps by their ids and shows exit codes; a window names its own fields
// and the steps' titles. The engine never spells an option in a sentence a window can show: it asks
// the wording of the process, which is the command line's unless a window installed its own. So one
// engine speaks to both audiences without knowing about widgets.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(mua::Wording)

public:
    virtual ~Wording() = default;

    // Whether the reader types commands: sentences may show options, step ids and exit codes.
    virtual bool commandLine() const;
    // A setting's name: "--target-version".
    virtual QString setting(Setting setting) const;
    // A setting with its value, as the reader would choose it: "--runner ssh".
    virtual QString setting(Setting setting, const QString &value) const;
    // A runner kind as the reader chooses it: "--runner ssh".
    virtual QString runner(RunnerKind kind) const;
    // What is wrong with a runner's settings (runnerIssues), in one sentence.
    virtual QString runnerIssue(const RunnerIssue &issue) const;
    // Several of them, as the reader takes them: the command line stops at the first.
    virtual QString runnerIssues(const QList<RunnerIssue> &issues) const;
    // Why a step that needs a setting does not run: "no --target-version given".
    virtual QString notChosen(Setting setting) const;
    // How a sentence names a step: its id ("setup-upgrade").
    virtual QString step(const QString &id, const QString &title) const;

    // The wording of this process: the command line's unless one was installed.
    static const Wording &current();
    // Installs wording for the whole process, read from any thread (nullptr: the command line's
    // again). Not owned: it must outlive every use.
    static void install(const Wording *wording);

    // "a", "a and b", "a, b and c", in the reader's language.
    static QString list(const QStringList &items);
};

} // namespace mua
