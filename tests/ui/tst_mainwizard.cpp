// Drives the wizard offscreen through whole demo upgrades: success, failure and recovery, stop.
#include "cli/cliwording.h"
#include "core/model/wording.h"
#include "core/run/storequeries.h"
#include "core/steps/plan.h"
#include "demo/demostore.h"
#include "tests/support/composerrepo.h"
#include "tests/support/testsupport.h"
#include "tests/support/widgetsupport.h"
#include "ui/common/messagebar.h"
#include "ui/common/messages.h"
#include "ui/common/notifications.h"
#include "ui/log/logpane.h"
#include "ui/log/logview.h"
#include "ui/wizard/backuppage.h"
#include "ui/wizard/finishpage.h"
#include "ui/wizard/mainwizard.h"
#include "ui/wizard/readinesspage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/storepage.h"
#include "ui/wizard/upgradepage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

#include <functional>

#include <signal.h>

using namespace mua;
using mua::test::labelsText;
using mua::test::maintenanceOn;
using mua::test::makeStore;
using mua::test::writeFile;

namespace {

// A demo store whose bin/magento fails in setup:upgrade ("Area code is not set").
const char FailSetupUpgrade[] = R"({"fail": {"setup:upgrade": ""}})";

QString makeFailingStore(const QTemporaryDir &dir)
{
    const QString root = makeStore(dir);
    writeFile(root, QStringLiteral(".fake-magento/switches.json"), FailSetupUpgrade);
    return root;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// Chooses a runner on the store page the way a person does: by its entry in the combo.
void chooseRunner(StorePage *page, const QString &kind)
{
    auto *combo = child<QComboBox>(page, "runnerCombo");
    const int index = combo->findData(kind);
    if (index < 0)
        qFatal("no runner %s in the combo", qPrintable(kind));
    combo->setCurrentIndex(index);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// A label's text as it reads: rich text as plain text, mnemonics gone, white space folded.
QString shownText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    if (label->buddy())
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.simplified();
}

// Every object of the accessibility tree below iface (what AT-SPI and Orca see), depth first.
void walkAccessible(QAccessibleInterface *iface, int depth,
                    const std::function<void(QAccessibleInterface *, int)> &visit)
{
    if (!iface || iface->state().invisible)
        return;
    visit(iface, depth);
    for (int i = 0; i < iface->childCount(); ++i)
        walkAccessible(iface->child(i), depth + 1, visit);
}

// The accessibility tree of a widget, one object a line: role, name, description.
QString accessibleTree(QWidget *root)
{
    QString out;
    walkAccessible(
        QAccessible::queryAccessibleInterface(root), 0, [&out](QAccessibleInterface *i, int depth) {
            const QString name = i->text(QAccessible::Name).simplified();
            const QString description = i->text(QAccessible::Description).simplified();
            const QByteArray role = QMetaEnum::fromType<QAccessible::Role>().valueToKey(i->role());
            if (name.isEmpty() && description.isEmpty())
                return; // layout containers
            out +=
                QString(depth * 2, QLatin1Char(' ')) + QString::fromLatin1(role) + QStringLiteral(": ") +
                name +
                (description.isEmpty() ? QString() : QStringLiteral(" [") + description + QLatin1Char(']')) +
                QLatin1Char('\n');
        });
    return out;
}

// What a screen reader would get wrong: a label that shows content under another name (the name
// replaces the text), or a control without a name.
QStringList accessibilityProblems(QWidget *root)
{
    static const QSet<QAccessible::Role> controls{
        QAccessible::PushButton,   QAccessible::CheckBox, QAccessible::RadioButton, QAccessible::ComboBox,
        QAccessible::EditableText, QAccessible::SpinBox,  QAccessible::ProgressBar, QAccessible::List,
        QAccessible::Tree,         QAccessible::Table,    QAccessible::Slider,      QAccessible::ButtonMenu};
    QStringList problems;
    walkAccessible(QAccessible::queryAccessibleInterface(root), 0, [&](QAccessibleInterface *i, int) {
        const QString name = i->text(QAccessible::Name).simplified();
        QObject *o = i->object();
        const QString who =
            o ? QLatin1String(o->metaObject()->className()) + QLatin1Char(' ') + o->objectName()
              : QStringLiteral("?");
        if (const auto *label = qobject_cast<const QLabel *>(o)) {
            const QString shown = shownText(label);
            if (shown.isEmpty())
                return;
            if (!label->accessibleName().isEmpty())
                problems << QStringLiteral("%1 shows \"%2\" but is named \"%3\"")
                                .arg(who, shown.left(60), label->accessibleName());
            else if (!name.contains(shown))
                problems << QStringLiteral("%1 shows \"%2\" but reads \"%3\"")
                                .arg(who, shown.left(60), name.left(60));
            return;
        }
        if (controls.contains(i->role()) && name.isEmpty())
            problems << QStringLiteral("%1 (a control) has no name").arg(who);
    });
    return problems;
}

// The names of everything a screen reader can reach below root, one per object.
QStringList accessibleNames(QWidget *root)
{
    QStringList names;
    walkAccessible(QAccessible::queryAccessibleInterface(root), 0, [&names](QAccessibleInterface *i, int) {
        names << i->text(QAccessible::Name).simplified();
    });
    return names;
}

// The widgets below root that are shown.
QList<QWidget *> shownWidgets(QWidget *root)
{
    QList<QWidget *> shown = root->findChildren<QWidget *>();
    shown.removeIf([](const QWidget *w) { return !w->isVisible(); });
    return shown;
}

// Every text shown below root: labels, buttons, tree and list rows, the header of the wizard.
QString shownTexts(QWidget *root)
{
    QStringList texts;
    for (QWidget *widget : shownWidgets(root)) {
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << shownText(label);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        else if (const auto *tree = qobject_cast<const QTreeWidget *>(widget)) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                for (int c = 0; c < tree->columnCount(); ++c)
                    texts << tree->topLevelItem(i)->text(c) << tree->topLevelItem(i)->toolTip(c);
        } else if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text() << list->item(i)->toolTip();
        } else if (const auto *progress = qobject_cast<const QProgressBar *>(widget))
            texts << progress->text();
    }
    return texts.join(QLatin1Char('\n'));
}

// The assistant's own command-line words (cli.md): options, exit codes, step ids; or only its
// options (the console log may show a command's exit code and bin/magento's own options).
QStringList commandLineWords(const QString &text, bool onlyOptions = false)
{
    static const QStringList options{
        QStringLiteral("runner"),          QStringLiteral("php"),        QStringLiteral("ssh"),
        QStringLiteral("remote-root"),     QStringLiteral("ssh-config"), QStringLiteral("service"),
        QStringLiteral("target-version"),  QStringLiteral("backup"),     QStringLiteral("backup-dir"),
        QStringLiteral("backup-media"),    QStringLiteral("url"),        QStringLiteral("notify"),
        QStringLiteral("on-failure"),      QStringLiteral("log"),        QStringLiteral("report"),
        QStringLiteral("resume"),          QStringLiteral("break-lock"), QStringLiteral("yes"),
        QStringLiteral("accept-data-loss")};
    QStringList stepIds = Plan().ids();
    stepIds.removeIf(
        [](const QString &id) { return !id.contains(QLatin1Char('-')); }); // "backup" is a word too
    const QRegularExpression words(
        onlyOptions ? QStringLiteral("--(%1)\\b").arg(options.join(QLatin1Char('|')))
                    : QStringLiteral("--(%1)\\b|exit code|\\b(%2)\\b")
                          .arg(options.join(QLatin1Char('|')), stepIds.join(QLatin1Char('|'))));
    QStringList found;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (words.match(line).hasMatch())
            found << line;
    return found;
}

// The mnemonic letters of the visible buttons and labelled fields below root, with their texts.
QMultiMap<QChar, QString> mnemonics(QWidget *root)
{
    QMultiMap<QChar, QString> keys;
    auto add = [&keys](const QString &text) {
        static const QRegularExpression marker(QStringLiteral("&(&|[^&\\s])")); // "&&" is a plain '&'
        for (auto it = marker.globalMatch(text); it.hasNext();) {
            const QString key = it.next().captured(1);
            if (key != QLatin1String("&")) {
                keys.insert(key.at(0).toLower(), text);
                return;
            }
        }
    };
    for (QWidget *widget : shownWidgets(root)) {
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            add(button->text());
        else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            add(label->text());
    }
    return keys;
}

// Text that does not fit where it is shown: buttons and one-line labels narrower than their text,
// wrapped labels shorter than their lines, list rows wider than the list, pages or trees that
// need a horizontal scroll bar.
QStringList clippedTexts(QWidget *root)
{
    QStringList out;
    for (QWidget *widget : shownWidgets(root)) {
        const QString who =
            QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (!button->text().isEmpty() && button->width() < button->sizeHint().width())
                out << QStringLiteral("%1 \"%2\": %3 px for %4")
                           .arg(who, button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width());
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                  : label->width() < label->sizeHint().width())
                out << QStringLiteral("%1 \"%2\": %3×%4 px for %5×%6")
                           .arg(who, shownText(label).left(50))
                           .arg(label->width())
                           .arg(label->height())
                           .arg(label->sizeHint().width())
                           .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                  : label->sizeHint().height());
        } else if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget)) {
            if (qobject_cast<const QAbstractItemView *>(area) || qobject_cast<const QScrollArea *>(area))
                if (area->horizontalScrollBar()->maximum() > 0)
                    out << QStringLiteral("%1: scrolls sideways by %2 px")
                               .arg(who)
                               .arg(area->horizontalScrollBar()->maximum());
            // A list's rows may wrap; each must be tall enough for its text at the width it has.
            const auto *list = qobject_cast<const QListWidget *>(widget);
            for (int i = 0; list && i < list->count(); ++i) {
                const QListWidgetItem *item = list->item(i);
                const QRect row = list->visualItemRect(item);
                const int icon = list->iconSize().isValid()
                                     ? list->iconSize().width()
                                     : list->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, list);
                const QRect text = QFontMetrics(item->font())
                                       .boundingRect(QRect(0, 0, row.width() - icon - 16, 10000),
                                                     Qt::TextWordWrap, item->text());
                if (text.height() > row.height() || text.width() > row.width() - icon - 16)
                    out << QStringLiteral("%1 row \"%2\": %3×%4 px for %5×%6")
                               .arg(who, item->text())
                               .arg(row.width())
                               .arg(row.height())
                               .arg(text.width() + icon + 16)
                               .arg(text.height());
            }
        }
    }
    return out;
}

} // namespace

class TestMainWizard : public QObject
{
    Q_OBJECT

    int m_clicks = 0;

    void click(MainWizard &w, QWizard::WizardButton which)
    {
        QAbstractButton *b = w.button(which);
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(QStringLiteral("button %1").arg(int(which))));
        ++m_clicks;
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Walks from the store page to the finish page; returns with the finish page shown.
    void walkToFinish(MainWizard &w)
    {
        walkPages(w, [&w](const QString &page) {
            if (page == QLatin1String("review"))
                QCOMPARE(w.button(QWizard::CommitButton)->text().remove(QLatin1Char('&')),
                         QStringLiteral("Upgrade"));
        });
    }

    // Walks a demo run page by page; check(page) looks at each once it has settled.
    void walkPages(MainWizard &w, const std::function<void(const QString &page)> &check)
    {
        // A failed check ends the walk (QTRY_ gives up at once after a failure).
#define MUA_CHECK(page)                                                                                      \
    check(QStringLiteral(page));                                                                             \
    if (QTest::currentTestFailed())                                                                          \
        return;
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        MUA_CHECK("store")
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::ReadinessPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.readinessPage()->isComplete(), 20000);
        MUA_CHECK("readiness")
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::BackupPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!w.backupPage()->isEstimating(), 20000);
        MUA_CHECK("backup")
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->isComplete(), 20000);
        MUA_CHECK("review")
        click(w, QWizard::CommitButton);
        QCOMPARE(w.currentId(), int(MainWizard::UpgradePageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
        MUA_CHECK("upgrade")
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::FinishPageId));
        MUA_CHECK("finish")
#undef MUA_CHECK
    }

    // Two demo runs, page by page: one that succeeds, and one that the fake bin/magento's switches
    // make fail. before(w) runs once the window is shown, check(w, page) on every page, after(w,
    // failing) on the finish page.
    struct TwoRuns
    {
        std::function<void(MainWizard &, const QString &page)> check;
        std::function<void(MainWizard &, bool failing)> after = {};
        std::function<void(MainWizard &)> before = {};
        QByteArray switches = FailSetupUpgrade;
    };
    void walkTwoRuns(const TwoRuns &runs)
    {
        for (const bool failing : {false, true}) {
            QTemporaryDir dir;
            const QString root = makeStore(dir);
            if (failing)
                writeFile(root, QStringLiteral(".fake-magento/switches.json"), runs.switches);
            MainWizard w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            if (runs.before)
                runs.before(w);
            w.openStore(root);
            walkPages(w, [&](const QString &page) { runs.check(w, page); });
            if (QTest::currentTestFailed())
                return;
            if (runs.after)
                runs.after(w, failing);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // As far as the review page, waiting for its plan.
    void walkToReview(MainWizard &w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        click(w, QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.readinessPage()->isComplete(), 20000);
        click(w, QWizard::NextButton);
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->isComplete(), 20000);
    }

    // As far as the review page, and the list of the versions the store's repositories offer.
    void walkToReviewWithVersions(MainWizard &w)
    {
        walkToReview(w);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!w.reviewPage()->isListingVersions(), 60000);
    }

    // Chooses a version from the list of the review page with the keyboard, as a person does, and
    // waits until the move to it is worked out.
    void chooseVersion(MainWizard &w, const QString &version)
    {
        auto *combo = child<QComboBox>(w.reviewPage(), "targetCombo");
        const int index = combo->findData(version);
        QVERIFY2(index > 0, qPrintable(version));
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(child<QLineEdit>(w.reviewPage(), "targetEdit")->text(), version);
        QVERIFY(w.reviewPage()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!w.reviewPage()->isLoading(), 120000);
    }

    // The rows of a table of the review page, their columns joined with " | ".
    static QStringList rows(QWidget *page, const char *table)
    {
        QStringList out;
        const auto *tree = child<QTreeWidget>(page, table);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QStringList columns;
            for (int c = 0; c < tree->columnCount(); ++c)
                columns << tree->topLevelItem(i)->text(c);
            out << columns.join(QLatin1String(" | "));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The process speaks the command line's words until a window opens (as a program that
        // runs a command, then the wizard, would).
        Wording::install(&CliWording::instance());
    }
    void init()
    {
        m_clicks = 0;
        Messages::setAnswerer([](const QString &) { return QMessageBox::Yes; });
    }
    void cleanup()
    {
        Messages::setAnswerer(nullptr);
        Notifications::setCatcher(nullptr);
    }

    void fullDemoUpgradeInSixClicks()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToFinish(w);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("Your upgrade was successful!")));
        QVERIFY(w.upgradePage()->logPane()->view()->lineCount() > 20);
        QCOMPARE(w.lastExitCode(), 0);
        QVERIFY(!maintenanceOn(root));
        click(w, QWizard::FinishButton);
        QCOMPARE(m_clicks, 6);
        QVERIFY(!w.isVisible());
        // The store page remembers the store for next time.
        MainWizard again;
        QVERIFY(again.storePage()->findChild<QComboBox *>(QStringLiteral("pathCombo"))->findText(root) >= 0);
    }

    void failureIsRecoveredWithoutATerminal()
    {
        QTemporaryDir dir;
        const QString root = makeFailingStore(dir);
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToFinish(w);
        const QString shown = labelsText(w.finishPage());
        QVERIFY2(shown.contains(QLatin1String("The upgrade failed.")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Area code")), qPrintable(shown));
        QVERIFY(maintenanceOn(root));

        auto *maintenance = w.finishPage()->findChild<QPushButton *>(QStringLiteral("maintenanceButton"));
        QVERIFY(maintenance->isVisible());
        QTest::mouseClick(maintenance, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.finishPage()->isBusy() && !maintenanceOn(root), 20000);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("Maintenance mode is off")));
        QVERIFY(!maintenance->isVisible());

        // Save the log through the page, then resume and finish the upgrade from the wizard.
        const QString saved = dir.path() + QStringLiteral("/saved.log");
        w.finishPage()->setSaveFileNameProvider([saved] { return saved; });
        QTest::mouseClick(w.finishPage()->findChild<QPushButton *>(QStringLiteral("saveLogButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(mua::test::readFile(saved).contains("setup:upgrade"), 10000);
        // The page's buttons wait while it saves (the file is whole a moment before it says so).
        QTRY_VERIFY_WITH_TIMEOUT(!w.finishPage()->isBusy(), 10000);

        writeFile(root, QStringLiteral(".fake-magento/switches.json"), "{}");
        auto *resume = w.finishPage()->findChild<QPushButton *>(QStringLiteral("resumeButton"));
        QVERIFY(resume->isVisible());
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(MainWizard::UpgradePageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
        click(w, QWizard::NextButton);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("Your upgrade was successful!")));
        QVERIFY(!maintenanceOn(root));
    }

    void stopIsConfirmedAndClean()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})");
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToReview(w);
        click(w, QWizard::CommitButton);
        auto *steps = w.upgradePage()->findChild<QListWidget *>(QStringLiteral("stepsList"));
        QTRY_VERIFY_WITH_TIMEOUT(steps->count() == 13 && steps->item(7)->font().bold(), 30000);
        QTest::qWait(300);
        QVERIFY(w.isRunning());

        // Answered No: nothing happens.
        Messages::setAnswerer([](const QString &) { return QMessageBox::No; });
        auto *stop = w.upgradePage()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QTest::mouseClick(stop, Qt::LeftButton);
        QTest::qWait(200);
        QVERIFY(w.isRunning());
        QCOMPARE(Messages::asked().size(), 1);

        Messages::setAnswerer([](const QString &) { return QMessageBox::Yes; });
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 15000);
        QCOMPARE(w.lastExitCode(), 130);
        // The page says the run has ended: no "Stopping…" left, and the bar says where it stopped.
        QVERIFY(!stop->isEnabled());
        QVERIFY2(!stop->text().contains(QLatin1String("Stopping")), qPrintable(stop->text()));
        auto *progress = w.upgradePage()->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QVERIFY2(progress->text().startsWith(QStringLiteral("Stopped at “Upgrade the database and modules”")),
                 qPrintable(progress->text()));
        QCOMPARE(progress->palette().color(QPalette::Highlight),
                 MessageBar::color(MessageBar::Type::Warning));
        click(w, QWizard::NextButton);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("The upgrade was stopped.")));
        QVERIFY(w.finishPage()->findChild<QPushButton *>(QStringLiteral("maintenanceButton"))->isVisible());
    }

    void closingDuringARunAsksThenStops()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})");
        auto owner = std::make_unique<MainWizard>();
        MainWizard *w = owner.get();
        w->show();
        w->openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(w->storePage()->isComplete(), 10000);
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->readinessPage()->isComplete(), 20000);
        w->next();
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->reviewPage()->isComplete(), 20000);
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->isRunning(), 10000);
        QTest::qWait(500);
        QList<Notifications::Notification> notes;
        Notifications::setCatcher([&notes](const Notifications::Notification &n) { notes << n; });
        // The program's own event loop, as main() runs it: it ends when the window is closed and
        // nothing holds it any more.
        bool closedAtOnce = false;
        QTimer::singleShot(0, w, [&] {
            w->close();
            closedAtOnce = !w->isVisible() && w->isRunning();
        });
        QTimer safetyNet;
        safetyNet.setSingleShot(true);
        connect(&safetyNet, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
        safetyNet.start(30000);
        QCOMPARE(QApplication::exec(), 0);
        safetyNet.stop();
        QCOMPARE(Messages::asked().size(), 1);
        QVERIFY2(Messages::asked().first().contains(QLatin1String("503")),
                 qPrintable(Messages::asked().first()));
        // Closed at once, as asked; the run was stopped out of sight, the program ended after it, and
        // a notification said how it ended.
        QVERIFY(closedAtOnce);
        QVERIFY(!w->isVisible());
        QVERIFY(!w->isRunning());
        QTRY_COMPARE(notes.size(), 1);
        QCOMPARE(notes.first().title, QStringLiteral("The upgrade was stopped."));
        QVERIFY2(notes.first().text.contains(QLatin1String("Your shop is offline")) &&
                     notes.first().text.contains(root),
                 qPrintable(notes.first().text));
        QVERIFY(notes.first().urgent);
        QCOMPARE(Messages::asked().size(), 1); // no second question for a window already closed
        Notifications::setCatcher(nullptr);
    }

    void refusesAFolderThatIsNotAStore()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(dir.path());
        QTRY_VERIFY(!w.storePage()->store().error.isEmpty());
        QVERIFY(!w.storePage()->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(labelsText(w.storePage()).contains(QLatin1String("is not a Magento 2 store")));
    }

    // env.php computes MAGE_MODE: the store page says so instead of showing nothing (the store is only
    // read there; Magento is asked by the readiness check).
    void computedDeployModeIsNamed()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        const QString env = root + QStringLiteral("/app/etc/env.php");
        QByteArray php = mua::test::readFile(env);
        QVERIFY(php.contains("'MAGE_MODE' => 'developer',"));
        php.replace("'MAGE_MODE' => 'developer',", "'MAGE_MODE' => getenv('MAGE_MODE') ?: 'production',");
        QVERIFY(mua::test::writeFile(root, QStringLiteral("app/etc/env.php"), php));
        MainWizard w;
        w.show();
        w.openStore(root);
        QTRY_VERIFY(w.storePage()->isComplete());
        QCOMPARE(shownText(child<QLabel>(w.storePage(), "modeValue")),
                 QStringLiteral("set at run time by app/etc/env.php (the readiness check asks Magento)"));
    }

    void everyControlHasAnAccessibleName()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(makeStore(dir));
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        QStringList unnamed;
        for (QWidget *c : w.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(c) || qobject_cast<QLineEdit *>(c) ||
                                 qobject_cast<QComboBox *>(c) || qobject_cast<QAbstractItemView *>(c);
            // Parts of other controls (a combo box's popup, a tree's header) are named by their owner.
            const bool part = qobject_cast<QHeaderView *>(c) ||
                              qobject_cast<QLineEdit *>(c->parentWidget()) ||
                              qobject_cast<QComboBox *>(c->parentWidget()) ||
                              QByteArray(c->metaObject()->className()).startsWith("QComboBox");
            if (!control || part)
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(c);
            const bool named = !c->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            if (!named)
                unnamed << QLatin1String(c->metaObject()->className()) + QLatin1Char(' ') + c->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void sshRunnerNeedsHostAndServerFolder()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openStore(makeStore(dir));
        StorePage *page = w.storePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        auto *host = child<QLineEdit>(page, "sshHostEdit");
        auto *remote = child<QLineEdit>(page, "remoteRootEdit");
        auto *config = child<QLineEdit>(page, "sshConfigEdit");
        auto *browse = child<QPushButton>(page, "sshConfigBrowseButton");
        auto *hint = child<QLabel>(page, "runnerHintLabel");
        QAbstractButton *next = w.button(QWizard::NextButton);

        // This computer: no SSH fields, nothing missing.
        QCOMPARE(child<QComboBox>(page, "runnerCombo")->currentData().toString(), QStringLiteral("local"));
        QVERIFY(!host->isVisible() && !remote->isVisible() && !config->isVisible() && !browse->isVisible());
        QVERIFY(!hint->isVisible());
        QVERIFY(next->isEnabled());

        chooseRunner(page, QStringLiteral("ssh"));
        QVERIFY(host->isVisible() && remote->isVisible() && config->isVisible() && browse->isVisible());
        QVERIFY(host->isEnabled() && remote->isEnabled() && config->isEnabled() && browse->isEnabled());
        QVERIFY(!page->isComplete());
        QVERIFY(!next->isEnabled());
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("SSH host")), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(QLatin1String("folder on the server")), qPrintable(hint->text()));

        // Keyboard: each label's mnemonic reaches its field, Tab walks the fields in order.
        QCOMPARE(child<QLabel>(page, "sshHostLabel")->buddy(), host);
        QCOMPARE(child<QLabel>(page, "remoteRootLabel")->buddy(), remote);
        QCOMPARE(child<QLabel>(page, "sshConfigLabel")->buddy(), config);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        host->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), host);
        QTest::keyClick(host, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), remote);
        QTest::keyClick(remote, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), config);
        QTest::keyClick(config, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), browse);

        typeInto(host, QStringLiteral("shop-prod"));
        QVERIFY(!page->isComplete());
        QVERIFY(!next->isEnabled());
        QVERIFY2(!hint->text().contains(QLatin1String("SSH host")), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(QLatin1String("folder on the server")), qPrintable(hint->text()));

        typeInto(remote, QStringLiteral("var/www/shop")); // not absolute
        QVERIFY(!next->isEnabled());
        QVERIFY2(hint->text().contains(QLatin1String("from /")), qPrintable(hint->text()));
        typeInto(remote, QStringLiteral("/"));
        QVERIFY(!next->isEnabled());

        typeInto(remote, QStringLiteral("/var/www/shop"));
        QVERIFY(page->isComplete());
        QVERIFY(next->isEnabled());
        QVERIFY(!hint->isVisible());

        typeInto(host, QStringLiteral("shop prod"));
        QVERIFY(!next->isEnabled());
        typeInto(host, QStringLiteral("-oProxyCommand=x"));
        QVERIFY(!next->isEnabled());
        typeInto(host, QStringLiteral("deploy@shop.example.com"));
        QVERIFY(next->isEnabled());

        // The config file is optional, but a relative path would depend on where the wizard started.
        typeInto(config, QStringLiteral("shop_config"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(hint->text().contains(QLatin1String("config file")), qPrintable(hint->text()));
        typeInto(config, dir.path() + QStringLiteral("/shop_config"));
        QVERIFY(next->isEnabled());

        // Back to this computer: the SSH fields go away and do not hold Next back.
        typeInto(remote, QString());
        QVERIFY(!next->isEnabled());
        chooseRunner(page, QStringLiteral("local"));
        QVERIFY(!host->isVisible() && !remote->isVisible());
        QVERIFY(next->isEnabled());
    }

    void sshRunnerSettingsCarryTheFields()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(makeStore(dir));
        StorePage *page = w.storePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        QCOMPARE(page->runnerSettings().kind, RunnerKind::Local);

        chooseRunner(page, QStringLiteral("ssh"));
        typeInto(child<QLineEdit>(page, "sshHostEdit"), QStringLiteral("  shop-prod "));
        typeInto(child<QLineEdit>(page, "remoteRootEdit"), QStringLiteral("/var/www/shop "));
        typeInto(child<QLineEdit>(page, "sshConfigEdit"), QStringLiteral("~/work/ssh_config"));
        typeInto(child<QLineEdit>(page, "phpEdit"), QStringLiteral("php8.3"));
        QVERIFY(page->isComplete());

        const RunnerSettings r = page->runnerSettings();
        QCOMPARE(r.kind, RunnerKind::Ssh);
        QCOMPARE(r.sshHost, QStringLiteral("shop-prod"));
        QCOMPARE(r.remoteRoot, QStringLiteral("/var/www/shop"));
        QCOMPARE(r.sshConfigFile, QDir::homePath() + QStringLiteral("/work/ssh_config"));
        QCOMPARE(r.php, QStringLiteral("php8.3"));
        // What the upgrade, the readiness check and the review are given.
        const RunnerSettings o = w.options().runner;
        QCOMPARE(o.kind, r.kind);
        QCOMPARE(o.sshHost, r.sshHost);
        QCOMPARE(o.remoteRoot, r.remoteRoot);
        QCOMPARE(o.sshConfigFile, r.sshConfigFile);
    }

    void sshRunnerIsRememberedPerStore()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QTemporaryDir otherDir;
        const QString other = makeStore(otherDir);
        // A server that refuses at once: the readiness check fails fast, without the network.
        const QString config = dir.path() + QStringLiteral("/ssh_config");
        QVERIFY(writeFile(dir.path(), QStringLiteral("ssh_config"),
                          "Host shop-prod\n  HostName 127.0.0.1\n  Port 1\n  ConnectTimeout 5\n"));
        {
            MainWizard w;
            w.show();
            w.openStore(root);
            StorePage *page = w.storePage();
            QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
            chooseRunner(page, QStringLiteral("ssh"));
            typeInto(child<QLineEdit>(page, "sshHostEdit"), QStringLiteral("shop-prod"));
            typeInto(child<QLineEdit>(page, "remoteRootEdit"), QStringLiteral("/var/www/shop"));
            typeInto(child<QLineEdit>(page, "sshConfigEdit"), config);
            QElapsedTimer clock;
            clock.start();
            click(w, QWizard::NextButton);
            QVERIFY2(clock.elapsed() < 2000, "Next waited for ssh on the GUI thread");
            QCOMPARE(w.currentId(), int(MainWizard::ReadinessPageId));
            // The checks ran over ssh (off the GUI thread) and could not reach the server.
            auto *recheck = child<QPushButton>(w.readinessPage(), "recheckButton");
            QTRY_VERIFY_WITH_TIMEOUT(recheck->isEnabled(), 60000);
            QVERIFY(!w.readinessPage()->isComplete());
        }

        // A new wizard on the same store brings the runner and its fields back.
        MainWizard again;
        again.show();
        again.openStore(root);
        StorePage *page = again.storePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        auto *combo = child<QComboBox>(page, "runnerCombo");
        auto *host = child<QLineEdit>(page, "sshHostEdit");
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ssh"));
        QVERIFY(host->isVisible());
        QCOMPARE(host->text(), QStringLiteral("shop-prod"));
        QCOMPARE(child<QLineEdit>(page, "remoteRootEdit")->text(), QStringLiteral("/var/www/shop"));
        QCOMPARE(child<QLineEdit>(page, "sshConfigEdit")->text(), config);
        QCOMPARE(page->runnerSettings().sshConfigFile, config);

        // Per store: another store keeps this computer, with empty SSH fields.
        again.openStore(other);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == other, 10000);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("local"));
        QVERIFY(host->text().isEmpty());
        QVERIFY(!host->isVisible());

        // And choosing the first store again brings SSH back.
        again.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == root, 10000);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ssh"));
        QCOMPARE(page->runnerSettings().remoteRoot, QStringLiteral("/var/www/shop"));
    }

    void suggestedRunnerIsPreselected()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QVERIFY(writeFile(root, QStringLiteral(".ddev/config.yaml"), "name: shop\ntype: magento2\n"));
        QTemporaryDir composeDir;
        const QString composeRoot = makeStore(composeDir);
        QVERIFY(writeFile(composeRoot, QStringLiteral("docker-compose.yml"),
                          "services:\n  phpfpm:\n    image: markoshust/magento-php:8.2-fpm\n"));

        MainWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        StorePage *page = w.storePage();
        auto *combo = child<QComboBox>(page, "runnerCombo");
        auto *service = child<QLineEdit>(page, "serviceEdit");
        auto *note = child<QLabel>(page, "containerNoteLabel");
        auto *php = child<QLineEdit>(page, "phpEdit");

        // A ddev project without a saved runner: ddev, saying why; no PHP field (the container's runs).
        w.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == root, 10000);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ddev"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String(".ddev/config.yaml")), qPrintable(note->text()));
        QVERIFY(!service->isVisible());
        QVERIFY(!php->isVisible());
        QCOMPARE(page->runnerSettings().kind, RunnerKind::Ddev);

        // A compose project: compose with the service that runs PHP, reachable by keyboard.
        w.openStore(composeRoot);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == composeRoot, 10000);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("compose"));
        QVERIFY(service->isVisible());
        QCOMPARE(service->text(), QStringLiteral("phpfpm"));
        QCOMPARE(child<QLabel>(page, "serviceLabel")->buddy(), service);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        combo->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), combo);
        QTest::keyClick(combo, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), service);
        typeInto(service, QStringLiteral("php fpm"));
        QVERIFY(!page->isComplete());
        typeInto(service, QStringLiteral("php-fpm"));
        QVERIFY(page->isComplete());
        QCOMPARE(page->runnerSettings().service, QStringLiteral("php-fpm"));

        // A saved runner wins over the suggestion.
        w.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && page->store().root == root, 10000);
        chooseRunner(page, QStringLiteral("local"));
        QVERIFY(php->isVisible());
        QVERIFY(page->validatePage());
        MainWizard again;
        again.show();
        again.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(again.storePage()->isComplete(), 10000);
        QCOMPARE(child<QComboBox>(again.storePage(), "runnerCombo")->currentData().toString(),
                 QStringLiteral("local"));
    }

    // Issue 15.3: through the accessibility tree (what AT-SPI hands Orca), every page reads what it
    // shows, every control has a name, and the failure page says what failed and why.
    void screenReadersReadEveryPage()
    {
        walkTwoRuns(
            {[](MainWizard &w, const QString &page) {
                 const QStringList problems = accessibilityProblems(&w);
                 QVERIFY2(problems.isEmpty(),
                          qPrintable(page + QStringLiteral(":\n") + problems.join(u'\n')));
             },
             [](MainWizard &w, bool failing) {
                 if (!failing)
                     return;
                 qInfo("The finish page after a failure, as a screen reader gets it:\n%s",
                       qPrintable(accessibleTree(w.finishPage())));
                 const QString read = accessibleNames(w.finishPage()).join(u'\n');
                 for (const char *needle : {"Your shop is offline", "503", "The upgrade failed.",
                                            "Upgrade the database and modules", "Area code is not set"})
                     QVERIFY2(read.contains(QLatin1String(needle)),
                              qPrintable(QLatin1String(needle) + QStringLiteral(" not read in:\n") + read));
             }});
    }

    // Issue 15.5: the shop left offline is the loudest thing on the page; closing asks while it is so;
    // once maintenance is off nothing says it is still on.
    void offlineShopIsTheLoudestAndClosingAsks()
    {
        QTemporaryDir dir;
        const QString root = makeFailingStore(dir);
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToFinish(w);
        FinishPage *page = w.finishPage();
        auto *bar = child<MessageBar>(page, "shopBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageBar::Type::Error);
        QVERIFY2(bar->text().contains(QLatin1String("Your shop is offline")) &&
                     bar->text().contains(QLatin1String("503")) && bar->text().contains(root),
                 qPrintable(bar->text()));
        // Above everything else the page shows.
        const int barTop = bar->mapTo(page, QPoint(0, 0)).y();
        for (QWidget *other : page->findChildren<QWidget *>()) {
            if (other->isVisible() && !bar->isAncestorOf(other) && other != bar &&
                (qobject_cast<QLabel *>(other) || qobject_cast<QAbstractButton *>(other)))
                QVERIFY2(other->mapTo(page, QPoint(0, 0)).y() > barTop, qPrintable(other->objectName()));
        }
        // The turn-off is in the bar.
        auto *maintenance = child<QPushButton>(page, "maintenanceButton");
        QVERIFY(bar->isAncestorOf(maintenance) && maintenance->isVisible());

        // Finish and Close ask while the shop is offline; No keeps the window.
        Messages::setAnswerer([](const QString &) { return QMessageBox::No; });
        click(w, QWizard::FinishButton);
        QCOMPARE(Messages::asked().size(), 1);
        QVERIFY2(Messages::asked().first().contains(QLatin1String("503")),
                 qPrintable(Messages::asked().first()));
        QVERIFY(w.isVisible());
        w.close();
        QCOMPARE(Messages::asked().size(), 2);
        QVERIFY(w.isVisible());

        // Maintenance off: the bar says the shop answers again, and nothing says it is in maintenance.
        Messages::setAnswerer([](const QString &) { return QMessageBox::Yes; });
        QTest::mouseClick(maintenance, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !maintenanceOn(root), 20000);
        QCOMPARE(bar->type(), MessageBar::Type::Positive);
        QVERIFY2(bar->text().contains(QLatin1String("Maintenance mode is off")), qPrintable(bar->text()));
        const QString shown = labelsText(page);
        QVERIFY2(!shown.contains(QLatin1String("in maintenance mode")) &&
                     !shown.contains(QLatin1String("503")),
                 qPrintable(shown));
        QVERIFY(!page->shopLeftOffline());

        // Now Finish closes without a question.
        Messages::setAnswerer([](const QString &) { return QMessageBox::No; });
        click(w, QWizard::FinishButton);
        QVERIFY(Messages::asked().isEmpty());
        QVERIFY(!w.isVisible());
    }

    // Issue 15.5: Back from the finish page leads to the settings, kept, and a second run; Resume is
    // not offered where it would only fail the same way.
    void backFromTheFinishPageChangesSettingsAndRunsAgain()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToReview(w);
        // A storefront address nobody answers: the run is refused before anything changes.
        auto *url = child<QLineEdit>(w.reviewPage(), "urlEdit");
        typeInto(url, QStringLiteral("http://127.0.0.1:1/"));
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->isComplete(), 20000);
        click(w, QWizard::CommitButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
        QCOMPARE(w.lastRecord().result, RunResult::Refused);
        click(w, QWizard::NextButton);
        const QString shown = labelsText(w.finishPage());
        QVERIFY2(shown.contains(QLatin1String("The upgrade did not start.")) &&
                     shown.contains(QLatin1String("Press Back")),
                 qPrintable(shown));
        QVERIFY(!child<QPushButton>(w.finishPage(), "resumeButton")->isVisible());

        click(w, QWizard::BackButton);
        QCOMPARE(w.currentId(), int(MainWizard::ReviewPageId));
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:1/"));
        typeInto(url, QString());
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->isComplete(), 20000);
        // The earlier pages are there too.
        QVERIFY(w.button(QWizard::BackButton)->isVisible() && w.button(QWizard::BackButton)->isEnabled());
        click(w, QWizard::CommitButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
        click(w, QWizard::NextButton);
        QVERIFY(labelsText(w.finishPage()).contains(QLatin1String("Your upgrade was successful!")));
        QCOMPARE(w.lastExitCode(), 0);
        QVERIFY(!maintenanceOn(root));
    }

    // Issue 15.5: a database the backup cannot reach is said loudly on the backup and review pages,
    // and keeps Next and Upgrade from going on; the backup page says what room the backup needs.
    void unreachableDatabaseKeepsTheUpgradeFromStarting()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir); // env.php names a database server that is not running
        MainWizard w;
        w.show();
        w.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        click(w, QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.readinessPage()->isComplete(), 20000);
        click(w, QWizard::NextButton);
        BackupPage *backup = w.backupPage();
        QTRY_VERIFY_WITH_TIMEOUT(!backup->isEstimating(), 20000);
        auto *space = child<QLabel>(backup, "spaceLabel");
        QVERIFY2(space->isVisible() && space->text().contains(QLatin1String("The backup needs about")) &&
                     space->text().contains(QLatin1String("free")),
                 qPrintable(space->text()));
        auto *bar = child<MessageBar>(backup, "problemBar");
        QVERIFY(!bar->isVisible());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        child<QCheckBox>(backup, "backupCheck")->click();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageBar::Type::Error);
        QVERIFY2(bar->text().contains(QLatin1String("database")), qPrintable(bar->text()));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        const QStringList problems = accessibilityProblems(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Pushed on anyway, the review page says the same and Upgrade stays off.
        w.next();
        QCOMPARE(w.currentId(), int(MainWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!w.reviewPage()->isLoading(), 20000);
        auto *reviewBar = child<MessageBar>(w.reviewPage(), "problemBar");
        QVERIFY(reviewBar->isVisible());
        QVERIFY2(reviewBar->text().contains(QLatin1String("Back up the code and the database")) &&
                     reviewBar->text().contains(QLatin1String("database")),
                 qPrintable(reviewBar->text()));
        QVERIFY(!w.reviewPage()->isComplete());
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());

        // Without the backup the way is open again.
        click(w, QWizard::BackButton);
        child<QCheckBox>(backup, "backupCheck")->click();
        QVERIFY(!bar->isVisible());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        click(w, QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->isComplete(), 20000);
        QVERIFY(!reviewBar->isVisible());
        QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
    }

    // Issue 15.5: after a failure the progress bar is red where the run stopped and says so.
    void progressSaysHowTheRunEnded()
    {
        QTemporaryDir dir;
        const QString root = makeFailingStore(dir);
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToReview(w);
        click(w, QWizard::CommitButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
        auto *progress = child<QProgressBar>(w.upgradePage(), "progressBar");
        QVERIFY2(progress->text().startsWith(QStringLiteral("Failed at “Upgrade the database and modules”")),
                 qPrintable(progress->text()));
        QCOMPARE(progress->palette().color(QPalette::Highlight), MessageBar::color(MessageBar::Type::Error));
        auto *stop = child<QPushButton>(w.upgradePage(), "cancelButton");
        QVERIFY(!stop->isEnabled());
        QVERIFY(!stop->text().contains(QLatin1String("Stopping")));
        // The next run starts with a plain bar.
        click(w, QWizard::NextButton);
        writeFile(root, QStringLiteral(".fake-magento/switches.json"), "{}");
        QTest::mouseClick(child<QPushButton>(w.finishPage(), "resumeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(progress->palette().color(QPalette::Highlight),
                 MessageBar::color(MessageBar::Type::Positive));
    }

    // Issue 15.6: Enter in a field of the review page applies it; it never starts the upgrade.
    void enterInAReviewFieldDoesNotStartTheUpgrade()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(makeStore(dir));
        walkToReview(w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *target = child<QLineEdit>(w.reviewPage(), "targetEdit");
        auto *url = child<QLineEdit>(w.reviewPage(), "urlEdit");
        auto *combo = child<QComboBox>(w.reviewPage(), "targetCombo"); // where the keys go with focus on it
        for (QWidget *edit :
             {static_cast<QWidget *>(combo), static_cast<QWidget *>(target), static_cast<QWidget *>(url)}) {
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClick(edit, Qt::Key_Enter);
        }
        QTest::qWait(300);
        QCOMPARE(w.currentId(), int(MainWizard::ReviewPageId));
        QVERIFY(!w.isRunning());
        // Typed, then Enter: the plan for the new version, at once, and still no upgrade.
        QTest::keyClicks(target, QStringLiteral("2.4.8"));
        QTest::keyClick(target, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!w.reviewPage()->isLoading(), 20000);
        QVERIFY2(child<QLabel>(w.reviewPage(), "packageValue")->text().contains(QStringLiteral("→ 2.4.8")),
                 qPrintable(child<QLabel>(w.reviewPage(), "packageValue")->text()));
        QCOMPARE(w.currentId(), int(MainWizard::ReviewPageId));
        QVERIFY(!w.isRunning());
    }

    void everyPageHasDistinctMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // Issue 15.6: no two things on a page answer the same Alt key, in every language (with Qt's
    // own translation of the wizard's buttons, as main() loads it).
    void everyPageHasDistinctMnemonics()
    {
        QFETCH(QString, language);
        QTranslator own;
        QTranslator qt;
        if (language != QLatin1String("en")) {
            const QString qm =
                QStringLiteral(MUA_TEST_BINARY_DIR "/../app/magento-upgrade-assistant_%1.qm").arg(language);
            QVERIFY2(own.load(qm), qPrintable(qm));
            QVERIFY2(qt.load(QStringLiteral("qtbase_") + language,
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                     "Qt's own translations (qt6-translations-l10n) are not installed");
            QCoreApplication::installTranslator(&own);
            QCoreApplication::installTranslator(&qt);
        }
        const auto untranslate = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&qt);
            QCoreApplication::removeTranslator(&own);
        });
        walkTwoRuns({[](MainWizard &w, const QString &page) {
            auto *backup = w.backupPage()->findChild<QCheckBox *>(QStringLiteral("backupCheck"));
            if (page == QLatin1String("backup"))
                backup->setChecked(true); // the folder row in use
            // The finish page's buttons for a backup and a storefront address, which these runs
            // have not: they show beside the others after runs that have them.
            QList<QWidget *> shownForTheCheck;
            if (page == QLatin1String("finish"))
                for (const char *name : {"rollbackButton", "storefrontButton"})
                    if (auto *button = w.finishPage()->findChild<QPushButton *>(QLatin1String(name));
                        button && !button->isVisible()) {
                        button->show();
                        shownForTheCheck << button;
                    }
            const QMultiMap<QChar, QString> keys = mnemonics(&w);
            for (QWidget *button : std::as_const(shownForTheCheck))
                button->hide();
            QStringList clashes;
            for (const QChar key : keys.uniqueKeys())
                if (keys.count(key) > 1)
                    clashes << QStringLiteral("Alt+%1: %2")
                                   .arg(key)
                                   .arg(QStringList(keys.values(key)).join(QLatin1String(", ")));
            backup->setChecked(false);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(page + QStringLiteral(": ") + clashes.join(QLatin1String("; "))));
        }});
    }

    // Issue 15.6: the wizard says what the command line says with options, step ids and exit codes
    // in its own words: the names of its fields, the steps' titles.
    void noCommandLineWordsInTheWizard()
    {
        TwoRuns runs{[](MainWizard &w, const QString &page) {
                         QStringList found = commandLineWords(shownTexts(&w));
                         for (const LogView *log : w.findChildren<LogView *>())
                             if (log->isVisible())
                                 found << commandLineWords(log->toPlainText(), true);
                         QVERIFY2(found.isEmpty(),
                                  qPrintable(page + QStringLiteral(":\n") + found.join(u'\n')));
                     },
                     [](MainWizard &w, bool failing) {
                         const QString shown = shownTexts(w.finishPage());
                         QVERIFY2(failing ? shown.contains(QLatin1String("PHP ran out of memory")) &&
                                                shown.contains(QStringLiteral("“PHP”"))
                                          : shown.contains(QStringLiteral("“Move to version” is empty")),
                                  qPrintable(shown));
                     }};
        // PHP running out of memory: a failed step, a known fix and a PHP fatal error to word.
        runs.switches = R"({"fatal": ["setup:upgrade"]})";
        walkTwoRuns(runs);
        // The command line keeps its own words.
        QCOMPARE(Wording::current().notChosen(Setting::TargetVersion),
                 QStringLiteral("no --target-version given"));
    }

    // Issue 15.6: lists are joined in the reader's language ("and" is translated).
    void listsAreJoinedInTheReadersLanguage()
    {
        struct German : QTranslator
        {
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                if (qstrcmp(context, "mua::Wording") == 0 && qstrcmp(source, "%1 and %2") == 0)
                    return QStringLiteral("%1 und %2");
                return QString();
            }
            bool isEmpty() const override { return false; }
        } german;
        QCoreApplication::installTranslator(&german);
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(makeStore(dir));
        walkToReview(w);
        const QList<QTreeWidgetItem *> rows =
            child<QTreeWidget>(w.reviewPage(), "stepsTree")
                ->findItems(QStringLiteral("Empty the code-generation folders"), Qt::MatchExactly);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first()->text(1).contains(QLatin1String("generated/code und generated/metadata")),
                 qPrintable(rows.first()->text(1)));
    }

    // Issue 15.6: after a success the page says what changed, what was skipped and why, and what
    // people usually do next.
    void successSaysWhatChangedAndWhatComesNext()
    {
        QTemporaryDir dir;
        MainWizard w;
        w.show();
        w.openStore(makeStore(dir));
        walkToFinish(w);
        FinishPage *page = w.finishPage();
        const QString what = shownText(child<QLabel>(page, "whatLabel"));
        QVERIFY2(what.contains(QLatin1String("Magento 2.4.7")), qPrintable(what));
        const QString details = shownText(child<QLabel>(page, "detailsLabel"));
        QVERIFY2(details.contains(QLatin1String("Skipped, and why")), qPrintable(details));
        int skipped = 0;
        for (const StepRecord &s : w.lastRecord().steps) {
            if (s.status != StepStatus::Skipped)
                continue;
            ++skipped;
            QVERIFY2(details.contains(s.title + QStringLiteral(": ") + s.detail),
                     qPrintable(s.title + u'\n' + details));
        }
        QVERIFY(skipped >= 3);
        QVERIFY2(
            details.contains(QLatin1String("Compile dependency injection: the store is in developer mode")),
            qPrintable(details));
        auto *next = child<QLabel>(page, "nextLabel");
        QVERIFY(next->isVisible());
        const QString steps = shownText(next);
        for (const char *needle :
             {"PHP-FPM", "OPcache", "Varnish", "cron", "queue consumers", "storefront", "Admin"})
            QVERIFY2(steps.contains(QLatin1String(needle)),
                     qPrintable(QLatin1String(needle) + u'\n' + steps));
    }

    // Issue 15.6: German and French fit the smallest window (and English), and the title says the
    // program's name once, in the reader's language.
    void textFitsTheSmallestWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void textFitsTheSmallestWindow()
    {
        QFETCH(QString, language);
        // As main() does: the application is named before the translations are loaded.
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Magento Upgrade Assistant"));
        QTranslator translator;
        if (language != QLatin1String("en")) {
            const QString qm =
                QStringLiteral(MUA_TEST_BINARY_DIR "/../app/magento-upgrade-assistant_%1.qm").arg(language);
            QVERIFY2(translator.load(qm), qPrintable(qm));
            QCoreApplication::installTranslator(&translator);
        }
        const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        walkTwoRuns({[&language](MainWizard &w, const QString &page) {
                         QTest::qWait(50); // rows laid out again for their width
                         const QStringList clipped = clippedTexts(&w);
                         QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("%1 at %2×%3, %4:\n")
                                                                    .arg(language)
                                                                    .arg(w.width())
                                                                    .arg(w.height())
                                                                    .arg(page) +
                                                                clipped.join(u'\n')));
                     },
                     {},
                     [](MainWizard &w) {
                         // The platform adds the display name to a title that does not end with it.
                         QVERIFY2(w.windowTitle().endsWith(QGuiApplication::applicationDisplayName()),
                                  qPrintable(w.windowTitle() + QStringLiteral(" / ") +
                                             QGuiApplication::applicationDisplayName()));
                         w.resize(w.minimumSize());
                     }});
    }

    // Issue 15.6: the window fits its screen, at 200 % on 1920×1080 too (ctest runs this once more
    // so), and every button can be reached: on the screen, or scrolled to inside its page.
    void everyButtonIsOnTheScreen()
    {
        walkTwoRuns({[](MainWizard &w, const QString &page) {
            const QRect screen = w.screen()->availableGeometry();
            QVERIFY2(screen.contains(w.frameGeometry()),
                     qPrintable(QStringLiteral("%1: the window %2×%3 on a screen of %4×%5")
                                    .arg(page)
                                    .arg(w.frameGeometry().width())
                                    .arg(w.frameGeometry().height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
            QStringList unreachable;
            for (QAbstractButton *button : w.findChildren<QAbstractButton *>()) {
                if (!button->isVisible())
                    continue;
                QScrollArea *area = nullptr;
                for (QWidget *p = button->parentWidget(); p && !area; p = p->parentWidget())
                    area = qobject_cast<QScrollArea *>(p);
                if (area)
                    area->ensureWidgetVisible(button, 0, 0);
                const QRect where(button->mapToGlobal(QPoint(0, 0)), button->size());
                const QRect room =
                    area ? QRect(area->viewport()->mapToGlobal(QPoint(0, 0)), area->viewport()->size())
                         : screen;
                if (!screen.contains(where) || !room.contains(where))
                    unreachable << button->text() + QLatin1Char(' ') + button->objectName();
            }
            QVERIFY2(unreachable.isEmpty(),
                     qPrintable(page + QStringLiteral(": ") + unreachable.join(QLatin1String(", "))));
        }});
    }

    // Issue 18: the store page says what the store runs and what a run without a target does; the
    // review page lists the versions the store's repositories offer (newest first, with the PHP
    // each needs) and, for a module that pins the old framework, shows the blocking table and the
    // failing check and keeps Upgrade off with the reason.
    void aBlockingModuleKeepsTheMoveFromStarting()
    {
        QTemporaryDir dir;
        mua::test::ComposerRepo::StoreOptions options;
        options.legacyModule = true;
        const QString root = mua::test::ComposerRepo::makeStore(dir.path(), options);
        MainWizard w;
        w.show();
        w.openStore(root);
        QTRY_VERIFY_WITH_TIMEOUT(w.storePage()->isComplete(), 10000);
        const QString note = shownText(child<QLabel>(w.storePage(), "versionNote"));
        QVERIFY2(note.contains(QLatin1String("only brings the database up to the code already installed")) &&
                     note.contains(QLatin1String("Magento 2.4.7")),
                 qPrintable(note));
        QVERIFY2(shownText(child<QLabel>(w.storePage(), "versionValue")).startsWith(QLatin1String("2.4.7")),
                 qPrintable(shownText(child<QLabel>(w.storePage(), "versionValue"))));

        walkToReviewWithVersions(w);
        ReviewPage *page = w.reviewPage();
        auto *combo = child<QComboBox>(page, "targetCombo");
        QVERIFY(combo->isEditable());
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), QStringLiteral("keep the installed code"));
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(1), QStringLiteral("2.4.9 (PHP ~8.3.0||~8.4.0)"));
        QCOMPARE(combo->itemData(1).toString(), QStringLiteral("2.4.9"));
        QCOMPARE(combo->itemText(2), QStringLiteral("2.4.8 (PHP ~8.2.0||~8.3.0||~8.4.0)"));
        QCOMPARE(combo->itemData(2).toString(), QStringLiteral("2.4.8"));
        QVERIFY2(shownText(child<QLabel>(page, "versionsLabel")).contains(QLatin1String("2 newer version")),
                 qPrintable(shownText(child<QLabel>(page, "versionsLabel"))));
        QVERIFY(combo->currentText().isEmpty()); // nothing chosen: the installed code is kept
        QVERIFY(!child<QWidget>(page, "moveBox")->isVisible());
        QVERIFY(w.button(QWizard::CommitButton)->isEnabled());

        chooseVersion(w, QStringLiteral("2.4.8"));
        const QString move = shownText(child<QLabel>(page, "moveLabel"));
        QVERIFY2(move.startsWith(QStringLiteral("2.4.7 → 2.4.8")), qPrintable(move));
        const QStringList blocking = rows(page, "blockingTree");
        QCOMPARE(blocking.size(), 1);
        QVERIFY2(
            blocking.first().startsWith(QLatin1String("acme/module-legacy | magento/framework 103.0.7 | ")),
            qPrintable(blocking.first()));
        QVERIFY(child<QTreeWidget>(page, "blockingTree")->isVisible());
        // The six checks of the target, each with its level; what fails says what to do.
        auto *checks = child<QTreeWidget>(page, "moveChecksTree");
        QCOMPARE(checks->topLevelItemCount(), 6);
        QStringList failed;
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = checks->topLevelItem(i);
            if (item->data(0, Qt::AccessibleTextRole).toString().endsWith(QLatin1String(": Error")))
                failed << item->text(1);
        }
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().contains(QLatin1String("acme/module-legacy")) &&
                     failed.first().contains(QLatin1String("Fix: ")),
                 qPrintable(failed.first()));
        QVERIFY(!child<QTreeWidget>(page, "changesTree")->isVisible());
        // Upgrade stays off, and the bar above everything says why.
        QVERIFY(!page->isComplete());
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        auto *bar = child<MessageBar>(page, "problemBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageBar::Type::Error);
        QVERIFY2(bar->text().contains(QLatin1String("acme/module-legacy")), qPrintable(bar->text()));
        const QStringList problems = accessibilityProblems(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QMultiMap<QChar, QString> keys = mnemonics(&w);
        for (const QChar key : keys.uniqueKeys())
            QVERIFY2(keys.count(key) == 1, qPrintable(QStringList(keys.values(key)).join(u',')));

        // Back to the installed code: the move and its problems are gone.
        while (combo->currentIndex() > 0)
            QTest::keyClick(combo, Qt::Key_Up);
        QVERIFY(combo->currentText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 20000);
        QVERIFY(!child<QWidget>(page, "moveBox")->isVisible());
        QVERIFY(!bar->isVisible());
    }

    // Issue 18: a move that can work passes its six checks, shows the packages that change and lets
    // Upgrade start; the finish page says from which version to which.
    void aMoveThatCanWorkRunsAndSaysSo()
    {
        QTemporaryDir dir;
        const QString root = mua::test::ComposerRepo::makeStore(dir.path());
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToReviewWithVersions(w);
        ReviewPage *page = w.reviewPage();
        // Typed rather than chosen: the field stays a field, and says what is not a version.
        auto *edit = child<QLineEdit>(page, "targetEdit");
        QTest::keyClicks(edit, QStringLiteral("abc"));
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(
            shownText(child<QLabel>(page, "moveLabel")),
            QStringLiteral("“abc” is not a Magento version: choose one from the list, or type one such as "
                           "2.4.8."));
        QVERIFY(child<QLabel>(page, "moveLabel")->isVisible());
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("2.4.8"));
        QVERIFY(page->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 120000);
        QVERIFY2(shownText(child<QLabel>(page, "moveLabel")).startsWith(QStringLiteral("2.4.7 → 2.4.8")),
                 qPrintable(shownText(child<QLabel>(page, "moveLabel"))));
        auto *checks = child<QTreeWidget>(page, "moveChecksTree");
        QCOMPARE(checks->topLevelItemCount(), 6);
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            QVERIFY2(checks->topLevelItem(i)
                         ->data(0, Qt::AccessibleTextRole)
                         .toString()
                         .endsWith(QLatin1String(": Passed")),
                     qPrintable(checks->topLevelItem(i)->text(1)));
        QVERIFY2(rows(page, "changesTree").contains(QStringLiteral("magento/framework | 103.0.7 | 103.0.8")),
                 qPrintable(rows(page, "changesTree").join(u'\n')));
        QVERIFY(child<QTreeWidget>(page, "changesTree")->isVisible());
        QVERIFY(!child<QTreeWidget>(page, "blockingTree")->isVisible());
        QVERIFY(!child<MessageBar>(page, "problemBar")->isVisible());
        QVERIFY(page->isComplete());
        const QStringList problems = accessibilityProblems(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        click(w, QWizard::CommitButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 180000);
        QCOMPARE(w.lastExitCode(), 0);
        click(w, QWizard::NextButton);
        QCOMPARE(w.currentId(), int(MainWizard::FinishPageId));
        const QString details = shownText(child<QLabel>(w.finishPage(), "detailsLabel"));
        QVERIFY2(details.contains(QStringLiteral("Magento 2.4.7 → 2.4.8")), qPrintable(details));
        QCOMPARE(StoreQueries::inspect(root).version, QStringLiteral("2.4.8"));
    }

    // Issue 18: when Composer cannot list the versions, the review page says so in its own words
    // and the field still takes a typed version (whose move is then checked).
    void versionsThatCannotBeListedAreSaid()
    {
        QTemporaryDir dir;
        const QString root = mua::test::ComposerRepo::makeStore(dir.path());
        QVERIFY(
            QDir().rename(dir.path() + QStringLiteral("/repo"), dir.path() + QStringLiteral("/repo-gone")));
        MainWizard w;
        w.show();
        w.openStore(root);
        walkToReviewWithVersions(w);
        ReviewPage *page = w.reviewPage();
        const QString said = shownText(child<QLabel>(page, "versionsLabel"));
        QVERIFY2(said.contains(QLatin1String("Composer could not read the versions")) &&
                     said.contains(QLatin1String("Type the version")),
                 qPrintable(said));
        QVERIFY2(commandLineWords(said).isEmpty(), qPrintable(said));
        QCOMPARE(child<QComboBox>(page, "targetCombo")->count(), 1); // "keep the installed code"
        QTest::keyClicks(child<QLineEdit>(page, "targetEdit"), QStringLiteral("2.4.8"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 120000);
        QCOMPARE(page->targetVersion(), QStringLiteral("2.4.8"));
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        QVERIFY2(child<MessageBar>(page, "problemBar")->text().contains(QLatin1String("Target version")),
                 qPrintable(child<MessageBar>(page, "problemBar")->text()));
    }

    // Issue 18: Composer still listing the versions when the window goes is stopped, and the page
    // waits for it: a command left running would keep the program from ending.
    void composerStillWorkingIsStoppedWithTheWindow()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        // A Composer that says where it is, then never answers.
        QVERIFY(writeFile(dir.path(), QStringLiteral("bin/composer"),
                          "#!/bin/sh\necho $$ > \"$0.pid\"\nexec sleep 600\n"));
        QVERIFY(
            QFile::setPermissions(dir.path() + QStringLiteral("/bin/composer"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(dir.path()) + "/bin:" + path);
        const auto restore = qScopeGuard([&path] { qputenv("PATH", path); });
        const QString pidFile = dir.path() + QStringLiteral("/bin/composer.pid");
        pid_t pid = 0;
        QElapsedTimer closing;
        {
            MainWizard w;
            w.show();
            w.openStore(root);
            walkToReview(w);
            QVERIFY(w.reviewPage()->isListingVersions());
            QTRY_VERIFY_WITH_TIMEOUT(!mua::test::readFile(pidFile).trimmed().isEmpty(), 10000);
            pid = pid_t(mua::test::readFile(pidFile).trimmed().toLongLong());
            QVERIFY(pid > 0 && ::kill(pid, 0) == 0);
            closing.start();
        }
        QVERIFY2(closing.elapsed() < 20000, qPrintable(QString::number(closing.elapsed())));
        QVERIFY2(::kill(pid, 0) != 0, "Composer still runs after the wizard has gone");
    }
};

QTEST_MAIN(TestMainWizard)
#include "tst_mainwizard.moc"
