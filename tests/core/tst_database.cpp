// DbConnection and Database without a database server: the connection as env.php's values give it
// (the port or the socket written into 'host'), the command lines made for mariadb-dump and mariadb,
// the private option file that carries the password (read back by MariaDB's own option-file reader),
// and what the real clients say when no server answers. The password is never on a command line.
// A live server: tst_backup.
#include "core/backup/database.h"
#include "core/parse/envphpparser.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace mua;
using mua::test::writeFile;

namespace {

// env.php with the given entries of db.connection.default (PHP source) and db.table_prefix.
PhpValue env(const QByteArray &connection, const QByteArray &prefix = "''")
{
    const QByteArray source = "<?php\nreturn [\n    'db' => [\n        'table_prefix' => " + prefix +
                              ",\n        'connection' => [\n            'default' => [\n" + connection +
                              "            ],\n        ],\n    ],\n];\n";
    const EnvPhpParseResult r = EnvPhpParser::parse(source);
    if (!r.ok)
        qFatal("env.php of the test does not parse: %s", qPrintable(r.error));
    return r.value;
}

QByteArray entries(const QByteArray &host, const QByteArray &more = {})
{
    return "                'host' => " + host +
           ",\n                'dbname' => 'shop',\n"
           "                'username' => 'magento',\n                'password' => 'hunter2',\n" +
           more;
}

DbConnection connection(const QString &password = QStringLiteral("s3cr3t-Pa55"))
{
    DbConnection c;
    c.host = c.hostName = QStringLiteral("db.internal");
    c.port = 3307;
    c.name = QStringLiteral("shop");
    c.user = QStringLiteral("magento");
    c.password = password;
    return c;
}

// The descriptor of a /dev/fd/N path.
int fdOf(const QString &path)
{
    return path.startsWith(QLatin1String("/dev/fd/")) ? path.mid(8).toInt() : -1;
}

// Every word of a command as it would be started, and as it is shown.
QStringList words(const CommandSpec &spec)
{
    return QStringList{spec.program} + spec.arguments + QStringList{spec.display()};
}

// The database options of a pipeline's client: what comes after the program in the bash script's
// positional parameters (bash -c SCRIPT NAME FILE PROGRAM OPTIONS…).
QStringList clientOptions(const CommandSpec &spec)
{
    return spec.arguments.mid(5);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    // Magento writes the port or the socket into 'host'.
    void fromEnv_data()
    {
        QTest::addColumn<QByteArray>("connection");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("socket");
        QTest::addColumn<QString>("described");

        QTest::newRow("host") << entries("'db'") << "db" << 0 << ""
                              << "magento@db, database shop";
        QTest::newRow("host and port") << entries("'db:3307'") << "db" << 3307 << ""
                                       << "magento@db:3307, database shop";
        QTest::newRow("socket after the host")
            << entries("'localhost:/run/mysqld/mysqld.sock'") << "localhost" << 0 << "/run/mysqld/mysqld.sock"
            << "magento@localhost:/run/mysqld/mysqld.sock, database shop";
        QTest::newRow("socket alone")
            << entries("'/var/run/mysqld/mysqld.sock'") << "localhost" << 0 << "/var/run/mysqld/mysqld.sock"
            << "magento@localhost:/var/run/mysqld/mysqld.sock, database shop";
        QTest::newRow("IPv6 and port") << entries("'[::1]:3308'") << "::1" << 3308 << ""
                                       << "magento@::1:3308, database shop";
        QTest::newRow("IPv6 in brackets") << entries("'[fd00::5]'") << "fd00::5" << 0 << ""
                                          << "magento@fd00::5, database shop";
        QTest::newRow("IPv6 bare") << entries("'::1'") << "::1" << 0 << ""
                                   << "magento@::1, database shop";
        QTest::newRow("no host") << entries("''") << "localhost" << 0 << ""
                                 << "magento@localhost, database shop";
        QTest::newRow("blanks around the host") << entries("' db '") << "db" << 0 << ""
                                                << "magento@db, database shop";
        QTest::newRow("port entry") << entries("'db'", "                'port' => '3309',\n") << "db" << 3309
                                    << ""
                                    << "magento@db:3309, database shop";
        QTest::newRow("port entry as a number")
            << entries("'db'", "                'port' => 3309,\n") << "db" << 3309 << ""
            << "magento@db:3309, database shop";
        QTest::newRow("the host's port wins")
            << entries("'db:3307'", "                'port' => '3309',\n") << "db" << 3307 << ""
            << "magento@db:3307, database shop";
    }

    void fromEnv()
    {
        QFETCH(QByteArray, connection);
        QFETCH(QString, hostName);
        QFETCH(int, port);
        QFETCH(QString, socket);
        QFETCH(QString, described);
        QString error;
        const std::optional<DbConnection> c = DbConnection::fromEnv(env(connection), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->hostName, hostName);
        QCOMPARE(c->port, port);
        QCOMPARE(c->socket, socket);
        QCOMPARE(c->name, QStringLiteral("shop"));
        QCOMPARE(c->user, QStringLiteral("magento"));
        QCOMPARE(c->password, QStringLiteral("hunter2"));
        QCOMPARE(c->describe(), described);
        QVERIFY(!c->describe().contains(c->password));
    }

    void tablePrefix()
    {
        QString error;
        const std::optional<DbConnection> c = DbConnection::fromEnv(env(entries("'db'"), "'mg_'"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->tablePrefix, QStringLiteral("mg_"));
        QCOMPARE(c->table(QStringLiteral("sales_order")), QStringLiteral("mg_sales_order"));
    }

    // Nothing is guessed: a value env.php computes or leaves out refuses, with the key named.
    void fromEnvRefuses_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("named");
        const QByteArray noDb = "<?php\nreturn ['MAGE_MODE' => 'production'];\n";
        QTest::newRow("no db section") << noDb << QStringList{QStringLiteral("db.connection.default")};
        auto envSource = [](const QByteArray &connection, const QByteArray &prefix = "''") {
            return "<?php\nreturn ['db' => ['table_prefix' => " + prefix +
                   ", 'connection' => ['default' => [" + connection + "]]]];\n";
        };
        QTest::newRow("computed host")
            << envSource("'host' => getenv('DB_HOST'), 'dbname' => 'shop', 'username' => 'm'")
            << QStringList{QStringLiteral("db.connection.default.host")};
        QTest::newRow("computed password and prefix")
            << envSource("'host' => 'db', 'dbname' => 'shop', 'username' => 'm', 'password' => $_ENV['PW']",
                         "getenv('PREFIX')")
            << QStringList{QStringLiteral("db.connection.default.password"),
                           QStringLiteral("db.table_prefix")};
        QTest::newRow("no database name")
            << envSource("'host' => 'db', 'username' => 'm'") << QStringList{QStringLiteral("dbname")};
        QTest::newRow("no user") << envSource("'host' => 'db', 'dbname' => 'shop', 'username' => ''")
                                 << QStringList{QStringLiteral("username")};
    }

    void fromEnvRefuses()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, named);
        const EnvPhpParseResult parsed = EnvPhpParser::parse(source);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QString error;
        QVERIFY(!DbConnection::fromEnv(parsed.value, &error));
        QVERIFY(error.contains(QLatin1String("app/etc/env.php")));
        for (const QString &key : std::as_const(named))
            QVERIFY2(error.contains(key), qPrintable(error));
    }

    // The password reaches the client in a file in memory only, mode 0600, that MariaDB's own
    // option-file reader reads back value for value, whatever the values hold.
    void optionFileReadBackByTheClient_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("user");
        QTest::newRow("plain") << "s3cr3t"
                               << "magento";
        QTest::newRow("quotes and backslashes") << "p\"a\\ss'w\\\"d\\"
                                                << "ma\"gento";
        QTest::newRow("blanks, tab and hash") << "a b\tc # d ; e"
                                              << "shop user";
        QTest::newRow("newline") << "line1\nline2"
                                 << "magento";
        QTest::newRow("utf-8") << QStringLiteral("pässwörd-€") << "magento";
        QTest::newRow("empty") << ""
                               << "magento";
    }

    void optionFileReadBackByTheClient()
    {
        QFETCH(QString, password);
        QFETCH(QString, user);
        DbConnection c = connection(password);
        c.user = user;
        c.socket = QStringLiteral("/run/my sql/mysqld.sock");
        Database db(c);
        QVERIFY(db.optionFile().isEmpty());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const int fd = fdOf(db.optionFile());
        QVERIFY2(fd > 2, qPrintable(db.optionFile()));

        struct stat st;
        QCOMPARE(::fstat(fd, &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0600);
        const QString target = QFile::symLinkTarget(QStringLiteral("/proc/self/fd/%1").arg(fd));
        QVERIFY2(target.startsWith(QLatin1String("/memfd:")) || target.endsWith(QLatin1String("(deleted)")),
                 qPrintable(target));

        // Read as the dump's client reads it: a child that inherits the descriptor.
        CommandSpec spec{QStringLiteral("my_print_defaults"),
                         {QStringLiteral("--defaults-file=") + db.optionFile(), QStringLiteral("client")},
                         {}};
        spec.inheritFds = {fd};
        const CommandResult r = CommandExecutor().run(spec, nullptr, true);
        QVERIFY2(r.succeeded(), qPrintable(r.startError + r.lines.join(QLatin1Char('\n'))));
        QCOMPARE(r.lines.join(QLatin1Char('\n')),
                 QStringList({QStringLiteral("--user=") + c.user, QStringLiteral("--password=") + c.password,
                              QStringLiteral("--host=") + c.hostName, QStringLiteral("--port=%1").arg(c.port),
                              QStringLiteral("--socket=") + c.socket})
                     .join(QLatin1Char('\n')));
        // Opening it twice is the same file.
        QString again;
        QVERIFY(db.open(&again));
        QCOMPARE(fdOf(db.optionFile()), fd);
    }

    // The dump: bash joins mariadb-dump (--defaults-file first, so no ~/.my.cnf overrides it) and
    // gzip; values travel as positional parameters; the password is on no command line.
    void dumpCommand()
    {
        const DbConnection c = connection();
        Database db(c);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const QString out = QStringLiteral("/backups/shop/2024/database.sql.gz");
        const CommandSpec spec = db.dumpCommand(out);
        QCOMPARE(spec.program, QStringLiteral("bash"));
        QCOMPARE(spec.arguments.value(0), QStringLiteral("-c"));
        QCOMPARE(spec.arguments.value(3), out);
        QCOMPARE(QFileInfo(spec.arguments.value(4)).fileName(),
                 QFileInfo(Database::dumpProgram()).fileName());
        const QStringList options = clientOptions(spec);
        QCOMPARE(options.value(0), QStringLiteral("--defaults-file=") + db.optionFile());
        for (const QString &option : Database::dumpOptions())
            QVERIFY2(options.contains(option), qPrintable(option));
        QVERIFY(Database::dumpOptions().contains(QStringLiteral("--single-transaction")));
        QCOMPARE(options.constLast(), c.name);
        QCOMPARE(spec.inheritFds, QList<int>{fdOf(db.optionFile())});
        for (const QString &word : words(spec)) {
            QVERIFY2(!word.contains(c.password), qPrintable(word));
            QVERIFY2(!word.startsWith(QLatin1String("--password")) && !word.startsWith(QLatin1String("-p")),
                     qPrintable(word));
        }
        QVERIFY2(spec.display().contains(out) && spec.display().contains(c.name), qPrintable(spec.display()));
        QVERIFY2(!spec.display().contains(db.optionFile()), qPrintable(spec.display()));

        // With a table prefix: the store's own tables, named after the database, and counted when shown.
        const QStringList tables{QStringLiteral("mg_core_config_data"), QStringLiteral("mg_sales_order")};
        const CommandSpec some = db.dumpCommand(out, tables);
        QCOMPARE(clientOptions(some).mid(clientOptions(some).indexOf(c.name)), QStringList{c.name} + tables);
        QVERIFY2(!some.display().contains(tables.first()), qPrintable(some.display()));
        QVERIFY2(some.display().contains(QLatin1String("2")), qPrintable(some.display()));
    }

    void loadCommand()
    {
        const DbConnection c = connection();
        Database db(c);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const QString dump = QStringLiteral("/backups/shop/-odd name.sql.gz");
        const CommandSpec spec = db.loadCommand(dump);
        QCOMPARE(spec.program, QStringLiteral("bash"));
        QCOMPARE(spec.arguments.value(3), dump);
        // gzip is told where its options end: a file name that starts with '-' is a file.
        QVERIFY2(spec.arguments.value(1).contains(QLatin1String("gzip -dc -- ")),
                 qPrintable(spec.arguments.value(1)));
        QCOMPARE(QFileInfo(spec.arguments.value(4)).fileName(),
                 QFileInfo(Database::clientProgram()).fileName());
        const QStringList options = clientOptions(spec);
        QCOMPARE(options.value(0), QStringLiteral("--defaults-file=") + db.optionFile());
        QVERIFY(options.contains(QStringLiteral("--database=") + c.name));
        QCOMPARE(spec.inheritFds, QList<int>{fdOf(db.optionFile())});
        for (const QString &word : words(spec))
            QVERIFY2(!word.contains(c.password), qPrintable(word));
    }

    // The real clients, with no server where the option file points: each failure is one sentence
    // that says the server cannot be reached, names the connection (so the option file was read
    // through /dev/fd/N) and never the password.
    void noServer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DbConnection c = connection(QStringLiteral("never-shown-pw"));
        c.hostName = QStringLiteral("localhost");
        c.port = 0;
        c.socket = dir.filePath(QStringLiteral("none.sock"));
        Database db(c);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));

        QString queryError;
        const std::optional<QueryRows> rows = db.query(QStringLiteral("SELECT 1"), &queryError);
        QVERIFY(!rows);
        const QString reach = QStringLiteral("Cannot reach the database server for ") + c.describe();
        QVERIFY2(queryError.startsWith(reach), qPrintable(queryError));
        QVERIFY2(queryError.contains(c.socket), qPrintable(queryError));

        // mariadb-dump says it its own way ("Got error: 2002: …"): the same sentence.
        QStringList logged;
        const auto log = [&logged](LogStream, const QString &line) { logged << line; };
        QString dumpError;
        QVERIFY(!db.runPipeline(db.dumpCommand(dir.filePath(QStringLiteral("out.sql.gz"))), log, &dumpError));
        QVERIFY2(dumpError.startsWith(reach), qPrintable(dumpError));
        QVERIFY2(!logged.isEmpty(), "the client's lines go to the log");

        QVERIFY(writeFile(dir.path(), QStringLiteral("dump.sql"), "SELECT 1;\n"));
        QVERIFY(mua::test::run(QStringLiteral("gzip"), {dir.filePath(QStringLiteral("dump.sql"))}).exitCode ==
                0);
        QString loadError;
        QVERIFY(
            !db.runPipeline(db.loadCommand(dir.filePath(QStringLiteral("dump.sql.gz"))), log, &loadError));
        QVERIFY2(loadError.startsWith(reach), qPrintable(loadError));

        for (const QString &said : {queryError, dumpError, loadError})
            QVERIFY2(!said.contains(c.password), qPrintable(said));
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(c.password), qPrintable(line));
    }

    void notPrepared()
    {
        const Database db(connection());
        QString error;
        QVERIFY(!db.query(QStringLiteral("SELECT 1"), &error));
        QVERIFY(!error.isEmpty());
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "sales_order"
                               << "`sales_order`"
                               << "'sales_order'";
        QTest::newRow("backquote") << "a`b"
                                   << "`a``b`"
                                   << "'a`b'";
        QTest::newRow("quote") << "it's"
                               << "`it's`"
                               << R"('it\'s')";
        QTest::newRow("backslash") << R"(a\b)"
                                   << R"(`a\b`)"
                                   << R"('a\\b')";
        QTest::newRow("backslash before a quote") << R"(a\')"
                                                  << R"(`a\'`)"
                                                  << R"('a\\\'')";
    }

    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, name);
        QFETCH(QString, text);
        QCOMPARE(Database::quoteName(value), name);
        QCOMPARE(Database::quoteText(value), text);
    }

    // A backup and a rollback touch only the store's own tables: LIKE with _ and % taken literally.
    void prefixCondition_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("condition");
        QTest::newRow("none") << ""
                              << "";
        QTest::newRow("underscore") << "mg_"
                                    << R"( AND table_name LIKE 'mg\\_%')";
        QTest::newRow("percent and quote") << "a%'b"
                                           << R"( AND table_name LIKE 'a\\%\'b%')";
    }

    void prefixCondition()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, condition);
        DbConnection c = connection();
        c.tablePrefix = prefix;
        QCOMPARE(Database(c).prefixCondition(QStringLiteral("table_name")), condition);
    }

    // Folders earlier versions left in the temporary folder with the password in them: removed when
    // they are ours and hold nothing else; anything else stays.
    void removeLeftovers()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir base(tmp.path());
        auto folder = [&](const QString &name, const QStringList &files, int mode = 0700) {
            QVERIFY(base.mkdir(name));
            for (const QString &f : files)
                QVERIFY(writeFile(tmp.path(), name + QLatin1Char('/') + f, "password=\"x\"\n"));
            QCOMPARE(::chmod(QFile::encodeName(base.filePath(name)).constData(), mode_t(mode)), 0);
        };
        folder(QStringLiteral("mua-db-a1B2c3"), {QStringLiteral("client.cnf")});
        folder(QStringLiteral("mua-db-Q9w8E7"),
               {QStringLiteral("client.cnf"), QStringLiteral("query-1.sql"), QStringLiteral("query-22.sql")});
        folder(QStringLiteral("mua-db-empty0"), {});
        folder(QStringLiteral("mua-db-other1"), {QStringLiteral("client.cnf"), QStringLiteral("notes.txt")});
        folder(QStringLiteral("mua-db-open00"), {QStringLiteral("client.cnf")}, 0755);
        folder(QStringLiteral("mua-db-toolong"), {QStringLiteral("client.cnf")});
        folder(QStringLiteral("mua-xx-abcdef"), {QStringLiteral("client.cnf")});
        QVERIFY(mua::test::makeLink(base.filePath(QStringLiteral("mua-db-a1B2c3")),
                                    base.filePath(QStringLiteral("mua-db-link00"))));

        QCOMPARE(Database::removeLeftovers(tmp.path()), 3);
        QStringList left = base.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral("mua-db-link00"), QStringLiteral("mua-db-open00"),
                                    QStringLiteral("mua-db-other1"), QStringLiteral("mua-db-toolong"),
                                    QStringLiteral("mua-xx-abcdef")}));
        QVERIFY(QFileInfo::exists(base.filePath(QStringLiteral("mua-db-other1/notes.txt"))));
        QCOMPARE(Database::removeLeftovers(tmp.path()), 0);
        QCOMPARE(Database::removeLeftovers(base.filePath(QStringLiteral("missing"))), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
