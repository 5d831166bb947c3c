// SignalWatcher and Emergency: Ctrl-C and SIGTERM end the program even when the thread with the event
// loop is blocked in the kernel, say where the store stands, remove the lock and take the program's
// commands (and what they started) with it. The program under test is this executable itself, run
// with MUA_TST_BLOCKED_PROGRAM set.
#include "core/run/emergency.h"
#include "core/run/signalwatcher.h"
#include "core/run/storelock.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace mua;
using mua::test::readFile;

namespace {

const char BlockedProgram[] = "MUA_TST_BLOCKED_PROGRAM";
const char HoldVariable[] = "MUA_TST_HOLD";
constexpr int DeadlineMs = 1000;

// Holds the lock of the store in $MUA_TST_BLOCKED_PROGRAM, runs a command in a process group of its
// own that starts another, then blocks its only thread in open() of a FIFO nobody writes to.
int blockedProgram(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = qEnvironmentVariable(BlockedProgram);
    SignalWatcher watcher;
    std::atomic_bool cancel{false};
    Emergency::setRun(&cancel, DeadlineMs);
    Emergency::setState(QStringLiteral("The state as the journal knows it."));
    std::optional<Emergency::Hold> hold;
    if (qEnvironmentVariableIsSet(HoldVariable))
        hold.emplace();
    StoreLock lock(dir);
    QString message;
    if (lock.acquire(false, &message) != StoreLock::Result::Acquired) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }
    QProcess command;
    command.setChildProcessModifier([] { ::setsid(); });
    command.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("sleep 1000 & echo $! >\"$0/grandchild\"; exec sleep 1000"), dir});
    if (!command.waitForStarted())
        return 2;
    QFile child(dir + QStringLiteral("/child"));
    if (!child.open(QIODevice::WriteOnly) || child.write(QByteArray::number(command.processId())) < 0)
        return 2;
    child.close();
    while (!QFile::exists(dir + QStringLiteral("/grandchild")))
        QThread::msleep(10);
    std::printf("blocked\n");
    std::fflush(stdout);
    const QByteArray fifo = QFile::encodeName(dir + QStringLiteral("/fifo"));
    while (::open(fifo.constData(), O_RDONLY) < 0 && errno == EINTR) {
    }
    return 0;
}

// Gone, or a zombie nobody has reaped yet: it runs no more.
bool ended(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return stat.isEmpty() || (close > 0 && stat.mid(close + 2, 1) == "Z");
}

} // namespace

class TestSignalWatcher : public QObject
{
    Q_OBJECT

private slots:
    void blockedProgramEnds_data()
    {
        QTest::addColumn<bool>("hold");
        QTest::addColumn<QString>("said");
        QTest::newRow("one SIGTERM, then the deadline")
            << false << "Stopped at once: the program did not end within";
        // A rollback that has begun is not cut short by the deadline, only by a second signal.
        QTest::newRow("held: the deadline waits, a second signal ends it")
            << true << "Stopped at once on a second signal";
    }

    void blockedProgramEnds()
    {
        QFETCH(bool, hold);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/var")));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.path() + QStringLiteral("/fifo")).constData(), 0600), 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(BlockedProgram), dir.path());
        if (hold)
            env.insert(QLatin1String(HoldVariable), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("blocked"), 30000);
        const qint64 child = readFile(dir.path() + QStringLiteral("/child")).trimmed().toLongLong();
        const qint64 grandchild = readFile(dir.path() + QStringLiteral("/grandchild")).trimmed().toLongLong();
        QVERIFY(child > 0 && grandchild > 0 && !ended(child) && !ended(grandchild));
        QVERIFY(QFile::exists(StoreLock::lockPath(dir.path())));

        ::kill(pid_t(p.processId()), hold ? SIGINT : SIGTERM);
        if (hold) {
            QTest::qWait(DeadlineMs * 3);
            QCOMPARE(p.state(), QProcess::Running);
            ::kill(pid_t(p.processId()), SIGTERM);
        }
        QVERIFY2(p.waitForFinished(20000), "the blocked program ignored the signal");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(said) && err.contains(QLatin1String("The state as the journal knows it.")),
                 qPrintable(err));
        QVERIFY(!QFile::exists(StoreLock::lockPath(dir.path())));
        QTRY_VERIFY_WITH_TIMEOUT(ended(child) && ended(grandchild), 5000);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(BlockedProgram))
        return blockedProgram(argc, argv);
    QCoreApplication app(argc, argv);
    TestSignalWatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signalwatcher.moc"
