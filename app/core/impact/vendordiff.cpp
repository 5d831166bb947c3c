#include "core/impact/vendordiff.h"

#include "core/fs/paths.h"
#include "core/impact/parallel.h"

#include "core/model/error.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <thread>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mua {

namespace {

// A file of one tree as the listing saw it, without following anything.
struct Entry
{
    enum class Type : char { File, Link, Other };
    QByteArray path; // relative, with '/'
    Type type = Type::File;
    qint64 size = 0;
    QByteArray target; // a link's
};

// Closes a descriptor when it goes.
struct Fd
{
    int fd = -1;
    explicit Fd(int f)
        : fd(f)
    {}
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
};

// Lists every file below dirFd (prefix is its path in the tree), staying on the tree's file system.
bool list(int dirFd, const QByteArray &prefix, dev_t device, std::vector<Entry> &out,
          const std::atomic_bool *cancel, const QString &root, QString *error)
{
    const int copy = ::dup(dirFd);
    DIR *dir = copy >= 0 ? ::fdopendir(copy) : nullptr;
    if (!dir) {
        if (copy >= 0)
            ::close(copy);
        return failWith(error, VendorDiff::tr("%1 cannot be listed: %2.")
                                   .arg(root + QLatin1Char('/') + QString::fromUtf8(prefix), errnoText()));
    }
    std::vector<QByteArray> folders;
    while (const dirent *d = ::readdir(dir)) {
        const char *name = d->d_name;
        if (!std::strcmp(name, ".") || !std::strcmp(name, ".."))
            continue;
        struct stat st
        {
        };
        if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // gone meanwhile
        Entry e;
        e.path = prefix.isEmpty() ? QByteArray(name) : prefix + '/' + name;
        if (S_ISDIR(st.st_mode) && st.st_dev == device) {
            folders.push_back(name);
            continue;
        }
        if (S_ISREG(st.st_mode)) {
            e.size = st.st_size;
        } else if (S_ISLNK(st.st_mode)) {
            e.type = Entry::Type::Link;
            QByteArray target(4096, Qt::Uninitialized);
            const ssize_t n = ::readlinkat(dirFd, name, target.data(), size_t(target.size()));
            e.target = n >= 0 ? target.left(n) : QByteArray();
        } else {
            e.type = Entry::Type::Other; // a FIFO, socket, device, or a mount point: never opened
            e.size = st.st_mode & S_IFMT;
        }
        out.push_back(std::move(e));
    }
    ::closedir(dir);
    for (const QByteArray &name : folders) {
        if (cancel && cancel->load())
            return failWith(error, VendorDiff::tr("Cancelled."));
        const Fd sub(::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (sub.fd < 0)
            return failWith(error,
                            VendorDiff::tr("%1 cannot be opened: %2.")
                                .arg(root + QLatin1Char('/') +
                                         QString::fromUtf8(prefix.isEmpty() ? name : prefix + '/' + name),
                                     errnoText()));
        if (!list(sub.fd, prefix.isEmpty() ? name : prefix + '/' + name, device, out, cancel, root, error))
            return false;
    }
    return true;
}

std::optional<std::vector<Entry>> listTree(const QString &root, const std::atomic_bool *cancel,
                                           QString *error)
{
    const Fd fd(::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.fd < 0) {
        failWith(error, errno == ELOOP || errno == ENOTDIR
                            ? VendorDiff::tr("%1 is not a folder (a link is not followed).").arg(root)
                            : VendorDiff::tr("%1 cannot be opened: %2.").arg(root, errnoText()));
        return std::nullopt;
    }
    struct stat st
    {
    };
    if (::fstat(fd.fd, &st) != 0) {
        failWith(error, VendorDiff::tr("%1 cannot be read: %2.").arg(root, errnoText()));
        return std::nullopt;
    }
    std::vector<Entry> out;
    if (!list(fd.fd, QByteArray(), st.st_dev, out, cancel, root, error))
        return std::nullopt;
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.path < b.path; });
    return out;
}

// Opens the files of one tree folder by folder: the folder once (no link followed on the way), then
// each file relative to it, without following a link at its end. The compare walks the paths in
// order, so one folder serves all its files.
class TreeFiles
{
public:
    explicit TreeFiles(const QByteArray &root)
        : m_root(root)
    {}
    ~TreeFiles()
    {
        if (m_dirFd >= 0)
            ::close(m_dirFd);
    }
    TreeFiles(const TreeFiles &) = delete;
    TreeFiles &operator=(const TreeFiles &) = delete;

    int open(const QByteArray &path)
    {
        const qsizetype slash = path.lastIndexOf('/');
        const QByteArray folder = slash < 0 ? QByteArray() : path.left(slash);
        if (m_dirFd < 0 || folder != m_folder) {
            if (m_dirFd >= 0)
                ::close(m_dirFd);
            m_folder = folder;
            m_dirFd = ::open(m_root.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            for (const QByteArray &part : folder.split('/')) {
                if (part.isEmpty() || m_dirFd < 0)
                    continue;
                const int next =
                    ::openat(m_dirFd, part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                ::close(m_dirFd);
                m_dirFd = next;
            }
        }
        if (m_dirFd < 0)
            return -1;
        return ::openat(m_dirFd, path.constData() + (slash < 0 ? 0 : slash + 1),
                        O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    }

private:
    QByteArray m_root;
    QByteArray m_folder;
    int m_dirFd = -1;
};

// Whether two files of `size` bytes (as listed) hold the same bytes, read side by side up to the first
// difference. A file that cannot be read, or that does not end where it was listed to, counts as
// different.
bool sameBytes(int fdA, int fdB, qint64 size, std::vector<char> &a, std::vector<char> &b)
{
    const Fd fa(fdA);
    const Fd fb(fdB);
    if (fa.fd < 0 || fb.fd < 0)
        return false;
    // Reads want bytes; the last chunk asks for one byte more, so that a short read there says the
    // file ends where it was listed to (one read a file instead of two).
    const auto readChunk = [](int fd, char *into, size_t want, bool last) {
        const size_t ask = want + (last ? 1 : 0);
        size_t got = 0;
        while (got < want) {
            const ssize_t n = ::read(fd, into + got, ask - got);
            if (n <= 0)
                return false;
            got += size_t(n);
        }
        return got == want;
    };
    const size_t chunk = a.size() - 1;
    for (qint64 left = size;;) {
        const size_t want = size_t(std::min<qint64>(left, qint64(chunk)));
        const bool last = qint64(want) == left;
        if (!readChunk(fa.fd, a.data(), want, last) || !readChunk(fb.fd, b.data(), want, last) ||
            std::memcmp(a.data(), b.data(), want) != 0)
            return false;
        left -= qint64(want);
        if (last)
            return true;
    }
}

// A whole file, when it is at most limit bytes.
std::optional<QByteArray> readWhole(int file, qint64 limit)
{
    const Fd fd(file);
    struct stat st
    {
    };
    if (fd.fd < 0 || ::fstat(fd.fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > limit)
        return std::nullopt;
    QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < st.st_size) {
        const ssize_t n = ::read(fd.fd, data.data() + done, size_t(st.st_size - done));
        if (n <= 0)
            return std::nullopt;
        done += n;
    }
    return data;
}

// The largest file read whole to tell whether a change is only in comments and whitespace.
constexpr qint64 TextLimit = 8 * 1024 * 1024;

// Whether two versions of a text file, open at oldFile and newFile (each closed here), differ only in
// comments and whitespace; false when either cannot be read whole within TextLimit or is binary.
bool onlyCosmetic(const QString &path, int oldFile, int newFile)
{
    const std::optional<QByteArray> oldText = readWhole(oldFile, TextLimit);
    const std::optional<QByteArray> newText = readWhole(newFile, TextLimit);
    return oldText && newText && !oldText->contains('\0') &&
           VendorDiff::normalise(path, *oldText) == VendorDiff::normalise(path, *newText);
}

// A file of a tree, to read without following a link at its end (a FIFO never blocks the open).
int openNoFollow(const QString &path)
{
    return ::open(path8(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
}

enum class Syntax { Php, Markup, Script, Style, Less, Plain };

Syntax syntaxOf(const QString &path)
{
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("php") || suffix == QLatin1String("phtml") || suffix == QLatin1String("inc"))
        return Syntax::Php;
    if (suffix == QLatin1String("xml") || suffix == QLatin1String("xsd") || suffix == QLatin1String("html") ||
        suffix == QLatin1String("htm"))
        return Syntax::Markup;
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs") || suffix == QLatin1String("ts"))
        return Syntax::Script;
    if (suffix == QLatin1String("css"))
        return Syntax::Style;
    if (suffix == QLatin1String("less") || suffix == QLatin1String("scss"))
        return Syntax::Less;
    return Syntax::Plain;
}

// Copies a quoted string from in[i] (the quote) to its closing quote, escapes honoured.
void copyString(const QByteArray &in, qsizetype &i, QByteArray &out)
{
    const char quote = in.at(i);
    out += quote;
    for (++i; i < in.size(); ++i) {
        const char c = in.at(i);
        out += c;
        if (c == '\\' && i + 1 < in.size()) {
            out += in.at(++i);
            continue;
        }
        if (c == quote)
            return;
    }
}

// Skips from in[i] ("<!--") past "-->".
void skipMarkupComment(const QByteArray &in, qsizetype &i)
{
    const qsizetype end = in.indexOf("-->", i + 4);
    i = end < 0 ? in.size() : end + 3;
}

// Skips from in[i] ("/*") past "*/".
void skipBlockComment(const QByteArray &in, qsizetype &i)
{
    const qsizetype end = in.indexOf("*/", i + 2);
    i = end < 0 ? in.size() : end + 2;
}

bool startsAt(const QByteArray &in, qsizetype i, const char *what)
{
    return in.mid(i, qsizetype(std::strlen(what))) == what;
}

// PHP, as its lexer reads a file: HTML until "<?php" or "<?=", code until "?>".
QByteArray withoutPhpComments(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    bool code = false;
    qsizetype i = 0;
    while (i < in.size()) {
        const char c = in.at(i);
        if (!code) {
            if (startsAt(in, i, "<?php") || startsAt(in, i, "<?=")) {
                code = true;
                const qsizetype n = startsAt(in, i, "<?=") ? 3 : 5;
                out += in.mid(i, n);
                i += n;
            } else if (startsAt(in, i, "<!--")) {
                skipMarkupComment(in, i);
            } else {
                out += c;
                ++i;
            }
            continue;
        }
        if (startsAt(in, i, "?>")) {
            code = false;
            out += "?>";
            i += 2;
        } else if (c == '\'' || c == '"' || c == '`') {
            copyString(in, i, out);
            ++i;
        } else if (startsAt(in, i, "<<<")) { // heredoc or nowdoc: verbatim to its closing label
            qsizetype j = i + 3;
            while (j < in.size() && (in.at(j) == ' ' || in.at(j) == '\t'))
                ++j;
            const bool quoted = j < in.size() && (in.at(j) == '\'' || in.at(j) == '"');
            if (quoted)
                ++j;
            const qsizetype labelStart = j;
            while (j < in.size() && (std::isalnum(uchar(in.at(j))) || in.at(j) == '_'))
                ++j;
            const QByteArray label = in.mid(labelStart, j - labelStart);
            qsizetype end = in.size();
            for (qsizetype line = in.indexOf('\n', j); !label.isEmpty() && line >= 0;
                 line = in.indexOf('\n', line + 1)) {
                qsizetype k = line + 1;
                while (k < in.size() && (in.at(k) == ' ' || in.at(k) == '\t'))
                    ++k;
                const qsizetype after = k + label.size();
                if (startsAt(in, k, label.constData()) &&
                    (after >= in.size() || !(std::isalnum(uchar(in.at(after))) || in.at(after) == '_'))) {
                    end = after;
                    break;
                }
            }
            out += in.mid(i, end - i);
            i = end;
        } else if (startsAt(in, i, "/*")) {
            skipBlockComment(in, i);
        } else if (startsAt(in, i, "//") || (c == '#' && !startsAt(in, i, "#["))) {
            while (i < in.size() && in.at(i) != '\n' && !startsAt(in, i, "?>"))
                ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

// JavaScript, CSS and LESS: strings kept, /* */ dropped, and // where the syntax has it (in LESS, not
// after ':' as in an unquoted url(http://…)).
QByteArray withoutCStyleComments(const QByteArray &in, bool lineComments, bool notAfterColon)
{
    QByteArray out;
    out.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size()) {
        const char c = in.at(i);
        if (c == '\'' || c == '"' || c == '`') {
            copyString(in, i, out);
            ++i;
        } else if (startsAt(in, i, "/*")) {
            skipBlockComment(in, i);
        } else if (lineComments && startsAt(in, i, "//") &&
                   !(notAfterColon && i > 0 && in.at(i - 1) == ':')) {
            while (i < in.size() && in.at(i) != '\n')
                ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QByteArray withoutMarkupComments(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size()) {
        const qsizetype start = in.indexOf("<!--", i);
        if (start < 0) {
            out += in.mid(i);
            break;
        }
        out += in.mid(i, start - i);
        i = start;
        skipMarkupComment(in, i);
    }
    return out;
}

// Each line trimmed, empty lines dropped, \n between them.
QByteArray trimmedLines(QByteArray in)
{
    in.replace("\r\n", "\n");
    in.replace('\r', '\n');
    QByteArray out;
    out.reserve(in.size());
    for (const QByteArray &line : in.split('\n')) {
        const QByteArray t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (!out.isEmpty())
            out += '\n';
        out += t;
    }
    return out;
}

} // namespace

QByteArray VendorDiff::normalise(const QString &path, const QByteArray &content)
{
    if (content.contains('\0'))
        return content;
    switch (syntaxOf(path)) {
    case Syntax::Php:
        return trimmedLines(withoutPhpComments(content));
    case Syntax::Markup:
        return trimmedLines(withoutMarkupComments(content));
    case Syntax::Script:
        return trimmedLines(withoutCStyleComments(content, true, false));
    case Syntax::Style:
        return trimmedLines(withoutCStyleComments(content, false, false));
    case Syntax::Less:
        return trimmedLines(withoutCStyleComments(content, true, true));
    case Syntax::Plain:
        break;
    }
    return trimmedLines(content);
}

std::optional<QList<VendorChange>> VendorDiff::compare(const QString &oldVendor, const QString &newVendor,
                                                       const std::atomic_bool *cancel, QString *error)
{
    // Both trees listed at once.
    std::optional<std::vector<Entry>> before;
    QString beforeError;
    std::thread listing([&]() { before = listTree(oldVendor, cancel, &beforeError); });
    const std::optional<std::vector<Entry>> after = listTree(newVendor, cancel, error);
    listing.join();
    if (!before) {
        failWith(error, beforeError);
        return std::nullopt;
    }
    if (!after)
        return std::nullopt;

    // Pair the two listings by path (both sorted).
    QList<VendorChange> changes;
    std::vector<std::pair<const Entry *, const Entry *>> both; // regular files in both
    auto a = before->cbegin();
    auto b = after->cbegin();
    while (a != before->cend() || b != after->cend()) {
        if (b == after->cend() || (a != before->cend() && a->path < b->path)) {
            changes << VendorChange{QString::fromUtf8(a->path), VendorChange::Kind::Removed, false};
            ++a;
        } else if (a == before->cend() || b->path < a->path) {
            changes << VendorChange{QString::fromUtf8(b->path), VendorChange::Kind::Added, false};
            ++b;
        } else {
            if (a->type == Entry::Type::File && b->type == Entry::Type::File)
                both.emplace_back(&*a, &*b);
            else if (a->type != b->type || a->size != b->size || a->target != b->target)
                changes << VendorChange{QString::fromUtf8(a->path), VendorChange::Kind::Changed, false};
            ++a;
            ++b;
        }
    }

    // The files in both, on every core: the same size and the same bytes is the same file; a changed
    // text file is read whole to tell whether only comments and whitespace changed.
    const QByteArray rootA = QFile::encodeName(oldVendor);
    const QByteArray rootB = QFile::encodeName(newVendor);
    std::vector<char> verdict(both.size(), 0); // 0 same, 1 changed, 2 cosmetic
    constexpr size_t Batch = 256;              // consecutive paths, so that a worker keeps its folders open
    std::atomic<size_t> next{0};
    const auto work = [&]() {
        std::vector<char> bufA(64 * 1024 + 1), bufB(64 * 1024 + 1);
        TreeFiles filesA(rootA), filesB(rootB);
        for (size_t start = next.fetch_add(Batch); start < both.size(); start = next.fetch_add(Batch)) {
            for (size_t i = start; i < std::min(both.size(), start + Batch); ++i) {
                if (cancel && cancel->load())
                    return;
                const Entry &x = *both[i].first;
                const Entry &y = *both[i].second;
                if (x.size == y.size &&
                    sameBytes(filesA.open(x.path), filesB.open(y.path), x.size, bufA, bufB))
                    continue;
                verdict[i] =
                    x.size <= TextLimit && y.size <= TextLimit &&
                            onlyCosmetic(QString::fromUtf8(x.path), filesA.open(x.path), filesB.open(y.path))
                        ? 2
                        : 1;
            }
        }
    };
    onThreads(everyCore(), work);
    if (cancel && cancel->load()) {
        failWith(error, tr("Cancelled."));
        return std::nullopt;
    }
    for (size_t i = 0; i < both.size(); ++i)
        if (verdict[i])
            changes << VendorChange{QString::fromUtf8(both[i].first->path), VendorChange::Kind::Changed,
                                    verdict[i] == 2};
    std::sort(changes.begin(), changes.end(),
              [](const VendorChange &x, const VendorChange &y) { return x.path < y.path; });
    return changes;
}

std::optional<QList<VendorChange>>
VendorDiff::fromDifferences(const QString &oldVendor, const QString &newVendor, const QString &oldRelative,
                            const QString &newRelative, const QStringList &lines,
                            const std::atomic_bool *cancel, QString *error)
{
    const QString oldPrefix = oldRelative + QLatin1Char('/');
    const QString newPrefix = newRelative + QLatin1Char('/');
    QList<VendorChange> changes;
    QStringList changed;
    const auto between = [](const QString &line, const QString &start, const QString &end) {
        if (!line.startsWith(start))
            return QString();
        const qsizetype at = line.indexOf(end, start.size());
        return at < 0 ? QString() : line.mid(start.size(), at - start.size());
    };
    for (const QString &line : lines) {
        // "Files OLD/r and NEW/r differ", "Symbolic links OLD/r and NEW/r differ": r has the same length
        // on both sides.
        const auto pair = [&](const QLatin1String start) {
            if (!line.startsWith(start + oldPrefix) || !line.endsWith(QLatin1String(" differ")))
                return QString();
            const qsizetype middle = line.size() - start.size() - oldPrefix.size() - 7;
            const qsizetype length = (middle - 5 - newPrefix.size()) / 2;
            const QString rel = line.mid(start.size() + oldPrefix.size(), length);
            return length > 0 && line == start + oldPrefix + rel + QLatin1String(" and ") + newPrefix + rel +
                                             QLatin1String(" differ")
                       ? rel
                       : QString();
        };
        if (const QString rel = pair(QLatin1String("Files ")); !rel.isEmpty()) {
            changed << rel;
            continue;
        }
        if (const QString rel = pair(QLatin1String("Symbolic links ")); !rel.isEmpty()) {
            changes << VendorChange{rel, VendorChange::Kind::Changed, false};
            continue;
        }
        // "Only in OLD/dir: name" (or "Only in OLD: name"): a file or a whole folder on one side.
        const auto onlyIn = [&line](const QString &side) {
            const QString start = QLatin1String("Only in ") + side;
            return line.startsWith(start) && line.size() > start.size() &&
                   (line.at(start.size()) == QLatin1Char('/') || line.at(start.size()) == QLatin1Char(':'));
        };
        const bool onlyOld = onlyIn(oldRelative);
        const bool onlyNew = !onlyOld && onlyIn(newRelative);
        if (onlyOld || onlyNew) {
            const QString side = onlyOld ? oldRelative : newRelative;
            const QString local = onlyOld ? oldVendor : newVendor;
            const QString rest = line.mid(8 + side.size()); // ": name" or "/dir: name"
            // The name itself may hold ": ": the split that names an entry that exists is the one.
            QString rel;
            for (qsizetype at = rest.indexOf(QLatin1String(": ")); at >= 0 && rel.isEmpty();
                 at = rest.indexOf(QLatin1String(": "), at + 1)) {
                const QString dir = rest.left(at);
                if (!dir.isEmpty() && !dir.startsWith(QLatin1Char('/')))
                    continue;
                const QString candidate =
                    (dir.isEmpty() ? QString() : dir.mid(1) + QLatin1Char('/')) + rest.mid(at + 2);
                struct stat st
                {
                };
                if (lstatOf(local + QLatin1Char('/') + candidate, &st))
                    rel = candidate;
            }
            if (rel.isEmpty())
                return std::nullopt;
            const VendorChange::Kind kind = onlyOld ? VendorChange::Kind::Removed : VendorChange::Kind::Added;
            struct stat st
            {
            };
            lstatOf(local + QLatin1Char('/') + rel, &st);
            if (!S_ISDIR(st.st_mode)) {
                changes << VendorChange{rel, kind, false};
                continue;
            }
            const std::optional<std::vector<Entry>> below =
                listTree(local + QLatin1Char('/') + rel, cancel, error);
            if (!below)
                return std::nullopt;
            for (const Entry &e : *below)
                changes << VendorChange{rel + QLatin1Char('/') + QString::fromUtf8(e.path), kind, false};
            continue;
        }
        // "File OLD/r is a fifo while file NEW/r is a regular file": changed, and not a text change.
        const QString rel = between(line, QLatin1String("File ") + oldPrefix, QLatin1String(" is a "));
        if (rel.isEmpty())
            return std::nullopt;
        changes << VendorChange{rel, VendorChange::Kind::Changed, false};
    }
    // The files diff names, read here on every core (through a mount: reads overlap their round trips).
    std::vector<char> cosmetic(size_t(changed.size()), 0);
    std::atomic<qsizetype> next{0};
    const auto work = [&]() {
        for (qsizetype i = next.fetch_add(1); i < changed.size(); i = next.fetch_add(1)) {
            if (cancel && cancel->load())
                return;
            const QString &rel = changed.at(i);
            cosmetic[size_t(i)] = onlyCosmetic(rel, openNoFollow(oldVendor + QLatin1Char('/') + rel),
                                               openNoFollow(newVendor + QLatin1Char('/') + rel));
        }
    };
    onThreads(8, work); // through a mount, reads wait for round trips rather than for a core
    if (cancel && cancel->load()) {
        failWith(error, tr("Cancelled."));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < changed.size(); ++i)
        changes << VendorChange{changed.at(i), VendorChange::Kind::Changed, cosmetic[size_t(i)] != 0};
    std::sort(changes.begin(), changes.end(),
              [](const VendorChange &x, const VendorChange &y) { return x.path < y.path; });
    return changes;
}

} // namespace mua
