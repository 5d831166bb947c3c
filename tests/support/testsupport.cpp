#include "tests/support/testsupport.h"

#include "demo/demostore.h"

#include <unistd.h>

#include <fcntl.h>

#include <cstdio>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>

#include <atomic>
#include <memory>
#include <thread>

namespace mua::test {

qint64 waitForHangingChild(QProcess &program, QByteArray *said)
{
    static const QRegularExpression childLine(QStringLiteral("child process (\\d+)"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && program.state() == QProcess::Running) {
        program.waitForReadyRead(200);
        *said += program.readAll();
        const QRegularExpressionMatch m = childLine.match(QString::fromUtf8(*said));
        if (m.hasMatch())
            return m.captured(1).toLongLong();
    }
    return 0;
}

QString programPath()
{
    return QStringLiteral(MUA_PROGRAM);
}

QString sourceDir()
{
    return QStringLiteral(MUA_TEST_SOURCE_DIR);
}

ProgramResult run(const QString &program, const QStringList &args, const QString &workingDir, int timeoutMs,
                  const QProcessEnvironment &env)
{
    ProgramResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + program.toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.crashed = true;
    }
    r.out = p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    if (p.exitStatus() == QProcess::CrashExit)
        r.crashed = true;
    r.exitCode = p.exitCode();
    return r;
}

ProgramResult runProgram(const QStringList &args, int timeoutMs, const QProcessEnvironment &env)
{
    return run(programPath(), args, {}, timeoutMs, env);
}

bool writeFile(const QString &root, const QString &relativePath, const QByteArray &content)
{
    const QString path = root + QLatin1Char('/') + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qWarning("cannot write %s", qPrintable(path));
        return false;
    }
    return f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList treeListing(const QString &root)
{
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    QStringList out;
    for (const QString &p : std::as_const(paths)) {
        struct stat st;
        const QByteArray native = QFile::encodeName(p);
        if (::lstat(native.constData(), &st) != 0)
            continue;
        QString line = p.mid(root.size()) + QLatin1Char(' ') + QString::number(st.st_mode, 8);
        // A folder's time changes whenever an entry comes and goes, as the run lock does on a run that
        // refuses: the entries themselves are listed, so a folder's time says nothing more.
        if (!S_ISDIR(st.st_mode))
            line += QStringLiteral(" mtime=") + QString::number(qint64(st.st_mtim.tv_sec));
        if (S_ISLNK(st.st_mode))
            line += QStringLiteral(" -> ") + QFileInfo(p).symLinkTarget();
        else if (S_ISREG(st.st_mode))
            line += QLatin1Char(' ') +
                    QString::fromLatin1(
                        QCryptographicHash::hash(readFile(p), QCryptographicHash::Sha256).toHex().left(16));
        out << line;
    }
    return out;
}

QByteArray treeChecksum(const QString &root)
{
    return QCryptographicHash::hash(treeListing(root).join(QLatin1Char('\n')).toUtf8(),
                                    QCryptographicHash::Sha256)
        .toHex();
}

ProgramResult runOnSmallDisk(const QString &mountPoint, int sizeKb, const QString &script,
                             const QStringList &args, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MUA"), programPath());
    const QString tmpfs =
        QStringLiteral("mount -t tmpfs -o size=%1k mua-small \"$0\" || exit 99\n").arg(sizeKb);
    QStringList unshare{QStringLiteral("--mount"), QStringLiteral("--propagation"),
                        QStringLiteral("private")};
    if (::geteuid() != 0)
        unshare.prepend(QStringLiteral("--map-root-user"));
    if (run(QStringLiteral("unshare"), unshare + QStringList{QStringLiteral("true")}).exitCode == 0)
        return run(QStringLiteral("unshare"),
                   unshare +
                       QStringList{QStringLiteral("sh"), QStringLiteral("-c"), tmpfs + script, mountPoint} +
                       args,
                   {}, timeoutMs, env);
    if (::geteuid() != 0) {
        ProgramResult r;
        r.err = "cannot make a small file system: unshare cannot make a private mount namespace here, and "
                "mounting a tmpfs directly needs root";
        return r;
    }
    ProgramResult r =
        run(QStringLiteral("sh"), QStringList{QStringLiteral("-c"), tmpfs + script, mountPoint} + args, {},
            timeoutMs, env);
    run(QStringLiteral("umount"), {mountPoint});
    return r;
}

bool makeLinks(const QString &dir, int count, const QString &source)
{
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return false;
    const QByteArray from = QFile::encodeName(source);
    bool ok = true;
    char name[64];
    for (int i = 0; i < count && ok; ++i) {
        std::snprintf(name, sizeof name, "f%05d.php", i);
        ok = ::linkat(AT_FDCWD, from.constData(), dirFd, name, 0) == 0;
    }
    ::close(dirFd);
    return ok;
}

bool finishesWithin(const std::function<void()> &f, int timeoutMs)
{
    auto done = std::make_shared<std::atomic_bool>(false);
    std::thread([f, done] {
        f();
        done->store(true);
    }).detach();
    QElapsedTimer clock;
    clock.start();
    while (!done->load() && clock.elapsed() < timeoutMs)
        QThread::msleep(20);
    return done->load();
}

bool boundAddressSpace()
{
    const rlimit limit{4UL << 30, 4UL << 30};
    return ::setrlimit(RLIMIT_AS, &limit) == 0;
}

bool makeSpecial(const QString &root, const QString &relative, const QString &kind)
{
    const QString path = root + QLatin1Char('/') + relative;
    QFile::remove(path);
    QDir().mkpath(QFileInfo(path).path());
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0;
    if (kind.startsWith(QLatin1Char('/')))
        return QFile::link(kind, path);
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(path);
    if (kind == QLatin1String("loop"))
        return QFile::link(path, path);
    if (kind.startsWith(QLatin1String("sparse:"))) {
        QFile sparse(path);
        return sparse.open(QIODevice::WriteOnly) && sparse.resize(kind.mid(7).toLongLong() * 1024 * 1024);
    }
    return writeFile(root, relative, kind == QLatin1String("empty") ? QByteArray() : kind.toUtf8());
}

QString describe(const ProgramResult &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(r.outText(), r.errText());
}

QString makeStoreAt(const QString &root, const QString &era)
{
    QString error;
    if (!DemoStore::create(root, era, &error))
        qFatal("demo store: %s", qPrintable(error));
    return root;
}

QString makeStore(const QTemporaryDir &dir, const QString &era)
{
    return makeStoreAt(dir.path() + QStringLiteral("/store"), era);
}

bool maintenanceOn(const QString &root)
{
    return QFile::exists(root + QStringLiteral("/var/.maintenance.flag"));
}

int modeOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

bool isLink(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

bool makeLink(const QString &target, const QString &link)
{
    QDir().mkpath(QFileInfo(link).absolutePath());
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0)
        return true;
    qWarning("symlink %s -> %s failed", qPrintable(link), qPrintable(target));
    return false;
}

QJsonObject jsonFile(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

} // namespace mua::test
