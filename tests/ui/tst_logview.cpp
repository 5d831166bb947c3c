// The live log pane offscreen: resolving lines (ANSI colours, `\r` redraws), what lines mean, the
// bounded ring and the log file behind it, following, wrapping, find (from anywhere in the window),
// copy, save, and painting whatever arrives.
#include "core/run/upgradecontroller.h"
#include "demo/demostore.h"
#include "tests/support/testsupport.h"
#include "ui/log/lineclassifier.h"
#include "ui/log/lineresolver.h"
#include "ui/log/logfilesearch.h"
#include "ui/log/logpane.h"
#include "ui/log/logview.h"
#include "ui/wizard/upgradepage.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
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
    chunk.reserve(count, 0);
    for (int i = first; i < first + count; ++i)
        chunk.append(LogLine{1700000000000 + i, stream, QString(), QStringLiteral("line %1").arg(i)});
    return chunk;
}

// Waits until the view has caught up with what was appended (frames are coalesced).
void settle(LogView &view)
{
    QTest::qWait(60); // a few frames
    if (view.wrapsLines())
        return;
    const int header = view.headerText().isEmpty() ? 0 : 1;
    QTRY_VERIFY(view.verticalScrollBar()->maximum() ==
                std::max(0, header + view.lineCount() -
                                view.viewport()->height() / view.fontMetrics().lineSpacing()));
}

// A transcript line: "out:", "err:" or "info:" and the text.
LogLine transcriptLine(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString tag = spec.left(colon);
    const LogStream stream = tag == QLatin1String("out")    ? LogStream::Stdout
                             : tag == QLatin1String("err")  ? LogStream::Stderr
                             : tag == QLatin1String("info") ? LogStream::Info
                                                            : LogStream::Error;
    return LogLine{0, stream, QString(), spec.mid(colon + 1)};
}

char meaningLetter(LineMeaning m)
{
    return m == LineMeaning::Error ? 'E' : m == LineMeaning::Warning ? 'W' : '.';
}

// A line as UpgradeWorker writes it to the log file.
QByteArray fileLine(int i, const QString &text, const char *tag = "out")
{
    return QStringLiteral("2024-05-06T07:%1:%2.000Z setup-upgrade %3 %4\n")
        .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(i % 60, 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(tag), text)
        .toUtf8();
}

// What the view shows of line i of the sample log (below).
QString sampleText(int i)
{
    if (i == 17 || i == 42)
        return QStringLiteral("Module 'Vendor_Needle%1': needle in the hay").arg(i);
    if (i == 60)
        return QStringLiteral("\033[31mcoloured-needle\033[0m here");
    return QStringLiteral("Module 'Vendor_Module%1':").arg(i);
}

// A log file of `count` lines in the worker's format; the same lines go into the pane's view.
QString writeSampleLog(const QString &dir, int count, LogPane *pane = nullptr)
{
    const QString path = dir + QStringLiteral("/var/log/upgrade-assistant-20240506-070000.log");
    QByteArray bytes;
    LogChunk chunk;
    for (int i = 0; i < count; ++i) {
        bytes += fileLine(i, sampleText(i));
        chunk.append(
            LogLine{1700000000000 + i, LogStream::Stdout, QStringLiteral("setup-upgrade"), sampleText(i)});
    }
    if (!test::writeFile(dir, QStringLiteral("var/log/upgrade-assistant-20240506-070000.log"), bytes))
        return QString();
    if (pane) {
        pane->setLogFile(path);
        pane->view()->appendChunk(chunk);
    }
    return path;
}

QToolButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    for (QToolButton *b : parent->findChildren<QToolButton *>()) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

// Pixels of a row that read as red text (the error colour, or the old stderr colour).
int redPixels(const QImage &image, const QRect &row)
{
    int red = 0;
    for (int y = row.top(); y <= row.bottom() && y < image.height(); ++y) {
        for (int x = row.left(); x <= row.right() && x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 120 && c.red() > c.green() + 60 && c.red() > c.blue() + 60)
                ++red;
        }
    }
    return red;
}

// A text field that has its own use for Ctrl+F (as an editor's own find would).
class OwnFindField : public QLineEdit
{
public:
    int finds = 0;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->matches(QKeySequence::Find)) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->matches(QKeySequence::Find)) {
            ++finds;
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("logPane"));
    }
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
        view->appendLines({QString(), huge, QStringLiteral("\033[31m") + huge,
                           QString(3 * 1024 * 1024, QChar(0x65e5)), QStringLiteral("\t\t\033[1;32mok\033[0m"),
                           QString()});
        view->appendLines({QStringLiteral("careful")}, LogStream::Warning);
        view->appendLines({QStringLiteral("failed")}, LogStream::Error);
        view->appendLines({QStringLiteral("stderr")}, LogStream::Stderr);
        view->appendLines({QStringLiteral("note")}, LogStream::Info);
        QCOMPARE(view->lineCount(), 10);
        QVERIFY(view->isTruncated(1));
        QCOMPARE(view->plainText(1).size(), LogView::MaximumLineLength + 1);
        QVERIFY(view->plainText(1).endsWith(QChar(0x2026)));
        QCOMPARE(view->plainText(2).size(), LogView::MaximumLineLength + 1);
        QVERIFY(!view->isTruncated(4));

        settle(*view);
        QVERIFY(view->wrapsLines()); // the pane's default: every row of the long lines, in sight or not
        QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        view->verticalScrollBar()->setValue(0);
        image = pane.grab().toImage();
        view->setWrapLines(false);
        view->setShowTimestamps(true);
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        QVERIFY(view->horizontalScrollBar()->maximum() > 1000);
        image = pane.grab().toImage();
        view->selectAll();
        view->find(QStringLiteral("careful"));
        image = pane.grab().toImage();
        QVERIFY(!image.isNull());
    }

    // Plain ASCII is painted as glyphs placed a column apart (no shaping every frame): the pixels are
    // those of QPainter::drawText, which paints the same text when it is not plain ASCII (the "é" far
    // out of sight to the right), in every colour and weight, selected or not.
    void asciiPaintsLikeShapedText()
    {
        LogView view;
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString padding = QString(300, QLatin1Char(' ')) + QChar(0x00e9);
        const QStringList texts{
            QStringLiteral("Compiling interceptors for Magento\\Catalog\\Model [OK] 100%"),
            QStringLiteral(
                "\033[32m  - Installing\033[39m magento/module-catalog (\033[1;33m103.0.4\033[0m)"),
            QStringLiteral("PHP Fatal error:  Uncaught Error: Call to a member function get() on null")};
        for (const QString &text : texts)
            view.appendLines({text, text + padding});
        view.setWrapLines(false);
        settle(view);
        const auto row = [&](int line) {
            const QRect rect = view.lineRect(line);
            return view.viewport()->grab(rect).toImage().convertToFormat(QImage::Format_RGB32);
        };
        for (int line = 0; line < view.lineCount(); line += 2) {
            QVERIFY(view.plainText(line + 1).startsWith(view.plainText(line)));
            QCOMPARE(row(line), row(line + 1));
        }
        view.clearFocus(); // no cursor frame around the line the selection ends on
        view.selectLines(2, 3);
        QCOMPARE(row(2), row(3));
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

    // The resolver on its own, without a widget: what the log file search uses.
    void resolverWithoutWidgets()
    {
        LineResolver resolver;
        const QString clean = QStringLiteral("Module 'Magento_Catalog':");
        LineResolver::Resolved r = resolver.resolve(clean);
        QCOMPARE(r.text(), QStringView(clean));
        QCOMPARE(r.data, clean.constData()); // stored as it came: no copy
        QCOMPARE(r.runs, 0);
        QVERIFY(r.flags & LineResolver::Narrow);
        r = resolver.resolve(QStringLiteral("\033[32m 50%\r 100%\033[0m ok"));
        QCOMPARE(r.text().toString(), QStringLiteral(" 100% ok"));
        QCOMPARE(r.runs, 2);
        QCOMPARE(LineResolver::colour(quint8(r.data[r.length + 1].unicode())), 2);
        QVERIFY(!(resolver.resolve(QStringLiteral("größe")).flags & LineResolver::Narrow));
        QVERIFY(resolver.resolve(QStringLiteral("\r 7%")).progress);
        QCOMPARE(resolver.plainText(QString(20000, QLatin1Char('x'))).size(),
                 LineResolver::MaximumLineLength + 1);
        // Printable ASCII is found eight characters at a time: every position of a mismatch.
        for (int at = 0; at < 40; ++at) {
            QString text(40, QLatin1Char('a'));
            text[at] = QChar(0x00e9);
            QVERIFY2(!(resolver.resolve(text).flags & LineResolver::Narrow), qPrintable(QString::number(at)));
            text[at] = QChar(0x0007);
            QCOMPARE(resolver.plainText(text).size(), 39);
        }
    }

    // What Magento, Composer, PHP and Symfony Console print (see magento.php and the Symfony Console
    // 5.4 Application::doRenderThrowable / SymfonyStyle this project's fake uses), line by line, and what
    // each line means: E error, W warning, . plain. The stream does not decide.
    void meaning_data()
    {
        QTest::addColumn<QStringList>("transcript");
        QTest::addColumn<QString>("meanings");

        const QString pad(46, QLatin1Char(' '));
        QTest::newRow("the fake's failed setup:upgrade (Symfony 5 without padding)")
            << QStringList{QStringLiteral("out:Updating modules:"),
                           QStringLiteral("err:"),
                           QStringLiteral("err:In State.php line 152:"),
                           QStringLiteral("err:"),
                           QStringLiteral("err:  Area code is not set  "),
                           QStringLiteral("err:"),
                           QStringLiteral("err:setup:upgrade [--keep-generated] [--safe-mode SAFE-MODE]"),
                           QStringLiteral("err:")}
            << QStringLiteral("..E.E...");
        QTest::newRow("Symfony's block padded with spaces")
            << QStringList{QStringLiteral("err:In PatchApplier.php line 170:"),
                           QStringLiteral("err:") + pad,
                           QStringLiteral("err:  Unable to apply data patch Magento\\Foo for module Foo.  "),
                           QStringLiteral("err:  SQLSTATE[23000]: Integrity constraint violation          "),
                           QStringLiteral("err:") + pad,
                           QStringLiteral("err:"),
                           QStringLiteral("err:setup:upgrade [--keep-generated]")}
            << QStringLiteral("E.EE...");
        QTest::newRow("Symfony's own exception: no header, the padding says it")
            << QStringList{QStringLiteral("err:") + pad,
                           QStringLiteral(
                               "err:  There are no commands defined in the \"setup\" namespace.  "),
                           QStringLiteral("err:") + pad, QStringLiteral("err:"),
                           QStringLiteral("out:Enabled maintenance mode")}
            << QStringLiteral(".E...");
        QTest::newRow("old Symfony's title (Magento 2.0-2.2)")
            << QStringList{QStringLiteral("err:") + pad,
                           QStringLiteral("err:  [Magento\\Framework\\Exception\\LocalizedException]  "),
                           QStringLiteral("err:  Area code is not set                           "),
                           QStringLiteral("err:") + pad}
            << QStringLiteral(".EE.");
        QTest::newRow("title with a code, verbose")
            << QStringList{QStringLiteral("err:  [RuntimeException (1)]  ")} << QStringLiteral("E");
        QTest::newRow("PHP fatal errors, both streams")
            << QStringList{QStringLiteral(
                               "err:PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted "
                               "(tried to "
                               "allocate 20480 bytes) in /var/www/vendor/magento/framework/ObjectManager/"
                               "Factory/AbstractFactory.php on line 123"),
                           QStringLiteral(
                               "out:Fatal error: Allowed memory size of 134217728 bytes exhausted"),
                           QStringLiteral(
                               "err:PHP Parse error:  syntax error, unexpected '}' in /x.php on line 3"),
                           QStringLiteral("out:PHP Fatal error:  Uncaught Error: Class \"Foo\" not found")}
            << QStringLiteral("EEEE");
        QTest::newRow("progress on stderr is plain")
            << QStringList{QStringLiteral("err:Progress: 1/5"),
                           QStringLiteral("err:Progress: 2/5"),
                           QStringLiteral(
                               "err:Interception cache generation... 3/7 [============>---------------]  "
                               "42% 1 sec 52.0 MiB"),
                           QStringLiteral(
                               "err:frontend/Magento/luma/en_US                 120/2345 ===>------  5%"),
                           QStringLiteral("err:Loading composer repositories with package information"),
                           QStringLiteral("err:Updating dependencies"),
                           QStringLiteral("err:  - Upgrading magento/module-catalog (104.0.6 => 104.0.7)"),
                           QStringLiteral("err:Generating autoload files")}
            << QStringLiteral("........");
        QTest::newRow("PHP warnings, notices, deprecations")
            << QStringList{QStringLiteral("err:PHP Warning:  Undefined array key \"x\" in /a.php on line 3"),
                           QStringLiteral("out:Warning: Undefined variable $y in /a.php on line 4"),
                           QStringLiteral(
                               "err:PHP Deprecated:  Return type of Foo::count() should be compatible"),
                           QStringLiteral("out:Deprecated: Optional parameter $a declared before required"),
                           QStringLiteral("out:Notice: Undefined index: foo"),
                           QStringLiteral("err:PHP Notice:  Undefined offset: 1")}
            << QStringLiteral("WWWWWW");
        QTest::newRow("Composer")
            << QStringList{QStringLiteral(
                               "err:Warning: The lock file is not up to date with the latest changes in "
                               "composer.json."),
                           QStringLiteral(
                               "err:Package magento/module-foo is abandoned, you should avoid using it. No "
                               "replacement was suggested."),
                           QStringLiteral("err:Deprecation Notice: Nested ternary in /x.php:4"),
                           QStringLiteral("err:Your requirements could not be resolved to an installable set "
                                          "of packages."),
                           QStringLiteral("err:"),
                           QStringLiteral("err:  Problem 1"),
                           QStringLiteral("err:    - Root composer.json requires "
                                          "magento/product-community-edition 2.4.8 "
                                          "-> satisfiable by magento/product-community-edition[2.4.8]."),
                           QStringLiteral("err:fatal: could not read Username for 'https://github.com'")}
            << QStringLiteral("WWWE.E.E");
        QTest::newRow("SymfonyStyle blocks")
            << QStringList{QStringLiteral("out:") + pad,
                           QStringLiteral("out: [ERROR] The store is locked.    "),
                           QStringLiteral("out:         Try again later.          "),
                           QStringLiteral("out:") + pad,
                           QStringLiteral("out: [WARNING] Cache is off.  "),
                           QStringLiteral("out:"),
                           QStringLiteral("out: ! [CAUTION] This deletes files.  "),
                           QStringLiteral("out: ! [NOTE] Just so you know."),
                           QStringLiteral("out: [OK] Done.")}
            << QStringLiteral(".EE.W.W..");
        QTest::newRow("errors by their first words")
            << QStringList{QStringLiteral("out:Error: Call to undefined method Foo::bar()"),
                           QStringLiteral("err:ERROR: the store is not installed"),
                           QStringLiteral("err:InvalidArgumentException: Invalid theme"),
                           QStringLiteral(
                               "err:Magento\\Framework\\Exception\\LocalizedException: Area code is not set"),
                           QStringLiteral(
                               "out:Exception #0 (Magento\\Framework\\Exception\\LocalizedException): "
                               "Area code is not set"),
                           QStringLiteral("err:SQLSTATE[HY000] [2002] Connection refused"),
                           QStringLiteral("err:There are no commands defined in the \"setup\" namespace.")}
            << QStringLiteral("EEEEEEE");
        QTest::newRow("words that only look like trouble")
            << QStringList{QStringLiteral("out:Module 'Magento_ErrorHandler':"),
                           QStringLiteral("out:Module 'Vendor_ExceptionLogger':"),
                           QStringLiteral("out:Errors: 0"),
                           QStringLiteral("out:Error handling is configured"),
                           QStringLiteral("out:Cache cleared successfully"),
                           QStringLiteral(
                               "out:The directory 'generated/code/' doesn't exist - skipping cleanup"),
                           QStringLiteral("out:Warnings are logged to var/log/system.log"),
                           QStringLiteral("out:Exception trace:"),
                           QStringLiteral("out:                  config: 1"),
                           QStringLiteral(
                               "out:Generated code and dependency injection configuration successfully.")}
            << QStringLiteral("..........");
        QTest::newRow("a block belongs to its stream")
            << QStringList{QStringLiteral("err:In Deployer.php line 88:"),
                           QStringLiteral("out:Progress: 3/9"), QStringLiteral("err:"),
                           QStringLiteral("err:  Cannot deploy theme.  "),
                           QStringLiteral("out:  - indented output  ")}
            << QStringLiteral("E..E.");
        QTest::newRow("our own line ends a block")
            << QStringList{QStringLiteral("err:In State.php line 152:"),
                           QStringLiteral("info:exit code 1 after 3 ms"),
                           QStringLiteral("err:  indented output  ")}
            << QStringLiteral("E..");
    }

    void meaning()
    {
        QFETCH(QStringList, transcript);
        QFETCH(QString, meanings);
        QCOMPARE(transcript.size(), meanings.size());
        LineClassifier classifier;
        LogView view;
        LogChunk chunk;
        QString got;
        for (const QString &spec : transcript) {
            const LogLine line = transcriptLine(spec);
            got += QLatin1Char(meaningLetter(classifier.classify(line.text, line.stream)));
            chunk.append(line);
        }
        QCOMPARE(got, meanings);
        view.appendChunk(chunk); // the view reads them the same way
        QString viewed;
        for (int i = 0; i < view.lineCount(); ++i)
            viewed += QLatin1Char(meaningLetter(view.lineMeaning(i)));
        QCOMPARE(viewed, meanings);
    }

    // Colour by meaning: stderr progress is plain text, a child's error reads as an error on either
    // stream, our own lines keep their colours, the child's ANSI colours win.
    void colourByMeaning()
    {
        LogView view;
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.appendLines({QStringLiteral("Progress: 1/5"), QStringLiteral("Loading composer repositories")},
                         LogStream::Stderr); // 0, 1
        view.appendLines({QStringLiteral("PHP Fatal error:  Allowed memory size of 134217728 bytes "
                                         "exhausted")},
                         LogStream::Stdout); // 2
        view.appendLines({QStringLiteral("Warning: The lock file is not up to date")},
                         LogStream::Stderr);                                                              // 3
        view.appendLines({QStringLiteral("Error: \033[32mgreen\033[0m stays green")}, LogStream::Stderr); // 4
        view.appendLines({QStringLiteral("Running setup:upgrade")}, LogStream::Info);                     // 5
        view.appendLines({QStringLiteral("Known fix: raise memory_limit")}, LogStream::Warning);          // 6
        view.appendLines({QStringLiteral("Upgrade failed")}, LogStream::Error);                           // 7
        view.appendLines({QStringLiteral("Updating modules:")}, LogStream::Stdout);                       // 8

        const QColor text = view.palette().color(QPalette::Text);
        QCOMPARE(view.textColour(0), text); // not red: Magento's progress goes to stderr
        QCOMPARE(view.textColour(1), text);
        QCOMPARE(view.textColour(8), text);
        QCOMPARE(view.textColour(2), view.textColour(7)); // a child's error looks like ours
        QVERIFY(view.textColour(2) != text);
        QVERIFY(view.isBold(2));
        QVERIFY(!view.isBold(0));
        QCOMPARE(view.textColour(3), view.textColour(6)); // warnings alike
        QVERIFY(view.textColour(3) != text && view.textColour(3) != view.textColour(2));
        QCOMPARE(view.textColour(4, 0), view.textColour(7));
        QCOMPARE(view.textColour(4, 7), view.textColour(4, 7)); // "green"
        QVERIFY(view.textColour(4, 7) != view.textColour(4, 0));
        QVERIFY(view.textColour(5) != text); // our own lines keep their colours
        QVERIFY(view.textColour(5) != view.textColour(2) && view.textColour(5) != view.textColour(3));
        QCOMPARE(view.lineStream(0), LogStream::Stderr); // the stream is still known

        // On screen: no red in the stderr progress line, red in the fatal error.
        settle(view);
        const QImage image = view.viewport()->grab().toImage();
        const int lh = view.fontMetrics().lineSpacing();
        const int left = lh + 6; // past the gutter, where stderr keeps a quiet mark
        QCOMPARE(redPixels(image, QRect(left, 0, 600, lh)), 0);
        QVERIFY(redPixels(image, QRect(left, 2 * lh, 600, lh)) > 20);

        // Dark palette: the same rules, readable colours.
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        view.setPalette(dark);
        QCOMPARE(view.textColour(0), QColor(0xe0, 0xe0, 0xe0));
        QVERIFY(view.textColour(2) != view.textColour(0));
    }

    // Ctrl+F, F3 and Shift+F3 from anywhere in the window while the pane is shown, not only from the log.
    void findFromAnywhere()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *button = new QPushButton(QStringLiteral("Stop upgrade"), &window);
        auto *own = new OwnFindField;
        auto *pages = new QStackedWidget(&window);
        auto *pane = new LogPane;
        auto *otherPane = new LogPane; // another page's pane: hidden while this one is shown
        pages->addWidget(pane);
        pages->addWidget(otherPane);
        layout->addWidget(button);
        layout->addWidget(own);
        layout->addWidget(pages);
        window.resize(800, 500);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        pane->view()->appendLines({QStringLiteral("alpha"), QStringLiteral("match one"),
                                   QStringLiteral("beta"), QStringLiteral("match two")});

        button->setFocus();
        QTRY_VERIFY(button->hasFocus());
        QTest::keyClick(button, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane->searchField()->hasFocus());

        pane->searchField()->setText(QStringLiteral("match"));
        button->setFocus();
        QTest::keyClick(button, Qt::Key_F3);
        QCOMPARE(pane->view()->selectionStart(), 1);
        QTest::keyClick(button, Qt::Key_F3);
        QCOMPARE(pane->view()->selectionStart(), 3);
        QTest::keyClick(button, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(pane->view()->selectionStart(), 1);
        QVERIFY(button->hasFocus()); // F3 finds without moving the focus

        // A field with its own Ctrl+F keeps it.
        own->setFocus();
        QTRY_VERIFY(own->hasFocus());
        QTest::keyClick(own, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(own->finds, 1);
        QVERIFY(own->hasFocus());

        // The other page: its pane takes Ctrl+F, this one does not.
        pages->setCurrentWidget(otherPane);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(otherPane->searchField()->hasFocus());
        QVERIFY(!pane->searchField()->hasFocus());

        // F3 with nothing to find goes to the search field.
        button->setFocus();
        QTest::keyClick(button, Qt::Key_F3);
        QTRY_VERIFY(otherPane->searchField()->hasFocus());
    }

    void wrapping()
    {
        LogView view;
        view.resize(420, 240);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int lh = view.fontMetrics().lineSpacing();
        QString words;
        for (int i = 0; i < 60; ++i)
            words += QStringLiteral("word%1 ").arg(i, 2, 10, QLatin1Char('0'));
        words = words.trimmed();
        const QString longWord(500, QLatin1Char('x'));
        view.appendChunk(numberedChunk(0, 30));
        view.appendLines({words, longWord, QStringLiteral("größe ✓ 日本 ") + words, QStringLiteral("last")});
        settle(view);
        QCOMPARE(view.rowCount(30), 1);
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);

        view.setWrapLines(true);
        QVERIFY(view.wrapsLines());
        settle(view);
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        // Words stay whole: rows start after a space, and each fits the view.
        const QList<int> starts = view.rowStarts(30);
        QVERIFY2(starts.size() > 2, qPrintable(QString::number(starts.size())));
        const QFontMetricsF metrics(view.font());
        for (int r = 0; r < starts.size(); ++r) {
            if (r > 0)
                QVERIFY(words[starts[r] - 1] == QLatin1Char(' ') && words[starts[r]] != QLatin1Char(' '));
            const int end = r + 1 < starts.size() ? starts[r + 1] : int(words.size());
            QVERIFY(metrics.horizontalAdvance(words.mid(starts[r], end - starts[r]).trimmed()) <=
                    view.viewport()->width());
        }
        // A word longer than a row breaks anywhere; further rows are set in by two columns.
        const QList<int> longStarts = view.rowStarts(31);
        QVERIFY(longStarts.size() > 3);
        QCOMPARE(longStarts[2] - longStarts[1], longStarts[1] - 2);
        QCOMPARE(longStarts[3] - longStarts[2], longStarts[1] - 2);
        QVERIFY(view.rowCount(32) > 1); // not plain ASCII: Qt's line breaking
        QCOMPARE(view.rowCount(33), 1);

        // Following: the last row at the bottom.
        QVERIFY(view.isFollowing());
        QRect last = view.lineRect(33);
        QVERIFY(last.isValid());
        QVERIFY(last.bottom() < view.viewport()->height());
        QVERIFY(last.bottom() >= view.viewport()->height() - lh - 1);
        QCOMPARE(last.height(), lh);

        // A line taller than the view: the wheel goes by rows and reaches every one of them.
        view.appendLines({QString(4000, QLatin1Char('y'))});
        settle(view);
        QVERIFY(view.rowCount(34) * lh > view.viewport()->height());
        QRect tall = view.lineRect(34);
        QVERIFY(tall.isValid() && tall.top() < 0); // its end is in sight, its start above
        QVERIFY(tall.bottom() < view.viewport()->height());
        const auto wheel = [&](int notches) {
            QWheelEvent event(QPointF(50, 50), view.viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                              QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                              false);
            QApplication::sendEvent(view.viewport(), &event);
        };
        wheel(1);
        QVERIFY(!view.isFollowing());
        QCOMPARE(view.lineRect(34).top(), tall.top() + QApplication::wheelScrollLines() * lh);
        for (int i = 0; i < 200 && view.lineRect(34).top() < 0; ++i)
            wheel(1);
        QCOMPARE(view.lineRect(34).top(), 0); // its first row
        wheel(1);
        QVERIFY(view.lineRect(34).top() > 0);
        for (int i = 0; i < 400 && !view.isFollowing(); ++i)
            wheel(-1);
        QVERIFY(view.isFollowing()); // back at the bottom: following again
        QCOMPARE(view.lineRect(34).bottom(), tall.bottom());

        // Selecting by clicking a line's second row selects that line; find shows the row of the match.
        view.setFollowing(false);
        view.verticalScrollBar()->setValue(30);
        QCOMPARE(view.lineRect(30), QRect(0, 0, view.viewport()->width(), view.rowCount(30) * lh));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(60, lh + lh / 2));
        QCOMPARE(view.selectionStart(), 30);
        view.setFollowing(true);
        settle(view);
        QVERIFY(view.find(QStringLiteral("word57")));
        QCOMPARE(view.selectionStart(), 30);
        const QList<int> rows = view.rowStarts(30);
        const int column = int(words.indexOf(QLatin1String("word57")));
        const int row = int(std::upper_bound(rows.begin(), rows.end(), column) - rows.begin()) - 1;
        const int y = view.lineRect(30).top() + row * lh;
        QVERIFY2(y >= 0 && y + lh <= view.viewport()->height(), qPrintable(QString::number(y)));

        // Keys move by lines, and the cursor's line comes into sight whole.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectionStart(), 29);
        QVERIFY(view.lineRect(29).top() >= 0);
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.isFollowing());
        QVERIFY(!view.grab().isNull());

        // A header longer than a row wraps too: it is read whole.
        view.setHeaderText(QStringLiteral("Earlier lines are not shown here: they are in the log file ") +
                           QStringLiteral("/a/long/folder").repeated(8) + QStringLiteral("/upgrade.log."));
        view.setFollowing(false);
        view.verticalScrollBar()->setValue(0);
        QVERIFY2(view.lineRect(0).top() >= 2 * lh, qPrintable(QString::number(view.lineRect(0).top())));
        view.setHeaderText(QString());
        QCOMPARE(view.lineRect(0).top(), 0);
        view.setFollowing(true);

        // Narrower: more rows; off again: one row a line and a sideways scroll bar.
        const int before = view.rowCount(30);
        view.resize(300, 240);
        settle(view);
        QVERIFY(view.rowCount(30) > before);
        view.setWrapLines(false);
        settle(view);
        QCOMPARE(view.rowCount(30), 1);
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);
        QVERIFY(view.isFollowing());
    }

    void wrapToggleIsRemembered()
    {
        QSettings().remove(QStringLiteral("logPane"));
        {
            LogPane pane;
            pane.show();
            pane.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&pane));
            QToolButton *wrap = buttonNamed(&pane, QStringLiteral("Wrap long lines"));
            QVERIFY(wrap);
            QVERIFY(wrap->isCheckable());
            QVERIFY(!wrap->toolTip().isEmpty());
            QVERIFY(wrap->isChecked()); // on at first: long lines are read whole
            QVERIFY(pane.view()->wrapsLines());
            pane.view()->setFocus();
            QTest::keyClick(&pane, Qt::Key_W, Qt::AltModifier); // its mnemonic
            QTRY_VERIFY(!wrap->isChecked());
            QVERIFY(!pane.view()->wrapsLines());
        }
        LogPane again; // remembered
        QToolButton *wrap = buttonNamed(&again, QStringLiteral("Wrap long lines"));
        QVERIFY(!again.view()->wrapsLines());
        QVERIFY(!wrap->isChecked());
        wrap->click();
        QVERIFY(again.view()->wrapsLines());
        QCOMPARE(QSettings().value(QStringLiteral("logPane/wrapLines")).toBool(), true);
    }

    // The log file behind the ring, searched without widgets.
    void logFileSearch()
    {
        QCOMPARE(LogFileSearch::text(u"2024-05-06T07:08:09.123Z setup-upgrade err  Progress: 1/5"),
                 QStringView(u" Progress: 1/5"));
        QCOMPARE(LogFileSearch::text(u"2024-05-06T07:08:09.123Z - info Running"), QStringView(u"Running"));
        QCOMPARE(LogFileSearch::text(u"not a log line"), QStringView(u"not a log line"));

        QTemporaryDir dir;
        const QString a = writeSampleLog(dir.path(), 100);
        QVERIFY(!a.isEmpty());
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("b.log"),
                                fileLine(0, QStringLiteral("needle in b")) +
                                    fileLine(1, QStringLiteral("NEEDLE"))));
        const QStringList files{a, dir.filePath(QStringLiteral("b.log"))};
        using Match = LogFileSearch::Match;
        Match m = LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, false, Match());
        QCOMPARE(m.file, 0);
        QCOMPARE(m.line, 18);
        QCOMPARE(m.text, sampleText(17));
        QCOMPARE(m.column, int(sampleText(17).indexOf(QLatin1String("Needle"))));
        m = LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, false, m);
        QCOMPARE(m.line, 18); // the second match on the same line
        m = LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, false, m);
        QCOMPARE(m.line, 43);
        m = LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, false, m);
        m = LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, false, m);
        QCOMPARE(m.line, 61); // through the escapes: "coloured-needle"
        m = LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, false, m);
        QCOMPARE(m.file, 1);
        QCOMPARE(m.line, 1);
        m = LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, false,
                                Match{1, 2, 0, QString()});
        QCOMPARE(m.file, 0); // wrapped around
        QCOMPARE(m.line, 18);
        m = LogFileSearch::find(files, QStringLiteral("NEEDLE"), Qt::CaseSensitive, true, Match());
        QCOMPARE(m.file, 1); // backwards from the end, case counting
        QCOMPARE(m.line, 2);
        m = LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, true,
                                Match{0, 43, 0, {}});
        QCOMPARE(m.line, 18);
        QVERIFY(!LogFileSearch::find(files, QStringLiteral("033"), Qt::CaseInsensitive, false, Match())
                     .isValid());

        QString error;
        m = LogFileSearch::find({dir.filePath(QStringLiteral("gone.log")), a}, QStringLiteral("needle"),
                                Qt::CaseInsensitive, false, Match(), nullptr, &error);
        QCOMPARE(m.file, 1);
        QVERIFY(!LogFileSearch::find({dir.filePath(QStringLiteral("gone.log"))}, QStringLiteral("x"),
                                     Qt::CaseInsensitive, false, Match(), nullptr, &error)
                     .isValid());
        QVERIFY2(error.contains(QLatin1String("gone.log")), qPrintable(error));
        std::atomic_bool cancelled{true};
        QVERIFY(!LogFileSearch::find(files, QStringLiteral("needle"), Qt::CaseInsensitive, false, Match(),
                                     &cancelled)
                     .isValid());
    }

    // The ring keeps the newest lines: the pane says where the others are, finds text in them, and
    // saves them all.
    void earlierLinesAreInTheLogFile()
    {
        QTemporaryDir dir;
        LogPane pane;
        pane.resize(800, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        LogView *view = pane.view();
        view->setMaximumLines(50);
        const QString path = writeSampleLog(dir.path(), 200, &pane);
        QVERIFY(!path.isEmpty());
        QCOMPARE(pane.logFiles(), QStringList{path});
        settle(*view);
        QCOMPARE(view->lineCount(), 50);
        QCOMPARE(view->droppedLineCount(), 150);
        QCOMPARE(view->headerText(),
                 QStringLiteral("Earlier lines are not shown here: they are in the log file %1.")
                     .arg(QDir::toNativeSeparators(path)));
        // The header is a row of its own at the top.
        view->setFollowing(false);
        view->verticalScrollBar()->setValue(0);
        QVERIFY(view->lineRect(0).top() >= view->fontMetrics().lineSpacing());

        // Not in the lines shown, but in the file: where.
        QString opened;
        pane.setFileOpener([&opened](const QString &file) { opened = file; });
        QSignalSpy searched(&pane, &LogPane::fileSearchFinished);
        pane.searchField()->setText(QStringLiteral("needle"));
        QVERIFY(!pane.findNext());
        QTRY_COMPARE(searched.size(), 1);
        QCOMPARE(searched.takeFirst().at(0).toBool(), true);
        QCOMPARE(pane.fileMatch().line, 18);
        QVERIFY2(pane.statusText().contains(QLatin1String("at line 18")), qPrintable(pane.statusText()));
        QToolButton *open = buttonNamed(&pane, QStringLiteral("Open log file"));
        QVERIFY(open && open->isVisible() && !open->toolTip().isEmpty());
        open->click();
        QCOMPARE(opened, path);
        pane.findNext(); // F3 again: the next one in the file
        QTRY_COMPARE(searched.size(), 1);
        searched.clear();
        QCOMPARE(pane.fileMatch().line, 18); // "Needle" and "needle" on one line
        pane.findNext();
        QTRY_COMPARE(searched.size(), 1);
        searched.clear();
        QCOMPARE(pane.fileMatch().line, 43);
        pane.findPrevious();
        QTRY_COMPARE(searched.size(), 1);
        searched.clear();
        QCOMPARE(pane.fileMatch().line, 18);

        // In the lines shown: found there, and the file is not read.
        pane.searchField()->setText(QStringLiteral("Vendor_Module190"));
        QVERIFY(pane.findNext());
        QCOMPARE(view->plainText(view->selectionStart()), sampleText(190));
        QVERIFY(!open->isVisible());
        // Nowhere: "No match", once the file has been read.
        pane.searchField()->setText(QStringLiteral("nowhere"));
        QVERIFY(!pane.findNext());
        QTRY_COMPARE(searched.size(), 1);
        QCOMPARE(searched.takeFirst().at(0).toBool(), false);
        QVERIFY2(pane.statusText().contains(QLatin1String("No match")), qPrintable(pane.statusText()));

        // Save log: the whole file, not only the lines shown.
        const QString target = dir.filePath(QStringLiteral("saved.log"));
        pane.setSaveFileNameProvider([target] { return target; });
        QSignalSpy saved(&pane, &LogPane::logSaved);
        QVERIFY(pane.saveLog());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(test::readFile(target), test::readFile(path));
        QVERIFY2(pane.statusText().contains(QLatin1String("whole log")), qPrintable(pane.statusText()));

        // The file gone: the lines shown are saved, and the status says why only those.
        QVERIFY(QFile::remove(path));
        saved.clear();
        QVERIFY(pane.saveLog());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(test::readFile(target).count('\n'), 50);
        QVERIFY2(pane.statusText().contains(QLatin1String("cannot be read")), qPrintable(pane.statusText()));

        // Cleared for a new run: no header, no file.
        view->clear();
        QVERIFY(pane.logFiles().isEmpty());
        QVERIFY(view->headerText().isEmpty());
    }

    void earlierLinesWithoutALogFile()
    {
        LogPane pane;
        pane.resize(800, 400);
        pane.show();
        LogView *view = pane.view();
        view->setMaximumLines(50);
        view->appendChunk(numberedChunk(0, 80));
        settle(*view);
        QCOMPARE(view->headerText(),
                 QStringLiteral("30 earlier line(s) are not shown: the log keeps the newest 50."));
        pane.searchField()->setText(QStringLiteral("line 3"));
        QVERIFY(pane.findNext()); // "line 30" is shown
        pane.searchField()->setText(QStringLiteral("line 29"));
        QVERIFY(!pane.findNext());
        QVERIFY(pane.statusText().contains(QLatin1String("No match"))); // at once: no file to read

        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("shown.log"));
        pane.setSaveFileNameProvider([target] { return target; });
        QVERIFY(pane.saveLog());
        QCOMPARE(test::readFile(target).count('\n'), 50);
        QVERIFY2(pane.statusText().contains(QLatin1String("30 earlier line(s) were no longer kept")),
                 qPrintable(pane.statusText()));

        // A resumed run adds its own file: the header names the files that hold dropped lines.
        const QString first = dir.filePath(QStringLiteral("first.log"));
        const QString second = dir.filePath(QStringLiteral("second.log"));
        view->clear();
        pane.setLogFile(first);
        view->appendChunk(numberedChunk(0, 40));
        pane.setLogFile(second);
        pane.setLogFile(second); // the same file again: nothing new
        view->appendChunk(numberedChunk(40, 20));
        QCOMPARE(pane.logFiles(), (QStringList{first, second}));
        settle(*view);
        QVERIFY2(view->headerText().contains(QDir::toNativeSeparators(first)) &&
                     !view->headerText().contains(QDir::toNativeSeparators(second)),
                 qPrintable(view->headerText()));
        view->appendChunk(numberedChunk(60, 100));
        settle(*view);
        QVERIFY2(view->headerText().contains(QDir::toNativeSeparators(second)),
                 qPrintable(view->headerText()));
    }

    // A real run: the worker says where its log file is, the upgrade page hands it to the pane, and
    // lines that left the ring are found and saved from it.
    void runLogFileReachesThePane()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        QString error;
        QVERIFY2(DemoStore::create(root, QStringLiteral("2.4"), &error), qPrintable(error));
        UpgradeController controller;
        UpgradePage page;
        page.attach(&controller);
        LogPane *pane = page.logPane();
        pane->view()->setMaximumLines(40);
        QSignalSpy opened(&controller, &UpgradeController::logFileOpened);
        QSignalSpy finished(&controller, &UpgradeController::finished);
        UpgradeOptions options;
        options.graceMs = 1000;
        QVERIFY(controller.start({root, options}));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const RunRecord record = finished.first().at(0).value<RunRecord>();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), record.logPath);
        QCOMPARE(pane->logFiles(), QStringList{record.logPath});
        settle(*pane->view());
        QVERIFY(pane->view()->droppedLineCount() > 0);
        QVERIFY2(pane->view()->headerText().contains(record.logPath), qPrintable(pane->view()->headerText()));

        // The run's first line left the ring long ago: it is the log file's first line.
        QSignalSpy searched(pane, &LogPane::fileSearchFinished);
        pane->searchField()->setText(QStringLiteral("Magento Upgrade Assistant"));
        QVERIFY(!pane->findNext());
        QTRY_COMPARE(searched.size(), 1);
        QCOMPARE(pane->fileMatch().line, 1);

        const QString target = dir.filePath(QStringLiteral("saved.log"));
        pane->setSaveFileNameProvider([target] { return target; });
        QSignalSpy saved(pane, &LogPane::logSaved);
        QVERIFY(pane->saveLog());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(test::readFile(target), test::readFile(record.logPath));
    }

    // A narrow pane (a German or French window at its smallest, or at 200 %) keeps a usable search
    // field: the buttons move to a row of their own instead of squeezing it.
    void narrowPaneKeepsTheSearchFieldUsable()
    {
        LogPane pane;
        pane.resize(900, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const auto buttons = pane.findChildren<QToolButton *>(Qt::FindChildrenRecursively);
        const auto copy = std::find_if(buttons.cbegin(), buttons.cend(), [](QToolButton *b) {
            return b->accessibleName() == QLatin1String("Copy log");
        });
        QVERIFY(copy != buttons.cend());
        const auto rowOf = [&pane](QWidget *w) { return w->mapTo(&pane, QPoint(0, 0)).y(); };
        QTRY_COMPARE(rowOf(*copy), rowOf(pane.searchField())); // wide: one row

        const int room = pane.searchField()->fontMetrics().averageCharWidth() * 16;
        for (const int width : {420, 560}) {
            pane.resize(width, 300);
            QTRY_VERIFY2(pane.searchField()->width() >= room,
                         qPrintable(QStringLiteral("%1 px wide: the search field has %2 px")
                                        .arg(width)
                                        .arg(pane.searchField()->width())));
            QVERIFY(rowOf(*copy) > rowOf(pane.searchField())); // the buttons below it
            for (QToolButton *b : buttons) {
                if (!b->isVisibleTo(&pane))
                    continue;
                const QRect r(b->mapTo(&pane, QPoint(0, 0)), b->size());
                QVERIFY2(pane.rect().contains(r) && b->width() >= b->sizeHint().width(),
                         qPrintable(b->accessibleName()));
            }
        }
        pane.resize(900, 300);
        QTRY_COMPARE(rowOf(*copy), rowOf(pane.searchField()));
    }

    void toolbarIsAccessible()
    {
        LogPane pane;
        QTemporaryDir dir;
        writeSampleLog(dir.path(), 10, &pane);
        int buttons = 0;
        for (QToolButton *b : pane.findChildren<QToolButton *>()) {
            if (!(b->focusPolicy() & Qt::TabFocus))
                continue; // the search field's clear button
            ++buttons;
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
            QVERIFY2(!b->toolTip().isEmpty() || b->isHidden(), qPrintable(b->text()));
        }
        QCOMPARE(buttons, 7); // match case, open log file, copy, save, follow, timestamps, wrap
        // The status label shows messages: a name would replace what a screen reader reads.
        for (QLabel *label : pane.findChildren<QLabel *>())
            QVERIFY2(label->accessibleName().isEmpty(), qPrintable(label->accessibleName()));
        QVERIFY(
            buttonNamed(&pane, QStringLiteral("Save log"))->toolTip().contains(QLatin1String("whole log")));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
