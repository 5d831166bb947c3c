#include "core/run/terminaltext.h"

namespace mua {

namespace {

bool isControl(char16_t c, bool keepNewline)
{
    return (c < 0x20 && c != u'\t' && !(c == u'\n' && keepNewline)) || (c >= 0x7F && c <= 0x9F);
}

// The end of an SGR sequence that starts with ESC at i (ESC [ parameters m), or -1.
qsizetype sgrEnd(const QString &text, qsizetype i)
{
    if (i + 1 >= text.size() || text.at(i + 1) != u'[')
        return -1;
    for (qsizetype j = i + 2; j < text.size(); ++j) {
        const char16_t c = text.at(j).unicode();
        if (c == u'm')
            return j + 1;
        if (!((c >= u'0' && c <= u'9') || c == u';' || c == u':'))
            return -1;
    }
    return -1;
}

} // namespace

QString TerminalText::neutralise(const QString &text, Newlines newlines)
{
    const bool keepNewline = newlines == Newlines::Keep;
    qsizetype first = 0;
    while (first < text.size() && !isControl(text.at(first).unicode(), keepNewline))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c, keepNewline)) {
            out.append(QChar(c));
            continue;
        }
        if (c == 0x1B) {
            const qsizetype end = sgrEnd(text, i);
            if (end > 0) {
                i = end - 1;
                continue;
            }
            out.append(QLatin1String("\\e"));
        } else if (c == u'\a') {
            out.append(QLatin1String("\\a"));
        } else if (c == u'\r') {
            out.append(QLatin1String("\\r"));
        } else if (c == u'\n') {
            out.append(QLatin1String("\\n"));
        } else if (c < 0x80) {
            out.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
        } else {
            out.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
    }
    return out;
}

} // namespace mua
