#include "core/parse/envphpparser.h"
#include "core/parse/phpvalue.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using mua::ArraySyntax;
using mua::EnvPhpParser;
using mua::EnvPhpParseResult;
using mua::PhpValue;

Q_DECLARE_METATYPE(mua::ArraySyntax)
Q_DECLARE_METATYPE(mua::PhpValue::Type)

namespace {

// Magento 2.0/2.1: var_export() output. Note the space after `=>` before a nested array, which
// var_export writes and which this fixture must keep.
const char env21[] = R"PHP(<?php
return array (
  'backend' => 
  array (
    'frontName' => 'admin_1x2y',
  ),
  'install' => 
  array (
    'date' => 'Thu, 01 Jun 2017 10:00:00 +0000',
  ),
  'crypt' => 
  array (
    'key' => 'f2b8c3d4e5f60718293a4b5c6d7e8f90',
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
        'password' => 'S3cr3t!\'pa\\ss',
        'model' => 'mysql4',
        'engine' => 'innodb',
        'initStatements' => 'SET NAMES utf8;',
        'active' => '1',
      ),
    ),
  ),
  'resource' => 
  array (
    'default_setup' => 
    array (
      'connection' => 'default',
    ),
  ),
  'x-frame-options' => 'SAMEORIGIN',
  'MAGE_MODE' => 'default',
  'cache_types' => 
  array (
    'config' => 1,
    'layout' => 1,
    'block_html' => 1,
    'collections' => 1,
    'reflection' => 1,
    'db_ddl' => 1,
    'eav' => 1,
    'customer_notification' => 1,
    'full_page' => 1,
    'config_integration' => 1,
    'config_integration_api' => 1,
    'translate' => 1,
    'config_webservice' => 0,
  ),
);
)PHP";

// Early 2.2: still `array(`, 4-space indent, the formatter's doc comments, the new 'cache' key.
const char env22[] = R"PHP(<?php
return array(
    'backend' => array(
        'frontName' => 'admin_22early'
    ),
    'crypt' => array(
        'key' => '0123456789abcdef0123456789abcdef'
    ),
    'db' => array(
        'table_prefix' => 'mg_',
        'connection' => array(
            'default' => array(
                'host' => '10.0.0.5',
                'dbname' => 'magento22',
                'username' => 'm22',
                'password' => 'p@ss',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1'
            )
        )
    ),
    'resource' => array(
        'default_setup' => array(
            'connection' => 'default'
        )
    ),
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'developer',
    /**
     * Cache id prefixes, set by setup:config:set
     */
    'cache' => array(
        'frontend' => array(
            'default' => array(
                'id_prefix' => 'c3f_'
            ),
            'page_cache' => array(
                'id_prefix' => 'c3f_'
            )
        )
    ),
    'session' => array(
        'save' => 'db'
    ),
    'cache_types' => array(
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'collections' => 1,
        'reflection' => 1,
        'db_ddl' => 1,
        'compiled_config' => 1,
        'eav' => 1,
        'customer_notification' => 1,
        'config_integration' => 1,
        'config_integration_api' => 1,
        'full_page' => 1,
        'translate' => 1,
        'config_webservice' => 1
    ),
    'install' => array(
        'date' => 'Tue, 10 Oct 2017 08:15:42 +0000'
    )
);
)PHP";

// Late 2.2 / 2.3: short syntax, 4-space indent, no trailing commas.
const char env23[] = R"PHP(<?php
return [
    'backend' => [
        'frontName' => 'admin_q7w8e9'
    ],
    'crypt' => [
        'key' => '9f8e7d6c5b4a39281706f5e4d3c2b1a0'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db.internal:3307',
                'dbname' => 'magento23',
                'username' => 'm23',
                'password' => 'pa$$word',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'developer',
    'session' => [
        'save' => 'files'
    ],
    'cache' => [
        'frontend' => [
            'default' => [
                'id_prefix' => 'a1b_'
            ],
            'page_cache' => [
                'id_prefix' => 'a1b_'
            ]
        ]
    ],
    'lock' => [
        'provider' => 'db',
        'config' => [
            'prefix' => null
        ]
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'collections' => 1,
        'reflection' => 1,
        'db_ddl' => 1,
        'compiled_config' => 1,
        'eav' => 1,
        'customer_notification' => 1,
        'config_integration' => 1,
        'config_integration_api' => 1,
        'full_page' => 1,
        'config_webservice' => 1,
        'translate' => 1,
        'vertex' => 1
    ],
    'install' => [
        'date' => 'Mon, 14 Jan 2019 09:30:00 +0000'
    ]
];
)PHP";

// 2.4: Redis for sessions and cache, RabbitMQ, lock provider, downloadable domains.
const char env24[] = R"PHP(<?php
return [
    'backend' => [
        'frontName' => 'admin_x9k2'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => 'rabbitmq',
            'port' => '5672',
            'user' => 'magento',
            'password' => 'r4bb1t',
            'virtualhost' => '/',
            'ssl' => false
        ]
    ],
    'crypt' => [
        'key' => 'base64Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4MTI='
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'magento',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => '127.0.0.1',
            'port' => '6379',
            'password' => '',
            'timeout' => '2.5',
            'persistent_identifier' => '',
            'database' => '2',
            'compression_threshold' => '2048',
            'compression_library' => 'gzip',
            'log_level' => '4',
            'max_concurrency' => '6',
            'break_after_frontend' => '5',
            'break_after_adminhtml' => '30',
            'first_lifetime' => '600',
            'bot_first_lifetime' => '60',
            'bot_lifetime' => '7200',
            'disable_locking' => '0',
            'min_lifetime' => '60',
            'max_lifetime' => '2592000',
            'sentinel_master' => '',
            'sentinel_servers' => '',
            'sentinel_connect_retries' => '5',
            'sentinel_verify_master' => '0'
        ]
    ],
    'cache' => [
        'graphql' => [
            'id_salt' => 'Qm7hGkLp2Xv9'
        ],
        'frontend' => [
            'default' => [
                'id_prefix' => '69d_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => '127.0.0.1',
                    'database' => '0',
                    'port' => '6379',
                    'password' => '',
                    'compress_data' => '1',
                    'compression_lib' => ''
                ]
            ],
            'page_cache' => [
                'id_prefix' => '69d_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => '127.0.0.1',
                    'database' => '1',
                    'port' => '6379',
                    'password' => '',
                    'compress_data' => '0',
                    'compression_lib' => ''
                ]
            ]
        ],
        'allow_parallel_generation' => false
    ],
    'lock' => [
        'provider' => 'db'
    ],
    'directories' => [
        'document_root_is_pub' => true
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'collections' => 1,
        'reflection' => 1,
        'db_ddl' => 1,
        'compiled_config' => 1,
        'eav' => 1,
        'customer_notification' => 1,
        'config_integration' => 1,
        'config_integration_api' => 1,
        'graphql_query_resolver_result' => 1,
        'full_page' => 1,
        'config_webservice' => 1,
        'translate' => 1
    ],
    'downloadable_domains' => [
        'example.com',
        'www.example.com'
    ],
    'http_cache_hosts' => [
        [
            'host' => 'varnish',
            'port' => '6081'
        ]
    ],
    'install' => [
        'date' => 'Wed, 03 Apr 2024 12:00:00 +0000'
    ]
];
)PHP";

// Edited by a person and by a deployment tool: environment lookups, constants, comments,
// strict types, a closing tag.
const char envHandEdited[] = R"PHP(<?php
declare(strict_types=1);

/**
 * Deployed by Ansible – changes here are overwritten.
 */
// Secrets come from the environment.
# (old-style comment)
return [
    'backend' => [
        'frontName' => getenv('ADMIN_PATH') ?: 'admin',
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => getenv('DB_HOST') ?: 'localhost',
                'dbname' => "magento_prod",
                'username' => $_ENV['DB_USER'] ?? 'magento',
                'password' => $_ENV['DB_PASS'],
                'port' => (int) getenv('DB_PORT'),
                'active' => '1',
                'driver_options' => [
                    \PDO::MYSQL_ATTR_SSL_CA => BP . '/var/ssl/ca.pem',
                    \PDO::MYSQL_ATTR_SSL_VERIFY_SERVER_CERT => false,
                ],
            ],
        ],
    ],
    'MAGE_MODE' => 'production', // was 'developer' until the launch
    'cache' => [
        'frontend' => [
            'default' => [
                'backend' => "Magento\\Framework\\Cache\\Backend\\Redis",
                'backend_options' => [
                    'server' => "{$_SERVER['REDIS_HOST']}",
                    'port' => 6379,
                    'database' => 0x0,
                ],
            ],
        ],
    ],
    'crypt' => ['key' => 'abc' . 'def'],
    'downloadable_domains' => explode(',', getenv('DOWNLOAD_DOMAINS') ?: 'example.com,shop.example.com'),
    'x-frame-options' => 'SAME' /* inline */ . 'ORIGIN',
    'system' => ['default' => ['dev' => ['debug' => ['debug_logging' => PHP_INT_MAX > 1 ? 1 : 0]]]],
    'lock' => ['provider' => 'db', ],
];
?>
)PHP";

QByteArray wrapValue(const QByteArray &literal)
{
    return "<?php\nreturn [\n    'v' => " + literal + ",\n];\n";
}

// What PHP itself makes of a file (php-cli is the oracle): the returned value as JSON, or an
// undefined value when PHP refuses the file. *phpError gets what PHP said.
QJsonValue phpReads(const QByteArray &source, QString *phpError = nullptr)
{
    QTemporaryDir dir;
    const QString file = dir.path() + QStringLiteral("/env.php");
    if (!mua::test::writeFile(dir.path(), QStringLiteral("env.php"), source))
        return QJsonValue(QJsonValue::Undefined);
    const mua::test::ProgramResult r = mua::test::run(
        QStringLiteral("php"),
        {QStringLiteral("-d"), QStringLiteral("display_errors=stderr"), QStringLiteral("-r"),
         QStringLiteral("echo json_encode(['v' => include $argv[1]], JSON_PRESERVE_ZERO_FRACTION);"), file});
    if (phpError)
        *phpError = r.errText() + r.outText();
    if (r.exitCode != 0 || r.crashed)
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson(r.out).object().value(QLatin1String("v"));
}

EnvPhpParseResult parseOk(const QByteArray &source)
{
    EnvPhpParseResult r = EnvPhpParser::parse(source);
    if (!r.ok) {
        qWarning().noquote() << "unexpected parse error:" << r.error << "at" << r.line << ":" << r.column;
    }
    return r;
}

// Where a file ends: the line and column an error at end of file must report.
void endOf(const QByteArray &source, int *line, int *column)
{
    *line = int(source.count('\n')) + 1;
    const qsizetype lastNl = source.lastIndexOf('\n');
    *column = int(QString::fromUtf8(source.mid(lastNl + 1)).size()) + 1;
}

QByteArray fileWithHugeArray(qsizetype targetBytes)
{
    QByteArray s = "<?php\nreturn [\n    'stores' => [\n";
    s.reserve(targetBytes + 4096);
    int i = 0;
    while (s.size() < targetBytes) {
        s += "        'store_" + QByteArray::number(i) + "' => ['host' => 'db" + QByteArray::number(i) +
             ".internal', 'port' => " + QByteArray::number(3306 + i % 100) +
             ", 'list' => [1, 2.5, true, null], 'dyn' => getenv('HOST_" + QByteArray::number(i) +
             "') ?: 'x', \"dq\" => \"a\\tb\"],\n";
        ++i;
    }
    s += "    ],\n    'count' => " + QByteArray::number(i) + ",\n];\n";
    return s;
}

} // namespace

class TestEnvPhpParser : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void syntax_data();
    void syntax();
    void dynamicValues_data();
    void dynamicValues();
    void escapes_data();
    void escapes();
    void heredocs_data();
    void heredocs();
    void heredocErrors_data();
    void heredocErrors();
    void returnInParentheses_data();
    void returnInParentheses();
    void numbers_data();
    void numbers();
    void keysAndDuplicates();
    void listArrays();
    void commentsAndLayout_data();
    void commentsAndLayout();
    void errors_data();
    void errors();
    void truncatedEverywhere_data();
    void truncatedEverywhere();
    void randomBytes();
    void hugeFile();
    void toJson();
    void equality();
    void phpValueConversions();
    void phpValueBuilding();
};

void TestEnvPhpParser::values_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("path");
    QTest::addColumn<PhpValue::Type>("type");
    QTest::addColumn<QString>("text");

    using T = PhpValue::Type;
    auto row = [](const char *era, const char *source, const char *path, T type, const QString &text) {
        QTest::addRow("%s %s", era, path) << QByteArray(source) << QString::fromUtf8(path) << type << text;
    };
    auto s = [](const char *text) { return QString::fromUtf8(text); };

    row("2.1", env21, "backend/frontName", T::String, s("admin_1x2y"));
    row("2.1", env21, "install/date", T::String, s("Thu, 01 Jun 2017 10:00:00 +0000"));
    row("2.1", env21, "crypt/key", T::String, s("f2b8c3d4e5f60718293a4b5c6d7e8f90"));
    row("2.1", env21, "session/save", T::String, s("files"));
    row("2.1", env21, "db/table_prefix", T::String, QString());
    row("2.1", env21, "db/connection/default/host", T::String, s("localhost"));
    row("2.1", env21, "db/connection/default/dbname", T::String, s("magento21"));
    row("2.1", env21, "db/connection/default/password", T::String, s("S3cr3t!'pa\\ss"));
    row("2.1", env21, "db/connection/default/active", T::String, s("1"));
    row("2.1", env21, "resource/default_setup/connection", T::String, s("default"));
    row("2.1", env21, "x-frame-options", T::String, s("SAMEORIGIN"));
    row("2.1", env21, "MAGE_MODE", T::String, s("default"));
    row("2.1", env21, "cache_types/config", T::Int, s("1"));
    row("2.1", env21, "cache_types/config_webservice", T::Int, s("0"));
    row("2.1", env21, "db/connection/default/port", T::Null, QString());
    row("2.1", env21, "db/connection/default/host/deeper", T::Null, QString());

    row("2.2", env22, "backend/frontName", T::String, s("admin_22early"));
    row("2.2", env22, "db/table_prefix", T::String, s("mg_"));
    row("2.2", env22, "db/connection/default/host", T::String, s("10.0.0.5"));
    row("2.2", env22, "db/connection/default/password", T::String, s("p@ss"));
    row("2.2", env22, "cache/frontend/page_cache/id_prefix", T::String, s("c3f_"));
    row("2.2", env22, "session/save", T::String, s("db"));
    row("2.2", env22, "cache_types/compiled_config", T::Int, s("1"));
    row("2.2", env22, "MAGE_MODE", T::String, s("developer"));

    row("2.3", env23, "db/connection/default/host", T::String, s("db.internal:3307"));
    row("2.3", env23, "db/connection/default/password", T::String, s("pa$$word"));
    row("2.3", env23, "db/connection/default/driver_options/1014", T::Bool, QString());
    row("2.3", env23, "lock/provider", T::String, s("db"));
    row("2.3", env23, "lock/config/prefix", T::Null, QString());
    row("2.3", env23, "cache_types/vertex", T::Int, s("1"));
    row("2.3", env23, "install/date", T::String, s("Mon, 14 Jan 2019 09:30:00 +0000"));

    row("2.4", env24, "MAGE_MODE", T::String, s("production"));
    row("2.4", env24, "session/save", T::String, s("redis"));
    row("2.4", env24, "session/redis/host", T::String, s("127.0.0.1"));
    row("2.4", env24, "session/redis/port", T::String, s("6379"));
    row("2.4", env24, "session/redis/password", T::String, QString());
    row("2.4", env24, "session/redis/timeout", T::String, s("2.5"));
    row("2.4", env24, "session/redis/max_lifetime", T::String, s("2592000"));
    row("2.4", env24, "cache/frontend/default/backend", T::String,
        s("Magento\\Framework\\Cache\\Backend\\Redis"));
    row("2.4", env24, "cache/frontend/page_cache/backend_options/database", T::String, s("1"));
    row("2.4", env24, "cache/allow_parallel_generation", T::Bool, QString());
    row("2.4", env24, "lock/provider", T::String, s("db"));
    row("2.4", env24, "queue/amqp/host", T::String, s("rabbitmq"));
    row("2.4", env24, "queue/amqp/virtualhost", T::String, s("/"));
    row("2.4", env24, "queue/consumers_wait_for_messages", T::Int, s("1"));
    row("2.4", env24, "downloadable_domains/0", T::String, s("example.com"));
    row("2.4", env24, "downloadable_domains/1", T::String, s("www.example.com"));
    row("2.4", env24, "downloadable_domains/2", T::Null, QString());
    row("2.4", env24, "directories/document_root_is_pub", T::Bool, s("1"));
    row("2.4", env24, "http_cache_hosts/0/host", T::String, s("varnish"));

    row("edited", envHandEdited, "backend/frontName", T::Dynamic, s("getenv('ADMIN_PATH') ?: 'admin'"));
    row("edited", envHandEdited, "db/connection/default/host", T::Dynamic,
        s("getenv('DB_HOST') ?: 'localhost'"));
    row("edited", envHandEdited, "db/connection/default/dbname", T::String, s("magento_prod"));
    row("edited", envHandEdited, "db/connection/default/username", T::Dynamic,
        s("$_ENV['DB_USER'] ?? 'magento'"));
    row("edited", envHandEdited, "db/connection/default/password", T::Dynamic, s("$_ENV['DB_PASS']"));
    row("edited", envHandEdited, "db/connection/default/port", T::Dynamic, s("(int) getenv('DB_PORT')"));
    row("edited", envHandEdited, "db/connection/default/driver_options/\\PDO::MYSQL_ATTR_SSL_CA", T::Dynamic,
        s("BP . '/var/ssl/ca.pem'"));
    row("edited", envHandEdited,
        "db/connection/default/driver_options/\\PDO::MYSQL_ATTR_SSL_VERIFY_SERVER_CERT", T::Bool, QString());
    row("edited", envHandEdited, "MAGE_MODE", T::String, s("production"));
    row("edited", envHandEdited, "cache/frontend/default/backend", T::String,
        s("Magento\\Framework\\Cache\\Backend\\Redis"));
    row("edited", envHandEdited, "cache/frontend/default/backend_options/server", T::Dynamic,
        s("\"{$_SERVER['REDIS_HOST']}\""));
    row("edited", envHandEdited, "cache/frontend/default/backend_options/port", T::Int, s("6379"));
    row("edited", envHandEdited, "cache/frontend/default/backend_options/database", T::Int, s("0"));
    row("edited", envHandEdited, "crypt/key", T::Dynamic, s("'abc' . 'def'"));
    row("edited", envHandEdited, "downloadable_domains", T::Dynamic,
        s("explode(',', getenv('DOWNLOAD_DOMAINS') ?: 'example.com,shop.example.com')"));
    row("edited", envHandEdited, "x-frame-options", T::Dynamic, s("'SAME' /* inline */ . 'ORIGIN'"));
    row("edited", envHandEdited, "system/default/dev/debug/debug_logging", T::Dynamic,
        s("PHP_INT_MAX > 1 ? 1 : 0"));
    row("edited", envHandEdited, "lock/provider", T::String, s("db"));
}

void TestEnvPhpParser::values()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, path);
    QFETCH(PhpValue::Type, type);
    QFETCH(QString, text);

    const EnvPhpParseResult r = parseOk(source);
    QVERIFY(r.ok);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.value.isArray());
    const PhpValue &v = r.value.at(path);
    QCOMPARE(v.type(), type);
    QCOMPARE(v.toString(), text);
    if (type == PhpValue::Type::Int)
        QCOMPARE(v.toInt(), text.toLongLong());
    if (type == PhpValue::Type::Dynamic)
        QCOMPARE(v.sourceText(), text);
    else
        QVERIFY(v.sourceText().isEmpty());
}

void TestEnvPhpParser::syntax_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<ArraySyntax>("syntax");
    QTest::addColumn<int>("topLevelKeys");

    // The fixture must keep var_export's "=> " before a line break.
    QVERIFY(QByteArray(env21).contains("'backend' => \n  array ("));

    QTest::newRow("2.1 var_export") << QByteArray(env21) << ArraySyntax::Long << 9;
    QTest::newRow("2.2 array()") << QByteArray(env22) << ArraySyntax::Long << 10;
    QTest::newRow("2.3 short") << QByteArray(env23) << ArraySyntax::Short << 11;
    QTest::newRow("2.4 short") << QByteArray(env24) << ArraySyntax::Short << 16;
    QTest::newRow("hand-edited") << QByteArray(envHandEdited) << ArraySyntax::Short << 9;
    QTest::newRow("long outside, short inside")
        << QByteArray("<?php return array('a' => ['b' => []]);") << ArraySyntax::Long << 1;
    QTest::newRow("short outside, long inside")
        << QByteArray("<?php return ['a' => array ('b' => array())];") << ArraySyntax::Short << 1;
    QTest::newRow("ARRAY upper case")
        << QByteArray("<?php RETURN ARRAY ( 'a' => 1 );") << ArraySyntax::Long << 1;
    QTest::newRow("array /* c */ (") << QByteArray("<?php return array /* c */ ('a' => 1);")
                                     << ArraySyntax::Long << 1;
    QTest::newRow("empty short") << QByteArray("<?php return [];") << ArraySyntax::Short << 0;
    QTest::newRow("empty long") << QByteArray("<?php return array();") << ArraySyntax::Long << 0;
}

void TestEnvPhpParser::syntax()
{
    QFETCH(QByteArray, source);
    QFETCH(ArraySyntax, syntax);
    QFETCH(int, topLevelKeys);

    const EnvPhpParseResult r = parseOk(source);
    QVERIFY(r.ok);
    QCOMPARE(r.syntax, syntax);
    QCOMPARE(int(r.value.entries().size()), topLevelKeys);
}

void TestEnvPhpParser::dynamicValues_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("source");

    const QList<QByteArray> same = {
        "getenv('DB_HOST')",
        "getenv('X') ?: 'default'",
        "BP",
        "\\PDO::ATTR_TIMEOUT",
        "'a' . 'b'",
        "'a'.'b'",
        "$_ENV['X']",
        "$_ENV['X'] ?? null",
        "$_SERVER[\"MAGE_MODE\"]",
        "strtolower('ABC')",
        "PHP_VERSION_ID >= 80100 ? 'x' : 'y'",
        "60 * 60 * 24",
        "1 + 2",
        "1+2",
        "-PHP_INT_MAX",
        "(int) getenv('PORT')",
        "\"db-$suffix\"",
        "\"{$cfg['host']}\"",
        "\"${name}\"",
        "\"a\\n$b\"",
        "[1, 2] + [3]",
        "array('a') + array('b')",
        "true && false",
        "null ?? 'x'",
        "fn() => 1",
        "match (getenv('M')) { 'a' => 1, default => 2 }",
        "function () { return [1, 2]; }",
        "<<<EOT\nhello, ]) world\nEOT . 'x'",
        "<<<'EOT'\n  nowdoc ' \" [\n  EOT . 'x'",
        "<<<EOT\nmode $mode\nEOT",
        "<<<\"EOT\"\n  {$cfg['mode']}\n  EOT",
        "<<<EOT\n${name}\nEOT",
        "$a <=> $b",
        "new \\ArrayObject([])",
        "'strtoupper'('x')",
        "'abc'[0]",
        "\\Magento\\Framework\\App\\State::MODE_PRODUCTION",
        "SomeClass::class",
        "include __DIR__ . '/db.php'",
        "require_once 'db.php'",
        "InClUdE 'db.php'",
        "'x' and 'y'",
        "TRUE === getenv('X')",
        "!empty($_ENV['X'])",
        "@$_ENV['X']",
        "-(1)",
        "1.5 * 2",
        "`hostname`",
        "PHP_EOL",
        "truey",
        "\\Foo\\true",
        "...$extra",
        "'a' /* c */ . 'b'",
        "getenv(\"A,B\") ?: 'x,y]'",
    };
    for (const QByteArray &l : same)
        QTest::addRow("%s", QByteArray(l).replace('\n', "\\n").constData()) << l << QString::fromUtf8(l);
    QTest::newRow("trailing comment dropped")
        << QByteArray("getenv('A') /* why */") << QStringLiteral("getenv('A')");
    QTest::newRow("trailing line comment dropped")
        << QByteArray("getenv('A') // why\n") << QStringLiteral("getenv('A')");
    QTest::newRow("UTF-8 in expression")
        << QByteArray("getenv('CAFÉ') ?: 'Käse'") << QString::fromUtf8("getenv('CAFÉ') ?: 'Käse'");
}

void TestEnvPhpParser::dynamicValues()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, source);

    // As a value with a key, as a list element and as the last element without a comma.
    for (const QByteArray &file : {wrapValue(literal), "<?php return [" + literal + ", 'next'];",
                                   "<?php return array('k' => " + literal + "\n);"}) {
        const EnvPhpParseResult r = parseOk(file);
        QVERIFY(r.ok);
        const PhpValue &v = r.value.entries().front().value;
        QCOMPARE(v.type(), PhpValue::Type::Dynamic);
        QCOMPARE(v.sourceText(), source);
        QCOMPARE(v.toString(), source);
        QCOMPARE(v.toJson(), QJsonValue(QJsonObject{{QStringLiteral("dynamic"), source}}));
    }
}

void TestEnvPhpParser::heredocs_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const QByteArray &literal, const char *expected) {
        QTest::newRow(name) << literal << QString::fromUtf8(expected);
    };
    row("heredoc MAGE_MODE", "<<<EOT\nproduction\nEOT", "production");
    row("quoted heredoc label", "<<<\"EOT\"\nproduction\nEOT", "production");
    row("nowdoc", "<<<'EOT'\nproduction\nEOT", "production");
    row("spaces after <<<", "<<<  EOT\nx\nEOT", "x");
    row("label with digits and _", "<<<_MODE2\nx\n_MODE2", "x");
    row("empty heredoc", "<<<EOT\nEOT", "");
    row("empty nowdoc", "<<<'EOT'\nEOT", "");
    row("one empty line", "<<<EOT\n\nEOT", "");
    row("two lines", "<<<EOT\nline 1\nline 2\nEOT", "line 1\nline 2");
    row("trailing empty line kept", "<<<EOT\nx\n\nEOT", "x\n");
    row("indented closing marker", "<<<EOT\n    production\n    EOT", "production");
    row("deeper lines keep the rest", "<<<EOT\n      a\n    b\n    EOT", "  a\nb");
    row("tabs", "<<<EOT\n\t\tx\n\tEOT", "\tx");
    row("blank lines shorter than the indentation", "<<<EOT\n    a\n\n  \n    b\n    EOT", "a\n\n\nb");
    row("nowdoc indented", "<<<'EOT'\n  a $b {$c} \\t\n  EOT", "a $b {$c} \\t");
    row("label inside a line", "<<<EOT\nnot EOT here\nEOTX\nEOT", "not EOT here\nEOTX");
    row("closing marker then a comma", "<<<EOT\nx\nEOT , 'y'", "");
    row("escapes", "<<<EOT\na\\tb \\\"q\\\" \\$x \\\\ \\x41 \\101 \\u{1F600} \\q\nEOT",
        "a\tb \\\"q\\\" $x \\ A A \xF0\x9F\x98\x80 \\q");
    row("escape after the indentation", "<<<EOT\n  \\tx\n  EOT", "\tx");
    row("dollar without a name", "<<<EOT\ncosts 5$ and {braces}\nEOT", "costs 5$ and {braces}");
    row("escaped dollar", "<<<EOT\n\\$mode\nEOT", "$mode");
    row("CRLF", "<<<EOT\r\nline 1\r\nline 2\r\nEOT", "line 1\r\nline 2");
    row("UTF-8", "<<<EOT\nKäse\nEOT", "Käse");
    row("backslash before the closing line", "<<<EOT\nx\\\nEOT", "x\\");
}

// Heredoc and nowdoc strings read as PHP 7.3+ reads them, checked against php itself.
void TestEnvPhpParser::heredocs()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, expected);

    // "closing marker then a comma" is a list of two values: compare the first.
    const bool list = literal.endsWith(", 'y'");
    const QByteArray file = list ? "<?php return [" + literal + "];\n" : wrapValue(literal);
    const EnvPhpParseResult r = parseOk(file);
    QVERIFY(r.ok);
    const PhpValue &v = r.value.entries().front().value;
    QCOMPARE(v.type(), PhpValue::Type::String);
    if (!list)
        QCOMPARE(v.toString(), expected);
    QString phpError;
    const QJsonValue php = phpReads(file, &phpError);
    QVERIFY2(!php.isUndefined(), qPrintable(phpError));
    QCOMPARE(r.value.toJson(), php);
    // The same value as the last element of an array( … ) without a comma, and as a key.
    const EnvPhpParseResult last = parseOk("<?php return array('k' => " + literal + "\n);");
    QVERIFY(last.ok);
    QCOMPARE(last.value.entries().front().value, v);
    if (!list && !v.toString().isEmpty()) {
        const QByteArray keyed = "<?php return [" + literal + " => 1];";
        const EnvPhpParseResult key = parseOk(keyed);
        QVERIFY(key.ok);
        QCOMPARE(key.value.toJson(), phpReads(keyed));
    }
}

void TestEnvPhpParser::heredocErrors_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("message");

    QTest::newRow("body indented less than the marker")
        << QByteArray("<<<EOT\n  a\n    EOT") << QStringLiteral("indented less than its closing marker");
    QTest::newRow("marker indented with tabs and spaces")
        << QByteArray("<<<EOT\n\t a\n\t EOT") << QStringLiteral("both tabs and spaces");
    QTest::newRow("tab in the body, spaces before the marker")
        << QByteArray("<<<EOT\n\ta\n    EOT") << QStringLiteral("both tabs and spaces");
    QTest::newRow("no closing marker")
        << QByteArray("<<<EOT\nproduction\n") << QStringLiteral("no line closes it with EOT");
    QTest::newRow("only a longer label")
        << QByteArray("<<<EOT\nx\nEOTX\n") << QStringLiteral("no line closes it with EOT");
    QTest::newRow("bad \\u{} escape")
        << QByteArray("<<<EOT\n\\u{110000}\nEOT") << QStringLiteral("not a valid Unicode code point");
}

// What PHP refuses, the parser refuses too, with a sentence.
void TestEnvPhpParser::heredocErrors()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, message);

    const QByteArray file = wrapValue(literal);
    QVERIFY(phpReads(file).isUndefined());
    const EnvPhpParseResult r = EnvPhpParser::parse(file);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY(r.line >= 1 && r.column >= 1);
}

void TestEnvPhpParser::returnInParentheses_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("valid");

    QTest::newRow("short") << QByteArray("<?php return (['a' => 1]);") << true;
    QTest::newRow("long, spaced") << QByteArray("<?php return ( array('a' => [1, 2]) ) ;") << true;
    QTest::newRow("twice, on lines") << QByteArray(
                                            "<?php\nreturn ((\n[\n  'MAGE_MODE' => 'production',\n]\n));\n")
                                     << true;
    QTest::newRow("comments") << QByteArray("<?php return (/* a */ ['a' => 1] /* b */);") << true;
    QTest::newRow("before ?>") << QByteArray("<?php return (['a' => 1]) ?>\n") << true;
    QTest::newRow("missing )") << QByteArray("<?php return (['a' => 1];") << false;
    QTest::newRow("extra )") << QByteArray("<?php return ['a' => 1]);") << false;
    QTest::newRow("one ) for two (") << QByteArray("<?php return ((['a' => 1]);") << false;
    QTest::newRow("an expression") << QByteArray("<?php return (['a' => 1]) + ['b' => 2];") << false;
}

// return ([ … ]); is valid PHP and the same array; unbalanced parentheses are not.
void TestEnvPhpParser::returnInParentheses()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, valid);

    const EnvPhpParseResult r = EnvPhpParser::parse(source);
    const QJsonValue php = phpReads(source);
    if (valid) {
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!php.isUndefined());
        QCOMPARE(r.value.toJson(), php);
    } else {
        QVERIFY(!r.ok); // PHP runs "an expression"; the parser never evaluates one
        QVERIFY(!r.error.isEmpty());
    }
}

void TestEnvPhpParser::escapes_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("expected");

    auto s = [](const char *t) { return QString::fromUtf8(t); };
    // single quotes: only \\ and \' are escapes
    QTest::newRow("sq \\'") << QByteArray(R"('it\'s')") << s("it's");
    QTest::newRow("sq \\\\") << QByteArray(R"('C:\\dir')") << s("C:\\dir");
    QTest::newRow("sq \\n stays") << QByteArray(R"('a\nb')") << s("a\\nb");
    QTest::newRow("sq unknown escape stays") << QByteArray(R"('a\qb')") << s("a\\qb");
    QTest::newRow("sq double backslash twice") << QByteArray(R"('\\\\')") << s("\\\\");
    QTest::newRow("sq trailing backslash") << QByteArray(R"('end\\')") << s("end\\");
    QTest::newRow("sq \\$ stays") << QByteArray(R"('\$x $y')") << s("\\$x $y");
    QTest::newRow("sq double quote") << QByteArray(R"('say "hi"')") << s("say \"hi\"");
    QTest::newRow("sq real newline") << QByteArray("'two\nlines'") << s("two\nlines");
    QTest::newRow("sq empty") << QByteArray("''") << QString();
    QTest::newRow("sq UTF-8") << QByteArray("'café ☕'") << s("café ☕");
    QTest::newRow("sq Latin-1 fallback") << QByteArray("'caf\xe9'") << s("café");
    QTest::newRow("sq Latin-1 byte next to UTF-8") << QByteArray("'cr\xe8me brûlée'") << s("crème brûlée");
    QTest::newRow("sq truncated UTF-8 sequence")
        << QByteArray("'\xe2\x98'") << (QString(QChar(0xE2)) + QChar(0x98));
    // double quotes
    QTest::newRow("dq \\n") << QByteArray(R"("a\nb")") << s("a\nb");
    QTest::newRow("dq \\t") << QByteArray(R"("a\tb")") << s("a\tb");
    QTest::newRow("dq \\r") << QByteArray(R"("a\rb")") << s("a\rb");
    QTest::newRow("dq \\v") << QByteArray(R"("a\vb")") << s("a\vb");
    QTest::newRow("dq \\e") << QByteArray(R"("a\eb")")
                            << s("a\x1b"
                                 "b");
    QTest::newRow("dq \\f") << QByteArray(R"("a\fb")") << s("a\fb");
    QTest::newRow("dq \\\\") << QByteArray(R"("a\\b")") << s("a\\b");
    QTest::newRow("dq \\$") << QByteArray(R"("\$notavar")") << s("$notavar");
    QTest::newRow("dq \\\"") << QByteArray(R"("say \"hi\"")") << s("say \"hi\"");
    QTest::newRow("dq \\0") << QByteArray(R"("a\0b")")
                            << QString(QStringLiteral("a") + QChar(0) + QLatin1Char('b'));
    QTest::newRow("dq \\101") << QByteArray(R"("\101BC")") << s("ABC");
    QTest::newRow("dq \\60 two digits") << QByteArray(R"("\60")") << s("0");
    QTest::newRow("dq \\1018 three digits max") << QByteArray(R"("\1018")") << s("A8");
    QTest::newRow("dq \\400 wraps") << QByteArray(R"("\400")") << QString(QChar(0));
    QTest::newRow("dq \\x41") << QByteArray(R"("\x41\x42")") << s("AB");
    QTest::newRow("dq \\x4 one digit") << QByteArray(R"("\x4g")") << s("\x04g");
    QTest::newRow("dq \\xG not an escape") << QByteArray(R"("\xG")") << s("\\xG");
    QTest::newRow("dq \\xc3\\xa9 UTF-8 bytes") << QByteArray(R"("caf\xc3\xa9")") << s("café");
    QTest::newRow("dq \\xe9 Latin-1 fallback") << QByteArray(R"("caf\xe9")") << s("café");
    QTest::newRow("dq \\xe9 next to UTF-8") << QByteArray(R"("\xe9t\u{e9} ☕")") << s("été ☕");
    QTest::newRow("dq \\u{e9}") << QByteArray(R"("caf\u{e9}")") << s("café");
    QTest::newRow("dq \\u{1F600}") << QByteArray(R"("\u{1F600}")") << s("😀");
    QTest::newRow("dq \\u{0041} leading zeros") << QByteArray(R"("\u{0041}")") << s("A");
    QTest::newRow("dq \\u without brace stays") << QByteArray(R"("\u00e9")") << s("\\u00e9");
    QTest::newRow("dq unknown escape stays") << QByteArray(R"("\q\'")") << s("\\q\\'");
    QTest::newRow("dq lone $") << QByteArray(R"("cost: $ 5, 100%, $")") << s("cost: $ 5, 100%, $");
    QTest::newRow("dq $ before digit") << QByteArray(R"("$1")") << s("$1");
    QTest::newRow("dq brace without $") << QByteArray(R"("{not} { $")") << s("{not} { $");
    QTest::newRow("dq single quote") << QByteArray(R"("it's")") << s("it's");
    QTest::newRow("dq backslashes in class name")
        << QByteArray(R"("Magento\\Framework\\Cache\\Backend\\Redis")")
        << s("Magento\\Framework\\Cache\\Backend\\Redis");
    QTest::newRow("dq unescaped backslash")
        << QByteArray(R"("Magento\Framework")") << s("Magento\\Framework");
    QTest::newRow("dq empty") << QByteArray(R"("")") << QString();
}

void TestEnvPhpParser::escapes()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, expected);

    EnvPhpParseResult r = parseOk(wrapValue(literal));
    QVERIFY(r.ok);
    QCOMPARE(r.value[u"v"].type(), PhpValue::Type::String);
    QCOMPARE(r.value[u"v"].toString(), expected);

    // The same literal as a key.
    r = parseOk("<?php return [" + literal + " => true];");
    QVERIFY(r.ok);
    QCOMPARE(r.value.keys(), QStringList{expected});
}

void TestEnvPhpParser::numbers_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<PhpValue::Type>("type");
    QTest::addColumn<qint64>("intValue");
    QTest::addColumn<double>("floatValue");

    using T = PhpValue::Type;
    auto i = [](const char *l, qint64 v) {
        QTest::addRow("%s", l) << QByteArray(l) << T::Int << v << double(v);
    };
    auto f = [](const char *l, double v) {
        QTest::addRow("%s", l) << QByteArray(l) << T::Float << qint64(0) << v;
    };
    i("0", 0);
    i("42", 42);
    i("-7", -7);
    i("+7", 7);
    i("- 7", -7);
    i("-/* c */7", -7);
    i("1_000_000", 1000000);
    i("0x1A", 26);
    i("0X1a", 26);
    i("0xFF_FF", 65535);
    i("-0x10", -16);
    i("0755", 493);
    i("0_755", 493);
    i("00", 0);
    i("0o755", 493);
    i("0O17", 15);
    i("0b1010", 10);
    i("0B1_0", 2);
    i("9223372036854775807", std::numeric_limits<qint64>::max());
    i("-9223372036854775807", -std::numeric_limits<qint64>::max());
    i("0x7FFFFFFFFFFFFFFF", std::numeric_limits<qint64>::max());
    f("9223372036854775808", 9223372036854775808.0);
    f("-9223372036854775808", -9223372036854775808.0);
    f("0x8000000000000000", 9223372036854775808.0);
    // PHP's own arithmetic drops the low bits: 1.844674407370955E+19, not 2^64.
    f("0b1111111111111111111111111111111111111111111111111111111111111111", 18446744073709549568.0);
    f("1.5", 1.5);
    f("-1.5", -1.5);
    f(".5", 0.5);
    f("-.5", -0.5);
    f("1.", 1.0);
    f("1e3", 1000.0);
    f("1E-3", 0.001);
    f("1.e3", 1000.0);
    f("2.5e+2", 250.0);
    f("1_000.5", 1000.5);
    f("1.5e1_0", 1.5e10);
    f("6.02214076e23", 6.02214076e23);
    f("0.1", 0.1);
    f("1e999", std::numeric_limits<double>::infinity());
    f("-1e999", -std::numeric_limits<double>::infinity());
    f("1e-999", 0.0);
    // Exponents beyond 64 bits (found by the fuzzer: signed overflow).
    f("1e9223372036854775807", std::numeric_limits<double>::infinity());
    f("1e99999999999999999999", std::numeric_limits<double>::infinity());
    f("0.001e9223372036854775807", std::numeric_limits<double>::infinity());
    f("1e-9223372036854775808", 0.0);
    f("0e0", 0.0);
    f("07.5", 7.5);
    f("09.5", 9.5);
    f("099e1", 990.0);
}

void TestEnvPhpParser::numbers()
{
    QFETCH(QByteArray, literal);
    QFETCH(PhpValue::Type, type);
    QFETCH(qint64, intValue);
    QFETCH(double, floatValue);

    const EnvPhpParseResult r = parseOk(wrapValue(literal));
    QVERIFY(r.ok);
    const PhpValue &v = r.value[u"v"];
    QCOMPARE(v.type(), type);
    if (type == PhpValue::Type::Int)
        QCOMPARE(v.toInt(), intValue);
    // Exactly, not QCOMPARE's fuzzy comparison of doubles.
    QCOMPARE(QByteArray::number(v.toDouble(), 'g', 17), QByteArray::number(floatValue, 'g', 17));
}

void TestEnvPhpParser::keysAndDuplicates()
{
    const EnvPhpParseResult r = parseOk(R"PHP(<?php return [
        'a', 'b',              // 0, 1
        5 => 'five',
        'c',                   // 6
        '7' => 'seven',        // an integer key, as PHP casts it
        '08' => 'string key',  // not canonical: stays a string
        -3 => 'minus three',
        'x' => 1,
        'x' => 2,              // later wins, first position is kept
        true => 'true',        // key 1
        null => 'empty',       // key ""
        1.7 => 'float one',    // key 1 again
        0x10 => 'sixteen',
        "8" => 'eight',
        '-0' => 'string minus zero',
        'c',                   // 17
    ];)PHP");
    QVERIFY(r.ok);
    const QStringList expectedKeys = {QStringLiteral("0"),  QStringLiteral("1"), QStringLiteral("5"),
                                      QStringLiteral("6"),  QStringLiteral("7"), QStringLiteral("08"),
                                      QStringLiteral("-3"), QStringLiteral("x"), QString(),
                                      QStringLiteral("16"), QStringLiteral("8"), QStringLiteral("-0"),
                                      QStringLiteral("17")};
    QCOMPARE(r.value.keys(), expectedKeys);
    QCOMPARE(r.value[u"0"].toString(), QStringLiteral("a"));
    QCOMPARE(r.value[u"1"].toString(), QStringLiteral("float one"));
    QCOMPARE(r.value[u"6"].toString(), QStringLiteral("c"));
    QCOMPARE(r.value[u"7"].toString(), QStringLiteral("seven"));
    QCOMPARE(r.value[u"08"].toString(), QStringLiteral("string key"));
    QCOMPARE(r.value[u"-3"].toString(), QStringLiteral("minus three"));
    QCOMPARE(r.value[u"x"].toInt(), 2);
    QCOMPARE(r.value[u""].toString(), QStringLiteral("empty"));
    QCOMPARE(r.value[u"16"].toString(), QStringLiteral("sixteen"));
    QCOMPARE(r.value[u"17"].toString(), QStringLiteral("c"));

    std::vector<bool> numeric;
    for (const PhpValue::Entry &e : r.value.entries())
        numeric.push_back(e.numericKey);
    const std::vector<bool> expectedNumeric = {true,  true,  true, true, true,  false, true,
                                               false, false, true, true, false, true};
    QVERIFY(numeric == expectedNumeric);

    // Duplicates in the real world: a hand-merged env.php with 'db' twice.
    const EnvPhpParseResult merged = parseOk(
        "<?php return ['db' => ['host' => 'old'], 'MAGE_MODE' => 'default', 'db' => ['host' => 'new']];");
    QVERIFY(merged.ok);
    QCOMPARE(merged.value.keys(), (QStringList{QStringLiteral("db"), QStringLiteral("MAGE_MODE")}));
    QCOMPARE(merged.value.at(u"db/host").toString(), QStringLiteral("new"));

    // Many duplicates in a large array stay linear and correct.
    QByteArray many = "<?php return [";
    for (int i = 0; i < 5000; ++i)
        many += "'k" + QByteArray::number(i % 1000) + "' => " + QByteArray::number(i) + ",";
    many += "];";
    const EnvPhpParseResult big = parseOk(many);
    QVERIFY(big.ok);
    QCOMPARE(int(big.value.entries().size()), 1000);
    QCOMPARE(big.value[u"k7"].toInt(), 4007);
}

void TestEnvPhpParser::listArrays()
{
    const EnvPhpParseResult r = parseOk(R"PHP(<?php return [
        'downloadable_domains' => ['example.com', 'www.example.com', 'cdn.example.com',],
        'old' => array ('a', 'b'),
        'empty' => [],
        'nested' => [[1, 2], [3]],
        'gap' => [1 => 'x', 2 => 'y'],
    ];)PHP");
    QVERIFY(r.ok);
    const PhpValue &domains = r.value[u"downloadable_domains"];
    QVERIFY(domains.isArray());
    QCOMPARE(domains.keys(), (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(domains.at(u"2").toString(), QStringLiteral("cdn.example.com"));
    for (const PhpValue::Entry &e : domains.entries())
        QVERIFY(e.numericKey);
    QCOMPARE(r.value.at(u"old/1").toString(), QStringLiteral("b"));
    QVERIFY(r.value[u"empty"].isArray());
    QVERIFY(r.value[u"empty"].entries().empty());
    QVERIFY(!r.value[u"empty"].toBool());
    QCOMPARE(r.value.at(u"nested/0/1").toInt(), 2);
    QCOMPARE(r.value.at(u"nested/1/0").toInt(), 3);

    QCOMPARE(domains.toJson(),
             QJsonValue(QJsonArray{QStringLiteral("example.com"), QStringLiteral("www.example.com"),
                                   QStringLiteral("cdn.example.com")}));
    QCOMPARE(r.value[u"empty"].toJson(), QJsonValue(QJsonArray()));
    QCOMPARE(r.value[u"gap"].toJson(), QJsonValue(QJsonObject{{QStringLiteral("1"), QStringLiteral("x")},
                                                              {QStringLiteral("2"), QStringLiteral("y")}}));
}

void TestEnvPhpParser::commentsAndLayout_data()
{
    QTest::addColumn<QByteArray>("source");

    QTest::newRow("comments everywhere") << QByteArray(R"PHP(<?php // after the tag
/* before return */ return /* between */ [ // after [
    # hash comment
    'db' /* before => */ => /* after => */ [
        'host' // before the comma
        => 'h', /* after the comma */
        #[Attribute] treated as a comment
    ], // trailing
    /* last */
] /* before ; */ ; // after ;
/* at the end */
)PHP");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF<?php return ['db' => ['host' => 'h']];");
    QTest::newRow("declare") << QByteArray(
        "<?php\ndeclare(strict_types=1);\nreturn ['db' => ['host' => 'h']];\n");
    QTest::newRow("declare twice, spaced")
        << QByteArray("<?php declare ( strict_types = 1 ) ; declare(ticks=1);return['db'=>['host'=>'h']];");
    QTest::newRow("closing tag") << QByteArray("<?php return ['db' => ['host' => 'h']];\n?>\n");
    QTest::newRow("closing tag without ;") << QByteArray("<?php return ['db' => ['host' => 'h']] ?>");
    QTest::newRow("comment ended by ?>")
        << QByteArray("<?php return ['db' => ['host' => 'h']]; // bye ?>\n\n");
    QTest::newRow("CRLF") << QByteArray(
        "<?php\r\nreturn [\r\n    'db' => [\r\n        'host' => 'h',\r\n    ],\r\n];\r\n");
    QTest::newRow("tabs") << QByteArray("<?php\nreturn [\n\t'db' => [\n\t\t'host' => 'h'\n\t]\n];");
    QTest::newRow("no whitespace") << QByteArray("<?php return['db'=>['host'=>'h',],];");
    QTest::newRow("<?PHP and trailing blank lines")
        << QByteArray("<?PHP\nreturn ['db' => ['host' => 'h']];\n\n\n   \n");
    QTest::newRow("leading blank line") << QByteArray("\n<?php\nreturn ['db' => ['host' => 'h']];");
    QTest::newRow("trailing commas long")
        << QByteArray("<?php return array('db' => array('host' => 'h',),);");
    QTest::newRow("\\TRUE and NULL") << QByteArray(
        "<?php return ['db' => ['host' => 'h', 'a' => \\TRUE, 'b' => NULL]];");
}

void TestEnvPhpParser::commentsAndLayout()
{
    QFETCH(QByteArray, source);
    const EnvPhpParseResult r = parseOk(source);
    QVERIFY(r.ok);
    QCOMPARE(r.value.at(u"db/host").toString(), QStringLiteral("h"));
    QCOMPARE(r.value.keys(), QStringList{QStringLiteral("db")});
}

void TestEnvPhpParser::errors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const QByteArray &source, int line, int column, const char *message) {
        QTest::newRow(name) << source << line << column << QString::fromUtf8(message);
    };
    row("empty file", "", 1, 1, "the file is empty");
    row("only whitespace", "  \n\n", 1, 1, "the file is empty");
    row("only a BOM", "\xEF\xBB\xBF", 1, 1, "the file is empty");
    row("just <?php", "<?php", 1, 6, "the file ends before 'return'");
    row("just <?php and a newline", "<?php\n", 2, 1, "the file ends before 'return'");
    row("not PHP", "hello world", 1, 1, "the file does not start with <?php");
    row("XML", "<?xml version=\"1.0\"?>\n<config/>", 1, 1, "the file does not start with <?php");
    row("short open tag", "<? return [];", 1, 1, "the file does not start with <?php");
    row("<?phpreturn", "<?phpreturn [];", 1, 1, "the file does not start with <?php");
    row("missing return", "<?php\n$config = [];\n", 2, 1,
        "expected 'return' followed by an array but found '$'");
    row("return nothing", "<?php\nreturn;\n", 2, 7, "expected an array after 'return' but found ';'");
    row("return a call", "<?php\nreturn array_merge([], []);\n", 2, 8,
        "expected an array after 'return' but found 'array_merge'");
    row("return at end", "<?php return", 1, 13, "the file ends after 'return' without an array");
    row("truncated in a string", "<?php\nreturn [\n    'db' => 'loc", 3, 17,
        "the file ends in the middle of a string");
    row("truncated in a key", "<?php\nreturn [\n    'db' => [\n        'ho", 4, 12,
        "the file ends in the middle of a string");
    row("truncated in an array", "<?php\nreturn [\n    'db' => [\n        'host' => 'localhost',\n", 5, 1,
        "the file ends in the middle of an array");
    row("truncated after =>", "<?php\nreturn ['a' =>", 2, 15, "the file ends in the middle of an array");
    row("truncated in a dynamic value", "<?php\nreturn ['a' => getenv('X'", 2, 26,
        "the file ends in the middle of an array");
    row("truncated in a dq string", "<?php return [\"abc\\", 1, 20,
        "the file ends in the middle of a string");
    row("truncated in a comment", "<?php\n/* hi\nreturn [];", 3, 11,
        "the file ends in the middle of a /* */ comment");
    row("truncated after array", "<?php\nreturn array (\n  'a' => 1,\n  'b' =>", 4, 9,
        "the file ends in the middle of an array");
    row("truncated in declare", "<?php declare(strict_types=", 1, 28,
        "the file ends in the middle of a declare");
    row("missing ;", "<?php\nreturn []\n", 3, 1,
        "the file ends without the ';' after the configuration array");
    row("missing comma", "<?php\nreturn [\n    'a' => 1\n    'b' => 2,\n];\n", 4, 5,
        "expected ',' or ']' after a value but found the string 'b'");
    row("missing comma long syntax", "<?php\nreturn array (\n  'a' => 'x'\n  'b' => 'y',\n);", 4, 3,
        "expected ',' or ')' after a value but found the string 'b'");
    row("missing comma after a dynamic value", "<?php\nreturn [\n    'a' => getenv('A')\n    'b' => 2,\n];\n",
        4, 5, "expected ',' or ']' after a value but found the string 'b'");
    row("missing comma after a constant", "<?php return ['a' => BP 'b' => 2];", 1, 25,
        "expected ',' or ']' after a value but found the string 'b'");
    row("missing comma after an array", "<?php return ['a' => [1] 'b' => 2];", 1, 26,
        "expected ',' or ']' after a value but found the string 'b'");
    row("missing comma before a word", "<?php return ['a' => 'x' foo];", 1, 26,
        "expected ',' or ']' after a value but found 'foo'");
    row("column counts characters", "<?php\n// Käse\nreturn [\n    'näme' => 'x' 'y',\n];", 4, 19,
        "expected ',' or ']' after a value but found the string 'y'");
    row("unclosed inner array", "<?php\nreturn [\n    'a' => [1, 2,\n];\n", 4, 2,
        "expected ',' or ']' after a value but found ';'");
    row("wrong closing bracket", "<?php\nreturn array('a' => [1, 2));", 2, 26,
        "expected ',' or ']' after a value but found ')'");
    row("mismatched bracket in expression", "<?php return ['a' => foo(1];", 1, 27,
        "expected ')' but found ']'");
    row("extra closing bracket", "<?php return ['a' => 1]];", 1, 24,
        "expected ';' after the configuration array but found ']'");
    row("double comma", "<?php return [1,,2];", 1, 17, "expected a value but found ','");
    row("leading comma", "<?php return [,];", 1, 15, "expected a value but found ','");
    row("=> without key", "<?php return [=> 1];", 1, 15, "expected a value but found '=>'");
    row("key => key => value", "<?php return ['a' => 'b' => 'c'];", 1, 26,
        "expected ',' or ']' after a value but found '=>'");
    row("array without (", "<?php return ['a' => array 'x'];", 1, 28, "expected '(' after 'array'");
    row("array key", "<?php return [[1] => 2];", 1, 15, "an array cannot be used as an array key");
    row("invalid octal", "<?php return ['a' => 0779];", 1, 22, "'0779' is not a valid number");
    row("number then letters", "<?php return ['a' => 12abc];", 1, 22, "'12abc' is not a valid number");
    row("bad hex", "<?php return ['a' => 0xZZ];", 1, 22, "'0xZZ' is not a valid number");
    row("dangling underscore", "<?php return ['a' => 1_];", 1, 22, "'1_' is not a valid number");
    row("bad exponent", "<?php return ['a' => 1e];", 1, 22, "'1e' is not a valid number");
    row("invalid \\u{}", "<?php return ['a' => \"\\u{110000}\"];", 1, 23, "not a valid Unicode code point");
    row("empty \\u{}", "<?php return ['a' => \"\\u{}\"];", 1, 23, "not a valid Unicode code point");
    row("NUL bytes", QByteArray("<?php\nreturn ['a' => '\0\0\0'];", 28), 2, 17,
        "the file contains binary data (a NUL byte)");
    row("binary garbage",
        QByteArray("\x7f"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                   16),
        1, 8, "the file contains binary data (a NUL byte)");
    row("control character in a value", "<?php return ['a' => \x01];", 1, 22,
        "found a control character (U+0001) in the middle of a value");
    row("garbage after ;", "<?php\nreturn [];\nfoo();\n", 3, 1,
        "unexpected 'foo' after the end of the return statement");
    row("second return", "<?php return []; return [];", 1, 18, "unexpected 'return' after the end");
    row("text after ?>", "<?php return []; ?>\n<html>", 2, 1, "there is text after the closing ?> tag");
    row("declare without ;", "<?php declare(strict_types=1) return [];", 1, 31,
        "expected ';' after the declare statement but found 'return'");
    row("nesting 257 deep", "<?php return " + QByteArray(257, '[') + QByteArray(257, ']') + ";", 1, 270,
        "the arrays are nested more than 256 levels deep");
    row("nesting 100000 deep", "<?php return " + QByteArray(100000, '['), 1, 270,
        "the arrays are nested more than 256 levels deep");
    row("nesting 100000 deep, long syntax", "<?php return " + QByteArray("array(").repeated(100000), 1, 1550,
        "the arrays are nested more than 256 levels deep");
}

void TestEnvPhpParser::errors()
{
    QFETCH(QByteArray, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const EnvPhpParseResult r = EnvPhpParser::parse(source);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1String("line")), qPrintable(r.error));
    QCOMPARE(r.line, line);
    QCOMPARE(r.column, column);
}

void TestEnvPhpParser::truncatedEverywhere_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("2.1") << QByteArray(env21);
    QTest::newRow("2.2") << QByteArray(env22);
    QTest::newRow("2.3") << QByteArray(env23);
    QTest::newRow("2.4") << QByteArray(env24);
    QTest::newRow("edited") << QByteArray(envHandEdited);
}

// Cut each file at every byte after the opening bracket: each cut must fail, at the end of the
// cut file.
void TestEnvPhpParser::truncatedEverywhere()
{
    QFETCH(QByteArray, source);
    QVERIFY(parseOk(source).ok);
    const qsizetype returnPos = source.indexOf("return");
    qsizetype open = returnPos + 6;
    while (source.at(open) != '[' && source.at(open) != '(')
        ++open;
    ++open;
    const qsizetype end = source.lastIndexOf(';'); // the statement's ';'
    for (qsizetype n = open; n <= end; ++n) {
        const QByteArray cut = source.left(n);
        const EnvPhpParseResult r = EnvPhpParser::parse(cut);
        int line = 0;
        int column = 0;
        endOf(cut, &line, &column);
        QVERIFY2(!r.ok, cut.right(40).constData());
        QVERIFY2(r.line == line && r.column == column,
                 qPrintable(QStringLiteral("cut at %1: %2 at %3:%4, expected %5:%6")
                                .arg(n)
                                .arg(r.error)
                                .arg(r.line)
                                .arg(r.column)
                                .arg(line)
                                .arg(column)));
        QVERIFY2(r.error.startsWith(QLatin1String("the file ends")), qPrintable(r.error));
    }
}

void TestEnvPhpParser::randomBytes()
{
    QRandomGenerator rng(20240403);
    const QList<QByteArray> prefixes = {QByteArray(), "<?php ", "<?php return [",
                                        "<?php return array('a' => ", "<?php return ['a' => \""};
    const QByteArray alphabet = "[](){},'\"\\$=>-+.0123456789xeabrnu_ \n\t/#*?:;<";
    int parsed = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray s = prefixes.at(i % prefixes.size());
        const int length = int(rng.bounded(300));
        for (int k = 0; k < length; ++k) {
            if (i % 2)
                s.append(char(rng.bounded(256)));
            else
                s.append(alphabet.at(rng.bounded(alphabet.size())));
        }
        const EnvPhpParseResult r = EnvPhpParser::parse(s);
        if (r.ok) {
            ++parsed;
            (void)QJsonDocument(r.value.toJson().toObject()).toJson();
        } else {
            QVERIFY(!r.error.isEmpty());
            QVERIFY(r.line >= 1);
            QVERIFY(r.column >= 1);
        }
    }
    qInfo("%d of 4000 random inputs parsed", parsed);
}

void TestEnvPhpParser::hugeFile()
{
    const QByteArray source = fileWithHugeArray(5 * 1024 * 1024);
    QVERIFY(source.size() >= 5 * 1024 * 1024);
    const EnvPhpParseResult r = parseOk(source);
    QVERIFY(r.ok);
    const qint64 count = r.value[u"count"].toInt();
    QVERIFY(count > 20000);
    QCOMPARE(qint64(r.value[u"stores"].entries().size()), count);
    const QString last = QStringLiteral("stores/store_%1/").arg(count - 1);
    QCOMPARE(r.value.at(last + QStringLiteral("host")).toString(),
             QStringLiteral("db%1.internal").arg(count - 1));
    QCOMPARE(r.value.at(last + QStringLiteral("dyn")).sourceText(),
             QStringLiteral("getenv('HOST_%1') ?: 'x'").arg(count - 1));
    QCOMPARE(r.value.at(last + QStringLiteral("dq")).toString(), QStringLiteral("a\tb"));
}

void TestEnvPhpParser::toJson()
{
    const EnvPhpParseResult r = parseOk(R"PHP(<?php
return [
    'backend' => ['frontName' => 'admin'],
    'db' => ['connection' => ['default' => [
        'host' => getenv('DB_HOST') ?: 'localhost',
        'port' => 3306,
        'active' => '1',
        'ratio' => 0.5,
        'persistent' => null,
        'ssl' => false,
    ]]],
    'downloadable_domains' => ['example.com', 'shop.example.com'],
    'cache_types' => [],
    'gaps' => [1 => 'a', 0 => 'b'],
];
)PHP");
    QVERIFY(r.ok);
    const QJsonDocument expected = QJsonDocument::fromJson(R"JSON({
        "backend": {"frontName": "admin"},
        "db": {"connection": {"default": {
            "host": {"dynamic": "getenv('DB_HOST') ?: 'localhost'"},
            "port": 3306,
            "active": "1",
            "ratio": 0.5,
            "persistent": null,
            "ssl": false
        }}},
        "downloadable_domains": ["example.com", "shop.example.com"],
        "cache_types": [],
        "gaps": {"1": "a", "0": "b"}
    })JSON");
    QVERIFY(expected.isObject());
    const QJsonValue json = r.value.toJson();
    QVERIFY(json.isObject());
    QCOMPARE(json.toObject(), expected.object());
    QCOMPARE(r.value.at(u"db/connection/default/port").toJson(), QJsonValue(qint64(3306)));

    // Every era's file converts.
    for (const char *file : {env21, env22, env23, env24, envHandEdited}) {
        const EnvPhpParseResult e = parseOk(file);
        QVERIFY(e.ok);
        QVERIFY(e.value.toJson().isObject());
    }
    QCOMPARE(PhpValue().toJson(), QJsonValue(QJsonValue::Null));
    QCOMPARE(PhpValue::fromBool(true).toJson(), QJsonValue(true));
    QCOMPARE(PhpValue::fromString(QStringLiteral("x")).toJson(), QJsonValue(QStringLiteral("x")));
}

void TestEnvPhpParser::equality()
{
    // The same configuration in var_export style and in short syntax with comments.
    const EnvPhpParseResult a = parseOk(
        "<?php\nreturn array (\n  'db' => \n  array (\n    'host' => 'h',\n    'port' => 3306,\n  ),\n  "
        "'list' => \n  array (\n    0 => 'x',\n    1 => 'y',\n  ),\n);\n");
    const EnvPhpParseResult b =
        parseOk("<?php return [ /* db */ 'db' => ['host' => \"h\", 'port' => 0xCEA], 'list' => ['x', 'y']];");
    QVERIFY(a.ok);
    QVERIFY(b.ok);
    QCOMPARE(a.syntax, ArraySyntax::Long);
    QCOMPARE(b.syntax, ArraySyntax::Short);
    QVERIFY(a.value == b.value);
    QCOMPARE(a.value.toJson(), b.value.toJson());

    const EnvPhpParseResult c =
        parseOk("<?php return ['db' => ['host' => 'h', 'port' => '3306'], 'list' => ['x', 'y']];");
    QVERIFY(c.ok);
    QVERIFY(!(a.value == c.value)); // '3306' is not 3306
    const EnvPhpParseResult d =
        parseOk("<?php return ['list' => ['x', 'y'], 'db' => ['host' => 'h', 'port' => 3306]];");
    QVERIFY(d.ok);
    QVERIFY(!(a.value == d.value)); // order matters

    QVERIFY(PhpValue() == PhpValue());
    QVERIFY(!(PhpValue() == PhpValue::fromBool(false)));
    QVERIFY(PhpValue::fromInt(1) == PhpValue::fromInt(1));
    QVERIFY(!(PhpValue::fromInt(1) == PhpValue::fromDouble(1.0)));
    QVERIFY(PhpValue::dynamic(QStringLiteral("BP")) == PhpValue::dynamic(QStringLiteral("BP")));
    QVERIFY(!(PhpValue::dynamic(QStringLiteral("BP")) == PhpValue::fromString(QStringLiteral("BP"))));
    QVERIFY(PhpValue::array() == PhpValue::array());
    QVERIFY(!(PhpValue::array() == PhpValue()));
}

void TestEnvPhpParser::phpValueConversions()
{
    auto str = [](double d) { return PhpValue::fromDouble(d).toString(); };
    QCOMPARE(str(1.0), QStringLiteral("1"));
    QCOMPARE(str(0.1), QStringLiteral("0.1"));
    QCOMPARE(str(0.1 + 0.2), QStringLiteral("0.3"));
    QCOMPARE(str(-1.5), QStringLiteral("-1.5"));
    QCOMPARE(str(100000.0), QStringLiteral("100000"));
    QCOMPARE(str(1e13), QStringLiteral("10000000000000"));
    QCOMPARE(str(1e14), QStringLiteral("1.0E+14"));
    QCOMPARE(str(1e25), QStringLiteral("1.0E+25"));
    QCOMPARE(str(1.5e-7), QStringLiteral("1.5E-7"));
    QCOMPARE(str(0.0001), QStringLiteral("0.0001"));
    QCOMPARE(str(0.00001), QStringLiteral("1.0E-5"));
    QCOMPARE(str(123456789012345678.0), QStringLiteral("1.2345678901235E+17"));
    QCOMPARE(str(std::numeric_limits<double>::infinity()), QStringLiteral("INF"));
    QCOMPARE(str(-std::numeric_limits<double>::infinity()), QStringLiteral("-INF"));
    QCOMPARE(str(std::nan("")), QStringLiteral("NAN"));

    QCOMPARE(PhpValue().toString(), QString());
    QCOMPARE(PhpValue::fromBool(true).toString(), QStringLiteral("1"));
    QCOMPARE(PhpValue::fromBool(false).toString(), QString());
    QCOMPARE(PhpValue::fromInt(-42).toString(), QStringLiteral("-42"));
    QCOMPARE(PhpValue::array().toString(), QString());

    auto toInt = [](const char *s) { return PhpValue::fromString(QString::fromUtf8(s)).toInt(); };
    QCOMPARE(toInt("42"), 42);
    QCOMPARE(toInt(" 12abc"), 12);
    QCOMPARE(toInt("-5"), -5);
    QCOMPARE(toInt("1e3"), 1000);
    QCOMPARE(toInt("2.9"), 2);
    QCOMPARE(toInt("abc"), 0);
    QCOMPARE(toInt("0x1A"), 0);
    QCOMPARE(toInt(""), 0);
    QCOMPARE(toInt("99999999999999999999"), std::numeric_limits<qint64>::max());
    QCOMPARE(PhpValue::fromString(QStringLiteral("2.5")).toDouble(), 2.5);
    QCOMPARE(PhpValue::fromString(QStringLiteral(".5x")).toDouble(), 0.5);
    QCOMPARE(PhpValue::fromString(QStringLiteral("1e999")).toDouble(),
             std::numeric_limits<double>::infinity());
    QCOMPARE(PhpValue::fromString(QStringLiteral("1e9223372036854775807")).toDouble(),
             std::numeric_limits<double>::infinity());
    QCOMPARE(PhpValue::fromString(QStringLiteral("1e9223372036854775807")).toInt(),
             std::numeric_limits<qint64>::max());
    QCOMPARE(PhpValue::fromString(QStringLiteral("-1e-99999999999999999999")).toDouble(), 0.0);
    QCOMPARE(PhpValue::fromDouble(2.9).toInt(), 2);
    QCOMPARE(PhpValue::fromDouble(-2.9).toInt(), -2);
    QCOMPARE(PhpValue::fromDouble(std::nan("")).toInt(), 0);
    QCOMPARE(PhpValue::fromDouble(1e30).toInt(), Q_INT64_C(5076964154930102272)); // PHP wraps
    QCOMPARE(PhpValue::fromDouble(-1e19).toInt(), Q_INT64_C(8446744073709551616));
    QCOMPARE(PhpValue::fromDouble(std::numeric_limits<double>::infinity()).toInt(), 0);
    QCOMPARE(PhpValue::fromBool(true).toInt(), 1);
    QCOMPARE(PhpValue::dynamic(QStringLiteral("getenv('X')")).toInt(), 0);

    QVERIFY(!PhpValue::fromString(QStringLiteral("0")).toBool());
    QVERIFY(!PhpValue::fromString(QString()).toBool());
    QVERIFY(PhpValue::fromString(QStringLiteral("0.0")).toBool());
    QVERIFY(PhpValue::fromString(QStringLiteral("false")).toBool());
    QVERIFY(!PhpValue::fromInt(0).toBool());
    QVERIFY(PhpValue::fromDouble(0.1).toBool());
    QVERIFY(!PhpValue().toBool());
    QVERIFY(!PhpValue::dynamic(QStringLiteral("true")).toBool());

    QVERIFY(PhpValue::fromInt(1).isScalar());
    QVERIFY(PhpValue::fromString(QString()).isScalar());
    QVERIFY(!PhpValue().isScalar());
    QVERIFY(!PhpValue::array().isScalar());
    QVERIFY(!PhpValue::dynamic(QStringLiteral("BP")).isScalar());
}

void TestEnvPhpParser::phpValueBuilding()
{
    PhpValue a = PhpValue::array();
    a.append(PhpValue::fromString(QStringLiteral("zero")));
    a.insert(QStringLiteral("10"), false, PhpValue::fromInt(10)); // a canonical integer string
    a.append(PhpValue::fromString(QStringLiteral("eleven")));
    a.insert(QStringLiteral("name"), false, PhpValue::fromString(QStringLiteral("x")));
    a.insert(QStringLiteral("name"), false, PhpValue::fromString(QStringLiteral("y")));
    QCOMPARE(a.keys(), (QStringList{QStringLiteral("0"), QStringLiteral("10"), QStringLiteral("11"),
                                    QStringLiteral("name")}));
    QCOMPARE(a[u"name"].toString(), QStringLiteral("y"));
    QVERIFY(a.contains(u"11"));
    QVERIFY(!a.contains(u"12"));
    QVERIFY(a[u"missing"].isNull());
    QVERIFY(a.at(u"name/deeper").isNull());
    QVERIFY(PhpValue::fromInt(3)[u"x"].isNull());
    QVERIFY(!PhpValue::fromInt(3).contains(u"x"));
    QCOMPARE(&a.at(u""), &a);

    PhpValue nested = PhpValue::array();
    nested.insert(QStringLiteral("inner"), false, a);
    QCOMPARE(nested.at(u"inner/10").toInt(), 10);
    QCOMPARE(nested.at(u"/inner//10/").toInt(), 10);

    // Large arrays switch to a hash index; lookups and overwrites keep working.
    PhpValue big = PhpValue::array();
    for (int i = 0; i < 100; ++i)
        big.insert(QStringLiteral("k%1").arg(i), false, PhpValue::fromInt(i));
    big.insert(QStringLiteral("k5"), false, PhpValue::fromInt(-5));
    QCOMPARE(big.entries().size(), std::size_t(100));
    QCOMPARE(big[u"k5"].toInt(), -5);
    QCOMPARE(big[u"k99"].toInt(), 99);
    QVERIFY(!big.contains(u"k100"));
    PhpValue copy = big;
    QVERIFY(copy == big);
    copy.insert(QStringLiteral("k100"), false, PhpValue());
    QVERIFY(copy.contains(u"k100"));
    QVERIFY(!big.contains(u"k100"));
}

QTEST_GUILESS_MAIN(TestEnvPhpParser)
#include "tst_envphpparser.moc"
