// How long the shop stays in maintenance for the version move: the assistant's composer-update step
// (the product's staged move: composer-stage ran Composer in a staged copy while the shop was up, and
// in maintenance the step swaps it in by renames and writes the autoloader) against the same Composer
// commands typed by hand inside maintenance (composer require PACKAGE:X --no-update; composer update), on two
// identical stores installed from a Composer repository served over HTTP on 127.0.0.1 as
// repo.magento.com serves one (zips, at most BYTES_PER_SECOND: the shop's line), in the same run. The
// readiness check (the scratch resolve, and the run's download of the move's packages into Composer's
// cache) and composer-stage run before maintenance and are not counted; they are printed on their own.
//
//   bench_move [FILES [ROUNDS [BYTES_PER_SECOND]]]
//   (default 20000 files in magento/framework, 3 rounds, 1000000 bytes a second; the median counts)
//   BENCH_MOVE_LOG=PREFIX keeps our run's log of each round as PREFIX1, PREFIX2, …
#include "tests/support/composerrepo.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mua::test;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Writes what earlier work left in the page cache to disk, so that no measured phase pays for the
// stores made before it.
void settle()
{
    run(QStringLiteral("sync"), {});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? std::atoi(argv[1]) : 20000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    const qint64 bytesPerSecond = argc > 3 ? std::atoll(argv[3]) : 1000000;
    std::printf("bench_move: magento/framework with %d files, %d rounds, the repository sends %lld bytes/s\n",
                files, rounds, static_cast<long long>(bytesPerSecond));
    QList<double> ours, hand, resolve, staging;
    for (int round = 1; round <= rounds; ++round) {
        QTemporaryDir a, b;
        ComposerServer serverA(ComposerRepo::make(a.path(), files), bytesPerSecond);
        ComposerServer serverB(ComposerRepo::make(b.path(), files), bytesPerSecond);
        ComposerRepo::StoreOptions options;
        options.repositoryUrl = serverA.url();
        const QString storeA = ComposerRepo::makeStore(a.path(), options);
        options.repositoryUrl = serverB.url();
        const QString storeB = ComposerRepo::makeStore(b.path(), options);
        if (round == 1) {
            qint64 bytes = 0;
            for (const QFileInfo &zip :
                 QDir(a.path() + QStringLiteral("/repo-served/dist"))
                     .entryInfoList({QStringLiteral("*103.0.8.zip"), QStringLiteral("*104.0.8.zip"),
                                     QStringLiteral("*2.4.8.zip"), QStringLiteral("*0.1.5.zip")}))
                bytes += zip.size();
            std::printf("the move downloads %.1f MB of zips\n", double(bytes) / 1e6);
        }

        // The assistant: the whole upgrade; its report says how long each step took. Each store has a
        // Composer cache of its own, which holds what its install downloaded (2.4.7), not 2.4.8.
        ComposerRepo::isolate(a.path(), true);
        settle();
        const QString report = a.path() + QStringLiteral("/report.json");
        const ProgramResult r = runProgram({QStringLiteral("upgrade"), storeA, QStringLiteral("--yes"),
                                            QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                                            QStringLiteral("--report"), report, QStringLiteral("--log"),
                                            a.path() + QStringLiteral("/run.log")},
                                           600000);
        if (r.exitCode != 0)
            qFatal("upgrade failed: %s", qPrintable(describe(r)));
        if (const QString keep = qEnvironmentVariable("BENCH_MOVE_LOG"); !keep.isEmpty()) {
            QFile::remove(keep + QString::number(round));
            QFile::copy(a.path() + QStringLiteral("/run.log"), keep + QString::number(round));
        }
        if (!readFile(a.path() + QStringLiteral("/run.log")).contains("Swapping in the move staged"))
            qFatal("the move was not staged: see %s", qPrintable(a.path() + QStringLiteral("/run.log")));
        double composerMs = -1, preflightMs = -1, stageMs = -1;
        for (const QJsonValue &step : jsonFile(report).value(QLatin1String("steps")).toArray()) {
            const QJsonObject o = step.toObject();
            if (o.value(QLatin1String("id")).toString() == QLatin1String("composer-update"))
                composerMs = o.value(QLatin1String("durationMs")).toDouble();
            if (o.value(QLatin1String("id")).toString() == QLatin1String("composer-stage"))
                stageMs = o.value(QLatin1String("durationMs")).toDouble();
            if (o.value(QLatin1String("id")).toString() == QLatin1String("preflight"))
                preflightMs = o.value(QLatin1String("durationMs")).toDouble();
        }

        // By hand, inside maintenance: the same two commands.
        ComposerRepo::isolate(b.path(), true);
        settle();
        QElapsedTimer clock;
        clock.start();
        const ProgramResult require =
            run(QStringLiteral("composer"),
                {QStringLiteral("require"), QStringLiteral("magento/product-community-edition:2.4.8"),
                 QStringLiteral("--no-update"), QStringLiteral("--no-interaction")},
                storeB, 600000);
        const ProgramResult update =
            run(QStringLiteral("composer"), {QStringLiteral("update"), QStringLiteral("--no-interaction")},
                storeB, 600000);
        const double handMs = double(clock.elapsed());
        if (require.exitCode != 0 || update.exitCode != 0)
            qFatal("composer by hand failed: %s", qPrintable(describe(update)));

        ours << composerMs;
        hand << handMs;
        resolve << preflightMs;
        staging << stageMs;
        std::printf(
            "round %d: in maintenance: ours %.0f ms, by hand %.0f ms (%.3fx); before maintenance: readiness "
            "check with the scratch resolve and the download %.0f ms, composer-stage %.0f ms\n",
            round, composerMs, handMs, composerMs / handMs, preflightMs, stageMs);
        std::fflush(stdout);
    }
    std::printf(
        "median: in maintenance ours %.0f ms, by hand %.0f ms, ratio %.3fx; before maintenance: readiness "
        "check %.0f ms, composer-stage %.0f ms\n",
        median(ours), median(hand), median(ours) / median(hand), median(resolve), median(staging));
    return 0;
}
