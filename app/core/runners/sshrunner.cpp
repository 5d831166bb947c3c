// Past 800 lines on purpose: one runner, whose command lines, shared connection, file work on the
// server and preflight facts all use the same ssh settings.

#include "core/runners/sshrunner.h"
#include "core/model/error.h"

#include "core/fs/safefile.h"
#include "core/inspect/filesystems.h"
#include "core/model/wording.h"
#include "core/run/knownfailures.h"
#include "core/run/storelock.h"
#include "core/runners/commandexecutor.h"
#include "core/runners/runnercheck.h"
#include "core/steps/preflightstep.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cerrno>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace mua {

namespace {

constexpr qsizetype MaxListedFailures = 20;
constexpr qsizetype MaxKeptSshLines = 200;
constexpr int BulkGraceMs = 2000;
// After a cancel: how long the remote command has between TERM and KILL.
constexpr int RemoteStopGraceSeconds = 5;
// ssh appends ".XXXXXXXXXXXXXXXX" to the ControlPath while it makes the socket, and a socket path
// must fit 108 bytes: the folder + "/" + 40 hex digits (%C) + 17 must stay below that.
constexpr qsizetype MaxControlDirLength = 48;

// The shell scripts that run on the server are resources/remote/*.sh, compiled in (:/remote/).
//
// The file work (fileops.sh), run as `sh -c SCRIPT mua-fileops ROOT REL OP ARG` on the server. It
// refuses a path with "." or ".." components, walks REL from ROOT one component at a time refusing
// any that is a symlink, enters it and checks that it really is ROOT/REL (nothing swapped in meanwhile),
// then works on "." without ever following a link or entering another mount:
// - stats, empty: find -P -xdev; awk sums on the server and prints a line every 5000 entries, so
//   that when the local ssh is gone (cancel) that write ends the work;
// - chmod: chmod -R (which ignores the links it meets), counted by a find beside it, when
//   mountinfo shows nothing mounted below; else find -xdev with chmod -execdir on ./name;
// - aside: one perl run renames the folder to ARG and makes it again with owner and mode (perl's
//   rename never falls back to a copy, unlike mv), then getfacl/setfacl copy ACLs if any;
// - remove: find -delete of a folder named like ours (ARG unused), then rmdir.
// - keep: cp -a --link of the folder to ARG (the version move's .upgrade-assistant-kept/NAME, a new
//   name in that real folder; plain copies where links cannot be made), then real copies of the
//   top-level names that follow ARG.
// Its own lines start with "mua-"; after "mua-top=", any other line is a failure (stderr is joined
// to stdout, so that ssh's own warnings on stderr are never taken for one). Sent as one line (see
// oneLine) so that a csh or fish login shell passes it on as well.
const char FileOpsScript[] = ":/remote/fileops.sh";

// Read-only facts for the preflight checks (check.sh), in one call: does the remote root exist, has
// it bin/magento, the sha256 of env.php, the token of the lock this run wrote (through the mount),
// who we are there and who owns env.php.
const char CheckScript[] = ":/remote/check.sh";

// A script above, sent as one line: its file is written one statement a line, each line ending
// where a space may follow, and its final newline is not part of the script.
QString oneLine(const char *resource)
{
    QFile file(QString::fromLatin1(resource));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is not compiled into the program", resource);
    QByteArray script = file.readAll();
    if (script.endsWith('\n'))
        script.chop(1);
    return QString::fromUtf8(script).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// A private folder for the ControlMaster sockets: ours, a real folder, mode 0700.
bool makePrivateDir(const QString &dir, QString *error)
{
    const QByteArray path = QFile::encodeName(dir);
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
        return failWith(error, SshRunner::tr("Cannot make the folder %1 for the shared SSH connection: %2.")
                                   .arg(dir, qt_error_string(errno)));
    struct stat st;
    if (::lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() ||
        (st.st_mode & 077) != 0)
        return failWith(
            error, SshRunner::tr("%1 is not a private folder of yours (a folder owned by you with mode 700); "
                                 "the assistant keeps its shared SSH connection there, so remove or fix it.")
                       .arg(dir));
    return true;
}

QString controlDirFor(QString *error)
{
    const QString xdg = QFile::decodeName(qgetenv("XDG_RUNTIME_DIR"));
    static const QRegularExpression unsafe(QStringLiteral("[\\s\"'%]"));
    if (!xdg.isEmpty() && QFileInfo(xdg).isDir()) {
        const QString dir = QDir::cleanPath(xdg) + QStringLiteral("/mua-ssh");
        if (dir.size() <= MaxControlDirLength && !dir.contains(unsafe)) {
            QString ignored;
            if (makePrivateDir(dir, &ignored))
                return dir;
        }
    }
    const QString dir = QStringLiteral("/tmp/mua-ssh-%1").arg(::geteuid());
    return makePrivateDir(dir, error) ? dir : QString();
}

// Whether the sshfs process that serves mountPoint caches names and attributes (its default, for
// 20 s): 1 yes, 0 no (-o dir_cache=no, or cache=no of sshfs 2), -1 when no such process is visible.
int sshfsCaches(const QString &mountPoint)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    QDirIterator procs(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (procs.hasNext()) {
        const QString dir = procs.next();
        if (!digits.match(procs.fileName()).hasMatch())
            continue;
        QFile cmdline(dir + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.isEmpty() ||
            !QFileInfo(QFile::decodeName(args.first())).fileName().startsWith(QLatin1String("sshfs")))
            continue;
        bool serves = false;
        bool uncached = false;
        for (const QByteArray &a : args.mid(1)) {
            const QString arg = QFile::decodeName(a);
            if (arg.isEmpty() || arg.startsWith(QLatin1Char('-')) || arg.contains(QLatin1Char(':')))
                uncached = uncached || arg.contains(QLatin1String("cache=no"));
            else if (QDir::cleanPath(arg) == mountPoint ||
                     mountPoint.endsWith(QLatin1Char('/') + QDir::cleanPath(arg)))
                serves = true;
            else
                uncached = uncached || arg.contains(QLatin1String("cache=no"));
        }
        if (serves)
            return uncached ? 0 : 1;
    }
    return -1;
}

// "key=value key=value" → map.
QHash<QString, QString> fields(const QString &line)
{
    QHash<QString, QString> out;
    for (const QString &part : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(part.left(eq), part.mid(eq + 1));
    }
    return out;
}

} // namespace

struct SshRunner::BulkResult
{
    bool missing = false;
    qint64 entries = 0;
    qint64 files = 0;
    qint64 folders = 0;
    qint64 bytes = 0;
    qint64 failedCount = 0;
    QStringList failed;
    bool cancelled = false;
    bool moved = false;
    QString cannot; // aside: why it cannot be done on this server (the folder is as it was)
    QString error;

    FileOpReport report() const
    {
        FileOpReport r;
        r.entries = entries;
        r.bytes = bytes;
        r.failedCount = failedCount;
        r.failed = failed;
        r.cancelled = cancelled;
        r.error = error;
        return r;
    }
};

SshRunner::SshRunner(const QString &storeRoot, const RunnerSettings &settings, const QString &remoteRoot,
                     const QString &controlDir)
    : Runner(storeRoot)
    , m_settings(settings)
    , m_remoteRoot(remoteRoot)
    , m_controlDir(controlDir)
{
    struct stat st;
    if (::stat(QFile::encodeName(storeRoot).constData(), &st) == 0) {
        m_rootDevice = st.st_dev;
        m_rootKnown = true;
    }
}

std::unique_ptr<SshRunner> SshRunner::create(const QString &storeRoot, const RunnerSettings &settings,
                                             QString *error)
{
    if (const QList<RunnerIssue> issues = runnerIssues(settings); !issues.isEmpty()) {
        failWith(error, Wording::current().runnerIssue(issues.first()));
        return nullptr;
    }
    const QString remoteRoot = QDir::cleanPath(settings.remoteRoot);
    RunnerSettings s = settings;
    if (!s.sshConfigFile.isEmpty()) {
        const QFileInfo config(s.sshConfigFile);
        if (!config.isFile() || !config.isReadable()) {
            failWith(error, tr("%1 %2 is not a readable file.")
                                .arg(Wording::current().setting(Setting::SshConfig), s.sshConfigFile));
            return nullptr;
        }
        s.sshConfigFile = config.absoluteFilePath();
    }
    if (s.sshProgram.isEmpty())
        s.sshProgram = QStringLiteral("ssh");
    const QString controlDir = controlDirFor(error);
    if (controlDir.isEmpty())
        return nullptr;
    return std::unique_ptr<SshRunner>(new SshRunner(storeRoot, s, remoteRoot, controlDir));
}

CommandSpec SshRunner::ssh(const QString &remoteCommand) const
{
    QStringList args;
    QStringList shown{shellQuote(m_settings.sshProgram)};
    if (!m_settings.sshConfigFile.isEmpty()) {
        args << QStringLiteral("-F") << m_settings.sshConfigFile;
        shown << QStringLiteral("-F") << shellQuote(m_settings.sshConfigFile);
    }
    args << QStringLiteral("-T") << QStringLiteral("-o") << QStringLiteral("BatchMode=yes")
         << QStringLiteral("-o") << QStringLiteral("ControlMaster=auto") << QStringLiteral("-o")
         << QStringLiteral("ControlPath=%1/%C").arg(m_controlDir) << QStringLiteral("-o")
         << QStringLiteral("ControlPersist=60") << QStringLiteral("-o") << QStringLiteral("ConnectTimeout=15")
         << QStringLiteral("-o") << QStringLiteral("ServerAliveInterval=15") << QStringLiteral("--")
         << m_settings.sshHost << remoteCommand;
    // Shown in double quotes when that reads better ("cd '/srv/my shop' && …") and means the same:
    // nothing a double-quoted string expands, a backslash only before a single quote.
    static const QRegularExpression doubleQuotable(QStringLiteral("^(?:[^\"$`\\\\!]|\\\\')*$"));
    const bool inDoubleQuotes =
        remoteCommand.contains(QLatin1Char('\'')) && doubleQuotable.match(remoteCommand).hasMatch();
    shown << shellQuote(m_settings.sshHost)
          << (inDoubleQuotes ? QLatin1Char('"') + remoteCommand + QLatin1Char('"')
                             : shellQuote(remoteCommand));
    CommandSpec spec{m_settings.sshProgram, args, QString()};
    spec.shown = shown.join(QLatin1Char(' '));
    return spec;
}

CommandSpec SshRunner::control(const QString &operation) const
{
    QStringList args;
    if (!m_settings.sshConfigFile.isEmpty())
        args << QStringLiteral("-F") << m_settings.sshConfigFile;
    args << QStringLiteral("-o") << QStringLiteral("ControlPath=%1/%C").arg(m_controlDir)
         << QStringLiteral("-O") << operation << QStringLiteral("--") << m_settings.sshHost;
    return {m_settings.sshProgram, args, QString()};
}

bool SshRunner::mountPresent(QString *error) const
{
    if (!m_rootKnown)
        return true;
    struct stat st;
    if (::stat(QFile::encodeName(m_root).constData(), &st) == 0 && st.st_dev == m_rootDevice)
        return true;
    const Wording &words = Wording::current();
    const QString where = m_settings.sshHost + QLatin1Char(':') + m_remoteRoot;
    if (!words.commandLine())
        return failWith(error,
                        tr("The local mount %1 of the store is gone (unmounted or disconnected) while the "
                           "run works on %2: mount it again, then resume the upgrade.")
                            .arg(m_root, where));
    return failWith(error,
                    tr("The local mount %1 of the store is gone (unmounted or disconnected) while the run "
                       "works on %2: mount it again, then run the upgrade again with %3.")
                        .arg(m_root, where, words.setting(Setting::Resume)));
}

CommandSpec SshRunner::remote(const QString &program, const QStringList &arguments) const
{
    QStringList command{shellQuote(program)};
    for (const QString &a : arguments)
        command << shellQuote(a);
    // What runs: the command in a session of its own (setsid) with stdin from /dev/null, and a
    // watcher on the ssh channel (as fd 3: sh gives a background job /dev/null for stdin): when the
    // assistant cancels it closes the channel's stdin, and the watcher stops the command's whole
    // process group, TERM then KILL (its output goes nowhere, or ssh would wait for it to end). In
    // sh -c, so that any login shell passes it on. What is shown:
    // the command as a person would type it.
    const QString run = command.join(QLatin1Char(' '));
    static const QString watcher = shellQuote(
        QStringLiteral(
            "cd \"$1\" || exit 1; shift; exec 3<&0; "
            "if command -v setsid >/dev/null 2>&1; then setsid \"$@\" </dev/null 3<&- & "
            "else \"$@\" </dev/null 3<&- & fi; p=$!; "
            "( while read -r _; do :; done <&3; kill -TERM -$p 2>/dev/null || kill -TERM $p 2>/dev/null; "
            "sleep %1; kill -KILL -$p 2>/dev/null || kill -KILL $p 2>/dev/null ) >/dev/null 2>&1 & w=$!; "
            "wait $p; s=$?; kill $w 2>/dev/null; exit $s")
            .arg(RemoteStopGraceSeconds));
    CommandSpec spec =
        ssh(QStringLiteral("sh -c %1 mua-run %2 %3").arg(watcher, shellQuote(m_remoteRoot), run));
    spec.shown = ssh(QStringLiteral("cd %1 && exec %2").arg(shellQuote(m_remoteRoot), run)).shown;
    spec.cancelByClosingStdin = true;
    QString gone;
    if (mountPresent(&gone))
        return spec;
    // The engine reads the lock, the journal and the maintenance flag through the mount: without it
    // nothing may run on the server. The command fails at once with the sentence (the "mua-ssh:"
    // line becomes the known fix); it still shows as the command it stands for.
    CommandSpec failing{QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"), QStringLiteral("printf '%s\\n' \"$1\" >&2; exit 1"),
                         QStringLiteral("mua"), QStringLiteral("mua-ssh: ") + gone},
                        QString()};
    failing.shown = spec.display();
    return failing;
}

CommandSpec SshRunner::magento(const QStringList &arguments) const
{
    return remote(m_settings.php,
                  QStringList{QStringLiteral("bin/magento")} + arguments +
                      QStringList{QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")});
}

CommandSpec SshRunner::php(const QStringList &arguments) const
{
    return remote(m_settings.php, arguments);
}

CommandSpec SshRunner::composer(const QStringList &arguments) const
{
    return remote(m_settings.composer, arguments + QStringList{QStringLiteral("--no-interaction")});
}

QString SshRunner::where(const QString &relativeDir) const
{
    return m_settings.sshHost + QLatin1Char(':') + m_remoteRoot +
           (relativeDir.isEmpty() ? QString() : QLatin1Char('/') + relativeDir);
}

bool SshRunner::isInside(const QString &relativeDir, QString *error) const
{
    const QStringList parts = relativeDir.split(QLatin1Char('/'));
    bool bad = relativeDir.isEmpty() || relativeDir.startsWith(QLatin1Char('/'));
    for (const QString &p : parts)
        bad = bad || p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
    if (!bad)
        return true;
    return failWith(error, tr("%1 is outside the store folder %2; the assistant only works inside the store.")
                               .arg(relativeDir, where(QString())));
}

QString SshRunner::connectionError(const QStringList &sshOutput) const
{
    const QString host = m_settings.sshHost;
    // Here the host is known as the user typed it (an alias of ~/.ssh/config, maybe).
    if (sshOutput.join(QLatin1Char('\n')).contains(QLatin1String("Host key verification failed")))
        return tr("The server's SSH host key is unknown or changed: connect once with %1 to check and accept "
                  "it.")
            .arg(m_settings.sshConfigFile.isEmpty()
                     ? QStringLiteral("ssh ") + shellQuote(host)
                     : QStringLiteral("ssh -F %1 %2")
                           .arg(shellQuote(m_settings.sshConfigFile), shellQuote(host)));
    const QString advice = KnownFailures::adviceFor(sshOutput, 0);
    if (!advice.isEmpty())
        return advice;
    QString last;
    for (auto it = sshOutput.crbegin(); it != sshOutput.crend() && last.isEmpty(); ++it)
        last = it->trimmed();
    return last.isEmpty() ? tr("ssh %1 failed to connect (exit code 255).").arg(host)
                          : tr("ssh %1 failed to connect (exit code 255): %2").arg(host, last);
}

SshRunner::BulkResult SshRunner::bulk(BulkOp op, const QString &relativeDir, const QString &argument,
                                      const std::atomic_bool *cancel, const QStringList &more) const
{
    BulkResult r;
    QString rel = relativeDir;
    while (rel.endsWith(QLatin1Char('/')))
        rel.chop(1);
    if (!isInside(rel, &r.error) || !mountPresent(&r.error))
        return r;

    static const char *const opNames[] = {"stats", "chmod", "empty", "aside", "remove", "keep"};
    const QString opName = QString::fromLatin1(opNames[int(op)]);
    QStringList words{QStringLiteral("sh"),
                      QStringLiteral("-c"),
                      shellQuote(oneLine(FileOpsScript)),
                      QStringLiteral("mua-fileops"),
                      shellQuote(m_remoteRoot),
                      shellQuote(rel),
                      opName,
                      shellQuote(argument.isEmpty() ? QStringLiteral("-") : argument)};
    for (const QString &word : more)
        words << shellQuote(word);
    const QString command = words.join(QLatin1Char(' '));
    const CommandSpec spec = ssh(command);

    static const QRegularExpression findLine(
        QStringLiteral("^(?:find|chmod|rm): (?:[^']*?)'((?:[^'\\\\]|\\\\.)*)'(?:: (.*))?$"));
    static const QRegularExpression escaped(QStringLiteral("\\\\(.)"));
    QString top; // the physical ROOT/REL, after "mua-top="
    bool started = false;
    bool finished = false;
    QString refused;
    QStringList sshLines;
    bool scriptSpoke = false;
    auto failure = [&](const QString &path, const QString &reason) {
        ++r.failedCount;
        if (r.failed.size() < MaxListedFailures)
            r.failed << (reason.isEmpty() ? path : path + QStringLiteral(": ") + reason);
    };
    // "./a/b" (from find, relative to REL) → "REL/a/b".
    auto below = [&rel](QString path) {
        path.replace(escaped, QStringLiteral("\\1"));
        if (path == QLatin1String("."))
            return rel;
        if (path.startsWith(QLatin1String("./")))
            path = path.mid(2);
        return rel + QLatin1Char('/') + path;
    };
    auto onLine = [&](LogStream stream, const QString &line) {
        if (stream == LogStream::Stderr) {
            if (sshLines.size() < MaxKeptSshLines)
                sshLines << line;
            return;
        }
        if (line.startsWith(QLatin1String("mua-")))
            scriptSpoke = true;
        if (line.startsWith(QLatin1String("mua-top="))) {
            top = line.mid(8);
            started = true;
        } else if (line == QLatin1String("mua-missing")) {
            r.missing = true;
            finished = true;
        } else if (line.startsWith(QLatin1String("mua-refused="))) {
            refused = line.mid(12);
        } else if (line.startsWith(QLatin1String("mua-cannot="))) {
            r.cannot = line.mid(11);
            finished = true;
        } else if (line.startsWith(QLatin1String("mua-progress="))) {
            // a heartbeat for cancel; nothing to keep
        } else if (line.startsWith(QLatin1String("mua-result "))) {
            const QHash<QString, QString> f = fields(line.mid(11));
            r.entries = f.value(QStringLiteral("entries")).toLongLong();
            r.files = f.value(QStringLiteral("files")).toLongLong();
            r.folders = f.value(QStringLiteral("folders")).toLongLong();
            r.bytes = f.value(QStringLiteral("bytes")).toLongLong();
            r.moved = f.value(QStringLiteral("moved")) == QLatin1String("1");
            finished = true;
        } else if (line.startsWith(QLatin1String("mua-chmod-failed "))) {
            // "<physical folder>\tchmod: changing permissions of './name': reason" (chmod ran in that
            // folder, so the name is relative to it).
            const QString rest = line.mid(17);
            const qsizetype tab = rest.indexOf(QLatin1Char('\t'));
            QString dir = rel;
            if (tab >= 0 && rest.left(tab).startsWith(top)) {
                const QString sub = rest.left(tab).mid(top.size());
                dir = rel + sub;
            }
            const QString message = tab >= 0 ? rest.mid(tab + 1) : rest;
            const QRegularExpressionMatch m = findLine.match(message);
            if (m.hasMatch()) {
                QString name = m.captured(1);
                name.replace(escaped, QStringLiteral("\\1"));
                if (name.startsWith(QLatin1String("./")))
                    name = name.mid(2);
                failure(name == QLatin1String(".") ? dir : dir + QLatin1Char('/') + name, m.captured(2));
            } else {
                failure(dir, message);
            }
        } else if (started) {
            // find's own complaints (joined from stderr by the script): "find: cannot delete './x': …"
            const QRegularExpressionMatch m = findLine.match(line);
            if (m.hasMatch())
                failure(below(m.captured(1)), m.captured(2));
            else
                failure(rel, line);
        }
        // Lines before "mua-top=" come from the login shell's start-up files: not ours to judge.
    };

    const CommandExecutor executor(cancel, BulkGraceMs);
    const CommandResult result = executor.run(spec, onLine, false);
    if (!result.started) {
        r.error = tr("Could not run ssh for the file work on %1: %2.").arg(where(rel), result.startError);
        return r;
    }
    if (result.cancelled) {
        r.cancelled = true;
        return r;
    }
    if (result.exitCode == 255 && !scriptSpoke) {
        r.error = connectionError(sshLines);
        return r;
    }
    if (!refused.isEmpty()) {
        const QString kind = refused.section(QLatin1Char(' '), 0, 0);
        const QString path = refused.section(QLatin1Char(' '), 1);
        if (kind == QLatin1String("link"))
            r.error =
                tr("%1 is a symbolic link on the server; the assistant does not follow links out of the "
                   "store.")
                    .arg(where(path));
        else if (kind == QLatin1String("notdir"))
            r.error = tr("%1 is not a folder.").arg(where(path));
        else if (kind == QLatin1String("root"))
            r.error = tr("The store folder %1 does not exist on %2 or cannot be entered.")
                          .arg(m_remoteRoot, m_settings.sshHost);
        else if (kind == QLatin1String("stuck"))
            r.error = tr("Could not make %1 again, nor put the old folder back: it is now %2.")
                          .arg(where(rel), where(path));
        else if (kind == QLatin1String("name"))
            r.error = tr("%1 is not a folder the assistant moved aside; it is left alone.").arg(where(path));
        else if (kind == QLatin1String("dest"))
            r.error = tr("%1 is not a new place in a folder the assistant made for its copy; nothing was "
                         "copied there.")
                          .arg(where(path));
        else if (kind == QLatin1String("moved"))
            r.error =
                tr("%1 was moved while the assistant was working in it; stopped there.").arg(where(rel));
        else // "path": REL, or a name keep was to copy
            r.error =
                tr("%1 is outside the store folder %2; the assistant only works inside the store.")
                    .arg(kind == QLatin1String("path") && !path.isEmpty() ? path : rel, where(QString()));
        return r;
    }
    if (!finished) {
        QStringList said = sshLines;
        said.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
        r.error = tr("The file work on %1 did not finish (exit code %2)%3")
                      .arg(where(rel))
                      .arg(result.crashed ? -1 : result.exitCode)
                      .arg(r.failed.isEmpty() && said.isEmpty()
                               ? QStringLiteral(".")
                               : QStringLiteral(": ") + (r.failed.isEmpty() ? said : r.failed).first());
        return r;
    }
    // The work ran on the server, but the engine goes on through the mount.
    mountPresent(&r.error);
    return r;
}

TreeStats SshRunner::stats(const QString &relativeDir) const
{
    const BulkResult b = bulk(BulkOp::Stats, relativeDir, QString(), nullptr);
    TreeStats t;
    t.error = b.error;
    if (t.error.isEmpty() && b.failedCount > 0)
        t.error = tr("Could not count everything in %1: %2").arg(where(relativeDir), b.failed.first());
    t.exists = !b.missing && b.error.isEmpty();
    t.files = b.files;
    t.folders = b.folders;
    t.bytes = b.bytes;
    return t;
}

FileOpReport SshRunner::chmodTree(const QString &relativeDir, unsigned mode,
                                  const std::atomic_bool *cancel) const
{
    const BulkResult b = bulk(BulkOp::Chmod, relativeDir, QString::number(mode & 07777, 8), cancel);
    FileOpReport r = b.report();
    if (r.error.isEmpty() && b.missing)
        r.error = tr("%1 does not exist.").arg(where(relativeDir));
    return r;
}

FileOpReport SshRunner::emptyFolder(const QString &relativeDir, const std::atomic_bool *cancel) const
{
    FileOpReport r;
    QString rel = relativeDir;
    while (rel.endsWith(QLatin1Char('/')))
        rel.chop(1);
    if (rel.isEmpty() || rel == QLatin1String(".")) {
        r.error = tr("The assistant does not empty the whole store folder %1.").arg(where(QString()));
        return r;
    }
    return bulk(BulkOp::Empty, rel, QString(), cancel).report();
}

AsideMove SshRunner::moveAside(const QString &relativeDir) const
{
    AsideMove m;
    QString rel = relativeDir;
    while (rel.endsWith(QLatin1Char('/')))
        rel.chop(1);
    const QString name = rel.section(QLatin1Char('/'), -1);
    const QString aside = FileOps::asideName(name);
    const BulkResult b = bulk(BulkOp::Aside, rel, aside, nullptr);
    if (!b.error.isEmpty()) {
        m.reason = b.error;
        return m;
    }
    if (!b.cannot.isEmpty()) {
        static const QHash<QString, const char *> reasons{
            {QStringLiteral("noperl"), QT_TR_NOOP("the server has no perl for a rename that never copies")},
            {QStringLiteral("mount"), QT_TR_NOOP("it is or holds a mount point")},
            {QStringLiteral("rename"), QT_TR_NOOP("it cannot be renamed")},
            {QStringLiteral("mkdir"), QT_TR_NOOP("a new empty folder cannot be made")},
            {QStringLiteral("owner"), QT_TR_NOOP("the new folder cannot get the old one's owner and group")},
            {QStringLiteral("mode"), QT_TR_NOOP("the new folder cannot get the old one's mode")},
            {QStringLiteral("acl"), QT_TR_NOOP("the new folder cannot get the old one's ACLs")}};
        const char *reason = reasons.value(b.cannot, nullptr);
        m.result = AsideMove::Result::NotPossible;
        m.reason = tr("%1 cannot be moved aside: %2.").arg(where(rel), reason ? tr(reason) : b.cannot);
        return m;
    }
    if (b.missing || !b.moved) {
        m.result = AsideMove::Result::NothingToMove;
        return m;
    }
    m.result = AsideMove::Result::Moved;
    m.aside = rel.contains(QLatin1Char('/')) ? rel.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + aside
                                             : aside;
    return m;
}

FileOpReport SshRunner::removeAside(const QString &relativeAside, const std::atomic_bool *cancel) const
{
    FileOpReport r;
    if (!FileOps::isAsideName(relativeAside.section(QLatin1Char('/'), -1))) {
        r.error =
            tr("%1 is not a folder the assistant moved aside; it is left alone.").arg(where(relativeAside));
        return r;
    }
    return bulk(BulkOp::Remove, relativeAside, QString(), cancel).report();
}

std::optional<FileOpReport> SshRunner::keepTree(const QString &from, const QString &to,
                                                const QStringList &copied) const
{
    return bulk(BulkOp::Keep, from, to, nullptr, copied).report();
}

std::optional<QStringList> SshRunner::differences(const QString &oldRelative, const QString &newRelative,
                                                  const std::atomic_bool *cancel, int graceMs) const
{
    if (!isInside(oldRelative, nullptr) || !isInside(newRelative, nullptr))
        return std::nullopt;
    // GNU diff stops reading a file at its first difference and never follows a link (links are
    // compared by their targets); exit 1 means "differ", 2 trouble (then the caller compares here).
    const CommandSpec spec =
        ssh(QStringLiteral("cd %1 && LC_ALL=C diff -rq --no-dereference -- %2 %3")
                .arg(shellQuote(m_remoteRoot), shellQuote(oldRelative), shellQuote(newRelative)));
    QStringList lines;
    const CommandResult result = CommandExecutor(cancel, graceMs)
                                     .run(
                                         spec,
                                         [&lines](LogStream stream, const QString &line) {
                                             if (stream == LogStream::Stdout)
                                                 lines << line;
                                         },
                                         false);
    if (!result.started || result.crashed || result.cancelled || result.exitCode < 0 || result.exitCode > 1)
        return std::nullopt;
    return lines;
}

QList<PreflightCheck> SshRunner::checks(const Store &store, const std::atomic_bool *cancel, int graceMs) const
{
    using Level = PreflightCheck::Level;
    QList<PreflightCheck> out;
    const QString remoteWhere = where(QString());
    const CommandSpec spec =
        ssh(QStringList{QStringLiteral("sh"), QStringLiteral("-c"), shellQuote(oneLine(CheckScript)),
                        QStringLiteral("mua-check"), shellQuote(m_remoteRoot)}
                .join(QLatin1Char(' ')));
    QHash<QString, QString> facts;
    QStringList sshLines;
    bool scriptSpoke = false;
    const CommandResult result = CommandExecutor(cancel, graceMs)
                                     .run(
                                         spec,
                                         [&](LogStream stream, const QString &line) {
                                             if (stream == LogStream::Stderr) {
                                                 if (sshLines.size() < MaxKeptSshLines)
                                                     sshLines << line;
                                                 return;
                                             }
                                             if (!line.startsWith(QLatin1String("mua-")))
                                                 return;
                                             scriptSpoke = true;
                                             const qsizetype eq = line.indexOf(QLatin1Char('='));
                                             if (eq > 0)
                                                 facts.insert(line.mid(4, eq - 4), line.mid(eq + 1));
                                         },
                                         false);

    const QString title = tr("SSH connection");
    if (!result.started || result.cancelled || (!scriptSpoke && result.exitCode != 0)) {
        QString message;
        if (!result.started)
            message = tr("Could not run ssh: %1.").arg(result.startError);
        else if (result.cancelled)
            message = tr("Cancelled while connecting to %1.").arg(m_settings.sshHost);
        else
            message = connectionError(sshLines);
        const QString probe =
            m_settings.sshConfigFile.isEmpty()
                ? QStringLiteral("ssh %1 true").arg(shellQuote(m_settings.sshHost))
                : QStringLiteral("ssh -F %1 %2 true")
                      .arg(shellQuote(m_settings.sshConfigFile), shellQuote(m_settings.sshHost));
        out << PreflightCheck{
            QStringLiteral("ssh"), title, Level::Error, message,
            tr("%1 must work without a question before the assistant can use it.").arg(probe)};
        return out;
    }
    const QString user = facts.value(QStringLiteral("user"));
    out << PreflightCheck{
        QStringLiteral("ssh"), title, Level::Pass,
        tr("Connected to %1 as %2; bin/magento and the file work run there.").arg(m_settings.sshHost, user),
        QString()};

    const QString storeTitle = tr("Store on the server");
    const QString mountFix =
        tr("Give %3 the folder that %1 shows, or mount that folder at %1 (for example: sshfs %2 %1 -o "
           "dir_cache=no).")
            .arg(store.root, remoteWhere, Wording::current().setting(Setting::RemoteRoot));
    if (facts.value(QStringLiteral("root")) != QLatin1String("ok")) {
        out << PreflightCheck{QStringLiteral("remote-root"), storeTitle, Level::Error,
                              tr("The store folder %1 does not exist on %2 or cannot be entered.")
                                  .arg(m_remoteRoot, m_settings.sshHost),
                              mountFix};
        return out;
    }
    if (facts.value(QStringLiteral("magento")) != QLatin1String("yes")) {
        out << PreflightCheck{
            QStringLiteral("remote-root"), storeTitle, Level::Error,
            tr("%1 has no bin/magento: it is not a Magento store's folder.").arg(remoteWhere), mountFix};
        return out;
    }
    // The strongest proof: the lock this run wrote through ROOT is there on the server. Without a
    // lock (plan, the readiness page), the same env.php; a copy of the store would pass that.
    const std::optional<LockHolder> lock = StoreLock::read(store.root);
    const FileContent env = SafeFile::read(store.envPhpPath(), FileLimit::EnvPhp);
    const QString localSha =
        env.ok() ? QString::fromLatin1(QCryptographicHash::hash(env.data, QCryptographicHash::Sha256).toHex())
                 : QString();
    QString mismatch;
    QString how;
    if (lock && !lock->token.isEmpty()) {
        if (facts.value(QStringLiteral("lock")) != lock->token)
            mismatch =
                tr("the lock file this run wrote through %1 is not in %2").arg(store.root, remoteWhere);
        else
            how = tr("the run's lock file shows in both");
    }
    if (mismatch.isEmpty() && localSha != facts.value(QStringLiteral("env")))
        mismatch = tr("their app/etc/env.php differ");
    if (mismatch.isEmpty() && how.isEmpty())
        how = tr("app/etc/env.php is the same in both");
    if (!mismatch.isEmpty()) {
        out << PreflightCheck{QStringLiteral("remote-root"), storeTitle, Level::Error,
                              tr("%1 (the local mount) and %2 are not the same store: %3.")
                                  .arg(store.root, remoteWhere, mismatch),
                              mountFix};
        return out;
    }
    out << PreflightCheck{
        QStringLiteral("remote-root"), storeTitle, Level::Pass,
        tr("%1 (the local mount) and %2 are the same store: %3.").arg(store.root, remoteWhere, how),
        QString()};

    // The files' owner runs bin/magento, on the server.
    const QString uid = facts.value(QStringLiteral("uid"));
    const QString owner = facts.value(QStringLiteral("owner"));
    const QString ownerName = facts.value(QStringLiteral("ownername"), owner);
    if (!owner.isEmpty() && owner != uid)
        out << PreflightCheck{
            QStringLiteral("owner"), tr("File-system owner"), Level::Error,
            tr("On %1 you log in as %2, but app/etc/env.php belongs to %3.")
                .arg(m_settings.sshHost, user, ownerName),
            tr("Connect as %1: %2, or User %1 in ~/.ssh/config.")
                .arg(ownerName, Wording::current().setting(Setting::SshHost, ownerName + QLatin1Char('@') +
                                                                                 m_settings.sshHost))};
    else
        out << PreflightCheck{
            QStringLiteral("owner"), tr("File-system owner"), Level::Pass,
            tr("On %1 you log in as %2, the owner of the store's files.").arg(m_settings.sshHost, user),
            QString()};

    // The engine reads the maintenance flag through the mount right after the server changed it:
    // sshfs's default cache may answer from up to 20 s before.
    const MountInfo mount = FileSystems::mountFor(store.root);
    if (mount.type == QLatin1String("fuse.sshfs") && sshfsCaches(mount.mountPoint) == 1)
        out << PreflightCheck{
            QStringLiteral("filesystem"), tr("File system"), Level::Warning,
            tr("%1 is an sshfs mount that caches names and attributes for 20 s: the assistant "
               "may read an old maintenance flag through it.")
                .arg(mount.mountPoint),
            tr("Mount it with -o dir_cache=no, for example: sshfs -o dir_cache=no %1 %2")
                .arg(shellQuote(mount.source), shellQuote(mount.mountPoint))};
    return out;
}

bool SshRunner::isConnectionFailure(const QList<PreflightCheck> &checks)
{
    return checks.size() == 1 && checks.first().id == QLatin1String("ssh") &&
           checks.first().level == PreflightCheck::Level::Error;
}

bool SshRunner::maintenanceFlagExists() const
{
    return maintenanceState().value_or(false);
}

std::optional<bool> SshRunner::maintenanceState() const
{
    // On the server itself: the mount may cache the flag's absence or presence for a while.
    const CommandSpec spec =
        ssh(QStringLiteral("test -e %1/var/.maintenance.flag").arg(shellQuote(m_remoteRoot)));
    const CommandResult r = CommandExecutor(nullptr, 5000).run(spec, nullptr, false);
    if (!r.started || r.crashed || r.exitCode == 255) {
        // Unreachable server: the mount is all we have, if it is still there.
        if (!mountPresent(nullptr))
            return std::nullopt;
        return Runner::maintenanceFlagExists();
    }
    return r.exitCode == 0;
}

} // namespace mua
