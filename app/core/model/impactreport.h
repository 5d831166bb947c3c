#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mua {

// One of the store's customisations that the move touches (cli.md "impact"). Data.
struct ImpactFinding
{
    // warn: needs a look, often a code change; info; ignore: the vendor change is only whitespace or
    // comments.
    enum class Level { Warn, Info, Ignore };
    enum class Type {
        Override,            // a theme's copy of a changed template, layout, web or email file, view.xml
        RedundantOverride,   // after the move, the copy is the same as the new vendor file
        Preference,          // a <preference> for a class that changes
        PreferenceRemoved,   // … for a class the move removes
        Plugin,              // a plugin on a method that changes
        PluginTargetRemoved, // a plugin on a method (or class) the move removes
        DbSchema,            // a table the store extends in db_schema.xml is changed by the move
        SetupPatch           // the move adds or changes a data or schema patch
    };
    Level level = Level::Warn;
    Type type = Type::Override;
    QString file;       // the store's customised file, relative to ROOT (a setup patch: the vendor file)
    QString vendorFile; // the vendor file that changes, relative to ROOT ("vendor/magento/…")
    QString detail;     // one translated sentence
    bool operator==(const ImpactFinding &) const = default;
};

// What the impact report found, with where both vendor trees are (not in the JSON: the HTML page and
// the wizard read the files from there for the diffs).
struct ImpactReport
{
    Q_DECLARE_TR_FUNCTIONS(mua::ImpactReport)

public:
    QString from;
    QString to;
    QList<ImpactFinding> findings; // by level, type, file
    // What could not be read or compared, one sentence each (a malformed di.xml, a link out of the
    // store, a plugin class that cannot be found): the findings leave it out.
    QStringList warnings;
    QString root;      // the store's folder
    QString oldVendor; // the store's vendor/ (absolute)
    QString newVendor; // the target's vendor/, in the scratch install (absolute)

    int count(ImpactFinding::Level level) const;
    // cli.md: { from, to, findings: [{level, type, file, vendorFile, detail}], counts: {warn, info, ignore},
    // warnings: [sentence] }
    QJsonObject toJson() const;
    // The report a toJson() wrote (the cached one); nothing when it is not one.
    static std::optional<ImpactReport> fromJson(const QJsonObject &json);

    // The vendor file's path inside a vendor tree, from a finding's vendorFile ("vendor/a/b/c.php" →
    // "a/b/c.php").
    static QString insideVendor(const QString &vendorFile);

    static QString levelWord(ImpactFinding::Level level); // "warn", "info", "ignore" (JSON, never translated)
    static QString typeWord(ImpactFinding::Type type);    // "override", "redundant-override", …
    static std::optional<ImpactFinding::Level> levelFromWord(const QString &word);
    static std::optional<ImpactFinding::Type> typeFromWord(const QString &word);
    static QList<ImpactFinding::Type> allTypes();
    // Translated names for people: "Needs a look", "Override", …
    static QString levelTitle(ImpactFinding::Level level);
    static QString typeTitle(ImpactFinding::Type type);
};

} // namespace mua
