#include "core/impact/linediff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace mua {

namespace {

using Kind = DiffLine::Kind;

// Myers' linear-space variant ("An O(ND) Difference Algorithm and Its Variations", 1986, section 4b):
// the middle snake of the two sequences splits the problem in two halves, each solved the same way, so
// memory stays O(N + M) whatever the number of edits. Lines are compared as numbers (equal lines, equal
// numbers).
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b, QList<DiffLine> *out)
        : m_a(a)
        , m_b(b)
        , m_out(out)
    {}

    // The script of a[aLo, aHi) against b[bLo, bHi), appended in order. At the top, false without a
    // script when the texts differ in more than maxEdits lines.
    bool run(int aLo, int aHi, int bLo, int bHi, int maxEdits)
    {
        while (aLo < aHi && bLo < bHi && m_a[aLo] == m_b[bLo])
            same(aLo++, bLo++);
        int tail = 0;
        while (aHi - tail > aLo && bHi - tail > bLo && m_a[aHi - tail - 1] == m_b[bHi - tail - 1])
            ++tail;
        aHi -= tail;
        bHi -= tail;
        if (aLo == aHi || bLo == bHi) {
            for (int i = aLo; i < aHi; ++i)
                m_out->append({Kind::Removed, i, -1});
            for (int j = bLo; j < bHi; ++j)
                m_out->append({Kind::Added, -1, j});
        } else {
            int x = 0, y = 0;
            if (!middle(aLo, aHi, bLo, bHi, maxEdits, &x, &y))
                return false;
            run(aLo, x, bLo, y, -1);
            run(x, aHi, y, bHi, -1);
        }
        for (int i = 0; i < tail; ++i)
            same(aHi + i, bHi + i);
        return true;
    }

private:
    void same(int i, int j) { m_out->append({Kind::Same, i, j}); }

    // A point on a shortest path from (aLo, bLo) to (aHi, bHi), where it crosses the middle; both
    // ranges are non-empty and differ at both ends. False when the path is longer than maxEdits
    // (maxEdits < 0: no limit).
    bool middle(int aLo, int aHi, int bLo, int bHi, int maxEdits, int *splitX, int *splitY)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD + 1;
        const int length = 2 * maxD + 3;
        m_forward.assign(length, -1);
        m_backward.assign(length, -1);
        m_forward[offset + 1] = 0;
        m_backward[offset + 1] = 0;
        const int delta = n - m;
        const bool odd = delta % 2 != 0;
        // Diagonals that ran off the edit graph are skipped from then on.
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        for (int d = 0; d <= maxD; ++d) {
            if (maxEdits >= 0 && 2 * d - 1 > maxEdits)
                return false;
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1o = offset + k1;
                int x1 = (k1 == -d || (k1 != d && m_forward[k1o - 1] < m_forward[k1o + 1]))
                             ? m_forward[k1o + 1]
                             : m_forward[k1o - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && m_a[aLo + x1] == m_b[bLo + y1]) {
                    ++x1;
                    ++y1;
                }
                m_forward[k1o] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (odd) {
                    const int k2o = offset + delta - k1;
                    if (k2o >= 0 && k2o < length && m_backward[k2o] != -1 && x1 >= n - m_backward[k2o]) {
                        *splitX = aLo + x1;
                        *splitY = bLo + y1;
                        return true;
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2o = offset + k2;
                int x2 = (k2 == -d || (k2 != d && m_backward[k2o - 1] < m_backward[k2o + 1]))
                             ? m_backward[k2o + 1]
                             : m_backward[k2o - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && m_a[aHi - x2 - 1] == m_b[bHi - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                m_backward[k2o] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!odd) {
                    const int k1o = offset + delta - k2;
                    if (k1o >= 0 && k1o < length && m_forward[k1o] != -1) {
                        const int x1 = m_forward[k1o];
                        const int y1 = x1 - (k1o - offset);
                        if (x1 >= n - x2) {
                            *splitX = aLo + x1;
                            *splitY = bLo + y1;
                            return true;
                        }
                    }
                }
            }
        }
        // Not reached for non-empty ranges: the paths meet by d = maxD. Splitting at the start
        // would recurse forever, so everything is one change.
        *splitX = aLo + n;
        *splitY = bLo;
        return true;
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    QList<DiffLine> *m_out;
    std::vector<int> m_forward, m_backward;
};

// Lines as diff(1) reads them for `diff -u`: split on \n only (a \r stays in its line, as it does in
// the patch), and a last line without \n marked with a \n of its own, which no other line has, so it
// differs from the same line with its newline, as it does for diff.
QStringList rawLines(const QString &text)
{
    QStringList out = text.split(QLatin1Char('\n'));
    if (text.isEmpty() || text.endsWith(QLatin1Char('\n')))
        out.removeLast();
    else
        out.last() += QLatin1Char('\n');
    return out;
}

QString range(int start, int count)
{
    // diff -u: "l" for one line, "l,n" otherwise; an empty range names the line before it.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QStringList LineDiff::lines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList out = text.split(QLatin1Char('\n'));
    if (out.last().isEmpty())
        out.removeLast();
    for (QString &line : out)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    return out;
}

QList<DiffLine> LineDiff::compare(const QStringList &oldLines, const QStringList &newLines, int maxEdits)
{
    QHash<QString, int> ids;
    auto number = [&ids](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(lines.size());
        for (const QString &line : lines)
            out.push_back(*ids.insert(line, ids.value(line, int(ids.size()))));
        return out;
    };
    const std::vector<int> a = number(oldLines);
    const std::vector<int> b = number(newLines);

    QList<DiffLine> script;
    script.reserve(std::max(a.size(), b.size()));
    Myers myers(a, b, &script);
    // The plain answer for texts too far apart: everything removed, everything added.
    auto plain = [&a, &b] {
        QList<DiffLine> out;
        for (int i = 0; i < int(a.size()); ++i)
            out.append({Kind::Removed, i, -1});
        for (int j = 0; j < int(b.size()); ++j)
            out.append({Kind::Added, -1, j});
        return out;
    };
    if (!myers.run(0, int(a.size()), 0, int(b.size()), maxEdits))
        return plain();

    // As diff prints a change: what goes first, then what comes, in each run of changed lines.
    for (qsizetype i = 0; i < script.size();) {
        if (script[i].kind == Kind::Same) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < script.size() && script[end].kind != Kind::Same)
            ++end;
        std::stable_partition(script.begin() + i, script.begin() + end,
                              [](const DiffLine &l) { return l.kind == Kind::Removed; });
        i = end;
    }
    int edits = 0;
    for (const DiffLine &l : std::as_const(script))
        edits += l.kind != Kind::Same;
    if (maxEdits >= 0 && edits > maxEdits)
        return plain();
    return script;
}

QString LineDiff::unified(const QString &oldText, const QString &newText, const QString &oldLabel,
                          const QString &newLabel, int context)
{
    if (oldText == newText)
        return {};
    const QStringList a = rawLines(oldText);
    const QStringList b = rawLines(newText);
    const QList<DiffLine> script = compare(a, b);
    context = std::max(context, 0);

    QString out;
    out += QStringLiteral("--- ") + oldLabel + QLatin1Char('\n');
    out += QStringLiteral("+++ ") + newLabel + QLatin1Char('\n');
    auto print = [&out](QChar mark, const QString &line) {
        out += mark;
        if (line.endsWith(QLatin1Char('\n'))) {
            out += line; // the last line, without its newline
            out += QStringLiteral("\\ No newline at end of file\n");
        } else {
            out += line;
            out += QLatin1Char('\n');
        }
    };

    const qsizetype n = script.size();
    qsizetype i = 0;
    qsizetype counted = 0;            // the script's lines counted into oldBefore and newBefore
    int oldBefore = 0, newBefore = 0; // the lines of each text up to there
    while (i < n) {
        while (i < n && script[i].kind == Kind::Same)
            ++i;
        if (i == n)
            break;
        // A hunk: this change and every next one fewer than 2 * context + 1 same lines after it.
        const qsizetype first = i;
        qsizetype last = i; // one past the last changed line
        while (true) {
            while (last < n && script[last].kind != Kind::Same)
                ++last;
            qsizetype next = last;
            while (next < n && script[next].kind == Kind::Same)
                ++next;
            if (next < n && next - last <= 2 * context)
                last = next;
            else
                break;
        }
        const qsizetype begin = std::max<qsizetype>(0, first - context);
        const qsizetype end = std::min(n, last + context);
        // Where the hunk starts in each text: the lines of each before it, counted on from where the
        // last hunk ended (hunks do not overlap), so the whole script is walked once.
        for (; counted < begin; ++counted) {
            oldBefore += script[counted].oldLine >= 0;
            newBefore += script[counted].newLine >= 0;
        }
        const int oldStart = oldBefore, newStart = newBefore;
        int oldCount = 0, newCount = 0;
        for (; counted < end; ++counted) {
            oldCount += script[counted].oldLine >= 0;
            newCount += script[counted].newLine >= 0;
        }
        oldBefore += oldCount;
        newBefore += newCount;
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(oldStart, oldCount), range(newStart, newCount));
        for (qsizetype j = begin; j < end; ++j) {
            const DiffLine &l = script[j];
            if (l.kind == Kind::Same)
                print(QLatin1Char(' '), a[l.oldLine]);
            else if (l.kind == Kind::Removed)
                print(QLatin1Char('-'), a[l.oldLine]);
            else
                print(QLatin1Char('+'), b[l.newLine]);
        }
        i = end;
    }
    return out;
}

} // namespace mua
