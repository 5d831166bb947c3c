// A chunk of log lines: what goes in comes out, in order, with its time, stream and step; copies are
// independent; lines of several steps, empty lines and long lines survive; and a chunk crosses a
// queued connection between threads intact.
#include "core/model/logline.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace mua;

namespace {

class Emitter : public QObject
{
    Q_OBJECT
public:
    void send(const LogChunk &chunk) { emit sent(chunk); }
signals:
    void sent(const mua::LogChunk &chunk);
};

QList<LogLine> lines(const LogChunk &chunk)
{
    QList<LogLine> result;
    for (const LogLineView line : chunk)
        result.append(line.toLine());
    return result;
}

bool same(const LogLine &a, const LogLine &b)
{
    return a.msecsSinceEpoch == b.msecsSinceEpoch && a.stream == b.stream && a.stepId == b.stepId &&
           a.text == b.text;
}

} // namespace

class TestLogChunk : public QObject
{
    Q_OBJECT

private slots:
    void emptyChunk()
    {
        const LogChunk chunk;
        QVERIFY(chunk.isEmpty());
        QCOMPARE(chunk.size(), 0);
        QCOMPARE(chunk.characters(), 0);
        QVERIFY(chunk.begin() == chunk.end());
    }

    void linesComeOutAsTheyWentIn()
    {
        const QList<LogLine> in{
            {1000, LogStream::Info, QString(), QStringLiteral("before any step")},
            {1001, LogStream::Stdout, QStringLiteral("setup-upgrade"),
             QStringLiteral("Module 'Magento_Catalog':")},
            {1002, LogStream::Stderr, QStringLiteral("setup-upgrade"), QString()},
            {1003, LogStream::Stderr, QStringLiteral("setup-upgrade"), QStringLiteral("\r 10%\r 20%")},
            {1004, LogStream::Warning, QStringLiteral("cache-enable"), QStringLiteral("ä ß 漢字 🙂")},
            {1005, LogStream::Error, QStringLiteral("setup-upgrade"),
             QStringLiteral("back to an earlier step")},
            {1006, LogStream::Stdout, QString(), QString(70000, QLatin1Char('x'))},
        };
        LogChunk chunk;
        qsizetype characters = 0;
        for (const LogLine &line : in) {
            chunk.append(line);
            characters += line.text.size();
        }
        QCOMPARE(chunk.size(), in.size());
        QCOMPARE(chunk.characters(), characters);
        const QList<LogLine> out = lines(chunk);
        QCOMPARE(out.size(), in.size());
        for (int i = 0; i < in.size(); ++i) {
            QVERIFY2(same(out.at(i), in.at(i)), qPrintable(QString::number(i)));
            QCOMPARE(chunk.at(i).text, QStringView(in.at(i).text));
        }
    }

    void initializerListAndClear()
    {
        LogChunk chunk{{1, LogStream::Stdout, QStringLiteral("a"), QStringLiteral("one")},
                       {2, LogStream::Stderr, QStringLiteral("b"), QStringLiteral("two")}};
        QCOMPARE(chunk.size(), 2);
        QCOMPARE(chunk.at(1).stepId, u"b");
        QCOMPARE(chunk.at(1).text, u"two");
        chunk.clear();
        QVERIFY(chunk.isEmpty());
        QCOMPARE(chunk.characters(), 0);
        chunk.append(3, LogStream::Info, QStringLiteral("c"), u"three");
        QCOMPARE(chunk.at(0).stepId, u"c");
        QCOMPARE(chunk.at(0).text, u"three");
    }

    void copiesAreIndependent()
    {
        LogChunk original;
        original.append(1, LogStream::Stdout, QStringLiteral("s"), u"first");
        const LogChunk copy = original;
        original.append(2, LogStream::Stdout, QStringLiteral("t"), u"second");
        original = LogChunk();
        QCOMPARE(copy.size(), 1);
        QCOMPARE(copy.at(0).text, u"first");
        QCOMPARE(copy.at(0).stepId, u"s");
    }

    void crossesThreadsIntact()
    {
        qRegisterMetaType<mua::LogChunk>();
        LogChunk chunk;
        for (int i = 0; i < 5000; ++i)
            chunk.append(i, i % 2 ? LogStream::Stderr : LogStream::Stdout,
                         i < 2500 ? QStringLiteral("one") : QStringLiteral("two"), QString::number(i));
        QThread thread;
        Emitter emitter;
        emitter.moveToThread(&thread);
        QList<LogLine> received;
        connect(
            &emitter, &Emitter::sent, this, [&received](const LogChunk &c) { received = lines(c); },
            Qt::QueuedConnection);
        thread.start();
        QMetaObject::invokeMethod(&emitter, [&emitter, chunk] { emitter.send(chunk); });
        chunk = LogChunk(); // the receiver's copy must not depend on ours
        QTRY_COMPARE(received.size(), 5000);
        thread.quit();
        thread.wait();
        for (int i = 0; i < 5000; ++i) {
            QCOMPARE(received.at(i).text, QString::number(i));
            QCOMPARE(received.at(i).msecsSinceEpoch, qint64(i));
            QCOMPARE(received.at(i).stream, i % 2 ? LogStream::Stderr : LogStream::Stdout);
            QCOMPARE(received.at(i).stepId, i < 2500 ? QStringLiteral("one") : QStringLiteral("two"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogChunk)
#include "tst_logchunk.moc"
