#include "core/fs/safefile.h"

#include "core/model/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mua {

namespace {

QString userName(uid_t uid)
{
    if (const passwd *pw = ::getpwuid(uid))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(uid);
}

// "0640 (rw-r-----)"
QString modeText(mode_t mode)
{
    QString bits;
    const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        bits += (mode & (0400 >> i)) ? QLatin1Char(letters[i]) : QLatin1Char('-');
    return QStringLiteral("%1 (%2)").arg(QString::number(mode & 07777, 8).rightJustified(4, QLatin1Char('0')),
                                         bits);
}

// The sentence for a failed lstat/stat/open of path (errno err). links: the last part is a link.
FileContent failure(const QString &path, int err, bool viaLink)
{
    FileContent c;
    c.errorCode = err;
    switch (err) {
    case ENOENT:
        c.status = FileContent::Status::Missing;
        c.error = viaLink
                      ? SafeFile::tr("%1 is a symbolic link to %2, which does not exist: point the link at "
                                     "the real file or put the file in its place.")
                            .arg(path, QFile::symLinkTarget(path))
                      : SafeFile::tr("%1 does not exist.").arg(path);
        break;
    case ELOOP:
        c.status = FileContent::Status::Loop;
        c.error =
            SafeFile::tr("%1 is a symbolic link that leads back to itself through other links (a loop): "
                         "point it at the real file or put the file in its place.")
                .arg(path);
        break;
    case EACCES:
    case EPERM:
        c.status = FileContent::Status::Denied;
        c.error = SafeFile::deniedAdvice(path);
        break;
    case ENOTDIR:
        c.status = FileContent::Status::Missing;
        c.error = SafeFile::tr("%1 cannot exist: a part of its path is a file, not a folder.").arg(path);
        break;
    default:
        c.status = FileContent::Status::Failed;
        c.error = SafeFile::tr("Cannot read %1: %2.").arg(path, errnoText(err));
        break;
    }
    c.problem = c.error; // these sentences hold what to do about the file itself
    return c;
}

FileContent notRegular(const QString &path, mode_t mode, bool viaLink)
{
    FileContent c;
    c.status = FileContent::Status::NotRegular;
    const QString what = SafeFile::describeType(mode);
    if (viaLink) {
        const QString target = QFileInfo(path).canonicalFilePath();
        c.problem = SafeFile::tr("%1 is a symbolic link to %2, which is %3, not a regular file")
                        .arg(path, target.isEmpty() ? QFileInfo(path).symLinkTarget() : target, what);
    } else {
        c.problem = SafeFile::tr("%1 is %2, not a regular file").arg(path, what);
    }
    c.error = SafeFile::tr("%1: the assistant reads only regular files. Put the real file in its place.")
                  .arg(c.problem);
    return c;
}

FileContent tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    FileContent c;
    c.status = FileContent::Status::TooLarge;
    c.problem = SafeFile::tr("%1 is %2, more than the %3 the assistant reads of such a file")
                    .arg(path, SafeFile::formatSize(size), SafeFile::formatSize(maxBytes));
    c.error = SafeFile::tr("%1: check that it is the right file.").arg(c.problem);
    return c;
}

} // namespace

QString SafeFile::describeType(unsigned mode)
{
    switch (mode & S_IFMT) {
    case S_IFREG:
        return tr("a regular file");
    case S_IFDIR:
        return tr("a folder");
    case S_IFIFO:
        return tr("a FIFO (named pipe)");
    case S_IFCHR:
        return tr("a character device");
    case S_IFBLK:
        return tr("a block device");
    case S_IFSOCK:
        return tr("a socket");
    case S_IFLNK:
        return tr("a symbolic link");
    default:
        return tr("a special file");
    }
}

QString SafeFile::formatSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1);
}

QString SafeFile::deniedAdvice(const QString &path)
{
    const QString me = userName(::geteuid());
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        // A folder on the way cannot be entered: name the first one.
        const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        QString dir;
        const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            dir += QLatin1Char('/') + parts.at(i);
            const QByteArray native = QFile::encodeName(dir);
            struct stat ds;
            if (::access(native.constData(), X_OK) != 0 && ::stat(native.constData(), &ds) == 0) {
                return ds.st_uid == ::geteuid()
                           ? tr("Cannot read %1: its folder %2 has mode %3, which does not let its owner "
                                "(you, %4) in. Give the folder back its mode, e.g. chmod u+rx %2.")
                                 .arg(path, dir, modeText(ds.st_mode), me)
                           : tr("Cannot read %1: its folder %2 belongs to %3 and its mode %4 does not let %5 "
                                "in. Run the assistant as %3, or give %5 access to the folder.")
                                 .arg(path, dir, userName(ds.st_uid), modeText(ds.st_mode), me);
            }
        }
        return tr("Cannot read %1: permission denied to a folder on its way.").arg(path);
    }
    if (st.st_uid == ::geteuid()) {
        if (!(st.st_mode & S_IRUSR))
            return tr("Cannot read %1: it is yours (%2), but its mode %3 does not let its owner read it. "
                      "Give "
                      "it read permission: chmod u+r %1")
                .arg(path, me, modeText(st.st_mode));
    } else {
        const bool groupCanRead = st.st_mode & S_IRGRP;
        const bool otherCanRead = st.st_mode & S_IROTH;
        if (!groupCanRead && !otherCanRead)
            return tr("Cannot read %1: it belongs to %2 and its mode %3 lets only its owner read it. Run the "
                      "assistant as %2, the store's owner, or let %4 read it.")
                .arg(path, userName(st.st_uid), modeText(st.st_mode), me);
    }
    return tr("Cannot read %1: its mode %2 would let %3 read it, but access is denied (an ACL, or a security "
              "policy such as AppArmor or SELinux): check getfacl %1 and the system log.")
        .arg(path, modeText(st.st_mode), me);
}

FileContent SafeFile::read(const QString &path, qint64 maxBytes, Links links)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::lstat(native.constData(), &st) != 0)
        return failure(path, errno, false);
    const bool isLink = S_ISLNK(st.st_mode);
    const auto refusedLink = [&path] {
        FileContent c;
        c.status = FileContent::Status::NotRegular;
        c.problem =
            tr("%1 is a symbolic link, and the assistant never follows a link in this place").arg(path);
        c.error = tr("%1: delete the link.").arg(c.problem);
        return c;
    };
    if (isLink && links == Links::Refuse)
        return refusedLink();
    // Look before opening: opening a device can have effects of its own (a tape rewinds, a terminal
    // becomes ours), and a FIFO's open() waits for a writer.
    if (isLink && ::stat(native.constData(), &st) != 0)
        return failure(path, errno, true);
    if (!S_ISREG(st.st_mode))
        return notRegular(path, st.st_mode, isLink);
    if (st.st_size > maxBytes)
        return tooLarge(path, st.st_size, maxBytes);

    // O_NONBLOCK: whatever was swapped in since the stat, the open cannot block.
    const int flags =
        O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (links == Links::Refuse ? O_NOFOLLOW : 0);
    int fd;
    do {
        fd = ::open(native.constData(), flags);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0 && errno == ELOOP && links == Links::Refuse)
        return refusedLink(); // a link swapped in since the lstat
    if (fd < 0)
        return failure(path, errno, isLink);
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::fstat(fd, &st) != 0)
        return failure(path, errno, isLink);
    if (!S_ISREG(st.st_mode))
        return notRegular(path, st.st_mode, isLink);
    if (st.st_size > maxBytes)
        return tooLarge(path, st.st_size, maxBytes);

    // One more byte than allowed tells a file that grew past the limit from one that ends at it.
    // /proc files say size 0 and still have content: start small and grow.
    QByteArray data(qsizetype(qMin<qint64>(qMax<qint64>(st.st_size, 4096) + 1, maxBytes + 1)),
                    Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (total == data.size()) {
            if (total > maxBytes)
                break;
            data.resize(qsizetype(qMin<qint64>(qMax<qint64>(total * 2, 4096), maxBytes + 1)));
        }
        const ssize_t n = ::read(fd, data.data() + total, size_t(data.size() - total));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failure(path, errno, isLink);
        }
        if (n == 0)
            break;
        total += n;
    }
    if (total > maxBytes) // it grew while being read
        return tooLarge(path, ::fstat(fd, &st) == 0 ? qMax<qint64>(st.st_size, total) : total, maxBytes);
    data.truncate(qsizetype(total));
    FileContent c;
    c.status = FileContent::Status::Ok;
    c.data = std::move(data);
    return c;
}

namespace {

// /dev/stdout, /dev/fd/1, /proc/self/fd/2: the program's own output.
bool isOwnOutput(const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral("^/(dev/(stdout|stderr|fd/[0-9]+)|proc/(self|thread-self|[0-9]+)/fd/[0-9]+)$"));
    return re.match(QDir::cleanPath(path)).hasMatch();
}

// A file name to show in an example for option.
QString exampleName(const QString &option)
{
    return option.contains(QLatin1String("report")) ? QStringLiteral("report.json")
                                                    : QStringLiteral("upgrade.log");
}

// The sentence for a special file as an output of option.
QString specialOutput(const QString &path, const QString &option, mode_t mode)
{
    if (S_ISDIR(mode))
        return SafeFile::tr("%1 %2 is a folder: give a file name in it, for example %2/%3.")
            .arg(option, path, exampleName(option));
    if ((S_ISFIFO(mode) || S_ISSOCK(mode)) && isOwnOutput(path))
        return SafeFile::tr(
                   "%1 %2 is a pipe: a run would stop whenever nothing reads it. The run's lines go to "
                   "standard output anyway; give %1 a regular file, or leave it out.")
            .arg(option, path);
    if (S_ISFIFO(mode))
        return SafeFile::tr(
                   "%1 %2 is a FIFO (named pipe): a run would stop whenever nothing reads it. Give %1 a "
                   "regular file.")
            .arg(option, path);
    return SafeFile::tr("%1 %2 is %3: give %1 a regular file.")
        .arg(option, path, SafeFile::describeType(mode));
}

QString notLogFile(const QString &path, mode_t mode)
{
    return SafeFile::tr(
               "Cannot write the log file %1: it is %2, and the assistant writes its log only to a "
               "regular file, /dev/null or a terminal (a pipe would stop the run whenever nothing reads "
               "it).")
        .arg(path, SafeFile::describeType(mode));
}

} // namespace

bool SafeFile::isUsableOutput(const QString &path, const QString &option, bool devices, QString *error)
{
    if (path.isEmpty())
        return failWith(error,
                        tr("%1 needs a file name, for example %1 /tmp/%2.").arg(option, exampleName(option)));
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        if (err != ENOENT && err != ENOTDIR) {
            if (err == EACCES)
                return failWith(error, tr("%1 %2 cannot be reached: a folder on its way does not let %3 in.")
                                           .arg(option, path, userName(::geteuid())));
            return failWith(error, tr("%1 %2 cannot be used: %3.").arg(option, path, errnoText(err)));
        }
        // A new file: its folder must exist and take new files.
        struct stat lst;
        if (::lstat(native.constData(), &lst) == 0)
            return failWith(
                error, tr("%1 %2 is a symbolic link to %3, which does not exist: give %1 the file itself.")
                           .arg(option, path, QFile::symLinkTarget(path)));
        const QString folder = QFileInfo(QFileInfo(path).absoluteFilePath()).path();
        const QByteArray nativeFolder = QFile::encodeName(folder);
        struct stat fst;
        if (::stat(nativeFolder.constData(), &fst) != 0)
            return failWith(
                error,
                tr("%1 %2: the folder %3 does not exist. Create it first (mkdir -p %3) or give a file in "
                   "a "
                   "folder that exists.")
                    .arg(option, path, folder));
        if (!S_ISDIR(fst.st_mode))
            return failWith(error, tr("%1 %2: %3 is not a folder. Give a file in a folder that exists.")
                                       .arg(option, path, folder));
        if (::access(nativeFolder.constData(), W_OK | X_OK) != 0)
            return failWith(
                error,
                tr("%1 %2: the folder %3 does not let %4 make files in it (%5). Give a file in a folder "
                   "you can write to.")
                    .arg(option, path, folder, userName(::geteuid()), errnoText(errno)));
        return true;
    }
    if (S_ISREG(st.st_mode)) {
        if (::access(native.constData(), W_OK) != 0)
            return failWith(error, tr("%1 %2 cannot be written: %3. Give a file you can write to.")
                                       .arg(option, path, errnoText(errno)));
        return true;
    }
    if (!devices || !S_ISCHR(st.st_mode))
        return failWith(error, specialOutput(path, option, st.st_mode));
    // A character device: it must take a write now, without waiting (a zero-byte write reaches the
    // driver: /dev/full answers ENOSPC, a terminal and /dev/null 0).
    const int fd = ::open(native.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return failWith(error, tr("%1 %2 cannot be written: %3.").arg(option, path, errnoText(errno)));
    const bool written = ::write(fd, "", 0) == 0;
    const int err = errno;
    ::close(fd);
    if (!written)
        return failWith(error, tr("%1 %2 does not take what is written to it (%3): give %1 a regular file.")
                                   .arg(option, path, errnoText(err)));
    return true;
}

int SafeFile::openForAppend(const QString &path, Links links, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int flags = O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK | O_CLOEXEC | O_NOCTTY |
                      (links == Links::Refuse ? O_NOFOLLOW : 0);
    int fd;
    do {
        fd = ::open(native.constData(), flags, 0640);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int err = errno;
        struct stat st;
        if (err == ENXIO && ::stat(native.constData(), &st) == 0) // a FIFO nobody reads
            failWith(error, notLogFile(path, st.st_mode));
        else if (err == ELOOP && links == Links::Refuse)
            failWith(error,
                     tr("Cannot write the log file %1: it is a symbolic link, and the assistant never writes "
                        "through a link there. Delete the link.")
                         .arg(path));
        else
            failWith(error, tr("Cannot write the log file %1: %2.").arg(path, errnoText(err)));
        return -1;
    }
    struct stat st;
    const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    const bool device = !regular && S_ISCHR(st.st_mode) && ::write(fd, "", 0) == 0;
    if (!regular && !device) {
        failWith(error, notLogFile(path, st.st_mode));
        ::close(fd);
        return -1;
    }
    // Writes to a terminal may wait for it, as the program's own output does.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

} // namespace mua
