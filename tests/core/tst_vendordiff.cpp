// VendorDiff: the impact report's first step (issue 19), comparing the store's vendor/ with the
// move's, and telling a change of comments and whitespace from a change of code.
#include "core/impact/vendordiff.h"
#include "tests/support/testsupport.h"

#include <QtTest>

#include <sys/stat.h>

using namespace mua;
using namespace mua::test;

namespace {

using Kind = VendorChange::Kind;

QString describe(const QList<VendorChange> &changes)
{
    QStringList out;
    for (const VendorChange &c : changes)
        out << QStringLiteral("%1 %2%3").arg(c.kind == Kind::Added     ? QStringLiteral("added")
                                             : c.kind == Kind::Removed ? QStringLiteral("removed")
                                                                       : QStringLiteral("changed"),
                                             c.path, c.cosmetic ? QStringLiteral(" (cosmetic)") : QString());
    return out.join(QLatin1Char('\n'));
}

bool cosmetic(const char *path, const QByteArray &before, const QByteArray &after)
{
    return VendorDiff::normalise(QLatin1String(path), before) ==
           VendorDiff::normalise(QLatin1String(path), after);
}

} // namespace

class TestVendorDiff : public QObject
{
    Q_OBJECT

private slots:
    void addedRemovedChangedAndCosmetic()
    {
        QTemporaryDir dir;
        const QString a = dir.path() + QStringLiteral("/a");
        const QString b = dir.path() + QStringLiteral("/b");
        const QByteArray model = "<?php\nclass Product\n{\n    public function price() { return 1; }\n}\n";
        for (const QString &root : {a, b}) {
            QVERIFY(writeFile(root, QStringLiteral("magento/module-catalog/Model/Product.php"), model));
            QVERIFY(writeFile(root, QStringLiteral("magento/module-catalog/etc/di.xml"), "<config/>\n"));
        }
        QVERIFY(writeFile(a, QStringLiteral("magento/module-catalog/Model/Old.php"), "<?php\n"));
        QVERIFY(writeFile(b, QStringLiteral("magento/module-catalog/Model/New.php"), "<?php\n"));
        // The same size, one byte apart, at the end of a file larger than one read block.
        const QByteArray big(200000, 'x');
        QVERIFY(writeFile(a, QStringLiteral("magento/framework/big.js"), big + "var a = 1;\n"));
        QVERIFY(writeFile(b, QStringLiteral("magento/framework/big.js"), big + "var a = 2;\n"));
        // Only a comment and the indentation change.
        QVERIFY(writeFile(a, QStringLiteral("magento/framework/Comment.php"),
                          "<?php\n// old note\nfunction f() {\n  return 1;\n}\n"));
        QVERIFY(writeFile(b, QStringLiteral("magento/framework/Comment.php"),
                          "<?php\n/** new note */\nfunction f() {\n\n        return 1;\n}\n"));
        // A link is compared by where it points, and never read through.
        QVERIFY(makeLink(QStringLiteral("../../../outside"), a + QStringLiteral("/bin/tool")));
        QVERIFY(makeLink(QStringLiteral("/etc/passwd"), b + QStringLiteral("/bin/tool")));
        // A FIFO is never opened (the compare would hang on it).
        QVERIFY(::mkfifo(QFile::encodeName(a + QStringLiteral("/magento/fifo")).constData(), 0600) == 0);
        QVERIFY(::mkfifo(QFile::encodeName(b + QStringLiteral("/magento/fifo")).constData(), 0600) == 0);

        QString error;
        const std::optional<QList<VendorChange>> changes = VendorDiff::compare(a, b, nullptr, &error);
        QVERIFY2(changes, qPrintable(error));
        QCOMPARE(describe(*changes), QStringLiteral("changed bin/tool\n"
                                                    "changed magento/framework/Comment.php (cosmetic)\n"
                                                    "changed magento/framework/big.js\n"
                                                    "added magento/module-catalog/Model/New.php\n"
                                                    "removed magento/module-catalog/Model/Old.php"));
    }

    // What the ssh runner gets from the server's `diff -rq --no-dereference` gives the same changes as
    // the compare here, with names that hold " and ", ": " and spaces, folders on one side only, a link
    // whose target changes and a file that becomes a link.
    void fromTheServersDiffIsTheSame()
    {
        QTemporaryDir dir;
        const QString old = QStringLiteral("vendor");
        const QString next = QStringLiteral("var/.upgrade-assistant-impact-2.4.8/vendor");
        const QString a = dir.path() + QLatin1Char('/') + old;
        const QString b = dir.path() + QLatin1Char('/') + next;
        for (const QString &root : {a, b})
            QVERIFY(writeFile(root, QStringLiteral("acme/same.php"), "<?php\n"));
        QVERIFY(writeFile(a, QStringLiteral("acme/a and b differ.php"), "<?php\nreturn 1;\n"));
        QVERIFY(writeFile(b, QStringLiteral("acme/a and b differ.php"), "<?php\nreturn 2;\n"));
        QVERIFY(writeFile(a, QStringLiteral("acme/note: old.php"), "<?php\n// old\nreturn 1;\n"));
        QVERIFY(writeFile(b, QStringLiteral("acme/note: old.php"), "<?php\n// new\nreturn 1;\n"));
        QVERIFY(writeFile(a, QStringLiteral("acme/gone/deep/x.php"), "<?php\n"));
        QVERIFY(writeFile(a, QStringLiteral("acme/gone/y.php"), "<?php\n"));
        QVERIFY(writeFile(b, QStringLiteral("acme/new folder/z: 1.php"), "<?php\n"));
        QVERIFY(writeFile(b, QStringLiteral("top.php"), "<?php\n"));
        QVERIFY(makeLink(QStringLiteral("same.php"), a + QStringLiteral("/acme/link")));
        QVERIFY(makeLink(QStringLiteral("a and b differ.php"), b + QStringLiteral("/acme/link")));
        QVERIFY(writeFile(a, QStringLiteral("acme/becomes-link"), "x\n"));
        QVERIFY(makeLink(QStringLiteral("same.php"), b + QStringLiteral("/acme/becomes-link")));

        const ProgramResult diff =
            run(QStringLiteral("diff"),
                {QStringLiteral("-rq"), QStringLiteral("--no-dereference"), QStringLiteral("--"), old, next},
                dir.path());
        QCOMPARE(diff.exitCode, 1);
        const QStringList lines = QString::fromUtf8(diff.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString error;
        const std::optional<QList<VendorChange>> there =
            VendorDiff::fromDifferences(a, b, old, next, lines, nullptr, &error);
        QVERIFY2(there, qPrintable(lines.join(QLatin1Char('\n'))));
        const std::optional<QList<VendorChange>> here = VendorDiff::compare(a, b, nullptr, &error);
        QVERIFY2(here, qPrintable(error));
        QCOMPARE(describe(*there), describe(*here));
        QVERIFY(describe(*here).contains(QLatin1String("changed acme/note: old.php (cosmetic)")));
        QVERIFY(describe(*here).contains(QLatin1String("removed acme/gone/deep/x.php")));
        QVERIFY(describe(*here).contains(QLatin1String("added acme/new folder/z: 1.php")));
        // A line diff does not print is not guessed at: the caller compares in full.
        QVERIFY(!VendorDiff::fromDifferences(a, b, old, next, {QStringLiteral("diff: something else")},
                                             nullptr, &error));
    }

    void aTreeThatIsALinkIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("real/a.php"), "<?php\n"));
        QVERIFY(makeLink(dir.path() + QStringLiteral("/real"), dir.path() + QStringLiteral("/vendor")));
        QString error;
        QVERIFY(!VendorDiff::compare(dir.path() + QStringLiteral("/vendor"),
                                     dir.path() + QStringLiteral("/real"), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("/vendor")) && error.contains(QLatin1String("link")),
                 qPrintable(error));
    }

    void cancelled()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("a/x/y.php"), "<?php\n"));
        QVERIFY(writeFile(dir.path(), QStringLiteral("b/x/y.php"), "<?php\n"));
        const std::atomic_bool cancel{true};
        QString error;
        QVERIFY(!VendorDiff::compare(dir.path() + QStringLiteral("/a"), dir.path() + QStringLiteral("/b"),
                                     &cancel, &error));
        QVERIFY(!error.isEmpty());
    }

    void whatIsCosmetic_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<bool>("cosmetic");
        QTest::newRow("php docblock") << "A.php" << QByteArray("<?php\n/** a */\nf();\n")
                                      << QByteArray("<?php\n/**\n * b\n */\nf();\n") << true;
        QTest::newRow("php hash comment")
            << "A.php" << QByteArray("<?php\nf(); # a\n") << QByteArray("<?php\nf();\n") << true;
        QTest::newRow("php attribute is code") << "A.php" << QByteArray("<?php\n#[Old]\nclass A {}\n")
                                               << QByteArray("<?php\n#[New]\nclass A {}\n") << false;
        QTest::newRow("php code") << "A.php" << QByteArray("<?php\nreturn 1;\n")
                                  << QByteArray("<?php\nreturn 2;\n") << false;
        QTest::newRow("php // in a string is not a comment")
            << "A.php" << QByteArray("<?php\n$u = 'http://a';\n") << QByteArray("<?php\n$u = 'http://b';\n")
            << false;
        QTest::newRow("php heredoc kept") << "A.php" << QByteArray("<?php\n$s = <<<EOT\n// one\nEOT;\n")
                                          << QByteArray("<?php\n$s = <<<EOT\n// two\nEOT;\n") << false;
        QTest::newRow("phtml html comment") << "t.phtml" << QByteArray("<div><!-- a --><?= $x ?></div>\n")
                                            << QByteArray("<div><?= $x ?></div>\n") << true;
        QTest::newRow("phtml markup") << "t.phtml" << QByteArray("<div><?= $x ?></div>\n")
                                      << QByteArray("<span><?= $x ?></span>\n") << false;
        QTest::newRow("xml comment") << "di.xml" << QByteArray("<config>\n<!-- a -->\n<type/>\n</config>\n")
                                     << QByteArray("<config>\n    <type/>\n</config>\n") << true;
        QTest::newRow("xml attribute")
            << "di.xml" << QByteArray("<type name=\"A\"/>\n") << QByteArray("<type name=\"B\"/>\n") << false;
        QTest::newRow("js comments") << "a.js" << QByteArray("/* a */\nvar x = 1; // b\n")
                                     << QByteArray("var x = 1;\n") << true;
        QTest::newRow("js url in a string") << "a.js" << QByteArray("var u = \"http://a\";\n")
                                            << QByteArray("var u = \"http://b\";\n") << false;
        QTest::newRow("less url") << "a.less" << QByteArray("@a: url(http://x/a.png);\n")
                                  << QByteArray("@a: url(http://x/b.png);\n") << false;
        QTest::newRow("less comment") << "a.less" << QByteArray("// a\n.x { color: red; }\n")
                                      << QByteArray(".x { color: red; }\n") << true;
        QTest::newRow("line ends") << "README" << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n") << true;
        QTest::newRow("binary") << "a.png" << QByteArray("\0a \n", 4) << QByteArray("\0a\n", 3) << false;
    }
    void whatIsCosmetic()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(bool, cosmetic);
        QCOMPARE(::cosmetic(path.toUtf8().constData(), before, after), cosmetic);
    }
};

QTEST_GUILESS_MAIN(TestVendorDiff)
#include "tst_vendordiff.moc"
