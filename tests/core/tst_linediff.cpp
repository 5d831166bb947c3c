// LineDiff: the line comparison of the impact report (issue 19), checked against GNU diff itself.
#include "core/impact/linediff.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace mua;

namespace {

using Kind = DiffLine::Kind;

// What `diff -u` prints for the two texts, without its two header lines (they carry the files' times).
QString gnuDiff(const QByteArray &oldText, const QByteArray &newText, const QStringList &options = {})
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("old")), b = dir.filePath(QStringLiteral("new"));
    for (const auto &[path, text] : {std::pair{a, oldText}, std::pair{b, newText}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return QStringLiteral("cannot write %1").arg(path);
    }
    QProcess diff;
    diff.start(QStringLiteral("/usr/bin/diff"),
               QStringList{QStringLiteral("-u")} + options + QStringList{a, b});
    if (!diff.waitForFinished(30000))
        return QStringLiteral("diff did not finish");
    if (diff.exitCode() > 1)
        return QStringLiteral("diff failed: ") + QString::fromUtf8(diff.readAllStandardError());
    const QString out = QString::fromUtf8(diff.readAllStandardOutput());
    return out.section(QLatin1Char('\n'), 2); // after "--- …" and "+++ …"
}

QString ours(const QByteArray &oldText, const QByteArray &newText)
{
    const QString out = LineDiff::unified(QString::fromUtf8(oldText), QString::fromUtf8(newText),
                                          QStringLiteral("a/f"), QStringLiteral("b/f"));
    return out.section(QLatin1Char('\n'), 2);
}

QByteArray numbered(int from, int to, const char *prefix = "line")
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

int edits(const QList<DiffLine> &script)
{
    int n = 0;
    for (const DiffLine &l : script)
        n += l.kind != Kind::Same;
    return n;
}

// The script is a real one: it walks both texts in order, and its same lines are equal.
bool consistent(const QList<DiffLine> &script, const QStringList &a, const QStringList &b)
{
    int i = 0, j = 0;
    for (const DiffLine &l : script) {
        if (l.kind != Kind::Added && l.oldLine != i++)
            return false;
        if (l.kind != Kind::Removed && l.newLine != j++)
            return false;
        if (l.kind == Kind::Same && a[l.oldLine] != b[l.newLine])
            return false;
        if ((l.kind == Kind::Added && l.oldLine != -1) || (l.kind == Kind::Removed && l.newLine != -1))
            return false;
    }
    return i == a.size() && j == b.size();
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void lines()
    {
        QCOMPARE(LineDiff::lines(QString()), QStringList());
        QCOMPARE(LineDiff::lines(QStringLiteral("a\nb\n")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(LineDiff::lines(QStringLiteral("a\r\nb")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(LineDiff::lines(QStringLiteral("\n\n")), (QStringList{QString(), QString()}));
    }

    void compareScript()
    {
        const QStringList a{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QStringList b{QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c"),
                            QStringLiteral("d")};
        const QList<DiffLine> expected{{Kind::Same, 0, 0},
                                       {Kind::Removed, 1, -1},
                                       {Kind::Added, -1, 1},
                                       {Kind::Same, 2, 2},
                                       {Kind::Added, -1, 3}};
        QCOMPARE(LineDiff::compare(a, b), expected);
        QCOMPARE(LineDiff::compare(a, a).size(), 3);
        QCOMPARE(edits(LineDiff::compare(a, a)), 0);
        QCOMPARE(edits(LineDiff::compare({}, b)), 4);
    }

    // Texts further apart than maxEdits: everything removed, then everything added.
    void tooManyEdits()
    {
        QStringList a, b;
        for (int i = 0; i < 50; ++i) {
            a << QStringLiteral("old %1").arg(i) << QStringLiteral("same %1").arg(i);
            b << QStringLiteral("new %1").arg(i) << QStringLiteral("same %1").arg(i);
        }
        const QList<DiffLine> full = LineDiff::compare(a, b);
        QCOMPARE(edits(full), 100);
        QVERIFY(consistent(full, a, b));
        const QList<DiffLine> plain = LineDiff::compare(a, b, 99);
        QCOMPARE(edits(plain), 200);
        QVERIFY(consistent(plain, a, b));
        QCOMPARE(plain.first(), (DiffLine{Kind::Removed, 0, -1}));
        QCOMPARE(plain.last(), (DiffLine{Kind::Added, -1, 99}));
        QCOMPARE(edits(LineDiff::compare(a, b, 100)), 100);
    }

    void sameTextsGiveNothing()
    {
        QCOMPARE(LineDiff::unified(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"), QStringLiteral("a/f"),
                                   QStringLiteral("b/f")),
                 QString());
        QCOMPARE(LineDiff::unified(QString(), QString(), QStringLiteral("a/f"), QStringLiteral("b/f")),
                 QString());
    }

    void headerLines()
    {
        const QString out = LineDiff::unified(QStringLiteral("a\n"), QStringLiteral("b\n"),
                                              QStringLiteral("a/x.php"), QStringLiteral("b/x.php"));
        QCOMPARE(out, QStringLiteral("--- a/x.php\n+++ b/x.php\n@@ -1 +1 @@\n-a\n+b\n"));
    }

    // Inputs whose shortest edit script is unique, so GNU diff and Myers must agree line for line.
    void asGnuDiff_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        const QByteArray twenty = numbered(1, 20);
        QTest::newRow("insert at start") << twenty << numbered(1, 2, "new") + twenty;
        QTest::newRow("insert at end") << twenty << twenty + numbered(1, 3, "new");
        QTest::newRow("insert in the middle")
            << twenty << numbered(1, 10) + numbered(1, 2, "new") + numbered(11, 20);
        QTest::newRow("replace") << twenty << numbered(1, 7) + "seven\neight\n" + numbered(10, 20);
        QTest::newRow("delete in the middle") << twenty << numbered(1, 5) + numbered(9, 20);
        QTest::newRow("delete all") << twenty << QByteArray();
        QTest::newRow("empty old") << QByteArray() << numbered(1, 4);
        QTest::newRow("empty new") << numbered(1, 4) << QByteArray();
        QTest::newRow("two hunks") << numbered(1, 40)
                                   << numbered(1, 4) + "four\n" + numbered(6, 30) + "thirty-one\n" +
                                          numbered(32, 40);
        // Each hunk's start counted on from the one before: removals, additions and replacements shift
        // the two texts' numbers apart differently from hunk to hunk.
        QByteArray manyOld = numbered(1, 300), manyNew;
        for (int k = 0; k < 30; ++k) {
            const int first = k * 10 + 1;
            manyNew += numbered(first, first + 4);
            if (k % 3 == 0) // line first + 5 removed
                manyNew += numbered(first + 6, first + 9);
            else if (k % 3 == 1) // two lines added after it
                manyNew += numbered(first + 5, first + 5) + "added " + QByteArray::number(k) + "a\n" +
                           "added " + QByteArray::number(k) + "b\n" + numbered(first + 6, first + 9);
            else // line first + 5 replaced
                manyNew += "replaced " + QByteArray::number(k) + '\n' + numbered(first + 6, first + 9);
        }
        QTest::newRow("thirty hunks") << manyOld << manyNew;
        QTest::newRow("hunks 6 apart merge")
            << twenty << numbered(1, 4) + "x\n" + numbered(6, 11) + "y\n" + numbered(13, 20);
        QTest::newRow("hunks 7 apart stay apart")
            << twenty << numbered(1, 4) + "x\n" + numbered(6, 12) + "y\n" + numbered(14, 20);
        QTest::newRow("no final newline, old") << numbered(1, 5) + "end" << numbered(1, 5) + "end\n";
        QTest::newRow("no final newline, new") << numbered(1, 5) + "end\n" << numbered(1, 5) + "end";
        QTest::newRow("no final newline, both") << numbered(1, 5) + "end" << numbered(1, 4) + "five\nend";
        QTest::newRow("no final newline, last line changes")
            << numbered(1, 5) + "end" << numbered(1, 5) + "fin";
        QTest::newRow("one line, no newline, to empty") << QByteArray("x") << QByteArray();
        QTest::newRow("carriage returns") << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\r\nB\r\nc\r\n");
        QTest::newRow("utf-8") << QByteArray("<?php\n// Größe\n$a = 1;\n")
                               << QByteArray("<?php\n// Größe\n$a = 2;\n");
    }

    void asGnuDiff()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        const QString expected = gnuDiff(oldText, newText);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ours(oldText, newText), expected);
    }

    // Where several shortest scripts exist, Myers and GNU diff may choose differently, but both find
    // one of the same length.
    void minimalOnRandomTexts()
    {
        QRandomGenerator random(19);
        for (int round = 0; round < 20; ++round) {
            QByteArray a, b;
            const int n = 50 + int(random.bounded(150)), m = 50 + int(random.bounded(150));
            for (int i = 0; i < n; ++i)
                a += QByteArray::number(random.bounded(8)) + '\n';
            for (int i = 0; i < m; ++i)
                b += QByteArray::number(random.bounded(8)) + '\n';
            const QStringList la = LineDiff::lines(QString::fromLatin1(a));
            const QStringList lb = LineDiff::lines(QString::fromLatin1(b));
            const QList<DiffLine> script = LineDiff::compare(la, lb);
            QVERIFY(consistent(script, la, lb));
            const QString gnu = gnuDiff(a, b, {QStringLiteral("--unified=0")});
            int gnuEdits = 0;
            for (const QString &line : gnu.split(QLatin1Char('\n')))
                gnuEdits += line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-'));
            QCOMPARE(edits(script), gnuEdits);
            const QString unified = ours(a, b);
            int ourEdits = 0;
            for (const QString &line : unified.split(QLatin1Char('\n')))
                ourEdits += line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-'));
            QCOMPARE(ourEdits, gnuEdits);
        }
    }

    // A source file of 10,000 lines with a few changes is compared quickly and exactly.
    void largeText()
    {
        QStringList a, b;
        for (int i = 0; i < 10000; ++i)
            a << QStringLiteral("    $line%1 = %1;").arg(i);
        b = a;
        b[10] = QStringLiteral("changed");
        b.removeAt(5000);
        b.insert(9000, QStringLiteral("inserted"));
        const QList<DiffLine> script = LineDiff::compare(a, b);
        QVERIFY(consistent(script, a, b));
        QCOMPARE(edits(script), 4);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
