// Backups (--backup), rollback and `backups` against a real MariaDB server that this test starts
// itself: a private data folder made by mariadb-install-db, a socket in a temporary folder, no
// network, stopped by its pid at the end (and killed with the test if the test dies).
#include "core/backup/backup.h"
#include "core/backup/rollback.h"
#include "core/run/upgradecontroller.h"
#include "demo/demostore.h"
#include "tests/support/testsupport.h"
#include "tests/support/widgetsupport.h"
#include "ui/common/messages.h"
#include "ui/log/logpane.h"
#include "ui/log/logview.h"
#include "ui/wizard/backuppage.h"
#include "ui/wizard/finishpage.h"
#include "ui/wizard/mainwizard.h"
#include "ui/wizard/readinesspage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/storepage.h"
#include "ui/wizard/upgradepage.h"
#include "ui/wizard/wizardwording.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mua;
using mua::test::jsonFile;
using mua::test::labelsText;
using mua::test::maintenanceOn;
using mua::test::ProgramResult;
using mua::test::readFile;
using mua::test::writeFile;

namespace {

// The database user's password: odd characters for the option file, long enough to be found.
const QString Password = QStringLiteral("Pa55\"w\\rd#x y'z-mua-secret-0815");
const QString User = QStringLiteral("mg");

// A MariaDB server of the test's own.
class MariaDb
{
public:
    ~MariaDb() { stop(); }

    bool start(QString *error)
    {
        // tmpfs when there is one: InnoDB's first start takes seconds on a disk that syncs.
        const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                                : QDir::tempPath();
        m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/mua-mariadb-XXXXXX"));
        if (!m_dir->isValid()) {
            *error = QStringLiteral("cannot make a temporary folder in %1").arg(base);
            return false;
        }
        m_socket = m_dir->filePath(QStringLiteral("mysqld.sock"));
        const QString data = m_dir->filePath(QStringLiteral("data"));
        QStringList common{QStringLiteral("--innodb-buffer-pool-size=32M"),
                           QStringLiteral("--innodb-log-file-size=8M")};
        if (::geteuid() == 0)
            common << QStringLiteral("--user=root");
        const ProgramResult install = mua::test::run(
            QStringLiteral("mariadb-install-db"),
            QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                        QStringLiteral("--auth-root-authentication-method=normal"),
                        QStringLiteral("--skip-test-db"), QStringLiteral("--skip-name-resolve")} +
                common,
            {}, 60000);
        if (install.exitCode != 0 || install.crashed) {
            *error = QStringLiteral("mariadb-install-db failed: ") + install.errText() + install.outText();
            return false;
        }
        m_server.setProgram(QStringLiteral("mariadbd"));
        m_server.setArguments(
            QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                        QStringLiteral("--socket=") + m_socket, QStringLiteral("--skip-networking"),
                        QStringLiteral("--pid-file=") + m_dir->filePath(QStringLiteral("mysqld.pid")),
                        QStringLiteral("--log-error=") + m_dir->filePath(QStringLiteral("error.log"))} +
            common);
        m_server.setStandardInputFile(QProcess::nullDevice());
        m_server.setProcessChannelMode(QProcess::ForwardedChannels);
        // If the test dies, the server goes with it.
        m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_server.start();
        if (!m_server.waitForStarted(10000)) {
            *error = QStringLiteral("mariadbd did not start: ") + m_server.errorString();
            return false;
        }
        m_pid = m_server.processId();
        for (int i = 0; i < 300; ++i) {
            if (sql(QStringLiteral("SELECT 1")).exitCode == 0)
                return true;
            if (m_server.state() == QProcess::NotRunning)
                break;
            QTest::qWait(100);
        }
        *error =
            QStringLiteral("mariadbd did not answer on %1: %2")
                .arg(m_socket, QString::fromUtf8(readFile(m_dir->filePath(QStringLiteral("error.log")))));
        return false;
    }

    // Stops the server by its pid: SIGTERM, then SIGKILL after 20 s.
    void stop()
    {
        if (m_pid <= 0)
            return;
        ::kill(pid_t(m_pid), SIGTERM);
        if (!m_server.waitForFinished(20000)) {
            ::kill(pid_t(m_pid), SIGKILL);
            m_server.waitForFinished(5000);
        }
        m_pid = 0;
    }

    QString socket() const { return m_socket; }

    ProgramResult sql(const QString &statements, const QString &database = {}) const
    {
        QStringList args{QStringLiteral("--no-defaults"),
                         QStringLiteral("--socket=") + m_socket,
                         QStringLiteral("--user=root"),
                         QStringLiteral("--batch"),
                         QStringLiteral("--skip-column-names"),
                         QStringLiteral("-e"),
                         statements};
        if (!database.isEmpty())
            args << database;
        return mua::test::run(QStringLiteral("mariadb"), args, {}, 30000);
    }

    // The database exactly: schema, rows, routines, triggers (no date, so two dumps compare).
    QByteArray dump(const QString &database) const
    {
        const ProgramResult r =
            mua::test::run(QStringLiteral("mariadb-dump"),
                           {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + m_socket,
                            QStringLiteral("--user=root"), QStringLiteral("--skip-dump-date"),
                            QStringLiteral("--routines"), QStringLiteral("--triggers"),
                            QStringLiteral("--hex-blob"), QStringLiteral("--skip-extended-insert"), database},
                           {}, 30000);
        if (r.exitCode != 0)
            qWarning("mariadb-dump %s: %s", qPrintable(database), r.err.constData());
        return r.out;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    qint64 m_pid = 0;
    QString m_socket;
};

// A 2 MiB tmpfs of the test's own as a backup target, to fill a disk for real. Where unshare can make
// a mount namespace whose mounts are private, the tmpfs lives there and goes with it. In a chroot
// (the debootstrap roots sbuild and pbuilder use) the root is no mount point, so unshare cannot make
// the mounts private ("cannot change root filesystem propagation"), and a mount in a namespace whose
// mounts stay shared would show up in the host's too; there, as root, the tmpfs is mounted directly
// and unmounted when the test is done with it.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &dir)
        : m_dir(dir)
    {}
    ~SmallDisk() { unmount(); }

    // Runs the program with args while the small disk is mounted at the folder; *left gets what the
    // run left on the small disk.
    ProgramResult run(const QStringList &args, const QProcessEnvironment &env, QStringList *left)
    {
        QStringList unshare{QStringLiteral("--mount"), QStringLiteral("--propagation"),
                            QStringLiteral("private")};
        if (::geteuid() != 0)
            unshare.prepend(QStringLiteral("--map-root-user"));
        const bool ownNamespace =
            mua::test::run(QStringLiteral("unshare"), unshare + QStringList{QStringLiteral("true")})
                .exitCode == 0;
        if (!ownNamespace && ::geteuid() != 0) {
            ProgramResult r;
            r.err = "cannot make a small file system: unshare cannot make a private mount namespace here, "
                    "and mounting a tmpfs directly needs root";
            return r;
        }
        if (ownNamespace) {
            const QString listing = m_dir + QStringLiteral(".left");
            const ProgramResult r = mua::test::run(
                QStringLiteral("unshare"),
                unshare +
                    QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                QStringLiteral("mount -t tmpfs -o size=2m mua-small \"$1\" || exit 99; "
                                               "dir=$1 left=$2; shift 2; \"$@\"; rc=$?; "
                                               "ls -A \"$dir\" >\"$left\"; exit $rc"),
                                QStringLiteral("sh"), m_dir, listing, mua::test::programPath()} +
                    args,
                {}, 60000, env);
            *left = QString::fromUtf8(readFile(listing)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            return r;
        }
        const ProgramResult mounted = mua::test::run(
            QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=2m"), QStringLiteral("mua-small"), m_dir});
        if (mounted.exitCode != 0)
            return mounted;
        m_mounted = true;
        const ProgramResult r = mua::test::runProgram(args, 60000, env);
        *left = QDir(m_dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        unmount();
        return r;
    }

private:
    void unmount()
    {
        if (m_mounted)
            mua::test::run(QStringLiteral("umount"), {m_dir});
        m_mounted = false;
    }

    QString m_dir;
    bool m_mounted = false;
};

QString phpQuoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    q.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// Everything the code archive covers: path, type, mode, owner, mtime, link target and content of
// every entry except var/, generated/, pub/static/ and pub/media/ (never following a link).
QByteArray codeChecksum(const QString &root)
{
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        const QString rel = p.mid(root.size() + 1);
        bool skip = rel.startsWith(QLatin1String(".upgrade-assistant-"));
        for (const char *e : {"var", "generated", "pub/static", "pub/media"})
            skip = skip || rel == QLatin1String(e) || rel.startsWith(QLatin1String(e) + QLatin1Char('/'));
        if (!skip)
            paths << rel;
    }
    paths.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &rel : std::as_const(paths)) {
        struct stat st;
        const QByteArray native = QFile::encodeName(root + QLatin1Char('/') + rel);
        if (::lstat(native.constData(), &st) != 0)
            continue;
        hash.addData(rel.toUtf8());
        hash.addData(QByteArray::number(st.st_mode) + ' ' + QByteArray::number(st.st_uid) + ' ' +
                     QByteArray::number(st.st_gid));
        hash.addData(QByteArray::number(qint64(st.st_mtim.tv_sec)));
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(native.constData(), target, sizeof target);
            hash.addData(QByteArray(target, int(qMax<ssize_t>(0, n))));
        } else if (S_ISREG(st.st_mode)) {
            hash.addData(readFile(QFile::decodeName(native)));
        }
    }
    return hash.result().toHex();
}

QStringList leftovers(const QString &root)
{
    return QDir(root).entryList({QStringLiteral(".upgrade-assistant-*")},
                                QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QStringList backupFolders(const QString &dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    MariaDb m_db;
    QTemporaryDir m_tmp;
    QString m_wrapperDir;
    QString m_wrapperLog;
    QString m_tarPause;
    QString m_tarWaiting;
    QProcessEnvironment m_env;
    int m_stores = 0;

    // A database with a table prefix and what Magento has: module versions, configuration with a
    // binary value, orders with items (a foreign key), customers, carts, a view, a trigger, a
    // procedure.
    void seed(const QString &name)
    {
        const QString definer = QStringLiteral("`%1`@`localhost`").arg(User);
        const ProgramResult r = m_db.sql(
            QStringLiteral(
                "CREATE DATABASE `%1`; USE `%1`;"
                "CREATE TABLE mg_setup_module (module varchar(50) NOT NULL PRIMARY KEY, schema_version "
                "varchar(50), data_version varchar(50)) ENGINE=InnoDB;"
                "INSERT INTO mg_setup_module VALUES ('Magento_Catalog','2.4.6','2.4.6'),"
                "('Magento_Customer','2.0.13','2.0.13'),('Magento_Sales','2.0.7',NULL);"
                "CREATE TABLE mg_core_config_data (config_id int unsigned NOT NULL AUTO_INCREMENT PRIMARY "
                "KEY, "
                "path varchar(255) NOT NULL, value blob) ENGINE=InnoDB;"
                "INSERT INTO mg_core_config_data (path, value) VALUES ('web/unsecure/base_url', "
                "'http://shop.test/'), ('mua/binary', UNHEX('00FF10E2809C0A'));"
                "CREATE TABLE mg_sales_order (entity_id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                "increment_id varchar(32), grand_total decimal(20,4), created_at timestamp NOT NULL DEFAULT "
                "current_timestamp, updated_at timestamp NOT NULL DEFAULT current_timestamp ON UPDATE "
                "current_timestamp) ENGINE=InnoDB;"
                "INSERT INTO mg_sales_order (increment_id, grand_total, created_at, updated_at) VALUES "
                "('000000001', 12.50, '2024-01-01 10:00:00', '2024-01-01 10:00:00'), ('000000002', 99.99, "
                "'2024-02-01 11:00:00', '2024-02-01 11:00:00');"
                "CREATE TABLE mg_sales_order_item (item_id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                "order_id int unsigned NOT NULL, sku varchar(64), CONSTRAINT mg_fk_item_order FOREIGN KEY "
                "(order_id) REFERENCES mg_sales_order (entity_id) ON DELETE CASCADE) ENGINE=InnoDB;"
                "INSERT INTO mg_sales_order_item (order_id, sku) VALUES (1, 'MUA-1'), (2, 'MUA-2');"
                "CREATE TABLE mg_customer_entity (entity_id int unsigned NOT NULL AUTO_INCREMENT PRIMARY "
                "KEY, "
                "email varchar(255), created_at timestamp NOT NULL DEFAULT current_timestamp, updated_at "
                "timestamp NOT NULL DEFAULT current_timestamp ON UPDATE current_timestamp) ENGINE=InnoDB;"
                "INSERT INTO mg_customer_entity (email, created_at) VALUES ('a@example.com', '2024-01-01');"
                "CREATE TABLE mg_quote (entity_id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                "created_at "
                "timestamp NOT NULL DEFAULT current_timestamp, updated_at timestamp NULL) ENGINE=InnoDB;"
                "INSERT INTO mg_quote (created_at) VALUES ('2024-01-01');"
                "CREATE DEFINER=%2 VIEW mg_order_totals AS SELECT COUNT(*) AS orders, SUM(grand_total) AS "
                "total FROM mg_sales_order;"
                "CREATE DEFINER=%2 TRIGGER mg_order_number BEFORE INSERT ON mg_sales_order FOR EACH ROW SET "
                "NEW.increment_id = COALESCE(NEW.increment_id, 'auto');"
                "CREATE DEFINER=%2 PROCEDURE mg_count_orders() SELECT COUNT(*) FROM mg_sales_order;")
                .arg(name, definer));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // A sandbox store whose env.php points at the test's server and database.
    QString makeStore(const QString &database, const QString &password = Password)
    {
        const QString root = m_tmp.filePath(QStringLiteral("store%1").arg(++m_stores));
        QString error;
        if (!DemoStore::create(root, QStringLiteral("2.4"), &error))
            qFatal("demo store: %s", qPrintable(error));
        QByteArray env = readFile(root + QStringLiteral("/app/etc/env.php"));
        auto replace = [&env](const QString &from, const QString &to) {
            if (!env.contains(from.toUtf8()))
                qFatal("env.php template has no %s", qPrintable(from));
            env.replace(from.toUtf8(), to.toUtf8());
        };
        replace(QStringLiteral("'host' => 'localhost'"),
                QStringLiteral("'host' => %1").arg(phpQuoted(QStringLiteral("localhost:") + m_db.socket())));
        replace(QStringLiteral("'dbname' => 'magento_demo24'"),
                QStringLiteral("'dbname' => '%1'").arg(database));
        replace(QStringLiteral("'username' => 'magento'"), QStringLiteral("'username' => '%1'").arg(User));
        replace(QStringLiteral("'password' => 'demo-secret-password'"),
                QStringLiteral("'password' => %1").arg(phpQuoted(password)));
        replace(QStringLiteral("'table_prefix' => ''"), QStringLiteral("'table_prefix' => 'mg_'"));
        writeFile(root, QStringLiteral("app/etc/env.php"), env);
        // What a real store has too: a link (kept as a link), a private file, media (not covered).
        QDir().mkpath(root + QStringLiteral("/app/code/Vendor/Module/etc"));
        writeFile(root, QStringLiteral("app/code/Vendor/Module/etc/module.xml"), "<config/>\n");
        if (::symlink("../../../etc/config.php",
                      QFile::encodeName(root + QStringLiteral("/app/code/Vendor/Module/config-link"))
                          .constData()) != 0)
            qFatal("symlink");
        writeFile(root, QStringLiteral("app/etc/private.txt"), "only the owner\n");
        QFile::setPermissions(root + QStringLiteral("/app/etc/private.txt"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeFile(root, QStringLiteral("pub/media/catalog/product/a.jpg"), QByteArray(2048, 'j'));
        return root;
    }

    // setup:upgrade will fail (after its first lines, as a real one does).
    void failUpgrade(const QString &root)
    {
        const QByteArray fail = R"({"fail": {"setup:upgrade": ""}})";
        if (readFile(root + QStringLiteral("/.fake-magento/switches.json")) != fail)
            writeFile(root, QStringLiteral(".fake-magento/switches.json"), fail);
    }

    ProgramResult program(const QStringList &args, const QProcessEnvironment &env = {})
    {
        return mua::test::runProgram(args, 60000, env.isEmpty() ? m_env : env);
    }

    // upgrade --backup whose setup:upgrade fails: returns the backup folder from the report.
    QString backupByFailedUpgrade(const QString &root, const QString &backupDir,
                                  ProgramResult *result = nullptr)
    {
        failUpgrade(root);
        const QString report = root + QStringLiteral(".report.json");
        const ProgramResult r =
            program({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--backup"),
                     QStringLiteral("--backup-dir"), backupDir, QStringLiteral("--report"), report});
        if (result)
            *result = r;
        const QJsonObject o = jsonFile(report);
        if (r.exitCode != 1 ||
            o.value(QLatin1String("failedStep")).toString() != QLatin1String("setup-upgrade"))
            qWarning("upgrade: exit %d\n%s\n%s", r.exitCode, r.out.constData(), r.err.constData());
        return o.value(QLatin1String("backup")).toString();
    }

    void verifyNoPassword(const QByteArray &text, const char *where)
    {
        QVERIFY2(!text.contains(Password.toUtf8()), where);
        QVERIFY2(!text.contains(QByteArray("mua-secret-0815")), where);
    }

    // Rewrites the backup's dump and keeps the manifest's size and sha256 in step with it.
    void rewriteDump(const QString &folder, const QByteArray &sql)
    {
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
        QVERIFY(gzip.waitForStarted());
        gzip.write(sql);
        gzip.closeWriteChannel();
        QVERIFY(gzip.waitForFinished(30000));
        QVERIFY(writeFile(folder, QStringLiteral("database.sql.gz"), gzip.readAllStandardOutput()));
        resealFile(folder, QStringLiteral("database.sql.gz"));
    }

    // The manifest's size and sha256 of a file of the backup that a test changed.
    void resealFile(const QString &folder, const QString &name)
    {
        const QString path = folder + QLatin1Char('/') + name;
        QJsonObject m = jsonFile(folder + QStringLiteral("/manifest.json"));
        QJsonArray files = m.value(QLatin1String("files")).toArray();
        for (int i = 0; i < files.size(); ++i) {
            QJsonObject f = files.at(i).toObject();
            if (f.value(QLatin1String("name")).toString() != name)
                continue;
            f.insert(QLatin1String("bytes"), QFileInfo(path).size());
            f.insert(QLatin1String("sha256"), sha256Of(path));
            files.replace(i, f);
        }
        m.insert(QLatin1String("files"), files);
        QVERIFY(writeFile(folder, QStringLiteral("manifest.json"), QJsonDocument(m).toJson()));
    }

    // A file added to the backup's code archive (the manifest resealed).
    void addToCodeArchive(const QString &folder, const QString &relative, const QByteArray &content)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("repack-") + QFileInfo(folder).fileName());
        QVERIFY(QDir().mkpath(dir));
        const QString archive = folder + QStringLiteral("/code.tar.gz");
        QCOMPARE(mua::test::run(QStringLiteral("tar"),
                                {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), dir})
                     .exitCode,
                 0);
        QVERIFY(writeFile(dir, relative, content));
        QCOMPARE(mua::test::run(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"),
                                                        dir, QStringLiteral(".")})
                     .exitCode,
                 0);
        resealFile(folder, QStringLiteral("code.tar.gz"));
    }

    // What a rollback run in this process through the controller said: its steps as they started and
    // ended, whether a cancel was honoured, its log, and how it ended.
    struct RollbackRun
    {
        QStringList planned;
        QStringList events;
        QString log;
        RunRecord record;
        int exitCode = -1;
    };

    RollbackRun rollBackInProcess(const RollbackRequest &request)
    {
        RollbackRun run;
        UpgradeController controller;
        connect(&controller, &UpgradeController::planned, this, [&run](const QList<StepRecord> &steps) {
            for (const StepRecord &s : steps)
                run.planned << s.id;
        });
        connect(&controller, &UpgradeController::stepStarted, this,
                [&run](int, const QString &id) { run.events << QStringLiteral("start ") + id; });
        connect(&controller, &UpgradeController::stepFinished, this, [&run](int, const StepRecord &s) {
            run.events << QStringLiteral("end %1 %2").arg(s.id, stepStatusName(s.status));
        });
        connect(&controller, &UpgradeController::cancellableChanged, this, [&run](bool cancellable) {
            run.events << (cancellable ? QStringLiteral("cancellable") : QStringLiteral("runs to its end"));
        });
        connect(&controller, &UpgradeController::logged, this, [&run](const LogChunk &chunk) {
            for (const LogLineView line : chunk) {
                run.log += line.text;
                run.log += QLatin1Char('\n');
            }
        });
        connect(&controller, &UpgradeController::finished, this, [&run](const RunRecord &record, int code) {
            run.record = record;
            run.exitCode = code;
        });
        controller.start(std::make_unique<RollbackJob>(request));
        if (!QTest::qWaitFor([&run] { return run.exitCode >= 0; }, 120000))
            qWarning("the rollback did not end");
        return run;
    }

    // Through the wizard: the backup ticked, the upgrade fails, the finish page offers the rollback.
    void failedRunWithBackupInTheWizard(MainWizard &w, const QString &root, const QString &backups)
    {
        w.show();
        w.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.readinessPage()->isComplete(), 20000);
        w.next();
        QCOMPARE(w.currentId(), int(MainWizard::BackupPageId));
        auto *check = w.backupPage()->findChild<QCheckBox *>(QStringLiteral("backupCheck"));
        auto *folderEdit = w.backupPage()->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        for (QWidget *control : w.backupPage()->findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractButton *>(control) || qobject_cast<QLineEdit *>(control))
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        }
        QVERIFY(check->isEnabled());
        QVERIFY(!folderEdit->isEnabled());
        QVERIFY(labelsText(w.backupPage()).contains(QLatin1String("Not covered")));
        QVERIFY(labelsText(w.backupPage()).contains(QLatin1String("OpenSearch")));
        check->click();
        QVERIFY(folderEdit->isEnabled());
        folderEdit->setText(backups);
        QVERIFY(w.options().backup);
        QCOMPARE(w.options().backupDir, backups);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->isComplete(), 20000);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
        w.next();
        QCOMPARE(w.currentId(), int(MainWizard::FinishPageId));
        QVERIFY(!w.lastRecord().backup.isEmpty());
    }

    void editManifest(const QString &folder, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject m = jsonFile(folder + QStringLiteral("/manifest.json"));
        edit(m);
        QVERIFY(writeFile(folder, QStringLiteral("manifest.json"), QJsonDocument(m).toJson()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        for (const char *tool :
             {"mariadbd", "mariadb-install-db", "mariadb", "mariadb-dump", "tar", "gzip", "bash"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is not installed: bash tools/setup.sh installs it")
                                    .arg(QLatin1String(tool))));
        QString error;
        QVERIFY2(m_db.start(&error), qPrintable(error));
        QString quoted = Password;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        const ProgramResult user = m_db.sql(QStringLiteral("CREATE USER '%1'@'localhost' IDENTIFIED BY '%2';"
                                                           "GRANT ALL ON `shop%`.* TO '%1'@'localhost';")
                                                .arg(User, quoted));
        QVERIFY2(user.exitCode == 0, user.err.constData());

        // The dump and client programs the assistant starts are these wrappers: they write down the
        // arguments and environment each was given, and how private the option file is.
        m_wrapperDir = m_tmp.filePath(QStringLiteral("wrappers"));
        m_wrapperLog = m_tmp.filePath(QStringLiteral("wrappers.log"));
        for (const char *tool : {"mariadb-dump", "mariadb"}) {
            const QString real = QStandardPaths::findExecutable(QLatin1String(tool));
            const QString script =
                QStringLiteral("#!/bin/sh\n"
                               "{ printf '%1 argv:'; for a in \"$@\"; do printf ' [%s]' \"$a\"; done; echo;\n"
                               "  env | sed 's/^/env: /'\n"
                               "  f=${1#--defaults-file=}\n"
                               "  if [ \"$f\" != \"$1\" ]; then stat -L -c 'optfile %a %n' \"$f\"; "
                               "head -c 100000 \"$f\" | grep -c '^password=' | sed 's/^/optpasswords /'; fi\n"
                               "} >> '%2'\n"
                               // A dump that waits, for a test to kill the assistant meanwhile.
                               "if [ -n \"$MUA_TEST_DUMP_PAUSE\" ] && [ %1 = mariadb-dump ]; then\n"
                               "  echo $$ $(ps -o pgid= -p $$ | tr -d ' ') > \"$MUA_TEST_DUMP_PAUSE.tmp\"\n"
                               "  mv \"$MUA_TEST_DUMP_PAUSE.tmp\" \"$MUA_TEST_DUMP_PAUSE\"; sleep 120\n"
                               "fi\n"
                               "exec '%3' \"$@\"\n")
                    .arg(QLatin1String(tool), m_wrapperLog, real);
            QVERIFY(writeFile(m_wrapperDir, QLatin1String(tool), script.toUtf8()));
            QFile::setPermissions(m_wrapperDir + QLatin1Char('/') + QLatin1String(tool),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        // tar, which extracts the code of a rollback: it waits while m_tarPause exists (and says so
        // in m_tarWaiting), for a test to stop the rollback meanwhile.
        m_tarPause = m_tmp.filePath(QStringLiteral("tar-pause"));
        m_tarWaiting = m_tmp.filePath(QStringLiteral("tar-waiting"));
        QVERIFY(writeFile(
            m_wrapperDir, QStringLiteral("tar"),
            QStringLiteral("#!/bin/sh\n"
                           "if [ \"$1\" = --extract ] && [ -e '%1' ]; then\n"
                           "  echo $$ > '%2'; sleep 120\n"
                           "fi\n"
                           "exec '%3' \"$@\"\n")
                .arg(m_tarPause, m_tarWaiting, QStandardPaths::findExecutable(QStringLiteral("tar")))
                .toUtf8()));
        QFile::setPermissions(m_wrapperDir + QStringLiteral("/tar"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("PATH"),
                     m_wrapperDir + QLatin1Char(':') + m_env.value(QStringLiteral("PATH")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-data")));
    }

    void cleanupTestCase() { m_db.stop(); }

    void backupThenFailedUpgradeThenRollbackRestoresCodeAndDatabase()
    {
        seed(QStringLiteral("shop_main"));
        const QString root = makeStore(QStringLiteral("shop_main"));
        const QString backups = m_tmp.filePath(QStringLiteral("backups-main"));
        failUpgrade(root);
        const QByteArray code0 = codeChecksum(root);
        const QByteArray db0 = m_db.dump(QStringLiteral("shop_main"));
        QVERIFY(db0.contains("CREATE TABLE `mg_sales_order`"));
        QFile::remove(m_wrapperLog);

        ProgramResult upgrade;
        const QString folder = backupByFailedUpgrade(root, backups, &upgrade);
        QCOMPARE(upgrade.exitCode, 1);
        QVERIFY2(folder.startsWith(backups + QLatin1Char('/')), qPrintable(folder));
        QVERIFY(maintenanceOn(root)); // the failed run leaves it on
        const QJsonObject report = jsonFile(root + QStringLiteral(".report.json"));
        QCOMPARE(
            report.value(QLatin1String("steps")).toArray().at(1).toObject().value(QLatin1String("status")),
            QJsonValue(QStringLiteral("done")));

        // The manifest: what, sizes, sha256, version, modules, tables, what is not covered.
        const QJsonObject m = jsonFile(folder + QStringLiteral("/manifest.json"));
        QCOMPARE(m.value(QLatin1String("store")).toObject().value(QLatin1String("root")).toString(), root);
        QCOMPARE(m.value(QLatin1String("store"))
                     .toObject()
                     .value(QLatin1String("magento"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toString(),
                 QStringLiteral("2.4.7"));
        QVERIFY(QDateTime::fromString(m.value(QLatin1String("created")).toString(), Qt::ISODate).isValid());
        const QJsonArray files = m.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 2);
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            const QString path = folder + QLatin1Char('/') + f.value(QLatin1String("name")).toString();
            QCOMPARE(qint64(f.value(QLatin1String("bytes")).toDouble()), QFileInfo(path).size());
            QCOMPARE(f.value(QLatin1String("sha256")).toString(), sha256Of(path));
            QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
        const QJsonObject db = m.value(QLatin1String("database")).toObject();
        QCOMPARE(db.value(QLatin1String("name")).toString(), QStringLiteral("shop_main"));
        QCOMPARE(db.value(QLatin1String("tablePrefix")).toString(), QStringLiteral("mg_"));
        const QJsonArray modules = db.value(QLatin1String("modules")).toArray();
        QCOMPARE(modules.size(), 3);
        QCOMPARE(modules.at(0).toObject().value(QLatin1String("module")).toString(),
                 QStringLiteral("Magento_Catalog"));
        QCOMPARE(modules.at(0).toObject().value(QLatin1String("schemaVersion")).toString(),
                 QStringLiteral("2.4.6"));
        QCOMPARE(modules.at(2).toObject().value(QLatin1String("dataVersion")), QJsonValue());
        QStringList tables;
        for (const QJsonValue &t : db.value(QLatin1String("tables")).toArray())
            tables << t.toString();
        QCOMPARE(tables,
                 QStringList({QStringLiteral("mg_core_config_data"), QStringLiteral("mg_customer_entity"),
                              QStringLiteral("mg_quote"), QStringLiteral("mg_sales_order"),
                              QStringLiteral("mg_sales_order_item"), QStringLiteral("mg_setup_module")}));
        QCOMPARE(db.value(QLatin1String("views")).toArray(), QJsonArray({QStringLiteral("mg_order_totals")}));
        QCOMPARE(db.value(QLatin1String("routines")).toArray(),
                 QJsonArray({QStringLiteral("PROCEDURE mg_count_orders")}));
        const QString notCovered =
            QString::fromUtf8(QJsonDocument(m.value(QLatin1String("notCovered")).toArray()).toJson());
        for (const char *word : {"pub/media", "Redis", "OpenSearch", "outside the store", "cron"})
            QVERIFY2(notCovered.contains(QLatin1String(word)), word);

        // The archive: links as links, without var/, generated/, pub/static/, pub/media/.
        const ProgramResult listing = mua::test::run(
            QStringLiteral("tar"), {QStringLiteral("-tvzf"), folder + QStringLiteral("/code.tar.gz")});
        QCOMPARE(listing.exitCode, 0);
        const QString names = listing.outText();
        QVERIFY(names.contains(QLatin1String("./app/etc/env.php")));
        QVERIFY(QRegularExpression(QStringLiteral("\\nl\\S+ .* ./app/code/Vendor/Module/config-link -> "
                                                  "../../../etc/config.php"))
                    .match(QLatin1Char('\n') + names)
                    .hasMatch());
        for (const char *gone : {"./var/", "./generated/", "./pub/static/", "./pub/media/"})
            QVERIFY2(!names.contains(QLatin1String(gone)), gone);
        const ProgramResult dumped = mua::test::run(
            QStringLiteral("gzip"), {QStringLiteral("-dc"), folder + QStringLiteral("/database.sql.gz")});
        QVERIFY(dumped.out.contains("CREATE TABLE `mg_sales_order_item`"));
        QVERIFY(dumped.out.contains("0x00FF10E2809C0A")); // --hex-blob

        // The password: only in the private option file, never on a command line, in the
        // environment, a log, the report or the manifest.
        const QByteArray wrapperLog = readFile(m_wrapperLog);
        QVERIFY(wrapperLog.contains("mariadb-dump argv: [--defaults-file="));
        QVERIFY(!wrapperLog.contains("mariadb-dump argv: [--single"));
        const QRegularExpression optfile(QStringLiteral("optfile (\\d+) (\\S+)"));
        auto found = optfile.globalMatch(QString::fromUtf8(wrapperLog));
        int optionFiles = 0;
        while (found.hasNext()) {
            const QRegularExpressionMatch f = found.next();
            QCOMPARE(f.captured(1), QStringLiteral("600"));
            // In memory, handed down as a descriptor: no file on disk at any time.
            QVERIFY2(f.captured(2).startsWith(QLatin1String("/dev/fd/")), qPrintable(f.captured(2)));
            ++optionFiles;
        }
        QVERIFY(optionFiles >= 2);
        QVERIFY(wrapperLog.contains("optpasswords 1")); // the client reads it whole, from its start
        QVERIFY(!wrapperLog.contains("optpasswords 0"));
        verifyNoPassword(wrapperLog, "dump's arguments or environment");
        verifyNoPassword(upgrade.out + upgrade.err, "upgrade's output");
        verifyNoPassword(readFile(report.value(QLatin1String("log")).toString()), "upgrade log");
        verifyNoPassword(readFile(root + QStringLiteral(".report.json")), "upgrade report");
        verifyNoPassword(readFile(folder + QStringLiteral("/manifest.json")), "manifest");

        // What setup:upgrade would have done before it failed: schema, data, module versions, code (as
        // the store's database user: the rollback dumps the database as it is before it starts).
        const ProgramResult changed = m_db.sql(
            QStringLiteral(
                "ALTER TABLE mg_sales_order ADD COLUMN mua_new int NOT NULL DEFAULT 7;"
                "ALTER TABLE mg_core_config_data ADD INDEX mua_path (path);"
                "CREATE TABLE mg_new_feature (id int PRIMARY KEY, order_id int unsigned, FOREIGN KEY "
                "(order_id) REFERENCES mg_sales_order (entity_id));"
                "INSERT INTO mg_new_feature VALUES (1, 1);"
                "UPDATE mg_setup_module SET schema_version = '2.4.7', data_version = '2.4.7';"
                "INSERT INTO mg_setup_module VALUES ('Magento_NewThing', '1.0.0', '1.0.0');"
                "DELETE FROM mg_sales_order_item WHERE item_id = 2;"
                "CREATE OR REPLACE VIEW mg_order_totals AS SELECT 1 AS orders;"
                "CREATE VIEW mg_new_view AS SELECT 2 AS x;"
                "CREATE DEFINER=`mg`@`localhost` PROCEDURE mg_new_procedure() SELECT 1;"),
            QStringLiteral("shop_main"));
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        writeFile(root, QStringLiteral("app/etc/config.php"), "<?php return ['modules' => []];\n");
        writeFile(root, QStringLiteral("vendor/magento/new-package/registration.php"), "<?php\n");
        QVERIFY(QFile::remove(root + QStringLiteral("/app/code/Vendor/Module/etc/module.xml")));
        QVERIFY(QFile::remove(root + QStringLiteral("/app/code/Vendor/Module/config-link")));
        QCOMPARE(
            ::symlink(
                "/etc/passwd",
                QFile::encodeName(root + QStringLiteral("/app/code/Vendor/Module/config-link")).constData()),
            0);
        writeFile(root, QStringLiteral("generated/code/Stale/Proxy.php"), "<?php // stale\n");
        writeFile(root, QStringLiteral("pub/static/frontend/new.css"), "body{}\n");
        const QByteArray media = codeChecksum(root + QStringLiteral("/pub/media"));
        QVERIFY(codeChecksum(root) != code0);
        QVERIFY(m_db.dump(QStringLiteral("shop_main")) != db0);

        // The rollback.
        QFile::remove(m_wrapperLog);
        const QString rollbackReport = m_tmp.filePath(QStringLiteral("rollback-main.json"));
        const ProgramResult r = program({QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder,
                                         QStringLiteral("--yes"), QStringLiteral("--json"),
                                         QStringLiteral("--report"), rollbackReport});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(out.value(QLatin1String("command")).toString(), QStringLiteral("rollback"));
        QCOMPARE(out.value(QLatin1String("backup")).toString(), folder);
        QCOMPARE(jsonFile(rollbackReport), out);
        QCOMPARE(m_db.dump(QStringLiteral("shop_main")), db0);
        QCOMPARE(codeChecksum(root), code0);
        QCOMPARE(codeChecksum(root + QStringLiteral("/pub/media")), media); // not in the backup: left alone
        QVERIFY(QFile::exists(root + QStringLiteral("/pub/static/frontend/new.css"))); // excluded: left alone
        QVERIFY(QDir(root + QStringLiteral("/generated/code")).isEmpty());             // emptied
        QVERIFY(QFileInfo(root + QStringLiteral("/generated/code")).isDir());
        QVERIFY(maintenanceOn(root)); // on before the rollback, so still on
        const QJsonObject maintenance = out.value(QLatin1String("maintenance")).toObject();
        QCOMPARE(maintenance.value(QLatin1String("before")), QJsonValue(true));
        QCOMPARE(maintenance.value(QLatin1String("after")), QJsonValue(true));
        for (const QJsonValue &v : out.value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString expected =
                s.value(QLatin1String("id")).toString() == QLatin1String("maintenance-off")
                    ? QStringLiteral("skipped")
                    : QStringLiteral("done");
            QVERIFY2(s.value(QLatin1String("status")).toString() == expected,
                     qPrintable(s.value(QLatin1String("id")).toString()));
        }
        QCOMPARE(leftovers(root), QStringList());
        verifyNoPassword(r.out + r.err, "rollback's output");
        verifyNoPassword(readFile(out.value(QLatin1String("log")).toString()), "rollback log");
        verifyNoPassword(readFile(rollbackReport), "rollback report");
        verifyNoPassword(readFile(m_wrapperLog), "client's arguments or environment");
        QVERIFY(readFile(m_wrapperLog).contains("mariadb argv: [--defaults-file="));
        QVERIFY(!readFile(m_wrapperLog).contains("[-e]")); // SQL on standard input, not the command line
        // The upgrade's journal starts over: a --resume runs every step again.
        const QJsonObject journal = jsonFile(root + QStringLiteral("/var/.upgrade-assistant.journal.json"));
        for (const QJsonValue &v : journal.value(QLatin1String("steps")).toArray())
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    }

    void diskFullRefusesWithNumbersBeforeAnythingChanges()
    {
        seed(QStringLiteral("shop_full"));
        const QString root = makeStore(QStringLiteral("shop_full"));
        QFile big(root + QStringLiteral("/app/code/Vendor/Module/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int i = 0; i < 48; ++i)
            big.write(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha512).repeated(1024));
        big.close();
        const QByteArray code0 = codeChecksum(root);
        const QByteArray db0 = m_db.dump(QStringLiteral("shop_full"));
        const QString mount = m_tmp.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mount));
        const QString report = m_tmp.filePath(QStringLiteral("full.json"));

        // A 2 MiB tmpfs as the backup target.
        SmallDisk disk(mount);
        QStringList left;
        const ProgramResult r =
            disk.run({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--backup"),
                      QStringLiteral("--backup-dir"), mount + QStringLiteral("/backups"),
                      QStringLiteral("--report"), report},
                     m_env, &left);
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QVERIFY2(r.errText().contains(QLatin1String("The backup needs about")) &&
                     r.errText().contains(QLatin1String("MiB is free in ") + mount),
                 r.err.constData());
        const QJsonObject o = jsonFile(report);
        QCOMPARE(o.value(QLatin1String("failedStep")).toString(), QStringLiteral("backup"));
        QCOMPARE(o.value(QLatin1String("backup")), QJsonValue());
        QCOMPARE(o.value(QLatin1String("maintenance")).toObject().value(QLatin1String("after")),
                 QJsonValue(false));
        QVERIFY(!maintenanceOn(root));
        QCOMPARE(codeChecksum(root), code0);
        QCOMPARE(m_db.dump(QStringLiteral("shop_full")), db0);
        QCOMPARE(left, QStringList());  // nothing was written to the small disk
        QVERIFY(QDir(mount).isEmpty()); // the tmpfs is gone, and nothing went beneath it either
    }

    void corruptOrIncompleteBackupIsRefusedAndNothingIsTouched()
    {
        seed(QStringLiteral("shop_corrupt"));
        const QString root = makeStore(QStringLiteral("shop_corrupt"));
        const QString backups = m_tmp.filePath(QStringLiteral("backups-corrupt"));
        const QString folder = backupByFailedUpgrade(root, backups);
        QVERIFY(!folder.isEmpty());
        QVERIFY(m_db.sql(QStringLiteral("CREATE TABLE mg_after (id int)"), QStringLiteral("shop_corrupt"))
                    .exitCode == 0);
        writeFile(root, QStringLiteral("app/etc/after.txt"), "changed after the backup\n");
        const QByteArray code1 = codeChecksum(root);
        const QByteArray db1 = m_db.dump(QStringLiteral("shop_corrupt"));
        const bool maintenance1 = maintenanceOn(root);

        // One byte of the archive flipped: same size, another checksum.
        const QString archive = folder + QStringLiteral("/code.tar.gz");
        QByteArray bytes = readFile(archive);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        QVERIFY(writeFile(folder, QStringLiteral("code.tar.gz"), bytes));
        ProgramResult r = program(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QLatin1String("damaged: the sha256 of code.tar.gz does not match")),
                 r.err.constData());
        QCOMPARE(r.errText().trimmed().count(QLatin1Char('\n')), 0); // one sentence
        QCOMPARE(codeChecksum(root), code1);
        QCOMPARE(m_db.dump(QStringLiteral("shop_corrupt")), db1);
        QCOMPARE(maintenanceOn(root), maintenance1);
        QCOMPARE(leftovers(root), QStringList());

        // A dump cut short: refused by its size.
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        QVERIFY(writeFile(folder, QStringLiteral("code.tar.gz"), bytes));
        const QByteArray dump = readFile(folder + QStringLiteral("/database.sql.gz"));
        QVERIFY(writeFile(folder, QStringLiteral("database.sql.gz"), dump.left(dump.size() / 2)));
        r = program(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QLatin1String("database.sql.gz has")), r.err.constData());
        QCOMPARE(m_db.dump(QStringLiteral("shop_corrupt")), db1);

        // No manifest: not a backup.
        QVERIFY(QFile::remove(folder + QStringLiteral("/manifest.json")));
        r = program(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QLatin1String("no manifest.json")), r.err.constData());
        QCOMPARE(codeChecksum(root), code1);

        // And `backups` says it is not complete.
        r = program({QStringLiteral("backups"), root, QStringLiteral("--backup-dir"), backups,
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("backups")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("complete")), QJsonValue(false));
    }

    void wrongPasswordIsOneClearSentence()
    {
        seed(QStringLiteral("shop_pw"));
        const QString wrong = QStringLiteral("Wrong-Password-4711-mua");
        const QString root = makeStore(QStringLiteral("shop_pw"), wrong);
        const QString backups = m_tmp.filePath(QStringLiteral("backups-pw"));
        const QString report = m_tmp.filePath(QStringLiteral("pw.json"));
        ProgramResult r =
            program({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--backup"),
                     QStringLiteral("--backup-dir"), backups, QStringLiteral("--report"), report});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.errText().contains(QLatin1String("The database server refused mg@localhost:")) &&
                r.errText().contains(QLatin1String("check the username and password in app/etc/env.php")),
            r.err.constData());
        const QByteArray everything = r.out + r.err + readFile(report) +
                                      readFile(jsonFile(report).value(QLatin1String("log")).toString());
        QVERIFY(!everything.contains(wrong.toUtf8()));
        QVERIFY(!everything.contains(Password.toUtf8()));
        QVERIFY(!maintenanceOn(root));
        QCOMPARE(backupFolders(backups), QStringList());

        // A rollback with the wrong password changes nothing either.
        const QString good = makeStore(QStringLiteral("shop_pw"));
        const QString folder = backupByFailedUpgrade(good, backups);
        QVERIFY(!folder.isEmpty());
        QByteArray env = readFile(good + QStringLiteral("/app/etc/env.php"));
        env.replace(phpQuoted(Password).toUtf8(), phpQuoted(wrong).toUtf8());
        QVERIFY(writeFile(good, QStringLiteral("app/etc/env.php"), env));
        const QByteArray code = codeChecksum(good);
        r = program(
            {QStringLiteral("rollback"), good, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QLatin1String("check the username and password")) &&
                     r.errText().contains(QLatin1String("Nothing was changed.")),
                 r.err.constData());
        QVERIFY(!(r.out + r.err).contains(wrong.toUtf8()));
        QCOMPARE(codeChecksum(good), code);
    }

    void ordersPlacedSinceTheBackupAreRefusedWithoutAcceptDataLoss()
    {
        seed(QStringLiteral("shop_orders"));
        const QString root = makeStore(QStringLiteral("shop_orders"));
        const QByteArray db0 = m_db.dump(QStringLiteral("shop_orders"));
        const QString folder = backupByFailedUpgrade(root, m_tmp.filePath(QStringLiteral("backups-orders")));
        QVERIFY(!folder.isEmpty());
        QVERIFY(m_db.sql(QStringLiteral("INSERT INTO mg_sales_order (grand_total) VALUES (42);"
                                        "INSERT INTO mg_customer_entity (email) VALUES ('new@example.com');"
                                        "UPDATE mg_sales_order SET grand_total = 13 WHERE entity_id = 1;"),
                         QStringLiteral("shop_orders"))
                    .exitCode == 0);
        const QByteArray db1 = m_db.dump(QStringLiteral("shop_orders"));
        const QByteArray code1 = codeChecksum(root);

        ProgramResult r = program(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        const QString err = r.errText();
        QVERIFY2(err.contains(QLatin1String("1 new order, 1 changed order and 1 new customer account")) &&
                     err.contains(QLatin1String("--accept-data-loss")),
                 qPrintable(err));
        QCOMPARE(m_db.dump(QStringLiteral("shop_orders")), db1);
        QCOMPARE(codeChecksum(root), code1);

        // The wizard's words: the same refusal, no option of the command line in it (the finish page
        // asks "Roll back anyway?" itself).
        {
            const WizardWording words;
            Wording::install(&words);
            RollbackRequest request;
            request.root = root;
            request.backupFolder = folder;
            const RollbackRun run = rollBackInProcess(request);
            Wording::install(nullptr);
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.record.message.contains(QLatin1String("1 new order(s)")) &&
                         run.record.message.contains(QLatin1String("roll back anyway")) &&
                         !run.record.message.contains(QLatin1String("--")),
                     qPrintable(run.record.message));
            QVERIFY2(!run.log.contains(QLatin1String("--accept-data-loss")), qPrintable(run.log));
            QCOMPARE(m_db.dump(QStringLiteral("shop_orders")), db1);
            QCOMPARE(codeChecksum(root), code1);
        }

        r = program({QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder,
                     QStringLiteral("--yes"), QStringLiteral("--accept-data-loss")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().contains(QLatin1String("they will be lost")));
        QCOMPARE(m_db.dump(QStringLiteral("shop_orders")), db0);
    }

    void anotherStoreOrDatabaseIsRefused()
    {
        seed(QStringLiteral("shop_other"));
        const QString root = makeStore(QStringLiteral("shop_other"));
        const QString folder = backupByFailedUpgrade(root, m_tmp.filePath(QStringLiteral("backups-other")));
        QVERIFY(!folder.isEmpty());
        const QString other = makeStore(QStringLiteral("shop_other"));
        const QByteArray code = codeChecksum(other);
        ProgramResult r = program(
            {QStringLiteral("rollback"), other, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QLatin1String("the backup was taken of the store in ") + root),
                 r.err.constData());
        QCOMPARE(codeChecksum(other), code);

        QByteArray env = readFile(root + QStringLiteral("/app/etc/env.php"));
        env.replace("'dbname' => 'shop_other'", "'dbname' => 'shop_elsewhere'");
        QVERIFY(writeFile(root, QStringLiteral("app/etc/env.php"), env));
        r = program(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            r.errText().contains(QLatin1String("holds the database shop_other, but app/etc/env.php now uses "
                                               "shop_elsewhere")),
            r.err.constData());

        // Usage: no --yes, no --backup.
        QCOMPARE(program({QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder}).exitCode, 2);
        QCOMPARE(program({QStringLiteral("rollback"), root, QStringLiteral("--yes")}).exitCode, 2);
    }

    void backupsAreListedAndPrunedOnlyWhenAsked()
    {
        seed(QStringLiteral("shop_list"));
        const QString root = makeStore(QStringLiteral("shop_list"));
        // Two backups in the default place ($XDG_DATA_HOME/magento-upgrade-assistant/backups/…).
        const QString defaultFolder =
            m_tmp.filePath(
                QStringLiteral("xdg-data/magento-upgrade-assistant/backups/store%1-").arg(m_stores)) +
            QString::fromLatin1(
                QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
        failUpgrade(root);
        for (int i = 0; i < 2; ++i) {
            const ProgramResult r = program(
                {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--backup")});
            QVERIFY2(r.exitCode == 1 &&
                         r.outText().contains(QLatin1String("Backup complete in ") + defaultFolder),
                     r.out.constData());
        }
        QDir().mkpath(defaultFolder + QStringLiteral("/20200101T000000Z")); // an unfinished one
        writeFile(defaultFolder, QStringLiteral("20200101T000000Z/code.tar.gz"), "partial");

        ProgramResult r = program({QStringLiteral("backups"), root, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonArray list = QJsonDocument::fromJson(r.out).object().value(QLatin1String("backups")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("complete")), QJsonValue(true));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("magentoVersion")).toString(),
                 QStringLiteral("2.4.7"));
        QVERIFY(list.at(0).toObject().value(QLatin1String("bytes")).toDouble() > 1000);
        QCOMPARE(list.at(2).toObject().value(QLatin1String("complete")), QJsonValue(false));
        const QString newest = list.at(0).toObject().value(QLatin1String("path")).toString();
        r = program({QStringLiteral("backups"), root});
        QVERIFY2(r.outText().contains(QLatin1String("Magento 2.4.7")) &&
                     r.outText().contains(QLatin1String("NOT complete")),
                 r.out.constData());

        // Pruning needs --yes and says what it would delete.
        r = program({QStringLiteral("backups"), root, QStringLiteral("--prune"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("20200101T000000Z")));
        QCOMPARE(backupFolders(defaultFolder).size(), 3);
        r = program({QStringLiteral("backups"), root, QStringLiteral("--prune"), QStringLiteral("1"),
                     QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(backupFolders(defaultFolder), QStringList({QFileInfo(newest).fileName()}));
    }

    // The dump fails to load after the code was swapped: the rollback is undone, code and database
    // exactly as they were before it, maintenance stays on.
    void aFailedLoadPutsCodeAndDatabaseBackAsTheyWere()
    {
        seed(QStringLiteral("shop_load"));
        const QString root = makeStore(QStringLiteral("shop_load"));
        const QString folder = backupByFailedUpgrade(root, m_tmp.filePath(QStringLiteral("backups-load")));
        QVERIFY(!folder.isEmpty());
        // What the upgrade changed, including a table the backup has and the store no longer has.
        QVERIFY(
            m_db.sql(QStringLiteral("ALTER TABLE mg_sales_order ADD COLUMN mua_new int NOT NULL DEFAULT 7;"
                                    "DROP TABLE mg_quote; CREATE TABLE mg_new_feature (id int PRIMARY KEY);"
                                    "INSERT INTO mg_new_feature VALUES (1);"
                                    "UPDATE mg_setup_module SET schema_version = '2.4.7';"
                                    "CREATE DEFINER=`mg`@`localhost` PROCEDURE mg_new_procedure() SELECT 1;"),
                     QStringLiteral("shop_load"))
                .exitCode == 0);
        writeFile(root, QStringLiteral("app/etc/config.php"), "<?php return ['modules' => ['New' => 1]];\n");
        writeFile(root, QStringLiteral("vendor/magento/new-package/registration.php"), "<?php\n");
        writeFile(root, QStringLiteral("pub/errors/new.php"), "<?php\n"); // pub/ stays, its entries move
        // The dump's tail fails: every table is loaded before the error.
        const ProgramResult sql = mua::test::run(
            QStringLiteral("gzip"), {QStringLiteral("-dc"), folder + QStringLiteral("/database.sql.gz")});
        QCOMPARE(sql.exitCode, 0);
        rewriteDump(folder, sql.out + "\nINSERT INTO mg_no_such_table VALUES (1);\n");
        const QByteArray code1 = codeChecksum(root);
        const QByteArray db1 = m_db.dump(QStringLiteral("shop_load"));
        QVERIFY(maintenanceOn(root));

        const ProgramResult r = program(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QLatin1String("mg_no_such_table")) &&
                     r.errText().contains(QLatin1String("The rollback was undone")) &&
                     r.errText().contains(QLatin1String("stays in maintenance mode")),
                 r.err.constData());
        QCOMPARE(m_db.dump(QStringLiteral("shop_load")), db1);
        QCOMPARE(codeChecksum(root), code1);
        QVERIFY(maintenanceOn(root));
        QCOMPARE(leftovers(root), QStringList());
    }

    // The manifest's list of what stays is not trusted: what a backup never holds always stays, and
    // a path out of the store is refused.
    void manifestExcludedListIsNotTrusted()
    {
        seed(QStringLiteral("shop_excl"));
        // Another application's table in the same database (no mg_ prefix): neither dumped nor dropped.
        QVERIFY(m_db.sql(QStringLiteral("CREATE TABLE other_app (id int); CREATE TABLE mgx_other (id int);"),
                         QStringLiteral("shop_excl"))
                    .exitCode == 0);
        const QString root = makeStore(QStringLiteral("shop_excl"));
        const QString folder = backupByFailedUpgrade(root, m_tmp.filePath(QStringLiteral("backups-excl")));
        QVERIFY(!folder.isEmpty());
        const ProgramResult dumped = mua::test::run(
            QStringLiteral("gzip"), {QStringLiteral("-dc"), folder + QStringLiteral("/database.sql.gz")});
        QVERIFY(dumped.out.contains("CREATE TABLE `mg_sales_order`"));
        QVERIFY(!dumped.out.contains("other_app"));
        QVERIFY(!dumped.out.contains("mgx_other"));
        QVERIFY(
            m_db.sql(QStringLiteral("INSERT INTO other_app VALUES (42); CREATE TABLE later_app (id int);"),
                     QStringLiteral("shop_excl"))
                .exitCode == 0);
        writeFile(root, QStringLiteral("var/log/keep.log"), "kept\n");
        const QByteArray media = codeChecksum(root + QStringLiteral("/pub/media"));

        editManifest(folder, [](QJsonObject &m) {
            QJsonObject code = m.value(QLatin1String("code")).toObject();
            code.insert(QLatin1String("excluded"),
                        QJsonArray({QStringLiteral("var"), QStringLiteral("../x")}));
            m.insert(QLatin1String("code"), code);
        });
        const QByteArray code1 = codeChecksum(root);
        ProgramResult r = program(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QLatin1String("../x")) &&
                     r.errText().contains(QLatin1String("not a path inside the store")),
                 r.err.constData());
        QCOMPARE(codeChecksum(root), code1);

        editManifest(folder, [](QJsonObject &m) {
            QJsonObject code = m.value(QLatin1String("code")).toObject();
            code.insert(QLatin1String("excluded"), QJsonArray());
            m.insert(QLatin1String("code"), code);
        });
        r = program(
            {QStringLiteral("rollback"), root, QStringLiteral("--backup"), folder, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(root + QStringLiteral("/var/log/keep.log")), QByteArray("kept\n"));
        const ProgramResult other =
            m_db.sql(QStringLiteral("SELECT id FROM other_app; SELECT COUNT(*) FROM later_app;"),
                     QStringLiteral("shop_excl"));
        QCOMPARE(other.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({QStringLiteral("42"), QStringLiteral("0")}));
        QCOMPARE(codeChecksum(root + QStringLiteral("/pub/media")), media);
    }

    // A --backup-dir shared by two stores: each lists and prunes only its own backups, and a folder
    // whose manifest cannot be read is never pruned.
    void pruneInASharedFolderLeavesOtherStoresAlone()
    {
        seed(QStringLiteral("shop_sharea"));
        seed(QStringLiteral("shop_shareb"));
        const QString a = makeStore(QStringLiteral("shop_sharea"));
        const QString b = makeStore(QStringLiteral("shop_shareb"));
        const QString shared = m_tmp.filePath(QStringLiteral("backups-shared"));
        const QString folderA = backupByFailedUpgrade(a, shared);
        const QString folderB = backupByFailedUpgrade(b, shared);
        QVERIFY(!folderA.isEmpty() && !folderB.isEmpty() && folderA != folderB);
        QVERIFY(writeFile(shared, QStringLiteral("20190101T000000Z/manifest.json"), "{ not json"));

        ProgramResult r = program(
            {QStringLiteral("backups"), a, QStringLiteral("--backup-dir"), shared, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList listed;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out).object().value(QLatin1String("backups")).toArray())
            listed << v.toObject().value(QLatin1String("path")).toString();
        QVERIFY2(listed.contains(folderA) && !listed.contains(folderB), qPrintable(listed.join(u' ')));

        r = program({QStringLiteral("backups"), a, QStringLiteral("--backup-dir"), shared,
                     QStringLiteral("--prune"), QStringLiteral("0"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.errText().contains(QLatin1String("20190101T000000Z")), r.err.constData());
        QCOMPARE(backupFolders(shared),
                 QStringList({QStringLiteral("20190101T000000Z"), QFileInfo(folderB).fileName()}));
    }

    // A backup step that failed is not skipped by --resume: the next command asks for it again,
    // and a resume without --backup is refused.
    void resumeAfterAFailedBackupKeepsTheBackup()
    {
        seed(QStringLiteral("shop_resume"));
        const QString root = makeStore(QStringLiteral("shop_resume"));
        failUpgrade(root);
        const QString report = m_tmp.filePath(QStringLiteral("resume.json"));
        ProgramResult r =
            program({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--backup"),
                     QStringLiteral("--backup-dir"), root + QStringLiteral("/var/backups"),
                     QStringLiteral("--report"), report});
        QCOMPARE(r.exitCode, 1);
        QJsonObject o = jsonFile(report);
        QCOMPARE(o.value(QLatin1String("failedStep")).toString(), QStringLiteral("backup"));
        const QString next = o.value(QLatin1String("nextCommand")).toString();
        QVERIFY2(next.contains(QLatin1String("--resume")) &&
                     next.contains(QLatin1String(" --backup --backup-dir ") + root +
                                   QStringLiteral("/var/backups")),
                 qPrintable(next));

        r = program({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--resume")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QLatin1String("asked for a backup (--backup) and did not take one")),
                 r.err.constData());

        const QString backups = m_tmp.filePath(QStringLiteral("backups-resume"));
        r = program({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--resume"),
                     QStringLiteral("--backup"), QStringLiteral("--backup-dir"), backups,
                     QStringLiteral("--report"), report});
        QCOMPARE(r.exitCode, 1);
        o = jsonFile(report);
        QCOMPARE(o.value(QLatin1String("failedStep")).toString(), QStringLiteral("setup-upgrade"));
        QVERIFY(o.value(QLatin1String("backup")).toString().startsWith(backups + QLatin1Char('/')));
    }

    // The issue: SIGKILL during mariadb-dump left TMPDIR/mua-db-XXXX/client.cnf with the password
    // behind, and later runs did not remove it. The option file now lives in memory only; what an
    // earlier version left is removed by the next run.
    void killedDuringDumpLeavesNoPasswordFile()
    {
        seed(QStringLiteral("shop_kill"));
        const QString root = makeStore(QStringLiteral("shop_kill"));
        const QString tmp = m_tmp.filePath(QStringLiteral("tmp-kill"));
        const QString backups = m_tmp.filePath(QStringLiteral("backups-kill"));
        // As an earlier version left it: a private folder with the password in client.cnf.
        const QString old = tmp + QStringLiteral("/mua-db-Ab12Cd");
        QVERIFY(writeFile(old, QStringLiteral("client.cnf"),
                          "[client]\npassword=\"" + Password.toUtf8() + "\"\n"));
        QVERIFY(writeFile(old, QStringLiteral("query-1.sql"), "SELECT 1;\n"));
        ::chmod(QFile::encodeName(old).constData(), 0700);
        // Someone else's folder of the same kind of name is left alone.
        QVERIFY(writeFile(tmp + QStringLiteral("/mua-db-Zz99Yy"), QStringLiteral("notes.txt"), "mine\n"));
        ::chmod(QFile::encodeName(tmp + QStringLiteral("/mua-db-Zz99Yy")).constData(), 0700);

        const QString pause = m_tmp.filePath(QStringLiteral("dump-paused"));
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("TMPDIR"), tmp);
        env.insert(QStringLiteral("MUA_TEST_DUMP_PAUSE"), pause);
        QProcess assistant;
        assistant.setProcessEnvironment(env);
        assistant.setStandardInputFile(QProcess::nullDevice());
        assistant.setProcessChannelMode(QProcess::MergedChannels);
        assistant.start(mua::test::programPath(),
                        {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--backup"),
                         QStringLiteral("--backup-dir"), backups});
        QVERIFY(assistant.waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return QFileInfo::exists(pause); }, 60000),
                 assistant.readAll().constData());
        const QList<QByteArray> paused = readFile(pause).trimmed().split(' ');
        const qint64 dumpPid = paused.value(0).toLongLong();
        const qint64 dumpGroup = paused.value(1).toLongLong();
        QVERIFY(dumpPid > 1);
        ::kill(pid_t(assistant.processId()), SIGKILL);
        QVERIFY(assistant.waitForFinished(10000));
        // The dump goes with the assistant (bash by its parent-death signal, the dump by setpriv's).
        const bool dumpGone = QTest::qWaitFor(
            [&] { return !QFileInfo::exists(QStringLiteral("/proc/%1").arg(dumpPid)); }, 10000);
        if (dumpGroup > 1)
            ::kill(-pid_t(dumpGroup), SIGKILL); // what the test's own wrapper started (its sleep)
        QVERIFY2(dumpGone, "the dump outlived the assistant");

        // Nothing with the password anywhere under TMPDIR, the store (but env.php) or the backup folder.
        for (const QString &place : {tmp, root, backups}) {
            QDirIterator it(place, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (QFileInfo(file).isSymLink() || file == root + QStringLiteral("/app/etc/env.php"))
                    continue; // the store's own configuration holds it, of course
                const QByteArray content = readFile(file);
                QVERIFY2(!content.contains(QByteArray("mua-secret-0815")), qPrintable(file));
            }
        }
        QVERIFY(!QFileInfo::exists(old));
        QVERIFY(QFileInfo::exists(tmp + QStringLiteral("/mua-db-Zz99Yy/notes.txt")));
    }

    void planAndOptionsSayWhatIsCovered()
    {
        seed(QStringLiteral("shop_plan"));
        const QString root = makeStore(QStringLiteral("shop_plan"));
        const QString backups = m_tmp.filePath(QStringLiteral("backups-plan"));
        ProgramResult r = program({QStringLiteral("plan"), root, QStringLiteral("--backup"),
                                   QStringLiteral("--backup-dir"), backups, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject step =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("steps")).toArray().at(1).toObject();
        QCOMPARE(step.value(QLatin1String("id")).toString(), QStringLiteral("backup"));
        QCOMPARE(step.value(QLatin1String("applies")), QJsonValue(true));
        const QString summary = step.value(QLatin1String("summary")).toString();
        for (const char *word : {"the database shop_plan (about", "Does not cover", "pub/media", "Redis",
                                 "OpenSearch", "outside the store", "cron"})
            QVERIFY2(summary.contains(QLatin1String(word)), qPrintable(summary));
        const QString commands =
            QString::fromUtf8(QJsonDocument(step.value(QLatin1String("commands")).toArray()).toJson());
        QVERIFY(commands.contains(QLatin1String("--defaults-file=<private option file>")));
        verifyNoPassword(r.out + r.err, "plan");
        QVERIFY(!QFileInfo::exists(backups)); // plan writes nothing

        r = program({QStringLiteral("plan"), root});
        QVERIFY(r.outText().contains(QLatin1String("not requested (--backup takes one)")));
        QCOMPARE(program({QStringLiteral("plan"), root, QStringLiteral("--backup-media")}).exitCode, 2);
        r = program({QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--backup"),
                     QStringLiteral("--backup-dir"), root + QStringLiteral("/var/backups")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QLatin1String("is inside the store")), r.err.constData());
    }

    // The rollback's steps as the worker runs them: in their order, a cancel honoured until maintenance
    // goes on, and when the code swap or the load fails, what ran before is undone, newest first: the
    // code, the dump made beside the backup, maintenance (not after a failed load), the extracted code.
    void rollbackStepsRunInOrderAndUndoWhatRan_data()
    {
        QTest::addColumn<QString>("failing");
        QTest::addColumn<QString>("said");
        QTest::addColumn<bool>("maintenanceAfter");
        QTest::newRow("the swap") << QStringLiteral("restore-code")
                                  << QStringLiteral("The store's code is as it was, and the database was not "
                                                    "touched.")
                                  << false;
        QTest::newRow("the load") << QStringLiteral("restore-database")
                                  << QStringLiteral(
                                         "The rollback was undone: the code and the database are as "
                                         "they were before it, and the store stays in maintenance mode.")
                                  << true;
    }

    void rollbackStepsRunInOrderAndUndoWhatRan()
    {
        QFETCH(QString, failing);
        QFETCH(QString, said);
        QFETCH(bool, maintenanceAfter);
        const QString database = failing == QLatin1String("restore-code") ? QStringLiteral("shop_swap")
                                                                          : QStringLiteral("shop_load2");
        seed(database);
        const QString root = makeStore(database);
        const QString folder =
            backupByFailedUpgrade(root, m_tmp.filePath(QStringLiteral("backups-") + database));
        QVERIFY(!folder.isEmpty());
        if (failing == QLatin1String("restore-code")) {
            // The backup's code holds var/, which always stays: the swap cannot put it back.
            addToCodeArchive(folder, QStringLiteral("var/from-the-backup.txt"), "not to be put back\n");
        } else {
            const ProgramResult sql = mua::test::run(
                QStringLiteral("gzip"), {QStringLiteral("-dc"), folder + QStringLiteral("/database.sql.gz")});
            QCOMPARE(sql.exitCode, 0);
            rewriteDump(folder, sql.out + "\nINSERT INTO mg_no_such_table VALUES (1);\n");
        }
        // What the upgrade changed; the shop reopened by hand, so the undo must close it again.
        QVERIFY(m_db.sql(QStringLiteral("CREATE TABLE mg_new_feature (id int PRIMARY KEY);"), database)
                    .exitCode == 0);
        writeFile(root, QStringLiteral("app/etc/config.php"), "<?php return ['modules' => ['New' => 1]];\n");
        QVERIFY(QFile::remove(root + QStringLiteral("/var/.maintenance.flag")));
        const QByteArray code1 = codeChecksum(root);
        const QByteArray db1 = m_db.dump(database);

        RollbackRequest request;
        request.root = root;
        request.backupFolder = folder;
        const RollbackRun run = rollBackInProcess(request);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(
            run.planned,
            QStringList({QStringLiteral("verify"), QStringLiteral("safety"), QStringLiteral("prepare-code"),
                         QStringLiteral("maintenance-on"), QStringLiteral("dump-current"),
                         QStringLiteral("restore-code"), QStringLiteral("restore-database"),
                         QStringLiteral("clear-generated"), QStringLiteral("maintenance-off")}));
        QStringList expected{QStringLiteral("cancellable")};
        for (const QString &id : run.planned) {
            if (id == QLatin1String("maintenance-on"))
                expected << QStringLiteral("runs to its end");
            expected << QStringLiteral("start ") + id;
            if (id == failing) {
                expected << QStringLiteral("end %1 failed").arg(id);
                break;
            }
            expected << QStringLiteral("end %1 done").arg(id);
        }
        QCOMPARE(run.events, expected);
        QCOMPARE(run.record.result, RunResult::Failed);
        QCOMPARE(run.record.failedStep, failing);
        QVERIFY2(run.record.message.contains(said), qPrintable(run.record.message));
        QVERIFY2(run.log.contains(QStringLiteral("Put the code back …")), qPrintable(run.log));
        // Undone: the store as it was before the rollback, nothing of the rollback left beside it.
        QCOMPARE(codeChecksum(root), code1);
        QCOMPARE(m_db.dump(database), db1);
        QCOMPARE(maintenanceOn(root), maintenanceAfter);
        QCOMPARE(run.record.maintenanceAfter, std::optional<bool>(maintenanceAfter));
        QCOMPARE(leftovers(root), QStringList());
        QCOMPARE(QDir(folder).entryList({QStringLiteral("pre-rollback-*")}, QDir::Files), QStringList());
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/from-the-backup.txt")));
    }

    // "Roll back" on the finish page runs on the upgrade page, live: its steps, its log as it comes,
    // and a Stop that works until the rollback begins to change the store (and leaves the store as it
    // was); after that the Stop is off and the rollback runs to its end.
    void wizardShowsTheRollbackLiveAndStopsItSafely()
    {
        seed(QStringLiteral("shop_live"));
        const QString root = makeStore(QStringLiteral("shop_live"));
        failUpgrade(root);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_wrapperDir) + ':' + path);
        const auto restorePath = qScopeGuard([path] { qputenv("PATH", path); });
        QStringList asked;
        Messages::setAnswerer([&asked](const QString &text) {
            asked << text;
            return QMessageBox::Yes;
        });
        const auto noAnswers = qScopeGuard([] { Messages::setAnswerer(nullptr); });
        MainWizard w;
        failedRunWithBackupInTheWizard(w, root, m_tmp.filePath(QStringLiteral("backups-live")));
        if (QTest::currentTestFailed())
            return;
        writeFile(root, QStringLiteral("app/etc/config.php"), "<?php return ['modules' => ['New' => 1]];\n");
        const QByteArray code1 = codeChecksum(root);
        const QByteArray db1 = m_db.dump(QStringLiteral("shop_live"));
        QVERIFY(maintenanceOn(root));

        QVERIFY(writeFile(m_tmp.path(), QFileInfo(m_tarPause).fileName(), "1"));
        QFile::remove(m_tarWaiting);
        auto *rollback = w.finishPage()->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        QTest::mouseClick(rollback, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(MainWizard::UpgradePageId));
        QCOMPARE(w.upgradePage()->title(), QStringLiteral("Roll back"));
        auto *stop = w.upgradePage()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QCOMPARE(stop->accessibleName(), QStringLiteral("Stop the rollback"));
        // While it runs (tar waits): the steps so far, and the log as it comes.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_tarWaiting), 60000);
        QVERIFY(w.finishPage()->isRollingBack());
        LogView *log = w.upgradePage()->logPane()->view();
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QLatin1String("$ tar --extract")), 10000);
        QVERIFY(log->toPlainText().contains(QStringLiteral("Check the backup …")));
        auto *steps = w.upgradePage()->findChild<QListWidget *>(QStringLiteral("stepsList"));
        QCOMPARE(steps->count(), 9);
        QCOMPARE(steps->item(0)->data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("done"));
        QCOMPARE(steps->item(2)->data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("running"));
        QVERIFY(stop->isEnabled());
        // What a screen reader gets: every control named, no label that shows content renamed.
        for (QWidget *shown : w.upgradePage()->findChildren<QWidget *>()) {
            if (!shown->isVisible())
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(shown);
            if (qobject_cast<QLabel *>(shown))
                QVERIFY2(shown->accessibleName().isEmpty(), qPrintable(shown->objectName()));
            else if (a && (a->role() == QAccessible::PushButton || a->role() == QAccessible::List ||
                           a->role() == QAccessible::ProgressBar || a->role() == QAccessible::EditableText))
                QVERIFY2(!a->text(QAccessible::Name).isEmpty(), qPrintable(shown->objectName()));
        }
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY2(asked.join(u'\n').contains(QLatin1String("Stop the rollback now?")),
                 qPrintable(asked.join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(!w.finishPage()->isBusy(), 30000);
        QCOMPARE(w.upgradePage()->findChild<QProgressBar *>()->format(), QStringLiteral("Stopped"));
        QCOMPARE(codeChecksum(root), code1);
        QCOMPARE(m_db.dump(QStringLiteral("shop_live")), db1);
        QVERIFY(maintenanceOn(root));
        QCOMPARE(leftovers(root), QStringList());
        w.next();
        QCOMPARE(w.currentId(), int(MainWizard::FinishPageId));
        QVERIFY2(labelsText(w.finishPage()).contains(QLatin1String("Cancelled; nothing was changed.")),
                 qPrintable(labelsText(w.finishPage())));
        QVERIFY(rollback->isVisible());

        // Once maintenance goes on, the Stop is off: the rollback runs to its end.
        QFile::remove(m_tarPause);
        QList<bool> stopEnabledAt;
        connect(w.controller(), &UpgradeController::stepStarted, this, [&](int, const QString &id) {
            if (id == QLatin1String("prepare-code") || id == QLatin1String("maintenance-on"))
                stopEnabledAt << stop->isEnabled();
        });
        QTest::mouseClick(rollback, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.finishPage()->isBusy(), 60000);
        QCOMPARE(stopEnabledAt, QList<bool>({true, false}));
        QCOMPARE(w.upgradePage()->findChild<QProgressBar *>()->format(), QStringLiteral("Done"));
        w.next();
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("Rolled back to the backup")));
    }

    // The command line runs a rollback through the same controller as an upgrade: its lines print as
    // they come, and a Ctrl-C before the store changes is said at once and stops it, store untouched.
    void commandLineRollbackStopsOnCtrlCBeforeTheStoreChanges()
    {
        seed(QStringLiteral("shop_ctrlc"));
        const QString root = makeStore(QStringLiteral("shop_ctrlc"));
        const QString folder = backupByFailedUpgrade(root, m_tmp.filePath(QStringLiteral("backups-ctrlc")));
        QVERIFY(!folder.isEmpty());
        const QByteArray code1 = codeChecksum(root);
        const QByteArray db1 = m_db.dump(QStringLiteral("shop_ctrlc"));
        QVERIFY(writeFile(m_tmp.path(), QFileInfo(m_tarPause).fileName(), "1"));
        const auto unpause = qScopeGuard([this] { QFile::remove(m_tarPause); });
        QFile::remove(m_tarWaiting);
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(mua::test::programPath(), {QStringLiteral("rollback"), root, QStringLiteral("--backup"),
                                           folder, QStringLiteral("--yes")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("$ tar --extract"), 60000);
        QVERIFY(QTest::qWaitFor([this] { return QFileInfo::exists(m_tarWaiting); }, 10000));
        QVERIFY2(out.contains(" » Check the backup …") &&
                     out.contains(" » Check that a rollback is safe: done"),
                 out.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 130);
        // Said at once, while the rollback stops, not after it.
        const qsizetype cancelling = err.indexOf("Cancelling: a rollback stops only");
        QVERIFY2(cancelling >= 0 && cancelling < err.indexOf("Cancelled; nothing was changed."),
                 err.constData());
        QVERIFY2(out.contains(" ✖ Cancelled; nothing was changed."), out.constData());
        QCOMPARE(codeChecksum(root), code1);
        QCOMPARE(m_db.dump(QStringLiteral("shop_ctrlc")), db1);
        QCOMPARE(leftovers(root), QStringList());
    }

    // The wizard: tick the backup, the upgrade fails, "Roll back" on the last page puts it all back.
    void wizardRollsBackAfterAFailedRun()
    {
        seed(QStringLiteral("shop_gui"));
        const QString root = makeStore(QStringLiteral("shop_gui"));
        failUpgrade(root);
        const QByteArray code0 = codeChecksum(root);
        const QByteArray db0 = m_db.dump(QStringLiteral("shop_gui"));
        Messages::setAnswerer([](const QString &) { return QMessageBox::Yes; });
        MainWizard w;
        failedRunWithBackupInTheWizard(w, root, m_tmp.filePath(QStringLiteral("backups-gui")));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(maintenanceOn(root));
        QVERIFY(m_db.sql(QStringLiteral("DROP TABLE mg_quote; UPDATE mg_setup_module SET schema_version='9'"),
                         QStringLiteral("shop_gui"))
                    .exitCode == 0);
        writeFile(root, QStringLiteral("app/etc/config.php"), "<?php return [];\n");

        auto *rollback = w.finishPage()->findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        QVERIFY(rollback->isVisible());
        QTest::mouseClick(rollback, Qt::LeftButton);
        QVERIFY(w.finishPage()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!w.finishPage()->isBusy(), 60000);
        // Shown live on the upgrade page; Next leads back to the finish page and its outcome.
        QCOMPARE(w.currentId(), int(MainWizard::UpgradePageId));
        QVERIFY(w.upgradePage()->isComplete());
        w.next();
        QCOMPARE(w.currentId(), int(MainWizard::FinishPageId));
        const QString shown = labelsText(w.finishPage());
        QVERIFY2(shown.contains(QLatin1String("Rolled back to the backup")), qPrintable(shown));
        QVERIFY(!rollback->isVisible());
        QCOMPARE(m_db.dump(QStringLiteral("shop_gui")), db0);
        QCOMPARE(codeChecksum(root), code0);
        Messages::setAnswerer(nullptr);
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
