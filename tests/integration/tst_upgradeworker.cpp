// The engine end to end on sandbox stores, through the controller and its worker thread.
#include "cli/cliwording.h"
#include "core/fs/asideremover.h"
#include "core/fs/fileops.h"
#include "core/inspect/storeinspector.h"
#include "core/run/storeactions.h"
#include "core/run/storelock.h"
#include "core/run/upgradecontroller.h"
#include "core/run/upgradejob.h"
#include "core/runners/runner.h"
#include "demo/demostore.h"
#include "tests/support/composerrepo.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mua;
using mua::test::maintenanceOn;
using mua::test::makeLinks;
using mua::test::makeStore;
using mua::test::modeOf;
using mua::test::readFile;
using mua::test::writeFile;

namespace {

struct Run
{
    RunRecord record;
    int exitCode = -1;
    int finishedCount = 0;
    int startedSteps = 0;
    qint64 lines = 0;
    int chunks = 0;
    QStringList text;
};

void setSwitches(const QString &root, const QByteArray &json)
{
    writeFile(root, QStringLiteral(".fake-magento/switches.json"), json);
}

// Puts the PHP expression in place of the demo store's 'MAGE_MODE' => 'developer'; returns the new
// env.php (empty when the template has no such line).
QByteArray setMageMode(const QString &root, const QByteArray &expression)
{
    QByteArray env = readFile(root + QStringLiteral("/app/etc/env.php"));
    if (!env.contains("'MAGE_MODE' => 'developer'"))
        return {};
    env.replace("'MAGE_MODE' => 'developer'", "'MAGE_MODE' => " + expression);
    return writeFile(root, QStringLiteral("app/etc/env.php"), env) ? env : QByteArray();
}

UpgradeOptions quickOptions()
{
    UpgradeOptions o;
    o.graceMs = 1000;
    return o;
}

// Runs the job start() starts on the controller.
Run runJob(const std::function<bool(UpgradeController &)> &start, int timeoutMs = 60000)
{
    Run r;
    UpgradeController controller;
    QObject::connect(&controller, &UpgradeController::logged, [&r](const LogChunk &chunk) {
        ++r.chunks;
        r.lines += chunk.size();
        for (const LogLineView l : chunk)
            r.text << l.text.toString();
    });
    QObject::connect(&controller, &UpgradeController::stepStarted, [&r] { ++r.startedSteps; });
    QObject::connect(&controller, &UpgradeController::finished, [&r](const RunRecord &record, int code) {
        ++r.finishedCount;
        r.record = record;
        r.exitCode = code;
    });
    if (!start(controller))
        qWarning("the job did not start");
    if (!QTest::qWaitFor([&r] { return r.finishedCount > 0; }, timeoutMs))
        qWarning("the run did not finish within %d ms", timeoutMs);
    QTest::qWait(20); // a second finished() would show up here
    return r;
}

Run runUpgrade(const QString &root, const UpgradeOptions &options, int timeoutMs = 60000)
{
    return runJob(
        [&](UpgradeController &controller) {
            return controller.start({root, options});
        },
        timeoutMs);
}

// The upgrade, except that it cannot record the given step before that step begins (as on a full disk).
class JournalFailsBefore : public UpgradeJob
{
public:
    JournalFailsBefore(const RunRequest &request, StepId step)
        : UpgradeJob(request)
        , m_step(step)
    {}
    bool aboutToRun(RunRecord &record, int index, QString *error) override
    {
        if (!record.steps.at(index).is(m_step))
            return UpgradeJob::aboutToRun(record, index, error);
        *error = QStringLiteral("The journal cannot be written.");
        return false;
    }

private:
    StepId m_step;
};

QMap<QString, QString> statuses(const RunRecord &record)
{
    QMap<QString, QString> m;
    for (const StepRecord &s : record.steps)
        m.insert(s.id, stepStatusName(s.status));
    return m;
}

int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// Everything named like a folder moveAside makes, anywhere in the store (store-relative).
QStringList trashIn(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (it.fileName().startsWith(QLatin1String(".upgrade-assistant-trash")))
            found << QDir(root).relativeFilePath(p);
    }
    found.sort();
    return found;
}

QJsonObject journalOf(const QString &root)
{
    return QJsonDocument::fromJson(readFile(root + QStringLiteral("/var/.upgrade-assistant.journal.json")))
        .object();
}

// Entries below dir, as removeAside counts them (dir itself not counted).
qint64 entriesBelow(const QString &root, const QString &dir)
{
    const TreeStats s = FileOps::stats(root, dir);
    return s.files + s.folders;
}

QString stepDetail(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &v : report.value(QLatin1String("steps")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject().value(QLatin1String("detail")).toString();
    }
    return QStringLiteral("(no step %1)").arg(id);
}

} // namespace

class TestUpgradeWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Wording::install(&CliWording::instance()); // the run as the command line words it (cli.md)
    }

    void succeeds_data()
    {
        QTest::addColumn<QString>("era");
        QTest::newRow("2.1") << QStringLiteral("2.1");
        QTest::newRow("2.4") << QStringLiteral("2.4");
    }

    void succeeds()
    {
        QFETCH(QString, era);
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        const Store before = StoreInspector::inspect(root);
        QVERIFY(!before.cacheTypesOff().isEmpty());
        QVERIFY(before.varSessionFiles > 0);
        UpgradeOptions options = quickOptions();
        options.reportFile = dir.path() + QStringLiteral("/report.json");

        const Run r = runUpgrade(root, options);
        QCOMPARE(r.finishedCount, 1);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(r.record.message + QLatin1Char('\n') + r.text.join(QLatin1Char('\n'))));
        QCOMPARE(r.record.result, RunResult::Succeeded);
        const auto s = statuses(r.record);
        QCOMPARE(s.value(QStringLiteral("preflight")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("backup")), QStringLiteral("skipped"));
        QCOMPARE(s.value(QStringLiteral("maintenance-on")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("session-permissions")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("clear-generated")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("composer-update")), QStringLiteral("skipped"));
        QCOMPARE(s.value(QStringLiteral("setup-upgrade")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("di-compile")), QStringLiteral("skipped"));
        QCOMPARE(s.value(QStringLiteral("static-deploy")), QStringLiteral("skipped"));
        QCOMPARE(s.value(QStringLiteral("cache-enable")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("maintenance-off")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("smoke-test")), QStringLiteral("skipped"));
        QCOMPARE(r.startedSteps, 7);

        // The seed's Step 4, done right.
        QDirIterator sessions(root + QStringLiteral("/var/session"),
                              QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                              QDirIterator::Subdirectories);
        int seen = 0;
        while (sessions.hasNext()) {
            struct stat st;
            QVERIFY(::lstat(QFile::encodeName(sessions.next()).constData(), &st) == 0);
            QCOMPARE(st.st_mode & 07777, mode_t(0770));
            ++seen;
        }
        QCOMPARE(seen, before.varSessionFiles);
        for (const QString &d : before.codeGenerationDirs) {
            QVERIFY2(QFileInfo(root + QLatin1Char('/') + d).isDir(), qPrintable(d));
            QCOMPARE(countFiles(root + QLatin1Char('/') + d), 0);
        }
        const Store after = StoreInspector::inspect(root);
        QCOMPARE(after.cacheTypesOff(), QStringList());
        QCOMPARE(after.envSyntax, before.envSyntax);
        QVERIFY(!maintenanceOn(root));
        QCOMPARE(mua::test::run(QStringLiteral("php"),
                                {QStringLiteral("bin/magento"), QStringLiteral("setup:db:status")}, root)
                     .exitCode,
                 0);

        // Report and log: written, and free of secrets.
        const QJsonObject report = QJsonDocument::fromJson(readFile(options.reportFile)).object();
        QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(
            report.value(QLatin1String("maintenance")).toObject().value(QLatin1String("before")).toBool(true),
            false);
        QCOMPARE(
            report.value(QLatin1String("maintenance")).toObject().value(QLatin1String("after")).toBool(true),
            false);
        const QString logPath = report.value(QLatin1String("log")).toString();
        QVERIFY(logPath.startsWith(root + QStringLiteral("/var/log/upgrade-assistant-")));
        const QByteArray log = readFile(logPath);
        QVERIFY(log.contains("setup:upgrade"));
        QVERIFY(!log.contains("demo-secret-password"));
        QVERIFY(!r.text.join(QLatin1Char('\n')).contains(QLatin1String("demo-secret-password")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant.lock")));
    }

    void maintenanceAlreadyOnStaysOn()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        writeFile(root, QStringLiteral("var/.maintenance.flag"), "");
        const Run r = runUpgrade(root, quickOptions());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(maintenanceOn(root));
        QCOMPARE(r.record.maintenanceBefore, std::optional<bool>(true));
        QCOMPARE(r.record.maintenanceAfter, std::optional<bool>(true));
        QCOMPARE(statuses(r.record).value(QStringLiteral("maintenance-off")), QStringLiteral("skipped"));
    }

    void setupUpgradeFailsThenResumes()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"fail": {"setup:upgrade": ""}})");
        const Run failed = runUpgrade(root, quickOptions());
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.record.result, RunResult::Failed);
        QCOMPARE(failed.record.failedStep, QStringLiteral("setup-upgrade"));
        QVERIFY(maintenanceOn(root)); // default --on-failure keep-maintenance
        QVERIFY2(failed.record.message.contains(QLatin1String("maintenance mode")),
                 qPrintable(failed.record.message));
        QVERIFY2(failed.record.message.contains(QLatin1String("maintenance:disable")),
                 qPrintable(failed.record.message));
        QVERIFY2(failed.record.advice.contains(QLatin1String("Area code")), qPrintable(failed.record.advice));
        QVERIFY(failed.record.nextCommand.endsWith(QLatin1String("--resume")));
        const auto s = statuses(failed.record);
        QCOMPARE(s.value(QStringLiteral("clear-generated")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("setup-upgrade")), QStringLiteral("failed"));
        QCOMPARE(s.value(QStringLiteral("cache-enable")), QStringLiteral("pending"));

        // A fresh run without --resume still knows maintenance was off before the first run.
        setSwitches(root, "{}");
        UpgradeOptions resume = quickOptions();
        resume.resume = true;
        const Run resumed = runUpgrade(root, resume);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.record.message));
        QCOMPARE(resumed.record.maintenanceBefore, std::optional<bool>(false));
        QVERIFY(!maintenanceOn(root));
        QCOMPARE(resumed.record.runId, failed.record.runId);
        QCOMPARE(resumed.startedSteps, 5); // preflight again, then setup-upgrade, cache, maintenance off
        QVERIFY(resumed.text.join(QLatin1Char('\n')).contains(QLatin1String("Resuming")));

        // Nothing left to resume.
        const Run again = runUpgrade(root, resume);
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.record.message.contains(QLatin1String("no failed or cancelled run")));
    }

    // A step's failure is said once in the log, by the run's closing words, which also say where the
    // store stands; the report keeps it both as the step's error and in the run's message.
    void aFailureIsLoggedOnce_data()
    {
        QTest::addColumn<QByteArray>("switches");
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("restore");
        QTest::newRow("setup:upgrade fails")
            << QByteArray(R"({"fail": {"setup:upgrade": "Something broke"}})")
            << QStringLiteral("setup-upgrade") << false;
        QTest::newRow("cache:enable fails, maintenance is put back")
            << QByteArray(R"({"fail": {"cache:enable": "Something broke"}})")
            << QStringLiteral("cache-enable") << true;
        QTest::newRow("the readiness check refuses")
            << QByteArray(R"({"fatal": ["setup:db:status"]})") << QStringLiteral("preflight") << false;
    }

    void aFailureIsLoggedOnce()
    {
        QFETCH(QByteArray, switches);
        QFETCH(QString, step);
        QFETCH(bool, restore);
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, switches);
        UpgradeOptions options = quickOptions();
        options.onFailure = restore ? OnFailure::Restore : OnFailure::KeepMaintenance;
        options.reportFile = dir.path() + QStringLiteral("/report.json");
        const Run r = runUpgrade(root, options);
        QCOMPARE(r.record.failedStep, step);
        const StepRecord *failed = r.record.step(step);
        QVERIFY(failed);
        QCOMPARE(failed->status, StepStatus::Failed);
        const QString error = failed->error;
        QVERIFY(!error.isEmpty());

        // Once on the screen and once in the log file: no "Title failed: …" line, only the closing
        // words. (The readiness check lists each of its checks as it makes them: that line is the
        // check's, before the step has an outcome.)
        const int listed = step == QLatin1String("preflight") ? 1 : 0;
        QCOMPARE(r.text.filter(error).size(), 1 + listed);
        const QString log = QString::fromUtf8(readFile(r.record.logPath));
        const QStringList logged = log.split(QLatin1Char('\n')).filter(error);
        QVERIFY2(logged.size() == 1 + listed, qPrintable(log));
        QVERIFY2(!log.contains(failed->title + QStringLiteral(" failed: ")), qPrintable(log));
        const QString closing = logged.constLast();
        QVERIFY2(closing.contains(QLatin1String(" - ERROR ")) &&
                     closing.contains(QLatin1String("The store is in maintenance mode")) ==
                         (!restore && !listed),
                 qPrintable(closing));

        // The report keeps both: the step's error, and the run's message that names it.
        const QJsonObject report = QJsonDocument::fromJson(readFile(options.reportFile)).object();
        QJsonObject reported;
        for (const QJsonValue &v : report.value(QLatin1String("steps")).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == step)
                reported = v.toObject();
        }
        QCOMPARE(reported.value(QLatin1String("error")).toString(), error);
        const QString message = report.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(error), qPrintable(message));
        QCOMPARE(message, r.record.message);
    }

    // Sentences name a step in their reader's words: a window's reader by the step's title (the
    // command line's by its id, as tst_cli checks); the record keeps the id.
    void stepsAreNamedInTheReadersWords_data()
    {
        QTest::addColumn<StepId>("stopAt");
        QTest::addColumn<QString>("said");
        QTest::newRow("nothing changed yet")
            << StepId::MaintenanceOn
            << QStringLiteral("Refused: The journal cannot be written. The run stopped before %1; nothing in "
                              "the store was changed.");
        QTest::newRow("the store changed already")
            << StepId::SetupUpgrade << QStringLiteral("%1 did not start: The journal cannot be written.");
    }

    void stepsAreNamedInTheReadersWords()
    {
        QFETCH(StepId, stopAt);
        QFETCH(QString, said);
        const Wording *commandLine = Wording::install(nullptr); // the engine's own words, as a window's
        const auto restore = qScopeGuard([commandLine] { Wording::install(commandLine); });
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        const Run r = runJob([&](UpgradeController &controller) {
            return controller.start(
                std::make_unique<JournalFailsBefore>(RunRequest{root, quickOptions()}, stopAt));
        });
        const StepRecord *stopped = r.record.step(stopAt);
        QVERIFY(stopped);
        QCOMPARE(r.record.failedStep, stepIdWord(stopAt));
        QVERIFY2(r.record.message.startsWith(said.arg(stopped->title)), qPrintable(r.record.message));
        QVERIFY2(!r.record.message.contains(said.arg(stopped->id)), qPrintable(r.record.message));
    }

    void onFailureRestore()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"fail": {"cache:enable": "Something broke"}})");
        UpgradeOptions options = quickOptions();
        options.onFailure = OnFailure::Restore;
        const Run r = runUpgrade(root, options);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.record.failedStep, QStringLiteral("cache-enable"));
        QVERIFY(!maintenanceOn(root));
        QCOMPARE(r.record.maintenanceAfter, std::optional<bool>(false));
    }

    void phpFatal()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"fatal": ["setup:upgrade"]})");
        const Run r = runUpgrade(root, quickOptions());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.record.steps.at(7).error.contains(QLatin1String("PHP fatal error (exit code 255)")));
        QVERIFY2(r.record.advice.contains(QLatin1String("memory_limit")), qPrintable(r.record.advice));
    }

    void hangThenCancel()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"hang": ["setup:upgrade"]})");
        UpgradeController controller;
        int finished = 0;
        int code = -1;
        RunRecord record;
        bool hanging = false;
        connect(&controller, &UpgradeController::logged, this, [&](const LogChunk &chunk) {
            for (const LogLineView l : chunk)
                hanging =
                    hanging || (l.stepId == QLatin1String("setup-upgrade") && l.stream != LogStream::Info);
        });
        connect(&controller, &UpgradeController::finished, this, [&](const RunRecord &rec, int c) {
            ++finished;
            record = rec;
            code = c;
        });
        UpgradeOptions options = quickOptions();
        controller.start({root, options});
        QTRY_VERIFY_WITH_TIMEOUT(hanging, 30000);
        QTest::qWait(300);
        QCOMPARE(finished, 0);
        QElapsedTimer clock;
        clock.start();
        controller.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished == 1, 10000);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(code, 130);
        QCOMPARE(record.result, RunResult::Cancelled);
        QCOMPARE(record.failedStep, QStringLiteral("setup-upgrade"));
        QCOMPARE(statuses(record).value(QStringLiteral("setup-upgrade")), QStringLiteral("cancelled"));
        // The fake and the child it started are gone: no process still works in the store.
        QTest::qWait(100);
        const QString canonical = QFileInfo(root).canonicalFilePath();
        QDirIterator procs(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (procs.hasNext()) {
            const QString p = procs.next();
            if (QFileInfo(p + QStringLiteral("/cwd")).symLinkTarget() == canonical)
                QFAIL(qPrintable(QStringLiteral("still running in the store: %1 %2")
                                     .arg(p, QString::fromUtf8(readFile(p + QStringLiteral("/cmdline"))))));
        }
        QVERIFY(maintenanceOn(root));
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant.lock")));
    }

    void secondRunIsRefused()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"slow": {"setup:upgrade": 100}})");
        UpgradeController first;
        bool upgrading = false;
        int firstCode = -1;
        connect(&first, &UpgradeController::stepStarted, this, [&](int, const QString &id) {
            upgrading = upgrading || id == QLatin1String("setup-upgrade");
        });
        connect(&first, &UpgradeController::finished, this, [&](const RunRecord &, int c) { firstCode = c; });
        first.start({root, quickOptions()});
        QTRY_VERIFY_WITH_TIMEOUT(upgrading, 30000);

        QElapsedTimer clock;
        clock.start();
        const Run second = runUpgrade(root, quickOptions());
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(second.exitCode, 3);
        QCOMPARE(second.record.result, RunResult::Refused);
        QVERIFY2(
            second.record.message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
            qPrintable(second.record.message));
        first.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(firstCode == 130, 10000);
    }

    void deadHolderIsTakenOver()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        // A lock left by a process of this host that no longer runs.
        writeFile(
            root, QStringLiteral("var/.upgrade-assistant.lock"),
            QStringLiteral(
                R"({"host":"%1","user":"x","pid":999999999,"token":"t","startedAt":"2026-01-01T00:00:00.000Z","heartbeat":"2026-01-01T00:00:00.000Z"})")
                .arg(QSysInfo::machineHostName())
                .toUtf8());
        const Run r = runUpgrade(root, quickOptions());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.text.join(QLatin1Char('\n')).contains(QLatin1String("Took over the lock")));
    }

    void staleLockFromAnotherHostNeedsBreakLock()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        const QByteArray lock =
            R"({"host":"other-host","user":"dev","pid":4242,"token":"t","startedAt":"2026-01-01T00:00:00.000Z","heartbeat":"2026-01-01T00:00:00.000Z"})";
        writeFile(root, QStringLiteral("var/.upgrade-assistant.lock"), lock);
        const Run refused = runUpgrade(root, quickOptions());
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.record.message.contains(QLatin1String("dev@other-host")));
        QVERIFY(refused.record.message.contains(QLatin1String("--break-lock")));
        QVERIFY(!maintenanceOn(root));
        UpgradeOptions options = quickOptions();
        options.breakLock = true;
        const Run broken = runUpgrade(root, options);
        QCOMPARE(broken.exitCode, 0);
    }

    void lowMemoryLimitIsRefused()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        const QString wrapper = dir.path() + QStringLiteral("/php-small");
        writeFile(dir.path(), QStringLiteral("php-small"),
                  "#!/bin/sh\nexec php -d memory_limit=256M \"$@\"\n");
        QFile::setPermissions(wrapper,
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner);
        const QByteArray before = mua::test::treeChecksum(root + QStringLiteral("/generated"));
        UpgradeOptions options = quickOptions();
        options.runner.php = wrapper;
        const Run r = runUpgrade(root, options);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.record.result, RunResult::Refused);
        QVERIFY2(r.record.message.contains(QLatin1String("memory_limit 256M")), qPrintable(r.record.message));
        // The next command is the same run: same store and the same PHP.
        QVERIFY2(r.record.nextCommand.contains(QStringLiteral("--php ") + wrapper),
                 qPrintable(r.record.nextCommand));
        QVERIFY(!maintenanceOn(root));
        QCOMPARE(mua::test::treeChecksum(root + QStringLiteral("/generated")), before);
    }

    void notInstalledIsRefused()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        writeFile(root, QStringLiteral(".fake-magento/db.json"), R"({"installed": false})");
        const Run r = runUpgrade(root, quickOptions());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.record.message.contains(QLatin1String("setup:db:status")));
    }

    void productionModeCompilesAndDeploys()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QVERIFY(!setMageMode(root, "'production'").isEmpty());
        const Run r = runUpgrade(root, quickOptions());
        QVERIFY2(r.exitCode == 0, qPrintable(r.record.message));
        const auto s = statuses(r.record);
        QCOMPARE(s.value(QStringLiteral("di-compile")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("static-deploy")), QStringLiteral("done"));
        QVERIFY(countFiles(root + QStringLiteral("/generated/code")) > 0);
    }

    // The move in the store: Composer's require of the target without an update, then the update, as
    // Adobe documents it. The readiness check's own Composer runs (its version, the versions offered,
    // the scratch resolve with -d) come first and never touch the store's files.
    void composerUpdate()
    {
        QTemporaryDir dir;
        const QString root = test::ComposerRepo::makeStore(dir.path());
        const QString calls = dir.path() + QStringLiteral("/composer-calls.txt");
        writeFile(
            dir.path(), QStringLiteral("composer"),
            QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\nexec composer \"$@\"\n").arg(calls).toUtf8());
        QFile::setPermissions(dir.path() + QStringLiteral("/composer"),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner);
        UpgradeOptions options = quickOptions();
        options.runner.composer = dir.path() + QStringLiteral("/composer");
        options.targetVersion = QStringLiteral("2.4.8");
        const Run r = runUpgrade(root, options, 180000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.record.message));
        QStringList inStore;
        for (const QString &call :
             QString::fromUtf8(readFile(calls)).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!call.contains(QLatin1String(" -d ")) && !call.startsWith(QLatin1String("show ")) &&
                !call.startsWith(QLatin1String("--version")))
                inStore << call;
        QCOMPARE(
            inStore.join(QLatin1Char('\n')) + QLatin1Char('\n'),
            QStringLiteral("require magento/product-community-edition:2.4.8 --no-update --no-interaction\n"
                           "update --no-interaction\n"));
    }

    void composerRefusedOnGitClone()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QFile::remove(root + QStringLiteral("/composer.lock"));
        QFile::remove(root + QStringLiteral("/vendor/magento/magento2-base/composer.json"));
        writeFile(root, QStringLiteral("composer.json"),
                  R"({"name": "magento/magento2ce", "version": "2.4.7"})");
        UpgradeOptions options = quickOptions();
        options.targetVersion = QStringLiteral("2.4.8");
        const Run r = runUpgrade(root, options);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.record.message.contains(QLatin1String("git clone")), qPrintable(r.record.message));
    }

    void floodArrivesInChunksAndInOrder()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"outputLines": {"setup:upgrade": 30000}})");
        const Run r = runUpgrade(root, quickOptions());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.lines > 30000);
        QVERIFY2(r.chunks * 20 < r.lines,
                 qPrintable(QStringLiteral("%1 chunks for %2 lines").arg(r.chunks).arg(r.lines)));
        // In order: the extra module lines count up.
        int last = -1;
        static const QRegularExpression n(QStringLiteral("Vendor_Module(\\d+)"));
        for (const QString &t : r.text) {
            const auto m = n.match(t);
            if (!m.hasMatch())
                continue;
            const int v = m.captured(1).toInt();
            if (t.contains(QLatin1String("Module '")) && v > last)
                last = v;
        }
        QVERIFY(last >= 29990);
    }

    void cacheTypeStillOffFailsNamingIt()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        // A PHP whose cache:enable "forgets" full_page, as a broken cache backend would.
        writeFile(dir.path(), QStringLiteral("php-forgetful"),
                  "#!/bin/sh\nphp \"$@\"; rc=$?\n"
                  "case \"$*\" in *cache:enable*) sed -i \"s/'full_page' => 1/'full_page' => 0/\" "
                  "app/etc/env.php;; esac\n"
                  "exit $rc\n");
        QFile::setPermissions(dir.path() + QStringLiteral("/php-forgetful"),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner);
        UpgradeOptions options = quickOptions();
        options.runner.php = dir.path() + QStringLiteral("/php-forgetful");
        const Run r = runUpgrade(root, options);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.record.failedStep, QStringLiteral("cache-enable"));
        QVERIFY2(r.record.message.contains(QLatin1String("still off after cache:enable: full_page")),
                 qPrintable(r.record.message));
    }

    void skipReasons_data()
    {
        QTest::addColumn<QByteArray>("session");
        QTest::addColumn<bool>("emptySessions");
        QTest::addColumn<QString>("reason");
        QTest::newRow("redis") << QByteArray("['save' => 'redis']") << false
                               << QStringLiteral("sessions are in Redis");
        QTest::newRow("db") << QByteArray("['save' => 'db']") << false
                            << QStringLiteral("sessions are in the database");
        QTest::newRow("save_path") << QByteArray("['save' => 'files', 'save_path' => '/srv/sessions']")
                                   << false << QStringLiteral("save_path is /srv/sessions");
        QTest::newRow("empty") << QByteArray("['save' => 'files']") << true
                               << QStringLiteral("var/session is empty");
    }

    void skipReasons()
    {
        QFETCH(QByteArray, session);
        QFETCH(bool, emptySessions);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QByteArray env = readFile(root + QStringLiteral("/app/etc/env.php"));
        const qsizetype start = env.indexOf("'session' => [");
        const qsizetype end = env.indexOf("],", start);
        QVERIFY(start > 0 && end > start);
        env.replace(start, end + 1 - start, "'session' => " + session);
        writeFile(root, QStringLiteral("app/etc/env.php"), env);
        if (emptySessions)
            QVERIFY(QDir(root + QStringLiteral("/var/session")).removeRecursively() &&
                    QDir(root).mkpath(QStringLiteral("var/session")));
        const StoreActions::Preview p = StoreActions::preview(root, quickOptions());
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        const auto it = std::find_if(p.entries.begin(), p.entries.end(), [](const Plan::Entry &e) {
            return e.id == QLatin1String("session-permissions");
        });
        QVERIFY(it != p.entries.end());
        QVERIFY(!it->applies);
        QCOMPARE(it->reason, reason);
    }

    void refusedResumeStaysResumable()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"fail": {"setup:upgrade": ""}})");
        QCOMPARE(runUpgrade(root, quickOptions()).exitCode, 1);
        QVERIFY(maintenanceOn(root));
        // The readiness check now fails: refused, but the store's state is said and resume stays possible.
        setSwitches(root, "{}");
        const QByteArray db = readFile(root + QStringLiteral("/.fake-magento/db.json"));
        writeFile(root, QStringLiteral(".fake-magento/db.json"), R"({"installed": false})");
        UpgradeOptions resume = quickOptions();
        resume.resume = true;
        const Run refused = runUpgrade(root, resume);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.record.message.contains(QLatin1String("still unfinished")),
                 qPrintable(refused.record.message));
        QVERIFY2(refused.record.message.contains(QLatin1String("maintenance mode")),
                 qPrintable(refused.record.message));
        QVERIFY(refused.record.nextCommand.endsWith(QLatin1String("--resume")));
        writeFile(root, QStringLiteral(".fake-magento/db.json"), db);
        const Run resumed = runUpgrade(root, resume);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.record.message));
        QVERIFY(!maintenanceOn(root));
    }

    void maintenanceTheAdminTurnedOnStaysOn()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"fail": {"setup:upgrade": ""}})");
        UpgradeOptions restore = quickOptions();
        restore.onFailure = OnFailure::Restore;
        QCOMPARE(runUpgrade(root, restore).exitCode, 1);
        QVERIFY(!maintenanceOn(root));
        // Later the admin closes the shop on purpose and runs a fresh upgrade.
        setSwitches(root, "{}");
        writeFile(root, QStringLiteral("var/.maintenance.flag"), "");
        const Run r = runUpgrade(root, quickOptions());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(maintenanceOn(root));
        QCOMPARE(r.record.maintenanceBefore, std::optional<bool>(true));
    }

    // When maintenance:disable is what fails, the same command is no advice: the flag itself can go,
    // and the last words say when that is safe.
    void maintenanceDisableFailsAtTheEnd()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"fail": {"maintenance:disable": ""}})");
        const Run r = runUpgrade(root, quickOptions());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.record.failedStep, QStringLiteral("maintenance-off"));
        QVERIFY(maintenanceOn(root));
        const QString removeFlag = QStringLiteral("rm %1/var/.maintenance.flag").arg(root);
        const QString &message = r.record.message;
        QVERIFY2(!message.contains(QLatin1String("run: php bin/magento maintenance:disable")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("safe to reopen it by deleting its maintenance flag: ") +
                                  removeFlag),
                 qPrintable(message));
        QCOMPARE(r.record.nextCommand, removeFlag);
    }

    void maintenanceDisableFailsAfterAFailure()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"fail": {"setup:upgrade": "", "maintenance:disable": ""}})");
        UpgradeOptions restore = quickOptions();
        restore.onFailure = OnFailure::Restore;
        const Run r = runUpgrade(root, restore);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.record.failedStep, QStringLiteral("setup-upgrade"));
        QVERIFY(maintenanceOn(root));
        const QString &message = r.record.message;
        QVERIFY2(!message.contains(QLatin1String("run: php bin/magento maintenance:disable")),
                 qPrintable(message));
        QVERIFY2(
            message.contains(QLatin1String("once a --resume has finished the upgrade, reopen the store by "
                                           "deleting its maintenance flag: rm ") +
                             root) &&
                message.contains(QLatin1String("Not before")),
            qPrintable(message));
        QVERIFY(r.record.nextCommand.endsWith(QLatin1String("--resume")));
    }

    // A run that did not get to its end (killed, a crash, a full disk) leaves a journal without
    // "maintenance after": when it had got to maintenance-on, the maintenance on now is its own, and a
    // fresh run puts it back as it was before that run. When it had not, the admin's stays on.
    void maintenanceOfAnInterruptedRun_data()
    {
        QTest::addColumn<QString>("lastDone");
        QTest::addColumn<QString>("runningStep");
        QTest::addColumn<bool>("onAfter");
        QTest::newRow("during setup-upgrade") << "clear-generated"
                                              << "setup-upgrade" << false;
        QTest::newRow("during maintenance-on") << "preflight"
                                               << "maintenance-on" << false;
        QTest::newRow("between steps") << "clear-generated" << QString() << false;
        QTest::newRow("during the backup") << "preflight"
                                           << "backup" << true;
        QTest::newRow("after maintenance-off") << "maintenance-off"
                                               << "smoke-test" << true;
    }

    void maintenanceOfAnInterruptedRun()
    {
        QFETCH(QString, lastDone);
        QFETCH(QString, runningStep);
        QFETCH(bool, onAfter);
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QJsonArray steps;
        bool done = true;
        for (const char *id : {"preflight", "backup", "maintenance-on", "session-permissions",
                               "clear-generated", "composer-update", "setup-upgrade", "di-compile",
                               "static-deploy", "cache-enable", "maintenance-off", "smoke-test"}) {
            const QString step = QLatin1String(id);
            const QString status =
                !done ? QStringLiteral("pending")
                : step == QLatin1String("backup") || step == QLatin1String("composer-update")
                    ? QStringLiteral("skipped")
                    : QStringLiteral("done");
            steps.append(QJsonObject{{QLatin1String("id"), step}, {QLatin1String("status"), status}});
            done = done && step != lastDone;
        }
        const QJsonObject journal{
            {QLatin1String("runId"), QStringLiteral("interrupted")},
            {QLatin1String("store"), root},
            {QLatin1String("result"), QStringLiteral("failed")},
            {QLatin1String("startedAt"), QStringLiteral("2026-01-01T10:00:00Z")},
            {QLatin1String("steps"), steps},
            {QLatin1String("maintenance"),
             QJsonObject{{QLatin1String("before"), false}, {QLatin1String("after"), QJsonValue()}}},
            {QLatin1String("runningStep"), runningStep.isEmpty() ? QJsonValue() : QJsonValue(runningStep)}};
        writeFile(root, QStringLiteral("var/.upgrade-assistant.journal.json"),
                  QJsonDocument(journal).toJson());
        writeFile(root, QStringLiteral("var/.maintenance.flag"), "");
        const Run r = runUpgrade(root, quickOptions());
        QVERIFY2(r.exitCode == 0, qPrintable(r.record.message));
        QCOMPARE(maintenanceOn(root), onAfter);
        QCOMPARE(r.record.maintenanceBefore, std::optional<bool>(onAfter));
        QCOMPARE(r.text.join(QLatin1Char('\n')).contains(QLatin1String("An earlier run did not finish")),
                 !onAfter);
    }

    void destroyingTheControllerMidRunDoesNotHang()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(root, R"({"slow": {"setup:upgrade": 200}})");
        QElapsedTimer clock;
        clock.start();
        {
            UpgradeController controller;
            bool upgrading = false;
            connect(&controller, &UpgradeController::stepStarted, this, [&](int, const QString &id) {
                upgrading = upgrading || id == QLatin1String("setup-upgrade");
            });
            controller.start({root, quickOptions()});
            QTRY_VERIFY_WITH_TIMEOUT(upgrading, 30000);
        } // cancels and waits
        QVERIFY(clock.elapsed() < 40000);
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/.upgrade-assistant.lock")));
    }

    void secretsInErrorsAreMaskedEverywhere()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        setSwitches(
            root,
            R"({"fail": {"setup:upgrade": "SQLSTATE[28000] Access denied for user magento using password demo-secret-password"}})");
        UpgradeOptions options = quickOptions();
        options.reportFile = dir.path() + QStringLiteral("/report.json");
        const Run r = runUpgrade(root, options);
        QCOMPARE(r.exitCode, 1);
        const QByteArray secret("demo-secret-password");
        QVERIFY(!readFile(options.reportFile).contains(secret));
        QVERIFY(!readFile(root + QStringLiteral("/var/.upgrade-assistant.journal.json")).contains(secret));
        QVERIFY(!readFile(r.record.logPath).contains(secret));
        QVERIFY(!r.record.message.contains(QLatin1String(secret)));
        QVERIFY(!r.text.join(QLatin1Char('\n')).contains(QLatin1String(secret)));
        QVERIFY2(readFile(r.record.logPath).contains("Access denied"), qPrintable(r.record.logPath));
    }

    // The issue: a database password that is a common word ("magento") masked that word everywhere,
    // garbling "php bin/magento" and the next command. It is masked only where it is a value.
    void wordLikePasswordDoesNotGarbleCommands()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/magento-shop");
        QString error;
        QVERIFY2(DemoStore::create(root, QStringLiteral("2.4"), &error), qPrintable(error));
        const QString envPath = root + QStringLiteral("/app/etc/env.php");
        QByteArray env = readFile(envPath);
        QVERIFY(env.contains("'demo-secret-password'"));
        env.replace("'demo-secret-password'", "'magento'");
        QVERIFY(writeFile(root, QStringLiteral("app/etc/env.php"), env));
        setSwitches(
            root,
            R"({"fail": {"setup:upgrade": "SQLSTATE[28000] connecting with password=magento failed"}})");
        UpgradeOptions options = quickOptions();
        options.reportFile = dir.path() + QStringLiteral("/report.json");
        const Run r = runUpgrade(root, options);
        QCOMPARE(r.exitCode, 1);
        const QString canonical = QFileInfo(root).canonicalFilePath();
        QCOMPARE(r.record.nextCommand,
                 QStringLiteral("magento-upgrade-assistant upgrade %1 --yes --resume").arg(canonical));
        const QJsonObject report = QJsonDocument::fromJson(readFile(options.reportFile)).object();
        QCOMPARE(report.value(QLatin1String("nextCommand")).toString(), r.record.nextCommand);
        const QByteArray log = readFile(r.record.logPath);
        QVERIFY2(log.contains("$ php bin/magento setup:upgrade"), log.constData());
        QVERIFY(log.contains(QStringLiteral("Next: %1").arg(r.record.nextCommand).toUtf8()));
        QVERIFY(!log.contains("bin/********") && !log.contains("********-"));
        // Where it is a value, it is masked.
        QVERIFY(log.contains("password=******** failed"));
        QVERIFY(!log.contains("password=magento"));
        QVERIFY(!r.text.join(QLatin1Char('\n')).contains(QLatin1String("password=magento")));
    }

    // The issue's loss: 'MAGE_MODE' => getenv('MAGE_MODE') ?: 'production' in env.php was read as
    // default mode: generated/ and pub/static emptied, di-compile and static-deploy skipped, "succeeded".
    // Magento is asked (deploy:mode:show, evaluated with the environment bin/magento runs in), and the
    // report says what decided.
    void computedProductionModeCompilesAndDeploys()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        const QByteArray env = setMageMode(root, "getenv('MAGE_MODE') ?: 'production'");
        QVERIFY(!env.isEmpty());
        UpgradeOptions options = quickOptions();
        options.reportFile = dir.path() + QStringLiteral("/report.json");
        const Run r = runUpgrade(root, options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.record.message));
        const QMap<QString, QString> s = statuses(r.record);
        QCOMPARE(s.value(QStringLiteral("di-compile")), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("static-deploy")), QStringLiteral("done"));
        QVERIFY(countFiles(root + QStringLiteral("/generated/code")) > 0);
        QVERIFY(QFile::exists(root + QStringLiteral("/pub/static/deployed_version.txt")));
        const QJsonObject mode = QJsonDocument::fromJson(readFile(options.reportFile))
                                     .object()
                                     .value(QLatin1String("deployMode"))
                                     .toObject();
        QCOMPARE(mode.value(QLatin1String("mode")).toString(), QStringLiteral("production"));
        QCOMPARE(mode.value(QLatin1String("source")).toString(),
                 QStringLiteral("bin/magento deploy:mode:show"));
        QVERIFY(readFile(r.record.logPath).contains("deploy:mode:show"));

        // With MAGE_MODE=developer where bin/magento runs, env.php says developer, and so does Magento.
        // (cache:enable rewrote env.php with the values PHP computed, as Magento's config writer does.)
        QVERIFY(readFile(root + QStringLiteral("/app/etc/env.php")).contains("'MAGE_MODE' => 'production'"));
        QVERIFY(writeFile(root, QStringLiteral("app/etc/env.php"), env));
        qputenv("MAGE_MODE", "developer");
        const Run dev = runUpgrade(root, options);
        qunsetenv("MAGE_MODE");
        QVERIFY2(dev.exitCode == 0, qPrintable(dev.record.message));
        QCOMPARE(statuses(dev.record).value(QStringLiteral("di-compile")), QStringLiteral("skipped"));
        QCOMPARE(dev.record.deployMode, QStringLiteral("developer"));
        QCOMPARE(dev.record.deployModeSource, QStringLiteral("bin/magento deploy:mode:show"));
    }

    // MAGE_MODE in the assistant's environment overrides env.php for every bin/magento it starts, not
    // for the web server: the readiness check warns when the two differ.
    void mageModeVariableIsAWarning()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir); // developer mode in env.php
        qputenv("MAGE_MODE", "production");
        const StoreActions::Readiness r = StoreActions::readiness(root, quickOptions());
        qunsetenv("MAGE_MODE");
        const auto warning = std::find_if(r.checks.begin(), r.checks.end(), [](const PreflightCheck &c) {
            return c.id == QLatin1String("mage-mode");
        });
        QVERIFY(warning != r.checks.end());
        QCOMPARE(warning->level, PreflightCheck::Level::Warning);
        QVERIFY2(warning->message.contains(QLatin1String("MAGE_MODE=production")),
                 qPrintable(warning->message));
        const StoreActions::Readiness quiet = StoreActions::readiness(root, quickOptions());
        QVERIFY(std::none_of(quiet.checks.begin(), quiet.checks.end(),
                             [](const PreflightCheck &c) { return c.id == QLatin1String("mage-mode"); }));
    }

    // When Magento cannot say the mode, the run is refused before anything changes: never guessed.
    void unknownComputedModeIsRefused()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QVERIFY(!setMageMode(root, "getenv('MAGE_MODE') ?: 'production'").isEmpty());
        setSwitches(root, R"({"fail": {"deploy:mode:show": "The store configuration cannot be read."}})");
        const int before = countFiles(root + QStringLiteral("/generated/code"));
        const Run r = runUpgrade(root, quickOptions());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.record.failedStep, QStringLiteral("preflight"));
        QVERIFY2(r.record.message.contains(QLatin1String("computes MAGE_MODE")) &&
                     r.record.message.contains(QLatin1String("The store configuration cannot be read")) &&
                     r.record.message.contains(QLatin1String("does not guess")),
                 qPrintable(r.record.message));
        QVERIFY(!maintenanceOn(root));
        QCOMPARE(countFiles(root + QStringLiteral("/generated/code")), before);
        QVERIFY(r.record.deployMode.isEmpty());
    }

    void symlinkedRootIsResolved()
    {
        QTemporaryDir dir;
        const QString release = dir.path() + QStringLiteral("/releases/1");
        QString error;
        QVERIFY2(DemoStore::create(release, QStringLiteral("2.4"), &error), qPrintable(error));
        const QString current = dir.path() + QStringLiteral("/current");
        QVERIFY(QFile::link(release, current));
        const Run r = runUpgrade(current, quickOptions());
        QVERIFY2(r.exitCode == 0, qPrintable(r.record.message));
        QCOMPARE(r.record.store, QFileInfo(release).canonicalFilePath());
    }

    void maintenanceOffFromTheWizardRespectsTheLock()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        writeFile(root, QStringLiteral("var/.maintenance.flag"), "");
        StoreLock held(root);
        QString message;
        QCOMPARE(held.acquire(false, &message), StoreLock::Result::Acquired);
        const StoreActions::Result r = StoreActions::disableMaintenance(root, quickOptions());
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("Another run holds the store's lock")),
                 qPrintable(r.message));
        QVERIFY(maintenanceOn(root));
        held.release();
        QVERIFY(StoreActions::disableMaintenance(root, quickOptions()).ok);
        QVERIFY(!maintenanceOn(root));
    }

    void clearGeneratedLeavesNoTrash_data()
    {
        QTest::addColumn<QString>("era");
        QTest::newRow("2.1") << QStringLiteral("2.1");
        QTest::newRow("2.4") << QStringLiteral("2.4");
    }

    void clearGeneratedLeavesNoTrash()
    {
        QFETCH(QString, era);
        QTemporaryDir dir;
        const QString root = makeStore(dir, era);
        const QStringList dirs = StoreInspector::inspect(root).codeGenerationDirs;
        QCOMPARE(dirs.size(), 2);
        QVERIFY2(countFiles(root + QLatin1Char('/') + dirs[0]) > 0, qPrintable(dirs[0]));
        QVERIFY(::chmod(QFile::encodeName(root + QLatin1Char('/') + dirs[0]).constData(), 02775) == 0);
        QVERIFY(QDir(root).mkpath(dirs[1]));
        QVERIFY(::chmod(QFile::encodeName(root + QLatin1Char('/') + dirs[1]).constData(), 0751) == 0);

        const Run r = runUpgrade(root, quickOptions());
        QVERIFY2(r.exitCode == 0,
                 qPrintable(r.record.message + QLatin1Char('\n') + r.text.join(QLatin1Char('\n'))));
        QCOMPARE(statuses(r.record).value(QStringLiteral("clear-generated")), QStringLiteral("done"));
        QCOMPARE(trashIn(root), QStringList());
        QVERIFY2(QFileInfo(root + QLatin1Char('/') + dirs[0]).isDir(), qPrintable(dirs[0]));
        QCOMPARE(countFiles(root + QLatin1Char('/') + dirs[0]), 0);
        QCOMPARE(modeOf(root + QLatin1Char('/') + dirs[0]), 02775);
        QVERIFY2(QFileInfo(root + QLatin1Char('/') + dirs[1]).isDir(), qPrintable(dirs[1]));
        QCOMPARE(countFiles(root + QLatin1Char('/') + dirs[1]), 0);
        QCOMPARE(modeOf(root + QLatin1Char('/') + dirs[1]), 0751);
        // Nothing is left for a next run to delete.
        const QJsonObject journal = journalOf(root);
        QCOMPARE(journal.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QVERIFY(journal.value(QLatin1String("movedAside")).isArray());
        QCOMPARE(journal.value(QLatin1String("movedAside")).toArray().size(), 0);
        QCOMPARE(r.record.movedAside, QStringList());
    }

    void leftoversOfAnInterruptedRunAreDeleted()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        // Found by its name next to generated/code, and listed in no journal.
        const QString byName = QStringLiteral("generated/.upgrade-assistant-trash.code.20260101T000000000-1");
        QVERIFY(
            writeFile(root, byName + QStringLiteral("/Vendor/Module/Model/Interceptor.php"), "<?php // 1\n"));
        QVERIFY(writeFile(root, byName + QStringLiteral("/Vendor/Module/Model/Proxy.php"), "<?php // 2\n"));
        QVERIFY(writeFile(root, byName + QStringLiteral("/Magento/Factory.php"), "<?php // 3\n"));
        // Listed in the journal only: var/generation of the days the store was a 2.1.
        const QString listed = QStringLiteral("var/.upgrade-assistant-trash.generation.20260101T000000000-2");
        QVERIFY(writeFile(root, listed + QStringLiteral("/Magento/Old/Proxy.php"), "<?php // old\n"));
        // A journal that names folders that are not ours, or gone, as well.
        QVERIFY(writeFile(root, QStringLiteral("app/etc/keep-me.txt"), "not moved aside\n"));
        QJsonObject journal{{QStringLiteral("result"), QStringLiteral("succeeded")},
                            {QStringLiteral("steps"), QJsonArray()},
                            {QStringLiteral("movedAside"),
                             QJsonArray{listed, QStringLiteral("app/etc"),
                                        QStringLiteral("generated/.upgrade-assistant-trash.code.gone-3")}}};
        QVERIFY(writeFile(root, QStringLiteral("var/.upgrade-assistant.journal.json"),
                          QJsonDocument(journal).toJson()));
        const QStringList dirs = StoreInspector::inspect(root).codeGenerationDirs;
        QCOMPARE(dirs, QStringList({QStringLiteral("generated/code"), QStringLiteral("generated/metadata")}));
        qint64 expected = entriesBelow(root, byName) + entriesBelow(root, listed);
        QCOMPARE(expected, (3 + 4) + (1 + 2)); // files and folders below each
        for (const QString &d : dirs)
            expected += entriesBelow(root, d);

        const Run r = runUpgrade(root, quickOptions());
        QVERIFY2(r.exitCode == 0,
                 qPrintable(r.record.message + QLatin1Char('\n') + r.text.join(QLatin1Char('\n'))));
        QVERIFY(!QFileInfo::exists(root + QLatin1Char('/') + byName));
        QVERIFY(!QFileInfo::exists(root + QLatin1Char('/') + listed));
        QCOMPARE(trashIn(root), QStringList());
        QCOMPARE(readFile(root + QStringLiteral("/app/etc/keep-me.txt")), QByteArray("not moved aside\n"));
        QVERIFY(QFileInfo(root + QStringLiteral("/app/etc/env.php")).isFile());
        QCOMPARE(journalOf(root).value(QLatin1String("movedAside")).toArray().size(), 0);

        const QString text = r.text.join(QLatin1Char('\n'));
        const QString deleting =
            QStringLiteral("Deleting 2 folders that an earlier run moved aside, in the background: %1, %2")
                .arg(byName, listed);
        QVERIFY2(r.text.contains(deleting), qPrintable(text));
        const QRegularExpression deleted(
            QStringLiteral("Deleted %1 entries that were moved aside\\.").arg(expected));
        QVERIFY2(text.contains(deleted), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("could not be deleted")), qPrintable(text));
        // The log file says the same.
        const QByteArray log = readFile(r.record.logPath);
        QVERIFY2(log.contains(deleting.toUtf8()), log.constData());
    }

    void logAndReportSayWhatWasMovedAside()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        const QStringList dirs = StoreInspector::inspect(root).codeGenerationDirs;
        QCOMPARE(dirs, QStringList({QStringLiteral("generated/code"), QStringLiteral("generated/metadata")}));
        QVERIFY(writeFile(root, QStringLiteral("generated/metadata/global.php"), "<?php return [];\n"));
        const qint64 expected = entriesBelow(root, dirs[0]) + entriesBelow(root, dirs[1]);
        QVERIFY(expected > 1);
        UpgradeOptions options = quickOptions();
        options.reportFile = dir.path() + QStringLiteral("/report.json");

        const Run r = runUpgrade(root, options);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(r.record.message + QLatin1Char('\n') + r.text.join(QLatin1Char('\n'))));
        const QString text = r.text.join(QLatin1Char('\n'));
        const QByteArray log = readFile(r.record.logPath);
        for (const QString &d : dirs) {
            const QString moved =
                d +
                QStringLiteral(": moved aside in one rename; its old contents are deleted in the background");
            QVERIFY2(r.text.contains(moved), qPrintable(text));
            QVERIFY2(log.contains(moved.toUtf8()), log.constData());
        }
        const QRegularExpression deleted(
            QStringLiteral("Deleted %1 entries that were moved aside\\.").arg(expected));
        QVERIFY2(text.contains(deleted), qPrintable(text));
        QVERIFY2(QString::fromUtf8(log).contains(deleted), log.constData());
        QVERIFY2(!text.contains(QLatin1String("Emptying it in place")), qPrintable(text));

        const QJsonObject report = QJsonDocument::fromJson(readFile(options.reportFile)).object();
        const QString detail = stepDetail(report, QStringLiteral("clear-generated"));
        QVERIFY2(detail.contains(QLatin1String("moving the contents aside")), qPrintable(detail));
        for (const QString &d : dirs)
            QVERIFY2(detail.contains(d), qPrintable(detail));
        QCOMPARE(r.record.step(QStringLiteral("clear-generated"))->detail, detail);
    }

    void asideRemoverCancelsAndALaterOneFinishes()
    {
        constexpr int Count = 20000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        const QString aside = QStringLiteral("generated/.upgrade-assistant-trash.code.20260101T000000000-1");
        QVERIFY(QDir(root).mkpath(aside + QStringLiteral("/Wide")));
        QVERIFY(writeFile(root, QStringLiteral("var/source.php"), QByteArray(10, 's')));
        QVERIFY(makeLinks(root + QLatin1Char('/') + aside + QStringLiteral("/Wide"), Count,
                          root + QStringLiteral("/var/source.php")));
        const qint64 total = Count + 1; // the links and Wide
        QCOMPARE(entriesBelow(root, aside), total);
        const LocalRunner runner(root, RunnerSettings());

        FileOpReport first;
        {
            AsideRemover remover(runner);
            remover.add(aside);
            QCOMPARE(remover.pending(), QStringList{aside});
            const std::atomic_bool cancel{true};
            first = remover.wait(&cancel);
            QVERIFY(first.cancelled);
            QVERIFY(!first.ok());
            QCOMPARE(first.failedCount, 0);
            QCOMPARE(remover.pending(), QStringList{aside});
        } // stops and joins its thread; the folder stays
        QVERIFY(QFileInfo(root + QLatin1Char('/') + aside).isDir());
        QVERIFY2(first.entries < total, qPrintable(QString::number(first.entries)));
        QCOMPARE(entriesBelow(root, aside), total - first.entries);

        AsideRemover later(runner);
        later.add(aside);
        later.add(aside); // once is enough
        QCOMPARE(later.pending(), QStringList{aside});
        const std::atomic_bool go{false};
        const FileOpReport rest = later.wait(&go);
        QVERIFY2(rest.ok(), qPrintable(rest.error + rest.failed.join(QLatin1Char('\n'))));
        QCOMPARE(first.entries + rest.entries, total);
        QCOMPARE(later.pending(), QStringList());
        QVERIFY(!QFileInfo::exists(root + QLatin1Char('/') + aside));
        QCOMPARE(QDir(root + QStringLiteral("/generated"))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/var/source.php")));
        // Nothing more to wait for.
        const FileOpReport none = later.wait(nullptr);
        QVERIFY(none.ok());
        QCOMPARE(none.entries, 0);
    }

    void notAStore()
    {
        QTemporaryDir dir;
        const Run r = runUpgrade(dir.path(), quickOptions());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.record.result, RunResult::Refused);
        QVERIFY(r.record.message.contains(QLatin1String("is not a Magento 2 store")));
    }
};

QTEST_GUILESS_MAIN(TestUpgradeWorker)
#include "tst_upgradeworker.moc"
