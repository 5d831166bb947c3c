// BackupStep without a database server: when it runs, which runners it refuses and how that is
// said, what it covers, what the plan says it would do (the commands, with no password), and what
// stops it before it writes anything (the database out of reach, a folder inside the store), found
// by check() as Backup::create would find it. A backup of a live database: tst_backup.
#include "cli/cliwording.h"
#include "core/backup/backup.h"
#include "core/backup/database.h"
#include "core/steps/backupstep.h"
#include "tests/support/stepfixture.h"
#include "tests/support/unitsupport.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QtTest>

using namespace mua;
using mua::test::StepFixture;
using mua::test::WordingScope;

namespace {

// The local runner under another kind's name: a runner the backup does not work with.
class KindRunner : public LocalRunner
{
public:
    KindRunner(const QString &root, RunnerKind kind)
        : LocalRunner(root, RunnerSettings())
        , m_kind(kind)
    {}
    RunnerKind kind() const override { return m_kind; }

private:
    RunnerKind m_kind;
};

// Files below dir, recursively.
QStringList filesBelow(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

} // namespace

class TestBackupStep : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void applies()
    {
        StepFixture f;
        const Applicability no = BackupStep().applies(f.context());
        QVERIFY(!no.applies);
        QCOMPARE(no.reason, Wording::current().notChosen(Setting::Backup));
        f.options.backup = true;
        QVERIFY(BackupStep().applies(f.context()).applies);
    }

    // Only the local runner reaches the database; each other runner is named, in the reader's words.
    void runners_data()
    {
        QTest::addColumn<RunnerKind>("kind");
        for (const RunnerKind kind : runnerKinds())
            QTest::addRow("%s", qPrintable(runnerKindWord(kind))) << kind;
    }

    void runners()
    {
        QFETCH(RunnerKind, kind);
        const auto unsupported = [](RunnerKind k) {
            QString why;
            return BackupStep::supportsRunner(k, &why) ? QString() : why;
        };
        if (kind == RunnerKind::Local) {
            QCOMPARE(unsupported(kind), QString());
            return;
        }
        const QString window = unsupported(kind);
        QVERIFY2(window.contains(Wording().runner(kind)), qPrintable(window));
        QVERIFY2(!window.contains(QLatin1String("--")), qPrintable(window));
        {
            const WordingScope cli(&CliWording::instance());
            const QString line = unsupported(kind);
            QVERIFY2(line.contains(CliWording::option(Setting::Backup)), qPrintable(line));
            QVERIFY2(line.contains(CliWording::instance().runner(kind)), qPrintable(line));
        }

        // The plan says it as the problem, the check stops there, and the step fails with it.
        StepFixture f;
        f.options.backup = true;
        f.options.backupDir = m_dir.filePath(QStringLiteral("runners"));
        f.runner = std::make_unique<KindRunner>(f.root, kind);
        const StepPreview p = BackupStep().preview(f.context());
        QCOMPARE(p.problem, window);
        QVERIFY(p.commands.isEmpty());
        const BackupStep::Check c = BackupStep::check(f.context());
        QCOMPARE(c.problem, window);
        QVERIFY(c.database.isEmpty());
        StepContext ctx = f.context();
        const StepOutcome o = BackupStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QCOMPARE(o.error, window);
        QVERIFY(!QFileInfo::exists(f.options.backupDir));
    }

    // Every sentence of what a backup covers and leaves out; pub/media moves from one to the other.
    void coverage()
    {
        for (const bool media : {false, true}) {
            const QString said = BackupStep::coverage(media);
            for (const QString &s : Backup::covered(media) + Backup::notCovered(media))
                QVERIFY2(said.contains(s), qPrintable(s));
        }
        QVERIFY(BackupStep::coverage(true) != BackupStep::coverage(false));
        QVERIFY(Backup::notCovered(false).join(QLatin1Char(' ')).contains(QLatin1String("pub/media")));
        QVERIFY(!Backup::notCovered(true).join(QLatin1Char(' ')).contains(QLatin1String("pub/media")));
    }

    // The database out of reach: the plan names it and says why, and the step writes nothing.
    void databaseOutOfReach()
    {
        StepFixture f;
        const QString socket = m_dir.filePath(QStringLiteral("none.sock"));
        QVERIFY(f.unreachableDatabase(socket));
        f.options.backup = true;
        f.options.backupDir = m_dir.filePath(QStringLiteral("unreachable"));
        QString error;
        const std::optional<DbConnection> connection = DbConnection::fromEnv(f.store.env, &error);
        QVERIFY2(connection, qPrintable(error));

        const BackupStep::Check c = BackupStep::check(f.context());
        QCOMPARE(c.database, connection->name);
        QVERIFY(c.estimate.databaseBytes < 0);
        QVERIFY(c.estimate.codeFiles > 0);
        QCOMPARE(c.problem, c.estimate.databaseError);
        QVERIFY2(c.problem.contains(socket), qPrintable(c.problem));

        const StepPreview p = BackupStep().preview(f.context());
        QCOMPARE(p.problem, c.problem);
        QVERIFY2(p.summary.contains(connection->name) && p.summary.contains(f.options.backupDir),
                 qPrintable(p.summary));
        QVERIFY2(p.summary.contains(BackupStep::coverage(false)), qPrintable(p.summary));
        // The commands: the archive, then the dump, with the option file instead of the password.
        QCOMPARE(p.commands.size(), 2);
        QVERIFY2(p.commands.at(0).contains(Backup::codeArchiveName()), qPrintable(p.commands.at(0)));
        QVERIFY2(p.commands.at(1).contains(connection->name) &&
                     p.commands.at(1).contains(Backup::databaseDumpName()),
                 qPrintable(p.commands.at(1)));
        for (const QString &command : p.commands)
            QVERIFY2(!command.contains(connection->password), qPrintable(command));

        StepContext ctx = f.context();
        const StepOutcome o = BackupStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QCOMPARE(o.error, c.problem);
        QVERIFY(f.record.backup.isEmpty());
        QCOMPARE(filesBelow(f.options.backupDir), QStringList());
    }

    // env.php names no database: the check says so without asking anyone.
    void noDatabaseInEnv()
    {
        StepFixture f;
        QByteArray env = mua::test::readFile(f.store.envPhpPath());
        const qsizetype at = env.indexOf("'dbname' => ");
        QVERIFY(at > 0);
        env.replace(at, qsizetype(qstrlen("'dbname' => ")), "'dbnamex' => ");
        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("app/etc/env.php"), env));
        f.reinspect();
        f.options.backup = true;
        f.options.backupDir = m_dir.filePath(QStringLiteral("nodb"));
        const BackupStep::Check c = BackupStep::check(f.context());
        QVERIFY(c.database.isEmpty());
        QVERIFY2(c.problem.contains(QLatin1String("dbname")), qPrintable(c.problem));
        const StepPreview p = BackupStep().preview(f.context());
        QCOMPARE(p.problem, c.problem);
        QCOMPARE(p.commands.size(), 1); // no dump without a database
    }

    // A backup folder inside the store (where the web server could hand it out): the check finds
    // what Backup::create refuses, so the plan and the wizard say it before the run.
    void folderInsideTheStore()
    {
        StepFixture f;
        QVERIFY(f.unreachableDatabase(m_dir.filePath(QStringLiteral("none.sock"))));
        f.options.backup = true;
        f.options.backupDir = f.path(QStringLiteral("pub/media/backups"));
        StepContext ctx = f.context();
        const StepOutcome o = BackupStep().run(ctx);
        QCOMPARE(o.status, StepStatus::Failed);
        QVERIFY2(o.error.contains(f.options.backupDir), qPrintable(o.error));
        // The setting is named as a whole (not "choose a the backup folder").
        QVERIFY2(o.error.contains(QLatin1Char(' ') + Wording::current().setting(Setting::BackupDir) +
                                  QLatin1Char(' ')),
                 qPrintable(o.error));
        QVERIFY2(!o.error.contains(QLatin1String(" a the ")), qPrintable(o.error));
        const BackupStep::Check c = BackupStep::check(f.context());
        QCOMPARE(c.problem, o.error);
        QCOMPARE(BackupStep().preview(f.context()).problem, o.error);
        QVERIFY(!QFileInfo::exists(f.options.backupDir));

        // Through a link that leads into the store, too.
        QVERIFY(
            mua::test::makeLink(f.path(QStringLiteral("pub")), m_dir.filePath(QStringLiteral("media-link"))));
        f.options.backupDir = m_dir.filePath(QStringLiteral("media-link/backups"));
        QVERIFY2(BackupStep::check(f.context()).problem.contains(f.options.backupDir),
                 qPrintable(BackupStep::check(f.context()).problem));
    }

    // Where the backups go by default: the assistant's own folder, outside the store.
    void defaultFolder()
    {
        StepFixture f;
        f.options.backup = true;
        QVERIFY(f.unreachableDatabase(m_dir.filePath(QStringLiteral("none.sock"))));
        const QString folder = Backup::storeFolder(f.root);
        QVERIFY(!folder.startsWith(f.root));
        QVERIFY2(BackupStep().preview(f.context()).summary.contains(folder), qPrintable(folder));
    }
};

QTEST_GUILESS_MAIN(TestBackupStep)
#include "tst_backupstep.moc"
