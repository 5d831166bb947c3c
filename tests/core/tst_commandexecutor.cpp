// CommandExecutor and LineSplitter against hostile child output: megabytes without a line break,
// endless numbers of lines, characters cut between two reads. No timing here: linear work is
// shown by counters (every byte looked at once) and bounded memory by the longest line handed on
// and the size of what `capture` keeps. The timing is in bench/bench_commandexecutor.
#include "core/runners/commandexecutor.h"
#include "core/runners/linesplitter.h"

#include <QtTest>

#include <algorithm>

using namespace mua;

namespace {

// `bash -c SCRIPT`: the child's output comes from the shell tools, at the speed of the pipe.
CommandSpec shell(const QString &script)
{
    return {QStringLiteral("bash"), {QStringLiteral("-c"), script}, {}};
}

} // namespace

class TestCommandExecutor : public QObject
{
    Q_OBJECT

private slots:
    // 64 KiB reads of a 16 MiB line without a break: the line is handed on in pieces of at most
    // MaxLineBytes, nothing is lost, and every byte is looked at exactly once.
    void splitterWorkIsLinearForALineWithoutBreaks()
    {
        const qsizetype total = 16 * 1024 * 1024;
        const QByteArray chunk(64 * 1024, 'x');
        LineSplitter splitter;
        qsizetype delivered = 0;
        qsizetype longest = 0;
        int pieces = 0;
        auto onLine = [&](const QString &line) {
            delivered += line.size();
            longest = std::max(longest, line.size());
            ++pieces;
        };
        for (qsizetype fed = 0; fed < total; fed += chunk.size())
            splitter.feed(chunk, onLine);
        splitter.flush(onLine);
        QCOMPARE(delivered, total);
        QVERIFY2(longest <= LineSplitter::MaxLineBytes, qPrintable(QString::number(longest)));
        QCOMPARE(splitter.scannedBytes(), qint64(total));
        QCOMPARE(pieces, int(total / LineSplitter::MaxLineBytes));
        QCOMPARE(splitter.splitLines(), 1);
    }

    // One byte at a time is the worst chunking: still one look per byte.
    void splitterWorkIsLinearForTinyReads()
    {
        LineSplitter splitter;
        QStringList lines;
        const QByteArray text = QByteArrayLiteral("first\r\nsecond\nthird");
        for (char c : text)
            splitter.feed(QByteArray(1, c), [&](const QString &l) { lines << l; });
        splitter.flush([&](const QString &l) { lines << l; });
        QCOMPARE(lines,
                 QStringList({QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
        QCOMPARE(splitter.scannedBytes(), qint64(text.size()));
    }

    // A long line of two- and three-byte characters is never cut inside a character.
    void splitterCutsAtCharacterBoundaries_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addRow("é (2 bytes)") << QStringLiteral("é");
        QTest::addRow("€ (3 bytes)") << QStringLiteral("€");
        QTest::addRow("𝄞 (4 bytes)") << QString::fromUtf8("\xF0\x9D\x84\x9E");
    }
    void splitterCutsAtCharacterBoundaries()
    {
        QFETCH(QString, character);
        const QByteArray one = character.toUtf8();
        QByteArray text = "a"; // shifts every character off the piece boundary
        while (text.size() < 3 * LineSplitter::MaxLineBytes)
            text += one;
        LineSplitter splitter;
        QString joined;
        int pieces = 0;
        auto onLine = [&](const QString &l) {
            QVERIFY2(!l.contains(QChar::ReplacementCharacter), "a character was cut in two");
            joined += l;
            ++pieces;
        };
        for (qsizetype at = 0; at < text.size(); at += 4093) // odd reads
            splitter.feed(text.mid(at, 4093), onLine);
        splitter.flush(onLine);
        QVERIFY(pieces >= 3);
        QCOMPARE(joined, QString::fromUtf8(text));
    }

    // The case through a real child: 32 MB without a newline reach the handler in bounded
    // pieces, and what `capture` keeps is bounded too.
    void childOutputWithoutNewlinesIsBounded()
    {
        const qsizetype total = 32 * 1000 * 1000;
        qsizetype delivered = 0;
        qsizetype longest = 0;
        const CommandResult r = CommandExecutor().run(
            shell(QStringLiteral("head -c %1 /dev/zero | tr '\\0' x").arg(total)),
            [&](LogStream, const QString &line) {
                delivered += line.size();
                longest = std::max(longest, line.size());
            },
            true);
        QVERIFY(r.succeeded());
        QCOMPARE(delivered, total);
        QVERIFY2(longest <= LineSplitter::MaxLineBytes, qPrintable(QString::number(longest)));
        qsizetype kept = 0;
        for (const QString &l : r.lines)
            kept += l.size();
        QVERIFY2(kept <= CommandExecutor::CaptureHeadChars + CommandExecutor::CaptureTailChars + 200,
                 qPrintable(QString::number(kept)));
        QVERIFY(r.droppedLines > 0);
    }

    // Half a million lines: the handler sees every one, `capture` keeps the first and the last ones
    // and says how many it left out, so a known failure at the end is still found.
    void captureKeepsTheFirstAndLastLines()
    {
        const int total = 500000;
        int seen = 0;
        const CommandResult r = CommandExecutor().run(
            shell(QStringLiteral("seq 1 %1; echo 'PHP Fatal error: the end' >&2").arg(total)),
            [&](LogStream, const QString &) { ++seen; }, true);
        QVERIFY(r.succeeded());
        QCOMPARE(seen, total + 1);
        QCOMPARE(r.lines.constFirst(), QStringLiteral("1"));
        QCOMPARE(r.lines.constLast(), QStringLiteral("PHP Fatal error: the end"));
        QCOMPARE(r.lines.size(), CommandExecutor::CaptureHeadLines + 1 + CommandExecutor::CaptureTailLines);
        QCOMPARE(r.droppedLines,
                 qint64(total + 1 - CommandExecutor::CaptureHeadLines - CommandExecutor::CaptureTailLines));
        QVERIFY(r.lines.at(CommandExecutor::CaptureHeadLines).contains(QLatin1String("left out")));
    }

    // Short output is kept whole, with no note.
    void shortOutputIsKeptWhole()
    {
        const CommandResult r =
            CommandExecutor().run(shell(QStringLiteral("printf 'a\\nb\\r\\nc'")), nullptr, true);
        QVERIFY(r.succeeded());
        QCOMPARE(r.lines, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(r.droppedLines, 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandExecutor)
#include "tst_commandexecutor.moc"
