#include "core/fs/atomicfile.h"

#include "core/model/error.h"

#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace mua {

namespace {

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? path.left(slash) : slash == 0 ? QStringLiteral("/") : QStringLiteral(".");
}

// Next to path, hidden when path is, and never a name anybody else uses.
QString temporaryName(const QString &path)
{
    return path +
           QStringLiteral(".tmp-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

bool writeAll(int fd, const QByteArray &content)
{
    const char *p = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

// fsync where the file system can; one that cannot (some FUSE file systems) is not a write error.
bool sync(int fd)
{
    return ::fsync(fd) == 0 || errno == EINVAL || errno == ENOSYS || errno == ENOTSUP;
}

// The new name must survive a crash too: sync the folder that holds it (best effort).
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// A new file at tmp holding content, on the disk; false with errno set (and tmp gone) when not.
bool writeTemporary(const QByteArray &tmp, const QByteArray &content, unsigned mode)
{
    const int fd =
        ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode));
    if (fd < 0)
        return false;
    bool ok = writeAll(fd, content) && sync(fd);
    int err = errno;
    if (::close(fd) != 0 && ok) { // NFS reports some write errors only here
        ok = false;
        err = errno;
    }
    if (!ok) {
        ::unlink(tmp.constData());
        errno = err;
    }
    return ok;
}

// False, with the sentence and the errno for the caller.
bool failure(const QString &path, int err, QString *error, int *errorCode)
{
    if (errorCode)
        *errorCode = err;
    return failWith(error, AtomicFile::tr("Cannot write %1: %2. %3")
                               .arg(path, AtomicFile::reason(err), AtomicFile::remedy(err, folderOf(path))));
}

} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &content, QString *error, int *errorCode,
                       unsigned mode)
{
    const QByteArray tmp = QFile::encodeName(temporaryName(path));
    if (!writeTemporary(tmp, content, mode))
        return failure(path, errno, error, errorCode);
    // rename() replaces the name: a link planted at path is replaced, its target is left alone.
    if (::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return failure(path, err, error, errorCode);
    }
    syncFolder(folderOf(path));
    return true;
}

bool AtomicFile::create(const QString &path, const QByteArray &content, QString *error, int *errorCode,
                        unsigned mode)
{
    const QByteArray native = QFile::encodeName(path);
    const QByteArray tmp = QFile::encodeName(temporaryName(path));
    if (!writeTemporary(tmp, content, mode))
        return failure(path, errno, error, errorCode);
    const bool linked = ::link(tmp.constData(), native.constData()) == 0;
    const int err = errno;
    ::unlink(tmp.constData());
    if (linked) {
        syncFolder(folderOf(path));
        return true;
    }
    if (err != EPERM && err != EOPNOTSUPP && err != ENOSYS && err != EMLINK)
        return failure(path, err, error, errorCode);
    // A file system without hard links (vfat, some FUSE and SMB mounts): an exclusive create, whose
    // content is written right after. A crash in between leaves it empty, which readers take for a
    // broken file rather than a valid one.
    const int fd =
        ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode));
    if (fd < 0)
        return failure(path, errno, error, errorCode);
    bool ok = writeAll(fd, content) && sync(fd);
    int writeErr = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        writeErr = errno;
    }
    if (!ok) {
        ::unlink(native.constData());
        return failure(path, writeErr, error, errorCode);
    }
    syncFolder(folderOf(path));
    return true;
}

QString AtomicFile::reason(int error)
{
    const char *name = ::strerrorname_np(error);
    const QString text = errnoText(error);
    return name ? QStringLiteral("%1 (%2)").arg(text, QString::fromLatin1(name)) : text;
}

QString AtomicFile::remedy(int error, const QString &folder)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return tr("Free some space on the file system that holds %1 (df -h %1 shows what is left), then "
                  "run again.")
            .arg(folder);
    case EROFS:
        return tr("%1 is on a read-only file system: mount it read-write, then run again.").arg(folder);
    case EACCES:
    case EPERM: {
        const passwd *pw = ::getpwuid(::geteuid());
        return tr("Make %1 writable for %2 (check its mode, owner and lsattr flags), or run as the "
                  "store's owner.")
            .arg(folder, pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid()));
    }
    case EIO:
        return tr("The disk reported an input/output error: check it (dmesg) before you run again.");
    default:
        return tr("Check %1, then run again.").arg(folder);
    }
}

} // namespace mua
