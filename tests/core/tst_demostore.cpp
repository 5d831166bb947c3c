#include "demo/demostore.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace mua;
using namespace mua::test;

namespace {

QString php()
{
    return QStringLiteral("php");
}

// bin/magento <args> --no-ansi --no-interaction in root, stdin closed.
ProgramResult magento(const QString &root, const QStringList &args, const QStringList &phpOptions = {})
{
    QStringList all = phpOptions;
    all << QStringLiteral("bin/magento") << args << QStringLiteral("--no-ansi")
        << QStringLiteral("--no-interaction");
    return run(php(), all, root, 20000);
}

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

bool isEmptyDir(const QString &dir)
{
    const QFileInfo info(dir);
    return info.isDir() &&
           QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

int currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return int(mask);
}

// include()s a PHP file of the store and gives it back as JSON.
QJsonObject phpInclude(const QString &root, const QString &relative)
{
    const ProgramResult r = run(
        php(), {QStringLiteral("-r"), QStringLiteral("echo json_encode(include '%1');").arg(relative)}, root);
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    // A zombie waiting for its new parent counts as gone.
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const int close = stat.lastIndexOf(')');
    return close > 0 && stat.size() > close + 2 && stat.at(close + 2) == 'Z';
}

struct EraFacts
{
    QString codeVersion;
    QString dbVersion;
    QString versionLine;
    QString envSyntax; // how env.php's array starts
    QStringList codeDirs;
    QString mode;
    QStringList cacheTypes;
};

EraFacts factsFor(const QString &era)
{
    if (era == QLatin1String("2.1")) {
        return {
            QStringLiteral("2.1.9"),
            QStringLiteral("2.1.8"),
            QStringLiteral("Magento CLI version 2.1.9"),
            QStringLiteral("<?php\nreturn array (\n"),
            {QStringLiteral("var/generation"), QStringLiteral("var/di")},
            QStringLiteral("default"),
            QStringLiteral("config layout block_html collections reflection db_ddl eav customer_notification "
                           "full_page config_integration config_integration_api translate config_webservice")
                .split(QLatin1Char(' '))};
    }
    return {QStringLiteral("2.4.7"),
            QStringLiteral("2.4.6"),
            QStringLiteral("Magento CLI 2.4.7"),
            QStringLiteral("<?php\nreturn [\n"),
            {QStringLiteral("generated/code"), QStringLiteral("generated/metadata")},
            QStringLiteral("developer"),
            QStringLiteral("config layout block_html collections reflection db_ddl compiled_config eav "
                           "customer_notification config_integration config_integration_api full_page "
                           "config_webservice translate")
                .split(QLatin1Char(' '))};
}

} // namespace

class TestDemoStore : public QObject
{
    Q_OBJECT

private:
    // A fresh store in <tmp>/store (the folder does not exist beforehand).
    QString makeStore(const QTemporaryDir &dir, const QString &era)
    {
        const QString root = dir.path() + QLatin1String("/store");
        QString error;
        if (!DemoStore::create(root, era, &error)) {
            qWarning("DemoStore::create failed: %s", qPrintable(error));
            return {};
        }
        return root;
    }

    static bool setSwitches(const QString &root, const QByteArray &json)
    {
        return writeFile(root, QStringLiteral(".fake-magento/switches.json"), json);
    }

    static void addEraColumn()
    {
        QTest::addColumn<QString>("era");
        QTest::newRow("2.1") << QStringLiteral("2.1");
        QTest::newRow("2.4") << QStringLiteral("2.4");
    }

private slots:
    void eras() { QCOMPARE(DemoStore::eras(), QStringList({QStringLiteral("2.1"), QStringLiteral("2.4")})); }

    void tree_data() { addEraColumn(); }
    void tree()
    {
        QFETCH(QString, era);
        const EraFacts facts = factsFor(era);
        const bool legacy = era == QLatin1String("2.1");
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        QVERIFY(!root.isEmpty());

        // bin/magento: the fake, executable as far as the umask allows.
        const QString bin = root + QLatin1String("/bin/magento");
        QVERIFY(readFile(bin).startsWith("#!/usr/bin/env php\n<?php"));
        QCOMPARE(modeOf(bin), 0777 & ~currentUmask());
        QCOMPARE(modeOf(root + QLatin1String("/app/etc/env.php")), 0666 & ~currentUmask());

        // Generated code: a few hundred realistic class files of 1-3 KB, and compiled DI files.
        const QStringList code = filesBelow(root + QLatin1Char('/') + facts.codeDirs.at(0));
        QVERIFY2(code.size() >= 200, qPrintable(QString::number(code.size())));
        for (const QString &file : code) {
            const qint64 size = QFileInfo(file).size();
            QVERIFY2(size >= 1000 && size <= 3 * 1024, qPrintable(file));
        }
        const QString codeDir = root + QLatin1Char('/') + facts.codeDirs.at(0);
        QVERIFY(QFile::exists(codeDir + QLatin1String("/Magento/Catalog/Model/ProductFactory.php")));
        QVERIFY(QFile::exists(codeDir + QLatin1String("/Magento/Catalog/Model/Product/Interceptor.php")));
        QVERIFY(QFile::exists(codeDir + QLatin1String("/Magento/Catalog/Model/Product/Proxy.php")));
        QVERIFY(readFile(codeDir + QLatin1String("/Magento/Catalog/Model/ProductFactory.php"))
                    .contains("namespace Magento\\Catalog\\Model;\n"));
        const QStringList metadata = filesBelow(root + QLatin1Char('/') + facts.codeDirs.at(1));
        QVERIFY(metadata.size() >= 3);
        for (const QString &file : metadata)
            QVERIFY(file.endsWith(legacy ? QLatin1String(".ser") : QLatin1String(".php")));
        QCOMPARE(QFileInfo::exists(root + QLatin1String("/generated")), !legacy);
        QCOMPARE(QFileInfo::exists(root + QLatin1String("/var/generation")), legacy);

        // Sessions: PHP's file names, private to the owner.
        const QStringList sessions =
            QDir(root + QLatin1String("/var/session")).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(sessions.size(), 12);
        static const QRegularExpression sessionName(QStringLiteral("^sess_[0-9a-v]{26}$"));
        for (const QString &name : sessions) {
            QVERIFY2(sessionName.match(name).hasMatch(), qPrintable(name));
            const QString path = root + QLatin1String("/var/session/") + name;
            QCOMPARE(modeOf(path), 0600);
            const QByteArray content = readFile(path);
            QVERIFY(content.startsWith("_session_validator_data|a:4:{s:11:\"remote_addr\";"));
            QVERIFY(content.contains(name.mid(5).toLatin1()));
        }

        // Caches, static files, logs.
        QVERIFY(!filesBelow(root + QLatin1String("/var/cache")).isEmpty());
        QVERIFY(!filesBelow(root + QLatin1String("/var/page_cache")).isEmpty());
        QVERIFY(!filesBelow(root + QLatin1String("/var/view_preprocessed")).isEmpty());
        QVERIFY(QFile::exists(root + QLatin1String("/pub/static/.htaccess")));
        QVERIFY(filesBelow(root + QLatin1String("/pub/static")).size() >= 4);
        QVERIFY(QFile::exists(root + QLatin1String("/pub/index.php")));
        QVERIFY(isEmptyDir(root + QLatin1String("/var/log")));
        for (const char *flag : {"var/.maintenance.flag", "var/.regenerate", "var/.update_in_progress.flag",
                                 "var/.update_error.flag", "var/.update_queue.json"})
            QVERIFY2(!QFile::exists(root + QLatin1Char('/') + QLatin1String(flag)), flag);

        // env.php: the era's syntax, and what PHP reads from it.
        const QByteArray envText = readFile(root + QLatin1String("/app/etc/env.php"));
        QVERIFY(envText.startsWith(facts.envSyntax.toUtf8()));
        QVERIFY(envText.contains(legacy ? "\n  'MAGE_MODE' => 'default',\n"
                                        : "\n    'MAGE_MODE' => 'developer',\n"));
        const QJsonObject env = phpInclude(root, QStringLiteral("app/etc/env.php"));
        QCOMPARE(env.value(QLatin1String("MAGE_MODE")).toString(), facts.mode);
        QCOMPARE(env.value(QLatin1String("session")).toObject().value(QLatin1String("save")).toString(),
                 QStringLiteral("files"));
        const QJsonObject db = env.value(QLatin1String("db"))
                                   .toObject()
                                   .value(QLatin1String("connection"))
                                   .toObject()
                                   .value(QLatin1String("default"))
                                   .toObject();
        QCOMPARE(db.value(QLatin1String("username")).toString(), QStringLiteral("magento"));
        QCOMPARE(db.value(QLatin1String("password")).toString(), QStringLiteral("demo-secret-password"));
        QCOMPARE(env.value(QLatin1String("crypt")).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(!env.value(QLatin1String("install"))
                     .toObject()
                     .value(QLatin1String("date"))
                     .toString()
                     .isEmpty());
        const QJsonObject cacheTypes = env.value(QLatin1String("cache_types")).toObject();
        const QStringList typeNames = cacheTypes.keys();
        QCOMPARE(QSet<QString>(typeNames.cbegin(), typeNames.cend()),
                 QSet<QString>(facts.cacheTypes.cbegin(), facts.cacheTypes.cend()));
        int off = 0;
        for (const QJsonValue &v : cacheTypes)
            off += v.toInt() == 0 ? 1 : 0;
        QVERIFY(off >= 2);

        // config.php, Composer files, the fake database.
        const QJsonObject modules =
            phpInclude(root, QStringLiteral("app/etc/config.php")).value(QLatin1String("modules")).toObject();
        QVERIFY(modules.size() >= 40);
        QCOMPARE(modules.value(QLatin1String("Magento_Store")).toInt(), 1);
        QVERIFY(readFile(root + QLatin1String("/app/etc/config.php"))
                    .startsWith(legacy ? "<?php\nreturn array (\n" : "<?php\nreturn [\n"));
        const QJsonArray packages =
            readJson(root + QLatin1String("/composer.lock")).value(QLatin1String("packages")).toArray();
        bool foundProduct = false;
        for (const QJsonValue &p : packages) {
            if (p.toObject().value(QLatin1String("name")).toString() ==
                QLatin1String("magento/product-community-edition")) {
                QCOMPARE(p.toObject().value(QLatin1String("version")).toString(), facts.codeVersion);
                foundProduct = true;
            }
        }
        QVERIFY(foundProduct);
        QVERIFY(readJson(root + QLatin1String("/composer.json")).contains(QLatin1String("require")));
        QCOMPARE(readJson(root + QLatin1String("/vendor/magento/magento2-base/composer.json"))
                     .value(QLatin1String("version"))
                     .toString(),
                 facts.codeVersion);
        const QJsonObject fakeDb = readJson(root + QLatin1String("/.fake-magento/db.json"));
        QCOMPARE(fakeDb.value(QLatin1String("installed")).toBool(), true);
        QCOMPARE(fakeDb.value(QLatin1String("version")).toString(), facts.dbVersion);
    }

    void version_data() { addEraColumn(); }
    void version()
    {
        QFETCH(QString, era);
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        QVERIFY(!root.isEmpty());
        const ProgramResult r = magento(root, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), factsFor(era).versionLine);

        const ProgramResult mode = magento(root, {QStringLiteral("deploy:mode:show")});
        QCOMPARE(mode.exitCode, 0);
        QCOMPARE(mode.outText().trimmed(), QStringLiteral("Current application mode: %1. (Note: Environment "
                                                          "variables may override this value.)")
                                               .arg(factsFor(era).mode));

        const ProgramResult unknown = magento(root, {QStringLiteral("foo:bar")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.errText().contains(
                     QLatin1String("There are no commands defined in the \"foo\" namespace.")),
                 qPrintable(describe(unknown)));
    }

    void upgrade_data() { addEraColumn(); }
    void upgrade()
    {
        QFETCH(QString, era);
        const EraFacts facts = factsFor(era);
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        QVERIFY(!root.isEmpty());

        ProgramResult r = magento(root, {QStringLiteral("setup:db:status")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.outText().contains(
            QStringLiteral("current=%1  required=%2").arg(facts.dbVersion, facts.codeVersion)));
        QVERIFY(
            r.outText().contains(QLatin1String("Run 'setup:upgrade' to update your DB schema and data.")));

        r = magento(root, {QStringLiteral("setup:upgrade")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList lines = r.outText().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Cache cleared successfully"));
        for (const char *expected : {"File system cleanup:", "Updating modules:", "Schema creation/updates:",
                                     "Data install/update:"})
            QVERIFY2(lines.contains(QLatin1String(expected)), expected);
        QVERIFY(lines.contains(root + QLatin1Char('/') + facts.codeDirs.at(0) + QLatin1String("/Magento")));
        QCOMPARE(lines.count(QStringLiteral("Module 'Magento_Store':")), 2);
        QVERIFY(lines.count(QStringLiteral("Module 'Magento_Catalog':")) == 2);
        QCOMPARE(lines.contains(QStringLiteral("Nothing to import.")), era != QLatin1String("2.1"));
        QVERIFY(r.outText().contains(QLatin1String("Please re-run Magento compile command")));
        QVERIFY(r.errText().contains(QLatin1String("Progress: ")));
        for (const QString &folder : facts.codeDirs)
            QVERIFY2(isEmptyDir(root + QLatin1Char('/') + folder), qPrintable(folder));
        QVERIFY(isEmptyDir(root + QLatin1String("/var/view_preprocessed")));
        QVERIFY(isEmptyDir(root + QLatin1String("/var/cache")));
        QVERIFY(isEmptyDir(root + QLatin1String("/var/page_cache")));
        QCOMPARE(QDir(root + QLatin1String("/pub/static"))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral(".htaccess")});
        QCOMPARE(QDir(root + QLatin1String("/var/session")).entryList(QDir::Files).size(), 12);
        QCOMPARE(readJson(root + QLatin1String("/.fake-magento/db.json"))
                     .value(QLatin1String("version"))
                     .toString(),
                 facts.codeVersion);

        r = magento(root, {QStringLiteral("setup:db:status")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("All modules are up to date."));

        // setup:di:compile fills the era's folders again.
        r = magento(root, {QStringLiteral("setup:di:compile")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.outText().contains(
            QLatin1String("Generated code and dependency injection configuration successfully.")));
        QVERIFY(r.errText().contains(QLatin1String("Proxies code generation... 1/7")));
        for (const QString &folder : facts.codeDirs)
            QVERIFY2(!filesBelow(root + QLatin1Char('/') + folder).isEmpty(), qPrintable(folder));

        // --keep-generated leaves generated code alone.
        r = magento(root, {QStringLiteral("setup:upgrade"), QStringLiteral("--keep-generated")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.outText().contains(QLatin1String("File system cleanup:")));
        QVERIFY(!r.outText().contains(QLatin1String("Please re-run Magento compile command")));
        QVERIFY(!filesBelow(root + QLatin1Char('/') + facts.codeDirs.at(0)).isEmpty());
    }

    void notInstalled()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir, QStringLiteral("2.4"));
        QVERIFY(!root.isEmpty());
        QVERIFY(writeFile(root, QStringLiteral(".fake-magento/db.json"), "{\"installed\": false}\n"));
        const ProgramResult r = magento(root, {QStringLiteral("setup:db:status")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.outText().contains(QLatin1String("the Magento application is not installed")));
    }

    void maintenance_data() { addEraColumn(); }
    void maintenance()
    {
        QFETCH(QString, era);
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        QVERIFY(!root.isEmpty());
        const QString flag = root + QLatin1String("/var/.maintenance.flag");

        ProgramResult r = magento(root, {QStringLiteral("maintenance:status")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QStringLiteral("Status: maintenance mode is not active.\n"
                                             "List of exempt IP-addresses: none\n"));
        r = magento(root, {QStringLiteral("maintenance:enable")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("Enabled maintenance mode"));
        QVERIFY(QFile::exists(flag));
        r = magento(root, {QStringLiteral("maintenance:status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(QLatin1String("Status: maintenance mode is active.\n")));
        r = magento(root, {QStringLiteral("maintenance:disable")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("Disabled maintenance mode"));
        QVERIFY(!QFile::exists(flag));
        QVERIFY(QFileInfo(root + QLatin1String("/var")).isDir());
    }

    void cache_data() { addEraColumn(); }
    void cache()
    {
        QFETCH(QString, era);
        const EraFacts facts = factsFor(era);
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        QVERIFY(!root.isEmpty());
        const QString envPath = root + QLatin1String("/app/etc/env.php");
        const QByteArray before = readFile(envPath);
        const QJsonObject types = phpInclude(root, QStringLiteral("app/etc/env.php"))
                                      .value(QLatin1String("cache_types"))
                                      .toObject();

        ProgramResult r = magento(root, {QStringLiteral("cache:status")});
        QCOMPARE(r.exitCode, 0);
        QStringList expected{QStringLiteral("Current status:")};
        QStringList offTypes;
        for (const QString &type : facts.cacheTypes) {
            const int on = types.value(type).toInt();
            expected << QStringLiteral("%1: %2").arg(type, 30).arg(on);
            if (!on)
                offTypes << type;
        }
        QCOMPARE(r.outText(), expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));

        r = magento(root, {QStringLiteral("cache:enable")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QStringList changed{QStringLiteral("Changed cache status:")};
        for (const QString &type : offTypes)
            changed << QStringLiteral("%1: 0 -> 1").arg(type, 30);
        changed << QStringLiteral("Cleaned cache types:") << offTypes;
        QCOMPARE(r.outText(), changed.join(QLatin1Char('\n')) + QLatin1Char('\n'));

        // env.php was rewritten in its own syntax: only the switched values differ.
        const QByteArray after = readFile(envPath);
        QByteArray wanted = before;
        for (const QString &type : offTypes) {
            const QByteArray from = "'" + type.toUtf8() + "' => 0";
            QVERIFY(wanted.contains(from));
            wanted.replace(from, "'" + type.toUtf8() + "' => 1");
        }
        QCOMPARE(after, wanted);
        QVERIFY(after.startsWith(facts.envSyntax.toUtf8()));
        const ProgramResult load = run(
            php(), {QStringLiteral("-r"), QStringLiteral("var_export(include 'app/etc/env.php');")}, root);
        QCOMPARE(load.exitCode, 0);
        QVERIFY(load.out.contains("'demo-secret-password'"));

        r = magento(root, {QStringLiteral("cache:enable")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QStringLiteral("There is nothing to change in cache status\n"));

        r = magento(root, {QStringLiteral("cache:disable"), QStringLiteral("full_page")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(),
                 QStringLiteral("Changed cache status:\n%1: 1 -> 0\n").arg(QStringLiteral("full_page"), 30));
        QVERIFY(readFile(envPath).contains("'full_page' => 0"));

        QVERIFY(writeFile(root, QStringLiteral("var/cache/mage--1/mage---x"), "data"));
        r = magento(root, {QStringLiteral("cache:flush")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QStringLiteral("Flushed cache types:\n") +
                                  facts.cacheTypes.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        QVERIFY(isEmptyDir(root + QLatin1String("/var/cache")));

        r = magento(root,
                    {QStringLiteral("cache:clean"), QStringLiteral("config"), QStringLiteral("layout")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QStringLiteral("Cleaned cache types:\nconfig\nlayout\n"));

        r = magento(root, {QStringLiteral("cache:enable"), QStringLiteral("bogus_type")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(QLatin1String("bogus_type")));
    }

    // cache:enable must fail when env.php cannot be written. Root ignores file modes, so as root the fake
    // runs as "nobody" on the store (owned by root, env.php 0644).
    void cacheEnvNotWritable_data() { addEraColumn(); }
    void cacheEnvNotWritable()
    {
        QFETCH(QString, era);
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        QVERIFY(!root.isEmpty());
        const QString envPath = root + QLatin1String("/app/etc/env.php");
        const QByteArray before = readFile(envPath);

        QString program = php();
        QStringList prefix;
        if (::geteuid() == 0) {
            // Everything the fake reads must be readable by nobody; nothing may be writable by it.
            for (const char *folder :
                 {"", "/store", "/store/bin", "/store/app", "/store/app/etc", "/store/.fake-magento"})
                QVERIFY(::chmod(QFile::encodeName(dir.path() + QLatin1String(folder)).constData(), 0755) ==
                        0);
            for (const char *file :
                 {"/store/bin/magento", "/store/app/etc/env.php", "/store/app/etc/config.php",
                  "/store/composer.lock", "/store/composer.json", "/store/.fake-magento/db.json"})
                QVERIFY(::chmod(QFile::encodeName(dir.path() + QLatin1String(file)).constData(), 0644) == 0);
            program = QStringLiteral("setpriv");
            prefix = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                 QStringLiteral("--clear-groups"), php()};
        } else {
            QVERIFY(QFile::setPermissions(envPath, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                       QFileDevice::ReadOther));
        }
        const auto fake = [&](const QString &command) {
            return run(program,
                       prefix + QStringList{QStringLiteral("bin/magento"), command,
                                            QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")},
                       root, 20000);
        };
        // The fake can read the store: cache:status works for the same user…
        ProgramResult r = fake(QStringLiteral("cache:status"));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // …but cannot change env.php.
        r = fake(QStringLiteral("cache:enable"));
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.errText().contains(envPath) && r.errText().contains(QLatin1String("isn't writable")),
                 qPrintable(describe(r)));
        QCOMPARE(readFile(envPath), before);
    }

    void staticContent_data() { addEraColumn(); }
    void staticContent()
    {
        QFETCH(QString, era);
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        QVERIFY(!root.isEmpty());
        QVERIFY(QFile::remove(root + QLatin1String("/pub/static/deployed_version.txt")));

        ProgramResult r = magento(root, {QStringLiteral("setup:static-content:deploy")});
        QCOMPARE(r.exitCode, 1);
        const QString all = r.outText() + r.errText();
        QVERIFY(!all.contains(QLatin1String("Deploy using quick strategy")));
        QVERIFY2(all.contains(QLatin1String("NOTE: Manual static content deployment is not required in "
                                            "\"default\" and \"developer\" modes.")),
                 qPrintable(describe(r)));
        QVERIFY(all.contains(QLatin1String("In \"default\" and \"developer\" modes static contents are being "
                                           "deployed automatically on demand.")));
        QVERIFY(all.contains(QLatin1String("If you still want to deploy in these modes, use -f option: "
                                           "'bin/magento setup:static-content:deploy -f'")));
        QVERIFY(!QFile::exists(root + QLatin1String("/pub/static/deployed_version.txt")));

        r = magento(root, {QStringLiteral("setup:static-content:deploy"), QStringLiteral("-f"),
                           QStringLiteral("en_US"), QStringLiteral("de_DE")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.outText().contains(QLatin1String("Deploy using quick strategy")));
        static const QRegularExpression executionTime(QStringLiteral("^Execution time: [0-9.]+$"),
                                                      QRegularExpression::MultilineOption);
        QVERIFY(executionTime.match(r.outText()).hasMatch());
        QVERIFY(!r.err.isEmpty());
        QVERIFY(QFile::exists(root + QLatin1String("/pub/static/deployed_version.txt")));
        QVERIFY(
            QFile::exists(root + QLatin1String("/pub/static/frontend/Magento/luma/en_US/css/styles-m.css")));
        QVERIFY(
            QFile::exists(root + QLatin1String("/pub/static/frontend/Magento/luma/de_DE/css/styles-m.css")));
        QVERIFY(QFile::exists(root + QLatin1String("/pub/static/.htaccess")));

        // In production mode no -f is needed.
        QByteArray env = readFile(root + QLatin1String("/app/etc/env.php"));
        env.replace("'MAGE_MODE' => '" + factsFor(era).mode.toUtf8() + "'", "'MAGE_MODE' => 'production'");
        QVERIFY(writeFile(root, QStringLiteral("app/etc/env.php"), env));
        r = magento(root, {QStringLiteral("setup:static-content:deploy")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = magento(root, {QStringLiteral("deploy:mode:show")});
        QVERIFY(r.outText().startsWith(QLatin1String("Current application mode: production.")));
    }

    // deploy:mode:show as Magento's ShowModeCommand: env.php evaluated by PHP (so getenv() in it sees
    // the environment), never the MAGE_MODE variable itself, hence Magento's note. The commands
    // themselves run in MAGE_MODE when it is set (the bootstrap merges $_SERVER over env.php).
    void modeFromEnvPhpAndEnvironment()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir, QStringLiteral("2.4"));
        QVERIFY(!root.isEmpty());
        QProcessEnvironment developer = QProcessEnvironment::systemEnvironment();
        developer.insert(QStringLiteral("MAGE_MODE"), QStringLiteral("developer"));
        QProcessEnvironment unset = QProcessEnvironment::systemEnvironment();
        unset.remove(QStringLiteral("MAGE_MODE"));
        auto show = [&root](const QProcessEnvironment &env) {
            return run(php(),
                       {QStringLiteral("bin/magento"), QStringLiteral("deploy:mode:show"),
                        QStringLiteral("--no-ansi")},
                       root, 20000, env)
                .outText()
                .trimmed();
        };
        const QString note = QStringLiteral(". (Note: Environment variables may override this value.)");

        QByteArray env = readFile(root + QLatin1String("/app/etc/env.php"));
        env.replace("'MAGE_MODE' => 'developer'", "'MAGE_MODE' => getenv('MAGE_MODE') ?: 'production'");
        QVERIFY(writeFile(root, QStringLiteral("app/etc/env.php"), env));
        QCOMPARE(show(unset), QStringLiteral("Current application mode: production") + note);
        QCOMPARE(show(developer), QStringLiteral("Current application mode: developer") + note);

        env.replace("getenv('MAGE_MODE') ?: 'production'", "'production'");
        QVERIFY(writeFile(root, QStringLiteral("app/etc/env.php"), env));
        QCOMPARE(show(developer), QStringLiteral("Current application mode: production") + note);
        const ProgramResult deploy =
            run(php(),
                {QStringLiteral("bin/magento"), QStringLiteral("setup:static-content:deploy"),
                 QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")},
                root, 20000, developer);
        QCOMPARE(deploy.exitCode, 1);
        QVERIFY2(
            deploy.errText().contains(QLatin1String("not required in \"default\" and \"developer\" modes")),
            qPrintable(describe(deploy)));
    }

    // ---- test switches (2.4 store) ----

    void switchFail()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir, QStringLiteral("2.4"));
        QVERIFY(!root.isEmpty());
        QVERIFY(setSwitches(
            root, R"({"fail": {"setup:upgrade": "", "cache:enable": "Custom failure for the test"}})"));

        ProgramResult r = magento(root, {QStringLiteral("setup:upgrade")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.outText().startsWith(QLatin1String("Cache cleared successfully\n")));
        QVERIFY(r.outText().contains(QLatin1String("Module 'Vendor_Broken':")));
        QVERIFY(!r.outText().contains(QLatin1String("Data install/update:")));
        QVERIFY2(r.errText().contains(QLatin1String("Area code is not set")), qPrintable(describe(r)));
        QCOMPARE(readJson(root + QLatin1String("/.fake-magento/db.json"))
                     .value(QLatin1String("version"))
                     .toString(),
                 QStringLiteral("2.4.6"));
        QCOMPARE(magento(root, {QStringLiteral("setup:db:status")}).exitCode, 2);

        const QByteArray env = readFile(root + QLatin1String("/app/etc/env.php"));
        r = magento(root, {QStringLiteral("cache:enable")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(QLatin1String("Custom failure for the test")));
        QCOMPARE(readFile(root + QLatin1String("/app/etc/env.php")), env);
        // Commands without a switch still work.
        QCOMPARE(magento(root, {QStringLiteral("cache:status")}).exitCode, 0);
    }

    void switchFatalAndMemoryLimit()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir, QStringLiteral("2.4"));
        QVERIFY(!root.isEmpty());
        QVERIFY(setSwitches(root, R"({"fatal": ["setup:upgrade"]})"));
        ProgramResult r = magento(root, {QStringLiteral("setup:upgrade")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.errText().contains(
                     QLatin1String("PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted "
                                   "(tried to allocate 20480 bytes) in ")),
                 qPrintable(describe(r)));
        QVERIFY(r.errText().contains(QLatin1String("/vendor/magento/framework/")));
        QCOMPARE(readJson(root + QLatin1String("/.fake-magento/db.json"))
                     .value(QLatin1String("version"))
                     .toString(),
                 QStringLiteral("2.4.6"));

        // memoryLimit: heavy commands die below 2G unless php gets a bigger -d memory_limit.
        QVERIFY(setSwitches(root, R"({"memoryLimit": "128M"})"));
        r = magento(root, {QStringLiteral("setup:di:compile")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.errText().contains(QLatin1String("Allowed memory size of 134217728 bytes exhausted")));
        r = magento(root, {QStringLiteral("setup:di:compile")},
                    {QStringLiteral("-d"), QStringLiteral("memory_limit=1G")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.errText().contains(QLatin1String("Allowed memory size of 1073741824 bytes exhausted")));
        r = magento(root, {QStringLiteral("setup:di:compile")},
                    {QStringLiteral("-d"), QStringLiteral("memory_limit=2G")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = magento(root, {QStringLiteral("setup:di:compile")}, {QStringLiteral("-dmemory_limit=-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(magento(root, {QStringLiteral("cache:status")}).exitCode, 0);
    }

    void switchSlow()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir, QStringLiteral("2.4"));
        QVERIFY(!root.isEmpty());
        const int ms = 40;
        QVERIFY(setSwitches(root, R"({"slow": {"cache:status": 40}})"));
        QElapsedTimer timer;
        timer.start();
        const ProgramResult r = magento(root, {QStringLiteral("cache:status")});
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(r.exitCode, 0);
        const int lines = int(r.out.count('\n'));
        QCOMPARE(lines, 15);
        QVERIFY2(elapsed >= qint64(lines * ms * 0.8), qPrintable(QString::number(elapsed)));
    }

    void switchHang()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir, QStringLiteral("2.4"));
        QVERIFY(!root.isEmpty());
        QVERIFY(setSwitches(root, R"({"hang": ["cache:enable"]})"));

        QProcess p;
        p.setWorkingDirectory(root);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setpgid(0, 0); }); // its own process group, like the runner does
        p.start(php(), {QStringLiteral("bin/magento"), QStringLiteral("cache:enable"),
                        QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")});
        QVERIFY(p.waitForStarted(5000));
        QByteArray out;
        static const QRegularExpression childPid(QStringLiteral("child process (\\d+)"));
        QElapsedTimer timer;
        timer.start();
        QRegularExpressionMatch match;
        while (timer.elapsed() < 5000 && !(match = childPid.match(QString::fromUtf8(out))).hasMatch()) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(match.hasMatch(), out.constData());
        const qint64 child = match.captured(1).toLongLong();
        QVERIFY(child > 0);
        QVERIFY(!p.waitForFinished(1000));
        QCOMPARE(p.state(), QProcess::Running);
        QVERIFY(!processGone(child));

        QCOMPARE(::kill(-pid_t(p.processId()), SIGKILL), 0);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 5000);
    }

    void switchPrompt()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir, QStringLiteral("2.4"));
        QVERIFY(!root.isEmpty());
        QVERIFY(setSwitches(root, R"({"prompt": ["setup:upgrade", "maintenance:status"]})"));

        // stdin closed: the question cannot be answered.
        const ProgramResult r = magento(root, {QStringLiteral("setup:upgrade")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.outText().contains(QLatin1String("Do you want to continue? [y/N]")));
        QVERIFY(r.errText().contains(QLatin1String("Aborted: no answer on standard input.")));
        QCOMPARE(magento(root, {QStringLiteral("setup:db:status")}).exitCode, 2);

        // stdin open: it waits for the answer.
        QProcess p;
        p.setWorkingDirectory(root);
        p.start(php(), {QStringLiteral("bin/magento"), QStringLiteral("maintenance:status"),
                        QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")});
        QVERIFY(p.waitForStarted(5000));
        QVERIFY(!p.waitForFinished(700));
        QCOMPARE(p.state(), QProcess::Running);
        p.write("y\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Status: maintenance mode is not active."));
    }

    void switchCallLogAndOutputLines()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir, QStringLiteral("2.4"));
        QVERIFY(!root.isEmpty());
        const QString log = dir.path() + QLatin1String("/calls.log");
        const QJsonObject switches{
            {QStringLiteral("callLog"), log},
            {QStringLiteral("outputLines"), QJsonObject{{QStringLiteral("setup:upgrade"), 1000}}}};
        QVERIFY(setSwitches(root, QJsonDocument(switches).toJson()));

        QCOMPARE(magento(root, {QStringLiteral("maintenance:status")}).exitCode, 0);
        const ProgramResult r = magento(root, {QStringLiteral("setup:upgrade")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(log), QByteArray("bin/magento maintenance:status --no-ansi --no-interaction\n"
                                           "bin/magento setup:upgrade --no-ansi --no-interaction\n"));
        const QStringList lines = r.outText().split(QLatin1Char('\n'));
        int extra = 0;
        for (const QString &line : lines)
            extra += line.startsWith(QLatin1String("Module 'Vendor_Module")) ? 1 : 0;
        QCOMPARE(extra, 1000);
        QVERIFY(lines.contains(QStringLiteral("Module 'Vendor_Module1000':")));
        QVERIFY(lines.contains(QStringLiteral("Data install/update:")));
    }

    // ---- create() refusals ----

    void createRefuses()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(writeFile(dir.path(), QStringLiteral("something.txt"), "x"));
        QVERIFY(!DemoStore::create(dir.path(), QStringLiteral("2.4"), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(dir.path())), qPrintable(error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);

        // Hidden files count too.
        QTemporaryDir hidden;
        QVERIFY(writeFile(hidden.path(), QStringLiteral(".git/HEAD"), "ref"));
        error.clear();
        QVERIFY(!DemoStore::create(hidden.path(), QStringLiteral("2.1"), &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(hidden.path())));

        error.clear();
        QVERIFY(
            !DemoStore::create(dir.path() + QLatin1String("/something.txt"), QStringLiteral("2.4"), &error));
        QVERIFY(error.contains(QLatin1String("something.txt")));

        QTemporaryDir empty;
        error.clear();
        QVERIFY(!DemoStore::create(empty.path(), QStringLiteral("1.9"), &error));
        QVERIFY(error.contains(QLatin1String("1.9")));
        QVERIFY(isEmptyDir(empty.path()));

        // An existing empty folder is fine.
        error.clear();
        QVERIFY2(DemoStore::create(empty.path(), QStringLiteral("2.1"), &error), qPrintable(error));
        QVERIFY(QFile::exists(empty.path() + QLatin1String("/bin/magento")));
    }
};

QTEST_GUILESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"
