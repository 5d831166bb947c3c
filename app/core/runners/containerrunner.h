#pragma once

#include "core/runners/runner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mua {

struct CommandResult;

// What a project folder says about how its PHP runs: a ddev project, a warden environment, or a
// docker compose project with a PHP service. Found by reading files only.
struct RunnerSuggestion
{
    std::optional<RunnerKind> kind; // ddev, warden, compose; nothing when nothing was found
    QString service;                // compose: the service that runs PHP
    QString projectRoot;            // the folder that holds the project's file
    QString file;                   // that file (absolute)
    QString reason;                 // one sentence: what was found, and the option to add
    bool isEmpty() const { return !kind; }
};

// A docker compose service as the line reader of ContainerRunner::composeServices sees it.
struct ComposeService
{
    QString name;
    QString image;
    QString build; // the build context or dockerfile, when given
};

// --runner ddev|warden|compose: bin/magento, PHP and Composer run in the project's PHP container
// through the user's own tool (ddev exec, warden env exec -T, docker compose exec -T), from the
// store folder on this computer, so that the tool finds its project as it does for a person. The
// project folder is mounted into the container, so the bulk file work and the maintenance flag
// stay in-process here (the Runner base class). Standard input is closed (CommandExecutor) and no
// TTY is ever asked for: -T for warden and compose; ddev exec asks for none when its standard input
// is not a terminal.
class ContainerRunner : public Runner
{
    Q_DECLARE_TR_FUNCTIONS(mua::ContainerRunner)

public:
    // docker compose's own rule for service names.
    static bool isServiceName(const QString &name);
    // Null with a sentence in *error for a service name docker compose would refuse.
    static std::unique_ptr<ContainerRunner> create(const QString &storeRoot, const RunnerSettings &settings,
                                                   QString *error);

    RunnerKind kind() const override { return m_kind; }
    CommandSpec magento(const QStringList &arguments) const override;
    CommandSpec php(const QStringList &arguments) const override;
    CommandSpec composer(const QStringList &arguments) const override;
    // How long a cancelled command in the container gets between TERM and KILL.
    static constexpr int StopGraceSeconds = 5;
    // With the folder to run it from: the tools find their project from the current folder.
    QString magentoHint(const QString &arguments) const override;
    QString failureAdvice(const QStringList &output, int exitCode) const override;

    QString service() const { return m_service; }
    // The folder of the project file (.ddev/config.yaml, warden's .env), or ROOT when none was found.
    QString projectRoot() const { return m_projectRoot; }
    // The tool this runner starts: ddev, warden or docker.
    QString program() const;
    // What a person types to start the environment, and the environment's name in sentences.
    QString startCommand() const;
    QString environmentName() const;

    // When a command could not run because of the environment rather than Magento, one sentence
    // with what to do: the tool is not installed, Docker or the project is not running, no such
    // service, … Empty when the result shows none of these.
    enum class Then { TryAgain, Resume };
    QString environmentProblem(const CommandResult &result, Then then = Then::TryAgain) const;
    // The sentence for a tool that is not on PATH.
    QString notInstalled() const;

    // Looks in root and the folders above it, nearest first; at one level ddev, then warden, then
    // compose. Reads files only.
    static RunnerSuggestion detect(const QString &root);
    // The top-level services of a compose file, read line by line (no YAML library): their names,
    // image and build. Anything else in the file is ignored.
    static QList<ComposeService> composeServices(const QByteArray &yaml);
    // The service of the list that runs PHP (by its name, else its image or build); empty when none.
    static QString phpService(const QList<ComposeService> &services);

private:
    ContainerRunner(const QString &storeRoot, RunnerKind kind, const QString &service,
                    const QString &projectRoot);
    // The tool's words that run program with arguments in the container, in ROOT.
    CommandSpec inContainer(const QString &program, const QStringList &arguments) const;
    // inContainer, wrapped so that cancel can stop it inside the container (see stopArguments).
    CommandSpec stoppable(const QString &program, const QStringList &arguments) const;
    QString withThen(const QString &sentence, Then then) const;

    RunnerKind m_kind;
    QString m_service;
    QString m_projectRoot;
    QString m_containerDir; // the working folder in the container when ROOT is below the project root
};

} // namespace mua
