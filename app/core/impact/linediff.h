#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mua {

// One line of a comparison of two texts: the same in both, only in the old, or only in the new.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    int oldLine = -1; // 0-based index in the old lines; -1 for Added
    int newLine = -1; // 0-based index in the new lines; -1 for Removed
    bool operator==(const DiffLine &) const = default;
};

// The line comparison the impact report shows (the vendor change, the three-way view): Myers' O(ND)
// algorithm, as diff(1) and git use, so the result is a shortest edit script. Texts that differ in
// more than `maxEdits` lines give the plain answer "all removed, all added" rather than taking long.
class LineDiff
{
public:
    static QStringList lines(const QString &text); // split on \n, \r\n; no empty last line for a final \n
    static QList<DiffLine> compare(const QStringList &oldLines, const QStringList &newLines,
                                   int maxEdits = 20000);
    // As `diff -u` prints it: "--- oldLabel", "+++ newLabel", "@@ -a,b +c,d @@" hunks with `context`
    // lines around each change. Empty when the texts are the same.
    static QString unified(const QString &oldText, const QString &newText, const QString &oldLabel,
                           const QString &newLabel, int context = 3);
};

} // namespace mua
