// The live log pane offscreen: resolving lines (ANSI colours, `\r` redraws), the bounded ring,
// following, find, copy, save, and painting whatever arrives.
#include "logpane.h"
#include "logview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace mua;

namespace {

// "[colour]text" per span: colour is the ANSI index, "-" for the line's default; "b" marks bold.
QString describe(const QList<LogView::Span> &spans, const QString &text)
{
    QString out;
    for (const LogView::Span &s : spans) {
        out += QLatin1Char('[') + (s.colour < 0 ? QStringLiteral("-") : QString::number(s.colour)) +
               (s.bold ? QStringLiteral("b") : QString()) + QLatin1Char(']') + text.mid(s.start, s.length);
    }
    return out;
}

LogChunk numberedChunk(int first, int count, LogStream stream = LogStream::Stdout)
{
    LogChunk chunk;
    chunk.reserve(count);
    for (int i = first; i < first + count; ++i)
        chunk.append(LogLine{1700000000000 + i, stream, QString(), QStringLiteral("line %1").arg(i)});
    return chunk;
}

// Waits until the view has caught up with what was appended (frames are coalesced).
void settle(LogView &view)
{
    QTest::qWait(60); // a few frames
    QTRY_VERIFY(view.verticalScrollBar()->maximum() ==
                std::max(0, view.lineCount() - view.viewport()->height() / view.fontMetrics().lineSpacing()));
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void ansi_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("spans");

        QTest::newRow("plain") << QStringLiteral("hello world") << QStringLiteral("hello world")
                               << QStringLiteral("[-]hello world");
        QTest::newRow("colour and reset") << QStringLiteral("\033[31mred\033[0m plain")
                                          << QStringLiteral("red plain") << QStringLiteral("[1]red[-] plain");
        QTest::newRow("all normal colours")
            << QStringLiteral("\033[30ma\033[32mb\033[33mc\033[34md\033[35me\033[36mf\033[37mg")
            << QStringLiteral("abcdefg") << QStringLiteral("[0]a[2]b[3]c[4]d[5]e[6]f[7]g");
        QTest::newRow("bright colours") << QStringLiteral("\033[90mx\033[92mok\033[97my\033[39mz")
                                        << QStringLiteral("xokyz") << QStringLiteral("[8]x[10]ok[15]y[-]z");
        QTest::newRow("bold") << QStringLiteral("\033[1mbold\033[22m thin") << QStringLiteral("bold thin")
                              << QStringLiteral("[-b]bold[-] thin");
        QTest::newRow("bold and colour in one") << QStringLiteral("\033[1;33mwarn\033[0m!")
                                                << QStringLiteral("warn!") << QStringLiteral("[3b]warn[-]!");
        QTest::newRow("39 keeps bold")
            << QStringLiteral("\033[1;31mA\033[39mB") << QStringLiteral("AB") << QStringLiteral("[1b]A[-b]B");
        QTest::newRow("empty SGR resets")
            << QStringLiteral("\033[32mA\033[mB") << QStringLiteral("AB") << QStringLiteral("[2]A[-]B");
        QTest::newRow("colour at the end only")
            << QStringLiteral("text\033[31m") << QStringLiteral("text") << QStringLiteral("[-]text");
        QTest::newRow("256 colours, low")
            << QStringLiteral("\033[38;5;4mA") << QStringLiteral("A") << QStringLiteral("[4]A");
        QTest::newRow("256 colours, high ignored") << QStringLiteral("\033[38;5;196mA\033[31mB")
                                                   << QStringLiteral("AB") << QStringLiteral("[-]A[1]B");
        QTest::newRow("true colour ignored, not misread") << QStringLiteral("\033[38;2;31;32;33mA\033[0mB")
                                                          << QStringLiteral("AB") << QStringLiteral("[-]AB");
        QTest::newRow("background ignored")
            << QStringLiteral("\033[41;37mX") << QStringLiteral("X") << QStringLiteral("[7]X");
        QTest::newRow("erase and cursor moves stripped")
            << QStringLiteral("\033[2K\033[1G\033[10;20Hdone") << QStringLiteral("done")
            << QStringLiteral("[-]done");
        QTest::newRow("private modes stripped") << QStringLiteral("\033[?25lhidden\033[?25h")
                                                << QStringLiteral("hidden") << QStringLiteral("[-]hidden");
        QTest::newRow("OSC title stripped") << QStringLiteral("\033]0;my title\007text")
                                            << QStringLiteral("text") << QStringLiteral("[-]text");
        QTest::newRow("OSC hyperlink stripped")
            << QStringLiteral("see \033]8;;https://x.test\033\\link\033]8;;\033\\!")
            << QStringLiteral("see link!") << QStringLiteral("[-]see link!");
        QTest::newRow("charset escape stripped")
            << QStringLiteral("a\033(Bb") << QStringLiteral("ab") << QStringLiteral("[-]ab");
        QTest::newRow("lone ESC at end")
            << QStringLiteral("abc\033") << QStringLiteral("abc") << QStringLiteral("[-]abc");
        QTest::newRow("unfinished CSI at end")
            << QStringLiteral("abc\033[31") << QStringLiteral("abc") << QStringLiteral("[-]abc");
        QTest::newRow("other controls dropped")
            << QStringLiteral("bell\007 and\bback") << QStringLiteral("bell andback")
            << QStringLiteral("[-]bell andback");
        QTest::newRow("tabs expand") << QStringLiteral("a\tb\tc") << QStringLiteral("a       b       c")
                                     << QStringLiteral("[-]a       b       c");
        QTest::newRow("text preserved")
            << QStringLiteral("\033[32mgröße ✓ 日本\033[0m [ok] 100%")
            << QStringLiteral("größe ✓ 日本 [ok] 100%") << QStringLiteral("[2]größe ✓ 日本[-] [ok] 100%");
        QTest::newRow("brackets without ESC are text")
            << QStringLiteral("[31m not an escape") << QStringLiteral("[31m not an escape")
            << QStringLiteral("[-][31m not an escape");
    }

    void ansi()
    {
        QFETCH(QString, raw);
        QFETCH(QString, text);
        QFETCH(QString, spans);
        LogView view;
        view.appendLines({raw});
        QCOMPARE(view.lineCount(), 1);
        QCOMPARE(view.plainText(0), text);
        QCOMPARE(describe(view.spans(0), view.plainText(0)), spans);
    }

    void carriageReturn()
    {
        LogView view;
        view.appendLines({QStringLiteral("50%\r100%")});
        QCOMPARE(view.plainText(0), QStringLiteral("100%"));
        view.appendLines({QStringLiteral("done\r")}); // a trailing \r keeps the text it would redraw
        QCOMPARE(view.plainText(1), QStringLiteral("done"));
        view.appendLines({QStringLiteral("CRLF line\r")});
        QCOMPARE(view.plainText(2), QStringLiteral("CRLF line"));
        QCOMPARE(view.lineCount(), 3);

        // A pure redraw replaces the line before it.
        view.clear();
        view.appendLines(
            {QStringLiteral("Downloading packages"), QStringLiteral("\r 12% [===>   ]\r 13% [====>  ]")});
        QCOMPARE(view.lineCount(), 1);
        QCOMPARE(view.plainText(0), QStringLiteral(" 13% [====>  ]"));
        view.appendLines({QStringLiteral("\r 14% [=====> ]")});
        QCOMPARE(view.lineCount(), 1);
        QCOMPARE(view.plainText(0), QStringLiteral(" 14% [=====> ]"));
        view.appendLines({QStringLiteral("\033[32m\r 15%")}); // escapes before the \r do not count as text
        QCOMPARE(view.lineCount(), 1);
        QCOMPARE(describe(view.spans(0), view.plainText(0)), QStringLiteral("[2] 15%"));
        view.appendLines({QStringLiteral("next line")});
        QCOMPARE(view.lineCount(), 2);

        // Only a redraw of the same stream replaces; the very first line has nothing to replace.
        view.appendLines({QStringLiteral("\rfrom stderr")}, LogStream::Stderr);
        QCOMPARE(view.lineCount(), 3);
        QCOMPARE(view.plainText(1), QStringLiteral("next line"));
        LogView fresh;
        fresh.appendLines({QStringLiteral("\rfirst")});
        QCOMPARE(fresh.lineCount(), 1);
        QCOMPARE(fresh.plainText(0), QStringLiteral("first"));

        // Colours set before a \r carry over to what follows it.
        fresh.appendLines({QStringLiteral("\033[33m 1%\r 2%\033[0m done")});
        QCOMPARE(describe(fresh.spans(1), fresh.plainText(1)), QStringLiteral("[3] 2%[-] done"));
    }

    void ringIsBounded()
    {
        LogView view;
        QCOMPARE(view.maximumLines(), 100000);
        for (int first = 0; first < 250000; first += 5000)
            view.appendChunk(numberedChunk(first, 5000));
        QCOMPARE(view.lineCount(), 100000);
        QCOMPARE(view.plainText(0), QStringLiteral("line 150000"));
        QCOMPARE(view.plainText(99999), QStringLiteral("line 249999"));
        QCOMPARE(view.lineTimestamp(0), 1700000000000 + 150000);

        view.setMaximumLines(10); // keeps the newest
        QCOMPARE(view.lineCount(), 10);
        QCOMPARE(view.plainText(0), QStringLiteral("line 249990"));
        view.appendLines({QStringLiteral("newest")});
        QCOMPARE(view.lineCount(), 10);
        QCOMPARE(view.plainText(0), QStringLiteral("line 249991"));
        QCOMPARE(view.plainText(9), QStringLiteral("newest"));
        view.setMaximumLines(20);
        view.appendLines({QStringLiteral("more")});
        QCOMPARE(view.lineCount(), 11);
        QCOMPARE(view.plainText(10), QStringLiteral("more"));
        view.clear();
        QCOMPARE(view.lineCount(), 0);
        QVERIFY(view.plainText(0).isNull());
    }

    void followingPausesAndResumes()
    {
        LogView view;
        view.resize(500, 300);
        view.show();
        QSignalSpy following(&view, &LogView::followingChanged);
        QVERIFY(view.isFollowing());
        view.appendChunk(numberedChunk(0, 1000));
        settle(view);
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(following.isEmpty());

        bar->setValue(10); // the user scrolls up
        QVERIFY(!view.isFollowing());
        QCOMPARE(following.size(), 1);
        QCOMPARE(following.takeFirst().at(0).toBool(), false);
        view.appendChunk(numberedChunk(1000, 500));
        settle(view);
        QCOMPARE(bar->value(), 10); // stays where the user is
        QVERIFY(!view.isFollowing());

        bar->setValue(bar->maximum()); // back at the bottom
        QVERIFY(view.isFollowing());
        QCOMPARE(following.size(), 1);
        QCOMPARE(following.takeFirst().at(0).toBool(), true);
        view.appendChunk(numberedChunk(1500, 500));
        settle(view);
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(
            view.plainText(bar->value() + view.viewport()->height() / view.fontMetrics().lineSpacing() - 1),
            QStringLiteral("line 1999"));

        // A paused view keeps showing the same lines while old ones leave the ring.
        view.setMaximumLines(2000);
        bar->setValue(1000);
        QVERIFY(!view.isFollowing());
        const QString top = view.plainText(bar->value());
        view.appendChunk(numberedChunk(2000, 300));
        settle(view);
        QCOMPARE(view.plainText(bar->value()), top);
        QCOMPARE(bar->value(), 700);

        // End resumes; the toolbar's wording: setFollowing does the same.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.isFollowing());
        view.setFollowing(false);
        QVERIFY(!view.isFollowing());
        view.setFollowing(true);
        QCOMPARE(bar->value(), bar->maximum());
    }

    void appendingPaintsLaterAndOncePerFrame()
    {
        LogView view;
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        int paints = 0;
        struct Counter : QObject
        {
            int *count;
            explicit Counter(int *c)
                : count(c)
            {}
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    ++*count;
                return false;
            }
        } counter(&paints);
        view.viewport()->installEventFilter(&counter);
        for (int i = 0; i < 100; ++i)
            view.appendChunk(numberedChunk(i * 100, 100));
        QCOMPARE(paints, 0); // nothing painted while appending
        QTRY_VERIFY(paints > 0);
        QTest::qWait(100);
        QVERIFY2(paints <= 2, qPrintable(QString::number(paints))); // one frame for all of it
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());

        // A horizontal scroll bar turning up shrinks the viewport: still at the bottom.
        view.appendLines({QString(2000, QLatin1Char('w'))});
        settle(view);
        QTRY_VERIFY(view.horizontalScrollBar()->isVisible());
        QTest::qWait(50);
        QVERIFY(view.isFollowing());
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    }

    void find()
    {
        LogView view;
        view.resize(400, 200);
        view.show();
        view.appendLines({QStringLiteral("alpha"), QStringLiteral("beta error"), QStringLiteral("gamma"),
                          QStringLiteral("delta ERROR twice error")});
        QVERIFY(view.find(QStringLiteral("error")));
        QCOMPARE(view.selectionStart(), 1);
        QCOMPARE(view.selectionEnd(), 1);
        QVERIFY(view.find(QStringLiteral("error"))); // case-insensitive
        QCOMPARE(view.selectionStart(), 3);
        QVERIFY(view.find(QStringLiteral("error"))); // the second match on the same line
        QCOMPARE(view.selectionStart(), 3);
        QVERIFY(view.find(QStringLiteral("error"))); // wraps around
        QCOMPARE(view.selectionStart(), 1);
        QVERIFY(view.find(QStringLiteral("error"), true)); // backwards, wrapping to the end
        QCOMPARE(view.selectionStart(), 3);
        QVERIFY(view.find(QStringLiteral("error"), true)); // the first one on that line
        QCOMPARE(view.selectionStart(), 3);
        QVERIFY(view.find(QStringLiteral("error"), true));
        QCOMPARE(view.selectionStart(), 1);

        QVERIFY(view.find(QStringLiteral("ERROR"), false, true)); // case-sensitive
        QCOMPARE(view.selectionStart(), 3);
        QVERIFY(view.find(QStringLiteral("ERROR"), false, true)); // the only one: itself again
        QCOMPARE(view.selectionStart(), 3);

        view.selectLines(2, 2);
        QVERIFY(!view.find(QStringLiteral("zeta")));
        QCOMPARE(view.selectionStart(), 2); // no match leaves the selection alone
        QVERIFY(!view.find(QString()));

        // In a long log the match is scrolled into view, and the view stops following.
        view.clear();
        view.appendChunk(numberedChunk(0, 5000));
        view.appendLines({QStringLiteral("needle here")});
        view.appendChunk(numberedChunk(5000, 5000));
        settle(view);
        QVERIFY(view.find(QStringLiteral("NEEDLE")));
        QCOMPARE(view.selectionStart(), 5000);
        const int top = view.verticalScrollBar()->value();
        QVERIFY(top <= 5000 && 5000 < top + view.viewport()->height() / view.fontMetrics().lineSpacing());
        QVERIFY(!view.isFollowing());
    }

    void copyAndSelect()
    {
        LogView view;
        view.resize(400, 200);
        view.show();
        view.appendLines(
            {QStringLiteral("one"), QStringLiteral("\033[31mtwo\033[0m"), QStringLiteral("three")});
        view.selectLines(1, 2);
        QCOMPARE(view.selectedText(), QStringLiteral("two\nthree"));
        QGuiApplication::clipboard()->clear();
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("two\nthree"));

        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selectionStart(), 0);
        QCOMPARE(view.selectionEnd(), 2);

        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.selectionStart(), 0);
        QCOMPARE(view.selectionEnd(), 0);
        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view.selectionEnd(), 1);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectionStart(), 2);
        QCOMPARE(view.selectionEnd(), 2);
        QTest::keyClick(&view, Qt::Key_PageUp, Qt::ShiftModifier);
        QCOMPARE(view.selectionStart(), 0);
        QCOMPARE(view.selectionEnd(), 2);
        QTest::keyClick(&view, Qt::Key_Escape);
        QVERIFY(!view.hasSelection());

        // By mouse: press on one line, drag to another.
        const int lh = view.fontMetrics().lineSpacing();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(20, lh / 2));
        QMouseEvent move(QEvent::MouseMove, QPointF(20, 2 * lh + lh / 2),
                         view.viewport()->mapToGlobal(QPointF(20, 2 * lh + lh / 2)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(20, 2 * lh + lh / 2));
        QCOMPARE(view.selectionStart(), 0);
        QCOMPARE(view.selectionEnd(), 2);

        // Timestamps go along when they are shown.
        LogView stamped;
        const qint64 when = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9)).toMSecsSinceEpoch();
        stamped.appendChunk({LogLine{when, LogStream::Stdout, QString(), QStringLiteral("hello")}});
        stamped.setShowTimestamps(true);
        stamped.selectAll();
        stamped.copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("07:08:09 hello"));

        // The pane copies everything when nothing is selected.
        LogPane pane;
        pane.view()->appendLines({QStringLiteral("a"), QStringLiteral("b")});
        pane.copyLog();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a\nb"));
        pane.view()->selectLines(1, 1);
        pane.copyLog();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("b"));
    }

    void save()
    {
        QTemporaryDir dir;
        LogPane pane;
        pane.view()->appendLines({QStringLiteral("\033[32mfirst\033[0m"), QStringLiteral("größe")});
        pane.view()->appendLines({QStringLiteral("oops")}, LogStream::Stderr);
        const QString path = dir.filePath(QStringLiteral("upgrade.log"));
        pane.setSaveFileNameProvider([path] { return path; });
        QSignalSpy saved(&pane, &LogPane::logSaved);
        QVERIFY(pane.saveLog());
        QCOMPARE(saved.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("first\ngröße\noops\n"));

        // A file that cannot be written: one sentence that names it.
        QFile blocker(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString bad = dir.filePath(QStringLiteral("a-file/sub/upgrade.log"));
        QString error;
        QVERIFY(!pane.view()->saveTo(bad, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1Char('.')) && !error.contains(QLatin1Char('\n')), qPrintable(error));
        pane.setSaveFileNameProvider([bad] { return bad; });
        QSignalSpy failed(&pane, &LogPane::saveFailed);
        QVERIFY(!pane.saveLog());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(pane.statusText(), error);

        pane.setSaveFileNameProvider([] { return QString(); }); // cancelled
        QVERIFY(!pane.saveLog());
    }

    void streamsAreRecorded()
    {
        LogView view;
        const LogStream streams[] = {LogStream::Stdout, LogStream::Stderr, LogStream::Info,
                                     LogStream::Warning, LogStream::Error};
        LogChunk chunk;
        for (LogStream s : streams)
            chunk.append(LogLine{0, s, QStringLiteral("step"), QStringLiteral("text")});
        view.appendChunk(chunk);
        QCOMPARE(view.lineCount(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(view.lineStream(i), streams[i]);
    }

    void paintsWhateverArrives()
    {
        LogPane pane;
        pane.resize(700, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        LogView *view = pane.view();
        QVERIFY(!pane.grab().isNull()); // empty

        const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
        QElapsedTimer timer;
        timer.start();
        view->appendLines({QString(), huge, QStringLiteral("\033[31m") + huge,
                           QString(3 * 1024 * 1024, QChar(0x65e5)), QStringLiteral("\t\t\033[1;32mok\033[0m"),
                           QString()});
        view->appendLines({QStringLiteral("careful")}, LogStream::Warning);
        view->appendLines({QStringLiteral("failed")}, LogStream::Error);
        view->appendLines({QStringLiteral("stderr")}, LogStream::Stderr);
        view->appendLines({QStringLiteral("note")}, LogStream::Info);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(view->lineCount(), 10);
        QVERIFY(view->isTruncated(1));
        QCOMPARE(view->plainText(1).size(), LogView::MaximumLineLength + 1);
        QVERIFY(view->plainText(1).endsWith(QChar(0x2026)));
        QCOMPARE(view->plainText(2).size(), LogView::MaximumLineLength + 1);
        QVERIFY(!view->isTruncated(4));

        settle(*view);
        timer.restart();
        QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        view->setShowTimestamps(true);
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        QVERIFY(view->horizontalScrollBar()->maximum() > 1000);
        image = pane.grab().toImage();
        view->selectAll();
        view->find(QStringLiteral("careful"));
        image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void paneControls()
    {
        LogPane pane;
        pane.resize(700, 400);
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        LogView *view = pane.view();
        view->appendLines({QStringLiteral("alpha"), QStringLiteral("match one"), QStringLiteral("beta"),
                           QStringLiteral("match two")});
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());

        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane.searchField()->hasFocus());
        QTest::keyClicks(pane.searchField(), QStringLiteral("match"));
        QTest::keyClick(pane.searchField(), Qt::Key_Return);
        QCOMPARE(view->selectionStart(), 1);
        QTest::keyClick(pane.searchField(), Qt::Key_Return);
        QCOMPARE(view->selectionStart(), 3);
        QTest::keyClick(pane.searchField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view->selectionStart(), 1);
        QVERIFY(pane.statusText().isEmpty());
        pane.searchField()->setText(QStringLiteral("nowhere"));
        QTest::keyClick(pane.searchField(), Qt::Key_Return);
        QVERIFY2(pane.statusText().contains(QLatin1String("No match")), qPrintable(pane.statusText()));
        QTest::keyClick(pane.searchField(), Qt::Key_Escape);
        QTRY_VERIFY(view->hasFocus());

        // Every control has a name, and Tab goes from the log to the search field, then the buttons.
        for (QWidget *w : pane.findChildren<QWidget *>()) {
            if (w->focusPolicy() & Qt::TabFocus)
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Tab);
        QTRY_VERIFY(pane.searchField()->hasFocus());
        QTest::keyClick(pane.searchField(), Qt::Key_Tab);
        QTRY_VERIFY(qobject_cast<QToolButton *>(QApplication::focusWidget()));

        // The Follow button and the view agree.
        QToolButton *follow = nullptr;
        for (QToolButton *b : pane.findChildren<QToolButton *>())
            if (b->accessibleName() == QLatin1String("Follow new lines"))
                follow = b;
        QVERIFY(follow);
        view->setFollowing(true);
        QVERIFY(follow->isChecked());
        follow->click();
        QVERIFY(!view->isFollowing());
        follow->click();
        QVERIFY(view->isFollowing());
        view->setFollowing(false);
        QVERIFY(!follow->isChecked());
    }

    void accessibility()
    {
        LogView view;
        QCOMPARE(view.accessibleName(), QStringLiteral("Upgrade log"));
        QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
        QCOMPARE(view.font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        view.appendLines({QStringLiteral("first"), QStringLiteral("\033[32mlast line\033[0m")});
        QTRY_VERIFY2(view.accessibleDescription().contains(QLatin1String("last line")),
                     qPrintable(view.accessibleDescription()));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
