// ImpactHtml: the impact report (issue 19) as one HTML page, the three texts of a finding, and the
// vendor change as a patch for the store's copy. Each test builds a store with a vendor tree, the
// move's vendor tree, and customised copies in temporary folders.
#include "core/impact/impacthtml.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace mua;
using namespace mua::test;

namespace {

using Level = ImpactFinding::Level;
using Type = ImpactFinding::Type;

const QString templateFile =
    QStringLiteral("magento/module-catalog/view/frontend/templates/product/view.phtml");
const QString themeCopy =
    QStringLiteral("app/design/frontend/Acme/shop/Magento_Catalog/templates/product/view.phtml");
const QByteArray oldTemplate =
    "<?php\n/** @var $block */\n?>\n<div class=\"product\">\n    <?= $block->getName() ?>\n"
    "</div>\n<p>one</p>\n<p>two</p>\n<p>three</p>\n<p>four</p>\n";
const QByteArray newTemplate =
    "<?php\n/** @var $block */\n?>\n<div class=\"product\">\n"
    "    <?= $block->escapeHtml($block->getName()) ?>\n"
    "</div>\n<p>one</p>\n<p>two</p>\n<p>three</p>\n<p>four</p>\n<p>five & six</p>\n";

QByteArray numbered(int count, const char *prefix)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

// A store (ROOT with vendor/ as the old tree) and the move's vendor tree, with files for each finding.
struct Store
{
    QTemporaryDir dir;
    ImpactReport report;

    QString root() const { return dir.path() + QStringLiteral("/store"); }
    QString oldVendor() const { return root() + QStringLiteral("/vendor"); }
    QString newVendor() const { return dir.path() + QStringLiteral("/target/vendor"); }

    bool build()
    {
        report.from = QStringLiteral("2.4.6");
        report.to = QStringLiteral("2.4.7");
        report.root = root();
        report.oldVendor = oldVendor();
        report.newVendor = newVendor();
        bool ok = writeFile(oldVendor(), templateFile, oldTemplate) &&
                  writeFile(newVendor(), templateFile, newTemplate) &&
                  writeFile(root(), themeCopy, oldTemplate);
        // A setup patch the move changes.
        const QString patch = QStringLiteral("magento/module-catalog/Setup/Patch/Data/UpdateThings.php");
        ok = ok && writeFile(oldVendor(), patch, "<?php\nclass UpdateThings\n{\n}\n") &&
             writeFile(newVendor(), patch,
                       "<?php\nclass UpdateThings\n{\n    public function apply() {}\n}\n");
        // A long change, and a file with markup in its name.
        const QString big = QStringLiteral("magento/theme-frontend-luma/web/css/source/_big.less");
        ok = ok && writeFile(oldVendor(), big, numbered(500, "@old: ")) &&
             writeFile(newVendor(), big, numbered(500, "@new: ")) &&
             writeFile(root(), QStringLiteral("app/design/frontend/Acme/shop/web/css/source/_big.less"),
                       "x\n");
        const QString odd = QStringLiteral("magento/module-cms/view/frontend/templates/<script>&x.phtml");
        ok = ok && writeFile(oldVendor(), odd, "<b>old</b>\n") && writeFile(newVendor(), odd, "<b>new</b>\n");
        report.findings = {
            {Level::Warn, Type::Override, themeCopy, QStringLiteral("vendor/") + templateFile,
             QStringLiteral("The template changes in the new version.")},
            {Level::Warn, Type::Override,
             QStringLiteral("app/design/frontend/Acme/shop/web/css/source/_big.less"),
             QStringLiteral("vendor/") + big, QStringLiteral("The stylesheet changes.")},
            {Level::Info, Type::SetupPatch, QStringLiteral("vendor/") + patch,
             QStringLiteral("vendor/") + patch, QStringLiteral("The move changes a data patch.")},
            {Level::Ignore, Type::Override,
             QStringLiteral("app/design/frontend/Acme/shop/Magento_Cms/templates/<script>&x.phtml"),
             QStringLiteral("vendor/") + odd,
             QStringLiteral("Only <script>alert(1)</script> & comments change.")},
        };
        return ok;
    }
};

QString runPatch(const QString &folder, const QString &patch)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start(QStringLiteral("/usr/bin/patch"), {QStringLiteral("-p1"), QStringLiteral("--batch")});
    p.write(patch.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return QStringLiteral("patch did not finish");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return QString();
}

} // namespace

class TestImpactHtml : public QObject
{
    Q_OBJECT

private slots:
    void textsReadsAllThreeSides()
    {
        Store s;
        QVERIFY(s.build());
        const ImpactHtml::Texts t = ImpactHtml::texts(s.report, s.report.findings[0]);
        QVERIFY(t.hasOldVendor && t.hasNewVendor && t.hasStore);
        QCOMPARE(t.oldVendor.toUtf8(), oldTemplate);
        QCOMPARE(t.newVendor.toUtf8(), newTemplate);
        QCOMPARE(t.store.toUtf8(), oldTemplate);
    }

    void textsUtf8()
    {
        Store s;
        QVERIFY(s.build());
        QVERIFY(writeFile(s.root(), themeCopy, "<p>Größe €</p>\n"));
        QCOMPARE(ImpactHtml::texts(s.report, s.report.findings[0]).store, QStringLiteral("<p>Größe €</p>\n"));
    }

    // A setup patch has no store copy, even where its path exists below ROOT.
    void setupPatchHasNoStoreSide()
    {
        Store s;
        QVERIFY(s.build());
        const ImpactFinding &patch = s.report.findings[2];
        QVERIFY(QFileInfo::exists(s.root() + QLatin1Char('/') + patch.file));
        const ImpactHtml::Texts t = ImpactHtml::texts(s.report, patch);
        QVERIFY(t.hasOldVendor && t.hasNewVendor);
        QVERIFY(!t.hasStore);
        QVERIFY(t.store.isEmpty());
    }

    void missingSides()
    {
        Store s;
        QVERIFY(s.build());
        ImpactFinding f = s.report.findings[0];
        QVERIFY(QFile::remove(s.newVendor() + QLatin1Char('/') + templateFile));
        QVERIFY(QFile::remove(s.root() + QLatin1Char('/') + themeCopy));
        ImpactHtml::Texts t = ImpactHtml::texts(s.report, f);
        QVERIFY(t.hasOldVendor);
        QVERIFY(!t.hasNewVendor && t.newVendor.isEmpty());
        QVERIFY(!t.hasStore && t.store.isEmpty());
        // A report read back from the cache knows no vendor trees.
        ImpactReport cached = s.report;
        cached.oldVendor.clear();
        cached.newVendor.clear();
        t = ImpactHtml::texts(cached, f);
        QVERIFY(!t.hasOldVendor && !t.hasNewVendor);
    }

    // A link is a side that does not exist: it is never followed, wherever it points.
    void linksAreNotFollowed()
    {
        Store s;
        QVERIFY(s.build());
        QVERIFY(writeFile(s.dir.path(), QStringLiteral("outside/secret.txt"), "secret\n"));
        const QString outside = s.dir.path() + QStringLiteral("/outside/secret.txt");
        QVERIFY(QFile::remove(s.root() + QLatin1Char('/') + themeCopy));
        QVERIFY(makeLink(outside, s.root() + QLatin1Char('/') + themeCopy));
        QVERIFY(QFile::remove(s.oldVendor() + QLatin1Char('/') + templateFile));
        QVERIFY(makeLink(outside, s.oldVendor() + QLatin1Char('/') + templateFile));
        const ImpactHtml::Texts t = ImpactHtml::texts(s.report, s.report.findings[0]);
        QVERIFY(!t.hasStore && t.store.isEmpty());
        QVERIFY(!t.hasOldVendor && t.oldVendor.isEmpty());
        QVERIFY(t.hasNewVendor);
    }

    // A cached report is a file: a path in it that leads up out of its folder is not read.
    void pathsOutOfTheFolderAreNotRead()
    {
        Store s;
        QVERIFY(s.build());
        QVERIFY(writeFile(s.dir.path(), QStringLiteral("secret.txt"), "secret\n"));
        ImpactFinding f = s.report.findings[0];
        f.file = QStringLiteral("../secret.txt");
        f.vendorFile = QStringLiteral("vendor/../../secret.txt");
        const ImpactHtml::Texts t = ImpactHtml::texts(s.report, f);
        QVERIFY(!t.hasStore && !t.hasOldVendor && !t.hasNewVendor);
        f.file = s.dir.path() + QStringLiteral("/secret.txt");
        QVERIFY(!ImpactHtml::texts(s.report, f).hasStore);
    }

    void tooLargeIsNotRead()
    {
        Store s;
        QVERIFY(s.build());
        QVERIFY(writeFile(s.root(), themeCopy, QByteArray(9 * 1024 * 1024, 'x')));
        const ImpactHtml::Texts t = ImpactHtml::texts(s.report, s.report.findings[0]);
        QVERIFY(!t.hasStore);
        QVERIFY(t.hasOldVendor);
    }

    // The vendor change applies to a store copy equal to the old vendor file and gives the new one.
    void vendorPatchAppliesWithPatchP1()
    {
        Store s;
        QVERIFY(s.build());
        const ImpactFinding &f = s.report.findings[0];
        const QString patch = ImpactHtml::vendorPatch(s.report, f);
        QVERIFY(patch.startsWith(QStringLiteral("--- a/") + themeCopy + QStringLiteral("\n+++ b/") +
                                 themeCopy + QLatin1Char('\n')));
        QCOMPARE(runPatch(s.root(), patch), QString());
        QCOMPARE(readFile(s.root() + QLatin1Char('/') + themeCopy), newTemplate);
    }

    // A plugin's file is not a copy of the vendor file: the patch is labelled with the vendor file, and
    // applies to it (the store's vendor/ is the old tree).
    void vendorPatchOfAPluginIsTheVendorFiles()
    {
        Store s;
        QVERIFY(s.build());
        const QString product = QStringLiteral("magento/module-catalog/Model/Product.php");
        const QByteArray newProduct =
            "<?php\nclass Product\n{\n    public function getName(): string {}\n}\n";
        QVERIFY(writeFile(s.oldVendor(), product,
                          "<?php\nclass Product\n{\n    public function getName() {}\n}\n"));
        QVERIFY(writeFile(s.newVendor(), product, newProduct));
        const QString plugin = QStringLiteral("app/code/Acme/Fix/Plugin/ProductPlugin.php");
        QVERIFY(writeFile(s.root(), plugin, "<?php\nclass ProductPlugin {}\n"));
        const ImpactFinding f{Level::Warn, Type::Plugin, plugin, QStringLiteral("vendor/") + product,
                              QStringLiteral("The method your plugin wraps changes.")};
        const QString patch = ImpactHtml::vendorPatch(s.report, f);
        QVERIFY2(patch.startsWith(QStringLiteral("--- a/vendor/%1\n+++ b/vendor/%1\n").arg(product)),
                 qPrintable(patch));
        QVERIFY(!patch.contains(plugin));
        QCOMPARE(runPatch(s.root(), patch), QString());
        QCOMPARE(readFile(s.oldVendor() + QLatin1Char('/') + product), newProduct);
        QCOMPARE(readFile(s.root() + QLatin1Char('/') + plugin),
                 QByteArray("<?php\nclass ProductPlugin {}\n"));
    }

    void vendorPatchWithoutFinalNewline()
    {
        Store s;
        QVERIFY(s.build());
        QVERIFY(writeFile(s.oldVendor(), templateFile, "<p>a</p>\n<p>b</p>"));
        QVERIFY(writeFile(s.newVendor(), templateFile, "<p>a</p>\n<p>c</p>"));
        QVERIFY(writeFile(s.root(), themeCopy, "<p>a</p>\n<p>b</p>"));
        const QString patch = ImpactHtml::vendorPatch(s.report, s.report.findings[0]);
        QVERIFY(patch.contains(QStringLiteral("\\ No newline at end of file")));
        QCOMPARE(runPatch(s.root(), patch), QString());
        QCOMPARE(readFile(s.root() + QLatin1Char('/') + themeCopy), QByteArray("<p>a</p>\n<p>c</p>"));
    }

    void vendorPatchEmptyWhenUnchanged()
    {
        Store s;
        QVERIFY(s.build());
        QVERIFY(writeFile(s.newVendor(), templateFile, oldTemplate));
        QCOMPARE(ImpactHtml::vendorPatch(s.report, s.report.findings[0]), QString());
        ImpactReport cached = s.report;
        cached.oldVendor.clear();
        cached.newVendor.clear();
        QCOMPARE(ImpactHtml::vendorPatch(cached, s.report.findings[1]), QString());
    }

    void renderIsOneSelfContainedPage()
    {
        Store s;
        QVERIFY(s.build());
        const QByteArray page = ImpactHtml::render(s.report);
        const QString html = QString::fromUtf8(page);
        QCOMPARE(html.toUtf8(), page); // valid UTF-8
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(html.contains(QStringLiteral("@media print")));
        // No script, nothing from outside.
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        for (const char *outside : {"http:", "https:", "src=", "url(", "@import", "<link", "file://"})
            QVERIFY2(!html.contains(QLatin1String(outside), Qt::CaseInsensitive), outside);
        // Title and heading: the store and both versions.
        const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
        const QString titleText = title.match(html).captured(1);
        QVERIFY2(titleText.contains(s.root()), qPrintable(titleText));
        QVERIFY2(titleText.contains(QStringLiteral("2.4.6 → 2.4.7")), qPrintable(titleText));
        QVERIFY(html.contains(QStringLiteral("<h1>")));
        QVERIFY(html.section(QStringLiteral("<h1>"), 1)
                    .section(QStringLiteral("</h1>"), 0, 0)
                    .contains(QStringLiteral("2.4.6 → 2.4.7")));
    }

    void renderEscapesWhatTheStoreWrote()
    {
        Store s;
        QVERIFY(s.build());
        const QString html = QString::fromUtf8(ImpactHtml::render(s.report));
        QVERIFY(html.contains(QStringLiteral("Magento_Cms/templates/&lt;script&gt;&amp;x.phtml")));
        QVERIFY(html.contains(
            QStringLiteral("Only &lt;script&gt;alert(1)&lt;/script&gt; &amp; comments change.")));
        // The diff's own lines too.
        QVERIFY(html.contains(QStringLiteral("-&lt;b&gt;old&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("+&lt;p&gt;five &amp; six&lt;/p&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        // A store folder with markup in its name.
        s.report.root = QStringLiteral("/srv/<i>shop</i> & co");
        const QString other = QString::fromUtf8(ImpactHtml::render(s.report));
        QVERIFY(other.contains(QStringLiteral("/srv/&lt;i&gt;shop&lt;/i&gt; &amp; co")));
        QVERIFY(!other.contains(QStringLiteral("<i>")));
    }

    void renderCountsAndTable()
    {
        Store s;
        QVERIFY(s.build());
        const QString html = QString::fromUtf8(ImpactHtml::render(s.report));
        for (Level level : {Level::Warn, Level::Info, Level::Ignore})
            QVERIFY(html.contains(ImpactReport::levelTitle(level).toHtmlEscaped()));
        QVERIFY(html.contains(ImpactReport::levelTitle(Level::Warn).toHtmlEscaped() +
                              QStringLiteral(": 2 finding")));
        QVERIFY(html.contains(ImpactReport::levelTitle(Level::Info).toHtmlEscaped() +
                              QStringLiteral(": 1 finding")));
        // The table: a row per type, a column per level and the totals.
        const QString table =
            html.section(QStringLiteral("<table>"), 1).section(QStringLiteral("</table>"), 0, 0);
        for (Type type : ImpactReport::allTypes())
            QVERIFY(table.contains(QStringLiteral("<th scope=\"row\">") +
                                   ImpactReport::typeTitle(type).toHtmlEscaped()));
        const QRegularExpression overrideRow(QStringLiteral("<tr><th scope=\"row\">%1</th>(.*)</tr>")
                                                 .arg(ImpactReport::typeTitle(Type::Override)));
        const QString row = overrideRow.match(table).captured(1);
        QCOMPARE(row.count(QStringLiteral("<td")), 4);
        QVERIFY2(row.contains(QStringLiteral(
                     ">2</td><td class=\"n zero\">0</td><td class=\"n\">1</td><td class=\"n\">3<")),
                 qPrintable(row));
    }

    // Findings by level (warn, info, ignore), then type; each an anchor; added and removed lines marked.
    void renderFindings()
    {
        Store s;
        QVERIFY(s.build());
        const QString html = QString::fromUtf8(ImpactHtml::render(s.report));
        const qsizetype warn = html.indexOf(QStringLiteral("<section id=\"level-warn\">"));
        const qsizetype info = html.indexOf(QStringLiteral("<section id=\"level-info\">"));
        const qsizetype ignore = html.indexOf(QStringLiteral("<section id=\"level-ignore\">"));
        QVERIFY(warn > 0 && warn < info && info < ignore);
        QVERIFY(html.indexOf(themeCopy) > warn && html.indexOf(themeCopy) < info);
        QVERIFY(html.indexOf(QStringLiteral("UpdateThings.php")) > info);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(html.contains(QStringLiteral("id=\"finding-%1\"").arg(i)));
        QVERIFY(!html.contains(QStringLiteral("id=\"finding-5\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"#finding-1\"")));
        QVERIFY(html.contains(
            QStringLiteral("<span class=\"del\">-    &lt;?= $block-&gt;getName() ?&gt;\n</span>")));
        QVERIFY(html.contains(QStringLiteral(
            "<span class=\"add\">+    &lt;?= $block-&gt;escapeHtml($block-&gt;getName()) ?&gt;\n</span>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"hunk\">@@ -2,9 +2,10 @@\n</span>")));
        QVERIFY(html.contains(QStringLiteral("class=\"add\"")));
        QVERIFY(html.contains(QStringLiteral("vendor/") + templateFile));
        QVERIFY(html.contains(QStringLiteral("The template changes in the new version.")));
    }

    // A change of more than 400 lines is cut, and the page says how much is left out.
    void longDiffIsCut()
    {
        Store s;
        QVERIFY(s.build());
        const QString html = QString::fromUtf8(ImpactHtml::render(s.report));
        // 2 header lines, 1 hunk line, 500 removed, 500 added: 1003, of which 400 are shown.
        QVERIFY(html.contains(QStringLiteral("-@old: 397\n")));
        QVERIFY(!html.contains(QStringLiteral("-@old: 398\n")));
        QVERIFY(!html.contains(QStringLiteral("@new: 1\n")));
        QVERIFY(html.contains(QStringLiteral("603 more line")));
        // The short change is whole.
        QVERIFY(html.contains(QStringLiteral("five &amp; six")));
    }

    void renderWithoutFindings()
    {
        Store s;
        QVERIFY(s.build());
        s.report.findings.clear();
        const QString html = QString::fromUtf8(ImpactHtml::render(s.report));
        QVERIFY(html.contains(QStringLiteral("The move changes nothing the store customises.")));
        QVERIFY(!html.contains(QStringLiteral("<article")));
        QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
    }

    // From a cached report (no vendor trees), and for a file the move adds.
    void renderWithoutVendorFiles()
    {
        Store s;
        QVERIFY(s.build());
        QVERIFY(QFile::remove(s.oldVendor() + QLatin1Char('/') + templateFile));
        QString html = QString::fromUtf8(ImpactHtml::render(s.report));
        QVERIFY(html.contains(ImpactHtml::tr("The move adds this vendor file.")));
        s.report.oldVendor.clear();
        s.report.newVendor.clear();
        html = QString::fromUtf8(ImpactHtml::render(s.report));
        QVERIFY(html.contains(
            ImpactHtml::tr("Neither version of the vendor file is at hand, so its change is not shown.")));
        QVERIFY(!html.contains(QStringLiteral("<pre")));
    }
};

QTEST_GUILESS_MAIN(TestImpactHtml)
#include "tst_impacthtml.moc"
