// The cleanup's cost on big trees, on local disk and on a share mounted with sshfs, against what
// people use today, all measured in this run on identical trees (issue 5):
//
//   1. the time the shop spends in maintenance on clear-generated: our move-aside (one rename and a
//      new empty folder) against `rm -rf generated/code/*` through the mount;
//   2. the whole deletion over sshfs with --runner ssh, against rm -rf through the mount, a PHP
//      recursive delete like Magento's own (run where bin/magento runs: on the server), and
//      rm -rf run on the server itself (the physical limit);
//   3. the same on local disk against rm -rf;
//   4. session-permissions over --runner ssh against chmod -R 770 through the mount and on the
//      server.
//
// The "server" is an sshd of the benchmark's own on 127.0.0.1 (tests/support/sshserver.h), so the network
// is loopback: a real share adds latency to every round trip, which only widens the gap.
//
//   bench_fileops [--sizes 30000,100000] [--sessions 20000] [--rounds 3] [--dir DIR]
#include "core/fs/fileops.h"
#include "core/runners/runner.h"
#include "tests/support/sshserver.h"
#include "tests/support/testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mua;

namespace {

// A realistic generated/code: about three files a folder, 1–3 KB each, in Vendor/Module/… folders.
void makeCodeTree(const QString &dir, int files)
{
    QRandomGenerator random(42);
    const QByteArray chunk(3072, 'x');
    int made = 0;
    for (int folder = 0; made < files; ++folder) {
        const QString sub = QStringLiteral("%1/V%2/M%3/D%4")
                                .arg(dir)
                                .arg(folder / 2000, 2, 10, QLatin1Char('0'))
                                .arg((folder / 40) % 50, 2, 10, QLatin1Char('0'))
                                .arg(folder, 5, 10, QLatin1Char('0'));
        if (!QDir().mkpath(sub))
            qFatal("cannot make %s", qPrintable(sub));
        for (int i = 0; i < 3 && made < files; ++i, ++made) {
            QFile f(sub + QStringLiteral("/Class%1Interceptor.php").arg(i));
            if (!f.open(QIODevice::WriteOnly) || f.write(chunk.constData(), 1024 + random.bounded(2048)) < 0)
                qFatal("cannot write %s", qPrintable(f.fileName()));
        }
    }
}

void makeSessions(const QString &dir, int files)
{
    QDir().mkpath(dir);
    const QByteArray body(600, 's');
    for (int i = 0; i < files; ++i) {
        QFile f(dir + QStringLiteral("/sess_%1").arg(i, 26, 36, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(body) < 0 ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            qFatal("cannot write %s", qPrintable(f.fileName()));
    }
}

bool sh(const QString &script, const QStringList &args = {})
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("sh"), QStringList{QStringLiteral("-c"), script, QStringLiteral("sh")} + args);
    if (!p.waitForFinished(-1))
        return false;
    p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Copies the template into a fresh store folder and flushes it to disk, so every contestant starts
// from the same tree in the same state.
void fresh(const QString &from, const QString &to)
{
    if (!sh(QStringLiteral("rm -rf \"$2\" && mkdir -p \"$2\" && cp -a \"$1\"/. \"$2\"/ && sync"), {from, to}))
        qFatal("cannot copy %s to %s", qPrintable(from), qPrintable(to));
}

qint64 timed(const std::function<bool()> &work)
{
    QElapsedTimer clock;
    clock.start();
    if (!work())
        qFatal("a contestant failed");
    return clock.elapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString ms(qint64 v)
{
    return v >= 10000 ? QStringLiteral("%1 s").arg(double(v) / 1000.0, 0, 'f', 1)
                      : QStringLiteral("%1 ms").arg(v);
}

void row(const char *what, qint64 value, qint64 baseline = -1, const char *against = nullptr)
{
    const double ratio = baseline > 0 ? double(std::max<qint64>(value, 1)) / double(baseline) : 0;
    if (baseline <= 0)
        std::printf("  %-58s %10s\n", what, qPrintable(ms(value)));
    else if (ratio < 0.1)
        std::printf("  %-58s %10s   1/%.0f %s\n", what, qPrintable(ms(value)), 1.0 / ratio, against);
    else
        std::printf("  %-58s %10s   %6.2f× %s\n", what, qPrintable(ms(value)), ratio, against);
    std::fflush(stdout);
}

const char PhpDelete[] = R"php(
function deleteDirectory($path) {
    $it = new RecursiveIteratorIterator(
        new RecursiveDirectoryIterator($path, FilesystemIterator::SKIP_DOTS),
        RecursiveIteratorIterator::CHILD_FIRST);
    foreach ($it as $entry) {
        $entry->isDir() && !$entry->isLink() ? rmdir($entry->getPathname()) : unlink($entry->getPathname());
    }
}
deleteDirectory($argv[1]);
)php";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("generated/code sizes, in files"),
                      QStringLiteral("N,N"), QStringLiteral("30000,100000")});
    parser.addOption({QStringLiteral("sessions"), QStringLiteral("session files"), QStringLiteral("N"),
                      QStringLiteral("20000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("rounds of the fast contestants (median)"),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work folder (default: a temporary one)"),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
                          ? parser.value(QStringLiteral("dir")) + QStringLiteral("/bench-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    if (!tmp.isValid())
        qFatal("no temporary folder");
    const QString work = tmp.path();
    QDir().mkpath(work + QStringLiteral("/sshd"));
    test::SshServer server(work + QStringLiteral("/sshd"));
    QString error;
    if (!server.start(&error))
        qFatal("%s", qPrintable(error));
    const QString store = work + QStringLiteral("/server/store");
    const QString mount = work + QStringLiteral("/mnt");
    QDir().mkpath(store);
    if (!server.mount(store, mount))
        qFatal("sshfs failed");

    RunnerSettings ssh;
    ssh.kind = RunnerKind::Ssh;
    ssh.sshHost = test::SshServer::host();
    ssh.remoteRoot = store;
    ssh.sshConfigFile = server.config();
    RunnerSettings local;
    const auto sshRunner = RunnerFactory::create(mount, ssh, &error);
    const auto localRunner = RunnerFactory::create(store, local, &error);
    const auto mountRunner = RunnerFactory::create(mount, local, &error);
    if (!sshRunner || !localRunner || !mountRunner)
        qFatal("runner: %s", qPrintable(error));
    // The shared connection is made once per run of the tool; not part of any cleanup.
    sshRunner->stats(QStringLiteral("app"));

    const QString code = QStringLiteral("generated/code");
    const QString codePath = store + QStringLiteral("/generated/code");
    auto moveAndRemove = [&](const Runner &runner) {
        return [&runner, &code] {
            const AsideMove m = runner.moveAside(code);
            return m.result == AsideMove::Result::Moved && runner.removeAside(m.aside, nullptr).ok();
        };
    };

    std::printf("Magento Upgrade Assistant: cleanup benchmark (sshfs over 127.0.0.1, %d rounds)\n", rounds);
    const QStringList sizes = parser.value(QStringLiteral("sizes")).split(QLatin1Char(','));
    for (const QString &size : sizes) {
        const int files = size.toInt();
        if (files <= 0)
            continue;
        const QString tree = work + QStringLiteral("/template-%1").arg(files);
        makeCodeTree(tree + QStringLiteral("/generated/code"), files);
        QDir().mkpath(tree + QStringLiteral("/app/etc"));
        std::printf("\ngenerated/code with %d files (about %d folders):\n", files, files / 3);

        // 1. The shop's time in maintenance for the cleanup.
        std::printf(" 1. time in maintenance for the cleanup\n");
        QList<qint64> asideLocal, asideMount, asideSsh;
        for (int r = 0; r < rounds; ++r) {
            fresh(tree, store);
            asideLocal << timed(
                [&] { return localRunner->moveAside(code).result == AsideMove::Result::Moved; });
            fresh(tree, store);
            asideMount << timed(
                [&] { return mountRunner->moveAside(code).result == AsideMove::Result::Moved; });
            fresh(tree, store);
            asideSsh << timed([&] { return sshRunner->moveAside(code).result == AsideMove::Result::Moved; });
        }
        fresh(tree, store);
        const qint64 rmMount =
            timed([&] { return sh(QStringLiteral("rm -rf \"$1\"/generated/code/*"), {mount}); });
        row("rm -rf generated/code/* through the sshfs mount", rmMount);
        row("ours, --runner ssh (move aside on the server)", median(asideSsh), rmMount,
            "of rm -rf through the mount");
        row("ours, local runner through the sshfs mount", median(asideMount), rmMount,
            "of rm -rf through the mount");
        row("ours, on local disk", median(asideLocal));

        // 2. The whole deletion over sshfs.
        std::printf(" 2. the whole deletion, store on the server\n");
        QList<qint64> rmServer, ours, php;
        for (int r = 0; r < rounds; ++r) {
            fresh(tree, store);
            rmServer << timed([&] { return sh(QStringLiteral("rm -rf \"$1\""), {codePath}); });
            fresh(tree, store);
            ours << timed(moveAndRemove(*sshRunner));
            fresh(tree, store);
            php << timed([&] {
                return sh(QStringLiteral("php -r \"$1\" \"$2\""), {QString::fromLatin1(PhpDelete), codePath});
            });
        }
        row("rm -rf on the server (the limit)", median(rmServer));
        row("ours, --runner ssh (move aside + delete on the server)", median(ours), median(rmServer),
            "of the limit");
        row("PHP recursive delete on the server (like Magento's)", median(php), median(rmServer),
            "of the limit");
        row("rm -rf through the sshfs mount", rmMount, median(rmServer), "of the limit");

        // 3. Local disk.
        std::printf(" 3. the whole deletion on local disk\n");
        QList<qint64> rmLocal, oursLocal;
        for (int r = 0; r < rounds; ++r) {
            fresh(tree, store);
            rmLocal << timed([&] { return sh(QStringLiteral("rm -rf \"$1\""), {codePath}); });
            fresh(tree, store);
            oursLocal << timed(moveAndRemove(*localRunner));
        }
        row("rm -rf", median(rmLocal));
        row("ours (move aside + delete in-process)", median(oursLocal), median(rmLocal), "of rm -rf");
        sh(QStringLiteral("rm -rf \"$1\""), {tree});
    }

    // 4. Session permissions.
    const int sessions = parser.value(QStringLiteral("sessions")).toInt();
    const QString sessionTree = work + QStringLiteral("/template-sessions");
    makeSessions(sessionTree + QStringLiteral("/var/session"), sessions);
    std::printf("\nvar/session with %d files: chmod 770\n", sessions);
    QList<qint64> chmodServer, chmodOurs;
    for (int r = 0; r < rounds; ++r) {
        fresh(sessionTree, store);
        chmodServer << timed([&] { return sh(QStringLiteral("chmod -R 770 \"$1\"/var/session"), {store}); });
        fresh(sessionTree, store);
        chmodOurs << timed(
            [&] { return sshRunner->chmodTree(QStringLiteral("var/session"), 0770, nullptr).ok(); });
    }
    fresh(sessionTree, store);
    const qint64 chmodMount =
        timed([&] { return sh(QStringLiteral("chmod -R 770 \"$1\"/var/session"), {mount}); });
    row("chmod -R 770 on the server (the limit)", median(chmodServer));
    row("ours, --runner ssh", median(chmodOurs), median(chmodServer), "of the limit");
    row("chmod -R 770 through the sshfs mount", chmodMount, median(chmodServer), "of the limit");
    server.stop();
    return 0;
}
