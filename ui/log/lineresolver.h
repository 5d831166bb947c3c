#pragma once

#include <QString>
#include <QStringView>

namespace mua {

// Turns one raw line of a child's output into what the log shows, once, when it arrives: ANSI SGR
// colours become style runs, a `\r` redraw keeps what was drawn last, tabs expand, other escape
// sequences and control characters go, and lines longer than MaximumLineLength are cut and end in an
// ellipsis. No widgets: the log view resolves lines with it, and so does the search through a log file
// on a worker thread.
class LineResolver
{
public:
    static constexpr int MaximumLineLength = 10000;
    // A run's style: ANSI colour + 1 (0: the line's default colour) ...
    static constexpr quint8 ColourMask = 0x1f;
    // ... and bold.
    static constexpr quint8 BoldBit = 0x20;
    enum Flag : quint8 {
        Narrow = 0x1,   // printable ASCII only: one column per character
        Truncated = 0x2 // cut at MaximumLineLength
    };

    struct Resolved
    {
        // The shown text (length characters), then two characters per run: where it starts, its style.
        const QChar *data = nullptr;
        int length = 0;
        int runs = 0;
        quint8 flags = 0;
        bool progress = false; // a pure `\r` redraw of the line before
        QStringView text() const { return QStringView(data, length); }
    };

    // The result points into raw or into the resolver's own buffer: valid until the next call and while
    // raw lives.
    Resolved resolve(QStringView raw);
    // The line as shown, as a string of its own.
    QString plainText(const QString &raw);

    // ANSI colour of a style, 0–15, or -1 for the line's default.
    static int colour(quint8 style) { return int(style & ColourMask) - 1; }
    static bool isBold(quint8 style) { return style & BoldBit; }

private:
    QString m_scratch; // reused: text, then runs
};

} // namespace mua
