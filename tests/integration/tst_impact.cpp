// The impact report (issue 19, cli.md "impact"), against the real Composer and a Composer repository on
// disk, offline: a store customised as ImpactFixture does (a theme, a module, a required vendor module)
// moved from 2.4.7 to 2.4.8. Every kind of finding is found, nothing that does not change is flagged
// (tests/integration/data/impact-2.4.7-2.4.8.json, the golden report), the store is not changed, the
// HTML page shows the same findings, a second report reuses the install, and plan mentions its counts.
#include "tests/support/composerrepo.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace mua::test;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(MUA_TEST_SOURCE_DIR "/integration/data/") + QLatin1String(name);
}

// Every file of the store but vendor/ and var/, with its content and mode.
QByteArray storeChecksum(const QString &root)
{
    QByteArray sum = ComposerRepo::codeChecksum(root);
    for (const char *folder : {"app", "bin", "pub"})
        sum += ' ' + treeChecksum(root + QLatin1Char('/') + QLatin1String(folder));
    return sum;
}

} // namespace

class TestImpact : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QProcessEnvironment m_env;

    ProgramResult impact(const QStringList &extra)
    {
        return runProgram(QStringList{QStringLiteral("impact"), m_root, QStringLiteral("--target-version"),
                                      QStringLiteral("2.4.8")} +
                              extra,
                          300000, m_env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ComposerRepo::StoreOptions options;
        options.customised = true;
        m_root = ComposerRepo::makeStore(m_dir.path(), options);
        m_env = QProcessEnvironment::systemEnvironment();
        // The scratch install goes to our cache folder: the test's own.
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.path() + QStringLiteral("/cache"));
    }

    void findsEveryKindAndNothingElse()
    {
        const QByteArray before = storeChecksum(m_root);
        const QString html = m_dir.path() + QStringLiteral("/impact.html");
        const ProgramResult r = impact({QStringLiteral("--json"), QStringLiteral("--html"), html});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject golden =
            QJsonDocument::fromJson(readFile(dataFile("impact-2.4.7-2.4.8.json"))).object();
        if (report != golden) { // what was found, to compare with the golden file by hand
            const QString actual = QDir::tempPath() + QStringLiteral("/impact-2.4.7-2.4.8.actual.json");
            writeFile(QDir::tempPath(), QStringLiteral("impact-2.4.7-2.4.8.actual.json"), r.out);
            qWarning("the report differs from the golden one; it is in %s", qPrintable(actual));
        }
        QVERIFY(!golden.isEmpty());
        // Finding by finding, so a difference names the finding.
        const QJsonArray found = report.value(QLatin1String("findings")).toArray();
        const QJsonArray expected = golden.value(QLatin1String("findings")).toArray();
        for (int i = 0; i < std::max(found.size(), expected.size()); ++i)
            QCOMPARE(
                QString::fromUtf8(QJsonDocument(found.at(i).toObject()).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(expected.at(i).toObject()).toJson(QJsonDocument::Compact)));
        QCOMPARE(report, golden);
        // Every type of finding the contract names is among them, and every level.
        QStringList types;
        for (const QJsonValue &f : found)
            types << f.toObject().value(QLatin1String("type")).toString();
        for (const char *type : {"override", "redundant-override", "preference", "preference-removed",
                                 "plugin", "plugin-target-removed", "db-schema", "setup-patch"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        // The store is as it was.
        QCOMPARE(storeChecksum(m_root), before);
        QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/var/.upgrade-assistant-impact-2.4.8")));
        // The page shows the same findings: each one's store file and vendor file, and its diff.
        const QString page = QString::fromUtf8(readFile(html));
        for (const QJsonValue &f : found) {
            QVERIFY2(page.contains(f.toObject().value(QLatin1String("file")).toString().toHtmlEscaped()),
                     qPrintable(f.toObject().value(QLatin1String("file")).toString()));
            QVERIFY(
                page.contains(f.toObject().value(QLatin1String("vendorFile")).toString().toHtmlEscaped()));
        }
        QVERIFY(page.contains(QStringLiteral("product-sku")));
    }

    void secondReportReusesTheInstall()
    {
        const ProgramResult r = impact({QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("already installed"), r.err.constData());
        QVERIFY(!r.err.contains("Installing magento/"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object(),
                 QJsonDocument::fromJson(readFile(dataFile("impact-2.4.7-2.4.8.json"))).object());
    }

    void planMentionsTheCounts()
    {
        const ProgramResult text = runProgram(
            {QStringLiteral("plan"), m_root, QStringLiteral("--target-version"), QStringLiteral("2.4.8")},
            300000, m_env);
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY2(text.out.contains("Impact report"), text.out.constData());
        const ProgramResult json =
            runProgram({QStringLiteral("plan"), m_root, QStringLiteral("--target-version"),
                        QStringLiteral("2.4.8"), QStringLiteral("--json")},
                       300000, m_env);
        const QJsonObject counts = QJsonDocument::fromJson(json.out)
                                       .object()
                                       .value(QLatin1String("impact"))
                                       .toObject()
                                       .value(QLatin1String("counts"))
                                       .toObject();
        const QJsonObject golden = QJsonDocument::fromJson(readFile(dataFile("impact-2.4.7-2.4.8.json")))
                                       .object()
                                       .value(QLatin1String("counts"))
                                       .toObject();
        QCOMPARE(counts, golden);
    }

    // Ctrl-C while Composer installs the target: Composer is stopped, the keys copied for it are gone,
    // the store is as it was, exit 130.
    void cancelledInOrder()
    {
        writeFile(
            m_root, QStringLiteral("auth.json"),
            "{\"http-basic\": {\"repo.example.com\": {\"username\": \"u\", \"password\": \"secret\"}}}\n");
        const QByteArray before = storeChecksum(m_root);
        // The real Composer, except that an install into the impact folder waits to be stopped.
        const QString composer = m_dir.path() + QStringLiteral("/composer-slow-install");
        writeFile(m_dir.path(), QStringLiteral("composer-slow-install"),
                  "#!/bin/sh\ncase \" $* \" in *\" install \"*impact*) echo installing-slowly; exec sleep "
                  "600;; esac\n"
                  "exec composer \"$@\"\n");
        QFile::setPermissions(composer,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.path() + QStringLiteral("/cache-cancel"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(programPath(), {QStringLiteral("impact"), m_root, QStringLiteral("--target-version"),
                                QStringLiteral("2.4.8"), QStringLiteral("--composer"), composer});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += p.readAllStandardError(), err.contains("Installing what the move installs")), 120000);
        QTest::qWait(1000); // Composer has started and copied the keys
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("Cancelled"), err.constData());
        QDirIterator it(m_dir.path() + QStringLiteral("/cache-cancel"), {QStringLiteral("auth.json")},
                        QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
        QCOMPARE(storeChecksum(m_root), before);
        QVERIFY(QFile::remove(m_root + QStringLiteral("/auth.json")));
    }

    void usageAndFailures()
    {
        // Without a target version: a usage error that says what to add.
        ProgramResult r = runProgram({QStringLiteral("impact"), m_root}, 60000, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--target-version"), r.err.constData());
        // Not a store.
        r = runProgram({QStringLiteral("impact"), m_dir.path(), QStringLiteral("--target-version"),
                        QStringLiteral("2.4.8")},
                       60000, m_env);
        QCOMPARE(r.exitCode, 2);
        // A version the repositories do not offer: exit 1 with the readiness check's sentence.
        r = runProgram(
            {QStringLiteral("impact"), m_root, QStringLiteral("--target-version"), QStringLiteral("2.4.20")},
            300000, m_env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("2.4.20"), r.err.constData());
        // --html to a FIFO would stop the report forever: refused before any work.
        const QString fifo = m_dir.path() + QStringLiteral("/fifo");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        r = impact({QStringLiteral("--html"), fifo});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--html"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
