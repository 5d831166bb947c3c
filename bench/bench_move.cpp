// How long the shop stays in maintenance for the version move: the assistant's composer-update step
// (which keeps the code as hard links first, so it can put it back) against the same Composer commands
// typed by hand inside maintenance (composer require PACKAGE:X --no-update; composer update), on two
// identical stores installed from a Composer repository on disk, in the same run. The readiness check's
// scratch resolve runs before maintenance and is not counted; it is printed on its own.
//
//   bench_move [FILES [ROUNDS]]   (default 20000 files in magento/framework, 3 rounds; the median counts)
#include "tests/support/composerrepo.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? std::atoi(argv[1]) : 20000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    std::printf("bench_move: magento/framework with %d files, %d rounds\n", files, rounds);
    QList<double> ours, hand, resolve;
    for (int round = 1; round <= rounds; ++round) {
        QTemporaryDir a, b;
        ComposerRepo::StoreOptions options;
        options.extraFiles = files;
        const QString storeA = ComposerRepo::makeStore(a.path(), options);
        const QString storeB = ComposerRepo::makeStore(b.path(), options);

        // The assistant: the whole upgrade; its report says how long each step took.
        const QString report = a.path() + QStringLiteral("/report.json");
        const ProgramResult r = runProgram({QStringLiteral("upgrade"), storeA, QStringLiteral("--yes"),
                                            QStringLiteral("--target-version"), QStringLiteral("2.4.8"),
                                            QStringLiteral("--report"), report},
                                           600000);
        if (r.exitCode != 0)
            qFatal("upgrade failed: %s", qPrintable(describe(r)));
        double composerMs = -1, preflightMs = -1;
        for (const QJsonValue &step : jsonFile(report).value(QLatin1String("steps")).toArray()) {
            const QJsonObject o = step.toObject();
            if (o.value(QLatin1String("id")).toString() == QLatin1String("composer-update"))
                composerMs = o.value(QLatin1String("durationMs")).toDouble();
            if (o.value(QLatin1String("id")).toString() == QLatin1String("preflight"))
                preflightMs = o.value(QLatin1String("durationMs")).toDouble();
        }

        // By hand, inside maintenance: the same two commands.
        ComposerRepo::isolate(b.path());
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
        std::printf(
            "round %d: in maintenance: ours %.0f ms, by hand %.0f ms (%.2fx); readiness check with the "
            "scratch resolve, before maintenance: %.0f ms\n",
            round, composerMs, handMs, composerMs / handMs, preflightMs);
        std::fflush(stdout);
    }
    std::printf(
        "median: in maintenance ours %.0f ms, by hand %.0f ms, ratio %.2fx; readiness check %.0f ms\n",
        median(ours), median(hand), median(ours) / median(hand), median(resolve));
    return 0;
}
