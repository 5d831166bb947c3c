// The German and French translations: every entry of the .ts files is translated and keeps what
// the code relies on (placeholders, %n, HTML tags, one mnemonic), the built .qm files answer with
// those translations, and the program speaks German when the environment asks for it. English, the
// sources' language, has a file of plural forms only: every "(s)" of the sources is a count given as
// %n, with its English forms there ("1 package", "2 packages"), which the program reads unless
// another language is asked for.
#include "tests/support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace mua::test;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per numerus form
    qint64 line = 0;
};

QString tsPath(const QString &language)
{
    return sourceDir() + QStringLiteral("/../translations/magento-upgrade-assistant_%1.ts").arg(language);
}

QString qmPath(const QString &language)
{
    return QStringLiteral(MUA_TEST_BINARY_DIR "/../app/magento-upgrade-assistant_%1.qm").arg(language);
}

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                m.line = xml.lineNumber();
                inMessage = true;
            } else if (name == u"source" && inMessage) {
                m.source = xml.readElementText();
            } else if (name == u"comment" && inMessage) {
                m.comment = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == u"numerusform" && inMessage) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out << m;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QString where(const Message &m)
{
    return QStringLiteral("line %1, %2 \"%3\"").arg(m.line).arg(m.context, m.source.left(60));
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%([1-9])"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.removeDuplicates();
    out.sort();
    return out;
}

// Opening and closing tags by name, sorted: "<?php" and "?>" in parser messages are not tags.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<(/?[A-Za-z][A-Za-z0-9]*)(\\s[^<>]*)?/?>"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).toLower();
    out.sort();
    return out;
}

// Mnemonic markers: '&' before a character other than '&' or a space ("&&" is a literal '&').
int mnemonics(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

QString report(const QStringList &problems)
{
    QStringList shown = problems.mid(0, 25);
    if (problems.size() > shown.size())
        shown << QStringLiteral("… and %1 more").arg(problems.size() - shown.size());
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + shown.join(QStringLiteral("\n  "));
}

// Every message of the program's sources, as lupdate reads them now (not as a .ts file last said).
QList<Message> sourceMessages(QString *error)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("sources_en.ts"));
    const QString repository = sourceDir() + QStringLiteral("/..");
    const ProgramResult r = run(QStringLiteral(MUA_LUPDATE),
                                {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                                 repository + QStringLiteral("/app"), QStringLiteral("-I"), repository,
                                 repository + QStringLiteral("/app"), repository + QStringLiteral("/ui"),
                                 QStringLiteral("-ts"), ts},
                                QString(), 120000);
    if (r.exitCode != 0) {
        *error = describe(r);
        return {};
    }
    return readTs(ts, error);
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
}

QProcessEnvironment environmentFor(const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFile_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // Every entry is finished, non-empty, and keeps the placeholders, %n, tags and mnemonic.
    void tsFile()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, qPrintable(QStringLiteral("only %1 messages").arg(messages.size())));

        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: marked %2").arg(where(m), m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != 2) // German and French both have two forms
                problems << QStringLiteral("%1: %2 numerus forms, expected 2")
                                .arg(where(m))
                                .arg(m.translations.size());
            if (m.translations.isEmpty())
                problems << QStringLiteral("%1: no translation").arg(where(m));
            const QStringList wanted = placeholders(m.source);
            const QStringList tags = htmlTags(m.source);
            const int keys = mnemonics(m.source);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1: empty translation").arg(where(m));
                    continue;
                }
                const QStringList got = placeholders(t);
                if (got != wanted)
                    problems << QStringLiteral(
                                    "%1: placeholders %2 in the translation \"%3\", %4 in the source")
                                    .arg(where(m), got.join(u' '), t.left(60), wanted.join(u' '));
                if ((m.numerus || m.source.contains(QLatin1String("%n"))) && !t.contains(QLatin1String("%n")))
                    problems << QStringLiteral("%1: %n missing in \"%2\"").arg(where(m), t);
                if (htmlTags(t) != tags)
                    problems << QStringLiteral("%1: HTML tags %2 in the translation, %3 in the source")
                                    .arg(where(m), htmlTags(t).join(u' '), tags.join(u' '));
                if (mnemonics(t) != keys)
                    problems << QStringLiteral("%1: %2 mnemonic(s) in \"%3\", %4 in the source")
                                    .arg(where(m))
                                    .arg(mnemonics(t))
                                    .arg(t)
                                    .arg(keys);
                if (t.startsWith(QLatin1Char(' ')) != m.source.startsWith(QLatin1Char(' ')) ||
                    t.endsWith(QLatin1Char('\n')) != m.source.endsWith(QLatin1Char('\n')))
                    problems << QStringLiteral("%1: leading space or trailing newline differs").arg(where(m));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // The checks above catch what they are meant to catch.
    void checksCatchMistakes()
    {
        QCOMPARE(placeholders(QStringLiteral("%2 of %1, %1")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2")}));
        QCOMPARE(htmlTags(QStringLiteral("<p><b>x</b> <code>a</code></p> <?php ?>")).size(), 6);
        QVERIFY(htmlTags(QStringLiteral("<p>a</p>")) != htmlTags(QStringLiteral("<p>a<p>")));
        QCOMPARE(mnemonics(QStringLiteral("Check &again")), 1);
        QCOMPARE(mnemonics(QStringLiteral("Fish && chips & more")), 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.ts"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>mua::Demo</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>Eine Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
</context>
</TS>
)");
        f.close();
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).context, QStringLiteral("mua::Demo"));
        QCOMPARE(messages.at(0).type, QStringLiteral("unfinished"));
        QVERIFY(messages.at(1).numerus);
        QCOMPARE(messages.at(1).translations.size(), 2);
        QVERIFY(!messages.at(1).translations.at(0).contains(QLatin1String("%n")));
    }

    void qmFile_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Magento-Upgrade-Assistent");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Assistant de mise à niveau Magento");
    }

    // The built .qm answers for real strings of the engine, the wizard, the forms and main, and
    // holds exactly what the .ts says (so it was rebuilt after the last change).
    void qmFile()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        const QString path = qmPath(language);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" was not built")));
        QTranslator translator;
        QVERIFY2(translator.load(path), qPrintable(path));
        QCOMPARE(translator.language().left(2), language);

        QCOMPARE(translator.translate("mua::MainWizard", "Magento Upgrade Assistant"), title);
        const struct
        {
            const char *context;
            const char *source;
        } known[] = {
            {"main", "Magento Upgrade Assistant"},
            {"main", "Could not make the demo store: %1"},
            {"mua::ReviewPage", "&Upgrade"},
            {"mua::FinishPage", "The upgrade failed."},
            {"mua::PreflightStep", "Readiness check"},
            {"mua::Plan", "Upgrade the database and modules"},
            {"mua::StoreInspector", "Cannot read %1: %2."},
            {"ReadinessPage", "Check &again"},
            {"StorePage", "Store &folder (drop a folder here, or pick a recent store):"},
        };
        for (const auto &k : known) {
            const QString t = translator.translate(k.context, k.source);
            QVERIFY2(!t.isEmpty() && t != QLatin1String(k.source),
                     qPrintable(QStringLiteral("%1 \"%2\" → \"%3\"")
                                    .arg(QLatin1String(k.context), QLatin1String(k.source), t)));
        }
        // Plural forms: one and many differ, and both keep %n.
        const QString one = translator.translate("mua::LogPane", "Copied %n line(s).", nullptr, 1);
        const QString many = translator.translate("mua::LogPane", "Copied %n line(s).", nullptr, 5);
        QVERIFY2(!one.isEmpty() && one != many, qPrintable(one + QStringLiteral(" / ") + many));
        QVERIFY(one.contains(QLatin1String("%n")) && many.contains(QLatin1String("%n")));

        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList stale;
        for (const Message &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            for (int i = 0; i < m.translations.size(); ++i) {
                // German and French: the first form is for 1 (French also 0), the second for more.
                const int n = m.numerus ? (i == 0 ? 1 : 5) : -1;
                const QString got =
                    translator.translate(context.constData(), source.constData(),
                                         comment.isEmpty() ? nullptr : comment.constData(), n);
                const QString &want = m.translations.at(i);
                if (got != want && !(got.isEmpty() && want == m.source))
                    stale
                        << QStringLiteral("%1: the .qm says \"%2\", the .ts \"%3\"").arg(where(m), got, want);
            }
        }
        QVERIFY2(stale.isEmpty(), qPrintable(report(stale)));
    }

    // English: only plural forms, each finished and keeping the source's placeholders and %n, none
    // with "(s)" left; and every "(s)" of the sources is a count given as %n whose forms are here.
    void englishPlurals()
    {
        QString error;
        const QList<Message> english = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        QHash<QString, Message> byKey;
        for (const Message &m : english) {
            byKey.insert(key(m), m);
            if (!m.numerus)
                problems << QStringLiteral("%1: not a plural form; the English file holds only those")
                                .arg(where(m));
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1: marked %2").arg(where(m), m.type);
            if (m.translations.size() != 2 || m.translations.contains(QString()))
                problems << QStringLiteral("%1: %2 forms, expected one and many")
                                .arg(where(m))
                                .arg(m.translations.size());
            for (const QString &t : m.translations) {
                if (t.contains(QLatin1String("(s)")))
                    problems << QStringLiteral("%1: \"(s)\" left in \"%2\"").arg(where(m), t);
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where(m), t);
                if (m.source.contains(QLatin1String("%n")) && !t.contains(QLatin1String("%n")))
                    problems << QStringLiteral("%1: %n missing in \"%2\"").arg(where(m), t);
            }
        }

        const QList<Message> sources = sourceMessages(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(sources.size() > 1000, qPrintable(QStringLiteral("only %1 messages").arg(sources.size())));
        // "%6 table(s)": a count a translator cannot give forms for.
        static const QRegularExpression countedByPlaceholder(QStringLiteral("%[1-9] [\\w-]+\\(s\\)"));
        int counted = 0;
        for (const Message &m : sources) {
            if (!m.source.contains(QLatin1String("(s)")))
                continue;
            if (!m.numerus || countedByPlaceholder.match(m.source).hasMatch()) {
                problems << QStringLiteral("%1: \"(s)\" whose count is not given as %n (tr(\"…%n …(s)…\", "
                                           "nullptr, count))")
                                .arg(where(m));
                continue;
            }
            ++counted;
            const Message en = byKey.value(key(m));
            if (en.translations.size() != 2)
                problems << QStringLiteral(
                                "%1: no English forms (build update_translations, then give them in "
                                "translations/magento-upgrade-assistant_en.ts)")
                                .arg(where(m));
        }
        QVERIFY2(counted > 30, qPrintable(QString::number(counted)));
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // The built English file says "1 package" and "2 packages" where the source says "package(s)".
    void englishPluralsAreBuilt()
    {
        const QString path = qmPath(QStringLiteral("en"));
        QTranslator translator;
        QVERIFY2(translator.load(path), qPrintable(path));
        QCoreApplication::installTranslator(&translator);
        const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        const auto say = [](const char *context, const char *source, int n) {
            return QCoreApplication::translate(context, source, "", n);
        };
        const char *changes = "Composer can move the store to %1: %n package(s) change.";
        QCOMPARE(say("mua::VersionMove", changes, 1),
                 QStringLiteral("Composer can move the store to %1: 1 package changes."));
        QCOMPARE(say("mua::VersionMove", changes, 2),
                 QStringLiteral("Composer can move the store to %1: 2 packages change."));
        QCOMPARE(say("mua::VersionMove", changes, 0),
                 QStringLiteral("Composer can move the store to %1: 0 packages change."));
        QCOMPARE(QCoreApplication::translate("mua::LogPane", "Copied %n line(s).", nullptr, 1),
                 QStringLiteral("Copied 1 line."));
        // Sentences without a plural are the sources' own.
        QCOMPARE(QCoreApplication::translate("mua::ReviewPage", "&Upgrade"), QStringLiteral("&Upgrade"));

        // And it holds exactly what the .ts says (rebuilt after the last change).
        QString error;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList stale;
        for (const Message &m : messages)
            for (int i = 0; i < m.translations.size(); ++i) {
                const QString got = translator.translate(
                    m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                    m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(), i == 0 ? 1 : 5);
                if (got != m.translations.at(i))
                    stale << QStringLiteral("%1: the .qm says \"%2\", the .ts \"%3\"")
                                 .arg(where(m), got, m.translations.at(i));
            }
        QVERIFY2(stale.isEmpty(), qPrintable(report(stale)));
    }

    // The program reads English plurals in English, and in a language it has no translation for.
    void programSaysEnglishPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es, not translated") << QStringLiteral("es");
        QTest::newRow("no language, C locale") << QString();
    }

    void programSaysEnglishPlurals()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString root = makeStoreAt(dir.filePath(QStringLiteral("store")));
        const QDir sessions(root + QStringLiteral("/var/session"));
        const QStringList entries = sessions.entryList(QDir::Files);
        QVERIFY(entries.size() > 1);
        for (const QString &e : entries.mid(1))
            QVERIFY(QFile::remove(sessions.filePath(e)));
        QProcessEnvironment env = environmentFor(language);
        if (language.isEmpty()) {
            env.remove(QStringLiteral("LANGUAGE"));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        }
        const ProgramResult plan = runProgram({QStringLiteral("plan"), root}, 60000, env);
        QVERIFY2(plan.exitCode == 0, qPrintable(describe(plan)));
        QVERIFY2(plan.outText().contains(QLatin1String("chmod 770 on var/session and 1 entry in it.")),
                 qPrintable(plan.outText()));
    }

    void programSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("error");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Aufruf:")
                            << QStringLiteral("inspect erwartet genau einen Shop-Ordner");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Utilisation")
                            << QStringLiteral("inspect attend exactement un dossier de boutique");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Usage:")
                            << QStringLiteral("inspect takes exactly one store folder");
    }

    // The embedded translation is picked from LANGUAGE, headless too.
    void programSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, usage);
        QFETCH(QString, error);
        const ProgramResult help = runProgram({QStringLiteral("--help")}, 30000, environmentFor(language));
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.outText().startsWith(usage), qPrintable(help.outText().left(200)));
        QVERIFY2(help.outText().contains(QLatin1String("--resume")), qPrintable(help.outText()));

        const ProgramResult bad = runProgram({QStringLiteral("inspect")}, 30000, environmentFor(language));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.errText().contains(error), qPrintable(bad.errText()));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
