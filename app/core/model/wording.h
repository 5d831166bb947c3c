#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mua {

enum class RunnerKind;
struct NextStep;
struct RunnerIssue;

// The settings a person chooses for a run: options on the command line, fields in the wizard; and
// the choices a run may be asked for again (resume, break a lock, accept a loss of data).
enum class Setting {
    Runner,
    Php,
    SshHost,
    RemoteRoot,
    SshConfig,
    Service,
    TargetVersion,
    Backup,
    BackupDir,
    BackupMedia,
    Url,
    Composer,
    NotifyFile,     // the file that holds the webhook's address
    Report,         // the file the report is written to
    Resume,         // go on with a run that did not finish
    BreakLock,      // take over a lock that no live run holds
    AcceptDataLoss, // roll back over what the shop took in since the backup
};

// How the engine's sentences name what their reader chose and sees. The engine speaks about the
// store, never about a command line: this default wording names settings in plain words ("the
// target version"), steps by their titles, and offers no command to type. The command line installs
// its own (cli/cliwording.h: options, step ids, exit codes and the "Next:" command); a window its
// own (the labels of its fields). So one engine speaks to each audience without knowing about
// options or widgets.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(mua::Wording)

public:
    virtual ~Wording() = default;

    // Whether the reader types commands: sentences may show options, step ids and exit codes.
    virtual bool commandLine() const;
    // A setting's name: "the target version".
    virtual QString setting(Setting setting) const;
    // A setting with its value, as the reader would choose it: "the runner ssh".
    virtual QString setting(Setting setting, const QString &value) const;
    // A runner kind as the reader chooses it: "the ssh runner".
    virtual QString runner(RunnerKind kind) const;
    // What is wrong with a runner's settings (runnerIssues), in one sentence.
    virtual QString runnerIssue(const RunnerIssue &issue) const;
    // Several of them, as the reader takes them: by default the first.
    virtual QString runnerIssues(const QList<RunnerIssue> &issues) const;
    // Why a step that needs a setting does not run: "no target version given".
    virtual QString notChosen(Setting setting) const;
    // How a sentence names a step: its title ("Upgrade the database and modules"), else its id.
    virtual QString step(const QString &id, const QString &title) const;
    // The command that takes the reader on (the report's nextCommand and the "Next:" line); empty
    // when the reader types no commands, as with this wording.
    virtual QString command(const NextStep &next) const;

    // The wording of this process: this default unless one was installed.
    static const Wording &current();
    // Installs wording for the whole process, read from any thread (nullptr: the default again);
    // returns the one installed before (nullptr: the default). Not owned: it must outlive every use.
    static const Wording *install(const Wording *wording);

    // "a", "a and b", "a, b and c", in the reader's language.
    static QString list(const QStringList &items);
};

} // namespace mua
