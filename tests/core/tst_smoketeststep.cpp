// SmokeTestStep without a web server: when the storefront check runs, what the plan says about each
// look, the address as messages name it (never with its password), the text read from a page, and
// the one-line summary of the three looks. The looks themselves, against a storefront of the
// test's own: tst_storefront.
#include "core/steps/smoketeststep.h"
#include "tests/support/stepfixture.h"

#include <QtTest>

using namespace mua;
using mua::test::StepFixture;

namespace {

StorefrontSample sample(int status, qint64 ttfbMs)
{
    StorefrontSample s;
    s.status = status;
    s.ttfbMs = ttfbMs;
    return s;
}

} // namespace

class TestSmokeTestStep : public QObject
{
    Q_OBJECT

private slots:
    void displayUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "https://shop.example/"
                               << "https://shop.example/";
        QTest::newRow("a password") << "https://admin:s3cret@shop.example/de/"
                                    << "https://admin@shop.example/de/";
        QTest::newRow("blanks around") << "  http://shop.example:8080/  "
                                       << "http://shop.example:8080/";
        QTest::newRow("not an address") << "http://exa mple/%zz"
                                        << "http://exa mple/%zz";
    }

    void displayUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(SmokeTestStep::displayUrl(url), shown);
    }

    void firstLine_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("line");
        QTest::newRow("a heading") << QByteArray("<html><head><title>Home page</title></head><body>x</body>")
                                   << "Home page";
        QTest::newRow("scripts and styles are no text")
            << QByteArray("<script>var a = '<b>no</b>';</script><style>p{}</style>\n<p>Welcome</p>")
            << "Welcome";
        QTest::newRow("inline tags join words")
            << QByteArray("<p><b>Service</b> <i>Temporarily</i> Unavailable</p>")
            << "Service Temporarily Unavailable";
        QTest::newRow("entities") << QByteArray(
                                         "<h1>Tom &amp; Jerry&nbsp;&lt;3 &quot;shop&quot; &#039;s</h1>")
                                  << "Tom & Jerry <3 \"shop\" 's";
        QTest::newRow("blank lines") << QByteArray("\n\n   \n<div>  spaced   out  </div>") << "spaced out";
        QTest::newRow("nothing") << QByteArray("<html><body></body></html>") << "";
        QTest::newRow("clipped") << QByteArray(300, 'a') << QString(159, QLatin1Char('a')) + QChar(0x2026);
    }

    void firstLine()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, line);
        QCOMPARE(SmokeTestStep::firstLine(body), line);
    }

    // The line with error text, clipped, whatever markup PHP put around it.
    void errorText()
    {
        const QByteArray php = "<html><body><p>Shop</p><br />\n<b>Fatal error</b>:  Uncaught Error: Call to "
                               "undefined function foo() in /srv/shop/app/code/A/B.php:12</body></html>";
        const QString found = SmokeTestStep::findErrorText(php);
        QVERIFY2(found.startsWith(QLatin1String("Fatal error: Uncaught Error")), qPrintable(found));
        QVERIFY(SmokeTestStep::findErrorText("<p>All is well: 0 errors on line 3</p>").isEmpty());
        const QString longLine =
            SmokeTestStep::findErrorText("<p>Fatal error: " + QByteArray(500, 'x') + "</p>");
        QCOMPARE(longLine.size(), 200);
        QVERIFY(longLine.endsWith(QChar(0x2026)));
    }

    void summary()
    {
        StorefrontRecord r;
        const QString none = SmokeTestStep::summary(r);
        r.before = sample(200, 35);
        r.during = sample(503, -1);
        r.after = sample(0, -1);
        const QString all = SmokeTestStep::summary(r);
        QVERIFY2(all.contains(QLatin1String("200 (35 ms)")) && all.contains(QLatin1String("503")),
                 qPrintable(all));
        QVERIFY(all != none);
        // Nothing answered after, said apart from not asked.
        StorefrontRecord notAfter = r;
        notAfter.after.reset();
        QVERIFY(SmokeTestStep::summary(notAfter) != all);
    }

    void applies()
    {
        StepFixture f;
        const Applicability none = SmokeTestStep().applies(f.context());
        QVERIFY(!none.applies);
        QCOMPARE(none.reason, Wording::current().notChosen(Setting::Url));
        f.options.url = QStringLiteral("https://shop.example/");
        QVERIFY(SmokeTestStep().applies(f.context()).applies);
        f.store.maintenance = true;
        const Applicability closed = SmokeTestStep().applies(f.context());
        QVERIFY(!closed.applies);
        QVERIFY(closed.reason != none.reason);
    }

    // Without an address there is nothing to say or to look at; with one, each look names it
    // without its password.
    void previews()
    {
        StepFixture f;
        QCOMPARE(SmokeTestStep::beforePreview(f.context()), QString());
        QCOMPARE(SmokeTestStep::duringPreview(f.context()), QString());
        StepContext ctx = f.context();
        QString before, during;
        QVERIFY(SmokeTestStep::checkBefore(ctx, &before));
        QVERIFY(SmokeTestStep::checkDuring(ctx, &during));
        QCOMPARE(before, QString());
        QCOMPARE(during, QString());
        QVERIFY(!f.record.storefront.before && !f.record.storefront.during);

        f.options.url = QStringLiteral("https://admin:s3cret@shop.example/");
        const QString shown = SmokeTestStep::displayUrl(f.options.url);
        const QStringList said{SmokeTestStep::beforePreview(f.context()),
                               SmokeTestStep::duringPreview(f.context()),
                               SmokeTestStep().preview(f.context()).summary};
        for (const QString &s : said) {
            QVERIFY2(s.contains(shown), qPrintable(s));
            QVERIFY2(!s.contains(QLatin1String("s3cret")), qPrintable(s));
        }
        QVERIFY(said.at(0).contains(QLatin1String("200")));
        QVERIFY(said.at(1).contains(QLatin1String("503")));
    }
};

QTEST_GUILESS_MAIN(TestSmokeTestStep)
#include "tst_smoketeststep.moc"
