#pragma once

#include <QString>

namespace mua::test {

// What the impact report's tests read: in ComposerRepo's repository, magento/module-catalog with real
// files that change from 104.0.7 to 104.0.8 in each way the report knows (templates, web and email files,
// classes and their methods, db_schema.xml tables, setup patches; changed, changed only in comments,
// removed, added, unchanged), the vendor theme magento/theme-frontend-luma 100.4.7 / 100.4.8, and
// acme/module-delivery-date with a plugin; and a store's own customisations of them: a theme
// app/design/frontend/Acme/shop (parent Magento/luma) and a module app/code/Acme/Catalog, each with
// copies that the move must flag and copies it must not (an override of an unchanged template, a
// preference for an unchanged class, a plugin on an unchanged method, a schema extension of an
// unchanged table). tests/integration/data/impact-2.4.7-2.4.8.json is what the report must find.
struct ImpactFixture
{
    // Into ComposerRepo::make's repository (called by it).
    static void writePackages(const QString &repo);
    // Into a store's folder (ComposerRepo::makeStore with `customised`).
    static void customise(const QString &root);
};

} // namespace mua::test
