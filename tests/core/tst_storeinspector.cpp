// Reads stores of every Magento 2 era, built on the fly, and checks what inspect says.
#include "cli/cliwording.h"
#include "core/inspect/deploymode.h"
#include "core/inspect/filesystems.h"
#include "core/inspect/storeinspector.h"
#include "core/run/storeactions.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <memory>

using namespace mua;
using mua::test::finishesWithin;
using mua::test::makeSpecial;
using mua::test::writeFile;

namespace {

QByteArray composerLock(const QList<QPair<QByteArray, QByteArray>> &packages)
{
    QByteArray body = "{\n    \"_readme\": [\"This file locks the dependencies\"],\n    \"packages\": [\n";
    for (qsizetype i = 0; i < packages.size(); ++i) {
        body += "        {\"name\": \"" + packages[i].first + "\", \"version\": \"" + packages[i].second +
                "\", \"type\": \"metapackage\"}";
        body += i + 1 < packages.size() ? ",\n" : "\n";
    }
    body += "    ],\n    \"packages-dev\": []\n}\n";
    return body;
}

const QByteArray Env21 = R"(<?php
return array (
  'backend' => 
  array (
    'frontName' => 'admin_q1w2',
  ),
  'crypt' => 
  array (
    'key' => 'f3e1c0ffee00112233445566778899aa',
  ),
  'session' => 
  array (
    'save' => 'files',
  ),
  'db' => 
  array (
    'table_prefix' => '',
    'connection' => 
    array (
      'default' => 
      array (
        'host' => 'localhost',
        'dbname' => 'magento21',
        'username' => 'magento',
        'password' => 'hunter2',
        'active' => '1',
      ),
    ),
  ),
  'MAGE_MODE' => 'default',
  'cache_types' => 
  array (
    'config' => 1,
    'layout' => 1,
    'block_html' => 0,
    'full_page' => 0,
  ),
  'install' => 
  array (
    'date' => 'Thu, 01 Jun 2017 10:00:00 +0000',
  ),
);
)";

const QByteArray Env22Short = R"(<?php
return [
    'backend' => [
        'frontName' => 'admin'
    ],
    'crypt' => [
        'key' => 'abc'
    ],
    'session' => [
        'save' => 'files'
    ],
    'MAGE_MODE' => 'developer',
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'compiled_config' => 1
    ]
];
)";

const QByteArray Env24Redis = R"(<?php
return [
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => '127.0.0.1',
            'port' => '6379',
            'password' => 'redis-secret',
            'database' => '2'
        ]
    ],
    'db' => [
        'connection' => [
            'default' => [
                'host' => getenv('DB_HOST') ?: 'db',
                'password' => 'x'
            ]
        ]
    ],
    'cache_types' => [
        'config' => 1,
        'full_page' => 1
    ]
];
)";

void writeBin(const QString &root)
{
    writeFile(root, QStringLiteral("bin/magento"), "#!/usr/bin/env php\n<?php\n");
}

// Inspects root, or says it blocked (a FIFO's open) within a few seconds.
std::optional<Store> inspectSoon(const QString &root)
{
    auto store = std::make_shared<Store>();
    if (!mua::test::finishesWithin([store, root] { *store = StoreInspector::inspect(root); }))
        return std::nullopt;
    return *store;
}

} // namespace

class TestStoreInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(mua::test::boundAddressSpace());
        mua::Wording::install(&mua::CliWording::instance()); // what cli.md's inspect says
    }

    void specialEnvPhp_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("FIFO") << QStringLiteral("fifo")
                              << QStringLiteral("is a FIFO (named pipe), not a regular file");
        QTest::newRow("link to /dev/zero")
            << QStringLiteral("/dev/zero")
            << QStringLiteral(
                   "is a symbolic link to /dev/zero, which is a character device, not a regular file");
        QTest::newRow("link to /dev/urandom")
            << QStringLiteral("/dev/urandom") << QStringLiteral("/dev/urandom, which is a character device");
        QTest::newRow("folder") << QStringLiteral("folder")
                                << QStringLiteral("is a folder, not a regular file");
        QTest::newRow("symlink loop")
            << QStringLiteral("loop") << QStringLiteral("leads back to itself through other links (a loop)");
        QTest::newRow("17 MB") << QStringLiteral("sparse:17")
                               << QStringLiteral("is 17.0 MiB, more than the 16.0 MiB the assistant reads");
    }

    // env.php that is not a regular file of a sane size: refused at once with a sentence that says
    // what it is; never read (an endless device ran a machine out of memory, a FIFO hung the run).
    void specialEnvPhp()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        QVERIFY(makeSpecial(root, QStringLiteral("app/etc/env.php"), kind));
        const std::optional<Store> s = inspectSoon(root);
        QVERIFY2(s, "inspect blocked");
        QVERIFY2(s->error.startsWith(root + QStringLiteral("/app/etc/env.php")), qPrintable(s->error));
        QVERIFY2(s->error.contains(words), qPrintable(s->error));
        QVERIFY2(!s->error.contains(QLatin1String("owner")), qPrintable(s->error));
    }

    void specialComposerFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        const QString lock = QStringLiteral("composer.lock");
        const QString installed = QStringLiteral("vendor/composer/installed.json");
        const QString base = QStringLiteral("vendor/magento/magento2-base/composer.json");
        const QString rootJson = QStringLiteral("composer.json");
        for (const QString &file : {lock, installed, base, rootJson}) {
            for (const char *kind : {"fifo", "/dev/zero", "/dev/urandom", "folder"})
                QTest::addRow("%s %s", qPrintable(file), kind) << file << QString::fromLatin1(kind);
        }
        QTest::newRow("composer.lock 65 MB") << lock << QStringLiteral("sparse:65");
    }

    // A Composer file that is a FIFO, a device, a folder or huge: a warning that names it, and the
    // version from the next file.
    void specialComposerFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env22Short);
        // Every other source says 2.4.6: whichever file is broken, the others still answer.
        writeFile(root, QStringLiteral("composer.lock"),
                  composerLock({{"magento/product-community-edition", "2.4.6"}}));
        writeFile(root, QStringLiteral("vendor/magento/magento2-base/composer.json"),
                  R"({"name": "magento/magento2-base", "version": "2.4.6"})");
        writeFile(root, QStringLiteral("vendor/composer/installed.json"),
                  R"({"packages": [{"name": "magento/magento2-base", "version": "2.4.6"}]})");
        // composer.lock answers first; for the others to be read, it must not be there.
        if (file != QLatin1String("composer.lock"))
            QFile::remove(root + QStringLiteral("/composer.lock"));
        QVERIFY(makeSpecial(root, file, kind));
        const std::optional<Store> s = inspectSoon(root);
        QVERIFY2(s, "inspect blocked");
        QVERIFY2(s->error.isEmpty(), qPrintable(s->error));
        QCOMPARE(s->version, QStringLiteral("2.4.6"));
        QVERIFY(s->versionSource != file);
        const QString warnings = s->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(root + QLatin1Char('/') + file), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("not a regular file")) ||
                     warnings.contains(QLatin1String("more than")),
                 qPrintable(warnings));
    }

    // Versions with escape sequences (or anything Composer never writes) are not taken: a
    // composer.lock must not be able to retitle a terminal through inspect.
    void versionThatIsNotOne()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env22Short);
        writeFile(
            root, QStringLiteral("composer.lock"),
            composerLock({{"magento/product-community-edition", "2.4.7\\u001b]0;pwned\\u0007\\u001b[2J"}}));
        writeFile(root, QStringLiteral("vendor/magento/magento2-base/composer.json"),
                  R"({"name": "magento/magento2-base", "version": "2.4.7"})");
        const Store s = StoreInspector::inspect(root);
        QCOMPARE(s.version, QStringLiteral("2.4.7"));
        QCOMPARE(s.versionSource, QStringLiteral("vendor/magento/magento2-base/composer.json"));
        const QString warnings = s.warnings.join(QLatin1Char('\n'));
        QVERIFY2(
            warnings.contains(QLatin1String("composer.lock gives magento/product-community-edition a version "
                                            "that is not one")),
            qPrintable(warnings));
        QVERIFY(!warnings.contains(QChar(0x1B)));
        // Not JSON at all: said too.
        writeFile(root, QStringLiteral("composer.lock"), "{\"packages\": [");
        const QString broken = StoreInspector::inspect(root).warnings.join(QLatin1Char('\n'));
        QVERIFY2(broken.contains(QLatin1String("composer.lock is not valid JSON")), qPrintable(broken));
    }

    // Valid PHP the parser used to refuse or misread: return ([ … ]); and a heredoc MAGE_MODE (PHP
    // reads production; the assistant said default and warned it was computed).
    void heredocModeAndParentheses()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"),
                  "<?php\nreturn ([\n    'MAGE_MODE' => <<<EOT\n        production\n        EOT,\n"
                  "    'session' => ['save' => <<<'SAVE'\n    files\n    SAVE],\n]);\n");
        const Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.deployMode, QStringLiteral("production"));
        QCOMPARE(s.sessionSave, QStringLiteral("files"));
        QVERIFY2(!s.warnings.join(QLatin1Char(' ')).contains(QLatin1String("at run time")),
                 qPrintable(s.warnings.join(QLatin1Char(' '))));
    }

    // env.php gone from a store in maintenance: what happened and how to get the shop back, not
    // "finish the installation".
    void envPhpGoneDuringARun()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("var/.maintenance.flag"), "");
        Store s = StoreInspector::inspect(root);
        QVERIFY(!s.isMagento);
        QVERIFY2(s.error.contains(QLatin1String("is missing while the store is in maintenance mode")),
                 qPrintable(s.error));
        QVERIFY2(
            s.error.contains(QLatin1String("Restore app/etc/env.php from your backup or version control")),
            qPrintable(s.error));
        QVERIFY(!s.error.contains(QLatin1String("finish the store's installation")));
        QVERIFY(!s.error.contains(QLatin1String("--resume")));
        // With the journal of an unfinished run: resume it once env.php is back.
        writeFile(root, QStringLiteral("var/.upgrade-assistant.journal.json"),
                  R"({"result": "failed", "steps": [{"id": "preflight", "status": "done"}]})");
        s = StoreInspector::inspect(root);
        QVERIFY2(s.error.contains(QLatin1String("did not finish")), qPrintable(s.error));
        QVERIFY2(s.error.contains(QStringLiteral("upgrade %1 --yes --resume").arg(root)),
                 qPrintable(s.error));
        // A journal that is a FIFO does not block the look.
        QVERIFY(
            makeSpecial(root, QStringLiteral("var/.upgrade-assistant.journal.json"), QStringLiteral("fifo")));
        const std::optional<Store> soon = inspectSoon(root);
        QVERIFY2(soon, "inspect blocked");
        QVERIFY(soon->error.contains(QLatin1String("is missing while the store is in maintenance mode")));
        // Not in maintenance: a store not installed yet, as before.
        QFile::remove(root + QStringLiteral("/var/.maintenance.flag"));
        s = StoreInspector::inspect(root);
        QVERIFY2(s.error.contains(QLatin1String("finish the store's installation")), qPrintable(s.error));
    }

    // bin/magento that PHP could not run (a FIFO would hang PHP's open), and a root that is a FIFO:
    // said for what they are.
    void specialBinMagentoAndRoot()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("app/etc/env.php"), Env22Short);
        QVERIFY(makeSpecial(root, QStringLiteral("bin/magento"), QStringLiteral("fifo")));
        Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.contains(QStringLiteral("%1/bin/magento is a FIFO (named pipe), not a regular file: "
                                                 "restore bin/magento")
                                      .arg(root)),
                 qPrintable(s.error));
        QVERIFY(makeSpecial(root, QStringLiteral("fifo-root"), QStringLiteral("fifo")));
        s = StoreInspector::inspect(root + QStringLiteral("/fifo-root"));
        QVERIFY2(s.error.contains(QLatin1String("fifo-root is a FIFO (named pipe), not a folder")),
                 qPrintable(s.error));
    }

    // The project files of ddev, warden and docker compose as FIFOs or devices: never block the look.
    void specialProjectFiles()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env22Short);
        QVERIFY(makeSpecial(root, QStringLiteral(".env"), QStringLiteral("fifo")));
        QVERIFY(makeSpecial(root, QStringLiteral("compose.yaml"), QStringLiteral("/dev/zero")));
        QVERIFY(makeSpecial(root, QStringLiteral("docker-compose.yml"), QStringLiteral("fifo")));
        QVERIFY(makeSpecial(root, QStringLiteral(".ddev/config.yaml"), QStringLiteral("fifo")));
        QVERIFY(makeSpecial(root, QStringLiteral("app/etc/config.php"), QStringLiteral("fifo")));
        const std::optional<Store> s = inspectSoon(root);
        QVERIFY2(s, "inspect blocked");
        QVERIFY2(s->error.isEmpty(), qPrintable(s->error));
        // The review's count of enabled modules: unknown, not a hang.
        auto modules = std::make_shared<int>(0);
        const Store store = *s;
        QVERIFY(finishesWithin([modules, store] { *modules = StoreActions::enabledModules(store); }));
        QCOMPARE(*modules, -1);
    }

    void legacy21()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env21);
        writeFile(root, QStringLiteral("composer.lock"),
                  composerLock(
                      {{"magento/magento2-base", "2.1.9"}, {"magento/product-community-edition", "2.1.9"}}));
        writeFile(root, QStringLiteral("var/generation/Magento/Catalog/Model/ProductFactory.php"), "<?php\n");
        writeFile(root, QStringLiteral("var/session/sess_a"), "x");
        writeFile(root, QStringLiteral("var/session/sess_b"), "y");
        writeFile(root, QStringLiteral("var/session/sess_c"), "z");

        const Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.isMagento);
        QCOMPARE(s.version, QStringLiteral("2.1.9"));
        QCOMPARE(s.edition, QStringLiteral("Community"));
        QCOMPARE(s.versionSource, QStringLiteral("composer.lock"));
        QCOMPARE(s.layout, CodeLayout::Legacy);
        QCOMPARE(s.codeGenerationDirs,
                 QStringList({QStringLiteral("var/generation"), QStringLiteral("var/di")}));
        QCOMPARE(s.envSyntax, ArraySyntax::Long);
        QCOMPARE(s.deployMode, QStringLiteral("default"));
        QCOMPARE(s.sessionSave, QStringLiteral("files"));
        QVERIFY(s.usesVarSession);
        QCOMPARE(s.varSessionFiles, 3);
        QVERIFY(!s.maintenance);
        QCOMPARE(s.cacheTypesOff(), QStringList({QStringLiteral("block_html"), QStringLiteral("full_page")}));
        QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(QLatin1Char('|'))));

        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QLatin1String("layout")).toString(), QStringLiteral("legacy"));
        QCOMPARE(json.value(QLatin1String("envSyntax")).toString(), QStringLiteral("array"));
        QCOMPARE(
            json.value(QLatin1String("session")).toObject().value(QLatin1String("varSessionFiles")).toInt(),
            3);
        QVERIFY(json.value(QLatin1String("session")).toObject().value(QLatin1String("savePath")).isNull());
        QCOMPARE(
            json.value(QLatin1String("cacheTypes")).toObject().value(QLatin1String("block_html")).toInt(-1),
            0);
        QVERIFY(!json.value(QLatin1String("filesystem")).toString().isEmpty());
        // Secrets never reach inspect's output.
        const QByteArray text = QJsonDocument(json).toJson() + s.summary().toUtf8();
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(!text.contains("f3e1c0ffee"));
    }

    void legacy20FromMagento2Base()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env21);
        writeFile(root, QStringLiteral("vendor/magento/magento2-base/composer.json"),
                  R"({"name": "magento/magento2-base", "version": "2.0.18"})");
        const Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.version, QStringLiteral("2.0.18"));
        QCOMPARE(s.versionSource, QStringLiteral("vendor/magento/magento2-base/composer.json"));
        QCOMPARE(s.layout, CodeLayout::Legacy);
        QVERIFY(s.usesVarSession);
        QCOMPARE(s.varSessionFiles, 0);
        QVERIFY(s.warnings.join(QLatin1Char(' ')).contains(QLatin1String("session.save_path")));
    }

    void modern22ShortSyntax()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env22Short);
        writeFile(root, QStringLiteral("composer.lock"),
                  composerLock({{"magento/product-community-edition", "2.2.11"}}));
        writeFile(root, QStringLiteral("var/.maintenance.flag"), "");
        const Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.version, QStringLiteral("2.2.11"));
        QCOMPARE(s.layout, CodeLayout::Generated);
        QCOMPARE(s.codeGenerationDirs,
                 QStringList({QStringLiteral("generated/code"), QStringLiteral("generated/metadata")}));
        QCOMPARE(s.envSyntax, ArraySyntax::Short);
        QCOMPARE(s.deployMode, QStringLiteral("developer"));
        QVERIFY(s.maintenance);
        QCOMPARE(s.toJson().value(QLatin1String("maintenance")).toBool(), true);
    }

    void gitClone23()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env22Short);
        writeFile(
            root, QStringLiteral("composer.json"),
            R"({"name": "magento/magento2ce", "description": "eCommerce Platform", "version": "2.3.7-p4", "require": {}})");
        // A git clone's composer.lock has no product package.
        writeFile(root, QStringLiteral("composer.lock"), composerLock({{"laminas/laminas-code", "3.4.1"}}));
        const Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.version, QStringLiteral("2.3.7-p4"));
        QCOMPARE(s.versionSource, QStringLiteral("composer.json"));
        QCOMPARE(s.edition, QStringLiteral("Community"));
        QCOMPARE(s.layout, CodeLayout::Generated);
    }

    void enterprise24ProductionRedis()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env24Redis);
        writeFile(root, QStringLiteral("composer.lock"),
                  composerLock({{"magento/magento2-base", "2.4.7-p2"},
                                {"magento/magento2-ee-base", "2.4.7-p2"},
                                {"magento/product-enterprise-edition", "2.4.7-p2"}}));
        writeFile(root, QStringLiteral("var/session/sess_stale"), "old");
        const Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.version, QStringLiteral("2.4.7-p2"));
        QCOMPARE(s.edition, QStringLiteral("Enterprise"));
        QCOMPARE(s.deployMode, QStringLiteral("production"));
        QCOMPARE(s.sessionSave, QStringLiteral("redis"));
        QVERIFY(!s.usesVarSession);
        QCOMPARE(s.varSessionFiles, 1);
        const QString warnings = s.warnings.join(QLatin1Char(' '));
        QVERIFY2(warnings.contains(QLatin1String("db/connection/default/host")), qPrintable(warnings));
        const QByteArray text = QJsonDocument(s.toJson()).toJson() + s.summary().toUtf8();
        QVERIFY(!text.contains("redis-secret"));
    }

    // env.php computing MAGE_MODE: inspect (which never runs PHP) does not guess "default" any more:
    // the mode is unknown, null in JSON, and the warning says plan and upgrade ask Magento.
    void computedModeIsNotGuessed()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        QByteArray env = Env24Redis;
        env.replace("'MAGE_MODE' => 'production'", "'MAGE_MODE' => getenv('MAGE_MODE') ?: 'production'");
        writeFile(root, QStringLiteral("app/etc/env.php"), env);
        const Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.deployModeComputed);
        QVERIFY(s.deployMode.isEmpty());
        QVERIFY(s.deployModeSource.isEmpty());
        const QJsonObject json = s.toJson();
        QVERIFY(json.value(QLatin1String("deployMode")).isNull());
        QVERIFY(json.value(QLatin1String("deployModeSource")).isNull());
        QVERIFY2(
            s.warnings.join(QLatin1Char(' ')).contains(QLatin1String("ask bin/magento deploy:mode:show")),
            qPrintable(s.warnings.join(QLatin1Char(' '))));
        QVERIFY2(s.summary().contains(QLatin1String("deploy mode unknown")), qPrintable(s.summary()));

        // Written as it is: env.php decided.
        writeFile(root, QStringLiteral("app/etc/env.php"), Env24Redis);
        const Store literal = StoreInspector::inspect(root);
        QCOMPARE(literal.deployMode, QStringLiteral("production"));
        QCOMPARE(literal.deployModeSource, QStringLiteral("app/etc/env.php"));
        QVERIFY(!literal.deployModeComputed);
        QCOMPARE(literal.toJson().value(QLatin1String("deployModeSource")).toString(),
                 QStringLiteral("app/etc/env.php"));
    }

    // deploy:mode:show's line, as Magento 2.0 to 2.4 print it; anything else says no mode.
    void deployModeShowIsParsed_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("mode");
        QTest::newRow("2.4") << QStringList{QStringLiteral(
                                    "Current application mode: production. (Note: Environment variables may "
                                    "override this value.)")}
                             << QStringLiteral("production");
        QTest::newRow("after warnings")
            << QStringList{QStringLiteral("PHP Deprecated:  something in x.php on line 3"),
                           QStringLiteral("Current application mode: developer. (Note: Environment variables "
                                          "may override this value.)")}
            << QStringLiteral("developer");
        QTest::newRow("2.0 error, exit 0")
            << QStringList{QStringLiteral("The configuration file has changed. Run app:config:import")}
            << QString();
        QTest::newRow("no such mode")
            << QStringList{QStringLiteral("Current application mode: staging.")} << QString();
        QTest::newRow("nothing") << QStringList{} << QString();
    }
    void deployModeShowIsParsed()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, mode);
        QCOMPARE(DeployMode::parseShow(lines), mode);
    }

    void b2bEdition()
    {
        QTemporaryDir dir;
        writeBin(dir.path());
        writeFile(dir.path(), QStringLiteral("app/etc/env.php"), Env22Short);
        writeFile(dir.path(), QStringLiteral("vendor/composer/installed.json"),
                  R"({"packages": [{"name": "magento/product-enterprise-edition", "version": "2.4.6"},
                                   {"name": "magento/extension-b2b", "version": "1.4.0"}]})");
        const Store s = StoreInspector::inspect(dir.path());
        QCOMPARE(s.version, QStringLiteral("2.4.6"));
        QCOMPARE(s.edition, QStringLiteral("B2B"));
        QCOMPARE(s.versionSource, QStringLiteral("vendor/composer/installed.json"));
    }

    void composer1InstalledJson()
    {
        QTemporaryDir dir;
        writeBin(dir.path());
        writeFile(dir.path(), QStringLiteral("app/etc/env.php"), Env21);
        writeFile(dir.path(), QStringLiteral("vendor/composer/installed.json"),
                  R"([{"name": "magento/product-community-edition", "version": "2.1.18"}])");
        const Store s = StoreInspector::inspect(dir.path());
        QCOMPARE(s.version, QStringLiteral("2.1.18"));
        QCOMPARE(s.layout, CodeLayout::Legacy);
    }

    void customSavePath()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"),
                  "<?php\nreturn ['session' => ['save' => 'files', 'save_path' => '/srv/sessions'],"
                  " 'cache_types' => []];\n");
        writeFile(root, QStringLiteral("composer.lock"),
                  composerLock({{"magento/product-community-edition", "2.4.5"}}));
        writeFile(root, QStringLiteral("var/session/sess_x"), "x");
        const Store s = StoreInspector::inspect(root);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.sessionSave, QStringLiteral("files"));
        QCOMPARE(s.sessionSavePath, QStringLiteral("/srv/sessions"));
        QVERIFY(!s.usesVarSession);
        QCOMPARE(
            s.toJson().value(QLatin1String("session")).toObject().value(QLatin1String("savePath")).toString(),
            QStringLiteral("/srv/sessions"));
        QVERIFY(s.summary().contains(QLatin1String("/srv/sessions")));
    }

    void savePathPointingAtVarSession()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"),
                  "<?php\nreturn ['session' => ['save' => 'files', 'save_path' => 'var/session']];\n");
        writeFile(root, QStringLiteral("var/session/sess_x"), "x");
        const Store s = StoreInspector::inspect(root);
        QVERIFY(s.usesVarSession);
    }

    void wizardLeftoversAndRegenerate()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env22Short);
        writeFile(root, QStringLiteral("var/.update_in_progress.flag"), "");
        writeFile(root, QStringLiteral("var/.update_error.flag"), "");
        writeFile(root, QStringLiteral("var/.update_queue.json"), "{}");
        writeFile(root, QStringLiteral("var/.regenerate"), "");
        const Store s = StoreInspector::inspect(root);
        const QString w = s.warnings.join(QLatin1Char('\n'));
        QVERIFY(w.contains(QLatin1String("var/.update_in_progress.flag")));
        QVERIFY(w.contains(QLatin1String("var/.update_error.flag")));
        QVERIFY(w.contains(QLatin1String("var/.update_queue.json")));
        QVERIFY(w.contains(QLatin1String("var/.regenerate")));
        QVERIFY(w.contains(QLatin1String("No file says which Magento version")));
    }

    void inspectWritesNothing()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeBin(root);
        writeFile(root, QStringLiteral("app/etc/env.php"), Env21);
        writeFile(root, QStringLiteral("var/session/sess_a"), "x");
        const QByteArray before = mua::test::treeChecksum(root);
        StoreInspector::inspect(root);
        QCOMPARE(mua::test::treeChecksum(root), before);
    }

    void sessionSymlinkNotFollowed()
    {
        QTemporaryDir outside;
        writeFile(outside.path(), QStringLiteral("a"), "1");
        writeFile(outside.path(), QStringLiteral("b"), "2");
        QTemporaryDir dir;
        writeBin(dir.path());
        writeFile(dir.path(), QStringLiteral("app/etc/env.php"), Env21);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("var")));
        QVERIFY(QFile::link(outside.path(), dir.path() + QStringLiteral("/var/session")));
        const Store s = StoreInspector::inspect(dir.path());
        QCOMPARE(s.varSessionFiles, 0);
        QVERIFY(s.warnings.join(QLatin1Char(' ')).contains(QLatin1String("symbolic link")));
    }

    void mountInfo_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("network");
        QTest::newRow("root") << QStringLiteral("/home/dev/shop") << QStringLiteral("ext4") << false;
        QTest::newRow("sshfs") << QStringLiteral("/mnt/client shop/app") << QStringLiteral("fuse.sshfs")
                               << true;
        QTest::newRow("nfs") << QStringLiteral("/srv/nfs/store") << QStringLiteral("nfs4") << true;
        QTest::newRow("not a prefix by name")
            << QStringLiteral("/srv/nfsother") << QStringLiteral("ext4") << false;
        QTest::newRow("shadowed") << QStringLiteral("/data/x") << QStringLiteral("tmpfs") << false;
    }

    void mountInfo()
    {
        QFETCH(QString, path);
        QFETCH(QString, type);
        QFETCH(bool, network);
        const QByteArray text =
            "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
            "40 22 0:50 / /mnt/client\\040shop rw,nosuid - fuse.sshfs dev@10.0.0.5:/srv/www rw,user_id=0\n"
            "41 22 0:51 / /srv/nfs rw - nfs4 fileserver:/export rw\n"
            "42 22 0:52 / /data rw - ext4 /dev/sdb1 rw\n"
            "43 22 0:53 / /data rw - tmpfs tmpfs rw\n";
        const MountInfo m = FileSystems::mountFor(path, text);
        QCOMPARE(m.type, type);
        QCOMPARE(m.isNetwork(), network);
    }

    void statfsTypeNames_data()
    {
        QTest::addColumn<quint32>("magic");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("network");
        // One number for ext2, ext3 and ext4: the name says so rather than guess.
        QTest::newRow("ext") << quint32(0xef53) << QStringLiteral("ext2/ext3/ext4") << false;
        QTest::newRow("tmpfs") << quint32(0x01021994) << QStringLiteral("tmpfs") << false;
        QTest::newRow("btrfs") << quint32(0x9123683e) << QStringLiteral("btrfs") << false;
        QTest::newRow("xfs") << quint32(0x58465342) << QStringLiteral("xfs") << false;
        QTest::newRow("overlay") << quint32(0x794c7630) << QStringLiteral("overlay") << false;
        QTest::newRow("nfs and nfs4") << quint32(0x6969) << QStringLiteral("nfs") << true;
        QTest::newRow("cifs") << quint32(0xff534d42) << QStringLiteral("cifs") << true;
        QTest::newRow("smb2") << quint32(0xfe534d42) << QStringLiteral("cifs") << true;
        QTest::newRow("9p") << quint32(0x01021997) << QStringLiteral("9p") << true;
        QTest::newRow("ceph") << quint32(0x00c36400) << QStringLiteral("ceph") << true;
        // statfs cannot tell sshfs from any other FUSE file system.
        QTest::newRow("fuse") << quint32(0x65735546) << QStringLiteral("fuse") << false;
        QTest::newRow("unknown") << quint32(0x1234abcd) << QStringLiteral("0x1234abcd") << false;
    }

    void statfsTypeNames()
    {
        QFETCH(quint32, magic);
        QFETCH(QString, type);
        QFETCH(bool, network);
        QCOMPARE(FileSystems::typeName(magic), type);
        QCOMPARE((MountInfo{QString(), type, QString()}.isNetwork()), network);
    }

    // A chroot made by debootstrap (sbuild, pbuilder): its root is no mount point, so its mountinfo
    // holds /proc, /sys and /dev and nothing that covers the store. statfs() still names the type.
    void noCoveringMountFallsBackToStatfs()
    {
        const QByteArray chroot = "301 27 0:23 / /proc rw,relatime - proc proc rw\n"
                                  "302 27 0:22 / /sys rw,relatime - sysfs sys rw\n"
                                  "303 27 0:5 / /dev rw,nosuid - devtmpfs udev rw,size=4009348k\n"
                                  "304 303 0:25 / /dev/pts rw,nosuid - devpts devpts rw,gid=5\n";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = QFileInfo(dir.path()).canonicalFilePath();
        const MountInfo m = FileSystems::mountFor(path, chroot);
        QVERIFY2(!m.type.isEmpty() && !m.type.startsWith(QLatin1String("0x")), qPrintable(m.type));
        QCOMPARE(m.mountPoint, QString()); // statfs knows no mount point: none is made up
        QCOMPARE(m.source, QString());
        // Where the kernel's own mountinfo covers the folder (not in a chroot), the two agree.
        QFile own(QStringLiteral("/proc/self/mountinfo"));
        QVERIFY(own.open(QIODevice::ReadOnly));
        const MountInfo kernel = FileSystems::mountFor(path, own.readAll());
        if (!kernel.mountPoint.isEmpty())
            QVERIFY2(m.type.split(QLatin1Char('/')).contains(kernel.type),
                     qPrintable(m.type + QLatin1String(" vs ") + kernel.type));
        QVERIFY(!FileSystems::mountFor(path).type.isEmpty());
        // A path that does not exist has no type at all: nothing is guessed.
        QCOMPARE(FileSystems::mountFor(path + QStringLiteral("/missing"), chroot).type, QString());
    }
};

QTEST_GUILESS_MAIN(TestStoreInspector)
#include "tst_storeinspector.moc"
