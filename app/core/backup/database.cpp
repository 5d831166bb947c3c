#include "core/backup/database.h"

#include "core/model/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mua {

namespace {

// A value in an option file: double-quoted, with backslash escapes for what the server's option
// file reader unescapes (mysys/my_default.c).
QByteArray optionValue(const QString &value)
{
    QByteArray out = "\"";
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    return out + '"';
}

QString findProgram(const char *preferred, const char *fallback)
{
    const QString first = QStandardPaths::findExecutable(QLatin1String(preferred));
    if (!first.isEmpty())
        return first;
    const QString second = QStandardPaths::findExecutable(QLatin1String(fallback));
    return second.isEmpty() ? QLatin1String(preferred) : second;
}

// MySQL's own clients read ~/.mylogin.cnf even with --defaults-file unless told not to; MariaDB's
// have no login paths (and no such option). Asked once per program.
bool supportsNoLoginPaths(const QString &program)
{
    if (QFileInfo(program).fileName().startsWith(QLatin1String("mariadb")))
        return false;
    static QMutex mutex;
    static QHash<QString, bool> known;
    const QMutexLocker locker(&mutex);
    const auto it = known.constFind(program);
    if (it != known.constEnd())
        return *it;
    const CommandResult help = CommandExecutor().run({program, {QStringLiteral("--help")}, {}}, {}, true);
    bool supported = false;
    for (const QString &line : help.lines)
        supported = supported || line.contains(QLatin1String("--no-login-paths"));
    known.insert(program, supported);
    return supported;
}

// A file that exists in memory only, mode 0600, holding body, read from its start by whoever opens
// /dev/fd/N (each open is a new reading position). memfd_create where allowed, else an unnamed file
// in the temporary folder (O_TMPFILE): neither has a name on disk, and both vanish with the last
// descriptor, whatever ends the process. Close-on-exec: only a child told to inherit it gets it.
int memoryFile(const char *name, const QByteArray &body, QString *why)
{
    int fd = ::memfd_create(name, MFD_CLOEXEC);
    if (fd < 0)
        fd = ::open(QFile::encodeName(QDir::tempPath()).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) {
        *why = errnoText();
        return -1;
    }
    // A memfd starts as 0777, and the clients ignore a world-writable option file.
    qsizetype written = 0;
    while (::fchmod(fd, 0600) == 0 && written < body.size()) {
        const ssize_t n = ::write(fd, body.constData() + written, size_t(body.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    if (written != body.size() || ::lseek(fd, 0, SEEK_SET) != 0) {
        *why = errnoText();
        ::close(fd);
        return -1;
    }
    return fd;
}

// The start of a pipeline's bash script: pipefail, and g=(setpriv --pdeathsig KILL --) where setpriv
// exists (util-linux), so that each program of the pipeline is killed when bash is.
const QString PipelineGuard = QStringLiteral(
    "set -o pipefail; g=(); if command -v setpriv >/dev/null; then g=(setpriv --pdeathsig KILL --); fi; ");

} // namespace

std::optional<DbConnection> DbConnection::fromEnv(const PhpValue &env, QString *error)
{
    const PhpValue &c = env.at(u"db/connection/default");
    if (!c.isArray()) {
        failWith(error,
                 tr("app/etc/env.php has no db.connection.default: the assistant cannot tell which database "
                    "belongs to the store."));
        return std::nullopt;
    }
    QStringList dynamic;
    for (const char *key : {"host", "dbname", "username", "password", "port"}) {
        if (c[QString::fromLatin1(key)].isDynamic())
            dynamic << QStringLiteral("db.connection.default.") + QLatin1String(key);
    }
    if (env.at(u"db/table_prefix").isDynamic())
        dynamic << QStringLiteral("db.table_prefix");
    if (!dynamic.isEmpty()) {
        failWith(error,
                 tr("app/etc/env.php computes %1 at run time (for instance with getenv()), so the assistant "
                    "cannot tell which database to use; write the values into env.php or back up the "
                    "database by hand.")
                     .arg(dynamic.join(QLatin1String(", "))));
        return std::nullopt;
    }
    DbConnection d;
    d.host = c[u"host"].toString().trimmed();
    d.name = c[u"dbname"].toString();
    d.user = c[u"username"].toString();
    d.password = c[u"password"].toString();
    d.tablePrefix = env.at(u"db/table_prefix").toString();
    if (d.name.isEmpty() || d.user.isEmpty()) {
        failWith(error, tr("app/etc/env.php names no %1 in db.connection.default.")
                            .arg(d.name.isEmpty() ? QStringLiteral("dbname") : QStringLiteral("username")));
        return std::nullopt;
    }
    QString host = d.host.isEmpty() ? QStringLiteral("localhost") : d.host;
    if (host.startsWith(QLatin1Char('/'))) {
        d.socket = host;
        host = QStringLiteral("localhost");
    } else if (host.startsWith(QLatin1Char('['))) { // [::1]:3306
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close > 0 && host.mid(close + 1).startsWith(QLatin1Char(':')))
            d.port = host.mid(close + 2).toInt();
        host = host.mid(1, close > 0 ? close - 1 : -1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        const QString after = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
        if (after.startsWith(QLatin1Char('/')))
            d.socket = after;
        else
            d.port = after.toInt();
    }
    d.hostName = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (const PhpValue &port = c[u"port"]; !port.isNull() && d.port == 0)
        d.port = int(port.toString().toInt());
    return d;
}

QString DbConnection::describe() const
{
    const QString where = !socket.isEmpty() ? hostName + QLatin1Char(':') + socket
                          : port > 0        ? hostName + QLatin1Char(':') + QString::number(port)
                                            : hostName;
    return tr("%1@%2, database %3").arg(user, where, name);
}

Database::Database(const DbConnection &connection, const std::atomic_bool *cancel, int graceMs)
    : m_connection(connection)
    , m_cancel(cancel)
    , m_graceMs(graceMs)
{}

Database::~Database()
{
    if (m_optionFd >= 0)
        ::close(m_optionFd);
}

bool Database::open(QString *error)
{
    if (!m_optionFile.isEmpty())
        return true;
    removeLeftovers(QDir::tempPath());
    QByteArray body = "[client]\n";
    body += "user=" + optionValue(m_connection.user) + '\n';
    body += "password=" + optionValue(m_connection.password) + '\n';
    body += "host=" + optionValue(m_connection.hostName) + '\n';
    if (m_connection.port > 0)
        body += "port=" + QByteArray::number(m_connection.port) + '\n';
    if (!m_connection.socket.isEmpty())
        body += "socket=" + optionValue(m_connection.socket) + '\n';
    QString why;
    const int fd = memoryFile("mua-client.cnf", body, &why);
    if (fd < 0)
        return failWith(
            error, tr("Cannot make a private in-memory option file for the database password: %1.").arg(why));
    m_optionFd = fd;
    m_optionFile = QStringLiteral("/dev/fd/%1").arg(fd);
    return true;
}

int Database::removeLeftovers(const QString &tempDir)
{
    int removed = 0;
    const QByteArray base = QFile::encodeName(tempDir);
    DIR *dir = ::opendir(base.constData());
    if (!dir)
        return 0;
    const int baseFd = ::dirfd(dir);
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (!name.startsWith("mua-db-") || name.size() != 13)
            continue;
        struct stat st;
        if (::fstatat(baseFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode) ||
            st.st_uid != ::geteuid() || (st.st_mode & 077) != 0)
            continue;
        const int fd = ::openat(baseFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            continue;
        DIR *inner = ::fdopendir(fd);
        if (!inner) {
            ::close(fd);
            continue;
        }
        // Only what those versions wrote: client.cnf and query-N.sql; anything else, and it is not ours.
        QList<QByteArray> files;
        bool ours = true;
        while (const dirent *f = ::readdir(inner)) {
            const QByteArray file(f->d_name);
            if (file == "." || file == "..")
                continue;
            ours = ours && (file == "client.cnf" || (file.startsWith("query-") && file.endsWith(".sql")));
            files << file;
        }
        if (ours) {
            for (const QByteArray &file : std::as_const(files))
                ::unlinkat(fd, file.constData(), 0);
            if (::unlinkat(baseFd, name.constData(), AT_REMOVEDIR) == 0)
                ++removed;
        }
        ::closedir(inner);
    }
    ::closedir(dir);
    return removed;
}

QString Database::clientProgram()
{
    return findProgram("mariadb", "mysql");
}

QString Database::dumpProgram()
{
    return findProgram("mariadb-dump", "mysqldump");
}

QString Database::quoteName(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + q + QLatin1Char('`');
}

QString Database::quoteText(const QString &value)
{
    QString q = value;
    q.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    q.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QStringList Database::dumpOptions()
{
    return {QStringLiteral("--single-transaction"),
            QStringLiteral("--quick"),
            QStringLiteral("--routines"),
            QStringLiteral("--triggers"),
            QStringLiteral("--hex-blob"),
            QStringLiteral("--no-tablespaces"),
            QStringLiteral("--default-character-set=utf8mb4")};
}

QString Database::prefixCondition(const QString &column) const
{
    if (m_connection.tablePrefix.isEmpty())
        return QString();
    QString pattern = m_connection.tablePrefix;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    return QStringLiteral(" AND %1 LIKE %2").arg(column, quoteText(pattern + QLatin1Char('%')));
}

QStringList Database::connectOptions(const QString &program) const
{
    QStringList options{QStringLiteral("--defaults-file=") + m_optionFile};
    if (supportsNoLoginPaths(program))
        options << QStringLiteral("--no-login-paths");
    return options;
}

QString Database::failure(const QStringList &errorLines, const QString &what) const
{
    QString message;
    for (const QString &line : errorLines) {
        if (line.contains(QLatin1String("ERROR")) || line.contains(QLatin1String("error")) ||
            line.contains(QLatin1String("No space"))) {
            message = line.trimmed();
            break;
        }
    }
    if (message.isEmpty() && !errorLines.isEmpty())
        message = errorLines.constLast().trimmed();
    static const QRegularExpression prefix(
        QStringLiteral("^(?:\\S+: )?(?:Got )?ERROR:? (\\d+) \\([0-9A-Z]+\\)"
                       "(?: at line \\d+)?: "));
    // The dump programs say it their own way: mariadb-dump: Got error: 2002: "Can't connect …" when
    // trying to connect (mysqldump without the quotes).
    static const QRegularExpression dumpPrefix(QStringLiteral("^(?:\\S+: )?Got error: (\\d+): "));
    const QRegularExpressionMatch m = prefix.match(message);
    const QRegularExpressionMatch d = m.hasMatch() ? QRegularExpressionMatch() : dumpPrefix.match(message);
    const int code = m.hasMatch() ? m.captured(1).toInt() : d.hasMatch() ? d.captured(1).toInt() : 0;
    if (m.hasMatch())
        message = message.mid(m.capturedLength());
    if (d.hasMatch()) {
        message = message.mid(d.capturedLength());
        if (const qsizetype close = message.lastIndexOf(QLatin1Char('"'));
            message.startsWith(QLatin1Char('"')) && close > 0)
            message = message.mid(1, close - 1) + message.mid(close + 1);
    }
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    if (code == 1045)
        return tr("The database server refused %1 (%2): check the username and password in app/etc/env.php.")
            .arg(m_connection.describe(), message);
    if (code == 2002 || code == 2003 || code == 2005 || code == 2013)
        return tr("Cannot reach the database server for %1 (%2): is it running, and is "
                  "db.connection.default's "
                  "host in app/etc/env.php right?")
            .arg(m_connection.describe(), message);
    if (code == 1044 || code == 1049)
        return tr("Cannot use the database of %1 (%2).").arg(m_connection.describe(), message);
    return tr("%1 failed for %2: %3.")
        .arg(what, m_connection.describe(), message.isEmpty() ? tr("no error text") : message);
}

std::optional<QueryRows> Database::query(const QString &sql, QString *error) const
{
    if (m_optionFile.isEmpty()) {
        failWith(error, tr("The database connection was not prepared."));
        return std::nullopt;
    }
    // The statements reach the client on its standard input, from a file in memory: a long list of
    // tables would not fit into one command-line argument.
    QString why;
    const int sqlFd = memoryFile("mua-query.sql", sql.toUtf8() + '\n', &why);
    if (sqlFd < 0) {
        failWith(error, tr("Cannot make a private in-memory file for a database query: %1.").arg(why));
        return std::nullopt;
    }
    const QString sqlFile = QStringLiteral("/dev/fd/%1").arg(sqlFd);
    const QString program = clientProgram();
    CommandSpec spec{QStringLiteral("bash"),
                     {QStringLiteral("-c"), QStringLiteral("exec \"$1\" \"${@:3}\" < \"$2\""),
                      QStringLiteral("mua-query"), program, sqlFile},
                     {}};
    spec.arguments << connectOptions(program)
                   << QStringList{QStringLiteral("--batch"), QStringLiteral("--skip-column-names"),
                                  QStringLiteral("--connect-timeout=10"),
                                  QStringLiteral("--database=") + m_connection.name};
    spec.inheritFds = {m_optionFd, sqlFd};
    QueryRows r;
    QStringList errors;
    const CommandResult result = CommandExecutor(m_cancel, m_graceMs)
                                     .run(
                                         spec,
                                         [&](LogStream stream, const QString &line) {
                                             if (stream == LogStream::Stdout)
                                                 r.rows << line.split(QLatin1Char('\t'));
                                             else
                                                 errors << line;
                                         },
                                         false);
    ::close(sqlFd);
    if (!result.started) {
        failWith(error,
                 tr("Cannot run the database client: %1. Install mariadb-client.").arg(result.startError));
        return std::nullopt;
    }
    if (!result.succeeded()) {
        failWith(error, result.cancelled ? tr("Cancelled while asking the database.")
                                         : failure(errors, tr("A database query")));
        return std::nullopt;
    }
    return r;
}

CommandSpec Database::dumpCommand(const QString &outFile, const QStringList &tables) const
{
    // bash only joins the two programs: pipefail makes a failed dump fail the pipeline. The values
    // travel as positional parameters, never through the shell's parser. Both programs die with bash
    // (setpriv --pdeathsig), as bash dies with the assistant: a killed run leaves no dump running.
    const QString program = dumpProgram();
    CommandSpec spec{
        QStringLiteral("bash"),
        {QStringLiteral("-c"),
         PipelineGuard + QStringLiteral("out=$1; shift; \"${g[@]}\" \"$@\" | \"${g[@]}\" gzip -c > \"$out\""),
         QStringLiteral("mua-dump"), outFile, program},
        {}};
    spec.arguments << connectOptions(program) << dumpOptions() << m_connection.name << tables;
    spec.inheritFds = {m_optionFd};
    spec.shown = QStringLiteral("%1 --defaults-file=%2 %3 %4%5 | gzip > %6")
                     .arg(QFileInfo(program).fileName(), tr("<private option file>"),
                          dumpOptions().join(QLatin1Char(' ')), m_connection.name,
                          tables.isEmpty() ? QString()
                                           : QLatin1Char(' ') + tr("<%n table(s) with the prefix %1>",
                                                                   nullptr, int(tables.size()))
                                                                    .arg(m_connection.tablePrefix),
                          outFile);
    return spec;
}

CommandSpec Database::loadCommand(const QString &dumpFile) const
{
    const QString program = clientProgram();
    CommandSpec spec{
        QStringLiteral("bash"),
        {QStringLiteral("-c"),
         PipelineGuard + QStringLiteral("in=$1; shift; \"${g[@]}\" gzip -dc -- \"$in\" | \"${g[@]}\" \"$@\""),
         QStringLiteral("mua-restore"), dumpFile, program},
        {}};
    spec.arguments << connectOptions(program)
                   << QStringList{QStringLiteral("--batch"),
                                  QStringLiteral("--max-allowed-packet=1073741824"),
                                  QStringLiteral("--database=") + m_connection.name};
    spec.inheritFds = {m_optionFd};
    spec.shown =
        QStringLiteral("gzip -dc %1 | %2 --defaults-file=%3 %4")
            .arg(dumpFile, QFileInfo(program).fileName(), tr("<private option file>"), m_connection.name);
    return spec;
}

bool Database::runPipeline(const CommandSpec &spec, const LineHandler &log, QString *error) const
{
    QStringList errors;
    const CommandResult result = CommandExecutor(m_cancel, m_graceMs)
                                     .run(
                                         spec,
                                         [&](LogStream stream, const QString &line) {
                                             if (stream == LogStream::Stderr)
                                                 errors << line;
                                             if (log)
                                                 log(stream, line);
                                         },
                                         false);
    if (result.succeeded())
        return true;
    if (!result.started)
        return failWith(error, tr("Cannot run %1: %2.").arg(spec.display(), result.startError));
    if (result.cancelled)
        return failWith(error, tr("%1 was stopped because the run was cancelled.").arg(spec.display()));
    return failWith(error, failure(errors, spec.program == QLatin1String("bash") &&
                                                   spec.arguments.value(2) == QLatin1String("mua-dump")
                                               ? tr("The database dump")
                                               : tr("Loading the database dump")));
}

bool Database::schema(Schema *out, QString *error) const
{
    const std::optional<QueryRows> tables = query(
        QStringLiteral("SELECT table_name, table_type FROM information_schema.TABLES WHERE table_schema = "
                       "DATABASE()%1 ORDER BY table_name")
            .arg(prefixCondition(QStringLiteral("table_name"))),
        error);
    if (!tables)
        return false;
    for (const QStringList &row : tables->rows)
        (row.value(1) == QLatin1String("VIEW") ? out->views : out->tables) << row.value(0);
    const std::optional<QueryRows> routines =
        query(QStringLiteral("SELECT routine_type, routine_name FROM information_schema.ROUTINES WHERE "
                             "routine_schema = DATABASE()%1 ORDER BY routine_type, routine_name")
                  .arg(prefixCondition(QStringLiteral("routine_name"))),
              error);
    if (!routines)
        return false;
    for (const QStringList &row : routines->rows)
        out->routines << row.value(0) + QLatin1Char(' ') + row.value(1);
    return true;
}

bool Database::sizeBytes(qint64 *bytes, QString *error) const
{
    const std::optional<QueryRows> r =
        query(QStringLiteral("SELECT COALESCE(SUM(data_length + index_length), 0) FROM "
                             "information_schema.TABLES WHERE table_schema = DATABASE()"),
              error);
    if (!r)
        return false;
    *bytes = r->value().toLongLong();
    return true;
}

} // namespace mua
