#pragma once

#include "core/inspect/storeinspector.h"
#include "core/model/runrecord.h"
#include "core/model/upgradeoptions.h"
#include "core/runners/runner.h"
#include "core/steps/step.h"
#include "tests/support/testsupport.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace mua::test {

// What a step needs to look and work, on a sandbox store of its own (DemoStore, whose bin/magento
// is the fake Magento command line) in a temporary folder: the store as inspect reads it, the
// options, the local runner, the run record and the log lines the step wrote.
class StepFixture
{
public:
    explicit StepFixture(const QString &era = QStringLiteral("2.4"))
        : root(copyOfStore(m_dir, era))
    {
        reinspect();
    }

    // Reads the store again (after the test changed it) and makes the runner for the options.
    void reinspect()
    {
        store = StoreInspector::inspect(root);
        runner = std::make_unique<LocalRunner>(root, options.runner);
    }

    // A context on the fixture's members; valid as long as the fixture.
    StepContext context()
    {
        StepContext ctx{store,  options, *runner,
                        record, &cancel, [this](LogStream, const QString &line) { logged << line; }};
        return ctx;
    }

    // The fake bin/magento's test switches (resources/fake-magento/magento.php): {"fail": […]} …
    bool setSwitches(const QByteArray &json)
    {
        return writeFile(root, QStringLiteral(".fake-magento/switches.json"), json);
    }

    QString path(const QString &relative) const { return root + QLatin1Char('/') + relative; }

    // env.php's database reached through a socket nobody listens on, so that a client asked fails
    // at once (the backup's size, its dump); the store read again.
    bool unreachableDatabase(const QString &socket)
    {
        QByteArray env = readFile(store.envPhpPath());
        const QByteArray host = "'host' => 'localhost'";
        if (!env.contains(host))
            return false;
        env.replace(host, "'host' => '" + QFile::encodeName(socket) + "'");
        if (!writeFile(root, QStringLiteral("app/etc/env.php"), env))
            return false;
        reinspect();
        return true;
    }

private:
    // Stores in memory (tmpfs) where the machine has it: a step test makes and deletes a store of
    // some 500 files per test function, which takes seconds on a busy disk.
    static QString templatePath()
    {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        return (shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath()) +
               QStringLiteral("/mua-steps-XXXXXX");
    }

    // A copy of one sandbox store per era and process: making one writes every file durably, a copy
    // of it does not.
    static QString copyOfStore(const QTemporaryDir &dir, const QString &era)
    {
        static QTemporaryDir made(templatePath());
        const QString original = made.path() + QLatin1Char('/') + era;
        if (!QFileInfo::exists(original))
            makeStoreAt(original, era);
        const QString copy = dir.path() + QStringLiteral("/store");
        if (run(QStringLiteral("cp"), {QStringLiteral("-a"), original, copy}).exitCode != 0)
            qFatal("cannot copy the sandbox store %s", qPrintable(original));
        return copy;
    }

    QTemporaryDir m_dir{templatePath()};

public:
    const QString root;
    Store store;
    UpgradeOptions options;
    std::unique_ptr<Runner> runner;
    RunRecord record;
    std::atomic_bool cancel{false};
    QStringList logged;
};

} // namespace mua::test
