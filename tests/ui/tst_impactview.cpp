// The wizard's impact view (issue 19): the findings it lists are the report's (those the HTML page and
// `impact --json` list), its filters, the three panes of a finding with their marks, the patch and the
// page it hands on; the dialog that makes the report on the review page's pool; the review page's
// button. Over real trees: the store's vendor/, the target's, and the store's copies.
#include "core/impact/impacthtml.h"
#include "core/impact/linediff.h"
#include "tests/support/testsupport.h"
#include "ui/common/messagebar.h"
#include "ui/impact/impactdialog.h"
#include "ui/impact/impactview.h"
#include "ui/wizard/reviewpage.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QThreadPool>
#include <QTreeView>
#include <QtTest>

using namespace mua;
using Level = ImpactFinding::Level;
using Type = ImpactFinding::Type;
using Pane = ImpactView::Pane;

namespace {

const QString catalogTemplate =
    QStringLiteral("magento/module-catalog/view/frontend/templates/product/view.phtml");
const QString themeCopy =
    QStringLiteral("app/design/frontend/Acme/shop/Magento_Catalog/templates/product/view.phtml");

// A store at dir/shop with its vendor/, the target's vendor/ at dir/target/vendor, and a report of what
// the move touches, its findings by level, type and file as the engine orders them.
ImpactReport makeReport(const QTemporaryDir &dir)
{
    using test::writeFile;
    ImpactReport r;
    r.from = QStringLiteral("2.4.7");
    r.to = QStringLiteral("2.4.8");
    r.root = dir.filePath(QStringLiteral("shop"));
    r.oldVendor = r.root + QStringLiteral("/vendor");
    r.newVendor = dir.filePath(QStringLiteral("target/vendor"));
    // An override: the vendor removes line 3 and adds a line after line 4; the store's copy changed
    // line 2 of the old file.
    writeFile(r.oldVendor, catalogTemplate, "<div>\n<?= $title ?>\n<span>old</span>\n<p>kept</p>\n</div>\n");
    writeFile(r.newVendor, catalogTemplate, "<div>\n<?= $title ?>\n<p>kept</p>\n<b>new</b>\n</div>\n");
    writeFile(r.root, themeCopy,
              "<div>\n<?= $escaper->escapeHtml($title) ?>\n<span>old</span>\n<p>kept</p>\n</div>\n");
    // A copy that is now the same as the new vendor file.
    const QString email = QStringLiteral("magento/module-sales/view/frontend/email/order_new.html");
    const QString emailCopy =
        QStringLiteral("app/design/frontend/Acme/shop/Magento_Sales/email/order_new.html");
    writeFile(r.oldVendor, email, "<p>Order</p>\n");
    writeFile(r.newVendor, email, "<p>Your order</p>\n");
    writeFile(r.root, emailCopy, "<p>Your order</p>\n");
    // A preference for a class the move removes.
    const QString product = QStringLiteral("magento/module-catalog/Model/Legacy.php");
    const QString preference = QStringLiteral("app/code/Acme/Fix/Model/Legacy.php");
    writeFile(r.oldVendor, product, "<?php\nclass Legacy {}\n");
    writeFile(r.root, preference, "<?php\nclass Legacy extends \\Magento\\Catalog\\Model\\Legacy {}\n");
    // A setup patch the move adds.
    const QString patch = QStringLiteral("magento/module-catalog/Setup/Patch/Data/AddNew.php");
    writeFile(r.newVendor, patch, "<?php\nclass AddNew {}\n");
    // A change of comments only.
    const QString layout =
        QStringLiteral("magento/module-checkout/view/frontend/layout/checkout_index_index.xml");
    const QString layoutCopy =
        QStringLiteral("app/design/frontend/Acme/shop/Magento_Checkout/layout/checkout_index_index.xml");
    writeFile(r.oldVendor, layout, "<page>\n<!-- old -->\n</page>\n");
    writeFile(r.newVendor, layout, "<page>\n<!-- new -->\n</page>\n");
    writeFile(r.root, layoutCopy, "<page>\n<!-- old -->\n<block/>\n</page>\n");
    const auto v = [](const QString &inside) { return QStringLiteral("vendor/") + inside; };
    r.findings = {
        {Level::Warn, Type::Override, themeCopy, v(catalogTemplate),
         QStringLiteral("The template your theme overrides changes in 2.4.8.")},
        {Level::Warn, Type::PreferenceRemoved, preference, v(product),
         QStringLiteral("The class your preference replaces is removed in 2.4.8.")},
        {Level::Info, Type::RedundantOverride, emailCopy, v(email),
         QStringLiteral("Your copy is now the same as the vendor's: it can go.")},
        {Level::Info, Type::SetupPatch, v(patch), v(patch), QStringLiteral("2.4.8 adds a data patch.")},
        {Level::Ignore, Type::Override, layoutCopy, v(layout),
         QStringLiteral("Only comments change in the layout your theme overrides.")},
    };
    return r;
}

// The rows the view shows, in its order, as the JSON's findings say them.
QJsonArray shownRows(ImpactView &view)
{
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("findingsTree"));
    QAbstractItemModel *model = tree->model();
    QJsonArray rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows.append(QJsonArray::fromStringList(cells));
    }
    return rows;
}

// The same for findings of the JSON, titled as the view titles them; the vendor file is the file's
// tooltip.
QJsonArray jsonRows(const QJsonArray &findings)
{
    QJsonArray rows;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        rows.append(QJsonArray::fromStringList(
            {ImpactReport::levelTitle(
                 *ImpactReport::levelFromWord(f.value(QLatin1String("level")).toString())),
             ImpactReport::typeTitle(*ImpactReport::typeFromWord(f.value(QLatin1String("type")).toString())),
             f.value(QLatin1String("file")).toString(), f.value(QLatin1String("detail")).toString()}));
    }
    return rows;
}

bool waitShown(ImpactView &view, int row)
{
    return view.selectFinding(row) && QTest::qWaitFor([&view] { return !view.isReading(); }, 5000);
}

void walkAccessible(QAccessibleInterface *iface, const std::function<void(QAccessibleInterface *)> &visit)
{
    if (!iface || iface->state().invisible)
        return;
    visit(iface);
    for (int i = 0; i < iface->childCount(); ++i)
        walkAccessible(iface->child(i), visit);
}

} // namespace

class TestImpactView : public QObject
{
    Q_OBJECT

private slots:
    void listsExactlyTheReportsFindings()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        ImpactView view;
        view.setReport(report);
        const QJsonArray findings = report.toJson().value(QLatin1String("findings")).toArray();
        QCOMPARE(findings.size(), report.findings.size());
        QCOMPARE(shownRows(view), jsonRows(findings));
        // The counts as a sentence, from the report's own counts.
        const QString counts = view.findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
        for (const auto &[level, text] :
             {std::pair{Level::Warn, "%n need(s) a look"}, std::pair{Level::Info, "%n worth knowing"},
              std::pair{Level::Ignore, "%n whitespace or comments only"}})
            QVERIFY2(counts.contains(
                         QCoreApplication::translate("mua::ImpactView", text, nullptr, report.count(level))),
                     qPrintable(counts));
        QVERIFY(counts.contains(QLatin1String("2.4.7")) && counts.contains(QLatin1String("2.4.8")));
        // The first finding is shown at once.
        QVERIFY(view.currentFinding());
        QCOMPARE(*view.currentFinding(), report.findings.first());
    }

    void sortsByTheLevelsOrder()
    {
        QTemporaryDir dir;
        ImpactReport report = makeReport(dir);
        std::reverse(report.findings.begin(), report.findings.end());
        ImpactView view;
        view.setReport(report);
        // Needs a look first, whatever the words sort as.
        auto *tree = view.findChild<QTreeView *>(QStringLiteral("findingsTree"));
        QCOMPARE(tree->model()->index(0, 0).data().toString(), ImpactReport::levelTitle(Level::Warn));
        QCOMPARE(tree->model()->index(4, 0).data().toString(), ImpactReport::levelTitle(Level::Ignore));
    }

    void filtersByLevelTypeAndFile()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        ImpactView view;
        view.setReport(report);
        auto *level = view.findChild<QComboBox *>(QStringLiteral("levelCombo"));
        auto *type = view.findChild<QComboBox *>(QStringLiteral("typeCombo"));
        auto *file = view.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
        auto *tree = view.findChild<QTreeView *>(QStringLiteral("findingsTree"));
        auto *shown = view.findChild<QLabel *>(QStringLiteral("shownLabel"));
        const auto expected = [&report](const std::function<bool(const ImpactFinding &)> &keep) {
            ImpactReport kept = report;
            kept.findings.removeIf([&keep](const ImpactFinding &f) { return !keep(f); });
            return jsonRows(kept.toJson().value(QLatin1String("findings")).toArray());
        };
        QVERIFY(shown->isHidden());

        level->setCurrentIndex(level->findData(int(Level::Info)));
        QCOMPARE(shownRows(view), expected([](const ImpactFinding &f) { return f.level == Level::Info; }));
        QCOMPARE(tree->model()->rowCount(), report.count(Level::Info));
        QVERIFY(!shown->isHidden());
        // The finding in the panes is one the table shows.
        QVERIFY(view.currentFinding() && view.currentFinding()->level == Level::Info);

        level->setCurrentIndex(0);
        type->setCurrentIndex(type->findData(int(Type::Override)));
        QCOMPARE(shownRows(view), expected([](const ImpactFinding &f) { return f.type == Type::Override; }));
        QCOMPARE(tree->model()->rowCount(), 2);

        file->setText(QStringLiteral("magento_checkout"));
        QCOMPARE(shownRows(view), expected([](const ImpactFinding &f) {
                     return f.type == Type::Override && f.file.contains(QLatin1String("Magento_Checkout"));
                 }));
        QCOMPARE(tree->model()->rowCount(), 1);

        // The vendor's path counts too: the setup patch is the vendor's own file.
        type->setCurrentIndex(0);
        file->setText(QStringLiteral("module-sales"));
        QCOMPARE(shownRows(view), expected([](const ImpactFinding &f) {
                     return f.vendorFile.contains(QLatin1String("module-sales"));
                 }));

        level->setCurrentIndex(level->findData(int(Level::Warn)));
        QCOMPARE(tree->model()->rowCount(), 0);
        QCOMPARE(shown->text(),
                 QCoreApplication::translate("mua::ImpactView", "No finding matches the filter."));
        QVERIFY(!view.currentFinding());
        QVERIFY(view.pane(Pane::OldVendor)->toPlainText().isEmpty());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());

        level->setCurrentIndex(0);
        file->clear();
        QCOMPARE(shownRows(view), expected([](const ImpactFinding &) { return true; }));
        QVERIFY(shown->isHidden());
    }

    void panesShowTheThreeTextsWithTheirMarks()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        ImpactView view;
        view.setReport(report);
        QVERIFY(waitShown(view, 0)); // the override
        QCOMPARE(view.pane(Pane::OldVendor)->toPlainText(),
                 QString::fromUtf8(test::readFile(report.oldVendor + QLatin1Char('/') + catalogTemplate)));
        QCOMPARE(view.pane(Pane::NewVendor)->toPlainText(),
                 QString::fromUtf8(test::readFile(report.newVendor + QLatin1Char('/') + catalogTemplate)));
        QCOMPARE(view.pane(Pane::Store)->toPlainText(),
                 QString::fromUtf8(test::readFile(report.root + QLatin1Char('/') + themeCopy)));
        // The vendor removed <span>old</span> (line 3) and added <b>new</b> (line 4); the copy differs
        // from the new file in its line 2, and keeps the line the vendor removed (3).
        QCOMPARE(view.markedLines(Pane::OldVendor), QList<int>{2});
        QCOMPARE(view.markedLines(Pane::NewVendor), QList<int>{3});
        QCOMPARE(view.markedLines(Pane::Store), (QList<int>{1, 2}));
        // The marks are painted on those lines, and said.
        const QList<QTextEdit::ExtraSelection> marks = view.pane(Pane::Store)->extraSelections();
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.at(0).cursor.block().text(), QStringLiteral("<?= $escaper->escapeHtml($title) ?>"));
        QCOMPARE(marks.at(1).cursor.block().text(), QStringLiteral("<span>old</span>"));
        QVERIFY2(view.pane(Pane::OldVendor)->accessibleDescription().contains(QLatin1String("3")),
                 qPrintable(view.pane(Pane::OldVendor)->accessibleDescription()));
        QVERIFY2(view.pane(Pane::Store)->accessibleDescription().contains(QStringLiteral("2–3")),
                 qPrintable(view.pane(Pane::Store)->accessibleDescription()));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("openButton"))->isEnabled());
        // Monospace, read-only.
        QVERIFY(view.pane(Pane::Store)->isReadOnly());
        QVERIFY(QFontInfo(view.pane(Pane::Store)->font()).fixedPitch());

        // The copy that is now the vendor's: nothing to mark in it.
        QVERIFY(waitShown(view, 2));
        QCOMPARE(view.markedLines(Pane::Store), QList<int>{});
        QCOMPARE(view.markedLines(Pane::OldVendor), QList<int>{0});

        // A preference for a removed class: no vendor file after the move, and the store's class is
        // not a copy of the vendor's, so nothing is marked in it.
        QVERIFY(waitShown(view, 1));
        QVERIFY(view.pane(Pane::NewVendor)->toPlainText().isEmpty());
        QVERIFY(view.pane(Pane::NewVendor)->placeholderText().contains(QLatin1String("2.4.8 removes")));
        QVERIFY(!view.pane(Pane::Store)->toPlainText().isEmpty());
        QCOMPARE(view.markedLines(Pane::Store), QList<int>{});
        QCOMPARE(view.markedLines(Pane::OldVendor), (QList<int>{0, 1}));

        // A setup patch the move adds: no side before, none in the store, nothing to open.
        QVERIFY(waitShown(view, 3));
        QVERIFY(view.pane(Pane::OldVendor)->toPlainText().isEmpty());
        QVERIFY(view.pane(Pane::OldVendor)->placeholderText().contains(QLatin1String("2.4.8 adds")));
        QCOMPARE(view.pane(Pane::NewVendor)->toPlainText(), QStringLiteral("<?php\nclass AddNew {}\n"));
        QVERIFY(view.pane(Pane::Store)->toPlainText().isEmpty());
        QVERIFY(view.pane(Pane::Store)->placeholderText().contains(QLatin1String("setup patch")));
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("openButton"))->isEnabled());
    }

    void enterOnAFindingGoesToItsFiles()
    {
        QTemporaryDir dir;
        ImpactView view;
        view.setReport(makeReport(dir));
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitShown(view, 0));
        auto *tree = view.findChild<QTreeView *>(QStringLiteral("findingsTree"));
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(view.pane(Pane::Store)->hasFocus());
        // The labels' mnemonics reach the panes.
        QTest::keyClick(&view, Qt::Key_B, Qt::AltModifier);
        QVERIFY(view.pane(Pane::OldVendor)->hasFocus());
    }

    // The patch is made off the GUI thread: the button is off and says so until it is in the clipboard.
    void copiesTheVendorsChangeAsAPatch()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        ImpactView view;
        view.setReport(report);
        QVERIFY(waitShown(view, 0));
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        auto *copy = view.findChild<QPushButton *>(QStringLiteral("copyButton"));
        const QString idle = copy->text();
        QVERIFY(copy->toolTip().contains(QLatin1String("patch -p1")));
        copy->click();
        QVERIFY(view.isCopying());
        QVERIFY(!copy->isEnabled());
        QCOMPARE(copy->text(), QStringLiteral("Copying…"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY(QTest::qWaitFor([&view] { return !view.isCopying(); }, 10000));
        QVERIFY(copy->isEnabled());
        QCOMPARE(copy->text(), idle);
        const QString patch = ImpactHtml::vendorPatch(report, report.findings.first());
        QVERIFY(patch.startsWith(QStringLiteral("--- a/") + themeCopy + QLatin1Char('\n')));
        QCOMPARE(QGuiApplication::clipboard()->text(), patch);
        auto *bar = view.findChild<MessageBar *>(QStringLiteral("impactMessageBar"));
        QVERIFY(bar->isVisibleTo(&view));
        QCOMPARE(bar->type(), MessageBar::Type::Positive);
        QVERIFY(bar->text().contains(themeCopy));
        QVERIFY(bar->text().contains(QLatin1String("patch -p1")));
    }

    // A preference's file is not a copy of the vendor file: the patch is the vendor's change to its own
    // file, and the tooltip and the confirmation say so.
    void aPreferencesPatchIsTheVendorsChange()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        const ImpactFinding &preference = report.findings.at(1);
        QCOMPARE(preference.type, Type::PreferenceRemoved);
        ImpactView view;
        view.setReport(report);
        QVERIFY(waitShown(view, 1));
        auto *copy = view.findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY2(!copy->toolTip().contains(QLatin1String("patch -p1")), qPrintable(copy->toolTip()));
        QVERIFY2(copy->toolTip().contains(QLatin1String("not a copy of the vendor file")),
                 qPrintable(copy->toolTip()));
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        copy->click();
        QVERIFY(QTest::qWaitFor([&view] { return !view.isCopying(); }, 10000));
        const QString patch = QGuiApplication::clipboard()->text();
        QVERIFY2(patch.startsWith(QStringLiteral("--- a/%1\n+++ b/%1\n").arg(preference.vendorFile)),
                 qPrintable(patch));
        QVERIFY(!patch.contains(preference.file));
        auto *bar = view.findChild<MessageBar *>(QStringLiteral("impactMessageBar"));
        QCOMPARE(bar->type(), MessageBar::Type::Positive);
        QVERIFY2(bar->text().contains(preference.vendorFile), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QLatin1String("not a file of the store")), qPrintable(bar->text()));
        QVERIFY(!bar->text().contains(QLatin1String("patch -p1")));
        // Back on an override, the tooltip is the copy's again.
        QVERIFY(waitShown(view, 0));
        QVERIFY(copy->toolTip().contains(QLatin1String("patch -p1")));
    }

    // The page is made and written off the GUI thread: the button is off and says so until it is saved.
    void savesTheReportAsHtml()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        ImpactView view;
        view.setReport(report);
        const QString path = dir.filePath(QStringLiteral("impact.html"));
        int asked = 0;
        view.setSavePathAsker([&] {
            ++asked;
            return path;
        });
        auto *save = view.findChild<QPushButton *>(QStringLiteral("saveButton"));
        const QString idle = save->text();
        auto *bar = view.findChild<MessageBar *>(QStringLiteral("impactMessageBar"));
        const auto saved = [&view] { return QTest::qWaitFor([&view] { return !view.isSaving(); }, 10000); };
        save->click();
        QCOMPARE(asked, 1);
        QVERIFY(view.isSaving());
        QVERIFY(!save->isEnabled());
        QCOMPARE(save->text(), QStringLiteral("Saving…"));
        QVERIFY(bar->isHidden());
        QVERIFY(saved());
        QVERIFY(save->isEnabled());
        QCOMPARE(save->text(), idle);
        // The page the HTML renderer makes (compared by its findings: a page may carry when it was made).
        const QByteArray page = test::readFile(path);
        QVERIFY(page.trimmed().toLower().startsWith("<!doctype html"));
        for (const ImpactFinding &f : report.findings)
            QVERIFY2(page.contains(f.file.toUtf8()), qPrintable(f.file));
        QCOMPARE(bar->type(), MessageBar::Type::Positive);
        QVERIFY(bar->text().contains(QDir::toNativeSeparators(path)));

        // Cancelled: nothing written, nothing said.
        bar->hide();
        QFile::remove(path);
        view.setSavePathAsker([] { return QString(); });
        save->click();
        QVERIFY(!view.isSaving());
        QVERIFY(!QFile::exists(path));
        QVERIFY(bar->isHidden());

        // A folder that is not there: the sentence, no file.
        const QString nowhere = dir.filePath(QStringLiteral("missing/impact.html"));
        view.setSavePathAsker([&] { return nowhere; });
        save->click();
        QVERIFY(saved());
        QVERIFY(!QFile::exists(nowhere));
        QCOMPARE(bar->type(), MessageBar::Type::Error);
        QVERIFY2(bar->text().contains(QLatin1String("missing")), qPrintable(bar->text()));
    }

    // The view going while it saves and copies: the page is still written whole, and what the work
    // hands back is dropped.
    void goingWhileItWorks()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        const QString path = dir.filePath(QStringLiteral("impact.html"));
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        {
            auto *view = new ImpactView;
            view->setReport(report);
            QVERIFY(waitShown(*view, 0));
            view->setSavePathAsker([&] { return path; });
            view->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
            view->findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
            QVERIFY(view->isSaving());
            QVERIFY(view->isCopying());
            delete view;
        }
        QTest::qWait(100); // the answers, queued to the GUI thread, come to nothing
        QCOMPARE(test::readFile(path), ImpactHtml::render(report));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    }

    // What the report could not read is said whether or not it knows the version the store is on.
    void countsSayWhatCouldNotBeRead_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<bool>("withFindings");
        QTest::newRow("from a version") << QStringLiteral("2.4.7") << true;
        QTest::newRow("from the installed version") << QString() << true;
        QTest::newRow("nothing found, from a version") << QStringLiteral("2.4.7") << false;
        QTest::newRow("nothing found, from the installed version") << QString() << false;
    }

    void countsSayWhatCouldNotBeRead()
    {
        QFETCH(QString, from);
        QFETCH(bool, withFindings);
        QTemporaryDir dir;
        ImpactReport report = makeReport(dir);
        if (!withFindings)
            report.findings.clear();
        report.from = from;
        const QString unread =
            QStringLiteral("app/code/Acme/Fix/etc/di.xml cannot be read: it is not well-formed XML.");
        const QString other =
            QStringLiteral("vendor/acme/module-x/etc/di.xml is a link, which is not followed.");
        report.warnings = {unread, other};
        ImpactView view;
        view.setReport(report);
        const QString counts = view.findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
        QVERIFY2(counts.contains(unread), qPrintable(counts));
        QVERIFY2(counts.contains(other), qPrintable(counts));
        QVERIFY2(counts.contains(QLatin1String("could not read everything")), qPrintable(counts));
        // Without warnings, no sentence about them.
        report.warnings.clear();
        view.setReport(report);
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("countsLabel"))
                     ->text()
                     .contains(QLatin1String("could not read")));
    }

    void saysWhenNothingChanges()
    {
        ImpactReport report;
        report.from = QStringLiteral("2.4.7");
        report.to = QStringLiteral("2.4.8");
        ImpactView view;
        view.setReport(report);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString counts = view.findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
        QVERIFY2(counts.startsWith(QLatin1String("Nothing the store customises changes")),
                 qPrintable(counts));
        QVERIFY(!view.findChild<QTreeView *>(QStringLiteral("findingsTree"))->isVisible());
        QVERIFY(!view.findChild<QComboBox *>(QStringLiteral("levelCombo"))->isVisible());
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    }

    void everyControlHasANameAndEveryRowText()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        ImpactView view;
        view.setReport(report);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitShown(view, 0));
        static const QSet<QAccessible::Role> controls{QAccessible::PushButton,   QAccessible::ComboBox,
                                                      QAccessible::EditableText, QAccessible::Tree,
                                                      QAccessible::Table,        QAccessible::List};
        QStringList problems;
        QStringList paneNames;
        int cells = 0;
        walkAccessible(QAccessible::queryAccessibleInterface(&view), [&](QAccessibleInterface *i) {
            QObject *o = i->object();
            const QString name = i->text(QAccessible::Name);
            if (const auto *label = qobject_cast<QLabel *>(o); label && !label->accessibleName().isEmpty())
                problems << QStringLiteral("the label %1 is named %2").arg(label->text(), name);
            if (controls.contains(i->role()) && name.trimmed().isEmpty())
                problems << QStringLiteral("%1 %2 has no name")
                                .arg(QLatin1String(o ? o->metaObject()->className() : "?"),
                                     o ? o->objectName() : QString());
            if (qobject_cast<QPlainTextEdit *>(o))
                paneNames << name;
            if (i->role() == QAccessible::Cell || i->role() == QAccessible::TreeItem) {
                ++cells;
                if (name.trimmed().isEmpty())
                    problems << QStringLiteral("a cell of the findings has no text");
            }
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(cells, 4 * report.findings.size());
        QStringList sides{QStringLiteral("Vendor file before the move (2.4.7)"),
                          QStringLiteral("Vendor file after the move (2.4.8)"),
                          QStringLiteral("Your copy (") + themeCopy + QLatin1Char(')')};
        sides.sort();
        paneNames.sort();
        QCOMPARE(paneNames, sides);
    }

    void dialogMakesTheReportOffTheGuiThread()
    {
        QTemporaryDir dir;
        const ImpactReport report = makeReport(dir);
        QThreadPool pool;
        UpgradeOptions options;
        options.targetVersion = QStringLiteral("2.4.8");
        QThread *gui = QThread::currentThread();
        QThread *ranOn = nullptr;
        const std::atomic_bool *flag = nullptr;
        std::atomic_bool release{false};
        ImpactDialog dialog(report.root, options, &pool, nullptr,
                            [&](const QString &root, const UpgradeOptions &o, const std::atomic_bool *cancel,
                                const std::function<void(const QString &)> &log) {
                                ranOn = QThread::currentThread();
                                flag = cancel;
                                log(QStringLiteral("Installing magento/product-community-edition (2.4.8)"));
                                while (!release)
                                    QThread::msleep(5);
                                StoreActions::ImpactAnswer answer;
                                if (root == report.root && o.targetVersion == QStringLiteral("2.4.8"))
                                    answer.report = report;
                                return answer;
                            });
        dialog.show();
        QVERIFY(dialog.isRunning());
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QVERIFY(progress->isVisible());
        auto *lastLine = dialog.findChild<QLabel *>(QStringLiteral("lastLineLabel"));
        QTRY_COMPARE(lastLine->text(),
                     QStringLiteral("Installing magento/product-community-edition (2.4.8)"));
        QVERIFY(!dialog.view()->isVisible());
        QSignalSpy ready(&dialog, &ImpactDialog::reportReady);
        release = true;
        QVERIFY(ready.wait(5000));
        QVERIFY(ranOn && ranOn != gui);
        QVERIFY(flag && !*flag);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!progress->isVisible());
        QVERIFY(dialog.view()->isVisible());
        QCOMPARE(dialog.view()->report().findings, report.findings);
        QVERIFY(dialog.error().isEmpty());
    }

    void dialogSaysWhyThereIsNoReport()
    {
        QThreadPool pool;
        UpgradeOptions options;
        options.targetVersion = QStringLiteral("2.4.8");
        const QString why =
            QStringLiteral("Composer cannot make the move: acme/module-legacy pins magento/framework.");
        ImpactDialog dialog(QStringLiteral("/nowhere"), options, &pool, nullptr,
                            [&](const QString &, const UpgradeOptions &, const std::atomic_bool *,
                                const std::function<void(const QString &)> &) {
                                StoreActions::ImpactAnswer answer;
                                answer.error = why;
                                return answer;
                            });
        QSignalSpy ready(&dialog, &ImpactDialog::reportReady);
        QVERIFY(ready.wait(5000));
        QCOMPARE(dialog.error(), why);
        QVERIFY(dialog.view()->isHidden());
    }

    void closingTheDialogStopsTheWork()
    {
        QThreadPool pool;
        UpgradeOptions options;
        options.targetVersion = QStringLiteral("2.4.8");
        std::atomic_bool started{false};
        std::atomic_bool sawCancel{false};
        auto *dialog =
            new ImpactDialog(QStringLiteral("/nowhere"), options, &pool, nullptr,
                             [&](const QString &, const UpgradeOptions &, const std::atomic_bool *cancel,
                                 const std::function<void(const QString &)> &log) {
                                 started = true;
                                 // As Composer does: it runs until it is stopped, saying what it does.
                                 for (int i = 0; !*cancel; ++i) {
                                     log(QStringLiteral("line %1").arg(i));
                                     QThread::msleep(2);
                                 }
                                 sawCancel = true;
                                 StoreActions::ImpactAnswer answer;
                                 answer.error = QStringLiteral("Cancelled.");
                                 return answer;
                             });
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QTRY_VERIFY(started.load());
        QTest::qWait(50); // lines of progress on their way to a label that goes
        dialog->close();  // Escape, the window's close button and Cancel all come here
        QVERIFY(test::finishesWithin([&] { pool.waitForDone(); }, 5000));
        QVERIFY(sawCancel.load());
        QTest::qWait(50); // the answer and the last lines reach no dialog, and nothing crashes
    }

    // The review page waits for its pool when it goes: a report being made there is stopped first, not
    // waited for to the end (Composer would take minutes).
    void theReviewPageStopsAReportWhenItGoes()
    {
        auto *page = new ReviewPage;
        auto *pool = page->findChild<QThreadPool *>();
        QVERIFY(pool);
        UpgradeOptions options;
        options.targetVersion = QStringLiteral("2.4.8");
        std::atomic_bool started{false};
        std::atomic_bool sawCancel{false};
        auto *dialog =
            new ImpactDialog(QStringLiteral("/nowhere"), options, pool, page,
                             [&](const QString &, const UpgradeOptions &, const std::atomic_bool *cancel,
                                 const std::function<void(const QString &)> &) {
                                 started = true;
                                 QElapsedTimer clock;
                                 clock.start();
                                 while (!*cancel && clock.elapsed() < 3000)
                                     QThread::msleep(2);
                                 sawCancel = cancel->load();
                                 return StoreActions::ImpactAnswer{};
                             });
        dialog->show();
        QTRY_VERIFY(started.load());
        delete page;
        QVERIFY(sawCancel.load());
    }

    void reviewPageOpensItOnlyWithATargetVersion()
    {
        ReviewPage page;
        auto *button = page.findChild<QPushButton *>(QStringLiteral("impactButton"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->text().contains(QLatin1Char('&')));
        auto *target = page.findChild<QLineEdit *>(QStringLiteral("targetEdit"));
        target->setText(QStringLiteral("2.4.8"));
        QVERIFY(button->isEnabled());
        target->setText(QStringLiteral("two"));
        QVERIFY(!button->isEnabled());
        target->setText(QStringLiteral("2.4.8-p1"));
        QVERIFY(button->isEnabled());
        target->clear();
        QVERIFY(!button->isEnabled());
    }
};

QTEST_MAIN(TestImpactView)
#include "tst_impactview.moc"
