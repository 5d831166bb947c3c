// TerminalText::neutralise: text from outside on its way to a terminal or a log file keeps its
// words and loses the effect of its control characters (colour dropped, the rest shown escaped).
#include "core/run/terminaltext.h"

#include <QtTest>

using namespace mua;
using Newlines = TerminalText::Newlines;

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void neutralise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kept");    // Newlines::Keep
        QTest::addColumn<QString>("escaped"); // Newlines::Escape
        auto row = [](const char *tag, const QString &text, const QString &kept, const QString &escaped) {
            QTest::newRow(tag) << text << kept << escaped;
        };
        const QString plain = QStringLiteral("Module 'Magento_Catalog': 2.4.7 – ok\tdone");
        row("plain text", plain, plain, plain);
        row("empty", QString(), QString(), QString());
        row("colour dropped", QStringLiteral("\x1b[1;32mok\x1b[0m \x1b[38:5:196mred\x1b[m"),
            QStringLiteral("ok red"), QStringLiteral("ok red"));
        row("window title", QStringLiteral("\x1b]0;pwned\x07x"), QStringLiteral("\\e]0;pwned\\ax"),
            QStringLiteral("\\e]0;pwned\\ax"));
        row("clear screen", QStringLiteral("\x1b[2J"), QStringLiteral("\\e[2J"), QStringLiteral("\\e[2J"));
        row("unfinished sequence", QStringLiteral("a\x1b[12"), QStringLiteral("a\\e[12"),
            QStringLiteral("a\\e[12"));
        row("lone escape at the end", QStringLiteral("a\x1b"), QStringLiteral("a\\e"),
            QStringLiteral("a\\e"));
        row("carriage return hides a line", QStringLiteral("evil\rgood"), QStringLiteral("evil\\rgood"),
            QStringLiteral("evil\\rgood"));
        row("newline", QStringLiteral("one\ntwo"), QStringLiteral("one\ntwo"), QStringLiteral("one\\ntwo"));
        row("NUL, DEL", QString::fromUtf16(u"a\u0000b\u007fc", 5), QStringLiteral("a\\x00b\\x7fc"),
            QStringLiteral("a\\x00b\\x7fc"));
        row("C1 control", QString::fromUtf16(u"a\u009bb"), QStringLiteral("a\\u009bb"),
            QStringLiteral("a\\u009bb"));
        row("not C1", QString::fromUtf16(u"\u00a0\u00e9"), QString::fromUtf16(u"\u00a0\u00e9"),
            QString::fromUtf16(u"\u00a0\u00e9"));
    }

    void neutralise()
    {
        QFETCH(QString, text);
        QFETCH(QString, kept);
        QFETCH(QString, escaped);
        QCOMPARE(TerminalText::neutralise(text), kept);
        QCOMPARE(TerminalText::neutralise(text, Newlines::Escape), escaped);
    }

    // Text without a control character is handed back, not copied.
    void plainTextIsNotCopied()
    {
        const QString text = QString::fromLatin1("php bin/magento setup:upgrade"); // on the heap
        const QString out = TerminalText::neutralise(text);
        QCOMPARE(out.constData(), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
