#pragma once

#include "core/parse/phpvalue.h"
#include "core/runners/commandexecutor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace mua {

// The store's database as app/etc/env.php's db.connection.default names it. Magento writes the
// port or the socket into 'host': "db", "db:3307", "localhost:/run/mysqld/mysqld.sock".
struct DbConnection
{
    Q_DECLARE_TR_FUNCTIONS(mua::DbConnection)

public:
    QString host;     // as env.php writes it
    QString hostName; // without the port or socket
    int port = 0;     // 0: the client's default
    QString socket;   // empty: none
    QString name;
    QString user;
    QString password; // a secret: never printed, never on a command line
    QString tablePrefix;

    // From env.php; nothing and a sentence in *error when a value is missing or computed at run time.
    static std::optional<DbConnection> fromEnv(const PhpValue &env, QString *error);
    // "magento@localhost:/run/mysqld/mysqld.sock, database magento" (no password).
    QString describe() const;
    QString table(const QString &name) const { return tablePrefix + name; }
};

// What a query gave.
struct QueryRows
{
    QList<QStringList> rows; // tab-separated columns, as the client prints them in batch mode
    QString value(int row = 0, int column = 0) const { return rows.value(row).value(column); }
};

// The store's tables, views and routines (only those with the table prefix, when it has one).
struct Schema
{
    QStringList tables;
    QStringList views;
    QStringList routines; // "PROCEDURE name" / "FUNCTION name"
};

// Talks to the database through Debian's own client programs (mariadb, mariadb-dump; mysql and
// mysqldump when those are missing), run by the CommandExecutor. The password reaches them only in
// a private option file that exists in memory only (a memfd, mode 0600, or an unnamed O_TMPFILE file
// where memfd_create is not allowed), handed to the client as --defaults-file=/dev/fd/N: it is never
// on a command line, in the environment, in a log, or on disk, so even a SIGKILL during a dump leaves
// no file with the password behind. --defaults-file must be the first option (so no ~/.my.cnf or
// login path can override the host, user or password). SQL goes to the client on its standard input,
// from a memory file too, never on its command line.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(mua::Database)

public:
    using LineHandler = CommandExecutor::LineHandler;

    explicit Database(const DbConnection &connection, const std::atomic_bool *cancel = nullptr,
                      int graceMs = 5000);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DbConnection &connection() const { return m_connection; }

    // Writes the option file; false with a sentence when it cannot.
    bool open(QString *error);
    QString optionFile() const { return m_optionFile; } // /dev/fd/N, readable by our children only

    // Option-file folders (TMPDIR/mua-db-XXXXXX) that earlier versions left behind, with the password
    // in them, when they were killed during a dump: this user's, holding nothing but client.cnf and
    // query files. Removed; returns how many.
    static int removeLeftovers(const QString &tempDir);

    // One or more statements in the store's database: the rows of the last SELECT; nothing, with a
    // sentence in *error, when they could not be run.
    std::optional<QueryRows> query(const QString &sql, QString *error) const;

    // mariadb-dump … | gzip > outFile (a consistent snapshot: --single-transaction). With tables,
    // only those tables and views (a store with a table prefix); without, the whole database.
    CommandSpec dumpCommand(const QString &outFile, const QStringList &tables = {}) const;
    // gzip -dc dumpFile | mariadb … (loads a dump made by dumpCommand).
    CommandSpec loadCommand(const QString &dumpFile) const;
    // Runs dumpCommand or loadCommand; a sentence in *error when it failed (stderr lines go to log).
    bool runPipeline(const CommandSpec &spec, const LineHandler &log, QString *error) const;

    // What the database holds now; false with a sentence when it cannot be read.
    bool schema(Schema *out, QString *error) const;

    // Bytes the tables take (data_length + index_length) into *bytes; false with a sentence when unknown.
    bool sizeBytes(qint64 *bytes, QString *error) const;

    static QString clientProgram(); // mariadb, else mysql
    static QString dumpProgram();   // mariadb-dump, else mysqldump
    static QString quoteName(const QString &identifier);
    static QString quoteText(const QString &value);
    // The options the dump is made with (for the manifest and `plan`).
    static QStringList dumpOptions();
    // " AND column LIKE 'prefix%'" (with _ and % escaped) for the store's table prefix; empty
    // without one. Limits what a backup dumps and a rollback drops to the store's own tables.
    QString prefixCondition(const QString &column) const;

private:
    // The options that must come first: --defaults-file (and --no-login-paths for MySQL's client).
    QStringList connectOptions(const QString &program) const;
    QString failure(const QStringList &errorLines, const QString &what) const;

    DbConnection m_connection;
    const std::atomic_bool *m_cancel;
    int m_graceMs;
    int m_optionFd = -1;
    QString m_optionFile;
};

} // namespace mua
