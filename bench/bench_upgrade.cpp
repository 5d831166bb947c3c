// The assistant's overhead: a whole headless upgrade of a sandbox store, against running the very
// same commands by hand (the fake bin/magento's own time, plus chmod -R and rm -rf), measured in the
// same run on identical fresh stores. Prints the median ratio; the goal is ≤ 1.1×.
//
//   bench_upgrade [ROUNDS]        (default 5)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

QString program()
{
    return QStringLiteral(MUA_PROGRAM);
}

bool runQuiet(const QString &prog, const QStringList &args, const QString &cwd = QString())
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(prog, args);
    if (!p.waitForFinished(300000))
        return false;
    p.readAll();
    return p.exitStatus() == QProcess::NormalExit;
}

QString freshStore(const QTemporaryDir &dir, int n)
{
    const QString root = dir.path() + QStringLiteral("/store%1").arg(n);
    if (!runQuiet(program(), {QStringLiteral("demo-store"), root}))
        qFatal("demo-store failed");
    return root;
}

// What a careful person types for the seed's Step 4 on a 2.4 store, with the same checks.
qint64 byHand(const QString &root)
{
    const auto magento = [&root](const QStringList &args) {
        runQuiet(QStringLiteral("php"),
                 QStringList{QStringLiteral("bin/magento")} + args +
                     QStringList{QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")},
                 root);
    };
    QElapsedTimer t;
    t.start();
    runQuiet(QStringLiteral("php"),
             {QStringLiteral("-r"), QStringLiteral("echo PHP_VERSION, PHP_EOL, ini_get('memory_limit');")},
             root);
    magento({QStringLiteral("setup:db:status")});
    magento({QStringLiteral("maintenance:enable")});
    runQuiet(QStringLiteral("chmod"),
             {QStringLiteral("-R"), QStringLiteral("770"), root + QStringLiteral("/var/session")});
    runQuiet(QStringLiteral("sh"),
             {QStringLiteral("-c"), QStringLiteral("rm -rf generated/code/* generated/metadata/*")}, root);
    magento({QStringLiteral("setup:upgrade")});
    magento({QStringLiteral("cache:enable")});
    magento({QStringLiteral("cache:status")});
    magento({QStringLiteral("maintenance:disable")});
    magento({QStringLiteral("maintenance:status")});
    return t.nsecsElapsed();
}

qint64 withAssistant(const QString &root)
{
    QElapsedTimer t;
    t.start();
    runQuiet(program(), {QStringLiteral("upgrade"), root, QStringLiteral("--yes")});
    return t.nsecsElapsed();
}

double median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : double(v.at(v.size() / 2));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    QList<qint64> hand;
    QList<qint64> assistant;
    int n = 0;
    // Alternate, so that caches and the machine's load treat both alike.
    for (int i = 0; i < rounds; ++i) {
        hand << byHand(freshStore(dir, n++));
        assistant << withAssistant(freshStore(dir, n++));
    }
    const double h = median(hand) / 1e6;
    const double a = median(assistant) / 1e6;
    std::printf("headless upgrade of a 2.4 sandbox store, median of %d rounds\n", rounds);
    std::printf("  the same commands by hand (baseline): %8.1f ms\n", h);
    std::printf("  magento-upgrade-assistant upgrade:    %8.1f ms\n", a);
    std::printf("  ratio: %.3fx (goal <= 1.10x)\n", a / h);
    return 0;
}
