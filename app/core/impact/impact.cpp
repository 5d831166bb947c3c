#include "core/impact/impact.h"

#include "core/fs/atomicfile.h"
#include "core/fs/paths.h"
#include "core/fs/safefile.h"
#include "core/impact/customisations.h"
#include "core/impact/parallel.h"
#include "core/impact/phpoutline.h"
#include "core/impact/vendordiff.h"
#include "core/model/error.h"
#include "core/model/store.h"
#include "core/move/versionmove.h"
#include "core/steps/preflightstep.h"
#include "core/steps/step.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QThread>
#include <QXmlStreamReader>

#include <sys/stat.h>

#include <algorithm>
#include <thread>

namespace mua {

namespace {

using Level = ImpactFinding::Level;
using Type = ImpactFinding::Type;

// A file's bytes, or nothing when it is not a regular file that can be read (a link is not followed).
std::optional<QByteArray> readSource(const QString &path)
{
    const FileContent c = SafeFile::read(path, FileLimit::SourceFile, SafeFile::Links::Refuse);
    return c.ok() ? std::optional<QByteArray>(c.data) : std::nullopt;
}

bool isRegularFile(const QString &path)
{
    struct stat st
    {
    };
    return lstatOf(path, &st) && S_ISREG(st.st_mode);
}

QString vendorFile(const QString &insideVendor)
{
    return QStringLiteral("vendor/") + insideVendor;
}

// What the move does to one class of vendor/: removed with its file or from it, or which of its
// methods change (by their code without comments and whitespace) or go. Method names are compared
// as PHP does, without case.
struct ClassChange
{
    QString path; // relative to vendor/
    bool removed = false;
    bool cosmetic = false; // the file changed only in comments or whitespace
    QSet<QString> changedMethods;
    QSet<QString> removedMethods;
};

// The classes of one changed or removed PHP file, by their name without case.
QList<std::pair<QString, ClassChange>> classChangesOf(const QString &oldVendor, const QString &newVendor,
                                                      const VendorChange &c)
{
    QList<std::pair<QString, ClassChange>> out;
    const std::optional<QByteArray> before = readSource(oldVendor + QLatin1Char('/') + c.path);
    if (!before)
        return out;
    const QList<PhpClass> oldClasses = PhpOutline::read(*before);
    QList<PhpClass> newClasses;
    if (c.kind == VendorChange::Kind::Changed)
        if (const std::optional<QByteArray> after = readSource(newVendor + QLatin1Char('/') + c.path))
            newClasses = PhpOutline::read(*after);
    for (const PhpClass &oldClass : oldClasses) {
        ClassChange change;
        change.path = c.path;
        change.cosmetic = c.cosmetic;
        const auto newClass = std::find_if(newClasses.cbegin(), newClasses.cend(), [&](const PhpClass &n) {
            return n.name.compare(oldClass.name, Qt::CaseInsensitive) == 0;
        });
        change.removed = newClass == newClasses.cend();
        if (!change.removed) {
            QHash<QString, QByteArray> newMethods;
            for (const PhpMethod &m : newClass->methods)
                newMethods.insert(m.name.toLower(), m.code);
            for (const PhpMethod &m : oldClass.methods) {
                const auto it = newMethods.constFind(m.name.toLower());
                if (it == newMethods.cend())
                    change.removedMethods.insert(m.name.toLower());
                else if (*it != m.code)
                    change.changedMethods.insert(m.name.toLower());
            }
        }
        out.append({oldClass.name.toLower(), change});
    }
    return out;
}

// Every class of the PHP files the move changes or removes, read on every core.
QHash<QString, ClassChange> classChanges(const QString &oldVendor, const QString &newVendor,
                                         const QList<VendorChange> &changes, const std::atomic_bool *cancel)
{
    QList<const VendorChange *> php;
    for (const VendorChange &c : changes)
        if (c.kind != VendorChange::Kind::Added && c.path.endsWith(QLatin1String(".php")))
            php << &c;
    std::vector<QList<std::pair<QString, ClassChange>>> found(size_t(php.size()));
    std::atomic<qsizetype> next{0};
    const auto work = [&]() {
        for (qsizetype i = next.fetch_add(1); i < php.size() && !(cancel && cancel->load());
             i = next.fetch_add(1))
            found[size_t(i)] = classChangesOf(oldVendor, newVendor, *php.at(i));
    };
    onThreads(everyCore(), work);
    QHash<QString, ClassChange> out;
    for (const auto &list : found)
        for (const auto &[name, change] : list)
            out.insert(name, change);
    return out;
}

// Each <table name="…"> of a db_schema.xml, as a canonical text (elements with their attributes
// sorted, text without surrounding whitespace, no comments), so that two versions of a table compare
// equal when only the layout of the file changed.
QHash<QString, QString> schemaTables(const QByteArray &xml)
{
    QHash<QString, QString> tables;
    QXmlStreamReader reader(xml);
    QString table;
    QString text;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (table.isEmpty() && reader.name() == QLatin1String("table")) {
                table = reader.attributes().value(QLatin1String("name")).toString();
                depth = 0;
            }
            if (!table.isEmpty()) {
                ++depth;
                QStringList attributes;
                for (const QXmlStreamAttribute &a : reader.attributes())
                    attributes << a.qualifiedName().toString() + QLatin1Char('=') + a.value().toString();
                attributes.sort();
                text += QLatin1Char('<') + reader.name().toString() + QLatin1Char(' ') +
                        attributes.join(QLatin1Char(' ')) + QLatin1Char('>');
            }
        } else if (reader.isEndElement() && !table.isEmpty()) {
            text += QStringLiteral("</>");
            if (--depth == 0) {
                tables.insert(table, text);
                table.clear();
                text.clear();
            }
        } else if (reader.isCharacters() && !table.isEmpty() && !reader.isWhitespace()) {
            text += reader.text().trimmed().toString();
        }
    }
    return tables;
}

// A di.xml entry as a key: "preference FOR TYPE" or "plugin TARGET NAME", class names without a
// leading backslash and without case.
QString diKey(DiEntry::Kind kind, QString target, QString typeOrName)
{
    const auto bare = [](QString name) {
        while (name.startsWith(QLatin1Char('\\')))
            name.remove(0, 1);
        return name.toLower();
    };
    return (kind == DiEntry::Kind::Preference ? QStringLiteral("preference ") : QStringLiteral("plugin ")) +
           bare(target) + QLatin1Char(' ') + bare(typeOrName);
}

// The preferences and plugins a di.xml declares, as diKey()s.
QSet<QString> diKeys(const QByteArray &xml)
{
    QSet<QString> keys;
    QXmlStreamReader reader(xml);
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("preference"))
            keys.insert(diKey(DiEntry::Kind::Preference, a.value(QLatin1String("for")).toString(),
                              a.value(QLatin1String("type")).toString()));
        else if (reader.name() == QLatin1String("type"))
            type = a.value(QLatin1String("name")).toString();
        else if (reader.name() == QLatin1String("plugin"))
            keys.insert(diKey(DiEntry::Kind::Plugin, type, a.value(QLatin1String("name")).toString()));
    }
    return keys;
}

struct Analysis
{
    QString root, oldVendor, newVendor;
    QHash<QString, VendorChange> changes; // by path inside vendor/
    QList<ImpactFinding> findings;
    QStringList warnings;

    const VendorChange *change(const QString &insideVendor) const
    {
        const auto it = changes.constFind(insideVendor);
        return it == changes.cend() ? nullptr : &*it;
    }
    void add(Level level, Type type, const QString &file, const QString &insideVendor, const QString &detail)
    {
        findings.append({level, type, file, vendorFile(insideVendor), detail});
    }

    void overrides(const QList<ThemeOverride> &list)
    {
        for (const ThemeOverride &o : list) {
            // The file the copy replaces: the nearest in the fallback that the store's vendor/ has.
            const auto source =
                std::find_if(o.candidates.cbegin(), o.candidates.cend(), [this](const QString &c) {
                    return isRegularFile(oldVendor + QLatin1Char('/') + c);
                });
            if (source == o.candidates.cend())
                continue;
            // The move adds a file nearer in the fallback (a parent theme starts overriding it):
            // Magento then serves that one where the copy's source was.
            const auto nearer = std::find_if(o.candidates.cbegin(), source, [this](const QString &candidate) {
                const VendorChange *added = change(candidate);
                return added && added->kind == VendorChange::Kind::Added;
            });
            if (nearer != source) {
                add(Level::Warn, Type::Override, o.file, *nearer,
                    Impact::tr("The move adds this file between the copy and the file it was made from, "
                               "in Magento's fallback: compare the copy with it."));
                continue;
            }
            const VendorChange *c = change(*source);
            if (!c)
                continue;
            if (c->kind == VendorChange::Kind::Removed) {
                add(Level::Warn, Type::Override, o.file, *source,
                    Impact::tr("The move removes the file this copy replaces: Magento will no longer use "
                               "the copy the same way; check where the vendor moved it."));
                continue;
            }
            if (c->cosmetic) {
                add(Level::Ignore, Type::Override, o.file, *source,
                    Impact::tr("The vendor file this copy replaces changes only in comments or whitespace."));
                continue;
            }
            const std::optional<QByteArray> copy = readSource(root + QLatin1Char('/') + o.file);
            const std::optional<QByteArray> next = readSource(newVendor + QLatin1Char('/') + *source);
            if (copy && next &&
                VendorDiff::normalise(o.file, *copy) == VendorDiff::normalise(*source, *next)) {
                add(Level::Info, Type::RedundantOverride, o.file, *source,
                    Impact::tr("After the move this copy is the same as the vendor file (but for comments "
                               "and whitespace): it can be deleted."));
                continue;
            }
            add(Level::Warn, Type::Override, o.file, *source,
                Impact::tr("The vendor file this copy replaces changes: bring the vendor's change into the "
                           "copy, or the shop keeps the old code."));
        }
    }

    // A module the store requires from vendor/ changes with the move too: what it declares about its
    // own package is its author's business, not a customisation of the store.
    static bool samePackage(const QString &storeFile, const QString &insideVendor)
    {
        if (!storeFile.startsWith(QLatin1String("vendor/")))
            return false;
        const QString package = storeFile.section(QLatin1Char('/'), 1, 2) + QLatin1Char('/');
        return insideVendor.startsWith(package);
    }

    // The class the preferred class extends, from its file, when it is another than the one it is
    // preferred for: a preference for an interface usually extends Magento's implementation, whose
    // changes it inherits.
    QString preferredParent(const DiEntry &e) const
    {
        if (e.typeFile.isEmpty())
            return {};
        const std::optional<QByteArray> source = readSource(root + QLatin1Char('/') + e.typeFile);
        if (!source)
            return {};
        for (const PhpClass &k : PhpOutline::read(*source))
            if (k.name.compare(e.type, Qt::CaseInsensitive) == 0 &&
                k.parent.compare(e.target, Qt::CaseInsensitive) != 0)
                return k.parent;
        return {};
    }

    void di(const QList<DiEntry> &entries, const QHash<QString, ClassChange> &classes)
    {
        for (const DiEntry &e : entries) {
            if (e.kind == DiEntry::Kind::Preference) {
                const QString parent = preferredParent(e);
                const auto p = parent.isEmpty() ? classes.cend() : classes.constFind(parent.toLower());
                if (p != classes.cend() && !samePackage(e.file, p->path) && !p->cosmetic)
                    add(Level::Warn, p->removed ? Type::PreferenceRemoved : Type::Preference, e.typeFile,
                        p->path,
                        p->removed
                            ? Impact::tr("%1, the preference for %2, extends %3, which the move removes.")
                                  .arg(e.type, e.target, parent)
                            : Impact::tr("%1, the preference for %2, extends %3, which the move changes: "
                                         "compare the preference with the new class.")
                                  .arg(e.type, e.target, parent));
            }
            const auto it = classes.constFind(e.target.toLower());
            if (it == classes.cend() || samePackage(e.file, it->path))
                continue;
            const ClassChange &c = *it;
            const QString file = e.typeFile.isEmpty() ? e.file : e.typeFile;
            if (e.kind == DiEntry::Kind::Preference) {
                if (c.removed)
                    add(Level::Warn, Type::PreferenceRemoved, file, c.path,
                        Impact::tr("The move removes %1, for which %2 is the preference: the preference "
                                   "no longer replaces anything.")
                            .arg(e.target, e.type));
                else if (c.cosmetic)
                    add(Level::Ignore, Type::Preference, file, c.path,
                        Impact::tr(
                            "%1, for which %2 is the preference, changes only in comments or whitespace.")
                            .arg(e.target, e.type));
                else if (!c.changedMethods.isEmpty() || !c.removedMethods.isEmpty())
                    add(Level::Warn, Type::Preference, file, c.path,
                        Impact::tr("%1, for which %2 is the preference, changes: compare the preference "
                                   "with the new class.")
                            .arg(e.target, e.type));
                else
                    add(Level::Warn, Type::Preference, file, c.path,
                        Impact::tr("%1, for which %2 is the preference, changes outside its methods (its "
                                   "properties, constants or signature): compare the preference with the new "
                                   "class.")
                            .arg(e.target, e.type));
                continue;
            }
            plugin(e, c, file);
        }
    }

    void plugin(const DiEntry &e, const ClassChange &c, const QString &file)
    {
        if (c.cosmetic)
            return;
        if (c.removed) { // whatever the plugin's methods, none has anything to intercept
            add(Level::Warn, Type::PluginTargetRemoved, file, c.path,
                Impact::tr("%1 (plugin %2) intercepts %3, a class the move removes.")
                    .arg(e.type, e.name, e.target));
            return;
        }
        const std::optional<QByteArray> source =
            e.typeFile.isEmpty() ? std::nullopt : readSource(root + QLatin1Char('/') + e.typeFile);
        if (!source) {
            warnings << Impact::tr(
                            "The plugin %1 of %2 on %3, a class the move changes, was not found in the "
                            "store's code, so its methods were not compared.")
                            .arg(e.type, e.file, e.target);
            return;
        }
        const QList<PhpClass> classes = PhpOutline::read(*source);
        const auto pluginClass = std::find_if(classes.cbegin(), classes.cend(), [&](const PhpClass &k) {
            return k.name.compare(e.type, Qt::CaseInsensitive) == 0;
        });
        if (pluginClass == classes.cend())
            return;
        for (const PhpMethod &m : pluginClass->methods) {
            // beforeGetPrice, afterGetPrice, aroundGetPrice: a plugin on getPrice (Magento's
            // interceptors call them by the method's name with its first letter raised).
            QString intercepted;
            for (const QLatin1String prefix :
                 {QLatin1String("before"), QLatin1String("after"), QLatin1String("around")})
                if (m.name.size() > prefix.size() && m.name.startsWith(prefix, Qt::CaseInsensitive))
                    intercepted = m.name.mid(prefix.size());
            if (intercepted.isEmpty())
                continue;
            const QString target = intercepted.toLower();
            const QString method =
                e.target + QStringLiteral("::") + intercepted.left(1).toLower() + intercepted.mid(1);
            if (c.removedMethods.contains(target))
                add(Level::Warn, Type::PluginTargetRemoved, file, c.path,
                    Impact::tr("%1::%2 is a plugin on %3(), which the move removes.")
                        .arg(e.type, m.name, method));
            else if (c.changedMethods.contains(target))
                add(Level::Warn, Type::Plugin, file, c.path,
                    Impact::tr("%1::%2 is a plugin on %3(), which the move changes.")
                        .arg(e.type, m.name, method));
        }
    }

    void schemas(const QList<SchemaTable> &tables)
    {
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const VendorChange &c = *it;
            if (!c.path.endsWith(QLatin1String("/etc/db_schema.xml")) || c.cosmetic)
                continue;
            const QHash<QString, QString> before =
                c.kind == VendorChange::Kind::Added
                    ? QHash<QString, QString>()
                    : schemaTables(readSource(oldVendor + QLatin1Char('/') + c.path).value_or(QByteArray()));
            const QHash<QString, QString> after =
                c.kind == VendorChange::Kind::Removed
                    ? QHash<QString, QString>()
                    : schemaTables(readSource(newVendor + QLatin1Char('/') + c.path).value_or(QByteArray()));
            for (const SchemaTable &t : tables) {
                if (samePackage(t.file, c.path))
                    continue;
                const bool had = before.contains(t.table);
                const bool has = after.contains(t.table);
                if ((!had && !has) || before.value(t.table) == after.value(t.table))
                    continue;
                add(Level::Warn, Type::DbSchema, t.file, c.path,
                    !has ? Impact::tr("The move removes table %1 from this vendor schema, and the store's "
                                      "schema extends it.")
                               .arg(t.table)
                    : !had ? Impact::tr("The move declares table %1 in this vendor schema, and the store's "
                                        "schema declares it too: check that the columns agree.")
                                 .arg(t.table)
                           : Impact::tr("The move changes table %1, which the store's schema extends: check "
                                        "that the columns, keys and indexes still agree.")
                                 .arg(t.table));
            }
        }
    }

    void setupPatches()
    {
        static const QRegularExpression patch(QStringLiteral("/Setup/Patch/(Data|Schema)/[^/]+\\.php$"));
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const VendorChange &c = *it;
            if (c.kind == VendorChange::Kind::Removed || !patch.match(c.path).hasMatch())
                continue;
            const bool data = c.path.contains(QLatin1String("/Setup/Patch/Data/"));
            const QString detail =
                c.kind == VendorChange::Kind::Added
                    ? (data ? Impact::tr("The move adds this data patch: setup:upgrade applies it to the "
                                         "store's data.")
                            : Impact::tr("The move adds this schema patch: setup:upgrade applies it to the "
                                         "database."))
                : c.cosmetic
                    ? Impact::tr("This patch changes only in comments or whitespace.")
                    : Impact::tr("The move changes this patch (Magento applies a patch once: a changed "
                                 "one that already ran does not run again).");
            add(c.cosmetic ? Level::Ignore : Level::Info, Type::SetupPatch, vendorFile(c.path), c.path,
                detail);
        }
    }
};

} // namespace

std::optional<ImpactReport> Impact::analyse(const QString &root, const QString &oldVendor,
                                            const QString &newVendor, const std::atomic_bool *cancel,
                                            QString *error, std::optional<QList<VendorChange>> changes)
{
    if (!changes)
        changes = VendorDiff::compare(oldVendor, newVendor, cancel, error);
    if (!changes)
        return std::nullopt;
    Analysis a{root, oldVendor, newVendor, {}, {}};
    for (const VendorChange &c : *changes)
        a.changes.insert(c.path, c);
    const ComponentRegistry registry = ComponentRegistry::read(oldVendor);
    Customisations store = Customisations::read(root, registry, cancel);
    a.warnings = store.warnings;
    // app/etc/di.xml, as magento2-base maps it into the store, is Magento's own (hundreds of
    // preferences that are no customisation): only what the store added to it counts.
    const QLatin1String appEtcDi("app/etc/di.xml");
    const std::optional<QByteArray> baseDi =
        readSource(oldVendor + QStringLiteral("/magento/magento2-base/") + appEtcDi);
    const QSet<QString> magentos = baseDi ? diKeys(*baseDi) : QSet<QString>();
    store.di.removeIf([&](const DiEntry &e) {
        return e.file == appEtcDi &&
               (!baseDi || magentos.contains(diKey(e.kind, e.target,
                                                   e.kind == DiEntry::Kind::Preference ? e.type : e.name)));
    });
    a.overrides(store.overrides);
    a.di(store.di, classChanges(oldVendor, newVendor, *changes, cancel));
    a.schemas(store.tables);
    a.setupPatches();
    if (cancel && cancel->load()) {
        failWith(error, tr("The impact report was cancelled."));
        return std::nullopt;
    }
    ImpactReport r;
    r.root = root;
    r.oldVendor = oldVendor;
    r.newVendor = newVendor;
    r.findings = a.findings;
    r.warnings = a.warnings;
    std::sort(r.findings.begin(), r.findings.end(), [](const ImpactFinding &x, const ImpactFinding &y) {
        return std::tie(x.level, x.type, x.file, x.vendorFile, x.detail) <
               std::tie(y.level, y.type, y.file, y.vendorFile, y.detail);
    });
    r.findings.erase(std::unique(r.findings.begin(), r.findings.end()), r.findings.end());
    return r;
}

namespace {

QString reportPath(const StepContext &ctx, const QString &target)
{
    return VersionMove::targetFolder(ctx, target) + QStringLiteral("/report.json");
}

// What a kept report was made of: the resolved move and the store's own composer.lock (a report of
// the same move made before the store's packages changed is another report).
QString reportKey(const StepContext &ctx, const MoveSummary &move)
{
    const FileContent lock =
        SafeFile::read(ctx.store.root + QStringLiteral("/composer.lock"), FileLimit::ComposerLock);
    return QString::fromLatin1(move.lockDigest() + ' ' +
                               QCryptographicHash::hash(lock.data, QCryptographicHash::Sha256).toHex());
}

} // namespace

std::optional<ImpactReport> Impact::run(const StepContext &ctx, QString *error)
{
    if (ctx.options.targetVersion.isEmpty()) {
        failWith(error, tr("The impact report needs the version to move to (--target-version)."));
        return std::nullopt;
    }
    if (ctx.log)
        ctx.log(LogStream::Info,
                tr("Working out the move to %1 with Composer…").arg(ctx.options.targetVersion));
    const QList<PreflightCheck> checks = PreflightStep::composerAndTargetChecks(ctx);
    for (const PreflightCheck &c : checks)
        if (c.level == PreflightCheck::Level::Error) {
            failWith(error, c.fix.isEmpty() ? c.message : c.message + QLatin1Char(' ') + c.fix);
            return std::nullopt;
        }
    if (ctx.cancelled() || !ctx.record.move || !ctx.record.move->resolved) {
        failWith(error,
                 ctx.cancelled()
                     ? tr("The impact report was cancelled.")
                     : tr("Composer could not work out the move to %1.").arg(ctx.options.targetVersion));
        return std::nullopt;
    }
    const MoveSummary &move = *ctx.record.move;
    if (ctx.log)
        ctx.log(LogStream::Info, tr("Installing what the move installs, outside the store…"));
    const std::optional<QString> target = VersionMove::installTarget(ctx, move, error);
    if (!target)
        return std::nullopt;
    if (ctx.log)
        ctx.log(LogStream::Info, tr("Comparing the store's vendor/ with %1…").arg(*target));
    // Where the files are on another machine (ssh), diff compares them there: reading both trees through
    // the mount costs round trips for every file (bench_impact --ssh: 39 s against 0.7 s on the server
    // for 40,000 files on 127.0.0.1); only the files it names are read here.
    const QString oldVendor = ctx.store.root + QStringLiteral("/vendor");
    const QString newRelative = target->mid(ctx.store.root.size() + 1);
    std::optional<QList<VendorChange>> changes;
    if (target->startsWith(ctx.store.root + QLatin1Char('/')))
        if (const std::optional<QStringList> lines = ctx.runner.differences(
                QStringLiteral("vendor"), newRelative, ctx.cancel, ctx.options.graceMs)) {
            changes = VendorDiff::fromDifferences(oldVendor, *target, QStringLiteral("vendor"), newRelative,
                                                  *lines, ctx.cancel, error);
            if (ctx.log)
                ctx.log(LogStream::Info, changes
                                             ? tr("Compared on the server with diff: %n file(s) differ.",
                                                  nullptr, int(lines->size()))
                                             : tr("The server's diff said what this cannot read; comparing "
                                                  "through the mount instead."));
        }
    if (ctx.cancelled()) {
        failWith(error, tr("The impact report was cancelled."));
        return std::nullopt;
    }
    std::optional<ImpactReport> report =
        analyse(ctx.store.root, oldVendor, *target, ctx.cancel, error, changes);
    if (!report)
        return std::nullopt;
    report->from = move.from;
    report->to = move.to;
    // Kept next to the install, for plan: the report of this resolved set.
    QJsonObject kept = report->toJson();
    kept.insert(QStringLiteral("lock"), reportKey(ctx, move));
    // A link left in the kept folder is replaced, never followed; a report that cannot be kept is
    // still the answer.
    AtomicFile::write(reportPath(ctx, move.to), QJsonDocument(kept).toJson(QJsonDocument::Compact), nullptr,
                      nullptr, 0600);
    return report;
}

std::optional<ImpactReport> Impact::cached(const StepContext &ctx, const MoveSummary &move)
{
    const FileContent c =
        SafeFile::read(reportPath(ctx, move.to), FileLimit::Manifest, SafeFile::Links::Refuse);
    if (!c.ok())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(c.data).object();
    if (json.value(QLatin1String("lock")).toString() != reportKey(ctx, move))
        return std::nullopt;
    return ImpactReport::fromJson(json);
}

} // namespace mua
