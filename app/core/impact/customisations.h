#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace mua {

// Where Magento components live in a vendor tree, by what their registration.php registers
// (ComponentRegistrar::register(ComponentRegistrar::MODULE, 'Magento_Catalog', __DIR__)), found
// through vendor/composer/installed.json (Composer 2's install-path, or vendor/NAME for Composer 1)
// and each package's autoload `files`. Read, never run.
struct ComponentRegistry
{
    QHash<QString, QString> modules; // "Magento_Catalog" → "magento/module-catalog" (relative to vendor/)
    QHash<QString, QString> themes;  // "frontend/Magento/luma" → "magento/theme-frontend-luma"
    // Package name → its folder relative to vendor/, for every installed package.
    QHash<QString, QString> packages;
    static ComponentRegistry read(const QString &vendorDir);
};

// A theme's file that replaces a file of a parent theme or of a module (Magento's fallback). The
// candidates are what the file replaces, nearest first, relative to vendor/: the same path in each
// parent theme of the chain that lives in vendor/ (by theme.xml's <parent>), then the module's
// view/AREA/… and view/base/…. The first candidate that exists in the store's vendor/ is the file
// the copy was made from.
struct ThemeOverride
{
    QString file; // relative to ROOT: app/design/frontend/Acme/shop/Magento_Catalog/templates/x.phtml
    QStringList candidates; // relative to vendor/
};

// One <preference> or <plugin> of a di.xml the store owns.
struct DiEntry
{
    enum class Kind { Preference, Plugin };
    Kind kind = Kind::Preference;
    QString file;     // the di.xml, relative to ROOT
    QString target;   // preference `for`, or the plugged <type name> (a virtualType resolved to its class)
    QString type;     // the preferred class, or the plugin's class; fully qualified, no leading backslash
    QString name;     // the plugin's name; empty for a preference
    QString typeFile; // the preferred or plugin class's PHP file relative to ROOT when found (app/code, or
                      // the module's PSR-4 autoload); empty when not found
};

// A table a db_schema.xml the store owns declares or extends.
struct SchemaTable
{
    QString file;  // the db_schema.xml, relative to ROOT
    QString table; // <table name="…">
};

// What the store customises, read from its files without a database and without running its code:
// the themes of app/design (each file under MODULE_Name/{templates,web,email}/, MODULE_Name/layout/
// override/{base,theme/V/t}/, and the theme's own web/ and etc/view.xml), and the di.xml and
// db_schema.xml files of the store's modules: app/code/V/M (etc/ and etc/AREA/), app/etc/di.xml, and
// the modules in vendor/ that the root composer.json requires by name (not the product package and
// what it brings). Disabled plugins (disabled="true") and plugins without a type are left out. Links
// are not followed; a file that cannot be read is named in `warnings` and skipped.
struct Customisations
{
    Q_DECLARE_TR_FUNCTIONS(mua::Customisations)

public:
    QList<ThemeOverride> overrides;
    QList<DiEntry> di;
    QList<SchemaTable> tables;
    QStringList warnings; // one sentence each
    // root: the store; registry: of the store's vendor/ (ComponentRegistry::read(root + "/vendor")).
    static Customisations read(const QString &root, const ComponentRegistry &registry,
                               const std::atomic_bool *cancel = nullptr);
};

} // namespace mua
