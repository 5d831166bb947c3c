// shellQuote: the one way the engine quotes a word for a shell (commands shown to people, ssh's
// remote command lines, ddev's bash -c). Hostile words reach every shell the store's commands may
// meet as the very word they were, and plain words stay readable.
#include "core/runners/runner.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace mua;

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void plainWordsStayPlain()
    {
        for (const char *word :
             {"setup:upgrade", "--no-ansi", "/var/www/shop", "a=b", "user@host:22", "50%", "a,b+c", "php8.3"})
            QCOMPARE(shellQuote(QString::fromLatin1(word)), QString::fromLatin1(word));
        QCOMPARE(
            CommandSpec({QStringLiteral("php"), {QStringLiteral("bin/magento"), QStringLiteral("a b")}, {}})
                .display(),
            QStringLiteral("php bin/magento 'a b'"));
    }

    void hostileWordsAreQuoted_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("only quotes") << QStringLiteral("''") << QStringLiteral("''\\'''\\'''");
        QTest::newRow("double quote") << QStringLiteral("say \"hi\"") << QStringLiteral("'say \"hi\"'");
        QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
        QTest::newRow("command substitution")
            << QStringLiteral("$(rm -rf /)") << QStringLiteral("'$(rm -rf /)'");
        QTest::newRow("backquotes") << QStringLiteral("`id`") << QStringLiteral("'`id`'");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
        QTest::newRow("trailing newline") << QStringLiteral("a\n") << QStringLiteral("'a\n'");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("'a\tb'");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'a\\b'");
        QTest::newRow("glob") << QStringLiteral("*") << QStringLiteral("'*'");
        QTest::newRow("separator") << QStringLiteral("a;b&c|d") << QStringLiteral("'a;b&c|d'");
        QTest::newRow("redirect") << QStringLiteral(">x") << QStringLiteral("'>x'");
        QTest::newRow("history") << QStringLiteral("!!") << QStringLiteral("'!!'");
        QTest::newRow("comment") << QStringLiteral("#x") << QStringLiteral("'#x'");
        QTest::newRow("braces") << QStringLiteral("{a,b}") << QStringLiteral("'{a,b}'");
        // zsh expands a leading "=" to a command's path, every shell a leading "~" to a home.
        QTest::newRow("leading =") << QStringLiteral("=ls") << QStringLiteral("'=ls'");
        QTest::newRow("leading ~") << QStringLiteral("~root") << QStringLiteral("'~root'");
        QTest::newRow("non-ASCII") << QStringLiteral("Bücher") << QStringLiteral("'Bücher'");
    }

    void hostileWordsAreQuoted()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(shellQuote(word), quoted);
        QCOMPARE(CommandSpec({word, {}, {}}).display(), quoted);
    }

    // What each shell makes of the quoted word is the word, byte for byte.
    void shellsGetTheWordBack_data()
    {
        QTest::addColumn<QString>("shell");
        for (const char *shell : {"/bin/sh", "/bin/bash", "/bin/zsh"})
            QTest::newRow(shell) << QString::fromLatin1(shell);
    }

    void shellsGetTheWordBack()
    {
        QFETCH(QString, shell);
        QVERIFY2(QFileInfo(shell).isExecutable(), qPrintable(shell + QStringLiteral(" (tools/setup.sh)")));
        const QStringList words{QString(),
                                QStringLiteral("it's"),
                                QStringLiteral("''"),
                                QStringLiteral("say \"hi\""),
                                QStringLiteral("$HOME ${PATH} $(id) `id`"),
                                QStringLiteral("a\nb\n"),
                                QStringLiteral("\\'\\\""),
                                QStringLiteral("* ? [a] {a,b} ~ ~root =ls !! #x"),
                                QStringLiteral("a;b&c|d>e<f"),
                                QStringLiteral("-n"),
                                QStringLiteral("Bücher €")};
        for (const QString &word : words) {
            // printf '[%s]' WORD: the word as the shell handed it to printf.
            const QString line = QStringLiteral("printf '[%s]' ") + shellQuote(word);
            const mua::test::ProgramResult r = mua::test::run(shell, {QStringLiteral("-c"), line});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.outText(), QLatin1Char('[') + word + QLatin1Char(']'));
        }
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
