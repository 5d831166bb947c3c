#include "core/runners/containerrunner.h"

#include "core/fs/safefile.h"
#include "core/model/error.h"
#include "core/model/wording.h"
#include "core/runners/commandexecutor.h"
#include "core/runners/runnercheck.h"
#include "core/runners/sshrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace mua {

namespace {

// Where ddev and warden mount the project folder in their PHP container.
const char ProjectMount[] = "/var/www/html";

// A project file (.env, a compose file), read only when it is a regular file of a sane size.
QByteArray readSmall(const QString &path)
{
    return SafeFile::read(path, FileLimit::ProjectFile).data;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
        value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}

// ddev's own test for a project folder.
bool isDdevProject(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/.ddev/config.yaml")).isFile();
}

// warden's own test for an environment folder: a .env with WARDEN_ENV_NAME and WARDEN_ENV_TYPE
// at the start of a line. *type gets WARDEN_ENV_TYPE's value.
bool isWardenEnvironment(const QString &dir, QString *type = nullptr)
{
    const QByteArray env = readSmall(dir + QStringLiteral("/.env"));
    if (env.isEmpty())
        return false;
    static const QRegularExpression nameRe(QStringLiteral("^WARDEN_ENV_NAME="),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression typeRe(QStringLiteral("^WARDEN_ENV_TYPE=([^\\r\\n#]*)"),
                                           QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(env);
    const QRegularExpressionMatch m = typeRe.match(text);
    if (!m.hasMatch() || !nameRe.match(text).hasMatch())
        return false;
    if (type)
        *type = unquote(m.captured(1));
    return true;
}

// The first compose file docker compose itself would read in dir, in its order; empty when none.
QString composeFileIn(const QString &dir)
{
    for (const char *name : {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(name);
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

// The nearest folder from root upwards that passes test; empty when none does.
// Where a store's project file may be: the store folder and up to three folders above it, but not
// the home folder or anything above it (a stray ~/docker-compose.yml is not every store's project).
QStringList projectCandidates(const QString &root)
{
    const QString home = QDir::homePath();
    QStringList out;
    QDir dir(root);
    for (int level = 0; level <= 3; ++level) {
        const QString d = dir.absolutePath();
        if (level > 0 && (d == home || home.startsWith(d + QLatin1Char('/')) || d == QLatin1String("/")))
            break;
        out << d;
        if (!dir.cdUp())
            break;
    }
    return out;
}

template <typename Test> QString findUpwards(const QString &root, Test test)
{
    for (const QString &d : projectCandidates(root))
        if (test(d))
            return d;
    return {};
}

// "key: value" → key and value (value empty for "key:"); false for anything else (list items,
// plain scalars).
bool splitKey(const QString &text, QString *key, QString *value)
{
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('#')))
        return false;
    qsizetype colon = -1;
    if (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\''))) {
        const qsizetype close = text.indexOf(text.front(), 1);
        if (close < 0)
            return false;
        colon = text.indexOf(QLatin1Char(':'), close);
    } else {
        colon = text.indexOf(QLatin1Char(':'));
    }
    if (colon <= 0 || (colon + 1 < text.size() && !text.at(colon + 1).isSpace()))
        return false;
    *key = unquote(text.left(colon));
    *value = text.mid(colon + 1).trimmed();
    return !key->isEmpty();
}

// A line without its comment: '#' at the start or after a blank, outside quotes.
QString withoutComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

} // namespace

ContainerRunner::ContainerRunner(const QString &storeRoot, RunnerKind kind, const QString &service,
                                 const QString &projectRoot)
    : Runner(storeRoot)
    , m_kind(kind)
    , m_service(service)
    , m_projectRoot(projectRoot.isEmpty() ? storeRoot : projectRoot)
{
    // ddev and warden mount the project folder at /var/www/html and start commands there: a store
    // in a subfolder of the project needs its own folder named. (A compose service's working
    // folder is whatever its image or compose file says; the store is expected to be it.)
    if (kind != RunnerKind::Compose && !projectRoot.isEmpty() && projectRoot != storeRoot) {
        const QString relative = QDir(projectRoot).relativeFilePath(storeRoot);
        if (!relative.startsWith(QLatin1String("..")))
            m_containerDir = QLatin1String(ProjectMount) + QLatin1Char('/') + relative;
    }
}

bool ContainerRunner::isServiceName(const QString &name)
{
    // Anchored at the very end ("$" alone also matches before a final newline).
    static const QRegularExpression serviceName(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.-]*")));
    return serviceName.match(name).hasMatch();
}

std::unique_ptr<ContainerRunner> ContainerRunner::create(const QString &storeRoot,
                                                         const RunnerSettings &settings, QString *error)
{
    const RunnerKind kind = settings.kind;
    if (const QList<RunnerIssue> issues = runnerIssues(settings); !issues.isEmpty()) {
        failWith(error, Wording::current().runnerIssue(issues.first()));
        return nullptr;
    }
    QString projectRoot;
    switch (kind) {
    case RunnerKind::Ddev:
        projectRoot = findUpwards(storeRoot, isDdevProject);
        break;
    case RunnerKind::Warden:
        projectRoot = findUpwards(storeRoot, [](const QString &d) { return isWardenEnvironment(d); });
        break;
    case RunnerKind::Compose:
        projectRoot = findUpwards(storeRoot, [](const QString &d) { return !composeFileIn(d).isEmpty(); });
        break;
    case RunnerKind::Local:
    case RunnerKind::Ssh:
        return nullptr; // not a container: RunnerFactory makes no such call
    }
    const QString service = settings.service.isEmpty() ? QStringLiteral("php-fpm") : settings.service;
    return std::unique_ptr<ContainerRunner>(
        new ContainerRunner(storeRoot, kind, kind == RunnerKind::Ddev ? QString() : service, projectRoot));
}

QString ContainerRunner::program() const
{
    return m_kind == RunnerKind::Compose ? QStringLiteral("docker") : name();
}

CommandSpec ContainerRunner::inContainer(const QString &program, const QStringList &arguments) const
{
    QStringList args;
    if (m_kind == RunnerKind::Ddev) {
        // ddev exec without --raw makes one line of its arguments and runs it with
        // bash -c "set -eu && ( LINE)" in the web container (every release; cmd/ddev/cmd/exec.go,
        // DdevApp.Exec in pkg/ddevapp/ddevapp.go). How the line is made changed: before 1.24.3 the
        // arguments are joined with spaces; from 1.24.3 (quoteArgs) each argument with a blank, tab,
        // newline, '"' or '#' is wrapped in double quotes first, in which that bash still expands $
        // and backquotes. No line of several shell-quoted words survives both rules. One argument
        // does: quoteArgs leaves a single argument as it is, and a join of one is that argument. So
        // the command goes in as one argument, a line of words quoted for bash by us, and reaches
        // bash unchanged on every ddev. (--raw, which passes the vector on, would need ddev 1.19 or
        // later, a first call to find out which ddev this is, and costs one more exec in the
        // container on every call from 1.24.3, where it asks the container for its PATH first;
        // bash -c is also the environment a person's own ddev exec gets.)
        args << QStringLiteral("exec");
        if (!m_containerDir.isEmpty())
            args << QStringLiteral("--dir") << m_containerDir;
        QStringList words{shellQuote(program)};
        for (const QString &a : arguments)
            words << shellQuote(a);
        const QString line = words.join(QLatin1Char(' '));
        CommandSpec spec{this->program(), args + QStringList{line}, m_root};
        // Before 1.24.7 ddev exits 1 whatever the command's code, and says the code on stderr
        // (pkg/ddevapp ExecOnly: "Failed to execute command `LINE`: exit status N"; without the
        // backquotes before 1.24.3): setup:db:status's 2 must stay 2.
        static const QRegularExpression ddevExitStatus(
            QStringLiteral("^Failed to execute command .*: exit status (\\d+)$"));
        spec.exitStatusLine = ddevExitStatus;
        // Shown as a person types it. Plain words as they are: none holds a character quoteArgs
        // quotes, so every ddev joins them into the same line.
        QStringList shown{this->program()};
        for (const QString &a : args)
            shown << shellQuote(a);
        if (words == QStringList{program} + arguments) {
            spec.shown = (shown + words).join(QLatin1Char(' '));
            return spec;
        }
        // Else the line as the one argument it is, in double quotes when that means the same.
        static const QRegularExpression doubleQuotable(QStringLiteral("^(?:[^\"$`\\\\!]|\\\\')*$"));
        shown << (doubleQuotable.match(line).hasMatch() ? QLatin1Char('"') + line + QLatin1Char('"')
                                                        : shellQuote(line));
        spec.shown = shown.join(QLatin1Char(' '));
        return spec;
    } else {
        // docker compose exec passes the words on as they are; -T: never a TTY.
        args << (m_kind == RunnerKind::Warden
                     ? QStringList{QStringLiteral("env"), QStringLiteral("exec")}
                     : QStringList{QStringLiteral("compose"), QStringLiteral("exec")})
             << QStringLiteral("-T");
        if (!m_containerDir.isEmpty())
            args << QStringLiteral("-w") << m_containerDir;
        args << m_service << program << arguments;
    }
    // From the store folder: each tool finds its project from the folder it is started in.
    return {this->program(), args, m_root};
}

QString ContainerRunner::magentoHint(const QString &arguments) const
{
    return QStringLiteral("cd %1 && %2").arg(shellQuote(m_root), Runner::magentoHint(arguments));
}

CommandSpec ContainerRunner::stoppable(const QString &program, const QStringList &arguments) const
{
    // In the container: a shell that notes its process id and process group in the store's var/
    // and becomes the command. On cancel a second exec stops that group (the command and its
    // children), TERM then KILL after a grace period, if it is still one of ours; else the
    // process alone. The group: docker exec starts every command as a session leader (runc calls
    // setsid), so for warden and compose the shell leads its own group. ddev's bash -c runs the
    // line in a subshell, so there the group is led by that bash, whose line names the command.
    // What is shown: the command as a person types it.
    static const QString run = QStringLiteral("f() { echo $$ $3; }; read -r s < /proc/$$/stat; f ${s##*) } > "
                                              "var/.upgrade-assistant.pid; exec \"$@\"");
    static const QString stop =
        QStringLiteral("set -- $(cat var/.upgrade-assistant.pid 2>/dev/null); p=$1; g=${2:-$1}; "
                       "ours() { [ \"$1\" -gt 1 ] 2>/dev/null && "
                       "grep -q -e bin/magento -e composer /proc/$1/cmdline 2>/dev/null; }; "
                       "ours \"$p\" || exit 0; t=$p; if ours \"$g\"; then t=-$g; fi; "
                       "kill -TERM $t 2>/dev/null; i=0; "
                       "while kill -0 $t 2>/dev/null && [ $i -lt %1 ]; do sleep 1; i=$((i+1)); done; "
                       "kill -KILL $t 2>/dev/null; exit 0")
            .arg(StopGraceSeconds);
    CommandSpec spec =
        inContainer(QStringLiteral("sh"),
                    QStringList{QStringLiteral("-c"), run, QStringLiteral("mua-run"), program} + arguments);
    spec.shown = inContainer(program, arguments).display();
    spec.stopArguments = inContainer(QStringLiteral("sh"), {QStringLiteral("-c"), stop}).arguments;
    return spec;
}

CommandSpec ContainerRunner::magento(const QStringList &arguments) const
{
    return stoppable(QStringLiteral("bin/magento"),
                     arguments +
                         QStringList{QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")});
}

CommandSpec ContainerRunner::php(const QStringList &arguments) const
{
    return inContainer(QStringLiteral("php"), arguments);
}

CommandSpec ContainerRunner::composer(const QStringList &arguments) const
{
    const QStringList args = arguments + QStringList{QStringLiteral("--no-interaction")};
    // ddev users run Composer as "ddev composer": it starts in the project's composer_root with the
    // composer_version of .ddev/config.yaml (pkg/ddevapp/composer.go). It passes its arguments on
    // untouched from ddev 1.19, except 1.23.5; that release and those before 1.19 join them with
    // spaces for bash -c, as ddev exec did. Plain words come through both ways; anything else goes
    // through ddev exec, as one line (inContainer). So does a store in a subfolder of the project,
    // whose composer_root may be elsewhere: there Composer runs in the store's own folder.
    const bool plain =
        std::all_of(args.cbegin(), args.cend(), [](const QString &a) { return shellQuote(a) == a; });
    if (m_kind == RunnerKind::Ddev && m_containerDir.isEmpty() && plain)
        return {program(), QStringList{QStringLiteral("composer")} + args, m_root};
    return stoppable(QStringLiteral("composer"), args);
}

QString ContainerRunner::startCommand() const
{
    switch (m_kind) {
    case RunnerKind::Ddev:
        return QStringLiteral("ddev start");
    case RunnerKind::Warden:
        return QStringLiteral("warden env up");
    case RunnerKind::Compose:
    case RunnerKind::Local: // not a container runner
    case RunnerKind::Ssh:
        break;
    }
    return QStringLiteral("docker compose up -d");
}

QString ContainerRunner::environmentName() const
{
    switch (m_kind) {
    case RunnerKind::Ddev:
        return tr("The ddev project");
    case RunnerKind::Warden:
        return tr("The warden environment");
    case RunnerKind::Compose:
    case RunnerKind::Local: // not a container runner
    case RunnerKind::Ssh:
        break;
    }
    return tr("The docker compose service %1").arg(m_service);
}

QString ContainerRunner::notInstalled() const
{
    switch (m_kind) {
    case RunnerKind::Ddev:
        return tr("ddev is not installed (there is no ddev on PATH): install it from "
                  "https://ddev.com/get-started/, then try again.");
    case RunnerKind::Warden:
        return tr("warden is not installed (there is no warden on PATH): install it from "
                  "https://docs.warden.dev/installing.html, then try again.");
    case RunnerKind::Compose:
    case RunnerKind::Local: // not a container runner
    case RunnerKind::Ssh:
        break;
    }
    return tr(
        "docker is not installed (there is no docker on PATH): install Docker Engine and its Compose "
        "plugin (the docker-ce and docker-compose-plugin packages, https://docs.docker.com/engine/install/), "
        "then try again.");
}

QString ContainerRunner::withThen(const QString &sentence, Then then) const
{
    return then == Then::Resume ? tr("%1, then resume the upgrade.").arg(sentence)
                                : tr("%1, then try again.").arg(sentence);
}

QString ContainerRunner::environmentProblem(const CommandResult &result, Then then) const
{
    if (!result.started)
        return QStandardPaths::findExecutable(program()).isEmpty()
                   ? notInstalled()
                   : tr("%1 is on PATH but cannot be started (%2): check its installation, then try again.")
                         .arg(program(), result.startError);
    if (result.succeeded() || result.cancelled)
        return {};
    const QString text = result.lines.join(QLatin1Char('\n'));
    auto has = [&text](const char *needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    const QString where = QDir::toNativeSeparators(m_projectRoot);
    const QString start = tr("start it with %1 (in %2)").arg(startCommand(), where);

    // Docker itself, whichever tool asked it.
    if (has("permission denied while trying to connect to the docker") ||
        (has("docker.sock") && has("permission denied")))
        return withThen(tr("You may not use Docker on this computer (permission denied on its socket): add "
                           "yourself to the docker group (sudo usermod -aG docker $USER, then log in again)"),
                        then);
    if (has("Cannot connect to the Docker daemon") || has("Is the docker daemon running") ||
        has("Docker does not appear to be running") || has("Could not connect to a docker provider") ||
        has("docker daemon is not running"))
        return withThen(tr("Docker is not running: start Docker (sudo systemctl start docker, or Docker "
                           "Desktop), then %1 (in %2)")
                            .arg(startCommand(), where),
                        then);
    if (m_kind != RunnerKind::Ddev &&
        (has("unknown shorthand flag: 'T' in -T") || has("unknown command: docker compose") ||
         has("'compose' is not a docker command")))
        return withThen(
            tr("This docker has no Compose plugin (docker compose is an unknown command): install "
               "docker-compose-plugin (https://docs.docker.com/compose/install/linux/)"),
            then);

    if (m_kind == RunnerKind::Ddev) {
        static const QRegularExpression notRunning(
            QStringLiteral("(?:^|\\s)Project\\b.*\\b(?:not (?:currently )?running|is paused|is stopped)|"
                           "\\bddev-\\S+ container (?:is )?not running|\\bApp (?:is stopped|not running)|"
                           "(?:Try|Run) 'ddev start'"),
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        if (notRunning.match(text).hasMatch())
            return withThen(tr("%1 is not running: %2").arg(environmentName(), start), then);
        if (has("Could not find a project") || has("not a ddev project"))
            return withThen(
                tr("%1 is not in a ddev project (no .ddev/config.yaml in it or above it): run ddev "
                   "config there first, or choose another runner")
                    .arg(QDir::toNativeSeparators(m_root)),
                then);
        if (has("the input device is not a TTY"))
            return withThen(tr("This ddev asks for a terminal even without one: update ddev to a current "
                               "release"),
                            then);
        return {};
    }

    if (m_kind == RunnerKind::Warden && has("Environment config could not be found"))
        return withThen(
            tr("%1 is not in a warden environment (no .env with WARDEN_ENV_NAME in it or above it): "
               "run warden env-init there first, or choose another runner")
                .arg(QDir::toNativeSeparators(m_root)),
            then);
    static const QRegularExpression notRunning(
        QStringLiteral(
            "service \"[^\"]+\" is not running|\\bNo container found for\\b|\\bNo such container\\b|"
            "\\bcontainer [0-9a-f]{12,} is not running"),
        QRegularExpression::CaseInsensitiveOption);
    if (notRunning.match(text).hasMatch())
        return withThen(tr("%1 is not running: %2").arg(environmentName(), start), then);
    static const QRegularExpression noService(QStringLiteral("no such service: \"?([^\"\\s]+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = noService.match(text); m.hasMatch())
        return withThen(tr("The project in %1 has no service %2: name the service that runs PHP in %3 "
                           "(docker compose config --services lists them)")
                            .arg(where, m.captured(1), Wording::current().setting(Setting::Service)),
                        then);
    if (m_kind == RunnerKind::Compose && has("no configuration file provided"))
        return withThen(tr("docker compose finds no compose file in %1 or above it: run the assistant on the "
                           "store of a compose project, or choose another runner")
                            .arg(QDir::toNativeSeparators(m_root)),
                        then);
    return {};
}

QString ContainerRunner::failureAdvice(const QStringList &output, int exitCode) const
{
    CommandResult r;
    r.started = true;
    r.exitCode = exitCode == 0 ? 1 : exitCode;
    r.lines = output;
    const QString problem = environmentProblem(r, Then::Resume);
    return problem.isEmpty() ? Runner::failureAdvice(output, exitCode) : problem;
}

QList<ComposeService> ContainerRunner::composeServices(const QByteArray &yaml)
{
    QList<ComposeService> out;
    bool inServices = false;
    int serviceIndent = -1; // the indent of the service names
    int keyIndent = -1;     // the indent of the keys inside the current service
    bool current = false;
    bool inBuild = false;
    for (const QByteArray &raw : yaml.split('\n')) {
        const QString line = withoutComment(QString::fromUtf8(raw));
        const QString text = line.trimmed();
        if (text.isEmpty() || text == QLatin1String("---"))
            continue;
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        QString key;
        QString value;
        const bool isKey = splitKey(text, &key, &value);
        if (indent == 0) {
            inServices = isKey && key == QLatin1String("services") && value.isEmpty();
            serviceIndent = -1;
            current = false;
            continue;
        }
        if (!inServices)
            continue;
        if (serviceIndent < 0 || indent < serviceIndent)
            serviceIndent = indent;
        if (indent == serviceIndent) {
            current = isKey;
            if (isKey)
                out.append({key, {}, {}});
            keyIndent = -1;
            inBuild = false;
            continue;
        }
        if (!current || !isKey)
            continue;
        if (keyIndent < 0)
            keyIndent = indent;
        ComposeService &s = out.last();
        if (indent == keyIndent) {
            inBuild = false;
            if (key == QLatin1String("image")) {
                s.image = unquote(value);
            } else if (key == QLatin1String("build")) {
                if (value.isEmpty())
                    inBuild = true;
                else
                    s.build = unquote(value);
            }
        } else if (inBuild && indent > keyIndent &&
                   (key == QLatin1String("context") || key == QLatin1String("dockerfile"))) {
            s.build += (s.build.isEmpty() ? QString() : QStringLiteral(" ")) + unquote(value);
        }
    }
    return out;
}

QString ContainerRunner::phpService(const QList<ComposeService> &services)
{
    // phpMyAdmin and its cousins have "php" in their names, but do not run the store.
    static const QRegularExpression adminTool(QStringLiteral("php\\w*admin"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QStringList phpNames{QStringLiteral("php"), QStringLiteral("phpfpm"),
                                      QStringLiteral("php_fpm"), QStringLiteral("fpm")};
    auto mentionsPhp = [](const QString &s) {
        return s.contains(QLatin1String("php"), Qt::CaseInsensitive) ||
               s.contains(QLatin1String("fpm"), Qt::CaseInsensitive);
    };
    QString best;
    int bestScore = 0;
    for (const ComposeService &s : services) {
        if (adminTool.match(s.name).hasMatch() || adminTool.match(s.image).hasMatch() ||
            adminTool.match(s.build).hasMatch())
            continue;
        const QString name = s.name.toLower();
        int score = 0;
        if (name == QLatin1String("php-fpm"))
            score = 4;
        else if (phpNames.contains(name))
            score = 3;
        else if (mentionsPhp(name))
            score = 2;
        else if (mentionsPhp(s.image) || mentionsPhp(s.build))
            score = 1;
        if (score > bestScore) {
            best = s.name;
            bestScore = score;
        }
    }
    return best;
}

RunnerSuggestion ContainerRunner::detect(const QString &root)
{
    // Inside ddev's web container (ddev ssh) the project's files are there too, but PHP is local.
    const bool insideDdev = qgetenv("IS_DDEV_PROJECT") == "true";
    for (const QString &d : projectCandidates(root)) {
        RunnerSuggestion s;
        s.projectRoot = d;
        QString wardenType;
        if (!insideDdev && isDdevProject(d)) {
            s.kind = RunnerKind::Ddev;
            s.file = d + QStringLiteral("/.ddev/config.yaml");
            const Wording &words = Wording::current();
            s.reason = (words.commandLine() ? tr("This looks like a ddev project (%1): add %2.")
                                            : tr("This looks like a ddev project (%1): choose %2."))
                           .arg(s.file, words.runner(RunnerKind::Ddev));
            return s;
        }
        if (isWardenEnvironment(d, &wardenType)) {
            // WARDEN_ENV_TYPE=local: warden runs the services, PHP runs on this computer.
            if (wardenType == QLatin1String("local"))
                return {};
            s.kind = RunnerKind::Warden;
            s.file = d + QStringLiteral("/.env");
            const Wording &words = Wording::current();
            s.reason =
                (words.commandLine()
                     ? tr("This looks like a warden environment (%1 sets WARDEN_ENV_TYPE=%2): add %3.")
                     : tr("This looks like a warden environment (%1 sets WARDEN_ENV_TYPE=%2): choose %3."))
                    .arg(s.file, wardenType, words.runner(RunnerKind::Warden));
            return s;
        }
        const QString compose = composeFileIn(d);
        if (!compose.isEmpty()) {
            // A compose file without a PHP service (only a database, say) leaves PHP on this computer.
            const QString service = phpService(composeServices(readSmall(compose)));
            if (!service.isEmpty()) {
                s.kind = RunnerKind::Compose;
                s.service = service;
                s.file = compose;
                const Wording &words = Wording::current();
                const QString runner = words.runner(RunnerKind::Compose);
                s.reason =
                    service == QLatin1String("php-fpm")
                        ? (words.commandLine() ? tr("This looks like a docker compose project whose service "
                                                    "php-fpm runs PHP (%1): add %2.")
                                               : tr("This looks like a docker compose project whose service "
                                                    "php-fpm runs PHP (%1): choose %2."))
                              .arg(compose, runner)
                        : (words.commandLine() ? tr("This looks like a docker compose project whose service "
                                                    "%1 runs PHP (%2): add %3 %4.")
                                               : tr("This looks like a docker compose project whose service "
                                                    "%1 runs PHP (%2): choose %3 with %4."))
                              .arg(service, compose, runner, words.setting(Setting::Service, service));
                return s;
            }
        }
    }
    return {};
}

} // namespace mua
