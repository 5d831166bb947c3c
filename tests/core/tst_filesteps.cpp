// SessionPermissionsStep and ClearGeneratedStep on a sandbox store: when each applies and why not,
// what the plan says they touch (counted from the tree), and what they do to it.
#include "core/fs/fileops.h"
#include "core/steps/filesteps.h"
#include "tests/support/stepfixture.h"

#include <QDirIterator>
#include <QtTest>

#include <sys/stat.h>

using namespace mua;
using mua::test::StepFixture;

namespace {

// Entries below dir (dir itself not counted), and the bytes of its regular files; links not followed.
TreeStats countTree(const QString &dir)
{
    TreeStats t;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink())
            ++t.folders;
        else
            ++t.files;
        if (info.isFile() && !info.isSymLink())
            t.bytes += info.size();
    }
    return t;
}

bool replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray text = mua::test::readFile(path);
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

QString sessions(const StepFixture &f)
{
    return f.path(QStringLiteral("var/session"));
}

} // namespace

class TestFileSteps : public QObject
{
    Q_OBJECT

private slots:
    void sessionStepApplies()
    {
        StepFixture f;
        QVERIFY(f.store.varSessionFiles > 0);
        const Applicability a = SessionPermissionsStep().applies(f.context());
        QVERIFY2(a.applies, qPrintable(a.reason));
        QVERIFY(a.reason.isEmpty());
    }

    // Each reason names what it found.
    void sessionStepSkipped_data()
    {
        QTest::addColumn<QByteArray>("session"); // env.php's session entries instead of 'save' => 'files'
        QTest::addColumn<QString>("change");     // what else the test does to the store
        QTest::addColumn<QString>("reason");
        QTest::newRow("redis") << QByteArray("'save' => 'redis'") << ""
                               << "sessions are in Redis";
        QTest::newRow("valkey") << QByteArray("'save' => 'valkey'") << ""
                                << "sessions are in Valkey";
        QTest::newRow("database") << QByteArray("'save' => 'db'") << ""
                                  << "sessions are in the database";
        QTest::newRow("memcache") << QByteArray("'save' => 'memcache'") << ""
                                  << "sessions are in Memcached";
        QTest::newRow("another storage") << QByteArray("'save' => 'mongo'") << ""
                                         << "sessions are in mongo";
        QTest::newRow("another folder")
            << QByteArray("'save' => 'files', 'save_path' => '/var/lib/php/sessions'") << ""
            << "save_path is /var/lib/php/sessions";
        QTest::newRow("a link") << QByteArray("'save' => 'files'") << "link"
                                << "var/session is a symbolic link; the assistant does not follow it";
        QTest::newRow("empty") << QByteArray("'save' => 'files'") << "empty"
                               << "var/session is empty";
    }

    void sessionStepSkipped()
    {
        QFETCH(QByteArray, session);
        QFETCH(QString, change);
        QFETCH(QString, reason);
        StepFixture f;
        QVERIFY(replaceInFile(f.store.envPhpPath(), "'save' => 'files'", session));
        if (change == QLatin1String("link")) {
            QVERIFY(QDir(sessions(f)).removeRecursively());
            QVERIFY(QDir().mkpath(f.path(QStringLiteral("elsewhere"))));
            QVERIFY(mua::test::writeFile(f.root, QStringLiteral("elsewhere/sess_1"), "x"));
            QVERIFY(mua::test::makeLink(f.path(QStringLiteral("elsewhere")), sessions(f)));
        } else if (change == QLatin1String("empty")) {
            QVERIFY(QDir(sessions(f)).removeRecursively());
            QVERIFY(QDir().mkpath(sessions(f)));
        }
        f.reinspect();
        const Applicability a = SessionPermissionsStep().applies(f.context());
        QVERIFY(!a.applies);
        QCOMPARE(a.reason, reason);
    }

    // The plan counts var/session and everything in it, as the step will change them.
    void sessionStepPreview()
    {
        StepFixture f;
        QVERIFY(QDir().mkpath(sessions(f) + QStringLiteral("/sub")));
        QVERIFY(mua::test::writeFile(sessions(f), QStringLiteral("sub/sess_nested"), "x"));
        const TreeStats t = countTree(sessions(f));
        const StepPreview p = SessionPermissionsStep().preview(f.context());
        QCOMPARE(p.entries, t.files + t.folders + 1);
        QVERIFY2(p.summary.contains(QString::number(t.files + t.folders)), qPrintable(p.summary));
        QCOMPARE(p.bytes, qint64(-1));
        QVERIFY(p.commands.isEmpty());
        QVERIFY(p.problem.isEmpty());
    }

    // 770 on the folder and everything in it; a link inside is not followed.
    void sessionStepRun()
    {
        StepFixture f;
        QVERIFY(QDir().mkpath(sessions(f) + QStringLiteral("/sub")));
        QVERIFY(mua::test::writeFile(sessions(f), QStringLiteral("sub/sess_nested"), "x"));
        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("outside.txt"), "not a session"));
        QVERIFY(QFile::setPermissions(f.path(QStringLiteral("outside.txt")), QFile::ReadOwner));
        QVERIFY(mua::test::makeLink(f.path(QStringLiteral("outside.txt")),
                                    sessions(f) + QStringLiteral("/link")));
        const int outsideMode = mua::test::modeOf(f.path(QStringLiteral("outside.txt")));
        const TreeStats t = countTree(sessions(f));

        StepContext ctx = f.context();
        const StepOutcome o = SessionPermissionsStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Done);
        QVERIFY(o.error.isEmpty());
        // The folder and every entry but the link, which is not changed.
        QVERIFY2(o.detail.contains(QString::number(t.files + t.folders)), qPrintable(o.detail));
        QCOMPARE(mua::test::modeOf(sessions(f)), 0770);
        QDirIterator it(sessions(f), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                        QDirIterator::Subdirectories);
        int changed = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (mua::test::isLink(path))
                continue;
            QCOMPARE(mua::test::modeOf(path), 0770);
            ++changed;
        }
        QVERIFY(changed >= 3);
        QCOMPARE(mua::test::modeOf(f.path(QStringLiteral("outside.txt"))), outsideMode);
    }

    // Every entry below each code-generation folder, and their bytes, as the plan says them.
    void clearPreview_data()
    {
        QTest::addColumn<QString>("era");
        QTest::addColumn<QStringList>("dirs");
        QTest::newRow("2.4") << "2.4"
                             << QStringList{QStringLiteral("generated/code"),
                                            QStringLiteral("generated/metadata")};
        QTest::newRow("2.1") << "2.1"
                             << QStringList{QStringLiteral("var/generation"), QStringLiteral("var/di")};
    }

    void clearPreview()
    {
        QFETCH(QString, era);
        QFETCH(QStringList, dirs);
        StepFixture f(era);
        QCOMPARE(f.store.codeGenerationDirs, dirs);
        TreeStats total;
        for (const QString &dir : dirs) {
            const TreeStats t = countTree(f.path(dir));
            total.files += t.files;
            total.folders += t.folders;
            total.bytes += t.bytes;
        }
        QVERIFY(total.files > 0);
        const StepPreview p = ClearGeneratedStep().preview(f.context());
        QCOMPARE(p.entries, total.files + total.folders);
        QCOMPARE(p.bytes, total.bytes);
        for (const QString &dir : dirs)
            QVERIFY2(p.summary.contains(dir), qPrintable(p.summary));
        QVERIFY2(p.summary.contains(QString::number(p.entries)), qPrintable(p.summary));
        QVERIFY(ClearGeneratedStep().applies(f.context()).applies);
    }

    // On a network share the plan says the cost, and the runner that does it on the server.
    void clearPreviewOnANetworkShare()
    {
        StepFixture f;
        const QString local = ClearGeneratedStep().preview(f.context()).summary;
        f.store.networkFilesystem = true;
        f.store.filesystem = QStringLiteral("nfs4");
        const QString share = ClearGeneratedStep().preview(f.context()).summary;
        QVERIFY2(share.startsWith(local), qPrintable(share));
        QVERIFY2(share.contains(QLatin1String("nfs4")), qPrintable(share));
        QVERIFY2(share.contains(Wording::current().runner(RunnerKind::Ssh)), qPrintable(share));
        QVERIFY(!local.contains(QLatin1String("nfs4")));
    }

    // Without a background remover: emptied in place, the folders and their modes stay.
    void clearInPlace()
    {
        StepFixture f;
        QCOMPARE(::chmod(QFile::encodeName(f.path(QStringLiteral("generated/code"))).constData(), 02775), 0);
        const TreeStats before = countTree(f.path(QStringLiteral("generated/code")));
        const TreeStats metadata = countTree(f.path(QStringLiteral("generated/metadata")));
        StepContext ctx = f.context();
        const StepOutcome o = ClearGeneratedStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Done);
        for (const QString &dir : f.store.codeGenerationDirs) {
            QVERIFY2(QFileInfo(f.path(dir)).isDir(), qPrintable(dir));
            QVERIFY2(QDir(f.path(dir))
                         .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                     qPrintable(dir));
        }
        QCOMPARE(mua::test::modeOf(f.path(QStringLiteral("generated/code"))), 02775);
        const qint64 removed = before.files + before.folders + metadata.files + metadata.folders;
        QVERIFY2(o.detail.contains(QString::number(removed)), qPrintable(o.detail));
        QVERIFY(FileOps::findAside(f.root, f.store.codeGenerationDirs).isEmpty());
    }

    // With one: each folder moved aside in one rename and handed over for deletion; an empty one is
    // said to be empty and not moved.
    void clearByMovingAside()
    {
        StepFixture f;
        QVERIFY(QDir(f.path(QStringLiteral("generated/metadata"))).removeRecursively());
        QVERIFY(QDir().mkpath(f.path(QStringLiteral("generated/metadata"))));
        const TreeStats before = countTree(f.path(QStringLiteral("generated/code")));
        QStringList handedOver;
        StepContext ctx = f.context();
        ctx.removeLater = [&handedOver](const QString &aside) { handedOver << aside; };
        const StepOutcome o = ClearGeneratedStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Done);
        QCOMPARE(handedOver.size(), 1);
        QCOMPARE(FileOps::findAside(f.root, f.store.codeGenerationDirs), handedOver);
        // The old contents, whole, wait there for the background deletion.
        QCOMPARE(countTree(f.path(handedOver.first())).files, before.files);
        QVERIFY(QDir(f.path(QStringLiteral("generated/code"))).isEmpty());
        QVERIFY2(o.detail.contains(QLatin1String("generated/code")), qPrintable(o.detail));
        const QString log = f.logged.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("generated/code: moved aside")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("generated/metadata: empty already")), qPrintable(log));
    }

    // A code-generation folder that is a link: nothing is deleted through it, and the step fails.
    void clearRefusesALink()
    {
        StepFixture f;
        const QString elsewhere = f.path(QStringLiteral("elsewhere"));
        QVERIFY(QDir().rename(f.path(QStringLiteral("generated/code")), elsewhere));
        QVERIFY(mua::test::makeLink(elsewhere, f.path(QStringLiteral("generated/code"))));
        const TreeStats before = countTree(elsewhere);
        for (const bool aside : {true, false}) {
            StepContext ctx = f.context();
            if (aside)
                ctx.removeLater = [](const QString &) {};
            const StepOutcome o = ClearGeneratedStep().run(ctx);
            QCOMPARE(o.status, StepStatus::Failed);
            QVERIFY2(o.error.contains(QLatin1String("generated/code")), qPrintable(o.error));
            QCOMPARE(countTree(elsewhere).files, before.files);
            QVERIFY(mua::test::isLink(f.path(QStringLiteral("generated/code"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestFileSteps)
#include "tst_filesteps.moc"
