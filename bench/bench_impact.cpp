// The impact report (issue 19): Impact::analyse, and its first step VendorDiff::compare alone, against
// `diff -urN` of the same two vendor trees (the upgrade patch helpers' first step), in the same run. A
// store's module prefers 100 of the classes and plugs 100 more (some of them changed, so their methods
// are read on both sides). The trees are shaped like a
// 2.4 vendor/: FILES PHP files of 1–8 KB in module folders; the second tree is a copy in which 2 % of
// the files differ (half in code, half only in comments and indentation), with 0.1 % added and 0.1 %
// removed. Both sides run with the files in the page cache (a first, untimed round reads them).
//
// With --ssh, then once through an sshfs mount of both trees (an sshd of the benchmark's own on 127.0.0.1,
// tests/support/sshserver.h): VendorDiff through the mount against `diff -urN` through the mount, the
// choice the impact report makes for --runner ssh (compare here through the mount, against fetching or
// comparing on the server, whose cost is the local figure).
//
//   bench_impact [FILES [ROUNDS]] [--ssh]   (default 40000 files, 3 rounds; the median counts)
#include "core/impact/impact.h"
#include "core/impact/vendordiff.h"
#include "tests/support/sshserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray phpFile(int i, int size, bool changedCode, bool changedComment)
{
    QByteArray out =
        "<?php\n/**\n * Copyright Magento, Inc. All rights reserved.\n */\nnamespace Magento\\Module" +
        QByteArray::number(i / 200) + ";\n\nclass File" + QByteArray::number(i) + "\n{\n";
    int method = 0;
    while (out.size() < size) {
        out += "    /**\n     * Returns the value " + QByteArray::number(method) +
               (changedComment ? " (reworded)" : "") + ".\n     */\n    public function value" +
               QByteArray::number(method) + "(array $items): int\n    {\n" +
               (changedComment ? "            " : "        ") + "return count($items) + " +
               QByteArray::number(method + (changedCode && method == 0 ? 1 : 0)) + ";\n    }\n\n";
        ++method;
    }
    return out + "}\n";
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool ssh = args.removeAll(QStringLiteral("--ssh")) > 0;
    const int files = args.size() > 1 ? args.at(1).toInt() : 40000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 3;
    QTemporaryDir dir;
    const QString a = dir.path() + QStringLiteral("/old/vendor");
    const QString b = dir.path() + QStringLiteral("/new/vendor");
    QRandomGenerator random(19);
    int code = 0, comments = 0, added = 0, removed = 0;
    for (int i = 0; i < files; ++i) {
        const QString path = QStringLiteral("/magento/module-%1/Model/File%2.php").arg(i / 200).arg(i);
        const int size = 1024 + int(random.bounded(7 * 1024));
        const int roll = int(random.bounded(1000));
        if (roll < 1) { // removed by the move
            write(a + path, phpFile(i, size, false, false));
            ++removed;
            continue;
        }
        if (roll < 2) { // added by the move
            write(b + path, phpFile(i, size, false, false));
            ++added;
            continue;
        }
        write(a + path, phpFile(i, size, false, false));
        write(b + path, phpFile(i, size, roll < 12, roll >= 12 && roll < 22));
        code += roll < 12;
        comments += roll >= 12 && roll < 22;
    }
    // The store's module: preferences for every 200th class, plugins on every 200th + 100 (before and
    // after value0, the method a code change touches).
    const QString root = dir.path() + QStringLiteral("/store");
    QByteArray di = "<?xml version=\"1.0\"?>\n<config>\n";
    QByteArray plugin = "<?php\nnamespace Acme\\Bench\\Plugin;\n\nclass Plugin\n{\n"
                        "    public function beforeValue0($subject, array $items) { return null; }\n"
                        "    public function afterValue1($subject, $result) { return $result; }\n}\n";
    for (int i = 0; i < files; i += 200) {
        di += "    <preference for=\"Magento\\Module" + QByteArray::number(i / 200) + "\\File" +
              QByteArray::number(i) + "\" type=\"Acme\\Bench\\Model\\File" + QByteArray::number(i) + "\"/>\n";
        if (i + 100 < files)
            di += "    <type name=\"Magento\\Module" + QByteArray::number((i + 100) / 200) + "\\File" +
                  QByteArray::number(i + 100) +
                  "\"><plugin name=\"p\" type=\"Acme\\Bench\\Plugin\\Plugin\"/></type>\n";
    }
    write(root + QStringLiteral("/app/code/Acme/Bench/etc/di.xml"), di + "</config>\n");
    write(root + QStringLiteral("/app/code/Acme/Bench/Plugin/Plugin.php"), plugin);
    write(root + QStringLiteral("/app/code/Acme/Bench/registration.php"),
          "<?php\n\\Magento\\Framework\\Component\\ComponentRegistrar::register("
          "\\Magento\\Framework\\Component\\ComponentRegistrar::MODULE, 'Acme_Bench', __DIR__);\n");
    std::printf("bench_impact: %d files, %d changed in code, %d in comments only, %d added, %d removed\n",
                files, code, comments, added, removed);
    std::fflush(stdout);
    QProcess::execute(QStringLiteral("sync"), {});

    const auto ours = [&]() {
        QString error;
        const auto changes = mua::VendorDiff::compare(a, b, nullptr, &error);
        if (!changes)
            qFatal("compare: %s", qPrintable(error));
        return changes->size();
    };
    const auto report = [&]() {
        QString error;
        const auto r = mua::Impact::analyse(root, a, b, nullptr, &error);
        if (!r)
            qFatal("analyse: %s", qPrintable(error));
        return r->findings.size();
    };
    const auto diff = [&]() {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral("diff"), {QStringLiteral("-urN"), a, b});
        p.waitForFinished(-1);
        if (p.exitCode() != 1)
            qFatal("diff -urN exited %d", p.exitCode());
    };
    ours(); // the page cache holds both trees from here on
    diff();
    QList<double> oursMs, reportMs, diffMs;
    for (int round = 1; round <= rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        const qsizetype found = ours();
        const double o = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        const qsizetype findings = report();
        const double r = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        diff();
        const double d = double(clock.nsecsElapsed()) / 1e6;
        oursMs << o;
        reportMs << r;
        diffMs << d;
        std::printf(
            "round %d: report %.0f ms (%lld findings, %.3fx), VendorDiff alone %.0f ms (%lld changes, "
            "%.3fx), diff -urN %.0f ms\n",
            round, r, static_cast<long long>(findings), r / d, o, static_cast<long long>(found), o / d, d);
        std::fflush(stdout);
    }
    std::printf("median: report %.0f ms (%.3fx), VendorDiff alone %.0f ms (%.3fx), diff -urN %.0f ms "
                "(goal: the report below 1x)\n",
                median(reportMs), median(reportMs) / median(diffMs), median(oursMs),
                median(oursMs) / median(diffMs), median(diffMs));
    if (!ssh)
        return 0;

    // Through an sshfs mount of both trees, once each, the mount's caches off as the ssh runner's are.
    mua::test::SshServer server(dir.path() + QStringLiteral("/sshd"));
    QString error;
    if (!server.start(&error))
        qFatal("sshd: %s", qPrintable(error));
    const QString mount = dir.path() + QStringLiteral("/mnt");
    if (!server.mount(dir.path() + QStringLiteral("/old"), mount + QStringLiteral("/old")) ||
        !server.mount(dir.path() + QStringLiteral("/new"), mount + QStringLiteral("/new")))
        qFatal("sshfs mount failed");
    QElapsedTimer clock;
    clock.start();
    const auto changes = mua::VendorDiff::compare(mount + QStringLiteral("/old/vendor"),
                                                  mount + QStringLiteral("/new/vendor"), nullptr, &error);
    if (!changes)
        qFatal("compare through the mount: %s", qPrintable(error));
    const double o = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("diff"), {QStringLiteral("-urN"), mount + QStringLiteral("/old/vendor"),
                                     mount + QStringLiteral("/new/vendor")});
    p.waitForFinished(-1);
    const double d = double(clock.nsecsElapsed()) / 1e6;
    // What the impact report does with --runner ssh: diff -rq on the server, then only the files it
    // names read through the mount (VendorDiff::fromDifferences).
    clock.restart();
    QProcess remote;
    remote.start(QStringLiteral("ssh"),
                 {QStringLiteral("-F"), server.config(), mua::test::SshServer::host(),
                  QStringLiteral("cd '%1' && LC_ALL=C diff -rq --no-dereference -- old/vendor new/vendor")
                      .arg(dir.path())});
    remote.waitForFinished(-1);
    const QStringList lines =
        QString::fromUtf8(remote.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto fromServer = mua::VendorDiff::fromDifferences(
        mount + QStringLiteral("/old/vendor"), mount + QStringLiteral("/new/vendor"),
        QStringLiteral("old/vendor"), QStringLiteral("new/vendor"), lines, nullptr, &error);
    const double s = double(clock.nsecsElapsed()) / 1e6;
    if (!fromServer || fromServer->size() != changes->size())
        qFatal("the server's diff gave %lld changes, the compare %lld",
               static_cast<long long>(fromServer ? fromServer->size() : -1),
               static_cast<long long>(changes->size()));
    std::printf(
        "through sshfs: VendorDiff %.0f ms (%lld changes, %.3fx), diff -urN %.0f ms; diff -rq on the "
        "server + the named files through the mount (what --runner ssh does) %.0f ms (%.3fx of diff -urN "
        "through the mount); on the server (the local figure) diff -urN %.0f ms\n",
        o, static_cast<long long>(changes->size()), o / d, d, s, s / d, median(diffMs));
    server.unmountAll();
    return 0;
}
