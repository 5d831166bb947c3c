#include "core/backup/codeswap.h"

#include "core/model/error.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace mua {

namespace {

constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

QString join(const QString &dir, const QString &name)
{
    if (name.isEmpty())
        return dir;
    return dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
}

// renameat2(RENAME_NOREPLACE), or on a file system without it (EINVAL: NFS, some FUSE) a plain
// renameat once nothing is found at the target: every target of the swap is a name it emptied or a
// folder it made itself, so it is fresh.
int renameNoReplace(int fromFd, const char *name, int toFd)
{
    if (::renameat2(fromFd, name, toFd, name, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL)
        return -1;
    struct stat st;
    if (::fstatat(toFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        errno = EEXIST;
        return -1;
    }
    return ::renameat(fromFd, name, toFd, name);
}

// Swaps the store's code for the extracted copy with renames inside the store folder, never through
// a link: every folder is opened component by component with O_NOFOLLOW from the store's own
// descriptor. Each rename is recorded, so a failure puts everything back.

} // namespace

CodeSwap::CodeSwap(const QString &root, const QStringList &excluded, const QString &staging,
                   const QString &trash)
    : m_excluded(excluded)
    , m_staging(staging)
    , m_trash(trash)
{
    m_rootFd = ::open(QFile::encodeName(root).constData(), DirFlags);
}

CodeSwap::~CodeSwap()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

bool CodeSwap::run(QString *error)
{
    if (m_rootFd < 0)
        return failWith(error, tr("Cannot open the store folder: %1.").arg(errnoText(errno)));
    if (::mkdirat(m_rootFd, QFile::encodeName(m_trash).constData(), 0700) != 0)
        return failWith(error, tr("Cannot make %1 in the store: %2.").arg(m_trash, errnoText(errno)));
    if (!moveOut(QString(), error) || !moveIn(QString(), error)) {
        QString undoError;
        m_undoFailed = !undo(&undoError);
        if (m_undoFailed)
            *error += QLatin1Char(' ') + tr("Moving the files back failed too: %1").arg(undoError);
        return false;
    }
    return true;
}

bool CodeSwap::undo(QString *error)
{
    bool ok = true;
    for (qsizetype i = m_moves.size() - 1; i >= 0; --i) {
        const Move &m = m_moves.at(i);
        const int from = openDir(m.toDir);
        const int to = from >= 0 ? openDir(m.fromDir) : -1;
        const QByteArray native = QFile::encodeName(m.name);
        const bool moved = from >= 0 && to >= 0 && renameNoReplace(from, native.constData(), to) == 0;
        const int err = errno;
        if (from >= 0)
            ::close(from);
        if (to >= 0)
            ::close(to);
        if (!moved && ok) {
            failWith(error, tr("Cannot move %1 back to %2: %3.")
                                .arg(join(m.toDir, m.name), join(m.fromDir, m.name), errnoText(err)));
            ok = false;
        }
    }
    for (qsizetype i = m_kept.size() - 1; i >= 0; --i)
        copyAttributes(m_kept.at(i).second, m_kept.at(i).first);
    m_moves.clear();
    m_kept.clear();
    return ok;
}

int CodeSwap::openDir(const QString &relative) const
{
    int fd = ::fcntl(m_rootFd, F_DUPFD_CLOEXEC, 0);
    if (relative.isEmpty())
        return fd;
    for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const int next = ::openat(fd, QFile::encodeName(part).constData(), DirFlags);
        const int err = errno;
        ::close(fd);
        if (next < 0) {
            errno = err;
            return -1;
        }
        fd = next;
    }
    return fd;
}

std::optional<QList<QPair<QString, bool>>> CodeSwap::entries(const QString &relative, QString *error) const
{
    QList<QPair<QString, bool>> out;
    const int fd = openDir(relative);
    DIR *d = fd >= 0 ? ::fdopendir(fd) : nullptr;
    if (!d) {
        failWith(error, tr("Cannot read %1: %2.")
                            .arg(relative.isEmpty() ? tr("the store folder") : relative, errnoText(errno)));
        if (fd >= 0)
            ::close(fd);
        return std::nullopt;
    }
    while (const dirent *e = ::readdir(d)) {
        if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, ".."))
            continue;
        struct stat st;
        const bool isDir =
            ::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
        out.append({QFile::decodeName(e->d_name), isDir});
    }
    ::closedir(d);
    return out;
}

bool CodeSwap::exists(const QString &relative) const
{
    struct stat st;
    return ::fstatat(m_rootFd, QFile::encodeName(relative).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

bool CodeSwap::rename(const QString &fromDir, const QString &toDir, const QString &name, QString *error)
{
    const int from = openDir(fromDir);
    const int to = from >= 0 ? openDir(toDir) : -1;
    const QByteArray native = QFile::encodeName(name);
    const bool ok = from >= 0 && to >= 0 && renameNoReplace(from, native.constData(), to) == 0;
    const int err = errno;
    if (from >= 0)
        ::close(from);
    if (to >= 0)
        ::close(to);
    if (!ok)
        return failWith(
            error,
            tr("Cannot move %1 to %2: %3.").arg(join(fromDir, name), join(toDir, name), errnoText(err)));
    m_moves.append({fromDir, toDir, name});
    return true;
}

bool CodeSwap::holdsKept(const QString &relative) const
{
    for (const QString &e : m_excluded) {
        if (e.startsWith(relative + QLatin1Char('/')) && exists(e))
            return true;
    }
    return false;
}

bool CodeSwap::moveOut(const QString &relative, QString *error)
{
    const auto list = entries(relative, error);
    if (!list)
        return false;
    for (const auto &[name, isDir] : *list) {
        const QString path = join(relative, name);
        if ((relative.isEmpty() && name.startsWith(QLatin1String(".upgrade-assistant-"))) ||
            m_excluded.contains(path))
            continue;
        if (isDir && holdsKept(path)) {
            struct stat st;
            if (::fstatat(m_rootFd, QFile::encodeName(path).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
                m_kept.append({path, st});
            if (::mkdirat(m_rootFd, QFile::encodeName(join(m_trash, path)).constData(), 0700) != 0)
                return failWith(error, tr("Cannot make %1: %2.").arg(join(m_trash, path), errnoText(errno)));
            if (!moveOut(path, error))
                return false;
            continue;
        }
        if (!rename(relative, join(m_trash, relative), name, error))
            return false;
    }
    return true;
}

bool CodeSwap::moveIn(const QString &relative, QString *error)
{
    const QString stagedDir = join(m_staging, relative);
    const auto list = entries(stagedDir, error);
    if (!list)
        return false;
    for (const auto &[name, isDir] : *list) {
        const QString path = join(relative, name);
        if (exists(path)) {
            // Only a folder that stayed because it holds a kept folder (pub/) can be in the way.
            struct stat st;
            const bool realDir =
                ::fstatat(m_rootFd, QFile::encodeName(path).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISDIR(st.st_mode);
            if (!isDir || !realDir || m_excluded.contains(path))
                return failWith(error, tr("Cannot put back %1: something else is in its place.").arg(path));
            // The backed-up folder's mode and times, read before its entries move out of it.
            struct stat staged;
            if (::fstatat(m_rootFd, QFile::encodeName(join(m_staging, path)).constData(), &staged,
                          AT_SYMLINK_NOFOLLOW) != 0)
                return failWith(error,
                                tr("Cannot read %1: %2.").arg(join(m_staging, path), errnoText(errno)));
            if (!moveIn(path, error))
                return false;
            copyAttributes(staged, path);
            continue;
        }
        if (!rename(stagedDir, relative, name, error))
            return false;
    }
    return true;
}

void CodeSwap::copyAttributes(const struct stat &st, const QString &to)
{
    const int fd = openDir(to);
    if (fd < 0)
        return;
    if (::geteuid() == 0)
        (void)::fchown(fd, st.st_uid, st.st_gid);
    (void)::fchmod(fd, st.st_mode & 07777);
    const struct timespec times[2] = {st.st_atim, st.st_mtim};
    (void)::futimens(fd, times);
    ::close(fd);
}

} // namespace mua
