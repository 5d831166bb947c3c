#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace mua::test {

struct ProgramResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the built magento-upgrade-assistant with the arguments; stdin is closed.
ProgramResult runProgram(const QStringList &args, int timeoutMs = 60000,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// "exit N", then stdout and stderr: what a failed check says about a program's run.
QString describe(const ProgramResult &r);

// Runs any program (e.g. php) the same way, in workingDir when given.
ProgramResult run(const QString &program, const QStringList &args, const QString &workingDir = {},
                  int timeoutMs = 60000,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// Runs f on a thread of its own and waits at most timeoutMs for it: a call that blocks (a FIFO's
// open) fails a test instead of hanging it. A blocked thread is left behind, so f must own what it
// touches (capture shared pointers, not references).
bool finishesWithin(const std::function<void()> &f, int timeoutMs = 5000);

// Bounds this process's address space (4 GiB): reading an endless device whole (issue 16 saw a
// machine lose 23.6 GB to it) then ends in std::bad_alloc, failing the test, not the machine.
bool boundAddressSpace();

// Puts something other than a plain file at root/relative (replacing what is there, creating
// folders): "fifo", a symbolic link to kind when it starts with '/', "folder", "loop" (a link to
// itself), "sparse:N" (a sparse file of N MiB), "empty"; any other kind is the file's content.
bool makeSpecial(const QString &root, const QString &relative, const QString &kind);

// A sandbox store (DemoStore) of the era made at root, or at dir/store; the test program stops
// when it cannot be made.
QString makeStoreAt(const QString &root, const QString &era = QStringLiteral("2.4"));
QString makeStore(const QTemporaryDir &dir, const QString &era = QStringLiteral("2.4"));
// Whether the store's maintenance flag (var/.maintenance.flag) exists.
bool maintenanceOn(const QString &root);

// The permission bits (07777) of path itself, a link not followed; -1 when there is nothing.
int modeOf(const QString &path);
// Whether path itself is a symbolic link.
bool isLink(const QString &path);
// A symbolic link at link to target (making the folders above link); false and a warning when not.
bool makeLink(const QString &target, const QString &link);
// The object of a JSON file; empty when it cannot be read or is not one.
QJsonObject jsonFile(const QString &path);

// Writes a file under root (creating folders); returns false and warns on failure.
bool writeFile(const QString &root, const QString &relativePath, const QByteArray &content);
QByteArray readFile(const QString &path);

// sha256 over every path, type, mode, symlink target and file content below root, in sorted
// order: equal checksums mean nothing in the tree changed.
QByteArray treeChecksum(const QString &root);
// The same as a line per entry ("/path mode mtime=… sha"), for a QCOMPARE that names what differs.
QStringList treeListing(const QString &root);

// Big trees fast: count hard links (f00000.php …) in dir to source, which must exist. A new inode per
// file would take tens of seconds for 50,000 on a slow disk; for a walk every name is a regular
// file all the same, removed with its own unlinkat.
bool makeLinks(const QString &dir, int count, const QString &source);

// Reads a running program's output until the fake bin/magento's hang switch says "child process
// N"; returns N (0 when the program ended or a minute passed first), all output so far in *said.
qint64 waitForHangingChild(QProcess &program, QByteArray *said);

// Runs a POSIX sh script with a small tmpfs (sizeKb) mounted at mountPoint, an empty folder, for the
// whole script: in a mount namespace of its own where unshare can make one (the mount goes with it),
// else, as root, mounted and unmounted around it (a chroot, whose root is no mount point). The script
// finds the program in $MUA and its arguments in $1, $2, …; r.err says why when no tmpfs can be made.
ProgramResult runOnSmallDisk(const QString &mountPoint, int sizeKb, const QString &script,
                             const QStringList &args = {}, int timeoutMs = 120000);

QString programPath();
QString sourceDir(); // tests/ in the source tree

} // namespace mua::test
