#include "core/impact/customisations.h"

#include "core/fs/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace mua {

namespace {

// How much is read of each kind of file at most: each is a few KB in a real store.
constexpr qint64 RegistrationLimit = 1 * FileLimit::MiB; // registration.php and other autoload files
constexpr qint64 XmlLimit = 16 * FileLimit::MiB;         // theme.xml, di.xml, db_schema.xml

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    return a + QLatin1Char('/') + b;
}

// A class name as di.xml may write it, without the leading backslash.
QString className(QString name)
{
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\\')))
        name.remove(0, 1);
    return name;
}

// Whether path lies in folder (both canonical).
bool inside(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && (path == folder || path.startsWith(folder + QLatin1Char('/')));
}

// --- Component registration, read as text --------------------------------------------------------

struct Registration
{
    QString type; // MODULE, THEME, …
    QString name;
    QString subFolder; // what `__DIR__ . '/src'` adds, without slashes at its ends
};

QList<Registration> registrations(const QByteArray &php)
{
    // ComponentRegistrar::register(ComponentRegistrar::MODULE, 'Magento_Catalog', __DIR__);
    // also with \Magento\Framework\Component\ before either part, double quotes, and __DIR__ . '/src'.
    static const QRegularExpression call(
        QStringLiteral(R"(ComponentRegistrar\s*::\s*register\s*\(\s*(?:\\?(?:[A-Za-z_]\w*\\)*)?)"
                       R"(ComponentRegistrar\s*::\s*(MODULE|THEME|LIBRARY|LANGUAGE|SETUP)\s*,\s*)"
                       R"((['"])([^'"]+)\2\s*,\s*__DIR__(?:\s*\.\s*(['"])([^'"]*)\4)?\s*\))"));
    QList<Registration> out;
    const QString text = QString::fromUtf8(php);
    auto it = call.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Registration r;
        r.type = m.captured(1);
        r.name = m.captured(3).trimmed();
        r.subFolder = m.captured(5);
        while (r.subFolder.startsWith(QLatin1Char('/')))
            r.subFolder.remove(0, 1);
        while (r.subFolder.endsWith(QLatin1Char('/')))
            r.subFolder.chop(1);
        out << r;
    }
    return out;
}

// --- Reading the store's files -----------------------------------------------------------------

// Reads files of the store for Customisations::read: never through a link in app/ (the store's own
// code), never through a link out of the store anywhere; what cannot be read goes to warnings.
class StoreReader
{
    Q_DECLARE_TR_FUNCTIONS(mua::Customisations)

public:
    StoreReader(const QString &root, QStringList *warnings)
        : m_root(QDir::cleanPath(root))
        , m_canonicalRoot(QFileInfo(root).canonicalFilePath())
        , m_warnings(warnings)
    {}

    QString path(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }

    // Whether relative (a file or a folder) can be used: it exists, and no part of it from ROOT on is
    // a link (app/), or, when links are allowed (vendor/, where Composer links path repositories),
    // it ends up in the store. A link that is not followed is named in warnings.
    bool usable(const QString &relative, bool allowLinks)
    {
        const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // A name the store's files give (a di.xml class "..\..\x", an install-path, a PSR-4 folder)
        // never leads out of it by "..".
        if (parts.contains(QLatin1String("..")) || QDir::isAbsolutePath(relative))
            return false;
        QString sofar;
        bool viaLink = false;
        for (const QString &part : parts) {
            sofar = joined(sofar, part);
            const QFileInfo info(path(sofar));
            if (info.isSymLink()) {
                if (!allowLinks) {
                    warnLink(sofar);
                    return false;
                }
                viaLink = true;
            } else if (!info.exists()) {
                return false;
            }
        }
        if (viaLink) {
            const QString canonical = QFileInfo(path(relative)).canonicalFilePath();
            if (canonical.isEmpty())
                return false;
            if (!inside(canonical, m_canonicalRoot)) {
                warnLink(relative);
                return false;
            }
        }
        return true;
    }

    // The file's bytes, or nothing (missing quietly; anything else named in warnings).
    std::optional<QByteArray> read(const QString &relative, qint64 limit, bool allowLinks)
    {
        if (!usable(relative, allowLinks))
            return std::nullopt;
        const FileContent content = SafeFile::read(path(relative), limit, SafeFile::Links::Follow);
        if (content.ok())
            return content.data;
        if (content.status != FileContent::Status::Missing)
            m_warnings->append(tr("%1 was skipped: %2").arg(relative, content.error));
        return std::nullopt;
    }

    // The sub-folders of relative that are no links (the links named in warnings), by name.
    QStringList subFolders(const QString &relative)
    {
        QStringList out;
        const QDir dir(path(relative));
        for (const QFileInfo &info : dir.entryInfoList(
                 QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name)) {
            if (info.isSymLink()) {
                warnLink(joined(relative, info.fileName()));
                continue;
            }
            if (info.isDir())
                out << info.fileName();
        }
        return out;
    }

    // Every file below relative (relative to it), links left out and named in warnings, by path;
    // hidden files and node_modules left out.
    QStringList filesBelow(const QString &relative, const std::atomic_bool *cancel)
    {
        QStringList out;
        QStringList pending{QString()};
        while (!pending.isEmpty() && !cancelled(cancel)) {
            const QString sub = pending.takeFirst();
            const QDir dir(path(joined(relative, sub)));
            QStringList subs;
            for (const QFileInfo &info : dir.entryInfoList(
                     QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name)) {
                const QString rel = joined(sub, info.fileName());
                // A theme's build tools (Hyvä's web/tailwind/node_modules, with npm's links in .bin)
                // and hidden files are not what Magento serves.
                if (info.fileName().startsWith(QLatin1Char('.')) ||
                    (info.isDir() && info.fileName() == QLatin1String("node_modules")))
                    continue;
                if (info.isSymLink())
                    warnLink(joined(relative, rel));
                else if (info.isDir())
                    subs << rel;
                else
                    out << rel;
            }
            pending = subs + pending;
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    void warn(const QString &sentence) { m_warnings->append(sentence); }

private:
    void warnLink(const QString &relative)
    {
        const QString target = QFile::symLinkTarget(path(relative));
        const QString sentence =
            inside(QFileInfo(path(relative)).canonicalFilePath(), m_canonicalRoot)
                ? tr("%1 is a symbolic link; links are not followed, so it was left out of the report.")
                      .arg(relative)
                : tr("%1 is a symbolic link to %2, outside the store; links are not followed, so it was "
                     "left out of the report.")
                      .arg(relative, target);
        if (!m_warnings->contains(sentence))
            m_warnings->append(sentence);
    }

    QString m_root;
    QString m_canonicalRoot;
    QStringList *m_warnings;
};

// Whether xml stopped at a malformed part of file; then names it in warnings by sentence (its %1 the
// file, %2 the line, %3 the parser's words).
bool malformed(StoreReader &reader, const QXmlStreamReader &xml, const QString &file, const QString &sentence)
{
    if (!xml.hasError())
        return false;
    reader.warn(sentence.arg(file, QString::number(xml.lineNumber()), xml.errorString()));
    return true;
}

// The text of theme.xml's <parent>, or empty; a malformed file is named in warnings.
QString themeParent(StoreReader &reader, const QString &themeXml, bool allowLinks)
{
    const std::optional<QByteArray> data = reader.read(themeXml, XmlLimit, allowLinks);
    if (!data)
        return {};
    QXmlStreamReader xml(*data);
    QString parent;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("parent"))
            parent = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
    }
    if (malformed(reader, xml, themeXml,
                  Customisations::tr("%1 is not well-formed XML (line %2: %3); its theme's parent is not "
                                     "known, so its overrides are compared with its modules only."))) {
        return {};
    }
    return parent;
}

// --- di.xml ------------------------------------------------------------------------------------

struct RawDi
{
    DiEntry entry;
    QString package; // the vendor package the di.xml belongs to, or empty
};

// Reads one di.xml into entries and virtual types; false (named in warnings) when it is malformed.
bool parseDi(StoreReader &reader, const QString &file, bool allowLinks, const QString &package,
             QList<RawDi> &entries, QHash<QString, QString> &virtualTypes)
{
    const std::optional<QByteArray> data = reader.read(file, XmlLimit, allowLinks);
    if (!data)
        return false;
    QXmlStreamReader xml(*data);
    QList<RawDi> found;
    QHash<QString, QString> virtuals;
    QStringList typeStack; // the <type>/<virtualType> names around the current element
    QList<bool> isTypeElement;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes a = xml.attributes();
            const QStringView name = xml.name();
            const bool typeElement = name == QLatin1String("type") || name == QLatin1String("virtualType");
            if (name == QLatin1String("virtualType") && a.hasAttribute(QLatin1String("type")))
                virtuals.insert(className(a.value(QLatin1String("name")).toString()),
                                className(a.value(QLatin1String("type")).toString()));
            if (name == QLatin1String("preference")) {
                RawDi raw;
                raw.entry.kind = DiEntry::Kind::Preference;
                raw.entry.file = file;
                raw.entry.target = className(a.value(QLatin1String("for")).toString());
                raw.entry.type = className(a.value(QLatin1String("type")).toString());
                raw.package = package;
                if (!raw.entry.target.isEmpty() && !raw.entry.type.isEmpty())
                    found << raw;
            } else if (name == QLatin1String("plugin") && !typeStack.isEmpty() && isTypeElement.last()) {
                const QString type = className(a.value(QLatin1String("type")).toString());
                const bool disabled = a.value(QLatin1String("disabled"))
                                          .trimmed()
                                          .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
                if (!type.isEmpty() && !disabled) {
                    RawDi raw;
                    raw.entry.kind = DiEntry::Kind::Plugin;
                    raw.entry.file = file;
                    raw.entry.target = typeStack.last();
                    raw.entry.type = type;
                    raw.entry.name = a.value(QLatin1String("name")).toString().trimmed();
                    raw.package = package;
                    found << raw;
                }
            }
            typeStack << (typeElement ? className(a.value(QLatin1String("name")).toString()) : QString());
            isTypeElement << typeElement;
        } else if (token == QXmlStreamReader::EndElement) {
            if (!typeStack.isEmpty()) {
                typeStack.removeLast();
                isTypeElement.removeLast();
            }
        }
    }
    if (malformed(reader, xml, file,
                  Customisations::tr("%1 is not well-formed XML (line %2: %3), so its preferences and "
                                     "plugins are left out of the report."))) {
        return false;
    }
    entries << found;
    for (auto it = virtuals.cbegin(); it != virtuals.cend(); ++it)
        virtualTypes.insert(it.key(), it.value());
    return true;
}

// A virtual type's class, through chains of virtual types (a loop ends where it closes).
QString resolveVirtual(const QString &name, const QHash<QString, QString> &virtualTypes)
{
    QString current = name;
    QSet<QString> seen{current};
    while (virtualTypes.contains(current)) {
        const QString next = virtualTypes.value(current);
        if (next.isEmpty() || seen.contains(next))
            break;
        seen.insert(next);
        current = next;
    }
    return current;
}

// The tables of one db_schema.xml.
void parseSchema(StoreReader &reader, const QString &file, bool allowLinks, QList<SchemaTable> &tables)
{
    const std::optional<QByteArray> data = reader.read(file, XmlLimit, allowLinks);
    if (!data)
        return;
    QXmlStreamReader xml(*data);
    QList<SchemaTable> found;
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            // <schema><table name="…">: tables are the root's children.
            if (depth == 2 && xml.name() == QLatin1String("table")) {
                const QString name = xml.attributes().value(QLatin1String("name")).toString().trimmed();
                if (!name.isEmpty())
                    found << SchemaTable{file, name};
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (malformed(reader, xml, file,
                  Customisations::tr("%1 is not well-formed XML (line %2: %3), so its tables are left out "
                                     "of the report."))) {
        return;
    }
    tables << found;
}

// A module whose etc/ is read for di.xml and db_schema.xml.
struct ModuleFolder
{
    QString folder;  // relative to ROOT
    QString package; // the vendor package, or empty for app/code
    bool allowLinks = false;
};

// The PSR-4 prefixes of a vendor package's composer.json: prefix → folders relative to vendor/.
using Psr4 = QList<QPair<QString, QStringList>>;

Psr4 psr4Of(StoreReader &reader, const QString &packageFolder)
{
    Psr4 out;
    const std::optional<QByteArray> data =
        reader.read(QStringLiteral("vendor/") + packageFolder + QStringLiteral("/composer.json"),
                    FileLimit::ComposerJson, true);
    if (!data)
        return out;
    const QJsonObject psr4 = QJsonDocument::fromJson(*data)
                                 .object()
                                 .value(QLatin1String("autoload"))
                                 .toObject()
                                 .value(QLatin1String("psr-4"))
                                 .toObject();
    for (auto it = psr4.constBegin(); it != psr4.constEnd(); ++it) {
        QStringList dirs;
        if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                dirs << v.toString();
        } else {
            dirs << it.value().toString();
        }
        QStringList folders;
        for (const QString &d : std::as_const(dirs))
            folders << QDir::cleanPath(packageFolder + QLatin1Char('/') + d);
        // "Acme\\Foo\\" as composer.json writes it; the empty prefix takes every class.
        QString prefix = className(it.key());
        if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('\\')))
            prefix += QLatin1Char('\\');
        out.append({prefix, folders});
    }
    return out;
}

} // namespace

// -------------------------------------------------------------------------------------------------

ComponentRegistry ComponentRegistry::read(const QString &vendorDir)
{
    ComponentRegistry registry;
    const QString vendor = QDir::cleanPath(vendorDir);
    const FileContent installed =
        SafeFile::read(vendor + QStringLiteral("/composer/installed.json"), FileLimit::InstalledJson);
    if (!installed.ok())
        return registry;
    const QJsonDocument doc = QJsonDocument::fromJson(installed.data);
    // Composer 2: {"packages": […]} with install-path relative to vendor/composer; Composer 1: […]
    // installed in vendor/NAME.
    const QJsonArray packages =
        doc.isArray() ? doc.array() : doc.object().value(QLatin1String("packages")).toArray();
    // Files are read only where they end up in the store (vendor/'s folder): Composer links path
    // repositories into vendor/, never out of the project in a store worth reading.
    const QString store = QFileInfo(QFileInfo(vendor).absolutePath()).canonicalFilePath();
    for (const QJsonValue &value : packages) {
        const QJsonObject package = value.toObject();
        const QString name = package.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            continue;
        QString folder;
        if (package.contains(QLatin1String("install-path"))) {
            const QJsonValue installPath = package.value(QLatin1String("install-path"));
            if (!installPath.isString())
                continue; // a metapackage has no folder
            folder = QDir::cleanPath(QStringLiteral("composer/") + installPath.toString());
        } else {
            if (package.value(QLatin1String("type")).toString() == QLatin1String("metapackage"))
                continue;
            folder = name;
        }
        registry.packages.insert(name, folder);
        const QJsonArray files =
            package.value(QLatin1String("autoload")).toObject().value(QLatin1String("files")).toArray();
        for (const QJsonValue &file : files) {
            const QString relative = QDir::cleanPath(folder + QLatin1Char('/') + file.toString());
            const QString path = vendor + QLatin1Char('/') + relative;
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (canonical.isEmpty() || !inside(canonical, store))
                continue;
            const FileContent php = SafeFile::read(path, RegistrationLimit);
            if (!php.ok())
                continue;
            const QString fileFolder = QFileInfo(relative).path();
            for (const Registration &r : registrations(php.data)) {
                const QString componentFolder =
                    r.subFolder.isEmpty() ? fileFolder
                                          : QDir::cleanPath(fileFolder + QLatin1Char('/') + r.subFolder);
                if (r.type == QLatin1String("MODULE"))
                    registry.modules.insert(r.name, componentFolder);
                else if (r.type == QLatin1String("THEME"))
                    registry.themes.insert(r.name, componentFolder);
            }
        }
    }
    return registry;
}

Customisations Customisations::read(const QString &root, const ComponentRegistry &registry,
                                    const std::atomic_bool *cancel)
{
    Customisations out;
    StoreReader reader(root, &out.warnings);
    static const QRegularExpression moduleName(QStringLiteral("^[A-Za-z0-9]+_[A-Za-z0-9]+$"));

    // --- Themes: app/design/AREA/Vendor/theme ----------------------------------------------------
    struct Theme
    {
        QString area;
        QString key;    // AREA/Vendor/theme
        QString folder; // relative to ROOT
        QString parent; // AREA/Vendor/theme, or empty
    };
    QList<Theme> themes;
    QHash<QString, QString> storeParents; // key → parent key, for the themes of app/design
    if (reader.usable(QStringLiteral("app/design"), false)) {
        for (const QString &area : reader.subFolders(QStringLiteral("app/design"))) {
            const QString areaFolder = QStringLiteral("app/design/") + area;
            for (const QString &vendorName : reader.subFolders(areaFolder)) {
                for (const QString &themeName :
                     reader.subFolders(areaFolder + QLatin1Char('/') + vendorName)) {
                    Theme t;
                    t.area = area;
                    t.key = area + QLatin1Char('/') + vendorName + QLatin1Char('/') + themeName;
                    t.folder = QStringLiteral("app/design/") + t.key;
                    const QString parent =
                        themeParent(reader, t.folder + QStringLiteral("/theme.xml"), false);
                    if (!parent.isEmpty())
                        t.parent = area + QLatin1Char('/') + parent;
                    storeParents.insert(t.key, t.parent);
                    themes << t;
                }
            }
        }
    }

    QHash<QString, QString> vendorParents; // read once each
    const auto parentOf = [&](const QString &key) -> QString {
        if (storeParents.contains(key))
            return storeParents.value(key);
        if (!registry.themes.contains(key))
            return {};
        if (!vendorParents.contains(key)) {
            const QString parent = themeParent(
                reader, QStringLiteral("vendor/") + registry.themes.value(key) + QStringLiteral("/theme.xml"),
                true);
            vendorParents.insert(key, parent.isEmpty()
                                          ? QString()
                                          : key.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/') + parent);
        }
        return vendorParents.value(key);
    };

    for (const Theme &theme : std::as_const(themes)) {
        if (cancelled(cancel))
            return out;
        // The parent themes in vendor/, nearest first; a parent of app/design gives none itself.
        QStringList vendorChain;
        QSet<QString> seen{theme.key};
        for (QString p = theme.parent; !p.isEmpty(); p = parentOf(p)) {
            if (seen.contains(p)) {
                out.warnings << tr("The parents of the theme %1 lead back to %2 (a loop in theme.xml), so "
                                   "its overrides are compared with the themes before the loop only.")
                                    .arg(theme.folder, p);
                break;
            }
            seen.insert(p);
            if (!storeParents.contains(p) && registry.themes.contains(p))
                vendorChain << registry.themes.value(p);
        }
        const auto inParents = [&](const QString &relative) {
            QStringList c;
            for (const QString &folder : std::as_const(vendorChain))
                c << folder + QLatin1Char('/') + relative;
            return c;
        };

        for (const QString &file : reader.filesBelow(theme.folder, cancel)) {
            const QStringList parts = file.split(QLatin1Char('/'));
            QStringList candidates;
            if (parts.size() >= 3 && moduleName.match(parts.at(0)).hasMatch()) {
                const QString module = parts.at(0);
                const QString kind = parts.at(1);
                const QString rest = parts.mid(2).join(QLatin1Char('/'));
                const QString moduleFolder = registry.modules.value(module);
                if (kind == QLatin1String("templates") || kind == QLatin1String("web") ||
                    kind == QLatin1String("email")) {
                    candidates = inParents(file);
                    if (!moduleFolder.isEmpty())
                        candidates << moduleFolder + QStringLiteral("/view/") + theme.area +
                                          QLatin1Char('/') + kind + QLatin1Char('/') + rest
                                   << moduleFolder + QStringLiteral("/view/base/") + kind + QLatin1Char('/') +
                                          rest;
                } else if (kind == QLatin1String("layout") && parts.size() >= 5 &&
                           parts.at(2) == QLatin1String("override")) {
                    if (parts.at(3) == QLatin1String("base")) {
                        const QString layout = parts.mid(4).join(QLatin1Char('/'));
                        if (!moduleFolder.isEmpty())
                            candidates << moduleFolder + QStringLiteral("/view/") + theme.area +
                                              QStringLiteral("/layout/") + layout
                                       << moduleFolder + QStringLiteral("/view/base/layout/") + layout;
                    } else if (parts.at(3) == QLatin1String("theme") && parts.size() >= 7) {
                        const QString target =
                            theme.area + QLatin1Char('/') + parts.at(4) + QLatin1Char('/') + parts.at(5);
                        if (!storeParents.contains(target) && registry.themes.contains(target))
                            candidates << registry.themes.value(target) + QLatin1Char('/') + module +
                                              QStringLiteral("/layout/") +
                                              parts.mid(6).join(QLatin1Char('/'));
                    }
                }
            } else if ((parts.size() >= 2 && parts.at(0) == QLatin1String("web")) ||
                       file == QLatin1String("etc/view.xml")) {
                candidates = inParents(file);
            }
            if (!candidates.isEmpty())
                out.overrides << ThemeOverride{theme.folder + QLatin1Char('/') + file, candidates};
        }
    }

    // --- Modules: app/code/V/M, and the vendor modules the root composer.json requires --------------
    QList<ModuleFolder> modules;
    if (reader.usable(QStringLiteral("app/code"), false)) {
        for (const QString &vendorName : reader.subFolders(QStringLiteral("app/code")))
            for (const QString &module : reader.subFolders(QStringLiteral("app/code/") + vendorName))
                modules << ModuleFolder{
                    QStringLiteral("app/code/") + vendorName + QLatin1Char('/') + module, {}, false};
    }
    if (const std::optional<QByteArray> composer =
            reader.read(QStringLiteral("composer.json"), FileLimit::ComposerJson, false)) {
        const QJsonObject require =
            QJsonDocument::fromJson(*composer).object().value(QLatin1String("require")).toObject();
        QStringList moduleFolders = registry.modules.values();
        std::sort(moduleFolders.begin(), moduleFolders.end());
        for (auto it = require.constBegin(); it != require.constEnd(); ++it) {
            const QString name = it.key().toLower();
            if (name.startsWith(QLatin1String("magento/product-")) ||
                name.startsWith(QLatin1String("mage-os/product-")))
                continue;
            const QString package = registry.packages.value(name);
            if (package.isEmpty())
                continue;
            for (const QString &folder : std::as_const(moduleFolders))
                if (inside(folder, package))
                    modules << ModuleFolder{QDir::cleanPath(QStringLiteral("vendor/") + folder), package,
                                            true};
        }
    }

    QList<RawDi> raw;
    QHash<QString, QString> virtualTypes;
    if (reader.usable(QStringLiteral("app/etc/di.xml"), false))
        parseDi(reader, QStringLiteral("app/etc/di.xml"), false, {}, raw, virtualTypes);
    for (const ModuleFolder &m : std::as_const(modules)) {
        if (cancelled(cancel))
            return out;
        const QString etc = m.folder + QStringLiteral("/etc");
        if (!reader.usable(etc, m.allowLinks))
            continue;
        QStringList files{etc + QStringLiteral("/di.xml")};
        const QStringList areas =
            m.allowLinks ? QDir(reader.path(etc)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)
                         : reader.subFolders(etc);
        for (const QString &area : areas)
            files << etc + QLatin1Char('/') + area + QStringLiteral("/di.xml");
        for (const QString &file : std::as_const(files))
            if (reader.usable(file, m.allowLinks))
                parseDi(reader, file, m.allowLinks, m.package, raw, virtualTypes);
        const QString schema = etc + QStringLiteral("/db_schema.xml");
        if (reader.usable(schema, m.allowLinks))
            parseSchema(reader, schema, m.allowLinks, out.tables);
    }

    // Plugin classes: app/code by the class's name, else the PSR-4 autoload of the di.xml's package
    // and then of every module package read.
    QHash<QString, Psr4> psr4Cache;
    QStringList packageOrder;
    for (const ModuleFolder &m : std::as_const(modules))
        if (!m.package.isEmpty() && !packageOrder.contains(m.package))
            packageOrder << m.package;
    const auto classFile = [&](const QString &cls, const QString &ownPackage) -> QString {
        const QString path =
            QString(cls).replace(QLatin1Char('\\'), QLatin1Char('/')) + QStringLiteral(".php");
        const QString appCode = QStringLiteral("app/code/") + path;
        if (reader.usable(appCode, false) && QFileInfo(reader.path(appCode)).isFile())
            return appCode;
        QStringList packages;
        if (!ownPackage.isEmpty())
            packages << ownPackage;
        for (const QString &p : std::as_const(packageOrder))
            if (p != ownPackage)
                packages << p;
        for (const QString &package : std::as_const(packages)) {
            if (!psr4Cache.contains(package))
                psr4Cache.insert(package, psr4Of(reader, package));
            for (const auto &[prefix, dirs] : psr4Cache.value(package)) {
                if (!cls.startsWith(prefix))
                    continue;
                QString rest = cls.mid(prefix.size());
                rest.replace(QLatin1Char('\\'), QLatin1Char('/'));
                for (const QString &dir : dirs) {
                    const QString file =
                        QStringLiteral("vendor/") +
                        QDir::cleanPath(dir + QLatin1Char('/') + rest + QStringLiteral(".php"));
                    if (reader.usable(file, true) && QFileInfo(reader.path(file)).isFile())
                        return file;
                }
            }
        }
        return {};
    };

    for (RawDi &r : raw) {
        DiEntry e = r.entry;
        e.target = resolveVirtual(e.target, virtualTypes);
        e.type = resolveVirtual(e.type, virtualTypes);
        e.typeFile = classFile(e.type, r.package);
        out.di << e;
    }
    return out;
}

} // namespace mua
