// Renders every page of a demo run into PNG files, for the README and for looking at the wizard
// the way a person will:   mua_screenshots OUTDIR [--dark] [--language de|fr] [--smallest]
// (QT_SCALE_FACTOR=2 shows it at 200%; --smallest at the window's smallest size.)
// Run it under xvfb-run for real window decorations and fonts, or offscreen in CI.
#include "core/run/upgradecontroller.h"
#include "demo/demostore.h"
#include "tests/support/composerrepo.h"
#include "ui/common/messages.h"
#include "ui/impact/impactdialog.h"
#include "ui/impact/impactview.h"
#include "ui/log/logpane.h"
#include "ui/log/logview.h"
#include "ui/wizard/mainwizard.h"
#include "ui/wizard/readinesspage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/storepage.h"
#include "ui/wizard/upgradepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPalette>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>

#include <cstdio>

using namespace mua;

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 60000)
{
    return QTest::qWaitFor(condition, ms);
}

bool shoot(QWidget &w, const QString &dir, const QString &name)
{
    QTest::qWait(150); // let pending paints and the log pane's frame timer run
    const QPixmap p = w.grab();
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (p.isNull() || !p.save(path)) {
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool smallest = false; // --smallest: the shots at the window's smallest size

// The wizard at the shots' size, on the store page with root read.
bool openStorePage(MainWizard &w, const QString &root)
{
    w.resize(smallest ? w.minimumSize() : QSize(980, 720));
    w.show();
    w.openStore(root);
    return waitFor([&] { return w.storePage()->isComplete(); });
}

// "Roll back" from the finish page, live on the upgrade page. The sandbox has no database to back up,
// so the backup here is made up: its large code archive keeps "Check the backup" running for the shot
// (its checksum does not match), and then the rollback is stopped, as it may be until it changes the store.
bool shootRollback(MainWizard &w, const QString &out, const QString &root)
{
    const QString folder = root + QStringLiteral("-backups/20260101T000000Z");
    QDir().mkpath(folder);
    QFile archive(folder + QStringLiteral("/code.tar.gz"));
    QFile dump(folder + QStringLiteral("/database.sql.gz"));
    const qint64 size = qint64(1) << 30; // sparse: takes no room
    if (!archive.open(QIODevice::WriteOnly) || !archive.resize(size) || !dump.open(QIODevice::WriteOnly) ||
        dump.write("dump") != 4)
        return false;
    archive.close();
    dump.close();
    auto file = [](const QString &name, const QString &kind, qint64 bytes) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("bytes"), bytes},
                           {QStringLiteral("sha256"), QString(64, QLatin1Char('0'))}};
    };
    const QJsonObject manifest{
        {QStringLiteral("format"), 1},
        {QStringLiteral("created"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("store"),
         QJsonObject{
             {QStringLiteral("root"), root},
             {QStringLiteral("magento"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2.4.7")}}}}},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("magento_demo24")},
                     {QStringLiteral("snapshotAt"), QStringLiteral("2026-01-01T00:00:00Z")}}},
        {QStringLiteral("files"),
         QJsonArray{file(QStringLiteral("code.tar.gz"), QStringLiteral("code"), size),
                    file(QStringLiteral("database.sql.gz"), QStringLiteral("database"), 4)}}};
    QFile m(folder + QStringLiteral("/manifest.json"));
    if (!m.open(QIODevice::WriteOnly) || m.write(QJsonDocument(manifest).toJson()) < 0)
        return false;
    m.close();
    w.startRollback(folder, false);
    const LogView *log = w.upgradePage()->logPane()->view();
    if (!waitFor([&] { return log->toPlainText().contains(QStringLiteral("Checking the sha256")); }, 20000)) {
        std::fprintf(stderr, "the rollback did not get to checking the backup\n");
        return false;
    }
    const bool shot = shoot(w, out, QStringLiteral("9-rollback"));
    w.controller()->cancel();
    return waitFor([&] { return !w.isRunning(); }) && shot;
}

bool run(const QString &out, const QString &root, bool failing)
{
    MainWizard w;
    if (!openStorePage(w, root))
        return false;
    if (!failing) {
        if (!shoot(w, out, QStringLiteral("1-store")))
            return false;
    }
    w.next();
    if (!waitFor([&] { return w.readinessPage()->isComplete(); }))
        return false;
    if (!failing && !shoot(w, out, QStringLiteral("2-readiness")))
        return false;
    w.next();
    if (!failing && !shoot(w, out, QStringLiteral("3-backup")))
        return false;
    w.next();
    if (!waitFor([&] { return w.reviewPage()->isComplete(); }))
        return false;
    if (!failing && !shoot(w, out, QStringLiteral("4-review")))
        return false;
    w.next();
    if (!waitFor([&] { return w.upgradePage()->isFinished(); }))
        return false;
    if (!shoot(w, out, failing ? QStringLiteral("7-upgrade-failed") : QStringLiteral("5-upgrade")))
        return false;
    w.next();
    if (!shoot(w, out, failing ? QStringLiteral("8-finish-failed") : QStringLiteral("6-finish")))
        return false;
    return !failing || shootRollback(w, out, root);
}

// The store page with the SSH runner chosen and filled in (the shot of the page with this computer
// comes from the run above).
bool shootSshStore(const QString &out, const QString &root)
{
    MainWizard w;
    if (!openStorePage(w, root))
        return false;
    auto *combo = w.storePage()->findChild<QComboBox *>(QStringLiteral("runnerCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ssh")));
    w.storePage()
        ->findChild<QLineEdit *>(QStringLiteral("sshHostEdit"))
        ->setText(QStringLiteral("shop-prod"));
    w.storePage()
        ->findChild<QLineEdit *>(QStringLiteral("remoteRootEdit"))
        ->setText(QStringLiteral("/var/www/shop"));
    if (!w.storePage()->isComplete()) {
        std::fprintf(stderr, "the store page with the ssh runner is not complete\n");
        return false;
    }
    return shoot(w, out, QStringLiteral("1-store-ssh"));
}

// The store page of a ddev project: the ddev runner chosen because of .ddev/config.yaml.
bool shootDdevStore(const QString &out, const QString &root)
{
    MainWizard w;
    if (!openStorePage(w, root))
        return false;
    if (w.storePage()->runnerSettings().kind != RunnerKind::Ddev) {
        std::fprintf(stderr, "the ddev runner was not preselected\n");
        return false;
    }
    // The note that says why is laid out once its text is known.
    const auto *note = w.storePage()->findChild<QLabel *>(QStringLiteral("containerNoteLabel"));
    if (!waitFor([&] { return note->isVisible() && note->height() > note->fontMetrics().height(); }, 5000)) {
        std::fprintf(stderr, "the ddev runner's note is not shown (visible %d, height %d, text %d chars)\n",
                     int(note->isVisible()), note->height(), int(note->text().size()));
        return false;
    }
    return shoot(w, out, QStringLiteral("1-store-ddev"));
}

// The review page of a move to 2.4.8, on a store the real Composer installed from a repository on
// disk (tests/support/composerrepo.h): with acme/module-legacy, which pins the old framework, the
// blocking table and the checks; without it, the packages that change.
bool shootMove(const QString &out, const QString &dir, bool blocked)
{
    mua::test::ComposerRepo::StoreOptions options;
    options.legacyModule = blocked;
    const QString root = mua::test::ComposerRepo::makeStore(dir, options);
    MainWizard w;
    if (!openStorePage(w, root))
        return false;
    w.next();
    if (!waitFor([&] { return w.readinessPage()->isComplete(); }))
        return false;
    w.next();
    w.next();
    ReviewPage *review = w.reviewPage();
    if (!waitFor([&] { return !review->isListingVersions() && !review->isLoading(); }))
        return false;
    auto *target = review->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    const int index = target->findData(QStringLiteral("2.4.8"));
    if (index < 0) {
        std::fprintf(stderr, "2.4.8 is not in the list of versions (%d items)\n", target->count());
        return false;
    }
    target->setCurrentIndex(index);
    emit target->activated(index); // as when chosen from the list
    if (!waitFor([&] { return review->isLoading(); }, 5000) || !waitFor([&] { return !review->isLoading(); }))
        return false;
    if (review->isComplete() == blocked) {
        std::fprintf(stderr, "the move to 2.4.8 is %s\n", blocked ? "not blocked" : "blocked");
        return false;
    }
    // The move's tables, below the fields.
    auto *area = review->findChild<QScrollArea *>();
    auto *box = review->findChild<QWidget *>(QStringLiteral("moveBox"));
    if (area && box)
        area->ensureWidgetVisible(box, 0, 0);
    if (!shoot(w, out, blocked ? QStringLiteral("10-review-move-blocked") : QStringLiteral("11-review-move")))
        return false;
    if (blocked)
        return true;
    w.next(); // Upgrade: Composer moves the store, then the steps run
    if (!waitFor([&] { return w.upgradePage()->isFinished(); }, 180000))
        return false;
    w.next();
    return shoot(w, out, QStringLiteral("12-finish-move"));
}

// The impact report of a move to 2.4.8 in its dialog, made by the engine (StoreActions::impact, as the
// review page's button starts it) on a store the real Composer installed from a repository on disk and
// customised as the impact tests' store is; the theme's override of the product page selected: the
// vendor's change and the store's copy side by side.
bool shootImpact(const QString &out, const QString &dir)
{
    mua::test::ComposerRepo::StoreOptions storeOptions;
    storeOptions.customised = true;
    const QString root = mua::test::ComposerRepo::makeStore(dir, storeOptions);
    QThreadPool pool;
    UpgradeOptions options;
    options.targetVersion = QStringLiteral("2.4.8");
    ImpactDialog dialog(root, options, &pool, nullptr);
    dialog.resize(smallest ? dialog.minimumSizeHint() : QSize(1180, 760));
    dialog.show();
    if (!waitFor([&] { return !dialog.isRunning(); }, 180000))
        return false;
    ImpactView *view = dialog.view();
    const QList<ImpactFinding> findings = view->report().findings;
    const auto product = std::find_if(findings.cbegin(), findings.cend(), [](const ImpactFinding &f) {
        return f.file.endsWith(QLatin1String("Magento_Catalog/templates/product/view.phtml"));
    });
    if (product == findings.cend()) {
        std::fprintf(stderr, "the impact report has no finding for the product page (%d findings)\n",
                     int(findings.size()));
        return false;
    }
    if (!view->selectFinding(int(product - findings.cbegin())) ||
        !waitFor([&] { return !view->isReading(); }, 10000))
        return false;
    return shoot(dialog, out, QStringLiteral("13-impact"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mua-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: mua_screenshots OUTDIR\n");
        return 2;
    }
    const QString out = args.at(1);
    smallest = args.contains(QStringLiteral("--smallest"));
    QTranslator translator;
    QTranslator qtTranslator;
    if (const qsizetype at = args.indexOf(QStringLiteral("--language")); at > 0 && at + 1 < args.size()) {
        const QString qm = QStringLiteral(MUA_QM_DIR "/magento-upgrade-assistant_%1.qm").arg(args.at(at + 1));
        if (!translator.load(qm)) {
            std::fprintf(stderr, "cannot load %s\n", qPrintable(qm));
            return 2;
        }
        QApplication::setApplicationDisplayName(
            QStringLiteral("Magento Upgrade Assistant")); // as main() does
        QApplication::installTranslator(&translator);
        // The wizard's own buttons (Back, Next, Finish) from Qt's translations, as main() loads them.
        if (qtTranslator.load(QStringLiteral("qtbase_") + args.at(at + 1),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
    } else if (translator.load(QStringLiteral(MUA_QM_DIR "/magento-upgrade-assistant_en.qm"))) {
        QApplication::installTranslator(
            &translator); // English plural forms ("1 package"), as main() loads them
    }
    if (args.contains(QStringLiteral("--dark"))) {
        // A dark palette, as a desktop in dark mode gives it: every colour must stay readable.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(p);
    }
    QDir().mkpath(out);
    Messages::setAnswerer([](const QString &) { return QMessageBox::Yes; });
    QTemporaryDir dir;
    QString error;
    const QString ok = dir.path() + QStringLiteral("/shop");
    const QString bad = dir.path() + QStringLiteral("/shop-failing");
    if (!DemoStore::create(ok, QStringLiteral("2.4"), &error) ||
        !DemoStore::create(bad, QStringLiteral("2.4"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile switches(bad + QStringLiteral("/.fake-magento/switches.json"));
    if (!switches.open(QIODevice::WriteOnly) || switches.write(R"({"fail": {"setup:upgrade": ""}})") < 0)
        return 1;
    switches.close();
    const QString ddev = dir.path() + QStringLiteral("/ddev-shop");
    QFile ddevConfig(ddev + QStringLiteral("/.ddev/config.yaml"));
    if (!DemoStore::create(ddev, QStringLiteral("2.4"), &error) ||
        !QDir().mkpath(ddev + QStringLiteral("/.ddev")) || !ddevConfig.open(QIODevice::WriteOnly) ||
        ddevConfig.write("name: shop\ntype: magento2\n") < 0)
        return 1;
    ddevConfig.close();
    return run(out, ok, false) && shootSshStore(out, ok) && shootDdevStore(out, ddev) &&
                   run(out, bad, true) &&
                   shootMove(out, dir.path() + QStringLiteral("/move-blocked"), true) &&
                   shootMove(out, dir.path() + QStringLiteral("/move"), false) &&
                   shootImpact(out, dir.path() + QStringLiteral("/impact"))
               ? 0
               : 1;
}
