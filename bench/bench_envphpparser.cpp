// How env.php parsing scales: files of 128 KB to 8 MB (a 2.4 env.php repeated, and a dense file
// with thousands of values of every kind, a third of them expressions) parsed several times each;
// prints the fastest time per size and its ratio to the smallest size's, per byte. A linear parser
// stays near 1× per byte (a little above once the file no longer fits the CPU's caches); a
// quadratic one would double with every doubling of the size.
//
//   bench_envphpparser [ROUNDS]        (default 7)
#include "core/parse/envphpparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <limits>

namespace {

QByteArray repeatedEnv24(qsizetype bytes)
{
    QFile in(QStringLiteral(MUA_ENV24_TEMPLATE));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray body = in.readAll();
    body = body.mid(body.indexOf('['));
    body.chop(body.size() - body.lastIndexOf(']') - 1);
    QByteArray file = "<?php\nreturn [\n";
    for (int i = 0; file.size() < bytes; ++i)
        file += "'site_" + QByteArray::number(i) + "' => " + body + ",\n";
    return file + "];\n";
}

QByteArray dense(qsizetype bytes)
{
    QByteArray s = "<?php\nreturn [\n    'stores' => [\n";
    for (int i = 0; s.size() < bytes; ++i)
        s += "        'store_" + QByteArray::number(i) + "' => ['host' => 'db" + QByteArray::number(i) +
             ".internal', 'port' => " + QByteArray::number(3306 + i % 100) +
             ", 'list' => [1, 2.5, true, null], 'dyn' => getenv('HOST_" + QByteArray::number(i) +
             "') ?: 'x', \"dq\" => \"a\\tb\"],\n";
    return s + "    ],\n];\n";
}

qint64 fastest(const QByteArray &source, int rounds)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!mua::EnvPhpParser::parse(source).ok)
            return -1;
        best = qMin(best, timer.nsecsElapsed());
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = qMax(1, app.arguments().value(1, QStringLiteral("7")).toInt());
    for (const auto &[name, make] :
         {std::pair{"2.4 env.php repeated", &repeatedEnv24}, std::pair{"dense", &dense}}) {
        std::printf("%s (fastest of %d):\n", name, rounds);
        double baseNsPerByte = 0;
        for (const qsizetype kb : {128, 512, 2048, 8192}) {
            const QByteArray source = make(kb * 1024);
            const qint64 ns = fastest(source, rounds);
            if (source.isEmpty() || ns < 0) {
                std::fprintf(stderr, "could not parse the %lld KB file\n", qlonglong(kb));
                return 1;
            }
            const double perByte = double(ns) / double(source.size());
            if (baseNsPerByte == 0)
                baseNsPerByte = perByte;
            std::printf("  %5lld KB  %9.3f ms  %6.1f ns/byte  %5.2fx per byte of the 128 KB file\n",
                        qlonglong(kb), double(ns) / 1e6, perByte, perByte / baseNsPerByte);
        }
    }
    return 0;
}
