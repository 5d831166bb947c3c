// ComposerVersion: which Magento a store is, from the bytes of Composer's files (the fuzzer feeds
// it anything; these are the answers it must give).
#include "core/parse/composerversion.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace mua;

namespace {

// JSON written with ' for " (none of these texts holds a ').
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray corpus(const char *name)
{
    return mua::test::readFile(mua::test::sourceDir() + QStringLiteral("/fuzz/corpus-composer/") +
                               QLatin1String(name));
}

} // namespace

class TestComposerVersion : public QObject
{
    Q_OBJECT

private slots:
    void lock()
    {
        const auto r = ComposerVersion::fromLock(
            json("{'packages': [{'name': 'magento/magento2-base', 'version': '2.4.7-p1'}, {'name': "
                 "'magento/product-community-edition', 'version': '2.4.7-p1'}], 'packages-dev': []}"),
            QStringLiteral("composer.lock"));
        QCOMPARE(r.info.version, QStringLiteral("2.4.7-p1"));
        QCOMPARE(r.info.edition, QStringLiteral("Community"));
        QCOMPARE(r.info.source, QStringLiteral("composer.lock"));
        QVERIFY(r.problem.isEmpty());
    }

    // The product package wins over magento2-base; ee-base and extension-b2b say the edition.
    void editions()
    {
        auto lock = [](const QByteArray &packages) {
            return ComposerVersion::fromLock("{\"packages\": [" + packages + "]}",
                                             QStringLiteral("composer.lock"));
        };
        const auto base = lock(json("{'name': 'magento/magento2-base', 'version': '2.4.6'}"));
        QCOMPARE(base.info.version, QStringLiteral("2.4.6"));
        QCOMPARE(base.info.edition, QStringLiteral("Community"));
        const auto ee = lock(json("{'name': 'magento/magento2-base', 'version': '2.4.6'}, {'name': "
                                  "'magento/product-enterprise-edition', 'version': '2.4.7'}"));
        QCOMPARE(ee.info.version, QStringLiteral("2.4.7"));
        QCOMPARE(ee.info.edition, QStringLiteral("Enterprise"));
        const auto b2b = lock(json("{'name': 'magento/product-enterprise-edition', 'version': '2.4.7'}, "
                                   "{'name': 'magento/extension-b2b', 'version': '1.4.2'}"));
        QCOMPARE(b2b.info.edition, QStringLiteral("B2B"));
        const auto none = lock(json("{'name': 'symfony/console', 'version': 'v5.4.0'}"));
        QVERIFY(none.info.version.isEmpty() && none.info.edition.isEmpty() && none.info.source.isEmpty());
    }

    void installedBothFormats()
    {
        const auto one = ComposerVersion::fromInstalled(corpus("installed-composer1.json"),
                                                        QStringLiteral("vendor/composer/installed.json"));
        const auto two = ComposerVersion::fromInstalled(corpus("installed-composer2.json"),
                                                        QStringLiteral("vendor/composer/installed.json"));
        QVERIFY2(!one.info.version.isEmpty(), qPrintable(one.problem));
        QVERIFY2(!two.info.version.isEmpty(), qPrintable(two.problem));
    }

    void gitCloneAndBase()
    {
        const auto ce = ComposerVersion::fromCloneComposerJson(
            json("{'name': 'magento/magento2ce', 'version': '2.4.8'}"), QStringLiteral("composer.json"));
        QCOMPARE(ce.info.version, QStringLiteral("2.4.8"));
        QCOMPARE(ce.info.edition, QStringLiteral("Community"));
        const auto ee = ComposerVersion::fromCloneComposerJson(
            json("{'name': 'magento/magento2ee', 'version': '2.4.8'}"), QStringLiteral("composer.json"));
        QCOMPARE(ee.info.edition, QStringLiteral("Enterprise"));
        const auto other = ComposerVersion::fromCloneComposerJson(
            json("{'name': 'acme/shop', 'version': '1.0.0'}"), QStringLiteral("composer.json"));
        QVERIFY(other.info.version.isEmpty());
        const auto base = ComposerVersion::fromBaseComposerJson(
            json("{'name': 'magento/magento2-base', 'version': '2.3.7'}"),
            QStringLiteral("vendor/magento/magento2-base/composer.json"));
        QCOMPARE(base.info.version, QStringLiteral("2.3.7"));
        QVERIFY(base.info.edition.isEmpty());
    }

    // Not JSON, or a version that is no version: nothing read, and a sentence that names the file.
    void problems()
    {
        const auto broken =
            ComposerVersion::fromLock(json("{'packages': ["), QStringLiteral("composer.lock"));
        QVERIFY(broken.info.version.isEmpty());
        QVERIFY2(broken.problem.contains(QLatin1String("composer.lock")), qPrintable(broken.problem));
        const auto hostile =
            ComposerVersion::fromLock(json("{'packages': [{'name': 'magento/product-community-edition', "
                                           "'version': '2.4.7\\u001b]0;x\\u0007'}]}"),
                                      QStringLiteral("composer.lock"));
        QVERIFY(hostile.info.version.isEmpty());
        QVERIFY2(!hostile.problem.isEmpty(), "a version with escapes is not taken");
        QVERIFY2(!hostile.problem.contains(QChar(0x1b)), qPrintable(hostile.problem));
        // Found by fuzz_composerversion: "vvers2-p3" lost one v and was taken as the version "vers2-p3".
        for (const char *notOne : {"vvers2-p3", "vers2", "v", "-2.4.7"}) {
            const auto r = ComposerVersion::fromLock(
                json("{'packages': [{'name': 'magento/product-enterprise-edition', 'version': '") + notOne +
                    json("'}]}"),
                QStringLiteral("composer.lock"));
            QVERIFY2(r.info.version.isEmpty(), notOne);
            QVERIFY2(r.problem.contains(QLatin1String("composer.lock")), notOne);
        }
        const auto branch = ComposerVersion::fromLock(
            json("{'packages': [{'name': 'magento/magento2-base', 'version': 'dev-2.4-develop'}]}"),
            QStringLiteral("composer.lock"));
        QCOMPARE(branch.info.version, QStringLiteral("dev-2.4-develop"));
    }

    void plausible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("plausible");
        for (const char *yes : {"2.4.7", "2.4.7-p3", "v2.4.7", "dev-2.4-develop", "1.0.0+build_1"})
            QTest::newRow(yes) << QString::fromLatin1(yes) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("2.4 .7") << false;
        QTest::newRow("newline") << QStringLiteral("2.4.7\n") << false;
        QTest::newRow("escape") << QStringLiteral("2.4.7\x1b[2J") << false;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('1')) << false;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('1')) << true;
    }

    void plausible()
    {
        QFETCH(QString, text);
        QFETCH(bool, plausible);
        QCOMPARE(ComposerVersion::isPlausible(text), plausible);
    }
};

QTEST_GUILESS_MAIN(TestComposerVersion)
#include "tst_composerversion.moc"
