#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace mua {

// Searches the run's log files (the whole log, of which the view keeps only the newest lines) the way
// the view searches its lines: in the text as shown, escapes resolved, without the time, step and stream
// the log file puts before it. No widgets: it runs on a worker thread.
class LogFileSearch
{
    Q_DECLARE_TR_FUNCTIONS(mua::LogFileSearch)

public:
    struct Match
    {
        int file = -1;   // index in the files searched; -1: none
        qint64 line = 0; // 1-based line of the file
        int column = 0;  // in the text as shown
        QString text;    // the line as shown
        bool isValid() const { return file >= 0; }
    };

    // The next match after `after` (before it, backwards) in the files taken as one log, wrapping
    // around; an invalid `after` starts at the beginning (backwards: at the end). Files that cannot be
    // read are skipped and named in *error ("Could not read …"). Returns an invalid match when there is
    // none or cancel turned true.
    static Match find(const QStringList &files, const QString &needle, Qt::CaseSensitivity cs, bool backwards,
                      const Match &after, const std::atomic_bool *cancel = nullptr, QString *error = nullptr);

    // What a line of the log file says: "2024-05-06T07:08:09.123Z step out TEXT" → TEXT (any other line
    // as it is).
    static QStringView text(QStringView fileLine);
};

} // namespace mua
