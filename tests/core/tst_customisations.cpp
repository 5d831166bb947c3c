// Customisations: what a store customises (issue 19's impact report), read from its files without a
// database and without running its code: the components of vendor/ by their registration.php, theme
// overrides with the files they replace, di.xml preferences and plugins, db_schema.xml tables.
#include "core/impact/customisations.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mua;
using namespace mua::test;

namespace {

// registration.php as Magento's packages write it.
QByteArray registration(const char *type, const char *name)
{
    return QByteArray("<?php\n/**\n * Copyright Magento, Inc.\n */\n\n"
                      "use Magento\\Framework\\Component\\ComponentRegistrar;\n\n"
                      "ComponentRegistrar::register(ComponentRegistrar::") +
           type + ", '" + name + "', __DIR__);\n";
}

QByteArray themeXml(const char *parent)
{
    QByteArray xml =
        "<?xml version=\"1.0\"?>\n<theme xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:noNamespaceSchemaLocation=\"urn:magento:framework:Config/etc/theme.xsd\">\n"
        "    <title>Theme</title>\n";
    if (parent)
        xml += QByteArray("    <parent>") + parent + "</parent>\n";
    return xml + "</theme>\n";
}

// A package of a Composer 2 vendor tree: its folder, its installed.json entry.
struct Package
{
    QString name;
    QJsonObject autoload;
    QString type = QStringLiteral("magento2-module");
};

// Writes vendor/composer/installed.json in Composer 2's form (install-path relative to
// vendor/composer) or Composer 1's (a plain array, packages in vendor/NAME).
bool writeInstalled(const QString &root, const QList<Package> &packages, bool composer2)
{
    QJsonArray list;
    for (const Package &p : packages) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("version"), QStringLiteral("1.0.0")},
                      {QStringLiteral("type"), p.type}};
        if (!p.autoload.isEmpty())
            o.insert(QStringLiteral("autoload"), p.autoload);
        if (composer2)
            o.insert(QStringLiteral("install-path"), p.type == QLatin1String("metapackage")
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(QStringLiteral("../") + p.name));
        list.append(o);
    }
    const QJsonDocument doc =
        composer2
            ? QJsonDocument(QJsonObject{{QStringLiteral("packages"), list}, {QStringLiteral("dev"), true}})
            : QJsonDocument(list);
    return writeFile(root, QStringLiteral("vendor/composer/installed.json"), doc.toJson());
}

QJsonObject files(const QString &file = QStringLiteral("registration.php"))
{
    return QJsonObject{{QStringLiteral("files"), QJsonArray{file}}};
}

// A vendor tree with Magento's catalog, customer and theme modules, the luma and blank themes, the
// Hyvä default and reset themes, a library, and a product metapackage.
bool writeVendor(const QString &root, bool composer2 = true)
{
    const auto put = [&](const char *rel, const QByteArray &content) {
        return writeFile(root, QStringLiteral("vendor/") + QLatin1String(rel), content);
    };
    bool ok =
        put("magento/module-catalog/registration.php", registration("MODULE", "Magento_Catalog")) &&
        put("magento/module-customer/registration.php",
            "<?php\n\\Magento\\Framework\\Component\\ComponentRegistrar::register(\n"
            "    \\Magento\\Framework\\Component\\ComponentRegistrar::MODULE,\n"
            "    \"Magento_Customer\",\n    __DIR__\n);\n") &&
        put("magento/module-theme/registration.php", registration("MODULE", "Magento_Theme")) &&
        put("magento/theme-frontend-blank/registration.php",
            registration("THEME", "frontend/Magento/blank")) &&
        put("magento/theme-frontend-blank/theme.xml", themeXml(nullptr)) &&
        put("magento/theme-frontend-luma/registration.php",
            "<?php\nuse \\Magento\\Framework\\Component\\ComponentRegistrar;\n"
            "ComponentRegistrar::register(ComponentRegistrar::THEME, 'frontend/Magento/luma', __DIR__);\n") &&
        put("magento/theme-frontend-luma/theme.xml", themeXml("Magento/blank")) &&
        put("hyva-themes/magento2-reset-theme/registration.php",
            registration("THEME", "frontend/Hyva/reset")) &&
        put("hyva-themes/magento2-reset-theme/theme.xml", themeXml(nullptr)) &&
        put("hyva-themes/magento2-default-theme/registration.php",
            registration("THEME", "frontend/Hyva/default")) &&
        put("hyva-themes/magento2-default-theme/theme.xml", themeXml("Hyva/reset")) &&
        put("magento/framework/registration.php", registration("LIBRARY", "magento/framework")) &&
        put("magento/language-de_de/registration.php", registration("LANGUAGE", "de_de")) &&
        put("acme/module-search/src/registration.php", registration("MODULE", "Acme_Search"));
    const QList<Package> packages{
        {QStringLiteral("magento/module-catalog"), files()},
        {QStringLiteral("magento/module-customer"), files()},
        {QStringLiteral("magento/module-theme"), files()},
        {QStringLiteral("magento/theme-frontend-blank"), files(), QStringLiteral("magento2-theme")},
        {QStringLiteral("magento/theme-frontend-luma"), files(), QStringLiteral("magento2-theme")},
        {QStringLiteral("hyva-themes/magento2-reset-theme"), files(), QStringLiteral("magento2-theme")},
        {QStringLiteral("hyva-themes/magento2-default-theme"), files(), QStringLiteral("magento2-theme")},
        {QStringLiteral("magento/framework"), files(), QStringLiteral("magento2-library")},
        {QStringLiteral("magento/language-de_de"), files(), QStringLiteral("magento2-language")},
        {QStringLiteral("acme/module-search"), files(QStringLiteral("src/registration.php"))},
        {QStringLiteral("magento/product-community-edition"), {}, QStringLiteral("metapackage")},
    };
    return ok && writeInstalled(root, packages, composer2);
}

QString overridesText(const Customisations &c)
{
    QStringList out;
    for (const ThemeOverride &o : c.overrides)
        out << o.file + QStringLiteral(" <- ") + o.candidates.join(QStringLiteral(" | "));
    return out.join(QLatin1Char('\n'));
}

QStringList candidatesOf(const Customisations &c, const QString &file)
{
    for (const ThemeOverride &o : c.overrides)
        if (o.file == file)
            return o.candidates;
    return {QStringLiteral("(not an override)")};
}

QString diText(const Customisations &c)
{
    QStringList out;
    for (const DiEntry &e : c.di)
        out << QStringLiteral("%1 %2: %3 -> %4%5%6")
                   .arg(e.kind == DiEntry::Kind::Preference ? QStringLiteral("preference")
                                                            : QStringLiteral("plugin"),
                        e.file, e.target, e.type,
                        e.name.isEmpty() ? QString() : QStringLiteral(" [") + e.name + QLatin1Char(']'),
                        e.typeFile.isEmpty() ? QString() : QStringLiteral(" @ ") + e.typeFile);
    std::sort(out.begin(), out.end());
    return out.join(QLatin1Char('\n'));
}

QString tablesText(const Customisations &c)
{
    QStringList out;
    for (const SchemaTable &t : c.tables)
        out << t.file + QLatin1Char(' ') + t.table;
    std::sort(out.begin(), out.end());
    return out.join(QLatin1Char('\n'));
}

bool anyWarning(const Customisations &c, const QString &part)
{
    for (const QString &w : c.warnings)
        if (w.contains(part))
            return true;
    return false;
}

QByteArray diXml(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?>\n<config xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:noNamespaceSchemaLocation=\"urn:magento:framework:ObjectManager/etc/config.xsd\">\n" +
           body + "</config>\n";
}

} // namespace

class TestCustomisations : public QObject
{
    Q_OBJECT

private slots:
    void registryFromComposer2()
    {
        QTemporaryDir dir;
        QVERIFY(writeVendor(dir.path(), true));
        const ComponentRegistry r = ComponentRegistry::read(dir.path() + QStringLiteral("/vendor"));
        const QHash<QString, QString> modules{
            {QStringLiteral("Magento_Catalog"), QStringLiteral("magento/module-catalog")},
            {QStringLiteral("Magento_Customer"), QStringLiteral("magento/module-customer")},
            {QStringLiteral("Magento_Theme"), QStringLiteral("magento/module-theme")},
            {QStringLiteral("Acme_Search"), QStringLiteral("acme/module-search/src")},
        };
        QCOMPARE(r.modules, modules);
        const QHash<QString, QString> themes{
            {QStringLiteral("frontend/Magento/blank"), QStringLiteral("magento/theme-frontend-blank")},
            {QStringLiteral("frontend/Magento/luma"), QStringLiteral("magento/theme-frontend-luma")},
            {QStringLiteral("frontend/Hyva/reset"), QStringLiteral("hyva-themes/magento2-reset-theme")},
            {QStringLiteral("frontend/Hyva/default"), QStringLiteral("hyva-themes/magento2-default-theme")},
        };
        QCOMPARE(r.themes, themes);
        // Every package with a folder; the metapackage has none.
        QCOMPARE(r.packages.size(), 10);
        QCOMPARE(r.packages.value(QStringLiteral("acme/module-search")),
                 QStringLiteral("acme/module-search"));
        QVERIFY(!r.packages.contains(QStringLiteral("magento/product-community-edition")));
    }

    void registryFromComposer1()
    {
        QTemporaryDir dir;
        QVERIFY(writeVendor(dir.path(), false));
        const ComponentRegistry r = ComponentRegistry::read(dir.path() + QStringLiteral("/vendor"));
        QCOMPARE(r.modules.value(QStringLiteral("Magento_Customer")),
                 QStringLiteral("magento/module-customer"));
        QCOMPARE(r.modules.value(QStringLiteral("Acme_Search")), QStringLiteral("acme/module-search/src"));
        QCOMPARE(r.themes.value(QStringLiteral("frontend/Magento/luma")),
                 QStringLiteral("magento/theme-frontend-luma"));
        QCOMPARE(r.modules.size(), 4);
        QCOMPARE(r.themes.size(), 4);
        QCOMPARE(r.packages.value(QStringLiteral("magento/module-catalog")),
                 QStringLiteral("magento/module-catalog"));
    }

    void registryWithoutInstalledJsonIsEmpty()
    {
        QTemporaryDir dir;
        const ComponentRegistry r = ComponentRegistry::read(dir.path() + QStringLiteral("/vendor"));
        QVERIFY(r.modules.isEmpty() && r.themes.isEmpty() && r.packages.isEmpty());
    }

    void lumaChildThemeOverrides()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeVendor(root));
        const QString shop = QStringLiteral("app/design/frontend/Acme/shop/");
        const auto put = [&](const QString &rel, const QByteArray &content = "x\n") {
            return writeFile(root, shop + rel, content);
        };
        QVERIFY(put(QStringLiteral("theme.xml"), themeXml("Magento/luma")));
        QVERIFY(put(QStringLiteral("registration.php"), registration("THEME", "frontend/Acme/shop")));
        QVERIFY(put(QStringLiteral("Magento_Catalog/templates/product/view.phtml")));
        QVERIFY(put(QStringLiteral("Magento_Catalog/web/js/gallery.js")));
        QVERIFY(put(QStringLiteral("Magento_Customer/email/account_new.html")));
        QVERIFY(put(
            QStringLiteral("Magento_Catalog/layout/catalog_product_view.xml"))); // merged, not an override
        QVERIFY(put(QStringLiteral("Magento_Catalog/layout/override/base/catalog_product_view.xml")));
        QVERIFY(put(QStringLiteral("Magento_Theme/layout/override/theme/Magento/luma/default.xml")));
        QVERIFY(put(QStringLiteral("Acme_Unknown/templates/box.phtml")));
        QVERIFY(put(QStringLiteral("web/css/source/_extend.less")));
        QVERIFY(put(QStringLiteral("etc/view.xml")));
        QVERIFY(put(QStringLiteral("i18n/en_US.csv")));
        QVERIFY(put(QStringLiteral("media/preview.jpg")));
        QVERIFY(put(QStringLiteral("requirejs-config.js")));

        const Customisations c =
            Customisations::read(root, ComponentRegistry::read(root + QStringLiteral("/vendor")));
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(QLatin1Char('\n'))));
        const QString luma = QStringLiteral("magento/theme-frontend-luma/");
        const QString blank = QStringLiteral("magento/theme-frontend-blank/");
        const QString catalog = QStringLiteral("magento/module-catalog/view/");
        const QString f = QStringLiteral("app/design/frontend/Acme/shop/");
        const QString expected =
            QStringList{
                f + QStringLiteral("Acme_Unknown/templates/box.phtml <- ") + luma +
                    QStringLiteral("Acme_Unknown/templates/box.phtml | ") + blank +
                    QStringLiteral("Acme_Unknown/templates/box.phtml"),
                f + QStringLiteral("Magento_Catalog/layout/override/base/catalog_product_view.xml <- ") +
                    catalog + QStringLiteral("frontend/layout/catalog_product_view.xml | ") + catalog +
                    QStringLiteral("base/layout/catalog_product_view.xml"),
                f + QStringLiteral("Magento_Catalog/templates/product/view.phtml <- ") + luma +
                    QStringLiteral("Magento_Catalog/templates/product/view.phtml | ") + blank +
                    QStringLiteral("Magento_Catalog/templates/product/view.phtml | ") + catalog +
                    QStringLiteral("frontend/templates/product/view.phtml | ") + catalog +
                    QStringLiteral("base/templates/product/view.phtml"),
                f + QStringLiteral("Magento_Catalog/web/js/gallery.js <- ") + luma +
                    QStringLiteral("Magento_Catalog/web/js/gallery.js | ") + blank +
                    QStringLiteral("Magento_Catalog/web/js/gallery.js | ") + catalog +
                    QStringLiteral("frontend/web/js/gallery.js | ") + catalog +
                    QStringLiteral("base/web/js/gallery.js"),
                f + QStringLiteral("Magento_Customer/email/account_new.html <- ") + luma +
                    QStringLiteral("Magento_Customer/email/account_new.html | ") + blank +
                    QStringLiteral("Magento_Customer/email/account_new.html | "
                                   "magento/module-customer/view/frontend/email/account_new.html | "
                                   "magento/module-customer/view/base/email/account_new.html"),
                f + QStringLiteral("Magento_Theme/layout/override/theme/Magento/luma/default.xml <- ") +
                    luma + QStringLiteral("Magento_Theme/layout/default.xml"),
                f + QStringLiteral("etc/view.xml <- ") + luma + QStringLiteral("etc/view.xml | ") + blank +
                    QStringLiteral("etc/view.xml"),
                f + QStringLiteral("web/css/source/_extend.less <- ") + luma +
                    QStringLiteral("web/css/source/_extend.less | ") + blank +
                    QStringLiteral("web/css/source/_extend.less"),
            }
                .join(QLatin1Char('\n'));
        QCOMPARE(overridesText(c), expected);
    }

    void parentInAppDesignGivesNoCandidate()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeVendor(root));
        QVERIFY(writeFile(root, QStringLiteral("app/design/frontend/Acme/shop/theme.xml"),
                          themeXml("Magento/luma")));
        QVERIFY(writeFile(
            root, QStringLiteral("app/design/frontend/Acme/shop/Magento_Catalog/templates/list.phtml"),
            "a\n"));
        QVERIFY(writeFile(root, QStringLiteral("app/design/frontend/Acme/kids/theme.xml"),
                          themeXml("Acme/shop")));
        QVERIFY(writeFile(
            root, QStringLiteral("app/design/frontend/Acme/kids/Magento_Catalog/templates/list.phtml"),
            "b\n"));
        const Customisations c =
            Customisations::read(root, ComponentRegistry::read(root + QStringLiteral("/vendor")));
        const QStringList expected{
            QStringLiteral("magento/theme-frontend-luma/Magento_Catalog/templates/list.phtml"),
            QStringLiteral("magento/theme-frontend-blank/Magento_Catalog/templates/list.phtml"),
            QStringLiteral("magento/module-catalog/view/frontend/templates/list.phtml"),
            QStringLiteral("magento/module-catalog/view/base/templates/list.phtml"),
        };
        // Acme/kids' parent Acme/shop is the store's: only Acme/shop's own parents give candidates.
        QCOMPARE(candidatesOf(
                     c, QStringLiteral("app/design/frontend/Acme/kids/Magento_Catalog/templates/list.phtml")),
                 expected);
        QCOMPARE(candidatesOf(
                     c, QStringLiteral("app/design/frontend/Acme/shop/Magento_Catalog/templates/list.phtml")),
                 expected);
    }

    void hyvaChildTheme()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeVendor(root));
        QVERIFY(writeFile(root, QStringLiteral("app/design/frontend/Acme/hyva/theme.xml"),
                          themeXml("Hyva/default")));
        QVERIFY(writeFile(
            root,
            QStringLiteral("app/design/frontend/Acme/hyva/Magento_Catalog/templates/product/view.phtml"),
            "x\n"));
        QVERIFY(writeFile(
            root, QStringLiteral("app/design/frontend/Acme/hyva/web/tailwind/tailwind.config.js"), "x\n"));
        // The theme's build tools are no overrides, and npm's links in them are not worth a warning.
        QVERIFY(writeFile(
            root, QStringLiteral("app/design/frontend/Acme/hyva/web/tailwind/node_modules/tw/index.js"),
            "x\n"));
        QVERIFY(makeLink(
            QStringLiteral("../tw/index.js"),
            root + QStringLiteral("/app/design/frontend/Acme/hyva/web/tailwind/node_modules/.bin/tw")));
        const Customisations c =
            Customisations::read(root, ComponentRegistry::read(root + QStringLiteral("/vendor")));
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(candidatesOf(
                     c, QStringLiteral(
                            "app/design/frontend/Acme/hyva/Magento_Catalog/templates/product/view.phtml")),
                 (QStringList{
                     QStringLiteral(
                         "hyva-themes/magento2-default-theme/Magento_Catalog/templates/product/view.phtml"),
                     QStringLiteral(
                         "hyva-themes/magento2-reset-theme/Magento_Catalog/templates/product/view.phtml"),
                     QStringLiteral("magento/module-catalog/view/frontend/templates/product/view.phtml"),
                     QStringLiteral("magento/module-catalog/view/base/templates/product/view.phtml"),
                 }));
        QCOMPARE(
            candidatesOf(c, QStringLiteral("app/design/frontend/Acme/hyva/web/tailwind/tailwind.config.js")),
            (QStringList{
                QStringLiteral("hyva-themes/magento2-default-theme/web/tailwind/tailwind.config.js"),
                QStringLiteral("hyva-themes/magento2-reset-theme/web/tailwind/tailwind.config.js")}));
        QCOMPARE(c.overrides.size(), 2);
    }

    void parentLoopEnds()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeVendor(root));
        QVERIFY(writeFile(root, QStringLiteral("app/design/frontend/Acme/a/theme.xml"), themeXml("Acme/b")));
        QVERIFY(writeFile(root, QStringLiteral("app/design/frontend/Acme/b/theme.xml"), themeXml("Acme/a")));
        QVERIFY(writeFile(
            root, QStringLiteral("app/design/frontend/Acme/a/Magento_Catalog/templates/x.phtml"), "x\n"));
        Customisations c;
        QVERIFY(finishesWithin([&] {
            c = Customisations::read(root, ComponentRegistry::read(root + QStringLiteral("/vendor")));
        }));
        QVERIFY2(anyWarning(c, QStringLiteral("app/design/frontend/Acme/a")),
                 qPrintable(c.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(
            candidatesOf(c, QStringLiteral("app/design/frontend/Acme/a/Magento_Catalog/templates/x.phtml")),
            (QStringList{QStringLiteral("magento/module-catalog/view/frontend/templates/x.phtml"),
                         QStringLiteral("magento/module-catalog/view/base/templates/x.phtml")}));
    }

    void diPreferencesPluginsAndTables()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeVendor(root));
        // The store's module in app/code, in several areas.
        QVERIFY(writeFile(
            root, QStringLiteral("app/code/Acme/Shop/etc/di.xml"),
            diXml("  <preference for=\"\\Magento\\Catalog\\Api\\ProductRepositoryInterface\" "
                  "type=\"Acme\\Shop\\Model\\ProductRepository\"/>\n"
                  "  <virtualType name=\"AcmeProductChain\" type=\"AcmeProductVirtual\"/>\n"
                  "  <virtualType name=\"AcmeLoopA\" type=\"AcmeLoopB\"/>\n"
                  "  <type name=\"Magento\\Catalog\\Model\\Product\">\n"
                  "    <plugin name=\"acme_price\" type=\"Acme\\Shop\\Plugin\\ProductPlugin\" "
                  "sortOrder=\"10\"/>\n"
                  "    <plugin name=\"acme_off\" type=\"Acme\\Shop\\Plugin\\Off\" disabled=\"true\"/>\n"
                  "    <plugin name=\"someone_elses\" disabled=\"true\"/>\n"
                  "    <plugin name=\"sort_only\" sortOrder=\"5\"/>\n"
                  "    <arguments><argument name=\"x\" xsi:type=\"string\">y</argument></arguments>\n"
                  "  </type>\n"
                  "  <type name=\"AcmeProductChain\">\n"
                  "    <plugin name=\"acme_virtual\" type=\"\\Acme\\Shop\\Plugin\\Missing\"/>\n"
                  "  </type>\n"
                  "  <type name=\"AcmeLoopA\"><plugin name=\"acme_loop\" "
                  "type=\"Acme\\Shop\\Plugin\\Loop\"/></type>\n")));
        QVERIFY(writeFile(root, QStringLiteral("app/code/Acme/Shop/etc/frontend/di.xml"),
                          diXml("  <type name=\"Magento\\Checkout\\Model\\Cart\">\n"
                                "    <plugin name=\"acme_cart\" type=\"Acme\\Shop\\Plugin\\CartPlugin\"/>\n"
                                "  </type>\n")));
        QVERIFY(writeFile(root, QStringLiteral("app/code/Acme/Shop/etc/webapi_rest/di.xml"),
                          diXml("  <preference for=\"Magento\\Quote\\Api\\CartManagementInterface\" "
                                "type=\"Acme\\Shop\\Model\\CartManagement\"/>\n")));
        // A virtual type declared in another module's di.xml still resolves.
        QVERIFY(writeFile(root, QStringLiteral("app/code/Acme/Other/etc/adminhtml/di.xml"),
                          diXml("  <virtualType name=\"AcmeProductVirtual\" "
                                "type=\"\\Magento\\Catalog\\Model\\Product\"/>\n")));
        QVERIFY(writeFile(root, QStringLiteral("app/code/Acme/Shop/Plugin/ProductPlugin.php"), "<?php\n"));
        QVERIFY(writeFile(
            root, QStringLiteral("app/code/Acme/Shop/etc/db_schema.xml"),
            "<?xml version=\"1.0\"?>\n<schema xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  "
            "<table name=\"acme_shop_note\" resource=\"default\">\n"
            "    <column xsi:type=\"int\" name=\"id\"/>\n  </table>\n"
            "  <table name=\"sales_order\"><column name=\"acme_flag\"/></table>\n</schema>\n"));
        QVERIFY(writeFile(root, QStringLiteral("app/etc/di.xml"),
                          diXml("  <preference for=\"Magento\\Framework\\Logger\\LoggerInterface\" "
                                "type=\"Acme\\Log\\Logger\"/>\n")));

        // A vendor module the root composer.json requires, with its classes under src/ by PSR-4.
        QVERIFY(
            writeFile(root, QStringLiteral("vendor/acme/module-search/src/etc/di.xml"),
                      diXml("  <type name=\"Magento\\CatalogSearch\\Model\\Search\">\n"
                            "    <plugin name=\"acme_search\" type=\"Acme\\Search\\Plugin\\SearchPlugin\"/>\n"
                            "  </type>\n")));
        QVERIFY(writeFile(root, QStringLiteral("vendor/acme/module-search/src/etc/db_schema.xml"),
                          "<schema><table name=\"acme_search_term\"/></schema>\n"));
        QVERIFY(writeFile(root, QStringLiteral("vendor/acme/module-search/composer.json"),
                          R"({"name": "acme/module-search", "autoload": {"files": ["src/registration.php"],
                              "psr-4": {"Acme\\Search\\": "src/"}}})"));
        QVERIFY(writeFile(root, QStringLiteral("vendor/acme/module-search/src/Plugin/SearchPlugin.php"),
                          "<?php\n"));
        // A module the product package brings: not the store's customisation.
        QVERIFY(writeFile(root, QStringLiteral("vendor/magento/module-catalog/etc/di.xml"),
                          diXml("  <preference for=\"Magento\\Catalog\\Api\\Data\\ProductInterface\" "
                                "type=\"Magento\\Catalog\\Model\\Product\"/>\n")));
        QVERIFY(writeFile(root, QStringLiteral("vendor/magento/module-catalog/etc/db_schema.xml"),
                          "<schema><table name=\"catalog_product_entity\"/></schema>\n"));
        QVERIFY(writeFile(root, QStringLiteral("composer.json"),
                          R"({"name": "magento/project-community-edition", "require": {
                              "magento/product-community-edition": "2.4.7", "acme/module-search": "^1.0",
                              "php": "~8.2.0"}})"));

        const Customisations c =
            Customisations::read(root, ComponentRegistry::read(root + QStringLiteral("/vendor")));
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(QLatin1Char('\n'))));
        const QStringList lines = diText(c).split(QLatin1Char('\n'));
        const QStringList wanted{
            QStringLiteral("plugin app/code/Acme/Shop/etc/di.xml: Magento\\Catalog\\Model\\Product -> "
                           "Acme\\Shop\\Plugin\\Missing [acme_virtual]"),
            QStringLiteral("plugin app/code/Acme/Shop/etc/di.xml: Magento\\Catalog\\Model\\Product -> "
                           "Acme\\Shop\\Plugin\\ProductPlugin [acme_price] @ "
                           "app/code/Acme/Shop/Plugin/ProductPlugin.php"),
            QStringLiteral("plugin app/code/Acme/Shop/etc/frontend/di.xml: Magento\\Checkout\\Model\\Cart -> "
                           "Acme\\Shop\\Plugin\\CartPlugin [acme_cart]"),
            QStringLiteral(
                "plugin vendor/acme/module-search/src/etc/di.xml: Magento\\CatalogSearch\\Model\\Search -> "
                "Acme\\Search\\Plugin\\SearchPlugin [acme_search] @ "
                "vendor/acme/module-search/src/Plugin/SearchPlugin.php"),
            QStringLiteral(
                "preference app/code/Acme/Shop/etc/di.xml: Magento\\Catalog\\Api\\ProductRepositoryInterface "
                "-> Acme\\Shop\\Model\\ProductRepository"),
            QStringLiteral(
                "preference app/code/Acme/Shop/etc/webapi_rest/di.xml: "
                "Magento\\Quote\\Api\\CartManagementInterface -> Acme\\Shop\\Model\\CartManagement"),
            QStringLiteral("preference app/etc/di.xml: Magento\\Framework\\Logger\\LoggerInterface -> "
                           "Acme\\Log\\Logger"),
        };
        // The plugin on a loop of virtual types is there (its target whatever the loop ends on); the rest
        // exactly.
        QCOMPARE(lines.size(), wanted.size() + 1);
        int loops = 0;
        QStringList rest;
        for (const QString &line : lines) {
            if (line.contains(QLatin1String("[acme_loop]")))
                ++loops;
            else
                rest << line;
        }
        QCOMPARE(loops, 1);
        QCOMPARE(rest, wanted);
        QCOMPARE(tablesText(c),
                 QStringLiteral("app/code/Acme/Shop/etc/db_schema.xml acme_shop_note\n"
                                "app/code/Acme/Shop/etc/db_schema.xml sales_order\n"
                                "vendor/acme/module-search/src/etc/db_schema.xml acme_search_term"));
    }

    void linksAreNotFollowed()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        const QString root = dir.path();
        QVERIFY(writeVendor(root));
        QVERIFY(writeFile(outside.path(), QStringLiteral("Evil/etc/di.xml"),
                          diXml("  <preference for=\"A\\B\" type=\"C\\D\"/>\n")));
        QVERIFY(writeFile(outside.path(), QStringLiteral("theme/Magento_Catalog/templates/x.phtml"), "x\n"));
        QVERIFY(writeFile(outside.path(), QStringLiteral("file.phtml"), "x\n"));
        QVERIFY(writeFile(root, QStringLiteral("app/code/Acme/Shop/etc/di.xml"),
                          diXml("  <preference for=\"E\\F\" type=\"G\\H\"/>\n")));
        QVERIFY(
            makeLink(outside.path() + QStringLiteral("/Evil"), root + QStringLiteral("/app/code/Acme/Evil")));
        QVERIFY(makeLink(outside.path() + QStringLiteral("/theme"),
                         root + QStringLiteral("/app/design/frontend/Acme/evil")));
        QVERIFY(writeFile(root, QStringLiteral("app/design/frontend/Acme/shop/theme.xml"),
                          themeXml("Magento/luma")));
        QVERIFY(makeLink(
            outside.path() + QStringLiteral("/file.phtml"),
            root + QStringLiteral("/app/design/frontend/Acme/shop/Magento_Catalog/templates/y.phtml")));
        const Customisations c =
            Customisations::read(root, ComponentRegistry::read(root + QStringLiteral("/vendor")));
        QCOMPARE(diText(c), QStringLiteral("preference app/code/Acme/Shop/etc/di.xml: E\\F -> G\\H"));
        QVERIFY2(c.overrides.isEmpty(), qPrintable(overridesText(c)));
        for (const char *link : {"app/code/Acme/Evil", "app/design/frontend/Acme/evil",
                                 "app/design/frontend/Acme/shop/Magento_Catalog/templates/y.phtml"})
            QVERIFY2(anyWarning(c, QLatin1String(link)), qPrintable(c.warnings.join(QLatin1Char('\n'))));
    }

    // A class name in a di.xml is the store's text: "..\\" in it never leads out of the store (a PHP
    // file next to the store's folder is not taken for the plugin's class).
    void dotDotNeverLeavesTheStore()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        QVERIFY(writeVendor(root));
        QVERIFY(writeFile(dir.path(), QStringLiteral("Outside.php"), "<?php class Outside {}\n"));
        QVERIFY(writeFile(
            root, QStringLiteral("app/code/Acme/Shop/etc/di.xml"),
            diXml("  <type name=\"A\\B\"><plugin name=\"p\" type=\"..\\..\\..\\Outside\"/></type>\n")));
        QVERIFY(QFile::exists(root + QStringLiteral("/app/code/../../../Outside.php")));
        const Customisations c =
            Customisations::read(root, ComponentRegistry::read(root + QStringLiteral("/vendor")));
        QCOMPARE(c.di.size(), 1);
        QCOMPARE(c.di.at(0).typeFile, QString());
    }

    void fifoAndBrokenXmlAreWarnings()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeVendor(root));
        QVERIFY(makeSpecial(root, QStringLiteral("app/code/Acme/Fifo/etc/di.xml"), QStringLiteral("fifo")));
        QVERIFY(writeFile(root, QStringLiteral("app/code/Acme/Broken/etc/di.xml"),
                          "<config><preference for=\"A\\B\" type=\"C\\D\"></config>\n"));
        QVERIFY(writeFile(root, QStringLiteral("app/code/Acme/Broken/etc/db_schema.xml"),
                          "<schema><table name=\"t\">"));
        QVERIFY(writeFile(root, QStringLiteral("app/code/Acme/Good/etc/di.xml"),
                          diXml("  <preference for=\"E\\F\" type=\"G\\H\"/>\n")));
        QVERIFY(writeFile(root, QStringLiteral("app/design/frontend/Acme/shop/theme.xml"),
                          "<theme><parent>Magento/luma"));
        QVERIFY(writeFile(
            root, QStringLiteral("app/design/frontend/Acme/shop/Magento_Catalog/templates/x.phtml"), "x\n"));
        Customisations c;
        QVERIFY(finishesWithin([&] {
            c = Customisations::read(root, ComponentRegistry::read(root + QStringLiteral("/vendor")));
        }));
        QCOMPARE(diText(c), QStringLiteral("preference app/code/Acme/Good/etc/di.xml: E\\F -> G\\H"));
        QVERIFY(c.tables.isEmpty());
        for (const char *file :
             {"app/code/Acme/Fifo/etc/di.xml", "app/code/Acme/Broken/etc/di.xml",
              "app/code/Acme/Broken/etc/db_schema.xml", "app/design/frontend/Acme/shop/theme.xml"})
            QVERIFY2(anyWarning(c, QLatin1String(file)), qPrintable(c.warnings.join(QLatin1Char('\n'))));
        // A theme whose theme.xml cannot be read still has its module candidates.
        QCOMPARE(candidatesOf(
                     c, QStringLiteral("app/design/frontend/Acme/shop/Magento_Catalog/templates/x.phtml")),
                 (QStringList{QStringLiteral("magento/module-catalog/view/frontend/templates/x.phtml"),
                              QStringLiteral("magento/module-catalog/view/base/templates/x.phtml")}));
    }
};

QTEST_GUILESS_MAIN(TestCustomisations)
#include "tst_customisations.moc"
