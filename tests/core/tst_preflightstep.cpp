// PreflightStep on a sandbox store: memory_limit as PHP writes it, the owner, the target version
// against the installed one, each readiness check that finds something (folders that are links,
// wizard leftovers, a PHP that cannot start or has too little memory, the database status), that
// the checks change nothing, and what the step makes of errors and warnings.
#include "cli/cliwording.h"
#include "core/move/versionmove.h"
#include "core/run/storeactions.h"
#include "core/steps/preflightstep.h"
#include "tests/support/stepfixture.h"
#include "tests/support/unitsupport.h"

#include <QTranslator>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace mua;
using mua::test::EnvScope;
using mua::test::StepFixture;
using mua::test::WordingScope;
using Level = PreflightCheck::Level;

namespace {

constexpr qint64 MiB = 1024 * 1024;

std::optional<PreflightCheck> find(const QList<PreflightCheck> &checks, const QString &id)
{
    for (const PreflightCheck &c : checks) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QString describe(const QList<PreflightCheck> &checks)
{
    QStringList out;
    for (const PreflightCheck &c : checks)
        out << QStringLiteral("%1 %2: %3 %4").arg(checkLevelName(c.level), c.id, c.message, c.fix);
    return out.join(QLatin1Char('\n'));
}

QString userName(uid_t uid)
{
    const passwd *pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

// An executable script in the store.
bool script(const StepFixture &f, const QString &relative, const QByteArray &body)
{
    return mua::test::writeFile(f.root, relative, body) &&
           QFile::setPermissions(f.path(relative), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// A Composer in the store that answers what the readiness check asks of it for a move to 2.4.8, as
// Debian's composer 2.5.5 answers for a store whose repositories offer
// magento/product-community-edition 2.4.7 and 2.4.8, except where `fails` says: "version" (--version
// says nothing), "show" (the versions cannot be listed) or "update" (the resolve stops with an
// error Composer does not name, framed as Symfony Console frames it, naming the store's auth.json
// password as no real Composer would). Those exit 42. A successful update writes the lock file of
// the resolved set into the scratch folder (-d). Returns its path.
QString fakeComposer(const StepFixture &f, const QString &fails)
{
    QByteArray body =
        "#!/bin/sh\n"
        "fails='" +
        fails.toUtf8() +
        "'\n"
        "case \"$1\" in\n"
        "--version)\n"
        "  [ \"$fails\" = version ] && exit 42\n"
        "  echo 'Composer version 2.5.5 2023-03-21 11:50:05' ;;\n"
        "show)\n"
        "  [ \"$fails\" = show ] && exit 42\n"
        "  if [ \"$6\" = 2.4.8 ]; then\n"
        "    echo '{\"name\": \"magento/product-community-edition\", \"versions\": [\"2.4.8\"], '\n"
        "    echo ' \"requires\": {\"php\": \"~8.1.0||~8.2.0||~8.3.0||~8.4.0\"}}'\n"
        "  else\n"
        "    echo '{\"name\": \"magento/product-community-edition\", \"versions\": [\"2.4.8\", \"2.4.7\"]}'\n"
        "  fi ;;\n"
        "require)\n"
        "  echo './composer.json has been updated' >&2 ;;\n"
        "update)\n"
        "  echo 'Loading composer repositories with package information' >&2\n"
        "  echo 'Updating dependencies' >&2\n"
        "  if [ \"$fails\" = update ]; then\n"
        "    printf '\\nIn Zip.php line 92:\\n%s\\n%s\\n%s\\n%s\\n\\n' \\\n"
        "      '                                                              ' \\\n"
        "      '  The archive of acme/module-delivery-date is not a zip file.   ' \\\n"
        "      '  Its key was s3cret-pass-1234.                                 ' \\\n"
        "      '                                                              ' >&2\n"
        "    echo 'update [--with WITH] [--prefer-source] [--no-install] [--] [<packages>...]' >&2\n"
        "    exit 42\n"
        "  fi\n"
        "  echo '{\"packages\": [{\"name\": \"magento/product-community-edition\", \"version\": "
        "\"2.4.8\", \"type\": \"metapackage\"}]}' > \"$6/composer.lock\"\n"
        "  echo 'Writing lock file' >&2 ;;\n"
        "esac\n";
    const QString path = f.path(QStringLiteral("fake-composer"));
    if (!script(f, QStringLiteral("fake-composer"), body))
        return QString();
    mua::test::writeFile(
        f.root, QStringLiteral("auth.json"),
        R"({"http-basic": {"repo.example.com": {"username": "shop", "password": "s3cret-pass-1234"}}})");
    return path;
}

// A German reader, as far as these tests need one: every sentence comes back with German words for
// the exit code, so that no English words can be matched to take it out again.
class GermanExitCodes : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QString::fromUtf8(source).replace(QLatin1String("exit code"), QLatin1String("Exit-Code"));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPreflightStep : public QObject
{
    Q_OBJECT

private slots:
    void parseMemoryLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("M") << "756M" << 756 * MiB;
        QTest::newRow("G") << "2G" << 2048 * MiB;
        QTest::newRow("k, lower case") << "131072k" << 128 * MiB;
        QTest::newRow("g, lower case") << "4g" << 4096 * MiB;
        QTest::newRow("bytes") << "134217728" << 128 * MiB;
        QTest::newRow("blanks") << " 512M " << 512 * MiB;
        QTest::newRow("unlimited") << "-1" << qint64(-1);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("empty") << "" << qint64(-2);
        QTest::newRow("a word") << "lots" << qint64(-2);
        QTest::newRow("a fraction") << "1.5G" << qint64(-2);
        QTest::newRow("a unit PHP does not know") << "2GB" << qint64(-2);
    }

    void parseMemoryLimit()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(PreflightStep::parseMemoryLimit(text), bytes);
    }

    // cli.md's words for the levels (plan --json).
    void levelNames()
    {
        QCOMPARE(checkLevelName(Level::Pass), QStringLiteral("pass"));
        QCOMPARE(checkLevelName(Level::Warning), QStringLiteral("warning"));
        QCOMPARE(checkLevelName(Level::Error), QStringLiteral("error"));
    }

    void ownerCheck()
    {
        StepFixture f;
        const PreflightCheck mine = PreflightStep::ownerCheck(f.store);
        QCOMPARE(mine.level, Level::Pass);
        QVERIFY2(mine.message.contains(userName(::geteuid())), qPrintable(mine.message));

        // Another owner: both users named, and how to run as the owner.
        if (::geteuid() == 0) {
            const uid_t other = 65534;
            QCOMPARE(::chown(QFile::encodeName(f.store.envPhpPath()).constData(), other, gid_t(-1)), 0);
            const PreflightCheck theirs = PreflightStep::ownerCheck(f.store);
            QCOMPARE(theirs.level, Level::Error);
            QVERIFY2(theirs.message.contains(userName(other)) && theirs.message.contains(userName(0)),
                     qPrintable(theirs.message));
            QVERIFY2(theirs.fix.contains(QLatin1String("sudo -u ") + userName(other)),
                     qPrintable(theirs.fix));
        }
        QVERIFY(QFile::remove(f.store.envPhpPath()));
        const PreflightCheck gone = PreflightStep::ownerCheck(f.store);
        QCOMPARE(gone.level, Level::Error);
        QVERIFY2(gone.message.contains(f.store.envPhpPath()), qPrintable(gone.message));
    }

    // The target version against what is installed (the sandbox has 2.4.7): the same or an older one
    // is refused before Composer is asked anything; a newer one goes on to Composer (VersionMove,
    // tested against the real Composer in tst_versionmove), and the order is VersionMove's.
    void targetVersion_data()
    {
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("order"); // target against installed: 1 newer, 0 same, -1 older, 2 unknown
        QTest::newRow("newer") << "2.4.7"
                               << "2.4.8" << 1;
        QTest::newRow("a patch of the same") << "2.4.7"
                                             << "2.4.7-p1" << 1;
        QTest::newRow("two digits") << "2.4.9"
                                    << "2.4.10" << 1;
        QTest::newRow("a beta of the next") << "2.4.7"
                                            << "2.4.8-beta1" << 1;
        QTest::newRow("the release after its beta") << "2.4.8-beta1"
                                                    << "2.4.8" << 1;
        QTest::newRow("the same") << "2.4.7"
                                  << "2.4.7" << 0;
        QTest::newRow("the same patch") << "2.4.7-p3"
                                        << "2.4.7-p3" << 0;
        QTest::newRow("older") << "2.4.7"
                               << "2.4.6-p5" << -1;
        QTest::newRow("an older patch") << "2.4.7-p3"
                                        << "2.4.7-p2" << -1;
        QTest::newRow("installed unknown") << ""
                                           << "2.4.8" << 2;
    }

    void targetVersion()
    {
        QFETCH(QString, installed);
        QFETCH(QString, target);
        QFETCH(int, order);
        const std::optional<int> compared = VersionMove::compareVersions(target, installed);
        QCOMPARE(compared.value_or(2), order);
        if (order == 1 || order == 2)
            return; // Composer decides (tst_versionmove)
        StepFixture f;
        f.store.version = installed;
        f.options.targetVersion = target;
        const QList<PreflightCheck> checks = PreflightStep::composerAndTargetChecks(f.context());
        QVERIFY2(!find(checks, QStringLiteral("composer")), qPrintable(describe(checks)));
        const std::optional<PreflightCheck> c = find(checks, QStringLiteral("target-version"));
        QVERIFY2(c, qPrintable(describe(checks)));
        QCOMPARE(c->level, Level::Error);
        QVERIFY2(c->message.contains(target), qPrintable(c->message));
        QVERIFY(!c->fix.isEmpty());
    }

    void noTargetNoChecks()
    {
        StepFixture f;
        QVERIFY(PreflightStep::composerAndTargetChecks(f.context()).isEmpty());
    }

    // Composer is checked before anything changes: a git clone, or one that cannot be started.
    void composerCannotMoveIt()
    {
        StepFixture f;
        f.options.targetVersion = QStringLiteral("2.4.8");
        f.store.versionSource = QStringLiteral("composer.json");
        const QList<PreflightCheck> clone = PreflightStep::composerAndTargetChecks(f.context());
        QCOMPARE(clone.size(), 1);
        QCOMPARE(clone.first().id, QStringLiteral("composer"));
        QCOMPARE(clone.first().level, Level::Error);

        StepFixture g;
        g.options.targetVersion = QStringLiteral("2.4.8");
        g.options.runner.composer = QStringLiteral("no-such-composer-program");
        g.reinspect();
        const QList<PreflightCheck> missing = PreflightStep::composerAndTargetChecks(g.context());
        const std::optional<PreflightCheck> c = find(missing, QStringLiteral("composer"));
        QVERIFY2(c && c->level == Level::Error, qPrintable(describe(missing)));
        QVERIFY2(c->message.contains(QLatin1String("no-such-composer-program")), qPrintable(c->message));
        // The command line names its option; the window does not.
        QVERIFY2(!c->fix.contains(QLatin1String("--")), qPrintable(c->fix));
        Wording::install(&CliWording::instance());
        const std::optional<PreflightCheck> cli =
            find(PreflightStep::composerAndTargetChecks(g.context()), QStringLiteral("composer"));
        Wording::install(nullptr);
        QVERIFY2(cli && cli->fix.contains(CliWording::option(Setting::Composer)), qPrintable(cli->fix));
        // Nothing more is asked of a Composer that cannot start.
        QVERIFY(!find(missing, QStringLiteral("target-version")));
    }

    // Issue 18: a failed Composer is worded for the reader, as Step words a failed command
    // (step.cpp): the exit code for the command line, none in the wizard, whose review page shows
    // the check alone. The sentence is chosen, not cut from English words: a German reader's has
    // none to cut.
    void composerFailuresAreWordedForTheReader_data()
    {
        QTest::addColumn<QString>("fails");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("says");
        QTest::newRow("version") << QStringLiteral("version") << QStringLiteral("composer")
                                 << QStringLiteral("did not say its version");
        QTest::newRow("versions") << QStringLiteral("show") << QStringLiteral("target-version")
                                  << QStringLiteral("could not read the versions");
        QTest::newRow("resolve") << QStringLiteral("update") << QStringLiteral("resolve")
                                 << QStringLiteral("cannot move the store to 2.4.8");
    }

    void composerFailuresAreWordedForTheReader()
    {
        QFETCH(QString, fails);
        QFETCH(QString, id);
        QFETCH(QString, says);
        StepFixture f;
        f.options.targetVersion = QStringLiteral("2.4.8");
        f.options.runner.composer = fakeComposer(f, fails);
        f.reinspect();
        GermanExitCodes german;
        QCoreApplication::installTranslator(&german);
        const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });

        // The check of the id, an error; one without a message when there is none.
        const auto failed = [&id](const QList<PreflightCheck> &checks) {
            const std::optional<PreflightCheck> c = find(checks, id);
            return c && c->level == Level::Error ? *c : PreflightCheck{};
        };
        const QList<PreflightCheck> checks = PreflightStep::composerAndTargetChecks(f.context());
        const PreflightCheck wizard = failed(checks);
        QVERIFY2(!wizard.message.isEmpty(), qPrintable(describe(checks)));
        const QList<PreflightCheck> facadeChecks = StoreActions::previewMove(f.root, f.options).checks;
        const PreflightCheck facade = failed(facadeChecks);
        QVERIFY2(!facade.message.isEmpty(), qPrintable(describe(facadeChecks)));
        for (const PreflightCheck &c : {wizard, facade}) {
            QVERIFY2(c.message.contains(says), qPrintable(c.message));
            QVERIFY2(!c.message.contains(QLatin1String("42")) && !c.message.contains(QLatin1String("xit")),
                     qPrintable(c.message));
        }
        if (fails == QLatin1String("show")) {
            const StoreActions::Versions v = StoreActions::versions(f.root, f.options);
            QVERIFY(!v.versions);
            QVERIFY2(v.versionsError.contains(says) && !v.versionsError.contains(QLatin1String("42")),
                     qPrintable(v.versionsError));
        }
        if (fails == QLatin1String("update")) {
            // The wizard has no log beside the check: it quotes what Composer said (the error, not
            // the progress or the synopsis), and the fix sends there; never a password.
            QVERIFY2(
                wizard.message.contains(QStringLiteral("“The archive of acme/module-delivery-date is not a "
                                                       "zip file. / Its key was ********.”")),
                qPrintable(wizard.message));
            QCOMPARE(wizard.fix, QStringLiteral("Fix what Composer names, then check again."));
        }

        const WordingScope cli(&CliWording::instance());
        const PreflightCheck command = failed(PreflightStep::composerAndTargetChecks(f.context()));
        QVERIFY2(command.message.contains(says) && command.message.contains(QLatin1String("Exit-Code 42")),
                 qPrintable(command.message));
        QVERIFY2(!command.message.contains(QLatin1String("s3cret-pass-1234")), qPrintable(command.message));
        if (fails == QLatin1String("show")) {
            QString error;
            QVERIFY(!VersionMove::versions(f.store, *f.runner, nullptr, 1000, &error));
            QVERIFY2(error.contains(QLatin1String("Exit-Code 42")), qPrintable(error));
        }
    }

    // Issue 18: a store whose installed version is unknown still has its move worked out, and the
    // target check says that its version is unknown rather than "→ 2.4.8" from nothing.
    void installedVersionUnknownIsSaid()
    {
        StepFixture f;
        f.options.targetVersion = QStringLiteral("2.4.8");
        f.options.runner.composer = fakeComposer(f, QString());
        for (const char *file : {"composer.lock", "vendor/magento/magento2-base/composer.json",
                                 "vendor/composer/installed.json"})
            QFile::remove(f.path(QLatin1String(file)));
        f.reinspect();
        QVERIFY2(f.store.version.isEmpty(), qPrintable(f.store.version));
        const QList<PreflightCheck> checks = PreflightStep::composerAndTargetChecks(f.context());
        const std::optional<PreflightCheck> resolve = find(checks, QStringLiteral("resolve"));
        QVERIFY2(resolve && resolve->level == Level::Pass, qPrintable(describe(checks)));
        QCOMPARE(
            std::count_if(checks.cbegin(), checks.cend(),
                          [](const PreflightCheck &c) { return c.id == QLatin1String("target-version"); }),
            1);
        const std::optional<PreflightCheck> target = find(checks, QStringLiteral("target-version"));
        QCOMPARE(target->level, Level::Warning);
        QVERIFY2(target->message.contains(QLatin1String("installed version is unknown")),
                 qPrintable(target->message));
        QVERIFY2(!target->message.contains(QStringLiteral("→")), qPrintable(target->message));
    }

    // A sound sandbox: nothing is an error, and looking changes nothing in the store.
    void soundStore()
    {
        StepFixture f;
        const QByteArray before = mua::test::treeChecksum(f.root);
        const QList<PreflightCheck> checks = PreflightStep::checks(f.context());
        QCOMPARE(mua::test::treeChecksum(f.root), before);
        for (const char *id :
             {"store", "owner", "writable", "folders", "disk", "php", "leftovers", "db-status"}) {
            const std::optional<PreflightCheck> c = find(checks, QString::fromLatin1(id));
            QVERIFY2(c, id);
            QVERIFY2(c->level != Level::Error, qPrintable(describe(checks)));
        }
        QVERIFY(!PreflightStep().changesStore());
        // The sandbox's database is behind its code.
        QVERIFY2(find(checks, QStringLiteral("db-status"))->message.contains(QLatin1String("setup:upgrade")),
                 qPrintable(describe(checks)));
    }

    // Folders the steps change that are links or no folders.
    void folders_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind"); // "outside", "inside" (a link within the store), "file"
        QTest::addColumn<int>("level");
        QTest::newRow("generated/code, a link inside") << "generated/code"
                                                       << "inside" << int(Level::Error);
        QTest::newRow("generated, a link outside") << "generated"
                                                   << "outside" << int(Level::Error);
        QTest::newRow("pub/static, a link outside") << "pub/static"
                                                    << "outside" << int(Level::Error);
        QTest::newRow("pub/static, a link inside") << "pub/static"
                                                   << "inside" << int(Level::Pass);
        QTest::newRow("pub/static, a file") << "pub/static"
                                            << "file" << int(Level::Error);
        QTest::newRow("var/view_preprocessed, a link outside") << "var/view_preprocessed"
                                                               << "outside" << int(Level::Error);
        QTest::newRow("var/session, a link") << "var/session"
                                             << "outside" << int(Level::Warning);
    }

    void folders()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QFETCH(int, level);
        StepFixture f;
        QTemporaryDir outside;
        const QString target =
            kind == QLatin1String("outside") ? outside.path() : f.path(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(target));
        QDir(f.path(path)).removeRecursively();
        QFile::remove(f.path(path));
        if (kind == QLatin1String("file"))
            QVERIFY(mua::test::writeFile(f.root, path, "not a folder"));
        else
            QVERIFY(mua::test::makeLink(target, f.path(path)));
        f.reinspect();
        const QList<PreflightCheck> checks = PreflightStep::checks(f.context());
        const std::optional<PreflightCheck> c = find(checks, QStringLiteral("folders"));
        QVERIFY2(c, qPrintable(describe(checks)));
        QCOMPARE(int(c->level), level);
        if (level != int(Level::Pass)) {
            QVERIFY2(c->message.contains(path), qPrintable(c->message));
            if (kind != QLatin1String("file"))
                QVERIFY2(c->message.contains(target), qPrintable(c->message));
            QVERIFY(!c->fix.isEmpty());
        }
    }

    void leftovers()
    {
        StepFixture f;
        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("var/.regenerate"), ""));
        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("var/.update_queue.json"), "[]"));
        const QList<PreflightCheck> checks = PreflightStep::checks(f.context());
        const std::optional<PreflightCheck> c = find(checks, QStringLiteral("leftovers"));
        QVERIFY2(c && c->level == Level::Warning, qPrintable(describe(checks)));
        QVERIFY2(c->message.contains(QLatin1String("var/.regenerate")) &&
                     c->message.contains(QLatin1String("var/.update_queue.json")),
                 qPrintable(c->message));
    }

    // A PHP that cannot be started is named as such, and nothing that needs PHP is asked.
    void phpCannotStart_data()
    {
        QTest::addColumn<QString>("php");
        QTest::addColumn<QString>("make");
        QTest::addColumn<QString>("says");
        QTest::newRow("not on PATH") << "no-such-php-8"
                                     << ""
                                     << "not found on PATH";
        QTest::newRow("missing file") << "bin/php"
                                      << ""
                                      << "does not exist";
        QTest::newRow("a folder") << "bin/php"
                                  << "folder"
                                  << "is a folder";
        QTest::newRow("not executable") << "bin/php"
                                        << "file"
                                        << "is not executable";
    }

    void phpCannotStart()
    {
        QFETCH(QString, php);
        QFETCH(QString, make);
        QFETCH(QString, says);
        StepFixture f;
        if (make == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(f.path(php)));
        else if (make == QLatin1String("file"))
            QVERIFY(mua::test::writeFile(f.root, php, "#!/bin/sh\n"));
        f.options.runner.php = php;
        f.reinspect();
        const QList<PreflightCheck> checks = PreflightStep::checks(f.context());
        const std::optional<PreflightCheck> c = find(checks, QStringLiteral("php"));
        QVERIFY2(c && c->level == Level::Error, qPrintable(describe(checks)));
        QVERIFY2(c->message.contains(says) && c->message.contains(php), qPrintable(c->message));
        QVERIFY2(!find(checks, QStringLiteral("db-status")), qPrintable(describe(checks)));
    }

    // memory_limit as the store's PHP has it: below 756M an error, below 2G a warning.
    void memoryLimit_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("level");
        QTest::newRow("512M") << "512M" << int(Level::Error);
        QTest::newRow("1G") << "1G" << int(Level::Warning);
        QTest::newRow("756M") << "756M" << int(Level::Warning);
        QTest::newRow("2G") << "2G" << int(Level::Pass);
        QTest::newRow("unlimited") << "-1" << int(Level::Pass);
    }

    void memoryLimit()
    {
        QFETCH(QString, limit);
        QFETCH(int, level);
        StepFixture f;
        QVERIFY(script(f, QStringLiteral("bin/php-limited"),
                       "#!/bin/sh\nexec php -d memory_limit=" + limit.toLatin1() + " \"$@\"\n"));
        f.options.runner.php = QStringLiteral("bin/php-limited");
        f.reinspect();
        const QList<PreflightCheck> checks = PreflightStep::checks(f.context());
        const std::optional<PreflightCheck> c = find(checks, QStringLiteral("php"));
        QVERIFY2(c, qPrintable(describe(checks)));
        QCOMPARE(int(c->level), level);
        if (limit != QLatin1String("-1"))
            QVERIFY2(c->message.contains(limit), qPrintable(c->message));
        if (c->level != Level::Pass)
            QVERIFY2(c->fix.contains(QLatin1String("memory_limit")), qPrintable(c->fix));
    }

    void databaseStatus_data()
    {
        QTest::addColumn<QByteArray>("db");       // .fake-magento/db.json
        QTest::addColumn<QByteArray>("switches"); // .fake-magento/switches.json
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("says");
        QTest::newRow("behind the code")
            << QByteArray() << QByteArray() << int(Level::Pass) << "setup:upgrade";
        QTest::newRow("up to date") << QByteArray(R"({"installed": true, "version": "2.4.7"})")
                                    << QByteArray() << int(Level::Pass) << "up to date";
        QTest::newRow("cannot start")
            << QByteArray()
            << QByteArray(R"({"fail": {"setup:db:status": "SQLSTATE[HY000] [2002] No such file"}})")
            << int(Level::Error) << "SQLSTATE[HY000] [2002] No such file";
    }

    void databaseStatus()
    {
        QFETCH(QByteArray, db);
        QFETCH(QByteArray, switches);
        QFETCH(int, level);
        QFETCH(QString, says);
        StepFixture f;
        if (!db.isEmpty())
            QVERIFY(mua::test::writeFile(f.root, QStringLiteral(".fake-magento/db.json"), db));
        if (!switches.isEmpty())
            QVERIFY(f.setSwitches(switches));
        const QList<PreflightCheck> checks = PreflightStep::checks(f.context());
        const std::optional<PreflightCheck> c = find(checks, QStringLiteral("db-status"));
        QVERIFY2(c, qPrintable(describe(checks)));
        QCOMPARE(int(c->level), level);
        QVERIFY2(c->message.contains(says), qPrintable(c->message));
        if (c->level == Level::Error)
            QVERIFY2(c->fix.contains(f.runner->magento({QStringLiteral("setup:db:status")}).display()),
                     qPrintable(c->fix));
    }

    // MAGE_MODE in this environment overrides env.php for bin/magento started here.
    void mageModeVariable()
    {
        StepFixture f;
        QVERIFY(!f.store.deployMode.isEmpty());
        {
            const EnvScope same("MAGE_MODE", f.store.deployMode.toUtf8());
            QVERIFY(!find(PreflightStep::checks(f.context()), QStringLiteral("mage-mode")));
        }
        const EnvScope other("MAGE_MODE", "production");
        const QList<PreflightCheck> checks = PreflightStep::checks(f.context());
        const std::optional<PreflightCheck> c = find(checks, QStringLiteral("mage-mode"));
        QVERIFY2(c && c->level == Level::Warning, qPrintable(describe(checks)));
        QVERIFY2(c->message.contains(QLatin1String("production")), qPrintable(c->message));
    }

    // The project runs PHP in a container, but the local runner would use this computer's.
    void containerProjectWithTheLocalRunner()
    {
        StepFixture f;
        QVERIFY(!find(PreflightStep::checks(f.context()), QStringLiteral("runner")));
        f.store.suggestedRunner = RunnerKind::Ddev;
        f.store.suggestedRunnerFile = QStringLiteral(".ddev/config.yaml");
        f.store.suggestedRunnerReason = QStringLiteral("the project has .ddev/config.yaml");
        const QList<PreflightCheck> checks = PreflightStep::checks(f.context());
        const std::optional<PreflightCheck> c = find(checks, QStringLiteral("runner"));
        QVERIFY2(c && c->level == Level::Warning, qPrintable(describe(checks)));
        QVERIFY2(c->message.contains(Wording::current().runner(RunnerKind::Ddev)), qPrintable(c->message));
    }

    // The step fails on any error, with every error's message and fix; warnings are counted.
    void run()
    {
        StepFixture f;
        QVERIFY(mua::test::writeFile(f.root, QStringLiteral("var/.regenerate"), ""));
        StepContext ctx = f.context();
        const QList<PreflightCheck> checks = PreflightStep::checks(ctx);
        const StepOutcome ok = PreflightStep().run(ctx);
        QCOMPARE(ok.status, StepStatus::Done);
        QVERIFY2(ok.detail.contains(QString::number(checks.size() - 1)) &&
                     ok.detail.contains(QLatin1String("1")),
                 qPrintable(ok.detail));
        // Each check is a line of the log.
        for (const PreflightCheck &c : checks)
            QVERIFY2(f.logged.join(QLatin1Char('\n')).contains(c.message), qPrintable(c.message));

        f.options.targetVersion = f.store.version; // no move: an error
        f.options.runner.php = QStringLiteral("no-such-php-8");
        f.reinspect();
        StepContext bad = f.context();
        const QList<PreflightCheck> errors = PreflightStep::checks(bad);
        const StepOutcome o = PreflightStep().run(bad);
        QCOMPARE(o.status, StepStatus::Failed);
        int count = 0;
        for (const PreflightCheck &c : errors) {
            if (c.level != Level::Error)
                continue;
            ++count;
            QVERIFY2(o.error.contains(c.message) && o.error.contains(c.fix), qPrintable(o.error));
        }
        QCOMPARE(count, 2);
    }

    void preview()
    {
        StepFixture f;
        const StepPreview p = PreflightStep().preview(f.context());
        QCOMPARE(p.commands.size(), 2);
        QCOMPARE(p.commands.last(), f.runner->magento({QStringLiteral("setup:db:status")}).display());
        QVERIFY(p.commands.first().startsWith(f.runner->php({}).display()));
        f.options.url = QStringLiteral("https://shop.example/");
        const StepPreview withUrl = PreflightStep().preview(f.context());
        QVERIFY2(withUrl.summary.startsWith(p.summary) &&
                     withUrl.summary.contains(QLatin1String("shop.example")),
                 qPrintable(withUrl.summary));
    }
};

QTEST_GUILESS_MAIN(TestPreflightStep)
#include "tst_preflightstep.moc"
