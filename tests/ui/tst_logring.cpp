// The log's lines without widgets: the bounded ring LogView paints, with its absolute numbering, `\r`
// redraws in place, text blocks reused as lines leave, and what each line means. Links Qt Core only.
#include "ui/log/logring.h"

#include <QtTest>

using namespace mua;

namespace {

LogLine line(const QString &text, LogStream stream = LogStream::Stdout, qint64 msecs = 0)
{
    return LogLine{msecs, stream, QString(), text};
}

QString numbered(qint64 i)
{
    return QStringLiteral("line %1").arg(i);
}

} // namespace

class TestLogRing : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheNewestLines()
    {
        LogRing ring;
        QCOMPARE(ring.maximumLines(), LogRing::DefaultMaximumLines);
        ring.setMaximumLines(1000);
        for (int i = 0; i < 2500; ++i)
            QCOMPARE(ring.append(line(numbered(i), LogStream::Stdout, 1000 + i)), LogRing::Appended::NewLine);
        QCOMPARE(ring.count(), 1000);
        QCOMPARE(ring.text(0), numbered(1500));
        QCOMPARE(ring.text(999), numbered(2499));
        QCOMPARE(ring.at(0).msecs, 1000 + 1500);
        QCOMPARE(ring.droppedCount(), 1500);
        QCOMPARE(ring.totalCount(), 2500);
        QCOMPARE(ring.firstAbsolute(), 1500);
        QCOMPARE(ring.toIndex(1500), 0);
        QCOMPARE(ring.toIndex(2499), 999);
        QCOMPARE(ring.toIndex(1499), -1); // left the ring
        QCOMPARE(ring.toIndex(2500), -1); // not there yet
        QCOMPARE(ring.toIndex(-1), -1);
    }

    void shrinkingKeepsTheNewestAndTheNumbering()
    {
        LogRing ring;
        for (int i = 0; i < 50; ++i)
            ring.append(line(numbered(i)));
        ring.setMaximumLines(10);
        QCOMPARE(ring.count(), 10);
        QCOMPARE(ring.text(0), numbered(40));
        QCOMPARE(ring.firstAbsolute(), 40);
        QCOMPARE(ring.droppedCount(), 40);
        ring.append(line(QStringLiteral("newest")));
        QCOMPARE(ring.text(0), numbered(41));
        QCOMPARE(ring.text(9), QStringLiteral("newest"));
        ring.setMaximumLines(20); // growing again: nothing leaves until it is full
        ring.append(line(QStringLiteral("more")));
        QCOMPARE(ring.count(), 11);
        QCOMPARE(ring.text(10), QStringLiteral("more"));
        ring.setMaximumLines(0); // at least one line
        QCOMPARE(ring.maximumLines(), 1);
        QCOMPARE(ring.count(), 1);
        QCOMPARE(ring.text(0), QStringLiteral("more"));
    }

    // Text lives in blocks of 64K characters that lines use in order: blocks are released (and
    // reused) as lines leave, and no held line's text is touched by that.
    void textSurvivesBlocksBeingReused()
    {
        LogRing ring;
        ring.setMaximumLines(7);
        const auto longLine = [](int i) {
            return QString(LogRing::MaximumLineLength - 8, QChar(u'a' + i % 26)) +
                   QStringLiteral("%1").arg(i, 8);
        };
        for (int i = 0; i < 500; ++i) {
            ring.append(line(longLine(i)));
            if (i % 37 == 0)
                ring.append(line(QStringLiteral("short %1").arg(i)));
        }
        QCOMPARE(ring.count(), 7);
        for (int k = 0; k < 7; ++k) {
            const QStringView text = ring.text(k);
            QVERIFY2(text.startsWith(QStringLiteral("short")) || text.size() == LogRing::MaximumLineLength,
                     qPrintable(text.left(20).toString()));
        }
        QCOMPARE(ring.text(6), longLine(499));
        QCOMPARE(ring.text(5), longLine(498));
        QCOMPARE(ring.maximumLength(), LogRing::MaximumLineLength);
    }

    void redrawReplacesTheNewestLineOfItsStream()
    {
        LogRing ring;
        QCOMPARE(ring.append(line(QStringLiteral("\rfirst"))), LogRing::Appended::NewLine); // nothing before
        ring.append(line(QStringLiteral("Downloading"), LogStream::Stderr, 1));
        QCOMPARE(ring.append(line(QStringLiteral("\r 10%"), LogStream::Stderr, 2)),
                 LogRing::Appended::Replaced);
        QCOMPARE(ring.append(line(QStringLiteral("\r 20%"), LogStream::Stderr, 3)),
                 LogRing::Appended::Replaced);
        QCOMPARE(ring.count(), 2);
        QCOMPARE(ring.text(1), QStringLiteral(" 20%"));
        QCOMPARE(ring.at(1).msecs, 3); // the time of the redraw
        // Another stream does not redraw it.
        QCOMPARE(ring.append(line(QStringLiteral("\rstdout"))), LogRing::Appended::NewLine);
        QCOMPARE(ring.count(), 3);
        QCOMPARE(ring.text(1), QStringLiteral(" 20%"));

        // A million redraws take the space of one: the ring holds them all in one block.
        LogRing flood;
        flood.setMaximumLines(2);
        flood.append(line(QStringLiteral("start")));
        for (int i = 0; i < 1000000; ++i)
            flood.append(line(QStringLiteral("\r%1%").arg(i % 100)));
        QCOMPARE(flood.count(), 1);
        QCOMPARE(flood.text(0), QStringLiteral("99%"));
        QCOMPARE(flood.at(0).block, quint32(0));
    }

    void truncatedLinesAreCounted()
    {
        LogRing ring;
        ring.setMaximumLines(3);
        ring.append(line(QString(LogRing::MaximumLineLength + 5, QLatin1Char('x'))));
        QCOMPARE(ring.truncatedCount(), 1);
        QVERIFY(ring.at(0).flags & LogRing::Truncated);
        QCOMPARE(ring.text(0).size(), LogRing::MaximumLineLength + 1); // and an ellipsis
        ring.append(line(QStringLiteral("a")));
        ring.append(line(QStringLiteral("b")));
        QCOMPARE(ring.truncatedCount(), 1);
        ring.append(line(QStringLiteral("c"))); // the cut line leaves
        QCOMPARE(ring.truncatedCount(), 0);
        // A cut line redrawn by a short one is not cut any more.
        ring.append(line(QString(LogRing::MaximumLineLength + 5, QLatin1Char('y'))));
        QCOMPARE(ring.truncatedCount(), 1);
        ring.append(line(QStringLiteral("\rshort")));
        QCOMPARE(ring.truncatedCount(), 0);
    }

    void stylesAndMeaning()
    {
        LogRing ring;
        ring.append(line(QStringLiteral("\033[1;31mFAIL\033[0m plain \033[92mok")));
        const QList<LogRing::Span> spans = ring.spans(0);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans[0], (LogRing::Span{0, 4, 1, true}));
        QCOMPARE(spans[1], (LogRing::Span{4, 7, -1, false}));
        QCOMPARE(spans[2], (LogRing::Span{11, 2, 10, false}));
        QVERIFY(ring.spans(1).isEmpty());
        QVERIFY(ring.at(0).flags & LogRing::Narrow);
        ring.append(line(QStringLiteral("größe")));
        QVERIFY(!(ring.at(1).flags & LogRing::Narrow));

        ring.append(line(QStringLiteral("PHP Fatal error:  Uncaught Error"), LogStream::Stderr));
        ring.append(line(QStringLiteral("PHP Warning:  foo"), LogStream::Stdout));
        ring.append(line(QStringLiteral("Fatal error: ours"), LogStream::Info)); // our own: its stream says
        QCOMPARE(ring.meaning(2), LineMeaning::Error);
        QCOMPARE(ring.meaning(3), LineMeaning::Warning);
        QCOMPARE(ring.meaning(4), LineMeaning::Plain);
        QCOMPARE(ring.meaning(99), LineMeaning::Plain);
    }

    // clear() empties the ring and forgets an open error block; absolute numbers go on.
    void clearForgetsLinesAndBlocks()
    {
        LogRing ring;
        ring.append(line(QStringLiteral("In State.php line 152:"), LogStream::Stderr));
        ring.append(line(QString(), LogStream::Stderr));
        ring.append(line(QStringLiteral("  Something broke.  "), LogStream::Stderr));
        QCOMPARE(ring.meaning(2), LineMeaning::Error);
        ring.append(line(QStringLiteral("In State.php line 152:"), LogStream::Stderr));
        ring.clear();
        QCOMPARE(ring.count(), 0);
        QCOMPARE(ring.droppedCount(), 0);
        QCOMPARE(ring.totalCount(), 0);
        QCOMPARE(ring.firstAbsolute(), 4);
        QCOMPARE(ring.maximumLength(), 0);
        ring.append(line(QString(), LogStream::Stderr));
        ring.append(line(QStringLiteral("  indented output  "), LogStream::Stderr));
        QCOMPARE(ring.meaning(1), LineMeaning::Plain); // the header before clear() is forgotten
        QCOMPARE(ring.toIndex(4), 0);
        QCOMPARE(ring.text(1), QStringLiteral("  indented output  "));
    }
};

QTEST_GUILESS_MAIN(TestLogRing)
#include "tst_logring.moc"
