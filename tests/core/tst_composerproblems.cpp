// ComposerProblems: what Composer's failure output says, read from its text; and the advice
// KnownFailures gives for Composer's own failures. The outputs in core/data/composer/ were printed
// by Composer 2.5.5 (Debian 12) through core/data/composer/capture.sh, except the written-* ones
// (repo.magento.com cannot be reached offline), which its README quotes from Composer's source.
#include "core/move/composerproblems.h"
#include "core/run/knownfailures.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace mua;

namespace {

const QString Product = QStringLiteral("magento/product-community-edition");

// One of the captured outputs; the test stops when the file is not there (an empty output would
// pass every row that expects nothing).
QString captured(const QString &name)
{
    const QString path =
        mua::test::sourceDir() + QStringLiteral("/core/data/composer/") + name + QStringLiteral(".txt");
    const QByteArray bytes = mua::test::readFile(path);
    if (bytes.isEmpty())
        qFatal("no test data in %s", qPrintable(path));
    return QString::fromUtf8(bytes);
}

// "name | constraint" and the like: what the tables compare.
QStringList rows(const ComposerProblems &p, int which)
{
    QStringList out;
    const QString bar = QStringLiteral(" | ");
    if (which == 0) {
        for (const BlockingPackage &b : p.blocking)
            out << b.name + bar + b.constraint;
    } else if (which == 1) {
        for (const PhpProblem &php : p.php)
            out << php.package + bar + php.constraint + bar + php.actual;
    } else {
        for (const ExtensionProblem &e : p.extensions)
            out << e.extension + bar + e.package + bar + e.constraint;
    }
    return out;
}

// The Problem block of thirdparty-pins-framework.txt, for the rows that change one line of it.
const char LegacyProblem[] =
    "Your requirements could not be resolved to an installable set of packages.\n"
    "\n"
    "  Problem 1\n"
    "    - Root composer.json requires magento/product-community-edition 2.4.8 -> satisfiable by "
    "magento/product-community-edition[2.4.8].\n"
    "    - You can only install one version of a package, so only one of these can be installed: "
    "magento/framework[103.0.7, 103.0.8].\n"
    "    - acme/module-legacy 1.0.0 requires magento/framework 103.0.7 -> satisfiable by "
    "magento/framework[103.0.7].\n"
    "    - magento/product-community-edition 2.4.8 requires magento/framework 103.0.8 -> satisfiable by "
    "magento/framework[103.0.8].\n"
    "    - Root composer.json requires acme/module-legacy ^1.0 -> satisfiable by "
    "acme/module-legacy[1.0.0].\n";

} // namespace

class TestComposerProblems : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text"); // Composer's output
        QTest::addColumn<QString>("product");
        QTest::addColumn<bool>("unresolvable");
        QTest::addColumn<QStringList>("blocking");   // name | constraint
        QTest::addColumn<QStringList>("php");        // package | constraint | actual
        QTest::addColumn<QStringList>("extensions"); // extension | package | constraint
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("plugins");
        QTest::addColumn<QString>("authHost");
        QTest::addColumn<bool>("memory");

        auto file = [](const char *name, bool unresolvable, const QStringList &blocking,
                       const QStringList &php, const QStringList &extensions, const QStringList &missing) {
            QTest::newRow(name) << captured(QString::fromLatin1(name)) << Product << unresolvable << blocking
                                << php << extensions << missing << QStringList() << QString() << false;
        };
        const QStringList none;
        // a third-party module pinning the old framework, in one version and in two ("A[v, ..., w] require")
        file("thirdparty-pins-framework", true,
             {QStringLiteral("acme/module-legacy | magento/framework 103.0.7")}, none, none, none);
        file("thirdparty-two-versions", true,
             {QStringLiteral("vendor/module-multi | magento/framework 103.0.7")}, none, none, none);
        // a package the product requires through another (the catalog module)
        file("module-pins-catalog", true,
             {QStringLiteral("other/module-pinned | magento/module-catalog 104.0.7")}, none, none, none);
        file("module-conflicts", true,
             {QStringLiteral("other/module-conflicting | magento/framework 103.0.8")}, none, none, none);
        // the root composer.json pinning the framework ("conflicts with your root composer.json require")
        file("root-pins-framework", true, {QStringLiteral("composer.json | magento/framework 103.0.7")}, none,
             none, none);
        // two blockers in two Problems: a version that is not there, and a pin
        file("two-problems", true,
             {QStringLiteral("acme/module-shipping | magento/framework 103.0.6"),
              QStringLiteral("acme/module-legacy | magento/framework 103.0.7")},
             none, none, none);
        file("two-problems-no-match", true,
             {QStringLiteral("acme/module-shipping | magento/framework 103.0.6"),
              QStringLiteral("vendor/module-reviews | magento/module-catalog 104.0.5")},
             none, none, none);
        // a store locked at 2.4.7: a full update names the module; "composer require -W" (a partial
        // update) only says the new framework "was not loaded": nothing can be named from it
        file("locked-full-update", true, {QStringLiteral("acme/module-legacy | magento/framework 103.0.7")},
             none, none, none);
        file("locked-require-all", true, none, none, none, none);
        // php and extensions are never blocking packages
        file("php-too-old", true, none,
             {QStringLiteral("magento/product-community-edition | ~8.2.0||~8.3.0||~8.4.0 | 8.1.20")}, none,
             none);
        file("php-too-new", true, none,
             {QStringLiteral("magento/product-community-edition | ~8.1.0||~8.2.0||~8.3.0 | 8.4.5")}, none,
             none);
        file("extension-missing", true, none, none,
             {QStringLiteral("ext-bcmath | magento/product-community-edition | *")}, none);
        file("extensions-two-missing", true, none, none,
             {QStringLiteral("ext-bcmath | magento/product-community-edition | *"),
              QStringLiteral("ext-gd | acme/module-pdf | *")},
             none);
        file("extension-disabled", true, none, none,
             {QStringLiteral("ext-sodium | magento/product-community-edition | *")}, none);
        file("root-requires-platform", true, none, {QStringLiteral("composer.json | ~8.3.0 | 8.2.20")},
             {QStringLiteral("ext-gd | composer.json | *")}, none);
        // versions and packages that are not there
        file("version-not-found", true, none, none, none,
             {QStringLiteral("magento/product-community-edition 9.9.9")});
        file("package-not-found", true, none, none, none, {QStringLiteral("acme/does-not-exist")});
        // none of these: no false positive
        file("success", false, none, none, none, none);

        auto other = [](const char *name, const QStringList &plugins, const QString &host, bool memory) {
            QTest::newRow(name) << captured(QString::fromLatin1(name)) << Product << false << QStringList()
                                << QStringList() << QStringList() << QStringList() << plugins << host
                                << memory;
        };
        // the plugin's name and "allow-plugins" are cut by Symfony's 80-column block ("al|low-plugins")
        other("plugin-blocked", {QStringLiteral("acme/composer-helper")}, QString(), false);
        other("plugin-blocked-wide", {QStringLiteral("acme/composer-helper")}, QString(), false);
        other("memory", {}, QString(), true);
        // 401 without keys and with wrong ones (-n prints the same), 403; the port is part of the origin
        other("auth-401", {}, QStringLiteral("127.0.0.1:18731"), false);
        other("auth-403", {}, QStringLiteral("127.0.0.1:18731"), false);
        other("written-auth-repo-magento", {}, QStringLiteral("repo.magento.com"), false);
        other("written-auth-invalid-credentials", {}, QStringLiteral("repo.magento.com"), false);
        other("written-auth-from-cache", {}, QStringLiteral("repo.magento.com"), false);

        auto text = [](const char *name, const QString &output, const QString &product,
                       const QStringList &blocking, const QStringList &plugins = {},
                       const QString &host = {}) {
            QTest::newRow(name) << output << product << output.contains(QLatin1String("could not be"))
                                << blocking << QStringList() << QStringList() << QStringList() << plugins
                                << host << false;
        };
        const QString legacy = QString::fromLatin1(LegacyProblem);
        const QStringList legacyBlocks = {QStringLiteral("acme/module-legacy | magento/framework 103.0.7")};
        // no product given: the output's root requirements name it (Magento or Mage-OS)
        text("product from the output", legacy, QString(), legacyBlocks);
        text("Mage-OS",
             QString(legacy).replace(QLatin1String("magento/product-"), QLatin1String("mage-os/product-")),
             QString(), legacyBlocks);
        // the same Problem twice (a second run, or two Problems naming it): one entry
        text("no duplicates", legacy + legacy, Product, legacyBlocks);
        // colours and \r redraws as a terminal gets them
        text("ANSI and CR",
             QString(legacy)
                 .replace(QLatin1String("    - "), QStringLiteral("\x1b[37;41m    - "))
                 .replace(QLatin1String("\n"), QStringLiteral("\x1b[39;49m\r\n")),
             Product, legacyBlocks);
        // a requirement some target version satisfies blocks nothing (a module's or composer.json's)
        text("a pin that fits the target",
             legacy + QStringLiteral(
                          "    - good/module-fine 1.2.0 requires magento/framework ^103.0 -> satisfiable by "
                          "magento/framework[103.0.7, 103.0.8].\n"
                          "    - Root composer.json requires magento/framework ^103.0 -> satisfiable by "
                          "magento/framework[103.0.7, 103.0.8].\n"),
             Product, legacyBlocks);
        // composer.json pinning a package of the target side, as a rule of its own
        text("composer.json pin as a root rule",
             QString(legacy).replace(
                 QLatin1String("acme/module-legacy 1.0.0 requires magento/framework 103.0.7 -> "
                               "satisfiable by magento/framework[103.0.7].\n"),
                 QLatin1String("Root composer.json requires magento/framework 103.0.7 -> "
                               "satisfiable by magento/framework[103.0.7].\n")),
             Product, {QStringLiteral("composer.json | magento/framework 103.0.7")});
        // the target declares the conflict: the other package is the one to update
        text("the target's conflict",
             QStringLiteral(
                 "Your requirements could not be resolved to an installable set of packages.\n\n"
                 "  Problem 1\n"
                 "    - Root composer.json requires magento/product-community-edition 2.4.8 -> "
                 "satisfiable by magento/product-community-edition[2.4.8].\n"
                 "    - magento/product-community-edition 2.4.8 conflicts with acme/module-old 1.0.0.\n"
                 "    - Root composer.json requires acme/module-old ^1.0 -> satisfiable by "
                 "acme/module-old[1.0.0].\n"),
             Product, {QStringLiteral("acme/module-old | acme/module-old 1.0.0")});
        // PluginManager.php's other two shapes: a global plugin, and the interactive warning
        text("plugins, global and interactive",
             QStringLiteral(
                 "In PluginManager.php line 740:\n"
                 "  acme/global-tool (installed globally) contains a Composer plugin which is blocked "
                 "by your allow-plugins config. You may add it to the list if you consider it safe.\n"
                 "vendor/other-helper contains a Composer plugin which is currently not in your "
                 "allow-plugins config. See https://getcomposer.org/allow-plugins\n"),
             Product, {}, {QStringLiteral("acme/global-tool"), QStringLiteral("vendor/other-helper")});
        // Composer 2.0's wording (no "(HTTP 401)") and the hosts with their own logins
        text("older 401 wording",
             QStringLiteral("The 'https://repo.magento.com/packages.json' URL required authentication.\n"
                            "You must be using the interactive console to authenticate\n"),
             Product, {}, {}, QStringLiteral("repo.magento.com"));
        text("token hosts", QStringLiteral("  Could not authenticate against github.com  \n"), Product, {},
             {}, QStringLiteral("github.com"));
        // words that only look like it: no Problem block, no quoted URL, no package name
        text("look-alikes",
             QStringLiteral("Module 'Acme_Legacy' requires magento/framework 103.0.7 -> whatever\n"
                            "  - acme/x 1.0 requires magento/framework 103.0.7 -> satisfiable by "
                            "magento/framework[103.0.7].\n"
                            "The storefront required authentication (HTTP 401)\n"
                            "A Composer plugin which is blocked by your allow-plugins config\n"),
             Product, {});
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, product);
        const ComposerProblems p = ComposerProblems::parse(text, product);
        QTEST(p.unresolvable, "unresolvable");
        QTEST(rows(p, 0), "blocking");
        QTEST(rows(p, 1), "php");
        QTEST(rows(p, 2), "extensions");
        QTEST(p.missingVersions, "missing");
        QTEST(p.blockedPlugins, "plugins");
        QTEST(p.authenticationHost, "authHost");
        QTEST(p.memoryExhausted, "memory");
        // every blocking entry says in one sentence what it pins, what the target is and what to do
        for (const BlockingPackage &b : p.blocking) {
            QVERIFY2(b.reason.contains(b.constraint) && b.reason.contains(b.name), qPrintable(b.reason));
            QVERIFY2(b.reason.endsWith(QLatin1Char('.')) && b.reason.count(QLatin1String(". ")) == 0,
                     qPrintable(b.reason));
        }
    }

    // The sentences in full, as the wizard's table and the report show them.
    void reasons_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("reason");
        QTest::newRow("module") << QStringLiteral("thirdparty-pins-framework") << 0
                                << QStringLiteral(
                                       "acme/module-legacy requires magento/framework 103.0.7, but "
                                       "magento/product-community-edition 2.4.8 needs magento/framework "
                                       "103.0.8: update acme/module-legacy to a version made for "
                                       "magento/product-community-edition 2.4.8, ask its vendor for one, "
                                       "or remove it.");
        QTest::newRow("composer.json")
            << QStringLiteral("root-pins-framework") << 0
            << QStringLiteral(
                   "composer.json requires magento/framework 103.0.7, but magento/product-community-edition "
                   "2.4.8 needs magento/framework 103.0.8: change that requirement in composer.json so "
                   "that it allows magento/framework 103.0.8, or remove it.");
        // what the target needs is learnt from any Problem: here from the second one
        QTest::newRow("need from another Problem")
            << QStringLiteral("two-problems") << 0
            << QStringLiteral(
                   "acme/module-shipping requires magento/framework 103.0.6, but "
                   "magento/product-community-edition 2.4.8 needs magento/framework 103.0.8: update "
                   "acme/module-shipping to a version made for magento/product-community-edition 2.4.8, "
                   "ask its vendor for one, or remove it.");
        // no Problem says what the target needs, nor which version of it
        QTest::newRow("need unknown")
            << QStringLiteral("two-problems-no-match") << 1
            << QStringLiteral(
                   "vendor/module-reviews requires magento/module-catalog 104.0.5, which "
                   "magento/product-community-edition cannot be installed with: update "
                   "vendor/module-reviews to a version made for magento/product-community-edition, ask "
                   "its vendor for one, or remove it.");
        QTest::newRow("conflict")
            << QStringLiteral("module-conflicts") << 0
            << QStringLiteral(
                   "other/module-conflicting declares a conflict with magento/framework 103.0.8, which "
                   "magento/product-community-edition 2.4.8 needs: update other/module-conflicting to a "
                   "version made for magento/product-community-edition 2.4.8, ask its vendor for one, or "
                   "remove it.");
    }

    void reasons()
    {
        QFETCH(QString, file);
        QFETCH(int, index);
        const ComposerProblems p = ComposerProblems::parse(captured(file), Product);
        QVERIFY(index < p.blocking.size());
        QTEST(p.blocking.at(index).reason, "reason");
    }

    // KnownFailures' advice for Composer's own failures (the composer-update step's output).
    void advice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("says");
        QTest::addColumn<QStringList>("saysNot");

        auto file = [](const char *name, int exitCode, const QStringList &says,
                       const QStringList &saysNot = {}) {
            QTest::newRow(name) << captured(QString::fromLatin1(name)) << exitCode << says << saysNot;
        };
        file("plugin-blocked", 1,
             {QStringLiteral("acme/composer-helper"), QStringLiteral("trust"),
              QStringLiteral("\"config\": {\"allow-plugins\": {\"acme/composer-helper\": true}}"),
              QStringLiteral("composer.json")});
        const QStringList magentoKeys = {QStringLiteral("repo.magento.com"),
                                         QStringLiteral("auth.json next to composer.json"),
                                         QStringLiteral("$COMPOSER_HOME/auth.json"),
                                         QStringLiteral("http-basic.repo.magento.com"),
                                         QStringLiteral("public key as username"),
                                         QStringLiteral("private key as password"),
                                         QStringLiteral("Access Keys")};
        file("written-auth-repo-magento", 255, magentoKeys, {QStringLiteral("memory")});
        file("written-auth-invalid-credentials", 255, magentoKeys);
        file("auth-401", 255,
             {QStringLiteral("127.0.0.1:18731"), QStringLiteral("http-basic.127.0.0.1:18731")},
             {QStringLiteral("repo.magento.com")});
        // "could not be resolved": the blocking packages when there are some …
        file("thirdparty-pins-framework", 2,
             {QStringLiteral("acme/module-legacy requires magento/framework 103.0.7"),
              QStringLiteral("needs magento/framework 103.0.8")});
        file("two-problems", 2,
             {QStringLiteral("acme/module-shipping (magento/framework 103.0.6) and acme/module-legacy "
                             "(magento/framework 103.0.7)"),
              QStringLiteral("update each")});
        file("root-pins-framework", 2, {QStringLiteral("composer.json requires magento/framework 103.0.7")});
        file("php-too-old", 2, {QStringLiteral("~8.2.0||~8.3.0||~8.4.0"), QStringLiteral("8.1.20")});
        file("extensions-two-missing", 2, {QStringLiteral("ext-bcmath and ext-gd")});
        file("version-not-found", 2, {QStringLiteral("magento/product-community-edition 9.9.9")});
        // … and the advice there was before when nothing can be named
        file("locked-require-all", 2,
             {QStringLiteral("Composer cannot satisfy the constraints in composer.json: relax or update the "
                             "conflicting requirements it lists, then resume.")});
        file("memory", 255, {QStringLiteral("COMPOSER_MEMORY_LIMIT=-1")});
        file("success", 0, {}, {QStringLiteral("Composer")});
        // bin/magento out of memory in its autoloader (vendor/composer/) keeps the PHP advice
        QTest::newRow("bin/magento memory")
            << QStringLiteral(
                   "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate "
                   "20480 bytes) in /var/www/shop/vendor/composer/ClassLoader.php on line 571")
            << 255 << QStringList{QStringLiteral("memory_limit=2G")}
            << QStringList{QStringLiteral("COMPOSER_MEMORY_LIMIT")};
    }

    void advice()
    {
        QFETCH(QString, text);
        QFETCH(int, exitCode);
        QFETCH(QStringList, says);
        QFETCH(QStringList, saysNot);
        const QString advice = KnownFailures::adviceFor(text.split(QLatin1Char('\n')), exitCode);
        if (says.isEmpty())
            QVERIFY2(advice.isEmpty(), qPrintable(advice));
        for (const QString &s : says)
            QVERIFY2(advice.contains(s), qPrintable(QStringLiteral("%1\nin: %2").arg(s, advice)));
        for (const QString &s : saysNot)
            QVERIFY2(!advice.contains(s), qPrintable(QStringLiteral("%1\nin: %2").arg(s, advice)));
    }
};

QTEST_GUILESS_MAIN(TestComposerProblems)
#include "tst_composerproblems.moc"
