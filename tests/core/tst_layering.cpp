// Which engine headers a part of the program may include, read from the sources: the wizard asks the
// engine through core/model's plain types, the read-only facade (StoreQueries), the one-shot actions
// (StoreActions), and starts long work through the controller and its jobs; the model's headers
// bring nothing of the engine but other plain types; no engine file includes a widget.
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

namespace {

struct Include
{
    QString file;   // relative to the repository
    QString header; // as written
};

QString repository()
{
    return QDir::cleanPath(mua::test::sourceDir() + QStringLiteral("/.."));
}

QList<Include> includesBelow(const QString &folder)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[\"<]([^\">]+)[\">]"),
                                            QRegularExpression::MultilineOption);
    QList<Include> out;
    const QDir root(repository());
    QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = QString::fromUtf8(mua::test::readFile(path));
        for (auto m = include.globalMatch(text); m.hasNext();)
            out << Include{root.relativeFilePath(path), m.next().captured(1)};
    }
    return out;
}

QString describe(const QList<Include> &includes)
{
    QStringList out;
    for (const Include &i : includes)
        out << i.file + QStringLiteral(": ") + i.header;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void theWizardIncludesTheFacade()
    {
        // What the wizard starts work through: the controller, and the rollback job it hands it.
        const QStringList startsWork{QStringLiteral("core/run/upgradecontroller.h"),
                                     QStringLiteral("core/backup/rollback.h")};
        // … and what it may call directly because it only computes or writes the file a user chose: the
        // impact report's texts, page and line diff (pure functions of a report), and writing a file
        // whole or not at all.
        const QStringList asks{
            QStringLiteral("core/run/storequeries.h"), QStringLiteral("core/run/storeactions.h"),
            QStringLiteral("core/impact/impacthtml.h"), QStringLiteral("core/impact/linediff.h"),
            QStringLiteral("core/fs/atomicfile.h")};
        const QList<Include> all = includesBelow(QStringLiteral("ui"));
        QVERIFY(all.size() > 50);
        QList<Include> wrong;
        int engine = 0;
        for (const Include &i : all) {
            if (!i.header.startsWith(QLatin1String("core/")))
                continue;
            ++engine;
            const bool fine = i.header.startsWith(QLatin1String("core/model/")) || asks.contains(i.header) ||
                              (startsWork.contains(i.header) && i.file.endsWith(QLatin1String(".cpp")));
            if (!fine)
                wrong << i;
        }
        QVERIFY(engine > 0);
        QVERIFY2(wrong.isEmpty(), qPrintable(describe(wrong)));
    }

    // The model's headers bring no engine machinery with them: other model types, and the values
    // env.php is parsed into (a store holds its env.php).
    void theModelIsPlainTypes()
    {
        QList<Include> wrong;
        for (const Include &i : includesBelow(QStringLiteral("app/core/model"))) {
            if (i.file.endsWith(QLatin1String(".h")) && i.header.startsWith(QLatin1String("core/")) &&
                !i.header.startsWith(QLatin1String("core/model/")) &&
                !i.header.startsWith(QLatin1String("core/parse/")))
                wrong << i;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(describe(wrong)));
    }

    void theEngineHasNoWidget()
    {
        QList<Include> wrong;
        for (const Include &i : includesBelow(QStringLiteral("app/core"))) {
            if (i.header.startsWith(QLatin1String("QtWidgets")) ||
                i.header.startsWith(QLatin1String("QtGui")) || i.header.startsWith(QLatin1String("ui/")) ||
                i.header.startsWith(QLatin1String("ui_")) || i.header == QLatin1String("QWidget") ||
                i.header == QLatin1String("QApplication"))
                wrong << i;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(describe(wrong)));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
