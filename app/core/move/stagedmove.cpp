#include "core/move/stagedmove.h"

#include "core/fs/atomicfile.h"
#include "core/fs/fileops.h"
#include "core/fs/paths.h"
#include "core/fs/safefile.h"
#include "core/model/error.h"
#include "core/move/moveguard.h"
#include "core/runners/runner.h"
#include "core/steps/step.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace mua {

namespace {

const QString StampName = QStringLiteral(".upgrade-assistant-stage.json");
const QStringList CodeFiles{QStringLiteral("composer.json"), QStringLiteral("composer.lock")};

bool exists(const QString &path)
{
    struct stat st
    {
    };
    return lstatOf(path, &st);
}

bool isRealDir(const QString &path)
{
    struct stat st
    {
    };
    return lstatOf(path, &st) && S_ISDIR(st.st_mode);
}

bool moveTo(const QString &from, const QString &to, QString *error)
{
    QDir().mkpath(QFileInfo(to).path());
    if (::rename(path8(from).constData(), path8(to).constData()) != 0)
        return failWith(error, StagedMove::tr("%1 cannot be moved to %2: %3.").arg(from, to, errnoText()));
    return true;
}

QJsonObject jsonAt(const QString &path, qint64 limit)
{
    return QJsonDocument::fromJson(SafeFile::read(path, limit, SafeFile::Links::Refuse).data).object();
}

QString sha(const QString &path, qint64 limit)
{
    const FileContent c = SafeFile::read(path, limit, SafeFile::Links::Refuse);
    return c.ok() ? QString::fromLatin1(QCryptographicHash::hash(c.data, QCryptographicHash::Sha256).toHex())
                  : QString();
}

QString stampSum(const QString &root, const QString &name)
{
    return sha(root + QLatin1Char('/') + name,
               name == QLatin1String("composer.lock") ? FileLimit::ComposerLock : FileLimit::ComposerJson);
}

// A path from a package's map that stays where it is put: relative, without "..".
bool plainRelative(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    return !clean.isEmpty() && !clean.startsWith(QLatin1Char('/')) && clean != QLatin1String(".") &&
           clean != QLatin1String("..") && !clean.startsWith(QLatin1String("../"));
}

// Copies from over to as Magento's installer deploys a mapped path (copy strategy): files replaced
// (each in one rename), folders merged, nothing followed.
bool overlay(const QString &from, const QString &to, QString *error)
{
    struct stat st
    {
    };
    if (!lstatOf(from, &st))
        return failWith(error, StagedMove::tr("%1 cannot be read: %2.").arg(from, errnoText()));
    struct stat target
    {
    };
    const bool there = lstatOf(to, &target);
    if (S_ISDIR(st.st_mode)) {
        if (there && !S_ISDIR(target.st_mode))
            return failWith(error, StagedMove::tr("%1 is not a folder, so the new version's folder cannot be "
                                                  "copied there: move it away, then try again.")
                                       .arg(to));
        if (!there && ::mkdir(path8(to).constData(), st.st_mode & 07777) != 0)
            return failWith(error, StagedMove::tr("%1 cannot be made: %2.").arg(to, errnoText()));
        const QStringList names =
            QDir(from).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QString &name : names)
            if (!overlay(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name, error))
                return false;
        return true;
    }
    if (there && S_ISDIR(target.st_mode))
        return failWith(error, StagedMove::tr("%1 is a folder, so the new version's file cannot be copied "
                                              "there: move it away, then try again.")
                                   .arg(to));
    const QString fresh = to + QStringLiteral(".upgrade-assistant-new");
    QFile::remove(fresh);
    return MoveGuard::copyTree(from, fresh, true, {}, error) && moveTo(fresh, to, error);
}

// The new magento2-base's map: destination → source inside the package.
QList<QPair<QString, QString>> baseMap(const QString &vendor)
{
    QList<QPair<QString, QString>> map;
    const QJsonArray entries =
        jsonAt(vendor + QStringLiteral("/magento/magento2-base/composer.json"), FileLimit::ComposerJson)
            .value(QLatin1String("extra"))
            .toObject()
            .value(QLatin1String("map"))
            .toArray();
    for (const QJsonValue &e : entries) {
        const QString source = QDir::cleanPath(e.toArray().at(0).toString());
        const QString dest = QDir::cleanPath(e.toArray().at(1).toString());
        if (plainRelative(source) && plainRelative(dest))
            map.append({dest, source});
    }
    return map;
}

QString moveAsideNow(const QString &root, const QString &relative, const QString &kind)
{
    if (!exists(root + QLatin1Char('/') + relative))
        return QString();
    const QString name = FileOps::asideName(kind);
    if (::rename(path8(root + QLatin1Char('/') + relative).constData(),
                 path8(root + QLatin1Char('/') + name).constData()) != 0)
        return QString();
    return name;
}

} // namespace

QString StagedMove::fallbackReason(const Store &store, const Runner &runner)
{
    if (runner.kind() == RunnerKind::Ssh)
        return tr("the ssh runner does not stage the move on the server");
    const FileContent c = SafeFile::read(store.root + QStringLiteral("/composer.json"),
                                         FileLimit::ComposerJson, SafeFile::Links::Refuse);
    if (!c.ok())
        return tr("composer.json cannot be read: %1").arg(c.error);
    const QJsonObject composer = QJsonDocument::fromJson(c.data).object();
    const QJsonObject config = composer.value(QLatin1String("config")).toObject();
    if (config.contains(QLatin1String("vendor-dir")) &&
        config.value(QLatin1String("vendor-dir")).toString() != QLatin1String("vendor"))
        return tr("composer.json sets vendor-dir to %1, and only vendor/ is staged")
            .arg(config.value(QLatin1String("vendor-dir")).toString());
    if (config.contains(QLatin1String("bin-dir")) &&
        config.value(QLatin1String("bin-dir")).toString() != QLatin1String("vendor/bin"))
        return tr("composer.json sets bin-dir to %1, and only vendor/bin is staged")
            .arg(config.value(QLatin1String("bin-dir")).toString());
    const QJsonValue strategy =
        composer.value(QLatin1String("extra")).toObject().value(QLatin1String("magento-deploystrategy"));
    if (!strategy.isUndefined() && strategy.toString() != QLatin1String("copy"))
        return tr("composer.json sets extra.magento-deploystrategy to %1, and only copied files can be "
                  "staged")
            .arg(strategy.toString());
    QList<QJsonObject> repositories;
    const QJsonValue repos = composer.value(QLatin1String("repositories"));
    for (const QJsonValue &r : repos.isArray() ? repos.toArray() : QJsonArray())
        repositories << r.toObject();
    const QJsonObject named = repos.toObject();
    for (auto it = named.begin(); it != named.end(); ++it)
        repositories << it.value().toObject();
    for (const QJsonObject &repo : std::as_const(repositories)) {
        const QString type = repo.value(QLatin1String("type")).toString();
        const QString url = repo.value(QLatin1String("url")).toString();
        if (type != QLatin1String("path") && type != QLatin1String("artifact"))
            continue;
        if (!url.startsWith(QLatin1Char('/')) && !url.contains(QLatin1String("://")))
            return tr("the %1 repository %2 is relative to the store, so from the staged folder it would "
                      "point elsewhere")
                .arg(type, url);
        if (type == QLatin1String("path") &&
            repo.value(QLatin1String("options")).toObject().value(QLatin1String("symlink")) !=
                QJsonValue(false))
            return tr("the path repository %1 links its packages into vendor/, and those links would point "
                      "elsewhere once the staged vendor/ moves")
                .arg(url);
    }
    struct stat top
    {
    };
    struct stat vendor
    {
    };
    if (!lstatOf(store.root, &top) || !lstatOf(store.root + QStringLiteral("/vendor"), &vendor))
        return tr("the store has no vendor/ folder");
    if (!S_ISDIR(vendor.st_mode))
        return tr("vendor/ is not a folder of the store (a link or a file)");
    if (vendor.st_dev != top.st_dev)
        return tr("vendor/ is on another file system than the store's folder, so it cannot be swapped by "
                  "renaming");
    return QString();
}

bool StagedMove::prepare(const StepContext &ctx, QString *error)
{
    const QString root = ctx.store.root;
    const QString staged = root + QLatin1Char('/') + stagedName();
    discard(ctx);
    if (::mkdir(path8(staged).constData(), 0700) != 0)
        return failWith(error, tr("%1 cannot be made: %2.").arg(staged, errnoText()));
    bool ok = true;
    for (const QString &name : CodeFiles)
        if (ok && exists(root + QLatin1Char('/') + name))
            ok = MoveGuard::copyTree(root + QLatin1Char('/') + name, staged + QLatin1Char('/') + name, true,
                                     {}, error);
    const FileContent auth = SafeFile::read(root + QStringLiteral("/auth.json"), FileLimit::ComposerJson);
    if (ok && auth.ok()) {
        QFile f(staged + QStringLiteral("/auth.json"));
        ok = f.open(QIODevice::WriteOnly) &&
             f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
             f.write(auth.data) == auth.data.size() && f.flush();
        if (!ok)
            failWith(error, tr("%1 cannot be written.").arg(f.fileName()));
    }
    if (ok)
        ok = MoveGuard::copyTree(root + QStringLiteral("/vendor"), staged + QStringLiteral("/vendor"), false,
                                 MoveGuard::rewrittenInVendor(), error);
    if (!ok)
        discard(ctx);
    return ok;
}

bool StagedMove::seal(const StepContext &ctx, QString *error)
{
    const QString staged = ctx.store.root + QLatin1Char('/') + stagedName();
    const QJsonObject stamp{
        {QLatin1String("target"), ctx.options.targetVersion},
        {QLatin1String("composerJson"), stampSum(ctx.store.root, QStringLiteral("composer.json"))},
        {QLatin1String("composerLock"), stampSum(ctx.store.root, QStringLiteral("composer.lock"))},
        {QLatin1String("stagedLock"), stampSum(staged, QStringLiteral("composer.lock"))}};
    return AtomicFile::write(staged + QLatin1Char('/') + StampName, QJsonDocument(stamp).toJson(), error,
                             nullptr, 0600);
}

void StagedMove::discard(const StepContext &ctx)
{
    const QString name = moveAsideNow(ctx.store.root, stagedName(), QStringLiteral("staged"));
    if (name.isEmpty())
        return;
    if (ctx.removeLater)
        ctx.removeLater(name);
    else
        QDir(ctx.store.root + QLatin1Char('/') + name).removeRecursively();
}

QString StagedMove::moveLeftoverAside(const QString &storeRoot)
{
    return moveAsideNow(storeRoot, stagedName(), QStringLiteral("staged"));
}

bool StagedMove::ready(const StepContext &ctx, QString *why)
{
    const QString root = ctx.store.root;
    const QString staged = root + QLatin1Char('/') + stagedName();
    const QString reason = fallbackReason(ctx.store, ctx.runner);
    if (!reason.isEmpty())
        return failWith(why, reason);
    if (!isRealDir(staged))
        return failWith(why, tr("nothing was staged before maintenance"));
    const QJsonObject stamp = jsonAt(staged + QLatin1Char('/') + StampName, FileLimit::ComposerJson);
    if (stamp.value(QLatin1String("target")).toString() != ctx.options.targetVersion)
        return failWith(why, tr("what was staged is not the move to %1").arg(ctx.options.targetVersion));
    if (stamp.value(QLatin1String("composerJson")).toString() !=
            stampSum(root, QStringLiteral("composer.json")) ||
        stamp.value(QLatin1String("composerLock")).toString() !=
            stampSum(root, QStringLiteral("composer.lock")))
        return failWith(why, tr("composer.json or composer.lock changed after the move was staged"));
    if (stamp.value(QLatin1String("stagedLock")).toString() !=
            stampSum(staged, QStringLiteral("composer.lock")) ||
        !isRealDir(staged + QStringLiteral("/vendor")))
        return failWith(why, tr("the staged folder %1 is not as the run left it").arg(staged));
    return true;
}

bool StagedMove::swapIn(const StepContext &ctx, QString *error)
{
    const QString root = ctx.store.root;
    const QString staged = root + QLatin1Char('/') + stagedName();
    const QString kept = root + QLatin1Char('/') + MoveGuard::keptName();
    QStringList mapped = MoveGuard::mappedPaths(root);
    for (const QString &path : MoveGuard::mappedPaths(root, stagedName() + QStringLiteral("/vendor")))
        if (!mapped.contains(path))
            mapped << path;
    const QList<QPair<QString, QString>> map = baseMap(staged + QStringLiteral("/vendor"));

    // The store's files are kept first; the store changes only once the manifest says what is kept.
    if (::mkdir(path8(kept).constData(), 0700) != 0)
        return failWith(error, tr("%1 cannot be made: %2.").arg(kept, errnoText()));
    QJsonArray existed;
    for (const QString &name : CodeFiles) {
        if (!exists(root + QLatin1Char('/') + name))
            continue;
        if (!MoveGuard::copyTree(root + QLatin1Char('/') + name, kept + QLatin1Char('/') + name, true, {},
                                 error))
            return false;
        existed.append(name);
    }
    for (const QString &path : std::as_const(mapped)) {
        if (!exists(root + QLatin1Char('/') + path))
            continue;
        const QString to = kept + QStringLiteral("/map/") + path;
        QDir().mkpath(QFileInfo(to).path());
        if (!MoveGuard::copyTree(root + QLatin1Char('/') + path, to, true, {}, error))
            return false;
        existed.append(QStringLiteral("map/") + path);
    }
    existed.append(QStringLiteral("vendor"));
    const QJsonObject manifest{{QLatin1String("swap"), true},
                               {QLatin1String("existed"), existed},
                               {QLatin1String("mapped"), QJsonArray::fromStringList(mapped)}};
    if (!AtomicFile::write(kept + QStringLiteral("/manifest.json"), QJsonDocument(manifest).toJson(), error,
                           nullptr, 0600))
        return false;

    if (!moveTo(root + QStringLiteral("/vendor"), kept + QStringLiteral("/vendor"), error) ||
        !moveTo(staged + QStringLiteral("/vendor"), root + QStringLiteral("/vendor"), error))
        return false;
    for (const QString &name : CodeFiles) {
        const FileContent c = SafeFile::read(staged + QLatin1Char('/') + name,
                                             name == QLatin1String("composer.lock") ? FileLimit::ComposerLock
                                                                                    : FileLimit::ComposerJson,
                                             SafeFile::Links::Refuse);
        struct stat st
        {
        };
        const unsigned mode = lstatOf(root + QLatin1Char('/') + name, &st) ? (st.st_mode & 0777) : 0644;
        if (!c.ok())
            return failWith(error, tr("The staged %1 cannot be read: %2").arg(name, c.error));
        if (!AtomicFile::write(root + QLatin1Char('/') + name, c.data, error, nullptr, mode))
            return false;
    }
    // Where Magento's installer deployed a mapped path, in the staged folder, that copy; else the
    // package's own file, as the map names it.
    const QString base = root + QStringLiteral("/vendor/magento/magento2-base/");
    for (const auto &[dest, source] : map) {
        if (!mapped.contains(dest))
            continue; // not safe in the store (a link on the way)
        const QString deployed = staged + QLatin1Char('/') + dest;
        const QString from = exists(deployed) ? deployed : base + source;
        if (!exists(from))
            continue;
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + dest).path());
        if (!overlay(from, root + QLatin1Char('/') + dest, error))
            return false;
    }
    return true;
}

bool StagedMove::keptIsSwap(const QString &storeRoot)
{
    return jsonAt(storeRoot + QLatin1Char('/') + MoveGuard::keptName() + QStringLiteral("/manifest.json"),
                  FileLimit::Manifest)
        .value(QLatin1String("swap"))
        .toBool();
}

bool StagedMove::putBack(const QString &storeRoot, QString *trash, QString *error)
{
    const QString root = storeRoot;
    const QString kept = root + QLatin1Char('/') + MoveGuard::keptName();
    const QString staged = root + QLatin1Char('/') + stagedName();
    const QJsonObject manifest = jsonAt(kept + QStringLiteral("/manifest.json"), FileLimit::Manifest);
    QStringList existed;
    for (const QJsonValue &v : manifest.value(QLatin1String("existed")).toArray())
        existed << v.toString();
    QStringList mapped;
    for (const QJsonValue &v : manifest.value(QLatin1String("mapped")).toArray())
        if (plainRelative(v.toString()))
            mapped << v.toString();

    const QString name = FileOps::asideName(QStringLiteral("vendor"));
    const QString trashDir = root + QLatin1Char('/') + name;
    *trash = name;
    if (::mkdir(path8(trashDir).constData(), 0700) != 0)
        return failWith(error, tr("%1 cannot be made: %2.").arg(trashDir, errnoText()));
    bool ok = true;
    // vendor/: the staged one back into the staged folder (a --resume swaps it in again), the
    // store's own back in its place. When the kept one is not there, the swap never moved it.
    if (exists(kept + QStringLiteral("/vendor"))) {
        const QString current = root + QStringLiteral("/vendor");
        if (exists(current)) {
            const bool toStaged = isRealDir(staged) && !exists(staged + QStringLiteral("/vendor"));
            ok = moveTo(current,
                        toStaged ? staged + QStringLiteral("/vendor") : trashDir + QStringLiteral("/vendor"),
                        error);
        }
        ok = ok && moveTo(kept + QStringLiteral("/vendor"), current, error);
    }
    QList<QPair<QString, QString>> files;
    for (const QString &name : CodeFiles)
        files.append({name, name});
    for (const QString &path : std::as_const(mapped))
        files.append({path, QStringLiteral("map/") + path});
    for (const auto &[relative, keptRelative] : std::as_const(files)) {
        if (!ok)
            break;
        const QString at = root + QLatin1Char('/') + relative;
        const QString copy = kept + QLatin1Char('/') + keptRelative;
        const bool wasThere = existed.contains(keptRelative);
        if (wasThere && !exists(copy))
            continue; // never changed
        if (exists(at))
            ok = moveTo(at, trashDir + QLatin1Char('/') + keptRelative, error);
        if (ok && wasThere)
            ok = moveTo(copy, at, error);
    }
    return ok && moveTo(kept, trashDir + QLatin1Char('/') + MoveGuard::keptName(), error);
}

QStringList StagedMove::release(const QString &storeRoot, QString *error)
{
    QStringList names;
    for (const auto &[relative, kind] : {std::pair{MoveGuard::keptName(), QStringLiteral("kept-code")},
                                         std::pair{stagedName(), QStringLiteral("staged")}}) {
        const QString name = moveAsideNow(storeRoot, relative, kind);
        if (!name.isEmpty())
            names << name;
        else if (exists(storeRoot + QLatin1Char('/') + relative))
            failWith(error, tr("%1 cannot be moved aside: %2.")
                                .arg(storeRoot + QLatin1Char('/') + relative, errnoText()));
    }
    return names;
}

} // namespace mua
