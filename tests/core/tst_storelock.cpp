// The store's lock (var/.upgrade-assistant.lock) and the atomic writes it and the journal are made of.
#include "cli/cliwording.h"
#include "core/fs/atomicfile.h"
#include "core/run/storelock.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace mua;
using mua::test::readFile;
using mua::test::writeFile;

class TestStoreLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { mua::Wording::install(&mua::CliWording::instance()); } // cli.md's words

    // A lock file that names no run is broken: nothing can be waited for, so the refusal says which
    // file, that it is broken and how to clear it, and --break-lock takes it over at once (there is
    // no heartbeat to wait for). A FIFO there must not block the reader either.
    void brokenLock_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << "file" << QByteArray() << "it is empty";
        QTest::newRow("blank line") << "file" << QByteArray("\n") << "it is empty";
        QTest::newRow("garbage") << "file"
                                 << QByteArray("\x7f"
                                               "ELF garbage")
                                 << "not the JSON";
        QTest::newRow("cut JSON") << "file" << QByteArray(R"({"host":"h","user":"u","pid":12)")
                                  << "not the JSON";
        QTest::newRow("array") << "file" << QByteArray("[1, 2]") << "not the JSON";
        QTest::newRow("no token")
            << "file"
            << QByteArray(R"({"host":"h","user":"u","pid":4242,"startedAt":)"
                          R"("2026-01-01T00:00:00.000Z","heartbeat":"2026-01-01T00:00:00.000Z"})")
            << "lacks the host, process id, token or heartbeat";
        QTest::newRow("symlink") << "symlink" << QByteArray() << "symbolic link";
        QTest::newRow("fifo") << "fifo" << QByteArray() << "not a regular file";
    }

    void brokenLock()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(QDir().mkpath(root + QStringLiteral("/var")));
        const QString path = StoreLock::lockPath(root);
        const QString outside = dir.path() + QStringLiteral("/outside.txt");
        if (kind == QLatin1String("file")) {
            QVERIFY(writeFile(root, QStringLiteral("var/.upgrade-assistant.lock"), content));
        } else if (kind == QLatin1String("symlink")) {
            QVERIFY(writeFile(dir.path(), QStringLiteral("outside.txt"), "not a lock, and not ours"));
            QVERIFY(QFile::link(outside, path));
        } else {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0664), 0);
        }

        StoreLock refused(root);
        QString message;
        QCOMPARE(refused.acquire(false, &message), StoreLock::Result::Held);
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("is broken")) &&
                     message.contains(why) && message.contains(QLatin1String("--break-lock")) &&
                     message.contains(QLatin1String("delete")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("pid 0")), qPrintable(message));
        QVERIFY(!refused.isHeld());

        StoreLock taken(root);
        QCOMPARE(taken.acquire(true, &message), StoreLock::Result::TakenOver);
        QVERIFY2(message.contains(QLatin1String("broken")), qPrintable(message));
        QVERIFY(taken.isHeld());
        const std::optional<LockHolder> holder = StoreLock::read(root);
        QVERIFY(holder);
        QCOMPARE(holder->pid, qint64(::getpid()));
        QVERIFY(QFileInfo(path).isFile() && !QFileInfo(path).isSymLink());
        if (kind == QLatin1String("symlink"))
            QCOMPARE(readFile(outside), QByteArray("not a lock, and not ours"));
        taken.release();
        QVERIFY(!QFileInfo::exists(path));
    }

    // A folder where the lock goes cannot be replaced: refused, saying so.
    void folderInPlaceOfTheLock()
    {
        QTemporaryDir dir;
        const QString path = StoreLock::lockPath(dir.path());
        QVERIFY(QDir().mkpath(path));
        StoreLock lock(dir.path());
        QString message;
        QCOMPARE(lock.acquire(false, &message), StoreLock::Result::Held);
        QVERIFY2(message.contains(QLatin1String("it is a folder")), qPrintable(message));
        QCOMPARE(lock.acquire(true, &message), StoreLock::Result::Error);
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("EISDIR")), qPrintable(message));
    }

    // A lock file is whole from the moment it has its name: one written, synced and linked there.
    void lockIsWrittenWhole()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/var")));
        StoreLock lock(dir.path());
        QString message;
        QCOMPARE(lock.acquire(false, &message), StoreLock::Result::Acquired);
        const std::optional<LockHolder> holder = StoreLock::read(dir.path());
        QVERIFY(holder && !holder->token.isEmpty() && holder->heartbeat.isValid());
        // Nothing of the write is left beside it.
        QCOMPARE(QDir(dir.path() + QStringLiteral("/var"))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral(".upgrade-assistant.lock")});
    }

    // The temporary file of a write that a crash cut short is removed by the next run that holds
    // the store, once it is old enough that nobody can still be writing it.
    void staleTemporariesAreRemoved()
    {
        QTemporaryDir dir;
        const QString var = dir.path() + QStringLiteral("/var");
        QVERIFY(writeFile(var, QStringLiteral(".upgrade-assistant.journal.json.tmp-00112233aabbccdd"), "{"));
        QVERIFY(writeFile(var, QStringLiteral(".upgrade-assistant.lock.tmp-0123456789abcdef"), ""));
        QVERIFY(writeFile(var, QStringLiteral(".upgrade-assistant.lock.tmp-fresh"), ""));
        QVERIFY(writeFile(var, QStringLiteral("keep.tmp-1"), "not ours"));
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (const char *name : {".upgrade-assistant.journal.json.tmp-00112233aabbccdd",
                                 ".upgrade-assistant.lock.tmp-0123456789abcdef", "keep.tmp-1"}) {
            QFile f(var + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }
        StoreLock lock(dir.path());
        QString message;
        QCOMPARE(lock.acquire(false, &message), StoreLock::Result::Acquired);
        QStringList left = QDir(var).entryList(QDir::Files | QDir::Hidden | QDir::System);
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral(".upgrade-assistant.lock"),
                                    QStringLiteral(".upgrade-assistant.lock.tmp-fresh"),
                                    QStringLiteral("keep.tmp-1")}));
    }

    // AtomicFile::write replaces a link planted at the name; the link's target stays as it was.
    void atomicWriteReplacesALinkNotItsTarget()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("target"), "theirs"));
        const QString path = dir.path() + QStringLiteral("/journal.json");
        QVERIFY(QFile::link(dir.path() + QStringLiteral("/target"), path));
        QString message;
        QVERIFY2(AtomicFile::write(path, "ours", &message), qPrintable(message));
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(readFile(path), QByteArray("ours"));
        QCOMPARE(readFile(dir.path() + QStringLiteral("/target")), QByteArray("theirs"));
    }

    // A write that fails leaves the old file as it was and nothing beside it, and says which file,
    // the errno and what to do.
    void failedAtomicWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("old.json"), "{\"old\": true}"));
        const QString path = dir.path() + QStringLiteral("/old.json");
        // A write into a folder that does not exist fails at the first call (ENOENT), a write of a
        // name that is a folder at the last (EISDIR): in both, the old content stays.
        QString message;
        int error = 0;
        QVERIFY(!AtomicFile::write(dir.path() + QStringLiteral("/no/such.json"), "x", &message, &error));
        QCOMPARE(error, ENOENT);
        QVERIFY2(message.contains(QLatin1String("ENOENT")) && message.contains(dir.path()),
                 qPrintable(message));
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/folder.json")));
        QVERIFY(!AtomicFile::write(dir.path() + QStringLiteral("/folder.json"), "x", nullptr, &error));
        QCOMPARE(error, EISDIR);
        QCOMPARE(readFile(path), QByteArray("{\"old\": true}"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("folder.json"), QStringLiteral("old.json")}));
    }
};

QTEST_GUILESS_MAIN(TestStoreLock)
#include "tst_storelock.moc"
