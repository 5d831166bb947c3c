// The one reader for every file the engine reads, and the checks of the files it writes at a
// user's request (--log, --report): special files, endless devices, huge files, links.
#include "core/fs/safefile.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace mua;
using Status = FileContent::Status;

Q_DECLARE_METATYPE(mua::FileContent::Status)

namespace {

FileContent readSoon(const QString &path, qint64 limit, SafeFile::Links links = SafeFile::Links::Follow)
{
    auto result = std::make_shared<FileContent>();
    if (!test::finishesWithin([=] { *result = SafeFile::read(path, limit, links); })) {
        FileContent blocked;
        blocked.error = QStringLiteral("BLOCKED: the read did not return within 5 s");
        return blocked;
    }
    return *result;
}

} // namespace

class TestSafeFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mua::test::boundAddressSpace()); }

    void regularFiles()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("a.json"), "{\"a\": 1}\n"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("empty"), QByteArray()));
        const FileContent a = SafeFile::read(dir.path() + QStringLiteral("/a.json"), 1024);
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.data, QByteArray("{\"a\": 1}\n"));
        QVERIFY(a.error.isEmpty());
        const FileContent empty = SafeFile::read(dir.path() + QStringLiteral("/empty"), 1024);
        QVERIFY(empty.ok());
        QVERIFY(empty.data.isEmpty());
        // Exactly at the limit is fine.
        QCOMPARE(SafeFile::read(dir.path() + QStringLiteral("/a.json"), 9).data.size(), 9);
        // A link to a regular file is followed (env.php linked from a release's shared folder)...
        QVERIFY(QFile::link(dir.path() + QStringLiteral("/a.json"), dir.path() + QStringLiteral("/link")));
        QCOMPARE(SafeFile::read(dir.path() + QStringLiteral("/link"), 1024).data, a.data);
        // ... unless links are refused there.
        const FileContent refused =
            SafeFile::read(dir.path() + QStringLiteral("/link"), 1024, SafeFile::Links::Refuse);
        QCOMPARE(refused.status, Status::NotRegular);
        QVERIFY2(refused.error.contains(QLatin1String("is a symbolic link")), qPrintable(refused.error));
        QVERIFY(refused.data.isEmpty());
    }

    // /proc files say they are empty and are not: they are read to their end all the same.
    void procFiles()
    {
        QFile own(QStringLiteral("/proc/self/mountinfo"));
        QVERIFY(own.open(QIODevice::ReadOnly));
        const QByteArray expected = own.readAll();
        const FileContent f = SafeFile::read(QStringLiteral("/proc/self/mountinfo"), FileLimit::MountInfo);
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(!f.data.isEmpty());
        // The same mounts (the mount ids of both reads match line by line).
        QCOMPARE(f.data.count('\n'), expected.count('\n'));
    }

    void special_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("words");

        QTest::newRow("FIFO") << QStringLiteral("fifo") << Status::NotRegular
                              << QStringLiteral("is a FIFO (named pipe), not a regular file");
        QTest::newRow("FIFO with links refused")
            << QStringLiteral("fifo-refuse") << Status::NotRegular
            << QStringLiteral("is a FIFO (named pipe), not a regular file");
        QTest::newRow("link to /dev/zero")
            << QStringLiteral("zero") << Status::NotRegular
            << QStringLiteral(
                   "is a symbolic link to /dev/zero, which is a character device, not a regular file");
        QTest::newRow("link to /dev/urandom")
            << QStringLiteral("urandom") << Status::NotRegular
            << QStringLiteral("is a symbolic link to /dev/urandom, which is a character device");
        QTest::newRow("/dev/zero itself")
            << QStringLiteral("/dev/zero") << Status::NotRegular
            << QStringLiteral("/dev/zero is a character device, not a regular file");
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << Status::NotRegular
                                   << QStringLiteral("/dev/null is a character device");
        QTest::newRow("folder") << QStringLiteral("folder") << Status::NotRegular
                                << QStringLiteral("is a folder, not a regular file");
        QTest::newRow("socket") << QStringLiteral("socket") << Status::NotRegular
                                << QStringLiteral("is a socket, not a regular file");
        QTest::newRow("link loop") << QStringLiteral("loop") << Status::Loop
                                   << QStringLiteral("leads back to itself through other links (a loop)");
        QTest::newRow("dangling link")
            << QStringLiteral("dangling") << Status::Missing
            << QStringLiteral("is a symbolic link to /nonexistent/env.php, which does "
                              "not exist");
        QTest::newRow("missing") << QStringLiteral("missing") << Status::Missing
                                 << QStringLiteral("missing does not exist.");
        QTest::newRow("below a file") << QStringLiteral("plain/below") << Status::Missing
                                      << QStringLiteral("a part of its path is a file");
        QTest::newRow("too large") << QStringLiteral("large") << Status::TooLarge
                                   << QStringLiteral("is 2.0 MiB, more than the 1.0 MiB the assistant reads");
    }

    // Each is refused at once with a sentence that names the file and what it is, and nothing of it
    // is read.
    void special()
    {
        QFETCH(QString, name);
        QFETCH(Status, status);
        QFETCH(QString, words);

        QTemporaryDir dir;
        const QString d = dir.path();
        QVERIFY(::mkfifo(QFile::encodeName(d + QStringLiteral("/fifo")).constData(), 0644) == 0);
        QVERIFY(::mkfifo(QFile::encodeName(d + QStringLiteral("/fifo-refuse")).constData(), 0644) == 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), d + QStringLiteral("/zero")));
        QVERIFY(QFile::link(QStringLiteral("/dev/urandom"), d + QStringLiteral("/urandom")));
        QVERIFY(QDir(d).mkdir(QStringLiteral("folder")));
        QVERIFY(QFile::link(d + QStringLiteral("/loop2"), d + QStringLiteral("/loop")));
        QVERIFY(QFile::link(d + QStringLiteral("/loop"), d + QStringLiteral("/loop2")));
        QVERIFY(QFile::link(QStringLiteral("/nonexistent/env.php"), d + QStringLiteral("/dangling")));
        QVERIFY(test::writeFile(d, QStringLiteral("plain"), "x"));
        {
            QFile large(d + QStringLiteral("/large")); // sparse: no disk space used
            QVERIFY(large.open(QIODevice::WriteOnly));
            QVERIFY(large.resize(2 * 1024 * 1024));
        }
        QLocalServer server;
        QVERIFY(server.listen(d + QStringLiteral("/socket")));

        const QString path = name.startsWith(QLatin1Char('/')) ? name : d + QLatin1Char('/') + name;
        const FileContent f = readSoon(path, 1024 * 1024,
                                       name.endsWith(QLatin1String("refuse")) ? SafeFile::Links::Refuse
                                                                              : SafeFile::Links::Follow);
        QVERIFY2(!f.error.startsWith(QLatin1String("BLOCKED")), qPrintable(f.error));
        QCOMPARE(f.status, status);
        QVERIFY2(f.error.startsWith(path), qPrintable(f.error));
        QVERIFY2(f.error.contains(words), qPrintable(f.error));
        QVERIFY(f.data.isEmpty());
        QVERIFY2(!f.error.contains(QLatin1Char('\n')), qPrintable(f.error));
    }

    // A file with more in it than its size said (a /proc file, or one that grows while it is read)
    // is refused once the limit is passed, not cut at it.
    void moreThanItsSizeSays()
    {
        const FileContent f = SafeFile::read(QStringLiteral("/proc/self/mountinfo"), 16);
        QCOMPARE(f.status, Status::TooLarge);
        QVERIFY(f.data.isEmpty());
        QVERIFY2(f.error.contains(QLatin1String("more than the 16 bytes")), qPrintable(f.error));
    }

    void outputs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("devices");
        QTest::addColumn<QString>("problem"); // empty: fine

        QTest::newRow("new file") << QStringLiteral("new.log") << true << QString();
        QTest::newRow("existing file") << QStringLiteral("plain") << true << QString();
        QTest::newRow("/dev/null for a log") << QStringLiteral("/dev/null") << true << QString();
        QTest::newRow("/dev/null for a report") << QStringLiteral("/dev/null") << false
                                                << QStringLiteral("--opt /dev/null is a character device");
        QTest::newRow("empty") << QString() << true << QStringLiteral("--opt needs a file name");
        QTest::newRow("folder missing")
            << QStringLiteral("nowhere/x.log") << true
            << QStringLiteral("/nowhere does not exist. Create it first (mkdir -p ");
        QTest::newRow("a file as folder")
            << QStringLiteral("plain/x.log") << true << QStringLiteral("/plain is not a folder");
        QTest::newRow("a folder") << QStringLiteral("folder") << true
                                  << QStringLiteral("/folder is a folder: give a file name in it");
        QTest::newRow("FIFO") << QStringLiteral("fifo") << true
                              << QStringLiteral(
                                     "/fifo is a FIFO (named pipe): a run would stop whenever nothing "
                                     "reads it");
        QTest::newRow("/dev/full") << QStringLiteral("/dev/full") << true
                                   << QStringLiteral("--opt /dev/full does not take what is written to it");
        QTest::newRow("dangling link") << QStringLiteral("dangling") << true
                                       << QStringLiteral("which does not exist: give --opt the file itself");
        QTest::newRow("a pipe as own output")
            << QStringLiteral("PIPE") << true
            << QStringLiteral("is a pipe: a run would stop whenever nothing reads it. The run's lines go to "
                              "standard output anyway");
    }

    void outputs()
    {
        QFETCH(QString, path);
        QFETCH(bool, devices);
        QFETCH(QString, problem);

        QTemporaryDir dir;
        const QString d = dir.path();
        QVERIFY(test::writeFile(d, QStringLiteral("plain"), "x"));
        QVERIFY(QDir(d).mkdir(QStringLiteral("folder")));
        QVERIFY(::mkfifo(QFile::encodeName(d + QStringLiteral("/fifo")).constData(), 0644) == 0);
        QVERIFY(QFile::link(d + QStringLiteral("/nowhere/x"), d + QStringLiteral("/dangling")));
        int fds[2] = {-1, -1};
        QVERIFY(::pipe(fds) == 0);
        if (path == QLatin1String("PIPE"))
            path = QStringLiteral("/proc/self/fd/%1").arg(fds[1]);
        else if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
            path = d + QLatin1Char('/') + path;
        auto said = std::make_shared<QString>();
        auto usable = std::make_shared<bool>(false);
        QVERIFY(test::finishesWithin(
            [=] { *usable = SafeFile::isUsableOutput(path, QStringLiteral("--opt"), devices, said.get()); }));
        ::close(fds[0]);
        ::close(fds[1]);
        QCOMPARE(*usable, problem.isEmpty());
        if (problem.isEmpty()) {
            QVERIFY2(said->isEmpty(), qPrintable(*said));
        } else {
            QVERIFY2(said->contains(problem), qPrintable(*said));
            QVERIFY2(said->startsWith(QLatin1String("--opt")), qPrintable(*said));
        }
        // Looking changes nothing.
        QVERIFY(!QFileInfo::exists(d + QStringLiteral("/new.log")));
    }

    // The log is opened without ever blocking: a FIFO with or without a reader, /dev/full and a
    // link in the store are refused; a file and /dev/null are fine.
    void openForAppend()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        const QString fifo = d + QStringLiteral("/fifo");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        // Without a reader, and with one (then the open would succeed; the log still must not go there).
        const auto openSoon = [&fifo] {
            auto fd = std::make_shared<int>(-2);
            auto error = std::make_shared<QString>();
            if (!test::finishesWithin(
                    [=] { *fd = SafeFile::openForAppend(fifo, SafeFile::Links::Follow, error.get()); }))
                return QStringLiteral("BLOCKED");
            return *fd == -1 ? *error : QStringLiteral("opened");
        };
        QString said = openSoon();
        QVERIFY2(said.contains(QLatin1String("a FIFO (named pipe)")), qPrintable(said));
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        said = openSoon();
        ::close(reader);
        QVERIFY2(said.contains(QLatin1String("a FIFO (named pipe)")), qPrintable(said));

        QString error;
        int fd = -2;

        fd = SafeFile::openForAppend(QStringLiteral("/dev/full"), SafeFile::Links::Follow, &error);
        QCOMPARE(fd, -1);
        QVERIFY2(error.contains(QLatin1String("/dev/full")), qPrintable(error));

        fd = SafeFile::openForAppend(QStringLiteral("/dev/null"), SafeFile::Links::Follow, &error);
        QVERIFY2(fd >= 0, qPrintable(error));
        QCOMPARE(::fcntl(fd, F_GETFL) & O_NONBLOCK, 0);
        ::close(fd);

        const QString log = d + QStringLiteral("/run.log");
        fd = SafeFile::openForAppend(log, SafeFile::Links::Refuse, &error);
        QVERIFY2(fd >= 0, qPrintable(error));
        QCOMPARE(::write(fd, "x\n", 2), 2);
        ::close(fd);
        QCOMPARE(test::readFile(log), QByteArray("x\n"));

        QVERIFY(QFile::link(d + QStringLiteral("/elsewhere"), d + QStringLiteral("/link.log")));
        fd = SafeFile::openForAppend(d + QStringLiteral("/link.log"), SafeFile::Links::Refuse, &error);
        QCOMPARE(fd, -1);
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(d + QStringLiteral("/elsewhere")));
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
