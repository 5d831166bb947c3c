#include "ui/log/logfilesearch.h"

#include "ui/log/lineresolver.h"

#include <QDir>
#include <QFile>

namespace mua {

QStringView LogFileSearch::text(QStringView fileLine)
{
    // UpgradeWorker::log(): "<yyyy-MM-ddTHH:mm:ss.zzzZ> <step or -> <out|err|info|warn|ERROR> <text>"
    constexpr qsizetype StampLength = 24;
    if (fileLine.size() <= StampLength || fileLine[10] != u'T' || fileLine[StampLength - 1] != u'Z' ||
        fileLine[StampLength] != u' ')
        return fileLine;
    qsizetype at = StampLength;
    for (int field = 0; field < 2; ++field) {
        at = fileLine.indexOf(u' ', at + 1);
        if (at < 0)
            return fileLine;
    }
    return fileLine.mid(at + 1);
}

LogFileSearch::Match LogFileSearch::find(const QStringList &files, const QString &needle,
                                         Qt::CaseSensitivity cs, bool backwards, const Match &after,
                                         const std::atomic_bool *cancel, QString *error)
{
    Match first;  // the first match of all (wrapping forwards)
    Match last;   // the last match of all (wrapping backwards)
    Match before; // the last match before `after`
    if (needle.isEmpty())
        return {};
    LineResolver resolver;
    QStringList unreadable;
    // Where a match lies against `after`: -1 before it, 0 on it, 1 after it.
    const auto compare = [&](int file, qint64 line, int column) {
        if (!after.isValid())
            return backwards ? -1 : 1;
        if (file != after.file)
            return file < after.file ? -1 : 1;
        if (line != after.line)
            return line < after.line ? -1 : 1;
        return column < after.column ? -1 : column > after.column ? 1 : 0;
    };
    for (int f = 0; f < files.size(); ++f) {
        QFile in(files.at(f));
        if (!in.open(QIODevice::ReadOnly)) {
            unreadable << QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(files.at(f)),
                                                        in.errorString());
            continue;
        }
        qint64 number = 0;
        while (!in.atEnd()) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return {};
            QByteArray bytes = in.readLine();
            ++number;
            if (bytes.endsWith('\n'))
                bytes.chop(1);
            const QString raw = QString::fromUtf8(bytes);
            const QStringView body = text(raw);
            const QString shown = resolver.plainText(body.toString());
            // Every match of the line, for a search that goes on within it.
            for (qsizetype at = shown.indexOf(needle, 0, cs); at >= 0;
                 at = shown.indexOf(needle, at + 1, cs)) {
                const Match m{f, number, int(at), shown};
                if (!first.isValid())
                    first = m;
                last = m;
                const int where = compare(f, number, int(at));
                if (!backwards && where > 0)
                    return m; // forwards: the first one after is the answer
                if (where < 0)
                    before = m;
            }
        }
    }
    if (error && !unreadable.isEmpty())
        *error = tr("Could not read the log file %1.").arg(unreadable.join(QLatin1String(", ")));
    if (backwards)
        return before.isValid() ? before : last;
    return first; // wrapped around
}

} // namespace mua
