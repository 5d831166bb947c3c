#include "core/move/moveguard.h"

#include "core/fs/fileops.h"
#include "core/fs/paths.h"
#include "core/fs/safefile.h"
#include "core/model/error.h"
#include "core/runners/runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mua {

namespace {

// A relative path from a package's composer.json that stays inside the store, through real folders
// only (no link on the way).
bool safeRelative(const QString &root, const QString &relative)
{
    const QString clean = QDir::cleanPath(relative);
    if (clean.isEmpty() || clean.startsWith(QLatin1Char('/')) || clean == QLatin1String(".") ||
        clean.startsWith(QLatin1String("../")) || clean == QLatin1String(".."))
        return false;
    const QStringList parts = clean.split(QLatin1Char('/'));
    QString at = root;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        at += QLatin1Char('/') + parts.at(i);
        struct stat st
        {
        };
        if (!lstatOf(at, &st))
            return true; // the rest does not exist: nothing to follow
        if (!S_ISDIR(st.st_mode))
            return false;
    }
    return true;
}

bool copyFile(const QString &from, const QString &to, const struct stat &st, QString *error)
{
    const int in = ::open(path8(from).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (in < 0)
        return failWith(error, MoveGuard::tr("%1 cannot be read: %2.").arg(from, errnoText()));
    const int out =
        ::open(path8(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 07777);
    if (out < 0) {
        failWith(error, MoveGuard::tr("%1 cannot be written: %2.").arg(to, errnoText()));
        ::close(in);
        return false;
    }
    char buffer[65536];
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ok = false;
            break;
        }
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(out, buffer + done, size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                ok = false;
                break;
            }
            done += w;
        }
        if (!ok)
            break;
    }
    const struct timespec times[2] = {st.st_atim, st.st_mtim};
    if (ok)
        ok = ::fchmod(out, st.st_mode & 07777) == 0 && ::futimens(out, times) == 0;
    if (!ok)
        failWith(error, MoveGuard::tr("%1 cannot be copied to %2: %3.").arg(from, to, errnoText()));
    ::close(in);
    if (::close(out) != 0 && ok) {
        failWith(error, MoveGuard::tr("%1 cannot be written: %2.").arg(to, errnoText()));
        ok = false;
    }
    return ok;
}

// Copies `from` to `to`, never following a link: links as links, folders as folders (with their
// mode), files as hard links unless `copy` (or the link cannot be made), then as copies.
bool keepTree(const QString &from, const QString &to, bool copy, const QStringList &copiedTop, QString *error)
{
    struct stat st
    {
    };
    if (!lstatOf(from, &st))
        return failWith(error, MoveGuard::tr("%1 cannot be read: %2.").arg(from, errnoText()));
    if (S_ISLNK(st.st_mode)) {
        QByteArray target(4096, '\0');
        const ssize_t n = ::readlink(path8(from).constData(), target.data(), size_t(target.size()));
        if (n < 0 || ::symlink(target.left(n).constData(), path8(to).constData()) != 0)
            return failWith(error, MoveGuard::tr("The link %1 cannot be kept: %2.").arg(from, errnoText()));
        const struct timespec times[2] = {st.st_atim, st.st_mtim};
        ::utimensat(AT_FDCWD, path8(to).constData(), times, AT_SYMLINK_NOFOLLOW);
        return true;
    }
    if (S_ISREG(st.st_mode)) {
        if (!copy && ::link(path8(from).constData(), path8(to).constData()) == 0)
            return true;
        return copyFile(from, to, st, error);
    }
    if (!S_ISDIR(st.st_mode))
        return failWith(
            error,
            MoveGuard::tr("%1 is %2, which the version move does not keep: remove it from the code first.")
                .arg(from, SafeFile::describeType(st.st_mode)));
    if (::mkdir(path8(to).constData(), 0700) != 0)
        return failWith(error, MoveGuard::tr("%1 cannot be made: %2.").arg(to, errnoText()));
    DIR *dir = ::opendir(path8(from).constData());
    if (!dir)
        return failWith(error, MoveGuard::tr("%1 cannot be read: %2.").arg(from, errnoText()));
    bool ok = true;
    while (dirent *e = ::readdir(dir)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        const QString name = QFile::decodeName(e->d_name);
        if (!keepTree(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name,
                      copy || copiedTop.contains(name), {}, error)) {
            ok = false;
            break;
        }
    }
    ::closedir(dir);
    if (ok && ::chmod(path8(to).constData(), st.st_mode & 07777) != 0) {
        failWith(error, MoveGuard::tr("%1 cannot be given its mode: %2.").arg(to, errnoText()));
        ok = false;
    }
    const struct timespec times[2] = {st.st_atim, st.st_mtim};
    if (ok)
        ::utimensat(AT_FDCWD, path8(to).constData(), times, AT_SYMLINK_NOFOLLOW);
    return ok;
}

bool exists(const QString &path)
{
    struct stat st
    {
    };
    return lstatOf(path, &st);
}

bool moveTo(const QString &from, const QString &to, QString *error)
{
    QDir().mkpath(QFileInfo(to).path());
    if (::rename(path8(from).constData(), path8(to).constData()) != 0)
        return failWith(error, MoveGuard::tr("%1 cannot be moved to %2: %3.").arg(from, to, errnoText()));
    return true;
}

} // namespace

MoveGuard::MoveGuard(const QString &storeRoot, const Runner *runner)
    : m_root(storeRoot)
    , m_kept(storeRoot + QLatin1Char('/') + keptName())
    , m_runner(runner)
{}

bool MoveGuard::interrupted() const
{
    return exists(m_kept);
}

QStringList MoveGuard::mappedPaths(const QString &root, const QString &vendorDir)
{
    const FileContent c = SafeFile::read(root + QLatin1Char('/') + vendorDir +
                                             QStringLiteral("/magento/magento2-base/composer.json"),
                                         FileLimit::ComposerJson, SafeFile::Links::Refuse);
    QStringList paths;
    if (!c.ok())
        return paths;
    const QJsonArray map = QJsonDocument::fromJson(c.data)
                               .object()
                               .value(QLatin1String("extra"))
                               .toObject()
                               .value(QLatin1String("map"))
                               .toArray();
    for (const QJsonValue &entry : map) {
        const QString dest = QDir::cleanPath(entry.toArray().at(1).toString());
        if (!dest.isEmpty() && safeRelative(root, dest) && !paths.contains(dest))
            paths << dest;
    }
    return paths;
}

bool MoveGuard::copyTree(const QString &from, const QString &to, bool copy, const QStringList &copiedTop,
                         QString *error)
{
    return keepTree(from, to, copy, copiedTop, error);
}

QStringList MoveGuard::rewrittenInVendor()
{
    return {QStringLiteral("composer"), QStringLiteral("autoload.php"), QStringLiteral("bin")};
}

bool MoveGuard::keep(QString *error)
{
    if (exists(m_kept))
        return failWith(error, tr("%1 is there already: an earlier move was interrupted.").arg(m_kept));
    if (::mkdir(path8(m_kept).constData(), 0700) != 0)
        return failWith(error, tr("%1 cannot be made: %2.").arg(m_kept, errnoText()));
    QJsonArray existed;
    const QStringList mapped = mappedPaths(m_root);
    bool ok = true;
    for (const QString &name :
         {QStringLiteral("composer.json"), QStringLiteral("composer.lock"), QStringLiteral("vendor")}) {
        if (!ok || !exists(m_root + QLatin1Char('/') + name))
            continue;
        existed.append(name);
        const QStringList rewritten = rewrittenInVendor();
        if (name == QLatin1String("vendor") && m_runner) {
            if (const std::optional<FileOpReport> r =
                    m_runner->keepTree(name, keptName() + QLatin1Char('/') + name, rewritten)) {
                ok = r->ok();
                if (!ok)
                    failWith(error, !r->error.isEmpty()
                                        ? r->error
                                        : tr("%1 cannot be kept: %2.")
                                              .arg(m_root + QStringLiteral("/vendor"),
                                                   r->failed.value(0, tr("the copy stopped"))));
                continue;
            }
        }
        ok = keepTree(m_root + QLatin1Char('/') + name, m_kept + QLatin1Char('/') + name,
                      name != QLatin1String("vendor"), rewritten, error);
    }
    for (const QString &path : mapped) {
        if (!ok || !exists(m_root + QLatin1Char('/') + path))
            continue;
        existed.append(QStringLiteral("map/") + path);
        const QString to = m_kept + QStringLiteral("/map/") + path;
        QDir().mkpath(QFileInfo(to).path());
        ok = keepTree(m_root + QLatin1Char('/') + path, to, true, {}, error);
    }
    QJsonObject manifest{{QLatin1String("existed"), existed},
                         {QLatin1String("mapped"), QJsonArray::fromStringList(mapped)}};
    QFile file(m_kept + QStringLiteral("/manifest.json"));
    if (ok && !(file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(manifest).toJson()) > 0 &&
                file.flush())) {
        failWith(error, tr("%1 cannot be written.").arg(file.fileName()));
        ok = false;
    }
    file.close();
    if (!ok)
        QDir(m_kept).removeRecursively(); // links and copies only: the store's files are untouched
    return ok;
}

bool MoveGuard::restore(QString *trash, QString *error)
{
    const FileContent c = SafeFile::read(m_kept + QStringLiteral("/manifest.json"), FileLimit::Manifest,
                                         SafeFile::Links::Refuse);
    if (!c.ok()) {
        failWith(
            error,
            tr("The kept copy of the code (%1) has no manifest: it was never finished, and the code was not "
               "changed after it.")
                .arg(m_kept));
        const QString name = FileOps::asideName(QStringLiteral("kept-code"));
        *trash = name;
        return moveTo(m_kept, m_root + QLatin1Char('/') + name, error);
    }
    const QJsonObject manifest = QJsonDocument::fromJson(c.data).object();
    QStringList existed;
    for (const QJsonValue &v : manifest.value(QLatin1String("existed")).toArray())
        existed << v.toString();
    QStringList mapped;
    for (const QJsonValue &v : manifest.value(QLatin1String("mapped")).toArray())
        mapped << v.toString();
    for (const QString &path :
         mappedPaths(m_root)) // what the new version maps, read before vendor/ goes back
        if (!mapped.contains(path))
            mapped << path;

    const QString name = FileOps::asideName(QStringLiteral("vendor"));
    const QString trashDir = m_root + QLatin1Char('/') + name;
    *trash = name;
    if (::mkdir(path8(trashDir).constData(), 0700) != 0)
        return failWith(error, tr("%1 cannot be made: %2.").arg(trashDir, errnoText()));
    bool ok = true;
    const auto putBack = [&](const QString &relative, const QString &keptRelative) {
        const QString at = m_root + QLatin1Char('/') + relative;
        if (!safeRelative(m_root, relative))
            return;
        if (exists(at) && !moveTo(at, trashDir + QLatin1Char('/') + keptRelative, error))
            ok = false;
        const QString kept = m_kept + QLatin1Char('/') + keptRelative;
        if (existed.contains(keptRelative) && exists(kept) && !moveTo(kept, at, error))
            ok = false;
    };
    for (const QString &path : std::as_const(mapped))
        putBack(path, QStringLiteral("map/") + path);
    for (const QString &top :
         {QStringLiteral("vendor"), QStringLiteral("composer.lock"), QStringLiteral("composer.json")})
        putBack(top, top);
    if (ok && !moveTo(m_kept, trashDir + QLatin1Char('/') + keptName(), error))
        ok = false;
    return ok;
}

bool MoveGuard::release(QString *trash, QString *error)
{
    const QString name = FileOps::asideName(QStringLiteral("kept-code"));
    *trash = name;
    return moveTo(m_kept, m_root + QLatin1Char('/') + name, error);
}

} // namespace mua
