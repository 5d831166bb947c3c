// Child output without line breaks (issue 16): 50, 100 and 200 MB of one endless "line" read by the
// CommandExecutor, against the same child writing into /dev/null (the speed of the shell tools and
// the pipe, the limit). Prints the fastest time per size, its ratio to the baseline, and the ratio
// of each size to the one before: a linear reader stays near 2× per doubling; the old quadratic
// one took 1.3 s, 3.9 s and 15.9 s (3× and 4×) and more than 120 s for 600 MB.
//
//   bench_commandexecutor [ROUNDS]        (default 3)
#include "core/runners/commandexecutor.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>

namespace {

QString producer(qint64 bytes)
{
    return QStringLiteral("head -c %1 /dev/zero | tr '\\0' x").arg(bytes);
}

// The fastest of rounds, in ms; -1 when the child failed or not every byte arrived.
double fastest(const QString &script, qint64 expected, int rounds)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < rounds; ++i) {
        qint64 seen = 0;
        QElapsedTimer timer;
        timer.start();
        const mua::CommandResult r = mua::CommandExecutor().run(
            {QStringLiteral("bash"), {QStringLiteral("-c"), script}, {}},
            [&seen](mua::LogStream, const QString &line) { seen += line.size(); }, true);
        const qint64 ns = timer.nsecsElapsed();
        if (!r.succeeded() || (expected >= 0 && seen != expected))
            return -1;
        best = qMin(best, ns);
    }
    return double(best) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    std::printf("%-8s %12s %14s %10s %12s\n", "size", "executor ms", "/dev/null ms", "× limit", "× previous");
    double previous = -1;
    for (const qint64 mb : {50, 100, 200}) {
        const qint64 bytes = mb * 1000 * 1000;
        const double limit = fastest(producer(bytes) + QStringLiteral(" > /dev/null"), 0, rounds);
        const double ours = fastest(producer(bytes), bytes, rounds);
        if (ours < 0 || limit < 0) {
            std::fprintf(stderr, "the child failed or its output did not arrive whole at %lld MB\n",
                         static_cast<long long>(mb));
            return 1;
        }
        std::printf("%-8s %12.0f %14.0f %9.1f× %11s\n", qPrintable(QStringLiteral("%1 MB").arg(mb)), ours,
                    limit, ours / limit,
                    previous > 0 ? qPrintable(QStringLiteral("%1×").arg(ours / previous, 0, 'f', 2)) : "–");
        previous = ours;
    }
    return 0;
}
