#include "ui/log/lineresolver.h"

#include <QVarLengthArray>
#include <QtAlgorithms>

#include <algorithm>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace mua {

namespace {

constexpr int TabWidth = 8;
constexpr int MaximumLineLength = LineResolver::MaximumLineLength;
constexpr QChar Ellipsis(char16_t(0x2026));

struct Run
{
    quint16 start;
    quint8 style;
};

inline bool isPrintable(char16_t c)
{
    return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0);
}

// Printable ASCII, in one comparison: most of what a log holds.
inline bool isNarrow(char16_t c)
{
    return char16_t(c - 0x20) < 0x5f;
}

// How many characters from the start are printable ASCII. Every character of every line goes through
// here: eight at a time where the processor can.
inline qsizetype narrowPrefix(const QChar *s, qsizetype n)
{
    qsizetype i = 0;
#ifdef __SSE2__
    // c - 0x20 < 0x5f, unsigned, as a signed comparison with the sign bits flipped.
    const __m128i offset = _mm_set1_epi16(0x20);
    const __m128i flip = _mm_set1_epi16(short(0x8000));
    const __m128i limit = _mm_set1_epi16(short(0x5f ^ 0x8000));
    for (; i + 8 <= n; i += 8) {
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i narrow = _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(c, offset), flip), limit);
        const int mask = _mm_movemask_epi8(narrow);
        if (mask != 0xffff)
            return i + qCountTrailingZeroBits(quint32(~mask)) / 2;
    }
#endif
    while (i < n && isNarrow(s[i].unicode()))
        ++i;
    return i;
}

void applySgr(const QChar *p, qsizetype n, quint8 *style)
{
    int values[32];
    int count = 0;
    int current = 0;
    bool any = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c >= u'0' && c <= u'9') {
            current = std::min(current * 10 + (c - u'0'), 9999);
            any = true;
        } else if (c == u';' || c == u':') {
            if (count < 32)
                values[count++] = current;
            current = 0;
            any = true;
        } else {
            return; // private parameters (<=>?): not SGR as we know it
        }
    }
    if (any && count < 32)
        values[count++] = current;
    if (count == 0) {
        *style = 0;
        return;
    }
    const auto setColour = [style](int colour) {
        *style = quint8((*style & ~LineResolver::ColourMask) | (colour + 1));
    };
    for (int k = 0; k < count; ++k) {
        const int v = values[k];
        if (v == 0) {
            *style = 0;
        } else if (v == 1) {
            *style |= LineResolver::BoldBit;
        } else if (v == 22) {
            *style &= ~LineResolver::BoldBit;
        } else if (v >= 30 && v <= 37) {
            setColour(v - 30);
        } else if (v == 39) {
            setColour(-1);
        } else if (v >= 90 && v <= 97) {
            setColour(v - 90 + 8);
        } else if (v == 38 || v == 48 || v == 58) { // extended colours: 5;n or 2;r;g;b
            if (k + 1 < count && values[k + 1] == 5) {
                if (v == 38 && k + 2 < count && values[k + 2] < 16)
                    setColour(values[k + 2]);
                k += 2;
            } else if (k + 1 < count && values[k + 1] == 2) {
                k += 4;
            }
        }
    }
}

// s[i] is ESC. Returns where the sequence ends; applies SGR to *style.
qsizetype skipEscape(const QChar *s, qsizetype n, qsizetype i, quint8 *style)
{
    if (i + 1 >= n)
        return n;
    const char16_t c1 = s[i + 1].unicode();
    if (c1 == u'[') { // CSI: parameters, intermediates, final byte
        qsizetype j = i + 2;
        const qsizetype paramsStart = j;
        while (j < n && s[j].unicode() >= 0x30 && s[j].unicode() <= 0x3f)
            ++j;
        const qsizetype paramsEnd = j;
        while (j < n && s[j].unicode() >= 0x20 && s[j].unicode() <= 0x2f)
            ++j;
        if (j < n && s[j].unicode() >= 0x40 && s[j].unicode() <= 0x7e) {
            if (s[j].unicode() == u'm' && j == paramsEnd)
                applySgr(s + paramsStart, paramsEnd - paramsStart, style);
            return j + 1;
        }
        return j; // malformed: drop what looked like one
    }
    if (c1 == u']' || c1 == u'P' || c1 == u'X' || c1 == u'^' || c1 == u'_') { // OSC, DCS, SOS, PM, APC
        for (qsizetype j = i + 2; j < n; ++j) {
            const char16_t c = s[j].unicode();
            if (c == 0x07 || c == 0x9c)
                return j + 1;
            if (c == 0x1b && j + 1 < n && s[j + 1].unicode() == u'\\')
                return j + 2;
        }
        return n;
    }
    qsizetype j = i + 1;
    while (j < n && s[j].unicode() >= 0x20 && s[j].unicode() <= 0x2f)
        ++j;
    if (j < n && s[j].unicode() >= 0x30 && s[j].unicode() <= 0x7e)
        return j + 1;
    return j;
}

} // namespace

// Resolves a raw line once: colours into runs, `\r` redraws, tabs, control characters, length.
LineResolver::Resolved LineResolver::resolve(QStringView raw)
{
    const qsizetype n = raw.size();
    const QChar *s = raw.data();
    Resolved result;

    // Most lines need nothing: stored as they came.
    bool clean = n <= MaximumLineLength;
    bool narrow = true;
    for (qsizetype i = narrowPrefix(s, n); clean && i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (!isPrintable(c))
            clean = false;
        else if (c > 0x7e)
            narrow = false;
    }
    if (clean) {
        result.data = s;
        result.length = int(n);
        result.flags = narrow ? Narrow : 0;
        return result;
    }

    QString &text = m_scratch;
    text.resize(0);
    QVarLengthArray<Run, 16> runs;
    quint8 style = 0;
    quint8 emitted = 0;
    bool pendingReset = false;
    bool truncated = false;
    bool seenText = false;

    const auto applyReset = [&] {
        if (!pendingReset)
            return;
        text.resize(0);
        runs.clear();
        emitted = 0;
        truncated = false;
        pendingReset = false;
    };
    const auto append = [&](const QChar *p, qsizetype len) {
        applyReset();
        const qsizetype room = MaximumLineLength - text.size();
        if (len > room) {
            len = room;
            truncated = true;
            if (len > 0 && p[len - 1].isHighSurrogate())
                --len;
        }
        if (len <= 0)
            return;
        if (style != emitted) {
            if (!runs.isEmpty() && runs.last().start == text.size())
                runs.last().style = style;
            else
                runs.append(Run{quint16(text.size()), style});
            emitted = style;
        }
        text.append(p, len);
    };

    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i].unicode();
        if (isPrintable(c)) {
            qsizetype j = i + 1;
            j += narrowPrefix(s + j, n - j);
            while (j < n && isPrintable(s[j].unicode()))
                ++j;
            seenText = true;
            append(s + i, j - i);
            i = j;
        } else if (c == 0x1b) {
            i = skipEscape(s, n, i, &style);
        } else if (c == u'\r') {
            if (!seenText)
                result.progress = true;
            seenText = true;
            if (!text.isEmpty())
                pendingReset = true; // a trailing `\r` keeps what it would have redrawn
            ++i;
        } else if (c == u'\t') {
            seenText = true;
            applyReset();
            static const QChar spaces[TabWidth] = {u' ', u' ', u' ', u' ', u' ', u' ', u' ', u' '};
            append(spaces, TabWidth - text.size() % TabWidth);
            ++i;
        } else if (c == u'\n') {
            seenText = true;
            static const QChar space(u' ');
            append(&space, 1);
            ++i;
        } else {
            ++i; // other control characters show nothing
        }
    }

    narrow = narrowPrefix(text.constData(), text.size()) == text.size();
    if (truncated)
        text.append(Ellipsis); // the column of the last character does not depend on its width
    result.length = int(text.size());
    result.runs = int(runs.size());
    for (const Run &run : runs) {
        text.append(QChar(run.start));
        text.append(QChar(char16_t(run.style)));
    }
    result.data = text.constData();
    result.flags = quint8((narrow ? Narrow : 0) | (truncated ? Truncated : 0));
    return result;
}

QString LineResolver::plainText(const QString &raw)
{
    const Resolved r = resolve(raw);
    return r.data == raw.constData() && r.length == raw.size() ? raw : QString(r.data, r.length);
}

} // namespace mua
