// Past 800 lines on purpose: every operation on the store's trees (stats, chmod, empty, move aside,
// remove) goes through the one no-follow, fd-based Walker defined here and shares its refusals.

#include "core/fs/fileops.h"

#include "core/inspect/filesystems.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <deque>
#include <string>
#include <utility>

#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

// fchmodat2 (Linux 6.6) honours AT_SYMLINK_NOFOLLOW in the kernel; older headers do not name it.
#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452
#endif

namespace mua {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(mua::FileOps)
};

constexpr qsizetype MaxListedFailures = 20;
// Folders deeper than this below the target do not keep their descriptor while the walk is in a
// subfolder; it is reopened through ".." (and checked to be the same folder) on the way back up.
constexpr size_t CachedFdDepth = 64;
constexpr unsigned CancelCheckMask = 255; // look at the cancel flag every 256 entries
constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY;

enum class Op { Stats, Chmod, Empty };

class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd)
        : m_fd(fd)
    {}
    ~Fd() { reset(); }
    Fd(Fd &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {}
    Fd &operator=(Fd &&other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_fd, -1));
        return *this;
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;

    int get() const { return m_fd; }
    explicit operator bool() const { return m_fd >= 0; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd = -1;
};

int openDirAt(int dirFd, const char *name)
{
    int fd;
    do {
        fd = ::openat(dirFd, name, DirFlags);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// Calls each(name) for every entry of the folder open as fd but "." and "..", until it returns
// false. Reads through a duplicate, so fd keeps its position. Returns 0 or an errno.
template <typename Each> int forEachEntry(int fd, Each &&each)
{
    const int listFd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    DIR *dir = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
    if (!dir) {
        const int err = errno;
        if (listFd >= 0)
            ::close(listFd);
        return err;
    }
    int err = 0;
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            err = errno;
            break;
        }
        const char *n = entry->d_name;
        if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0')))
            continue;
        if (!each(n))
            break;
    }
    ::closedir(dir);
    return err;
}

constexpr char AsidePrefix[] = ".upgrade-assistant-trash.";

// chmod of dirFd/name that never follows a final symlink where the kernel can promise it (fchmodat2,
// Linux 6.6+); elsewhere plain fchmodat after the caller's no-follow stat said it is not a link.
// Returns 0 or an errno; EOPNOTSUPP means the entry is (now) a symlink.
int chmodNoFollow(int dirFd, const char *name, unsigned mode)
{
    static std::atomic_bool haveFchmodat2{true};
    if (haveFchmodat2.load(std::memory_order_relaxed)) {
        if (::syscall(SYS_fchmodat2, dirFd, name, mode, AT_SYMLINK_NOFOLLOW) == 0)
            return 0;
        const int err = errno;
        if (err != ENOSYS && err != EPERM)
            return err;
        // ENOSYS: an older kernel. EPERM: not the owner, or a seccomp filter that refuses unknown
        // system calls; plain fchmodat tells the two apart.
        if (::fchmodat(dirFd, name, mode, 0) != 0)
            return errno;
        haveFchmodat2.store(false, std::memory_order_relaxed);
        return 0;
    }
    return ::fchmodat(dirFd, name, mode, 0) == 0 ? 0 : errno;
}

QString linkError(const QString &path)
{
    return Text::tr("%1 is a symbolic link; the assistant does not follow links out of the store.")
        .arg(QDir::toNativeSeparators(path));
}

QString openError(const QString &path, int err)
{
    return Text::tr("Could not open %1: %2.").arg(QDir::toNativeSeparators(path), qt_error_string(err));
}

// The folder an operation works on, opened component by component from the store folder.
struct Target
{
    Fd fd;
    QByteArray relative;  // store-relative, native encoding; empty for the store folder itself
    QString absolute;     // for messages
    bool missing = false; // dir (or a folder above it) does not exist
    bool modeSet = false; // chmod: dir was not readable, so its mode was set before opening it
    QString error;
};

Target openTarget(const QString &storeRoot, const QString &dir, Op op, unsigned mode)
{
    Target t;
    if (storeRoot.isEmpty()) {
        t.error = Text::tr("No store folder was given.");
        return t;
    }
    if (dir.isEmpty()) {
        t.error = Text::tr("No folder inside the store was given.");
        return t;
    }
    const QString root = QDir::cleanPath(QFileInfo(storeRoot).absoluteFilePath());
    const QString path = QDir::cleanPath(QDir::isAbsolutePath(dir) ? dir : root + QLatin1Char('/') + dir);
    t.absolute = path;
    QString relative;
    if (path == root) {
        // the store folder itself
    } else if (root == QLatin1String("/")) {
        relative = path.mid(1);
    } else if (path.startsWith(root) && path.at(root.size()) == QLatin1Char('/')) {
        relative = path.mid(root.size() + 1);
    } else {
        t.error = Text::tr("%1 is outside the store folder %2; the assistant only works inside the store.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(root));
        return t;
    }
    if (relative.isEmpty() && op == Op::Empty) {
        t.error = Text::tr("The assistant does not empty the whole store folder %1.")
                      .arg(QDir::toNativeSeparators(root));
        return t;
    }
    t.relative = QFile::encodeName(relative);

    const QByteArray rootNative = QFile::encodeName(root);
    Fd current(::open(rootNative.constData(), DirFlags));
    if (!current) {
        const int err = errno;
        struct stat st;
        if (::lstat(rootNative.constData(), &st) == 0 && S_ISLNK(st.st_mode))
            t.error = linkError(root);
        else if (err == ENOENT)
            t.error = Text::tr("The store folder %1 does not exist.").arg(QDir::toNativeSeparators(root));
        else if (err == ENOTDIR)
            t.error = Text::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(root));
        else
            t.error = openError(root, err);
        return t;
    }
    if (t.relative.isEmpty()) {
        t.fd = std::move(current);
        return t;
    }

    const QList<QByteArray> parts = t.relative.split('/');
    QByteArray walked = rootNative;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray &part = parts[i];
        const bool last = i + 1 == parts.size();
        walked += '/' + part;
        Fd next(openDirAt(current.get(), part.constData()));
        int err = next ? 0 : errno;
        struct stat st;
        if (!next && err == EACCES && last && op == Op::Chmod &&
            ::fstatat(current.get(), part.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISDIR(st.st_mode) && chmodNoFollow(current.get(), part.constData(), mode) == 0) {
            t.modeSet = true;
            next = Fd(openDirAt(current.get(), part.constData()));
            err = next ? 0 : errno;
        }
        if (!next) {
            const QString shown = QFile::decodeName(walked);
            if (::fstatat(current.get(), part.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISLNK(st.st_mode))
                t.error = linkError(shown);
            else if (err == ENOENT)
                t.missing = true;
            else if (err == ENOTDIR)
                t.error = Text::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(shown));
            else
                t.error = openError(shown, err);
            return t;
        }
        current = std::move(next);
    }
    t.fd = std::move(current);
    return t;
}

// One folder on the walk's explicit stack.
struct Frame
{
    Fd fd;               // closed for deep frames while a subfolder is being worked on
    std::string name;    // name in the parent folder (empty for the target)
    std::string listing; // the entries' names, each ending in '\0'
    size_t cursor = 0;   // next entry in listing
    dev_t dev = 0;       // identity, to check a folder reopened through ".."
    ino_t ino = 0;
    qint64 failuresBefore = 0; // failedCount when the folder was entered
};

// Walks the tree below an open folder without recursion and without following any symlink.
class Walker
{
public:
    Walker(Op op, unsigned mode, const std::atomic_bool *cancel, QByteArray relativeTop, FileOpReport &report,
           bool countBytes = true)
        : m_op(op)
        , m_countBytes(countBytes)
        , m_mode(mode)
        , m_cancel(cancel)
        , m_relativeTop(std::move(relativeTop))
        , m_report(report)
    {}

    void run(Fd top, bool topModeSet);

    qint64 files() const { return m_files; }
    qint64 folders() const { return m_folders; }
    qint64 bytes() const { return m_bytes; }

private:
    bool cancelRequested();
    void push(Fd fd, const char *name, dev_t dev, ino_t ino);
    void pop();
    bool visit(Frame &frame, const char *name); // false: look at the same entry again
    bool visitDir(Frame &frame, const char *name, const struct stat &st);
    bool changed(const char *name, int err);
    void fail(const char *name, int err);
    void fail(const char *name, const QString &reason);
    QString pathOf(const char *name) const;

    const Op m_op;
    const bool m_countBytes; // Empty: stat every file for its size (else unlink first, stat folders only)
    const unsigned m_mode;
    const std::atomic_bool *const m_cancel;
    const QByteArray m_relativeTop;
    FileOpReport &m_report;

    std::deque<Frame> m_frames; // [0, m_depth) in use; the rest kept for their buffers
    size_t m_depth = 0;
    dev_t m_dev = 0; // the target's file system; nothing on another one is touched
    unsigned m_tick = 0;
    int m_retries = 0;
    bool m_stop = false;
    qint64 m_files = 0;
    qint64 m_folders = 0;
    qint64 m_bytes = 0;
};

bool Walker::cancelRequested()
{
    if (!m_cancel || !m_cancel->load(std::memory_order_relaxed))
        return false;
    m_report.cancelled = true;
    m_stop = true;
    return true;
}

void Walker::run(Fd top, bool topModeSet)
{
    struct stat st;
    if (::fstat(top.get(), &st) != 0) {
        fail(nullptr, errno);
        return;
    }
    m_dev = st.st_dev;
    if (cancelRequested())
        return;
    if (m_op == Op::Chmod) {
        if (!topModeSet && (st.st_mode & 07777) != m_mode && ::fchmod(top.get(), m_mode) != 0)
            fail(nullptr, errno);
        else
            ++m_report.entries;
    }
    push(std::move(top), "", st.st_dev, st.st_ino);

    while (m_depth > 0 && !m_stop) {
        Frame &frame = m_frames[m_depth - 1];
        if (frame.cursor >= frame.listing.size()) {
            pop();
            continue;
        }
        if ((++m_tick & CancelCheckMask) == 0 && cancelRequested())
            break;
        const char *name = frame.listing.data() + frame.cursor;
        const size_t length = std::strlen(name);
        if (visit(frame, name)) {
            frame.cursor += length + 1;
            m_retries = 0;
        }
    }
    for (size_t i = 0; i < m_depth; ++i)
        m_frames[i].fd.reset();
    m_depth = 0;
}

void Walker::push(Fd fd, const char *name, dev_t dev, ino_t ino)
{
    if (m_depth == m_frames.size())
        m_frames.emplace_back(); // a deque: references to the other frames stay valid
    Frame &frame = m_frames[m_depth];
    ++m_depth;
    frame.fd = std::move(fd);
    frame.name.assign(name);
    frame.listing.clear();
    frame.cursor = 0;
    frame.dev = dev;
    frame.ino = ino;
    frame.failuresBefore = m_report.failedCount;

    // Read the whole folder first: removing entries while readdir() is still going may make some
    // file systems skip others.
    const int err = forEachEntry(frame.fd.get(), [&frame](const char *n) {
        frame.listing.append(n, std::strlen(n) + 1);
        return true;
    });
    if (err != 0)
        fail(nullptr, err);

    if (m_depth >= 2 && m_depth - 2 >= CachedFdDepth)
        m_frames[m_depth - 2].fd.reset();
}

void Walker::pop()
{
    Frame &child = m_frames[m_depth - 1];
    if (m_depth == 1) {
        child.fd.reset();
        m_depth = 0;
        return;
    }
    Frame &parent = m_frames[m_depth - 2];
    if (!parent.fd) {
        Fd up(openDirAt(child.fd.get(), ".."));
        struct stat st;
        if (!up || ::fstat(up.get(), &st) != 0 || st.st_dev != parent.dev || st.st_ino != parent.ino) {
            fail(nullptr, Text::tr("was moved while the assistant was working in it; stopped there"));
            m_stop = true;
            return;
        }
        parent.fd = std::move(up);
    }
    child.fd.reset();
    --m_depth;
    if (m_op != Op::Empty)
        return;
    if (::unlinkat(parent.fd.get(), child.name.c_str(), AT_REMOVEDIR) == 0) {
        ++m_report.entries;
        return;
    }
    const int err = errno;
    if (err == ENOENT)
        return;
    // Whatever made it non-empty has been reported already.
    if ((err == ENOTEMPTY || err == EEXIST) && m_report.failedCount > child.failuresBefore)
        return;
    fail(child.name.c_str(), err);
}

// The entry changed type between two calls (e.g. a folder replaced by a link): look again, once.
bool Walker::changed(const char *name, int err)
{
    if (m_retries++ == 0)
        return false;
    fail(name, err);
    return true;
}

bool Walker::visit(Frame &frame, const char *name)
{
    // Deleting without counting bytes: unlinkat never follows a link, so try it first and look
    // closer only at what turns out to be a folder (one system call a file, as rm -rf).
    if (m_op == Op::Empty && !m_countBytes) {
        if (::unlinkat(frame.fd.get(), name, 0) == 0) {
            ++m_report.entries;
            return true;
        }
        const int err = errno;
        if (err == ENOENT)
            return true;
        if (err != EISDIR && err != EPERM) {
            fail(name, err);
            return true;
        }
    }
    struct stat st;
    if (::fstatat(frame.fd.get(), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno != ENOENT) // gone already: nothing to do
            fail(name, errno);
        return true;
    }
    if (S_ISDIR(st.st_mode))
        return visitDir(frame, name, st);

    switch (m_op) {
    case Op::Stats:
        ++m_files;
        if (S_ISREG(st.st_mode))
            m_bytes += st.st_size;
        break;
    case Op::Chmod: {
        if (S_ISLNK(st.st_mode))
            break; // no mode of its own; never followed
        if ((st.st_mode & 07777) != m_mode) {
            const int err = chmodNoFollow(frame.fd.get(), name, m_mode);
            if (err == EOPNOTSUPP)
                return changed(name, err); // became a symlink
            if (err != 0) {
                if (err != ENOENT)
                    fail(name, err);
                break;
            }
        }
        ++m_report.entries;
        break;
    }
    case Op::Empty:
        if (::unlinkat(frame.fd.get(), name, 0) != 0) {
            const int err = errno;
            if (err == EISDIR)
                return changed(name, err); // became a folder
            if (err != ENOENT)
                fail(name, err);
            break;
        }
        ++m_report.entries;
        if (S_ISREG(st.st_mode))
            m_report.bytes += st.st_size;
        break;
    }
    return true;
}

bool Walker::visitDir(Frame &frame, const char *name, const struct stat &st)
{
    if (st.st_dev != m_dev) {
        if (m_op == Op::Stats)
            ++m_folders;
        else
            fail(name, Text::tr("is a mount point; left alone"));
        return true;
    }
    bool modeSet = false;
    Fd child(openDirAt(frame.fd.get(), name));
    int err = child ? 0 : errno;
    if (!child && err == EACCES && m_op == Op::Chmod) {
        // Not readable by us, but maybe ours: the new mode may well let us in.
        const int chmodErr = chmodNoFollow(frame.fd.get(), name, m_mode);
        if (chmodErr == 0) {
            modeSet = true;
            ++m_report.entries;
            child = Fd(openDirAt(frame.fd.get(), name));
            err = child ? 0 : errno;
        } else if (chmodErr != EACCES) {
            err = chmodErr;
        }
    }
    if (!child) {
        if (err == ENOENT)
            return true;
        if (err == ELOOP || err == ENOTDIR)
            return changed(name, err); // replaced by a link or a file
        if (m_op == Op::Stats) {
            ++m_folders;
            return true;
        }
        if (m_op == Op::Empty && ::unlinkat(frame.fd.get(), name, AT_REMOVEDIR) == 0) {
            ++m_report.entries; // could not be read, but was empty
            return true;
        }
        fail(name, err);
        return true;
    }

    // Checked on the open folder: another file system, or a bind mount of this one.
    struct statx sx;
    if (::statx(child.get(), "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_MODE | STATX_INO,
                &sx) != 0) {
        fail(name, errno);
        return true;
    }
    const bool mountRoot =
        (sx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) && (sx.stx_attributes & STATX_ATTR_MOUNT_ROOT);
    if (mountRoot || makedev(sx.stx_dev_major, sx.stx_dev_minor) != m_dev) {
        if (m_op == Op::Stats)
            ++m_folders;
        else
            fail(name, Text::tr("is a mount point; left alone"));
        return true;
    }
    switch (m_op) {
    case Op::Stats:
        ++m_folders;
        break;
    case Op::Chmod:
        if (modeSet)
            break;
        if ((sx.stx_mode & 07777) != m_mode && ::fchmod(child.get(), m_mode) != 0)
            fail(name, errno);
        else
            ++m_report.entries;
        break;
    case Op::Empty:
        break;
    }
    push(std::move(child), name, st.st_dev, sx.stx_ino);
    return true;
}

void Walker::fail(const char *name, int err)
{
    if (m_report.failed.size() >= MaxListedFailures) {
        ++m_report.failedCount; // no need to build the path
        return;
    }
    m_report.addFailure(pathOf(name), err);
}

void Walker::fail(const char *name, const QString &reason)
{
    if (m_report.failed.size() >= MaxListedFailures) {
        ++m_report.failedCount;
        return;
    }
    m_report.addFailure(pathOf(name), reason);
}

// Store-relative path of name in the current folder (or of the current folder when name is null).
QString Walker::pathOf(const char *name) const
{
    QByteArray path = m_relativeTop;
    const auto append = [&path](const char *part) {
        if (!path.isEmpty())
            path += '/';
        path += part;
    };
    for (size_t i = 1; i < m_depth; ++i)
        append(m_frames[i].name.c_str());
    if (name)
        append(name);
    if (path.isEmpty())
        path = ".";
    return QFile::decodeName(path);
}

// The part of a store-relative path before its last component, and that component.
std::pair<QString, QString> splitLast(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return {slash < 0 ? QString() : path.left(slash), path.mid(slash + 1)};
}

// Whether the folder open as fd has no entries.
bool isEmptyDir(int fd, int *err)
{
    bool empty = true;
    *err = forEachEntry(fd, [&empty](const char *) { return empty = false; });
    return empty && *err == 0;
}

// Copies the POSIX ACLs (access and default) of one open folder to another. Returns 0 or an errno;
// a file system without ACLs, or a folder without them, is not an error.
int copyAcls(int from, int to)
{
    for (const char *name : {"system.posix_acl_access", "system.posix_acl_default"}) {
        char value[4096];
        const ssize_t size = ::fgetxattr(from, name, value, sizeof value);
        if (size < 0) {
            if (errno == ENOTSUP)
                continue;
            if (errno != ENODATA)
                return errno;
            // None on the old folder: none on the new one either, whatever it inherited from its
            // parent's default ACL when it was made.
            if (::fremovexattr(to, name) != 0 && errno != ENODATA && errno != ENOTSUP)
                return errno;
            continue;
        }
        if (::fsetxattr(to, name, value, size_t(size), 0) != 0)
            return errno;
    }
    return 0;
}

} // namespace

void FileOpReport::addFailure(const QString &path, int err)
{
    addFailure(path, qt_error_string(err));
}

void FileOpReport::addFailure(const QString &path, const QString &reason)
{
    ++failedCount;
    if (failed.size() < MaxListedFailures)
        failed.append(path + QLatin1String(": ") + reason);
}

TreeStats FileOps::stats(const QString &storeRoot, const QString &dir)
{
    TreeStats result;
    Target target = openTarget(storeRoot, dir, Op::Stats, 0);
    if (!target.error.isEmpty()) {
        result.error = target.error;
        return result;
    }
    if (target.missing)
        return result;
    result.exists = true;
    FileOpReport report;
    Walker walker(Op::Stats, 0, nullptr, target.relative, report);
    walker.run(std::move(target.fd), false);
    result.files = walker.files();
    result.folders = walker.folders();
    result.bytes = walker.bytes();
    return result;
}

FileOpReport FileOps::chmodTree(const QString &storeRoot, const QString &dir, unsigned mode,
                                const std::atomic_bool *cancel)
{
    FileOpReport report;
    mode &= 07777;
    Target target = openTarget(storeRoot, dir, Op::Chmod, mode);
    if (!target.error.isEmpty()) {
        report.error = target.error;
        return report;
    }
    if (target.missing) {
        report.error = Text::tr("%1 does not exist.").arg(QDir::toNativeSeparators(target.absolute));
        return report;
    }
    Walker walker(Op::Chmod, mode, cancel, target.relative, report);
    walker.run(std::move(target.fd), target.modeSet);
    return report;
}

namespace {

FileOpReport emptyTree(const QString &storeRoot, const QString &dir, const std::atomic_bool *cancel,
                       bool countBytes)
{
    FileOpReport report;
    Target target = openTarget(storeRoot, dir, Op::Empty, 0);
    if (!target.error.isEmpty()) {
        report.error = target.error;
        return report;
    }
    if (target.missing)
        return report;
    Walker walker(Op::Empty, 0, cancel, target.relative, report, countBytes);
    walker.run(std::move(target.fd), false);
    return report;
}

} // namespace

FileOpReport FileOps::emptyFolder(const QString &storeRoot, const QString &dir,
                                  const std::atomic_bool *cancel)
{
    return emptyTree(storeRoot, dir, cancel, true);
}

QString FileOps::asideName(const QString &name)
{
    return (QLatin1String(AsidePrefix) + QStringLiteral("%1.%2-%3"))
        .arg(name, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz")))
        .arg(::getpid());
}

bool FileOps::isAsideName(const QString &name)
{
    return name.startsWith(QLatin1String(AsidePrefix)) && !name.contains(QLatin1Char('/'));
}

AsideMove FileOps::moveAside(const QString &storeRoot, const QString &dir)
{
    AsideMove move;
    const QString root = QDir::cleanPath(QFileInfo(storeRoot).absoluteFilePath());
    const QString path = QDir::cleanPath(QDir::isAbsolutePath(dir) ? dir : root + QLatin1Char('/') + dir);
    if (path == root) {
        move.reason = Text::tr("The assistant does not empty the whole store folder %1.")
                          .arg(QDir::toNativeSeparators(root));
        return move;
    }
    const auto [parentPath, name] = splitLast(path);
    Target parent =
        openTarget(storeRoot, parentPath.isEmpty() ? QStringLiteral("/") : parentPath, Op::Stats, 0);
    if (!parent.error.isEmpty()) {
        move.reason = parent.error;
        return move;
    }
    if (parent.missing) {
        move.result = AsideMove::Result::NothingToMove;
        return move;
    }
    const QByteArray nativeName = QFile::encodeName(name);
    const char *n = nativeName.constData();
    struct stat before;
    if (::fstatat(parent.fd.get(), n, &before, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            move.result = AsideMove::Result::NothingToMove;
        else
            move.reason = openError(path, errno);
        return move;
    }
    if (S_ISLNK(before.st_mode)) {
        move.reason = linkError(path);
        return move;
    }
    if (!S_ISDIR(before.st_mode)) {
        move.reason = Text::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path));
        return move;
    }
    Fd old(openDirAt(parent.fd.get(), n));
    if (!old) {
        move.result = AsideMove::Result::NotPossible;
        move.reason = openError(path, errno);
        return move;
    }
    // A mount point (another file system, or a bind mount) cannot be renamed; emptied in place.
    struct statx sx;
    struct stat parentStat;
    if (::fstat(parent.fd.get(), &parentStat) != 0 ||
        ::statx(old.get(), "", AT_EMPTY_PATH, STATX_INO, &sx) != 0 ||
        ((sx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) && (sx.stx_attributes & STATX_ATTR_MOUNT_ROOT)) ||
        makedev(sx.stx_dev_major, sx.stx_dev_minor) != parentStat.st_dev) {
        move.result = AsideMove::Result::NotPossible;
        move.reason = Text::tr("%1 is a mount point.").arg(QDir::toNativeSeparators(path));
        return move;
    }
    int err = 0;
    if (isEmptyDir(old.get(), &err)) {
        move.result = AsideMove::Result::NothingToMove;
        return move;
    }
    // A rename would carry a file system mounted further down along into the trash.
    if (const QStringList mounts = FileSystems::mountsBelow(path); !mounts.isEmpty()) {
        move.result = AsideMove::Result::NotPossible;
        move.reason = Text::tr("%1 holds a mount point (%2).")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(mounts.first()));
        return move;
    }

    const QString aside = asideName(name);
    const QByteArray nativeAside = QFile::encodeName(aside);
    const char *a = nativeAside.constData();
    if (::renameat2(parent.fd.get(), n, parent.fd.get(), a, RENAME_NOREPLACE) != 0 &&
        (errno != EINVAL || ::renameat(parent.fd.get(), n, parent.fd.get(), a) != 0)) {
        // EINVAL: a file system without RENAME_NOREPLACE; the name is new, so plain renameat is safe.
        move.result = AsideMove::Result::NotPossible;
        move.reason =
            Text::tr("Could not rename %1: %2.").arg(QDir::toNativeSeparators(path), qt_error_string(errno));
        return move;
    }
    move.aside = QFile::decodeName(parent.relative);
    move.aside = (move.aside.isEmpty() ? QString() : move.aside + QLatin1Char('/')) + aside;

    // The new folder: the old one's owner, group, mode and ACLs, or the rename is undone.
    auto undo = [&](int error, const QString &what) {
        ::unlinkat(parent.fd.get(), n, AT_REMOVEDIR);
        if (::renameat2(parent.fd.get(), a, parent.fd.get(), n, RENAME_NOREPLACE) != 0 &&
            (errno != EINVAL || ::renameat(parent.fd.get(), a, parent.fd.get(), n) != 0)) {
            move.result = AsideMove::Result::Error;
            move.reason = Text::tr("Could not %1 for %2 (%3), nor put the old folder back: it is now %4.")
                              .arg(what, QDir::toNativeSeparators(path), qt_error_string(error), move.aside);
            return move;
        }
        move.result = AsideMove::Result::NotPossible;
        move.reason = Text::tr("Could not %1 for %2: %3.")
                          .arg(what, QDir::toNativeSeparators(path), qt_error_string(error));
        move.aside.clear();
        return move;
    };
    if (::mkdirat(parent.fd.get(), n, 0700) != 0) {
        const int e = errno;
        struct stat now;
        // Someone (a web request) made it again meanwhile: keep theirs, if it is a real folder.
        if (e == EEXIST && ::fstatat(parent.fd.get(), n, &now, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISDIR(now.st_mode)) {
            move.result = AsideMove::Result::Moved;
            return move;
        }
        return undo(e, Text::tr("make a new empty folder"));
    }
    Fd fresh(openDirAt(parent.fd.get(), n));
    struct stat made;
    if (!fresh || ::fstat(fresh.get(), &made) != 0)
        return undo(errno, Text::tr("open the new folder"));
    if ((made.st_uid != before.st_uid || made.st_gid != before.st_gid) &&
        ::fchown(fresh.get(), before.st_uid, before.st_gid) != 0)
        return undo(errno, Text::tr("give the new folder the old one's owner and group"));
    if (::fchmod(fresh.get(), before.st_mode & 07777) != 0)
        return undo(errno, Text::tr("give the new folder the old one's mode"));
    if (const int e = copyAcls(old.get(), fresh.get()); e != 0)
        return undo(e, Text::tr("copy the old folder's ACLs"));
    move.result = AsideMove::Result::Moved;
    return move;
}

FileOpReport FileOps::removeAside(const QString &storeRoot, const QString &asideDir,
                                  const std::atomic_bool *cancel)
{
    const QString root = QDir::cleanPath(QFileInfo(storeRoot).absoluteFilePath());
    const QString path =
        QDir::cleanPath(QDir::isAbsolutePath(asideDir) ? asideDir : root + QLatin1Char('/') + asideDir);
    const auto [parentPath, name] = splitLast(path);
    FileOpReport report;
    if (!isAsideName(name)) {
        report.error = Text::tr("%1 is not a folder the assistant moved aside; it is left alone.")
                           .arg(QDir::toNativeSeparators(path));
        return report;
    }
    report = emptyTree(storeRoot, path, cancel, false);
    if (!report.ok())
        return report;
    Target parent = openTarget(storeRoot, parentPath, Op::Stats, 0);
    if (!parent.error.isEmpty()) {
        report.error = parent.error;
        return report;
    }
    if (parent.missing)
        return report;
    // The moved-aside folder itself is not counted: it was the folder the step kept.
    if (::unlinkat(parent.fd.get(), QFile::encodeName(name).constData(), AT_REMOVEDIR) != 0 &&
        errno != ENOENT)
        report.addFailure(QFile::decodeName(parent.relative) + QLatin1Char('/') + name, errno);
    return report;
}

QStringList FileOps::findAside(const QString &storeRoot, const QStringList &dirs)
{
    QStringList found;
    for (const QString &dir : dirs) {
        const auto [parentPath, name] = splitLast(QDir::cleanPath(dir));
        Target parent = openTarget(storeRoot, parentPath.isEmpty() ? storeRoot : parentPath, Op::Stats, 0);
        if (!parent.error.isEmpty() || parent.missing)
            continue;
        const QString prefix = QLatin1String(AsidePrefix) + name + QLatin1Char('.');
        const QString rel = QFile::decodeName(parent.relative);
        forEachEntry(parent.fd.get(), [&](const char *n) {
            const QString entryName = QFile::decodeName(n);
            struct stat st;
            if (entryName.startsWith(prefix) &&
                ::fstatat(parent.fd.get(), n, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) {
                const QString full = (rel.isEmpty() ? QString() : rel + QLatin1Char('/')) + entryName;
                if (!found.contains(full))
                    found << full;
            }
            return true;
        });
    }
    return found;
}

} // namespace mua
