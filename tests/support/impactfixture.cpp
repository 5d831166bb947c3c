#include "tests/support/impactfixture.h"

#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mua::test {

namespace {

QByteArray registration(const char *type, const QString &name)
{
    return QStringLiteral("<?php\n"
                          "use Magento\\Framework\\Component\\ComponentRegistrar;\n\n"
                          "ComponentRegistrar::register(ComponentRegistrar::%1, '%2', __DIR__);\n")
        .arg(QLatin1String(type), name)
        .toUtf8();
}

// A package's composer.json as Magento's are: registration.php among the autoloaded files, PSR-4 from
// the package's folder.
void writeComposerJson(const QString &folder, const QString &name, const QString &version,
                       const QString &type, const QJsonObject &require, const QString &psr4)
{
    QJsonObject autoload{{QStringLiteral("files"), QJsonArray{QStringLiteral("registration.php")}}};
    if (!psr4.isEmpty())
        autoload.insert(QStringLiteral("psr-4"), QJsonObject{{psr4, QString()}});
    writeFile(folder, QStringLiteral("composer.json"),
              QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("version"), version},
                                        {QStringLiteral("type"), type},
                                        {QStringLiteral("require"), require},
                                        {QStringLiteral("autoload"), autoload}})
                  .toJson());
}

QByteArray productClass(bool next)
{
    QByteArray s = "<?php\n"
                   "/**\n * Copyright © Magento, Inc. All rights reserved.\n */\n"
                   "namespace Magento\\Catalog\\Model;\n\n"
                   "use Magento\\Framework\\Model\\AbstractModel;\n\n"
                   "class Product extends AbstractModel\n{\n"
                   "    public function getName()\n    {\n        return $this->_getData('name');\n    }\n\n";
    s += next ? "    /**\n     * The price, with the catalog rule applied.\n     */\n"
                "    public function getPrice()\n    {\n"
                "        return $this->getPriceModel()->getFinalPrice(1, $this);\n    }\n\n"
              : "    public function getPrice()\n    {\n        return $this->_getData('price');\n    }\n\n";
    if (!next)
        s += "    public function getSku()\n    {\n        return $this->_getData('sku');\n    }\n\n";
    s += next ? "    // Sets the name shown in the storefront.\n" : "    // Sets the name.\n";
    s += "    public function setName($name)\n    {\n        return $this->setData('name', $name);\n    }\n\n"
         "    public function getSpecialPrice()\n    {\n        return $this->_getData('special_price');\n"
         "    }\n}\n";
    return s;
}

QByteArray dbSchema(bool next)
{
    QByteArray s =
        "<?xml version=\"1.0\"?>\n"
        "<schema xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "        xsi:noNamespaceSchemaLocation=\"urn:magento:framework:Setup/Declaration/Schema/etc/"
        "schema.xsd\">\n";
    s += next ? "    <!-- Products, with their type. -->\n" : "";
    s += "    <table name=\"catalog_product_entity\" resource=\"default\" engine=\"innodb\">\n"
         "        <column xsi:type=\"int\" name=\"entity_id\" unsigned=\"true\" nullable=\"false\" "
         "identity=\"true\"/>\n"
         "        <column xsi:type=\"varchar\" name=\"sku\" nullable=\"false\" length=\"64\"/>\n";
    if (next)
        s += "        <column xsi:type=\"varchar\" name=\"type_id\" nullable=\"false\" length=\"32\" "
             "default=\"simple\"/>\n";
    s += "    </table>\n"
         "    <table name=\"catalog_category_entity\" resource=\"default\" engine=\"innodb\">\n"
         "        <column xsi:type=\"int\" name=\"entity_id\" unsigned=\"true\" nullable=\"false\" "
         "identity=\"true\"/>\n"
         "    </table>\n</schema>\n";
    return s;
}

QByteArray patchClass(const char *kind, const char *name, const char *body)
{
    return QStringLiteral("<?php\nnamespace Magento\\Catalog\\Setup\\Patch\\%1;\n\n"
                          "use Magento\\Framework\\Setup\\Patch\\%1PatchInterface;\n\n"
                          "class %2 implements %1PatchInterface\n{\n"
                          "    public function apply()\n    {\n        %3\n    }\n\n"
                          "    public static function getDependencies()\n    {\n        return [];\n    }\n\n"
                          "    public function getAliases()\n    {\n        return [];\n    }\n}\n")
        .arg(QLatin1String(kind), QLatin1String(name), QLatin1String(body))
        .toUtf8();
}

void writeCatalog(const QString &folder, const QString &version, bool next)
{
    writeFile(folder, QStringLiteral("registration.php"),
              registration("MODULE", QStringLiteral("Magento_Catalog")));
    writeFile(folder, QStringLiteral("etc/module.xml"),
              "<?xml version=\"1.0\"?>\n<config><module name=\"Magento_Catalog\"/></config>\n");
    writeFile(folder, QStringLiteral("src/Version.php"),
              QStringLiteral("<?php\n// magento/module-catalog %1\nreturn '%1';\n").arg(version).toUtf8());
    const QString t = QStringLiteral("view/frontend/templates/product/");
    // Changed in code.
    writeFile(folder, t + QStringLiteral("view.phtml"),
              QByteArray("<?php /** @var $block \\Magento\\Catalog\\Block\\Product\\View */ ?>\n"
                         "<div class=\"product-info-main\">\n"
                         "    <?= $block->escapeHtml($block->getName()) ?>\n") +
                  (next ? "    <div class=\"product-sku\"><?= $block->escapeHtml($block->getSku()) ?></div>\n"
                        : "") +
                  "</div>\n");
    // Changed, but the theme Magento/luma has its own copy, which does not change.
    writeFile(folder, t + QStringLiteral("list.phtml"),
              next ? "<ol class=\"products list\" data-role=\"list\"></ol>\n"
                   : "<ol class=\"products list\"></ol>\n");
    // The same in both.
    writeFile(folder, t + QStringLiteral("breadcrumbs.phtml"), "<div class=\"breadcrumbs\"></div>\n");
    // The same in both, but the move's Luma starts overriding it.
    writeFile(folder, t + QStringLiteral("view/review.phtml"),
              "<div class=\"product-reviews-summary\"></div>\n");
    // Changed only in a comment.
    writeFile(folder, t + QStringLiteral("gallery.phtml"),
              QByteArray("<?php // ") + (next ? "The gallery, loaded lazily" : "The gallery") +
                  " ?>\n<div class=\"gallery-placeholder\"></div>\n");
    // Changed to what the store's copy already is.
    writeFile(folder, t + QStringLiteral("price.phtml"),
              next ? "<span class=\"price\"><?= $block->getPriceHtml() ?></span>\n"
                   : "<span class=\"price\"><?= $block->getPrice() ?></span>\n");
    // Removed by the move.
    if (!next)
        writeFile(folder, t + QStringLiteral("compare.phtml"), "<a class=\"action tocompare\"></a>\n");
    writeFile(folder, QStringLiteral("view/base/templates/product/price/amount.phtml"),
              next
                  ? "<span class=\"price-wrapper\" data-price-amount=\"<?= $block->getAmount() ?>\"></span>\n"
                  : "<span class=\"price-wrapper\"></span>\n");
    writeFile(folder, QStringLiteral("view/frontend/web/js/swatch.js"),
              next ? "define(['jquery'], function ($) {\n    'use strict';\n    return "
                     "$.widget('mage.swatch', {});\n});\n"
                   : "define(['jquery'], function ($) {\n    return $.widget('mage.swatch', {});\n});\n");
    writeFile(folder, QStringLiteral("view/frontend/email/product_alert.html"),
              next ? "<p>{{trans \"%name is back in stock\" name=$product.name}}</p>\n"
                   : "<p>{{trans \"%name is in stock\" name=$product.name}}</p>\n");
    writeFile(folder, QStringLiteral("view/frontend/layout/catalog_product_view.xml"),
              next ? "<page><body><referenceContainer name=\"content\" label=\"Main\"/></body></page>\n"
                   : "<page><body><referenceContainer name=\"content\"/></body></page>\n");
    writeFile(folder, QStringLiteral("view/frontend/layout/catalog_category_view.xml"),
              next ? "<page><body><block name=\"category.products\" cacheable=\"true\"/></body></page>\n"
                   : "<page><body><block name=\"category.products\"/></body></page>\n");
    writeFile(folder, QStringLiteral("Model/Product.php"), productClass(next));
    writeFile(folder, QStringLiteral("Model/ProductRepository.php"),
              QByteArray("<?php\nnamespace Magento\\Catalog\\Model;\n\nclass ProductRepository\n{\n"
                         "    public function get($sku)\n    {\n") +
                  (next ? "        return $this->getById($this->resource->getIdBySku($sku));\n"
                        : "        return $this->getById($sku);\n") +
                  "    }\n}\n");
    writeFile(folder, QStringLiteral("Model/Category.php"),
              "<?php\nnamespace Magento\\Catalog\\Model;\n\nclass Category\n{\n"
              "    public function getName()\n    {\n        return 'category';\n    }\n}\n");
    writeFile(folder, QStringLiteral("Model/Comment.php"),
              QByteArray("<?php\nnamespace Magento\\Catalog\\Model;\n\n") +
                  (next ? "/**\n * A product's comment.\n */\n" : "") +
                  "class Comment\n{\n    public function getText()\n    {\n        return '';\n    }\n}\n");
    if (!next)
        writeFile(folder, QStringLiteral("Model/LegacyHelper.php"),
                  "<?php\nnamespace Magento\\Catalog\\Model;\n\nclass LegacyHelper\n{\n}\n");
    writeFile(folder, QStringLiteral("etc/db_schema.xml"), dbSchema(next));
    writeFile(folder, QStringLiteral("Setup/Patch/Data/UpdateDefaultAttributeValue.php"),
              patchClass("Data", "UpdateDefaultAttributeValue", "return $this;"));
    writeFile(folder, QStringLiteral("Setup/Patch/Schema/AddIndex.php"),
              patchClass("Schema", "AddIndex",
                         next ? "$this->addIndex('sku', 'type_id');" : "$this->addIndex('sku');"));
    if (next)
        writeFile(
            folder, QStringLiteral("Setup/Patch/Data/AddNewAttribute.php"),
            patchClass("Data", "AddNewAttribute", "$this->eavSetup->addAttribute('product', 'new', []);"));
}

QByteArray baseDi()
{
    return "<?xml version=\"1.0\"?>\n<config>\n"
           "    <preference for=\"Magento\\Catalog\\Model\\ProductRepository\" "
           "type=\"Magento\\Catalog\\Model\\ProductRepository\\Default\"/>\n</config>\n";
}

void writeLuma(const QString &folder, bool next)
{
    writeFile(folder, QStringLiteral("registration.php"),
              registration("THEME", QStringLiteral("frontend/Magento/luma")));
    writeFile(folder, QStringLiteral("theme.xml"),
              "<theme xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
              "    <title>Magento Luma</title>\n    <parent>Magento/blank</parent>\n</theme>\n");
    writeFile(folder, QStringLiteral("Magento_Catalog/templates/product/list.phtml"),
              "<ol class=\"products list items\"></ol>\n");
    writeFile(folder, QStringLiteral("Magento_Catalog/templates/product/view/details.phtml"),
              next ? "<div class=\"product info detailed\" role=\"tablist\"></div>\n"
                   : "<div class=\"product info detailed\"></div>\n");
    writeFile(folder, QStringLiteral("etc/view.xml"),
              next ? "<view><media><images module=\"Magento_Catalog\"><image id=\"category_page_grid\" "
                     "type=\"small_image\"><width>280</width></image></images></media></view>\n"
                   : "<view><media><images module=\"Magento_Catalog\"><image id=\"category_page_grid\" "
                     "type=\"small_image\"><width>240</width></image></images></media></view>\n");
    writeFile(folder, QStringLiteral("web/css/source/_theme.less"), "@theme__color__primary: #1979c3;\n");
    if (next)
        writeFile(folder, QStringLiteral("Magento_Catalog/templates/product/view/review.phtml"),
                  "<div class=\"product-reviews-summary luma\"></div>\n");
}

} // namespace

void ImpactFixture::writePackages(const QString &repo)
{
    const struct
    {
        const char *catalog, *framework, *luma;
        bool next;
    } versions[] = {{"104.0.7", "103.0.7", "100.4.7", false},
                    {"104.0.8", "103.0.8", "100.4.8", true},
                    {"104.0.9", "103.0.9", "100.4.9", true}};
    for (const auto &v : versions) {
        const QString catalog = repo + QStringLiteral("/magento-module-catalog-") + QLatin1String(v.catalog);
        writeComposerJson(catalog, QStringLiteral("magento/module-catalog"), QLatin1String(v.catalog),
                          QStringLiteral("magento2-module"),
                          {{QStringLiteral("magento/framework"), QLatin1String(v.framework)}},
                          QStringLiteral("Magento\\Catalog\\"));
        writeCatalog(catalog, QLatin1String(v.catalog), v.next);
        const QString luma = repo + QStringLiteral("/magento-theme-frontend-luma-") + QLatin1String(v.luma);
        writeComposerJson(luma, QStringLiteral("magento/theme-frontend-luma"), QLatin1String(v.luma),
                          QStringLiteral("magento2-theme"),
                          {{QStringLiteral("magento/framework"), QLatin1String(v.framework)}}, QString());
        writeLuma(luma, v.next);
    }
    // Magento's own app/etc/di.xml, which magento2-base maps into the store: a preference for a class
    // that changes, which is Magento's, not the store's.
    for (const char *base : {"2.4.7", "2.4.8", "2.4.9"})
        writeFile(repo + QStringLiteral("/magento-magento2-base-") + QLatin1String(base),
                  QStringLiteral("app/etc/di.xml"), baseDi());
    // A module the store requires by name, with a plugin of its own on a method the move changes.
    const QString delivery = repo + QStringLiteral("/acme-module-delivery-date-1.4.0");
    writeComposerJson(delivery, QStringLiteral("acme/module-delivery-date"), QStringLiteral("1.4.0"),
                      QStringLiteral("magento2-module"),
                      {{QStringLiteral("magento/framework"), QStringLiteral("^103.0")}},
                      QStringLiteral("Acme\\DeliveryDate\\"));
    writeFile(delivery, QStringLiteral("registration.php"),
              registration("MODULE", QStringLiteral("Acme_DeliveryDate")));
    writeFile(delivery, QStringLiteral("src/Version.php"), "<?php\nreturn '1.4.0';\n");
    writeFile(delivery, QStringLiteral("etc/di.xml"),
              "<?xml version=\"1.0\"?>\n<config>\n"
              "    <type name=\"Magento\\Catalog\\Model\\Product\">\n"
              "        <plugin name=\"acme_delivery_date_price\" "
              "type=\"Acme\\DeliveryDate\\Plugin\\PricePlugin\"/>\n"
              "    </type>\n</config>\n");
    writeFile(
        delivery, QStringLiteral("Plugin/PricePlugin.php"),
        "<?php\nnamespace Acme\\DeliveryDate\\Plugin;\n\nclass PricePlugin\n{\n"
        "    public function afterGetPrice($subject, $result)\n    {\n        return $result;\n    }\n}\n");
}

void ImpactFixture::customise(const QString &root)
{
    const QString theme = QStringLiteral("app/design/frontend/Acme/shop/");
    writeFile(root, theme + QStringLiteral("registration.php"),
              registration("THEME", QStringLiteral("frontend/Acme/shop")));
    writeFile(root, theme + QStringLiteral("theme.xml"),
              "<theme xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
              "    <title>Acme Shop</title>\n    <parent>Magento/luma</parent>\n</theme>\n");
    const QString t = theme + QStringLiteral("Magento_Catalog/templates/product/");
    writeFile(root, t + QStringLiteral("view.phtml"),
              "<?php /** @var $block \\Magento\\Catalog\\Block\\Product\\View */ ?>\n"
              "<div class=\"product-info-main acme\">\n"
              "    <?= $block->escapeHtml($block->getName()) ?>\n"
              "</div>\n");
    writeFile(root, t + QStringLiteral("list.phtml"), "<ol class=\"products list items acme\"></ol>\n");
    writeFile(root, t + QStringLiteral("breadcrumbs.phtml"), "<div class=\"breadcrumbs acme\"></div>\n");
    writeFile(root, t + QStringLiteral("gallery.phtml"),
              "<?php // The gallery ?>\n<div class=\"gallery-placeholder acme\"></div>\n");
    writeFile(root, t + QStringLiteral("price.phtml"),
              "<span class=\"price\"><?= $block->getPriceHtml() ?></span>\n\n");
    writeFile(root, t + QStringLiteral("compare.phtml"), "<a class=\"action tocompare acme\"></a>\n");
    writeFile(root, t + QStringLiteral("price/amount.phtml"), "<span class=\"price-wrapper acme\"></span>\n");
    writeFile(root, t + QStringLiteral("view/review.phtml"),
              "<div class=\"product-reviews-summary acme\"></div>\n");
    writeFile(root, t + QStringLiteral("view/details.phtml"),
              "<div class=\"product info detailed acme\"></div>\n");
    writeFile(root, theme + QStringLiteral("Magento_Catalog/web/js/swatch.js"),
              "define(['jquery'], function ($) {\n    return $.widget('mage.swatch', {acme: true});\n});\n");
    writeFile(root, theme + QStringLiteral("Magento_Catalog/email/product_alert.html"),
              "<p class=\"acme\">{{trans \"%name is in stock\" name=$product.name}}</p>\n");
    // A layout file that extends the page (merged, not an override), and one that replaces it.
    writeFile(root, theme + QStringLiteral("Magento_Catalog/layout/catalog_product_view.xml"),
              "<page><body><referenceBlock name=\"product.info.sku\" remove=\"true\"/></body></page>\n");
    writeFile(root, theme + QStringLiteral("Magento_Catalog/layout/override/base/catalog_category_view.xml"),
              "<page><body><block name=\"category.products\" "
              "template=\"Acme_Catalog::list.phtml\"/></body></page>\n");
    writeFile(root, theme + QStringLiteral("etc/view.xml"),
              "<view><media><images module=\"Magento_Catalog\"><image id=\"category_page_grid\" "
              "type=\"small_image\"><width>300</width></image></images></media></view>\n");
    writeFile(root, theme + QStringLiteral("web/css/source/_theme.less"),
              "@theme__color__primary: #c31919;\n");

    // As magento2-base maps it (Magento's preference, not a customisation), with one preference of the
    // store's own added (which is).
    writeFile(root, QStringLiteral("app/etc/di.xml"),
              baseDi().replace("</config>", "    <preference for=\"Magento\\Catalog\\Model\\Product\" "
                                            "type=\"Acme\\Shop\\Model\\Product\"/>\n</config>"));

    const QString module = QStringLiteral("app/code/Acme/Catalog/");
    writeFile(root, module + QStringLiteral("registration.php"),
              registration("MODULE", QStringLiteral("Acme_Catalog")));
    writeFile(root, module + QStringLiteral("etc/module.xml"),
              "<?xml version=\"1.0\"?>\n<config><module name=\"Acme_Catalog\"/></config>\n");
    writeFile(
        root, module + QStringLiteral("etc/di.xml"),
        "<?xml version=\"1.0\"?>\n<config>\n"
        "    <preference for=\"Magento\\Catalog\\Model\\ProductRepository\" "
        "type=\"Acme\\Catalog\\Model\\ProductRepository\"/>\n"
        "    <preference for=\"\\Magento\\Catalog\\Model\\Category\" "
        "type=\"Acme\\Catalog\\Model\\Category\"/>\n"
        "    <preference for=\"Magento\\Catalog\\Model\\LegacyHelper\" "
        "type=\"Acme\\Catalog\\Model\\LegacyHelper\"/>\n"
        "    <preference for=\"Magento\\Catalog\\Model\\Comment\" type=\"Acme\\Catalog\\Model\\Comment\"/>\n"
        "    <preference for=\"Magento\\Catalog\\Api\\ProductRepositoryInterface\" "
        "type=\"Acme\\Catalog\\Model\\ProductRepository\"/>\n"
        "    <virtualType name=\"AcmeCatalogProduct\" type=\"Magento\\Catalog\\Model\\Product\"/>\n"
        "</config>\n");
    writeFile(
        root, module + QStringLiteral("etc/frontend/di.xml"),
        "<?xml version=\"1.0\"?>\n<config>\n"
        "    <type name=\"Magento\\Catalog\\Model\\Product\">\n"
        "        <plugin name=\"acme_catalog_product\" type=\"Acme\\Catalog\\Plugin\\ProductPlugin\"/>\n"
        "        <plugin name=\"acme_catalog_off\" type=\"Acme\\Catalog\\Plugin\\DisabledPlugin\" "
        "disabled=\"true\"/>\n"
        "    </type>\n"
        "    <type name=\"AcmeCatalogProduct\">\n"
        "        <plugin name=\"acme_catalog_virtual\" type=\"Acme\\Catalog\\Plugin\\VirtualPlugin\"/>\n"
        "    </type>\n</config>\n");
    writeFile(root, module + QStringLiteral("Plugin/ProductPlugin.php"),
              "<?php\nnamespace Acme\\Catalog\\Plugin;\n\nuse Magento\\Catalog\\Model\\Product;\n\n"
              "class ProductPlugin\n{\n"
              "    public function beforeGetPrice(Product $subject)\n    {\n        return null;\n    }\n\n"
              "    public function afterGetName(Product $subject, $result)\n    {\n        return $result;\n "
              "   }\n\n"
              "    public function aroundGetSku(Product $subject, callable $proceed)\n    {\n"
              "        return strtoupper($proceed());\n    }\n\n"
              "    public function afterSetName(Product $subject, $result)\n    {\n        return $result;\n "
              "   }\n}\n");
    writeFile(
        root, module + QStringLiteral("Plugin/VirtualPlugin.php"),
        "<?php\nnamespace Acme\\Catalog\\Plugin;\n\nclass VirtualPlugin\n{\n"
        "    public function afterGetPrice($subject, $result)\n    {\n        return $result;\n    }\n\n"
        "    public function afterGetSpecialPrice($subject, $result)\n    {\n        return $result;\n    "
        "}\n}\n");
    writeFile(root, module + QStringLiteral("Plugin/DisabledPlugin.php"),
              "<?php\nnamespace Acme\\Catalog\\Plugin;\n\nclass DisabledPlugin\n{\n"
              "    public function beforeGetPrice($subject)\n    {\n        return null;\n    }\n}\n");
    for (const char *name : {"ProductRepository", "Category", "LegacyHelper", "Comment"})
        writeFile(root, module + QStringLiteral("Model/%1.php").arg(QLatin1String(name)),
                  QStringLiteral("<?php\nnamespace Acme\\Catalog\\Model;\n\nclass %1 extends "
                                 "\\Magento\\Catalog\\Model\\%1\n{\n}\n")
                      .arg(QLatin1String(name))
                      .toUtf8());
    writeFile(root, module + QStringLiteral("etc/db_schema.xml"),
              "<?xml version=\"1.0\"?>\n"
              "<schema xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
              "    <table name=\"catalog_product_entity\">\n"
              "        <column xsi:type=\"smallint\" name=\"acme_flag\" nullable=\"true\"/>\n    </table>\n"
              "    <table name=\"catalog_category_entity\">\n"
              "        <column xsi:type=\"smallint\" name=\"acme_flag\" nullable=\"true\"/>\n    </table>\n"
              "    <table name=\"acme_catalog_note\">\n"
              "        <column xsi:type=\"int\" name=\"note_id\" identity=\"true\"/>\n    </table>\n"
              "</schema>\n");
}

} // namespace mua::test
