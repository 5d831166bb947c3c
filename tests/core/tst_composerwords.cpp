// ComposerWords: what the resolve check quotes of Composer's output where no log is at hand (the
// wizard's review page). The output is as Debian's composer 2.5.5 prints it (Symfony Console 5.4 for
// the error block and the synopsis after it).
#include "core/move/composerwords.h"

#include <QtTest>

using namespace mua;

namespace {

// How Symfony Console frames an exception Composer does not handle itself (Application::
// doRenderThrowable): a header, a line of spaces, each message line with two spaces on each side and
// padded to the width of the longest, the line of spaces again, a blank line, then the synopsis of
// the command that failed.
QStringList errorBlock(const QStringList &message, const QString &synopsis)
{
    qsizetype width = 0;
    for (const QString &line : message)
        width = std::max(width, line.size());
    const QString frame(width + 4, QLatin1Char(' '));
    QStringList out{QString(), QStringLiteral("In JsonFile.php line 347:"), frame};
    for (const QString &line : message)
        out << QStringLiteral("  ") + line.leftJustified(width) + QStringLiteral("  ");
    out << frame << QString() << synopsis << QString();
    return out;
}

const QString UpdateSynopsis = QStringLiteral(
    "update [--with WITH] [--prefer-source] [--prefer-dist] [--prefer-install PREFER-INSTALL] [--dry-run] "
    "[--dev] [--no-dev] [--lock] [--no-install] [--no-audit] [--] [<packages>...]");

const QStringList Progress{
    QStringLiteral("Composer is operating significantly slower than normal because you do not have the "
                   "PHP curl extension enabled."),
    QStringLiteral("Loading composer repositories with package information"),
    QStringLiteral("Updating dependencies"),
    QStringLiteral("Lock file operations: 0 installs, 3 updates, 0 removals"),
    QStringLiteral("  - Upgrading magento/framework (103.0.7 => 103.0.8)"),
    QStringLiteral("Writing lock file")};

} // namespace

class TestComposerWords : public QObject
{
    Q_OBJECT

private slots:
    void lastWords_data()
    {
        QTest::addColumn<QStringList>("output");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("words");

        QTest::newRow("an error block: its first lines, not the synopsis")
            << Progress.mid(0, 2) +
                   errorBlock({QStringLiteral("\"/tmp/repo/bad/composer.json\" does not contain valid JSON"),
                               QStringLiteral("Parse error on line 1:"),
                               QStringLiteral("...version\": \"1.0.0\","),
                               QStringLiteral("---------------------^"),
                               QStringLiteral("Expected: 'STRING' - It appears you have an extra trailing "
                                              "comma")},
                              UpdateSynopsis)
            << QStringList()
            << QStringLiteral("\"/tmp/repo/bad/composer.json\" does not contain valid JSON / Parse error on "
                              "line 1: / ...version\": \"1.0.0\",");
        QTest::newRow("no block: the last lines that are no progress")
            << Progress + QStringList{QStringLiteral("The checksum of acme/module-legacy does not match."),
                                      QString(), UpdateSynopsis}
            << QStringList() << QStringLiteral("The checksum of acme/module-legacy does not match.");
        QTest::newRow("at most three lines, the last ones")
            << QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                           QStringLiteral("four")}
            << QStringList() << QStringLiteral("two / three / four");
        QTest::newRow("progress only") << Progress << QStringList() << QString();
        QTest::newRow("nothing") << QStringList() << QStringList() << QString();
        QTest::newRow("colours and other escapes go")
            << QStringList{QStringLiteral("\x1b[37;41mSomething broke\x1b[39;49m\x1b]0;title\x07")}
            << QStringList() << QStringLiteral("Something broke\\e]0;title\\a");

        // Credentials never come out, whatever Composer printed.
        QTest::newRow("auth.json's values wherever they are")
            << QStringList{QStringLiteral("Tried 8c681734f22763b50ea0c29dff9e7af2 with "
                                          "e5b7ad3c4f8a6b2d9e0f1a2b3c4d5e6f at repo.magento.com")}
            << QStringList{QStringLiteral("8c681734f22763b50ea0c29dff9e7af2"),
                           QStringLiteral("e5b7ad3c4f8a6b2d9e0f1a2b3c4d5e6f")}
            << QStringLiteral("Tried ******** with ******** at repo.magento.com");
        QTest::newRow("a short auth.json value as a word")
            << QStringList{QStringLiteral("shop logged in as shop")} << QStringList{QStringLiteral("shop")}
            << QStringLiteral("******** logged in as ********");
        QTest::newRow("a URL's user:password@")
            << QStringList{QStringLiteral("The \"https://user:hunter2@repo.example.com/packages.json\" file "
                                          "could not be downloaded (HTTP/2 401 )")}
            << QStringList()
            << QStringLiteral("The \"https://user:********@repo.example.com/packages.json\" file could not "
                              "be downloaded (HTTP/2 401 )");
        QTest::newRow("http-basic in JSON")
            << QStringList{QStringLiteral("{\"http-basic\": {\"repo.magento.com\": {\"username\": \"pub\", "
                                          "\"password\": \"priv\"}}}")}
            << QStringList()
            << QStringLiteral("{\"http-basic\": {\"repo.magento.com\": {\"username\": \"********\", "
                              "\"password\": \"********\"}}}");
        QTest::newRow("a key written as config")
            << QStringList{QStringLiteral("http-basic.repo.magento.com.password=priv1234 github-oauth.github."
                                          "com: ghp_abcdefgh1234")}
            << QStringList()
            << QStringLiteral(
                   "http-basic.repo.magento.com.password=******** github-oauth.github.com: ********");
        QTest::newRow("an Authorization header")
            << QStringList{QStringLiteral("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc")} << QStringList()
            << QStringLiteral("Authorization: Bearer ********");
    }

    void lastWords()
    {
        QFETCH(QStringList, output);
        QFETCH(QStringList, secrets);
        QFETCH(QString, words);
        QCOMPARE(ComposerWords::lastWords(output, secrets), words);
    }

    // A long line is cut at the limit; more lines stop before it.
    void atMostSoManyCharacters()
    {
        const QString line(500, QLatin1Char('x'));
        const QString cut = ComposerWords::lastWords({line});
        QCOMPARE(cut.size(), 300);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        const QString twoFit = ComposerWords::lastWords(
            {QString(100, QLatin1Char('a')), QString(100, QLatin1Char('b')), QString(200, QLatin1Char('c'))});
        QCOMPARE(twoFit,
                 QString(100, QLatin1Char('a')) + QStringLiteral(" / ") + QString(100, QLatin1Char('b')));
    }

    void authSecrets()
    {
        const QByteArray auth = R"({
            "http-basic": {"repo.magento.com": {"username": "8c68173", "password": "e5b7ad3"}},
            "github-oauth": {"github.com": "ghp_token"},
            "bearer": {"repo.example.com": "bearer-key"},
            "gitlab-token": {"gitlab.com": {"username": "me", "token": "glpat-x"}}
        })";
        QStringList secrets = ComposerWords::authSecrets(auth);
        secrets.sort();
        QCOMPARE(secrets, (QStringList{QStringLiteral("8c68173"), QStringLiteral("bearer-key"),
                                       QStringLiteral("e5b7ad3"), QStringLiteral("ghp_token"),
                                       QStringLiteral("glpat-x"), QStringLiteral("me")}));
        QVERIFY(ComposerWords::authSecrets("not json").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComposerWords)
#include "tst_composerwords.moc"
