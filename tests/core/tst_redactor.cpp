// Redactor: secrets masked where they occur as values, long random ones anywhere, and the text the
// assistant prints for the user to use (paths, the next command) never garbled.
#include "core/parse/envphpparser.h"
#include "core/run/redactor.h"

#include <QtTest>

using namespace mua;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    // The issue: a database password that is a common word.
    void wordLikePasswordOnlyAsAValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        auto same = [](const char *tag, const char *text) {
            QTest::addRow("%s", tag) << QString::fromUtf8(text) << QString::fromUtf8(text);
        };
        auto masked = [](const char *tag, const char *text, const char *expected) {
            QTest::addRow("%s", tag) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        // Commands and paths: the word is no value there.
        same("bin/magento", "$ php bin/magento setup:upgrade --no-ansi --no-interaction");
        same("next command", "Next: magento-upgrade-assistant upgrade /srv/magento-shop --yes --resume");
        same("module name", "Module 'Magento_Catalog': magento/module-catalog");
        same("user name", "Access denied for user 'magento'@'localhost'");
        same("another value", "password=magento2");
        same("word inside a value", "password=my-magento");
        // Values.
        masked("key=value", "connecting with password=magento to db",
               "connecting with password=******** to db");
        masked("env.php dump", "  'password' => 'magento',", "  'password' => '********',");
        masked("json", R"({"username": "magento", "password": "magento"})",
               R"({"username": "magento", "password": "********"})");
        masked("environment", "MYSQL_PWD=magento mysqldump", "MYSQL_PWD=******** mysqldump");
        masked("long option", "mysql --password=magento --user=magento",
               "mysql --password=******** --user=magento");
        masked("long option, space", "mysql --password magento", "mysql --password ********");
        masked("short option", "mysql -umagento -pmagento magento", "mysql -umagento -p******** magento");
        masked("url", "mysql://magento:magento@db:3306/magento", "mysql://magento:********@db:3306/magento");
        masked("prose", "Access denied for user magento using password magento.",
               "Access denied for user magento using password ********.");
        masked("sql", "CREATE USER 'magento'@'%' IDENTIFIED BY 'magento';",
               "CREATE USER 'magento'@'%' IDENTIFIED BY '********';");
        masked("option file", "password=\"magento\"", "password=\"********\"");
    }
    void wordLikePasswordOnlyAsAValue()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Redactor r;
        r.addSecret(QStringLiteral("magento"));
        QCOMPARE(r.redact(text), expected);
    }

    // A crypt key (32 hex) or a generated password is masked wherever it occurs.
    void longRandomSecretsAnywhere()
    {
        const QString key = QStringLiteral("5f0c1e2d3c4b5a69788796a5b4c3d2e1");
        const QString generated = QStringLiteral("Xk9#mP2qL7");
        QVERIFY(Redactor::maskedAnywhere(key));
        QVERIFY(Redactor::maskedAnywhere(generated));
        QVERIFY(!Redactor::maskedAnywhere(QStringLiteral("magento")));
        QVERIFY(!Redactor::maskedAnywhere(QStringLiteral("shop2024")));
        QVERIFY(!Redactor::maskedAnywhere(QStringLiteral("magento-shop")));
        Redactor r;
        r.addSecret(key);
        r.addSecret(generated);
        QCOMPARE(r.redact(QStringLiteral("the key is %1, the password %2.").arg(key, generated)),
                 QStringLiteral("the key is ********, the password ********."));
        QCOMPARE(r.redact(QStringLiteral("cache id %1abc").arg(key)), QStringLiteral("cache id ********abc"));
    }

    // Text the assistant prints for the user to use comes out whole, even with a long secret in it.
    void protectedTextIsNeverGarbled()
    {
        Redactor r;
        r.addSecret(QStringLiteral("Xk9#mP2qL7"));
        r.addProtected(QStringLiteral("/srv/Xk9#mP2qL7-shop"));
        QCOMPARE(r.redact(QStringLiteral("cd /srv/Xk9#mP2qL7-shop && echo Xk9#mP2qL7")),
                 QStringLiteral("cd /srv/Xk9#mP2qL7-shop && echo ********"));
        // The program's own name and bin/magento are protected from the start.
        Redactor word;
        word.addSecret(QStringLiteral("magento-upgrade-assistant-secret-1"));
        QCOMPARE(word.redact(QStringLiteral("magento-upgrade-assistant upgrade")),
                 QStringLiteral("magento-upgrade-assistant upgrade"));
    }

    // Secrets that contain one another, and several occurrences, are masked whole and once.
    void overlappingSecrets()
    {
        Redactor r;
        r.addSecret(QStringLiteral("abcdefghijklmnop0123"));
        r.addSecret(QStringLiteral("ghijklmnop0123456789"));
        QCOMPARE(r.redact(QStringLiteral("x abcdefghijklmnop0123456789 y abcdefghijklmnop0123")),
                 QStringLiteral("x ******** y ********"));
    }

    // From env.php: the database password (a word) and the crypt key (long).
    void fromEnvPhp()
    {
        const EnvPhpParseResult env = EnvPhpParser::parse(
            "<?php return ['crypt' => ['key' => "
            "\"5f0c1e2d3c4b5a69788796a5b4c3d2e1\\nabcdefabcdefabcdefabcdefabcdef12\"],"
            " 'db' => ['connection' => ['default' => ['host' => 'localhost', 'username' => 'magento',"
            " 'password' => 'magento']]]];");
        QVERIFY(env.ok);
        const Redactor r(env.value);
        QCOMPARE(r.redact(QStringLiteral("php bin/magento setup:upgrade")),
                 QStringLiteral("php bin/magento setup:upgrade"));
        QCOMPARE(r.redact(QStringLiteral("'password' => 'magento'")),
                 QStringLiteral("'password' => '********'"));
        QCOMPARE(r.redact(QStringLiteral("key abcdefabcdefabcdefabcdefabcdef12 used")),
                 QStringLiteral("key ******** used"));
        QVERIFY(!r.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
