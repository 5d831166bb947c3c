// FileOps on hostile trees: links out of the store, loops, mount points, folders it may not
// touch, very deep and very wide trees, cancel.
//
// The binary has a hidden child mode so the permission tests can run the operation as another
// user: tst_fileops --child-empty DIR ROOT | --child-chmod MODE DIR ROOT | --child-stats DIR ROOT |
// --child-aside DIR ROOT prints the result as JSON and exits. moveAsideKeepsModeOwnerGroupAndAcls
// also runs itself again in a private mount namespace, on a tmpfs named by MUA_TEST_ACL_BASE.
#include "core/fs/fileops.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace mua;
using mua::test::isLink;
using mua::test::makeLink;
using mua::test::makeLinks;
using mua::test::modeOf;
using mua::test::treeChecksum;
using mua::test::writeFile;

namespace {

constexpr uid_t NobodyId = 65534;

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool isRealDir(const QString &path)
{
    struct stat st;
    return ::lstat(native(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool exists(const QString &path)
{
    struct stat st;
    return ::lstat(native(path).constData(), &st) == 0;
}

bool setMode(const QString &path, int mode)
{
    return ::chmod(native(path).constData(), mode_t(mode)) == 0;
}

QString linkTarget(const QString &link)
{
    char buf[4096];
    const ssize_t n = ::readlink(native(link).constData(), buf, sizeof buf);
    return n < 0 ? QString() : QFile::decodeName(QByteArray(buf, n));
}

QStringList entriesOf(const QString &dir)
{
    QStringList names =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

bool chownTree(const QString &path, uid_t uid)
{
    if (::lchown(native(path).constData(), uid, uid) != 0)
        return false;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (::lchown(native(it.next()).constData(), uid, uid) != 0)
            return false;
    }
    return true;
}

QJsonObject toJson(const FileOpReport &r)
{
    return QJsonObject{{QStringLiteral("entries"), r.entries},
                       {QStringLiteral("bytes"), r.bytes},
                       {QStringLiteral("failedCount"), r.failedCount},
                       {QStringLiteral("failed"), QJsonArray::fromStringList(r.failed)},
                       {QStringLiteral("cancelled"), r.cancelled},
                       {QStringLiteral("error"), r.error},
                       {QStringLiteral("ok"), r.ok()}};
}

QString resultName(AsideMove::Result result)
{
    switch (result) {
    case AsideMove::Result::Moved:
        return QStringLiteral("moved");
    case AsideMove::Result::NothingToMove:
        return QStringLiteral("nothing");
    case AsideMove::Result::NotPossible:
        return QStringLiteral("not-possible");
    case AsideMove::Result::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("?");
}

QJsonObject toJson(const AsideMove &m)
{
    return QJsonObject{{QStringLiteral("result"), resultName(m.result)},
                       {QStringLiteral("aside"), m.aside},
                       {QStringLiteral("reason"), m.reason}};
}

int childMain(const QStringList &args)
{
    QJsonObject out;
    const QString mode = args.value(1);
    if (mode == QLatin1String("--child-empty") && args.size() == 4) {
        out = toJson(FileOps::emptyFolder(args[3], args[2]));
    } else if (mode == QLatin1String("--child-chmod") && args.size() == 5) {
        out = toJson(FileOps::chmodTree(args[4], args[3], args[2].toUInt(nullptr, 8)));
    } else if (mode == QLatin1String("--child-aside") && args.size() == 4) {
        out = toJson(FileOps::moveAside(args[3], args[2]));
    } else if (mode == QLatin1String("--child-stats") && args.size() == 4) {
        const TreeStats s = FileOps::stats(args[3], args[2]);
        out = QJsonObject{{QStringLiteral("files"), s.files},
                          {QStringLiteral("folders"), s.folders},
                          {QStringLiteral("bytes"), s.bytes},
                          {QStringLiteral("exists"), s.exists},
                          {QStringLiteral("error"), s.error}};
    } else {
        std::fprintf(stderr, "bad child arguments\n");
        return 2;
    }
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Runs this binary's child mode; as uid/gid 65534 when the test runs as root.
QList<QJsonObject> runChild(const QStringList &childArgs, QString *errors = nullptr)
{
    const QString self = QCoreApplication::applicationFilePath();
    mua::test::ProgramResult r;
    if (runningAsRoot()) {
        r = mua::test::run(QStringLiteral("setpriv"),
                           QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                       QStringLiteral("--clear-groups"), self} +
                               childArgs);
    } else {
        r = mua::test::run(self, childArgs);
    }
    if (errors)
        *errors = QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(r.errText());
    QList<QJsonObject> results;
    const QList<QByteArray> lines = r.out.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            results << QJsonDocument::fromJson(line).object();
    }
    return results;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    list.sort();
    return list;
}

// A folder outside the store that links point at: nothing in it may ever change.
struct Outside
{
    QTemporaryDir tmp;
    QByteArray checksum;

    QString path(const QString &rel = {}) const { return rel.isEmpty() ? tmp.path() : tmp.filePath(rel); }

    bool create()
    {
        if (!tmp.isValid() || !writeFile(path(), QStringLiteral("secret.txt"), "top secret\n") ||
            !writeFile(path(), QStringLiteral("dir/inner.txt"), "inner\n") ||
            !writeFile(path(), QStringLiteral("dir/sub/deep.txt"), "deep\n"))
            return false;
        setMode(path(QStringLiteral("secret.txt")), 0600);
        setMode(path(QStringLiteral("dir/inner.txt")), 0600);
        setMode(path(QStringLiteral("dir/sub/deep.txt")), 0600);
        setMode(path(QStringLiteral("dir/sub")), 0700);
        setMode(path(QStringLiteral("dir")), 0700);
        setMode(path(), 0755);
        checksum = treeChecksum(path());
        return !checksum.isEmpty();
    }

    // Content, modes, times and links all as created.
    void verify() const
    {
        QCOMPARE(treeChecksum(path()), checksum);
        QCOMPARE(modeOf(path(QStringLiteral("secret.txt"))), 0600);
        QCOMPARE(modeOf(path(QStringLiteral("dir"))), 0700);
        QCOMPARE(modeOf(path(QStringLiteral("dir/inner.txt"))), 0600);
        QCOMPARE(modeOf(path(QStringLiteral("dir/sub"))), 0700);
        QCOMPARE(modeOf(path(QStringLiteral("dir/sub/deep.txt"))), 0600);
        QCOMPARE(mua::test::readFile(path(QStringLiteral("secret.txt"))), QByteArray("top secret\n"));
        QCOMPARE(mua::test::readFile(path(QStringLiteral("dir/sub/deep.txt"))), QByteArray("deep\n"));
    }
};

// Every entry below dir, relative to it, with its type, mode, link target or content: equal lists
// mean the same tree wherever it now is.
QStringList treeListing(const QString &dir)
{
    QStringList lines;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        struct stat st;
        if (::lstat(native(p).constData(), &st) != 0) {
            lines << p + QStringLiteral(" (gone)");
            continue;
        }
        QString line = QDir(dir).relativeFilePath(p) + QLatin1Char(' ') + QString::number(st.st_mode, 8) +
                       QLatin1Char(' ') + QString::number(st.st_uid) + QLatin1Char(':') +
                       QString::number(st.st_gid);
        if (S_ISLNK(st.st_mode))
            line += QStringLiteral(" -> ") + linkTarget(p);
        else if (S_ISREG(st.st_mode))
            line += QLatin1Char(' ') + QString::fromUtf8(mua::test::readFile(p).toHex());
        lines << line;
    }
    lines.sort();
    return lines;
}

struct Owner
{
    uid_t uid = uid_t(-1);
    gid_t gid = gid_t(-1);
    ino_t ino = 0;
};

Owner ownerOf(const QString &path)
{
    struct stat st;
    if (::lstat(native(path).constData(), &st) != 0)
        return {};
    return {st.st_uid, st.st_gid, st.st_ino};
}

// The raw value of an extended attribute of path itself, "(none)" when it has none.
QByteArray xattrOf(const QString &path, const char *name)
{
    char value[8192];
    const ssize_t size = ::lgetxattr(native(path).constData(), name, value, sizeof value);
    if (size < 0)
        return errno == ENODATA ? QByteArrayLiteral("(none)") : "(error " + QByteArray::number(errno) + ')';
    return QByteArray(value, int(size));
}

// getfacl's view of a folder's ACLs, numeric, without the "# file" line.
QString aclText(const QString &path)
{
    const auto r = mua::test::run(QStringLiteral("getfacl"),
                                  {QStringLiteral("--omit-header"), QStringLiteral("--numeric"),
                                   QStringLiteral("--absolute-names"), path});
    return r.exitCode == 0 ? r.outText() : QStringLiteral("getfacl failed: ") + r.errText();
}

bool setfacl(const QStringList &args)
{
    const auto r = mua::test::run(QStringLiteral("setfacl"), args);
    if (r.exitCode != 0)
        qWarning("setfacl %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.errText()));
    return r.exitCode == 0 && !r.crashed;
}

// Whether folders below dir can have POSIX ACLs.
bool aclsWork(const QString &dir)
{
    const QString probe = dir + QStringLiteral("/acl-probe");
    if (!QDir().mkpath(probe))
        return false;
    const auto r = mua::test::run(QStringLiteral("setfacl"),
                                  {QStringLiteral("-m"), QStringLiteral("u:65534:rwx"), probe});
    const bool works = r.exitCode == 0 && xattrOf(probe, "system.posix_acl_access") != "(none)";
    QDir(probe).removeRecursively();
    return works;
}

QStringList asideEntries(const QString &dir)
{
    QStringList found;
    for (const QString &name : entriesOf(dir)) {
        if (name.startsWith(QLatin1String(".upgrade-assistant-trash")))
            found << name;
    }
    return found;
}

// generated/code with everything emptyFolderRemovesLinksNeverTheirTargets has in it: 2 files
// (3000 + 1234 bytes), 8 links (out of the store to a file and a folder, a loop, "..", itself,
// dangling, a relative escape) and 3 folders.
bool plantHostileTree(const QString &root, const Outside &outside)
{
    const QString code = root + QStringLiteral("/generated/code");
    const QString magentoDir = code + QStringLiteral("/Magento");
    return writeFile(root, QStringLiteral("generated/code/Magento/Framework/Proxy.php"),
                     QByteArray(3000, 'p')) &&
           writeFile(root, QStringLiteral("generated/code/Vendor/X.php"), QByteArray(1234, 'x')) &&
           makeLink(outside.path(QStringLiteral("secret.txt")), code + QStringLiteral("/to_file")) &&
           makeLink(outside.path(QStringLiteral("dir")), code + QStringLiteral("/to_dir")) &&
           makeLink(QStringLiteral("loop_b"), code + QStringLiteral("/loop_a")) &&
           makeLink(QStringLiteral("loop_a"), code + QStringLiteral("/loop_b")) &&
           makeLink(QStringLiteral(".."), code + QStringLiteral("/Vendor/parent")) &&
           makeLink(code, code + QStringLiteral("/Vendor/self_abs")) &&
           makeLink(QStringLiteral("/nonexistent/mua/dangling"), code + QStringLiteral("/dangling")) &&
           makeLink(QDir(magentoDir).relativeFilePath(outside.path(QStringLiteral("dir"))),
                    magentoDir + QStringLiteral("/to_outside_relative")) &&
           isRealDir(magentoDir + QStringLiteral("/to_outside_relative/sub")); // the link does lead out
}

// Results of a child run (one JSON object a line).
QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> results;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            results << QJsonDocument::fromJson(line).object();
    }
    return results;
}

bool privateMountNamespaces()
{
    if (!runningAsRoot())
        return false;
    const auto probe =
        mua::test::run(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                                   QStringLiteral("private"), QStringLiteral("true")});
    return probe.exitCode == 0 && !probe.crashed;
}

// moveAside keeps mode, owner, group and ACLs: the checks of moveAsideKeepsModeOwnerGroupAndAcls on
// a store below base, which must be on a file system with POSIX ACLs.
void checkKeepsAttributes(const QString &base)
{
    const QString root = base + QStringLiteral("/store");
    const QString generated = root + QStringLiteral("/generated");
    const QString code = generated + QStringLiteral("/code");
    const QString metadata = generated + QStringLiteral("/metadata");
    QVERIFY(writeFile(root, QStringLiteral("generated/code/Vendor/A/Interceptor.php"), "<?php // a\n"));
    QVERIFY(writeFile(root, QStringLiteral("generated/metadata/global.php"), "<?php return [];\n"));
    QVERIFY(setMode(root, 0755));
    QVERIFY(setMode(generated, 0775));
    if (runningAsRoot()) {
        QVERIFY(chownTree(code, NobodyId));                                // 65534:65534
        QVERIFY(::lchown(native(metadata).constData(), 0, NobodyId) == 0); // root:65534
    }
    // code: ACLs of its own, access and default. metadata: none at all, while generated has a
    // default ACL that every folder made in it inherits: the new metadata must not have it either.
    QVERIFY(setfacl({QStringLiteral("-m"), QStringLiteral("u:65534:r-x"), code}));
    QVERIFY(setfacl({QStringLiteral("-d"), QStringLiteral("-m"), QStringLiteral("u:65534:rwx"), code}));
    QVERIFY(setfacl({QStringLiteral("-d"), QStringLiteral("-m"), QStringLiteral("g:65534:r-x"), generated}));
    QVERIFY(setMode(code, 02775));
    QVERIFY(setMode(metadata, 0751));

    QCOMPARE(modeOf(code), 02775);
    QCOMPARE(modeOf(metadata), 0751);
    QVERIFY(xattrOf(code, "system.posix_acl_access") != "(none)");
    QVERIFY(xattrOf(code, "system.posix_acl_default") != "(none)");
    QVERIFY2(aclText(code).contains(QLatin1String("default:user:65534:rwx")), qPrintable(aclText(code)));
    QVERIFY2(aclText(code).contains(QLatin1String("\nuser:65534:r-x")), qPrintable(aclText(code)));
    QCOMPARE(xattrOf(metadata, "system.posix_acl_access"), QByteArray("(none)"));
    QCOMPARE(xattrOf(metadata, "system.posix_acl_default"), QByteArray("(none)"));

    for (const QString &dir : {code, metadata}) {
        const QString relative = QDir(root).relativeFilePath(dir);
        const int mode = modeOf(dir);
        const Owner owner = ownerOf(dir);
        const QByteArray access = xattrOf(dir, "system.posix_acl_access");
        const QByteArray defaults = xattrOf(dir, "system.posix_acl_default");
        const QString acls = aclText(dir);
        const QStringList contents = treeListing(dir);
        QVERIFY(!contents.isEmpty());

        const AsideMove move = FileOps::moveAside(root, relative);
        QVERIFY2(move.result == AsideMove::Result::Moved,
                 qPrintable(relative + QStringLiteral(": ") + move.reason));
        const QString aside = root + QLatin1Char('/') + move.aside;
        QVERIFY2(isRealDir(dir), qPrintable(relative));
        QCOMPARE(entriesOf(dir), QStringList());
        QCOMPARE(modeOf(dir), mode);
        const Owner now = ownerOf(dir);
        QCOMPARE(now.uid, owner.uid);
        QCOMPARE(now.gid, owner.gid);
        QVERIFY(now.ino != owner.ino); // a new folder; the old one is the aside one
        QCOMPARE(ownerOf(aside).ino, owner.ino);
        QCOMPARE(xattrOf(dir, "system.posix_acl_access"), access);
        QCOMPARE(xattrOf(dir, "system.posix_acl_default"), defaults);
        QCOMPARE(aclText(dir), acls);
        // The old folder is untouched, under its new name.
        QCOMPARE(treeListing(aside), contents);
        QCOMPARE(modeOf(aside), mode);
        QCOMPARE(aclText(aside), acls);

        const FileOpReport removed = FileOps::removeAside(root, move.aside);
        QVERIFY2(removed.ok(), qPrintable(removed.error + removed.failed.join(QLatin1Char('\n'))));
        QVERIFY(!exists(aside));
    }
    if (runningAsRoot()) {
        QCOMPARE(ownerOf(code).uid, NobodyId);
        QCOMPARE(ownerOf(code).gid, gid_t(NobodyId));
        QCOMPARE(ownerOf(metadata).uid, uid_t(0));
        QCOMPARE(ownerOf(metadata).gid, gid_t(NobodyId));
    }
    QCOMPARE(entriesOf(generated), QStringList({QStringLiteral("code"), QStringLiteral("metadata")}));
}
} // namespace

class TestFileOps : public QObject
{
    Q_OBJECT

private slots:
    void emptyFolderRemovesLinksNeverTheirTargets();
    void chmodTreeLeavesLinksAndTheirTargetsAlone();
    void statsCountsExactly();
    void refusesLinksOnTheWayAndEscapes();
    void missingFolders();
    void chmodRealisticSession();
    void permissionFailuresEmpty();
    void permissionFailuresChmod();
    void mountPointsAreLeftAlone();
    void deepTree();
    void wideTree();
    void cancel();
    void moveAsideThenRemoveAsideOnAHostileTree();
    void moveAsideKeepsModeOwnerGroupAndAcls();
    void moveAsideResults();
    void moveAsideLeavesMountPointsAlone();
    void moveAsideIsUndoneWhenTheOwnerCannotBeKept();
    void removeAsideRefusesOtherFolders();
};

void TestFileOps::emptyFolderRemovesLinksNeverTheirTargets()
{
    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString code = store.filePath(QStringLiteral("generated/code"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/code/Magento/Framework/Proxy.php"),
                      QByteArray(3000, 'p')));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/code/Vendor/X.php"), QByteArray(1234, 'x')));
    QVERIFY(writeFile(store.path(), QStringLiteral("app/etc/env.php"), "<?php return [];\n"));
    QVERIFY(makeLink(outside.path(QStringLiteral("secret.txt")), code + QStringLiteral("/to_file")));
    QVERIFY(makeLink(outside.path(QStringLiteral("dir")), code + QStringLiteral("/to_dir")));
    QVERIFY(makeLink(QStringLiteral("loop_b"), code + QStringLiteral("/loop_a")));
    QVERIFY(makeLink(QStringLiteral("loop_a"), code + QStringLiteral("/loop_b")));
    QVERIFY(makeLink(QStringLiteral(".."), code + QStringLiteral("/Vendor/parent")));
    QVERIFY(makeLink(code, code + QStringLiteral("/Vendor/self_abs")));
    QVERIFY(makeLink(QStringLiteral("/nonexistent/mua/dangling"), code + QStringLiteral("/dangling")));
    const QString magentoDir = code + QStringLiteral("/Magento");
    QVERIFY(makeLink(QDir(magentoDir).relativeFilePath(outside.path(QStringLiteral("dir"))),
                     magentoDir + QStringLiteral("/to_outside_relative")));
    QVERIFY(isRealDir(magentoDir + QStringLiteral("/to_outside_relative/sub"))); // the link does lead out
    QVERIFY(setMode(code, 0751));
    const QByteArray appBefore = treeChecksum(store.filePath(QStringLiteral("app")));

    const FileOpReport r = FileOps::emptyFolder(store.path(), QStringLiteral("generated/code"));
    QVERIFY2(r.ok(), qPrintable(r.error + r.failed.join(QLatin1Char('\n'))));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.failedCount, 0);
    QVERIFY(r.failed.isEmpty());
    QVERIFY(!r.cancelled);
    // 2 files + 8 links + 3 folders (Magento, Magento/Framework, Vendor)
    QCOMPARE(r.entries, 13);
    QCOMPARE(r.bytes, 3000 + 1234);

    QVERIFY(isRealDir(code));
    QCOMPARE(modeOf(code), 0751);
    QCOMPARE(entriesOf(code), QStringList());
    QCOMPARE(treeChecksum(store.filePath(QStringLiteral("app"))), appBefore);
    outside.verify();

    // Emptying an empty folder is fine and does nothing; an absolute path inside the store works.
    const FileOpReport again = FileOps::emptyFolder(store.path(), code);
    QVERIFY(again.ok());
    QCOMPARE(again.entries, 0);
    QVERIFY(isRealDir(code));
}

void TestFileOps::chmodTreeLeavesLinksAndTheirTargetsAlone()
{
    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString session = store.filePath(QStringLiteral("var/session"));
    QVERIFY(writeFile(store.path(), QStringLiteral("var/session/sess_abc"), "data"));
    QVERIFY(setMode(session + QStringLiteral("/sess_abc"), 0600));
    const QString toFile = session + QStringLiteral("/to_file");
    const QString toDir = session + QStringLiteral("/to_dir");
    const QString loop = session + QStringLiteral("/loop");
    const QString up = session + QStringLiteral("/up");
    const QString dangling = session + QStringLiteral("/dangling");
    QVERIFY(makeLink(outside.path(QStringLiteral("secret.txt")), toFile));
    QVERIFY(makeLink(outside.path(QStringLiteral("dir")), toDir));
    QVERIFY(makeLink(QStringLiteral("loop"), loop));
    QVERIFY(makeLink(QStringLiteral(".."), up));
    QVERIFY(makeLink(QStringLiteral("/nonexistent/mua/dangling"), dangling));
    QVERIFY(setMode(session, 0700));
    const int varMode = modeOf(store.filePath(QStringLiteral("var")));

    const FileOpReport r = FileOps::chmodTree(store.path(), QStringLiteral("var/session"), 0770);
    QVERIFY2(r.ok(), qPrintable(r.error + r.failed.join(QLatin1Char('\n'))));
    QCOMPARE(r.entries, 2); // var/session and sess_abc; links have no mode
    QCOMPARE(modeOf(session), 0770);
    QCOMPARE(modeOf(session + QStringLiteral("/sess_abc")), 0770);
    QCOMPARE(modeOf(store.filePath(QStringLiteral("var"))), varMode); // the parent is not touched
    for (const QString &link : {toFile, toDir, loop, up, dangling})
        QVERIFY2(isLink(link), qPrintable(link));
    QCOMPARE(linkTarget(toFile), outside.path(QStringLiteral("secret.txt")));
    QCOMPARE(linkTarget(toDir), outside.path(QStringLiteral("dir")));
    QCOMPARE(linkTarget(loop), QStringLiteral("loop"));
    QCOMPARE(linkTarget(up), QStringLiteral(".."));
    outside.verify();

    // The same with generated/code style links, and emptying afterwards.
    QVERIFY(makeLink(outside.path(QStringLiteral("dir")), session + QStringLiteral("/sub/to_dir")));
    QVERIFY(isRealDir(session + QStringLiteral("/sub")));
    const FileOpReport second = FileOps::chmodTree(store.path(), session, 0750);
    QVERIFY(second.ok());
    QCOMPARE(second.entries, 3);
    QCOMPARE(modeOf(session + QStringLiteral("/sub")), 0750);
    outside.verify();
    const FileOpReport emptied = FileOps::emptyFolder(store.path(), session);
    QVERIFY(emptied.ok());
    QCOMPARE(emptied.entries, 8);
    QCOMPARE(entriesOf(session), QStringList());
    QCOMPARE(modeOf(session), 0750);
    outside.verify();
}

void TestFileOps::statsCountsExactly()
{
    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString media = store.filePath(QStringLiteral("pub/media"));
    QVERIFY(writeFile(store.path(), QStringLiteral("pub/media/catalog/product/a/b/ab.jpg"),
                      QByteArray(1000, 'j')));
    QVERIFY(
        writeFile(store.path(), QStringLiteral("pub/media/catalog/product/c/c.jpg"), QByteArray(2000, 'j')));
    QVERIFY(writeFile(store.path(), QStringLiteral("pub/media/.htaccess"), QByteArray(7, 'h')));
    QVERIFY(writeFile(store.path(), QStringLiteral("pub/media/empty.txt"), QByteArray()));
    QVERIFY(QDir().mkpath(media + QStringLiteral("/wysiwyg/empty")));
    QVERIFY(makeLink(outside.path(QStringLiteral("dir")), media + QStringLiteral("/to_dir")));
    QVERIFY(makeLink(outside.path(QStringLiteral("secret.txt")), media + QStringLiteral("/catalog/to_file")));
    QVERIFY(makeLink(QStringLiteral(".."), media + QStringLiteral("/wysiwyg/up")));
    QVERIFY(::mkfifo(native(media + QStringLiteral("/fifo")).constData(), 0600) == 0);

    const TreeStats s = FileOps::stats(store.path(), QStringLiteral("pub/media"));
    QCOMPARE(s.error, QString());
    QVERIFY(s.exists);
    QCOMPARE(s.files, 8);   // 4 files, 3 links, 1 fifo
    QCOMPARE(s.folders, 7); // catalog, product, a, b, c, wysiwyg, wysiwyg/empty
    QCOMPARE(s.bytes, 1000 + 2000 + 7);
    outside.verify();

    const TreeStats top = FileOps::stats(store.path(), store.path());
    QCOMPARE(top.error, QString());
    QCOMPARE(top.files, 8);
    QCOMPARE(top.folders, 9); // + pub, pub/media
}

void TestFileOps::refusesLinksOnTheWayAndEscapes()
{
    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/code/A.php"), "a"));
    QVERIFY(writeFile(store.path(), QStringLiteral("app/etc/env.php"), "<?php return [];\n"));
    QVERIFY(
        makeLink(outside.path(QStringLiteral("dir")), store.filePath(QStringLiteral("generated/linked"))));
    const QByteArray storeBefore = treeChecksum(store.path());

    const auto expectError = [&](const QString &root, const QString &dir, const QString &needle) {
        const FileOpReport empty = FileOps::emptyFolder(root, dir);
        QVERIFY2(empty.error.contains(needle), qPrintable(dir + QStringLiteral(" -> ") + empty.error));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.entries, 0);
        const FileOpReport chmod = FileOps::chmodTree(root, dir, 0777);
        QVERIFY2(chmod.error.contains(needle), qPrintable(dir + QStringLiteral(" -> ") + chmod.error));
        QVERIFY(!chmod.ok());
        QCOMPARE(chmod.entries, 0);
        const TreeStats stats = FileOps::stats(root, dir);
        QVERIFY2(stats.error.contains(needle), qPrintable(dir + QStringLiteral(" -> ") + stats.error));
    };

    const QString link =
        QStringLiteral("is a symbolic link; the assistant does not follow links out of the store");
    // dir itself a link to outside
    expectError(store.path(), QStringLiteral("generated/linked"),
                store.filePath(QStringLiteral("generated/linked ")) + link);
    expectError(store.path(), QStringLiteral("generated/linked/sub"),
                store.filePath(QStringLiteral("generated/linked ")) + link);
    if (QTest::currentTestFailed())
        return;

    // a component on the way a link: generated -> outside/dir in a second store
    QTemporaryDir store2;
    QVERIFY(store2.isValid());
    QVERIFY(makeLink(outside.path(QStringLiteral("dir")), store2.filePath(QStringLiteral("generated"))));
    expectError(store2.path(), QStringLiteral("generated/sub"),
                store2.filePath(QStringLiteral("generated ")) + link);
    expectError(store2.path(), store2.filePath(QStringLiteral("generated/sub")),
                store2.filePath(QStringLiteral("generated ")) + link);

    // the store folder itself a link
    QTemporaryDir links;
    QVERIFY(links.isValid());
    const QString storeLink = links.filePath(QStringLiteral("store"));
    QVERIFY(makeLink(store.path(), storeLink));
    expectError(storeLink, QStringLiteral("generated/code"), storeLink + QLatin1Char(' ') + link);

    // escapes
    const QString outsideName = QFileInfo(outside.path()).fileName();
    const QString outsideText = QStringLiteral("is outside the store folder");
    expectError(store.path(), QStringLiteral("../") + outsideName, outsideText);
    expectError(store.path(), QStringLiteral("generated/../../") + outsideName + QStringLiteral("/dir"),
                outsideText);
    expectError(store.path(), QStringLiteral("generated/code/../../.."), outsideText);
    expectError(store.path(), outside.path(QStringLiteral("dir")), outsideText);
    expectError(store.path(), QStringLiteral("/"), outsideText);
    expectError(store.path(), store.path() + QStringLiteral("-other/x"), outsideText); // a sibling prefix

    // not a folder
    expectError(store.path(), QStringLiteral("app/etc/env.php"), QStringLiteral("is not a folder"));
    // the whole store is never emptied
    QVERIFY(FileOps::emptyFolder(store.path(), store.path()).error.contains(QStringLiteral("whole store")));
    QVERIFY(FileOps::emptyFolder(store.path(), QStringLiteral("."))
                .error.contains(QStringLiteral("whole store")));
    QVERIFY(FileOps::emptyFolder(store.path(), QStringLiteral("generated/.."))
                .error.contains(QStringLiteral("whole store")));
    QVERIFY(!FileOps::emptyFolder(store.path(), QString()).error.isEmpty());
    QVERIFY(!FileOps::emptyFolder(QString(), QStringLiteral("generated")).error.isEmpty());

    QCOMPARE(treeChecksum(store.path()), storeBefore);
    QVERIFY(exists(store.filePath(QStringLiteral("generated/code/A.php"))));
    outside.verify();
}

void TestFileOps::missingFolders()
{
    QTemporaryDir store;
    QVERIFY(store.isValid());
    QVERIFY(writeFile(store.path(), QStringLiteral("var/.keep"), ""));

    const FileOpReport empty = FileOps::emptyFolder(store.path(), QStringLiteral("var/nothing/here"));
    QVERIFY(empty.ok());
    QCOMPARE(empty.entries, 0);
    QVERIFY(!exists(store.filePath(QStringLiteral("var/nothing"))));

    const FileOpReport chmod = FileOps::chmodTree(store.path(), QStringLiteral("var/nothing"), 0770);
    QVERIFY(!chmod.ok());
    QVERIFY2(chmod.error.contains(QStringLiteral("does not exist")), qPrintable(chmod.error));

    const TreeStats stats = FileOps::stats(store.path(), QStringLiteral("var/nothing"));
    QCOMPARE(stats.error, QString());
    QVERIFY(!stats.exists);
    QCOMPARE(stats.files + stats.folders + stats.bytes, 0);

    const FileOpReport noStore =
        FileOps::emptyFolder(store.filePath(QStringLiteral("gone")), QStringLiteral("generated"));
    QVERIFY2(noStore.error.contains(QStringLiteral("does not exist")), qPrintable(noStore.error));
}

void TestFileOps::chmodRealisticSession()
{
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString session = store.filePath(QStringLiteral("var/session"));
    QStringList files;
    for (int i = 1; i <= 5; ++i)
        files << QStringLiteral("sess_%1").arg(i);
    files << QStringLiteral("sub/sess_a") << QStringLiteral("sub/sess_b")
          << QStringLiteral("sub/deeper/sess_c");
    for (const QString &f : std::as_const(files)) {
        QVERIFY(writeFile(session, f, "s|a:0:{}"));
        QVERIFY(setMode(session + QLatin1Char('/') + f, 0600));
    }
    QVERIFY(setMode(session + QStringLiteral("/sess_2"), 0770));  // already right: counted, untouched
    QVERIFY(setMode(session + QStringLiteral("/sess_3"), 04600)); // setuid bit must go
    QVERIFY(setMode(session + QStringLiteral("/sub/deeper"), 0700));
    QVERIFY(setMode(session + QStringLiteral("/sub"), 0700));
    QVERIFY(setMode(session, 0700));

    const FileOpReport r = FileOps::chmodTree(store.path(), QStringLiteral("var/session"), 0770);
    QVERIFY2(r.ok(), qPrintable(r.error + r.failed.join(QLatin1Char('\n'))));
    QCOMPARE(r.entries, 1 + 8 + 2); // the folder, 8 files, sub and sub/deeper
    QCOMPARE(r.bytes, 0);
    QCOMPARE(modeOf(session), 0770);
    QCOMPARE(modeOf(session + QStringLiteral("/sub")), 0770);
    QCOMPARE(modeOf(session + QStringLiteral("/sub/deeper")), 0770);
    for (const QString &f : std::as_const(files))
        QCOMPARE(modeOf(session + QLatin1Char('/') + f), 0770);

    // An already-set cancel flag: nothing changes.
    std::atomic_bool cancel{true};
    const FileOpReport cancelled =
        FileOps::chmodTree(store.path(), QStringLiteral("var/session"), 0700, &cancel);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.entries, 0);
    QCOMPARE(modeOf(session), 0770);
}

void TestFileOps::permissionFailuresEmpty()
{
    // As root: parts owned by root, the operation run as uid 65534. Otherwise: read-only folders.
    QTemporaryDir store;
    QVERIFY(store.isValid());
    QVERIFY(setMode(store.path(), 0755));
    const QString code = store.filePath(QStringLiteral("generated/code"));
    QVERIFY(writeFile(code, QStringLiteral("Vendor/Mod/a.php"), "a"));
    QVERIFY(writeFile(code, QStringLiteral("Vendor/Mod/b.php"), "bb"));
    QVERIFY(writeFile(code, QStringLiteral("rootfile.php"), "ccc"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(writeFile(code, QStringLiteral("Locked/f%1.php").arg(i), "locked"));
    QVERIFY(writeFile(code, QStringLiteral("Secret/x.php"), "secret"));
    QVERIFY(QDir().mkpath(code + QStringLiteral("/EmptyLocked")));
    QVERIFY(setMode(store.filePath(QStringLiteral("generated")), 0755));
    QVERIFY(setMode(code, 0755));
    auto restore = qScopeGuard([&] {
        setMode(code + QStringLiteral("/Locked"), 0755);
        setMode(code + QStringLiteral("/Secret"), 0755);
    });
    if (runningAsRoot()) {
        QVERIFY(chownTree(store.filePath(QStringLiteral("generated")), NobodyId));
        // Owned by root inside a folder 65534 owns: 65534 may remove it.
        QVERIFY(::lchown(native(code + QStringLiteral("/rootfile.php")).constData(), 0, 0) == 0);
        QVERIFY(chownTree(code + QStringLiteral("/Locked"), 0));
        QVERIFY(chownTree(code + QStringLiteral("/Secret"), 0));
        QVERIFY(chownTree(code + QStringLiteral("/EmptyLocked"), 0));
    }
    QVERIFY(setMode(code + QStringLiteral("/Locked"), 0555));   // listable, not writable
    QVERIFY(setMode(code + QStringLiteral("/Secret"), 0));      // not even listable
    QVERIFY(setMode(code + QStringLiteral("/EmptyLocked"), 0)); // unreadable, but empty: removable
    const QByteArray lockedBefore =
        runningAsRoot() ? treeChecksum(code + QStringLiteral("/Locked")) : QByteArray();

    QString errors;
    const QList<QJsonObject> results =
        runChild({QStringLiteral("--child-empty"), QStringLiteral("generated/code"), store.path()}, &errors);
    QVERIFY2(results.size() == 1, qPrintable(errors));
    const QJsonObject r = results.first();
    QCOMPARE(r.value(QStringLiteral("error")).toString(), QString());
    QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("cancelled")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("failedCount")).toInt(), 4);
    const QString denied = qt_error_string(EACCES);
    QStringList expected;
    for (int i = 0; i < 3; ++i)
        expected << QStringLiteral("generated/code/Locked/f%1.php: %2").arg(i).arg(denied);
    expected << QStringLiteral("generated/code/Secret: %1").arg(denied);
    expected.sort();
    QCOMPARE(toStringList(r.value(QStringLiteral("failed"))), expected);
    // Vendor, Vendor/Mod, a.php, b.php, rootfile.php, EmptyLocked
    QCOMPARE(r.value(QStringLiteral("entries")).toInt(), 6);
    QCOMPARE(r.value(QStringLiteral("bytes")).toInt(), 1 + 2 + 3);

    QCOMPARE(entriesOf(code), QStringList({QStringLiteral("Locked"), QStringLiteral("Secret")}));
    QCOMPARE(entriesOf(code + QStringLiteral("/Locked")).size(), 3);
    QCOMPARE(modeOf(code), 0755);
    if (runningAsRoot())
        QCOMPARE(treeChecksum(code + QStringLiteral("/Locked")), lockedBefore);
}

void TestFileOps::permissionFailuresChmod()
{
    QTemporaryDir store;
    QVERIFY(store.isValid());
    QVERIFY(setMode(store.path(), 0755));
    const QString session = store.filePath(QStringLiteral("var/session"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(session, QStringLiteral("sess_%1").arg(i), "own"));
    for (int i = 0; i < 25; ++i)
        QVERIFY(writeFile(session, QStringLiteral("rootsess_%1").arg(i, 2, 10, QLatin1Char('0')), "root"));
    QVERIFY(writeFile(session, QStringLiteral("rootsess_ok"), "root, right mode already"));
    QVERIFY(writeFile(session, QStringLiteral("sub/sess_x"), "own, below an unreadable folder"));
    QVERIFY(setMode(store.filePath(QStringLiteral("var")), 0755));

    if (runningAsRoot()) {
        QVERIFY(chownTree(session, NobodyId));
        for (int i = 0; i < 25; ++i) {
            const QString f = session + QStringLiteral("/rootsess_%1").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(::lchown(native(f).constData(), 0, 0) == 0);
            QVERIFY(setMode(f, 0600));
        }
        QVERIFY(::lchown(native(session + QStringLiteral("/rootsess_ok")).constData(), 0, 0) == 0);
        QVERIFY(setMode(session + QStringLiteral("/rootsess_ok"), 0770));
        for (int i = 0; i < 5; ++i)
            QVERIFY(setMode(session + QStringLiteral("/sess_%1").arg(i), 0600));
        QVERIFY(setMode(session + QStringLiteral("/sub/sess_x"), 0600));
        QVERIFY(setMode(session + QStringLiteral("/sub"), 0)); // ours, but unreadable until chmod
        QVERIFY(setMode(session, 0));                          // the same for the folder itself

        QString errors;
        const QList<QJsonObject> results = runChild({QStringLiteral("--child-chmod"), QStringLiteral("770"),
                                                     QStringLiteral("var/session"), store.path()},
                                                    &errors);
        QVERIFY2(results.size() == 1, qPrintable(errors));
        const QJsonObject r = results.first();
        QCOMPARE(r.value(QStringLiteral("error")).toString(), QString());
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("failedCount")).toInt(), 25);
        const QStringList failed = toStringList(r.value(QStringLiteral("failed")));
        QCOMPARE(failed.size(), 20); // only the first 20 are listed
        const QRegularExpression pattern(QStringLiteral("^var/session/rootsess_\\d\\d: ") +
                                         QRegularExpression::escape(qt_error_string(EPERM)) +
                                         QLatin1Char('$'));
        for (const QString &f : failed)
            QVERIFY2(pattern.match(f).hasMatch(), qPrintable(f));
        // var/session, 5 own files, rootsess_ok (already 0770), sub, sub/sess_x
        QCOMPARE(r.value(QStringLiteral("entries")).toInt(), 9);

        QCOMPARE(modeOf(session), 0770);
        QCOMPARE(modeOf(session + QStringLiteral("/sub")), 0770);
        QCOMPARE(modeOf(session + QStringLiteral("/sub/sess_x")), 0770);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(modeOf(session + QStringLiteral("/sess_%1").arg(i)), 0770);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(modeOf(session + QStringLiteral("/rootsess_%1").arg(i, 2, 10, QLatin1Char('0'))), 0600);
    } else {
        // Not root: every file is ours. A mode without search permission on the folder itself
        // makes everything inside it fail.
        QVERIFY(setMode(session, 0700));
        auto restore = qScopeGuard([&] { setMode(session, 0755); });
        QString errors;
        const QList<QJsonObject> results = runChild({QStringLiteral("--child-chmod"), QStringLiteral("660"),
                                                     QStringLiteral("var/session"), store.path()},
                                                    &errors);
        QVERIFY2(results.size() == 1, qPrintable(errors));
        const QJsonObject r = results.first();
        QCOMPARE(r.value(QStringLiteral("error")).toString(), QString());
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("failedCount")).toInt(), 5 + 25 + 1 + 1);
        const QStringList failed = toStringList(r.value(QStringLiteral("failed")));
        QCOMPARE(failed.size(), 20);
        const QRegularExpression pattern(
            QStringLiteral("^var/session/(sess_\\d|rootsess_\\d\\d|rootsess_ok|sub): ") +
            QRegularExpression::escape(qt_error_string(EACCES)) + QLatin1Char('$'));
        for (const QString &f : failed)
            QVERIFY2(pattern.match(f).hasMatch(), qPrintable(f));
        QCOMPARE(r.value(QStringLiteral("entries")).toInt(), 1);
        QCOMPARE(modeOf(session), 0660);
    }
}

void TestFileOps::mountPointsAreLeftAlone()
{
    if (!runningAsRoot())
        QSKIP("needs root to mount in a private mount namespace");
    const auto probe =
        mua::test::run(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                                   QStringLiteral("private"), QStringLiteral("true")});
    if (probe.exitCode != 0 || probe.crashed)
        QSKIP("no private mount namespaces here (unshare --mount failed)");

    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString code = store.filePath(QStringLiteral("generated/code"));
    QVERIFY(writeFile(code, QStringLiteral("A.php"), "a"));
    QVERIFY(QDir().mkpath(code + QStringLiteral("/tmpfs")));
    QVERIFY(QDir().mkpath(code + QStringLiteral("/Sub/bind")));
    const QString script = QStringLiteral("set -e\n"
                                          "mount -t tmpfs mua-test \"$1\"\n"
                                          "echo inside > \"$1/in-tmpfs.txt\"\n"
                                          "mount --bind \"$2\" \"$3\"\n"
                                          "\"$4\" --child-chmod 750 generated/code \"$5\"\n"
                                          "\"$4\" --child-empty generated/code \"$5\"\n"
                                          "test -f \"$1/in-tmpfs.txt\"\n"
                                          "test -f \"$3/inner.txt\"\n");
    const auto r = mua::test::run(QStringLiteral("unshare"),
                                  {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                   QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                                   script, QStringLiteral("sh"), code + QStringLiteral("/tmpfs"),
                                   outside.path(QStringLiteral("dir")), code + QStringLiteral("/Sub/bind"),
                                   QCoreApplication::applicationFilePath(), store.path()});
    QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.errText()));
    QList<QJsonObject> results;
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.isEmpty())
            results << QJsonDocument::fromJson(line).object();
    }
    QCOMPARE(results.size(), 2);
    const QString reason = QStringLiteral(": is a mount point; left alone");
    const QStringList expected{QStringLiteral("generated/code/Sub/bind") + reason,
                               QStringLiteral("generated/code/tmpfs") + reason};
    for (const QJsonObject &result : std::as_const(results)) {
        QCOMPARE(result.value(QStringLiteral("error")).toString(), QString());
        QCOMPARE(result.value(QStringLiteral("failedCount")).toInt(), 2);
        QCOMPARE(toStringList(result.value(QStringLiteral("failed"))), expected);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
    }
    QCOMPARE(results[0].value(QStringLiteral("entries")).toInt(), 3); // code, A.php, Sub
    QCOMPARE(results[1].value(QStringLiteral("entries")).toInt(), 1); // A.php; Sub keeps bind
    outside.verify();
    // The namespace is gone: the mount points are plain empty folders again.
    QCOMPARE(entriesOf(code), QStringList({QStringLiteral("Sub"), QStringLiteral("tmpfs")}));
    QCOMPARE(entriesOf(code + QStringLiteral("/Sub")), QStringList({QStringLiteral("bind")}));
}

void TestFileOps::deepTree()
{
    constexpr int Depth = 3000;
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString cache = store.filePath(QStringLiteral("var/cache"));
    QVERIFY(QDir().mkpath(cache));
    const QString tag = store.filePath(QStringLiteral("var/tag"));
    QVERIFY(writeFile(store.path(), QStringLiteral("var/tag"), "12345"));
    const QByteArray tagNative = native(tag);
    // Far deeper than PATH_MAX allows as one path: build it with *at calls.
    auto cleanup = qScopeGuard([&] { mua::test::run(QStringLiteral("rm"), {QStringLiteral("-rf"), cache}); });
    int fd = ::open(native(cache).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    for (int i = 0; i < Depth; ++i) {
        QVERIFY(::linkat(AT_FDCWD, tagNative.constData(), fd, "mage-tags", 0) == 0);
        QVERIFY(::mkdirat(fd, "d", 0755) == 0);
        const int next = ::openat(fd, "d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(next >= 0);
        ::close(fd);
        fd = next;
    }
    ::close(fd);

    // Few descriptors: the walk must not keep one per level.
    struct rlimit saved;
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    struct rlimit low = saved;
    low.rlim_cur = 128;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    auto restoreLimit = qScopeGuard([&] { ::setrlimit(RLIMIT_NOFILE, &saved); });

    const TreeStats s = FileOps::stats(store.path(), QStringLiteral("var/cache"));
    QCOMPARE(s.error, QString());
    QCOMPARE(s.folders, Depth);
    QCOMPARE(s.files, Depth);
    QCOMPARE(s.bytes, 5 * Depth);

    const FileOpReport chmod = FileOps::chmodTree(store.path(), QStringLiteral("var/cache"), 0700);
    QVERIFY2(chmod.ok(), qPrintable(chmod.error + chmod.failed.join(QLatin1Char('\n'))));
    QCOMPARE(chmod.entries, 1 + 2 * Depth);

    const FileOpReport r = FileOps::emptyFolder(store.path(), QStringLiteral("var/cache"));
    QVERIFY2(r.ok(), qPrintable(r.error + r.failed.join(QLatin1Char('\n'))));
    QCOMPARE(r.entries, 2 * Depth);
    QCOMPARE(r.bytes, 5 * Depth);
    QVERIFY(exists(tag));
    QCOMPARE(entriesOf(cache), QStringList());
    QCOMPARE(modeOf(cache), 0700);
}

void TestFileOps::wideTree()
{
    constexpr int Count = 20000;
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString dir = store.filePath(QStringLiteral("generated/code/Wide"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(store.path(), QStringLiteral("var/source.php"), QByteArray(10, 's')));
    QVERIFY(makeLinks(dir, Count, store.filePath(QStringLiteral("var/source.php"))));

    const TreeStats s = FileOps::stats(store.path(), QStringLiteral("generated/code"));
    QCOMPARE(s.files, Count);
    QCOMPARE(s.folders, 1);
    QCOMPARE(s.bytes, 10 * Count);

    const FileOpReport r = FileOps::emptyFolder(store.path(), QStringLiteral("generated/code"));
    QVERIFY2(r.ok(), qPrintable(r.error + r.failed.join(QLatin1Char('\n'))));
    QCOMPARE(r.entries, Count + 1);
    QCOMPARE(r.bytes, 10 * Count);
    QCOMPARE(entriesOf(store.filePath(QStringLiteral("generated/code"))), QStringList());
}

void TestFileOps::cancel()
{
    constexpr int Folders = 50;
    constexpr int PerFolder = 1000;
    constexpr qint64 Total = Folders + qint64(Folders) * PerFolder;
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString code = store.filePath(QStringLiteral("generated/code"));
    QVERIFY(writeFile(store.path(), QStringLiteral("var/source.php"), QByteArray(16, 's')));
    for (int i = 0; i < Folders; ++i) {
        const QString dir = code + QStringLiteral("/M%1").arg(i);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(makeLinks(dir, PerFolder, store.filePath(QStringLiteral("var/source.php"))));
    }
    const auto remaining = [&] {
        const TreeStats s = FileOps::stats(store.path(), QStringLiteral("generated/code"));
        return s.files + s.folders;
    };
    QCOMPARE(remaining(), Total);

    std::atomic_bool flag{true};
    const FileOpReport early = FileOps::emptyFolder(store.path(), QStringLiteral("generated/code"), &flag);
    QVERIFY(early.cancelled);
    QVERIFY(!early.ok());
    QCOMPARE(early.entries, 0);
    QCOMPARE(remaining(), Total);

    flag = false;
    std::thread canceller([&flag] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        flag = true;
    });
    const FileOpReport r = FileOps::emptyFolder(store.path(), QStringLiteral("generated/code"), &flag);
    canceller.join();
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());
    QCOMPARE(r.failedCount, 0);
    QVERIFY2(r.entries > 0 && r.entries < Total, qPrintable(QString::number(r.entries)));
    QCOMPARE(remaining() + r.entries, Total); // counted exactly what went
    QCOMPARE(r.bytes % 16, 0);

    flag = false;
    const FileOpReport rest = FileOps::emptyFolder(store.path(), QStringLiteral("generated/code"), &flag);
    QVERIFY(rest.ok());
    QCOMPARE(rest.entries + r.entries, Total);
    QCOMPARE(rest.bytes + r.bytes, 16 * qint64(Folders) * PerFolder);
    QCOMPARE(entriesOf(code), QStringList());
}

void TestFileOps::moveAsideThenRemoveAsideOnAHostileTree()
{
    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString generated = store.filePath(QStringLiteral("generated"));
    const QString code = generated + QStringLiteral("/code");
    QVERIFY(plantHostileTree(store.path(), outside));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/metadata/global.php"), "<?php return [];\n"));
    QVERIFY(writeFile(store.path(), QStringLiteral("app/etc/env.php"), "<?php return [];\n"));
    QVERIFY(setMode(code, 0751));
    const QStringList contents = treeListing(code);
    QCOMPARE(contents.size(), 13); // 2 files, 8 links, 3 folders
    const QByteArray appBefore = treeChecksum(store.filePath(QStringLiteral("app")));
    const QByteArray metadataBefore = treeChecksum(generated + QStringLiteral("/metadata"));
    const ino_t oldInode = ownerOf(code).ino;
    const QStringList codeDirs{QStringLiteral("generated/code"), QStringLiteral("generated/metadata")};
    QCOMPARE(FileOps::findAside(store.path(), codeDirs), QStringList());

    const AsideMove move = FileOps::moveAside(store.path(), QStringLiteral("generated/code"));
    QVERIFY2(move.result == AsideMove::Result::Moved, qPrintable(move.reason));
    QCOMPARE(move.reason, QString());
    static const QRegularExpression asidePattern(
        QStringLiteral("^generated/\\.upgrade-assistant-trash\\.code\\.\\d{8}T\\d{9}-(\\d+)$"));
    const QRegularExpressionMatch match = asidePattern.match(move.aside);
    QVERIFY2(match.hasMatch(), qPrintable(move.aside));
    QCOMPARE(match.captured(1).toLongLong(), qint64(::getpid()));
    QVERIFY(FileOps::isAsideName(QFileInfo(move.aside).fileName()));
    const QString aside = store.filePath(move.aside);

    // The folder is back at once, empty, with its mode; the old tree is the aside folder, as it was.
    QVERIFY(isRealDir(code));
    QCOMPARE(modeOf(code), 0751);
    QCOMPARE(entriesOf(code), QStringList());
    QVERIFY(ownerOf(code).ino != oldInode);
    QCOMPARE(ownerOf(aside).ino, oldInode);
    QCOMPARE(treeListing(aside), contents);
    QCOMPARE(modeOf(aside), 0751);
    QCOMPARE(entriesOf(generated),
             QStringList({QFileInfo(aside).fileName(), QStringLiteral("code"), QStringLiteral("metadata")}));
    outside.verify();

    // Found by its name between the two calls, next to code only.
    QCOMPARE(FileOps::findAside(store.path(), codeDirs), QStringList{move.aside});
    QCOMPARE(FileOps::findAside(store.path(), {QStringLiteral("generated/metadata")}), QStringList());

    const FileOpReport removed = FileOps::removeAside(store.path(), move.aside);
    QVERIFY2(removed.ok(), qPrintable(removed.error + removed.failed.join(QLatin1Char('\n'))));
    QCOMPARE(removed.failedCount, 0);
    QVERIFY(!removed.cancelled);
    QCOMPARE(removed.entries, 13); // what emptyFolder removes; the aside folder itself is not counted
    QCOMPARE(removed.bytes, 0);    // not counted: a background deletion does not stat every file
    QVERIFY(!exists(aside));
    QCOMPARE(entriesOf(generated), QStringList({QStringLiteral("code"), QStringLiteral("metadata")}));
    QVERIFY(isRealDir(code));
    QCOMPARE(entriesOf(code), QStringList());
    QCOMPARE(modeOf(code), 0751);
    QCOMPARE(FileOps::findAside(store.path(), codeDirs), QStringList());
    QCOMPARE(treeChecksum(store.filePath(QStringLiteral("app"))), appBefore);
    QCOMPARE(treeChecksum(generated + QStringLiteral("/metadata")), metadataBefore);
    outside.verify();

    // Once more: gone already is not an error; the empty folder is not moved again.
    const FileOpReport again = FileOps::removeAside(store.path(), aside);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.entries, 0);
    const AsideMove empty = FileOps::moveAside(store.path(), code);
    QVERIFY2(empty.result == AsideMove::Result::NothingToMove, qPrintable(empty.reason));
    QCOMPARE(empty.aside, QString());
    QCOMPARE(entriesOf(generated), QStringList({QStringLiteral("code"), QStringLiteral("metadata")}));
}

void TestFileOps::moveAsideKeepsModeOwnerGroupAndAcls()
{
    // The same test in a private mount namespace on a tmpfs (below): checks the store there.
    const QByteArray base = qgetenv("MUA_TEST_ACL_BASE");
    if (!base.isEmpty()) {
        struct statfs fs;
        QVERIFY(::statfs(base.constData(), &fs) == 0);
        QCOMPARE(qint64(fs.f_type), qint64(TMPFS_MAGIC));
        checkKeepsAttributes(QFile::decodeName(base));
        return;
    }

    int checked = 0;
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    if (aclsWork(tmp.path())) {
        checkKeepsAttributes(tmp.path());
        if (QTest::currentTestFailed())
            return;
        ++checked;
    }
    // tmpfs has ACLs wherever the temporary folder's file system has none.
    if (privateMountNamespaces()) {
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        const QString script = QStringLiteral("set -e\n"
                                              "mount -t tmpfs mua-acl \"$1\"\n"
                                              "MUA_TEST_ACL_BASE=\"$1\" \"$2\" "
                                              "moveAsideKeepsModeOwnerGroupAndAcls\n");
        const auto r = mua::test::run(QStringLiteral("unshare"),
                                      {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                       QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                                       script, QStringLiteral("sh"), mountPoint.path(),
                                       QCoreApplication::applicationFilePath()});
        QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.outText() + r.errText()));
        QVERIFY2(r.out.contains("PASS   : TestFileOps::moveAsideKeepsModeOwnerGroupAndAcls()"),
                 qPrintable(r.outText()));
        QVERIFY2(r.out.contains(" 0 failed, 0 skipped"), qPrintable(r.outText()));
        QCOMPARE(entriesOf(mountPoint.path()), QStringList()); // it was all on the tmpfs
        ++checked;
    }
    if (checked == 0)
        QSKIP("the temporary folder has no ACLs, and a tmpfs needs root to mount");
}

void TestFileOps::moveAsideResults()
{
    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString generated = store.filePath(QStringLiteral("generated"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/code/A.php"), "a"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/file.txt"), "not a folder"));
    QVERIFY(QDir().mkpath(generated + QStringLiteral("/empty")));
    QVERIFY(setMode(generated + QStringLiteral("/empty"), 0750));
    QVERIFY(makeLink(outside.path(QStringLiteral("dir")), generated + QStringLiteral("/link")));
    const QByteArray before = treeChecksum(store.path());
    const QStringList generatedBefore = entriesOf(generated);

    const auto expect = [&](const QString &root, const QString &dir, AsideMove::Result result,
                            const QString &needle) {
        const AsideMove m = FileOps::moveAside(root, dir);
        QVERIFY2(m.result == result, qPrintable(dir + QStringLiteral(" -> ") + resultName(m.result) +
                                                QStringLiteral(": ") + m.reason));
        if (needle.isEmpty())
            QVERIFY2(m.reason.isEmpty(), qPrintable(dir + QStringLiteral(" -> ") + m.reason));
        else
            QVERIFY2(m.reason.contains(needle), qPrintable(dir + QStringLiteral(" -> ") + m.reason));
        QCOMPARE(m.aside, QString());
    };
    using R = AsideMove::Result;

    // Nothing there, or nothing in it: nothing to move, and no trash made.
    expect(store.path(), QStringLiteral("generated/missing"), R::NothingToMove, {});
    expect(store.path(), QStringLiteral("generated/missing/deeper"), R::NothingToMove, {});
    expect(store.path(), QStringLiteral("var/generation"), R::NothingToMove, {});
    expect(store.path(), QStringLiteral("generated/empty"), R::NothingToMove, {});
    expect(store.path(), generated + QStringLiteral("/empty"), R::NothingToMove, {});
    QCOMPARE(modeOf(generated + QStringLiteral("/empty")), 0750);

    // A link: an error that names it; neither the link nor what it points at changes.
    const QString link =
        QStringLiteral("is a symbolic link; the assistant does not follow links out of the store");
    expect(store.path(), QStringLiteral("generated/link"), R::Error,
           generated + QStringLiteral("/link ") + link);
    expect(store.path(), QStringLiteral("generated/link/sub"), R::Error,
           generated + QStringLiteral("/link ") + link);
    QVERIFY(isLink(generated + QStringLiteral("/link")));
    QCOMPARE(linkTarget(generated + QStringLiteral("/link")), outside.path(QStringLiteral("dir")));
    expect(store.path(), QStringLiteral("generated/file.txt"), R::Error,
           generated + QStringLiteral("/file.txt is not a folder"));

    // The store folder itself, and anything outside it.
    expect(store.path(), store.path(), R::Error, QStringLiteral("does not empty the whole store folder"));
    expect(store.path(), QStringLiteral("."), R::Error,
           QStringLiteral("does not empty the whole store folder"));
    expect(store.path(), QStringLiteral("generated/.."), R::Error,
           QStringLiteral("does not empty the whole store folder"));
    expect(store.path(), QString(), R::Error, QStringLiteral("does not empty the whole store folder"));
    const QString outsideText = QStringLiteral("is outside the store folder");
    expect(store.path(), QStringLiteral("../") + QFileInfo(outside.path()).fileName(), R::Error, outsideText);
    expect(store.path(),
           QStringLiteral("generated/../../") + QFileInfo(outside.path()).fileName() + QStringLiteral("/dir"),
           R::Error, outsideText);
    expect(store.path(), outside.path(QStringLiteral("dir")), R::Error, outsideText);
    expect(store.path(), QStringLiteral("/"), R::Error, outsideText);
    expect(store.filePath(QStringLiteral("gone")), QStringLiteral("generated/code"), R::Error,
           QStringLiteral("does not exist"));

    QCOMPARE(treeChecksum(store.path()), before);
    QCOMPARE(entriesOf(generated), generatedBefore);
    QCOMPARE(asideEntries(generated), QStringList());
    QCOMPARE(asideEntries(store.path()), QStringList());
    QCOMPARE(asideEntries(QFileInfo(store.path()).absolutePath()), QStringList());
    QCOMPARE(
        FileOps::findAside(store.path(), {QStringLiteral("generated/code"), QStringLiteral("generated/empty"),
                                          QStringLiteral("generated/link")}),
        QStringList());
    outside.verify();
}

void TestFileOps::moveAsideLeavesMountPointsAlone()
{
    if (!runningAsRoot())
        QSKIP("needs root to mount in a private mount namespace");
    if (!privateMountNamespaces())
        QSKIP("no private mount namespaces here (unshare --mount failed)");

    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    const QString generated = store.filePath(QStringLiteral("generated"));
    QVERIFY(QDir().mkpath(generated + QStringLiteral("/code")));
    QVERIFY(QDir().mkpath(generated + QStringLiteral("/metadata")));
    QVERIFY(QDir().mkpath(generated + QStringLiteral("/empty-mount")));
    QVERIFY(setMode(generated + QStringLiteral("/code"), 0751));
    // A tmpfs with a file in it, a bind mount of a folder outside the store, an empty tmpfs.
    const QString script =
        QStringLiteral("set -e\n"
                       "g=\"$1\"\n"
                       "mount -t tmpfs mua-test \"$g/code\"\n"
                       "echo inside > \"$g/code/in-tmpfs.txt\"\n"
                       "mount --bind \"$2\" \"$g/metadata\"\n"
                       "mount -t tmpfs mua-empty \"$g/empty-mount\"\n"
                       "for d in code metadata empty-mount; do\n"
                       "  \"$3\" --child-aside \"generated/$d\" \"$4\"\n"
                       "done\n"
                       "test \"$(cat \"$g/code/in-tmpfs.txt\")\" = inside\n"
                       "test -f \"$g/metadata/inner.txt\"\n"
                       "test \"$(ls -A \"$g\" | tr '\\n' ' ')\" = 'code empty-mount metadata '\n"
                       "test \"$(ls -A \"$g/code\")\" = in-tmpfs.txt\n");
    const auto r = mua::test::run(
        QStringLiteral("unshare"),
        {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
         QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), generated,
         outside.path(QStringLiteral("dir")), QCoreApplication::applicationFilePath(), store.path()});
    QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.outText() + r.errText()));
    const QList<QJsonObject> results = jsonLines(r.out);
    QCOMPARE(results.size(), 3);
    const QStringList dirs{QStringLiteral("code"), QStringLiteral("metadata"), QStringLiteral("empty-mount")};
    for (qsizetype i = 0; i < results.size(); ++i) {
        QCOMPARE(results[i].value(QStringLiteral("result")).toString(), QStringLiteral("not-possible"));
        QCOMPARE(results[i].value(QStringLiteral("reason")).toString(),
                 generated + QLatin1Char('/') + dirs[i] + QStringLiteral(" is a mount point."));
        QCOMPARE(results[i].value(QStringLiteral("aside")).toString(), QString());
    }
    outside.verify();
    // The namespace is gone: the mount points are plain empty folders again, nothing beside them.
    QCOMPARE(entriesOf(generated), QStringList({QStringLiteral("code"), QStringLiteral("empty-mount"),
                                                QStringLiteral("metadata")}));
    QCOMPARE(entriesOf(generated + QStringLiteral("/code")), QStringList());
    QCOMPARE(modeOf(generated + QStringLiteral("/code")), 0751);
}

void TestFileOps::moveAsideIsUndoneWhenTheOwnerCannotBeKept()
{
    if (!runningAsRoot())
        QSKIP("needs root to own folders that uid 65534 may rename but not give away");
    QTemporaryDir store;
    QVERIFY(store.isValid());
    QVERIFY(setMode(store.path(), 0755));
    const QString generated = store.filePath(QStringLiteral("generated"));
    const QString code = generated + QStringLiteral("/code");
    const QString metadata = generated + QStringLiteral("/metadata");
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/code/Vendor/A/Proxy.php"), "<?php // a\n"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/code/B.php"), "<?php // b\n"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/metadata/global.php"), "<?php return [];\n"));
    // generated belongs to 65534, who may rename what is in it; code is root's, metadata is
    // 65534's but in root's group, which 65534 is not a member of.
    QVERIFY(chownTree(generated, NobodyId));
    QVERIFY(chownTree(code, 0));
    QVERIFY(::lchown(native(metadata).constData(), NobodyId, 0) == 0);
    QVERIFY(setMode(generated, 0755));
    QVERIFY(setMode(code, 0755));
    QVERIFY(setMode(metadata, 0775));
    const QStringList codeBefore = treeListing(code);
    const QStringList metadataBefore = treeListing(metadata);
    const Owner codeOwner = ownerOf(code);
    const Owner metadataOwner = ownerOf(metadata);

    for (const QString &dir : {code, metadata}) {
        QString errors;
        const QString relative = QDir(store.path()).relativeFilePath(dir);
        const QList<QJsonObject> results =
            runChild({QStringLiteral("--child-aside"), relative, store.path()}, &errors);
        QVERIFY2(results.size() == 1, qPrintable(errors));
        const QJsonObject r = results.first();
        QCOMPARE(r.value(QStringLiteral("result")).toString(), QStringLiteral("not-possible"));
        QCOMPARE(r.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Could not give the new folder the old one's owner and group for %1: %2.")
                     .arg(dir, qt_error_string(EPERM)));
        QCOMPARE(r.value(QStringLiteral("aside")).toString(), QString());
    }
    // The very same folders are back under their names, with everything in them; no trash left.
    QCOMPARE(entriesOf(generated), QStringList({QStringLiteral("code"), QStringLiteral("metadata")}));
    QCOMPARE(ownerOf(code).ino, codeOwner.ino);
    QCOMPARE(ownerOf(code).uid, uid_t(0));
    QCOMPARE(ownerOf(code).gid, gid_t(0));
    QCOMPARE(ownerOf(metadata).ino, metadataOwner.ino);
    QCOMPARE(ownerOf(metadata).uid, NobodyId);
    QCOMPARE(ownerOf(metadata).gid, gid_t(0));
    QCOMPARE(modeOf(code), 0755);
    QCOMPARE(modeOf(metadata), 0775);
    QCOMPARE(treeListing(code), codeBefore);
    QCOMPARE(treeListing(metadata), metadataBefore);
    QCOMPARE(FileOps::findAside(store.path(),
                                {QStringLiteral("generated/code"), QStringLiteral("generated/metadata")}),
             QStringList());
}

void TestFileOps::removeAsideRefusesOtherFolders()
{
    Outside outside;
    QVERIFY(outside.create());
    QTemporaryDir store;
    QVERIFY(store.isValid());
    QTemporaryDir elsewhere; // a folder named like ours, outside the store
    QVERIFY(elsewhere.isValid());
    const QString outsideAside =
        elsewhere.filePath(QStringLiteral(".upgrade-assistant-trash.code.20260101T000000000-1"));
    QVERIFY(writeFile(outsideAside, QStringLiteral("keep.txt"), "not the store's"));
    const QByteArray elsewhereBefore = treeChecksum(elsewhere.path());

    const QString generated = store.filePath(QStringLiteral("generated"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/code/A.php"), "a"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/trash.code.1/B.php"), "b"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/.upgrade-assistant-trashy/C.php"), "c"));
    QVERIFY(writeFile(store.path(), QStringLiteral("generated/.upgrade-assistant-trash/D.php"), "d"));
    QVERIFY(writeFile(store.path(), QStringLiteral("app/etc/env.php"), "<?php return [];\n"));
    const QString linkAside =
        generated + QStringLiteral("/.upgrade-assistant-trash.code.20260101T000000000-2");
    QVERIFY(makeLink(outside.path(QStringLiteral("dir")), linkAside));
    const QByteArray before = treeChecksum(store.path());

    const auto expectRefused = [&](const QString &dir, const QString &needle) {
        const FileOpReport r = FileOps::removeAside(store.path(), dir);
        QVERIFY2(!r.ok(), qPrintable(dir));
        QVERIFY2(r.error.contains(needle), qPrintable(dir + QStringLiteral(" -> ") + r.error));
        QCOMPARE(r.entries, 0);
        QCOMPARE(r.bytes, 0);
    };
    const QString notOurs = QStringLiteral("is not a folder the assistant moved aside; it is left alone.");
    expectRefused(QStringLiteral("generated/code"), generated + QStringLiteral("/code ") + notOurs);
    expectRefused(generated + QStringLiteral("/code"), generated + QStringLiteral("/code ") + notOurs);
    expectRefused(QStringLiteral("generated/trash.code.1"), notOurs);
    expectRefused(QStringLiteral("generated/.upgrade-assistant-trashy"), notOurs);
    expectRefused(QStringLiteral("generated/.upgrade-assistant-trash"), notOurs);
    expectRefused(QStringLiteral("generated/.upgrade-assistant-trash.code.1/../code"), notOurs);
    expectRefused(QStringLiteral("generated"), notOurs);
    expectRefused(QStringLiteral("app/etc"), notOurs);
    expectRefused(store.path(), notOurs);
    expectRefused(QStringLiteral("."), notOurs);
    // Named like ours, but outside the store, or a link.
    const QString outsideText = QStringLiteral("is outside the store folder");
    expectRefused(outsideAside, outsideText);
    expectRefused(QStringLiteral("../") + QFileInfo(elsewhere.path()).fileName() +
                      QStringLiteral("/.upgrade-assistant-trash.code.20260101T000000000-1"),
                  outsideText);
    expectRefused(QStringLiteral("generated/../../") + QFileInfo(elsewhere.path()).fileName() +
                      QStringLiteral("/.upgrade-assistant-trash.code.20260101T000000000-1"),
                  outsideText);
    expectRefused(linkAside, linkAside + QStringLiteral(" is a symbolic link"));
    expectRefused(QStringLiteral("generated/.upgrade-assistant-trash.code.20260101T000000000-2"),
                  linkAside + QStringLiteral(" is a symbolic link"));

    QCOMPARE(treeChecksum(store.path()), before);
    QCOMPARE(treeChecksum(elsewhere.path()), elsewhereBefore);
    QCOMPARE(mua::test::readFile(outsideAside + QStringLiteral("/keep.txt")), QByteArray("not the store's"));
    QVERIFY(isLink(linkAside));
    QCOMPARE(linkTarget(linkAside), outside.path(QStringLiteral("dir")));
    outside.verify();
    // A link named like ours is not found as a leftover either.
    QCOMPARE(FileOps::findAside(store.path(), {QStringLiteral("generated/code")}), QStringList());
    QVERIFY(!FileOps::isAsideName(QStringLiteral(".upgrade-assistant-trashy")));
    QVERIFY(!FileOps::isAsideName(QStringLiteral("code")));
    QVERIFY(FileOps::isAsideName(FileOps::asideName(QStringLiteral("code"))));
}

int main(int argc, char **argv)
{
    if (argc > 1 && std::strncmp(argv[1], "--child-", 8) == 0) {
        QCoreApplication app(argc, argv);
        return childMain(app.arguments());
    }
    QCoreApplication app(argc, argv);
    TestFileOps test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fileops.moc"
