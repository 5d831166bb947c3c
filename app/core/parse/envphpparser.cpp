// Past 800 lines on purpose: one parser of the PHP env.php may hold (strings, heredocs, numbers,
// arrays, dynamic expressions) whose parts share one cursor and one way of reporting errors.

#include "core/parse/envphpparser.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace mua {

namespace {

// Deeper nesting than this is an error rather than a stack overflow. Real env.php files nest
// about six levels.
constexpr int MaxDepth = 256;

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(uchar c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(uchar c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

// PHP identifiers: [a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*
bool isIdentStart(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool isIdentChar(uchar c)
{
    return isIdentStart(c) || isDigit(c);
}

bool isSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Length of the well-formed UTF-8 sequence at p (1 to 4), or 0 if there is none.
int utf8SequenceLength(const uchar *p, const uchar *end, uint *codePoint)
{
    const uchar c = *p;
    if (c < 0x80) {
        *codePoint = c;
        return 1;
    }
    int len = 0;
    uint cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < len)
        return 0;
    for (int i = 1; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    *codePoint = cp;
    return len;
}

// PHP strings are bytes; env.php is UTF-8 in practice. Bytes that are not part of a well-formed
// UTF-8 sequence (a file saved as Latin-1, "\xe9" escapes) are read as Latin-1 characters.
QString decode(const char *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n && uchar(s[i]) < 0x80)
        ++i;
    if (i == n)
        return QString::fromLatin1(s, n); // ASCII: the cheapest conversion
    const auto *p = reinterpret_cast<const uchar *>(s) + i;
    const auto *end = reinterpret_cast<const uchar *>(s) + n;
    QString out = QString::fromLatin1(s, i);
    out.reserve(n);
    while (p < end) {
        uint cp = 0;
        const int len = utf8SequenceLength(p, end, &cp);
        if (len == 0) {
            out.append(QChar(char16_t(*p))); // Latin-1
            ++p;
            continue;
        }
        if (cp > 0xFFFF) {
            out.append(QChar::highSurrogate(cp));
            out.append(QChar::lowSurrogate(cp));
        } else {
            out.append(QChar(char16_t(cp)));
        }
        p += len;
    }
    return out;
}

QString decode(const QByteArray &b)
{
    return decode(b.constData(), b.size());
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

enum class Escape { Ok, BadCodePoint, Truncated };

// At a backslash at src[i] inside a double-quoted string (quote '"') or a heredoc (quote 0): appends
// what the escape stands for to buf and moves i past it, as PHP's zend_scan_escape_string does. On
// an error, i is left at the backslash.
Escape appendEscape(const char *src, qsizetype size, qsizetype &i, char quote, QByteArray &buf)
{
    auto at = [src, size](qsizetype k) { return k < size ? uchar(src[k]) : uchar(0); };
    if (i + 1 >= size) {
        buf.append('\\');
        ++i;
        return Escape::Ok;
    }
    const uchar e = at(i + 1);
    i += 2;
    switch (e) {
    case 'n':
        buf.append('\n');
        break;
    case 't':
        buf.append('\t');
        break;
    case 'r':
        buf.append('\r');
        break;
    case 'v':
        buf.append('\v');
        break;
    case 'e':
        buf.append('\x1B');
        break;
    case 'f':
        buf.append('\f');
        break;
    case '"':
        if (quote != '"') { // in a heredoc \" is not an escape
            buf.append("\\\"");
            break;
        }
        buf.append('"');
        break;
    case '\\':
    case '$':
        buf.append(char(e));
        break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
        uint v = e - '0';
        for (int k = 0; k < 2 && at(i) >= '0' && at(i) <= '7'; ++k)
            v = v * 8 + (at(i++) - '0');
        buf.append(char(v & 0xFF)); // PHP keeps the low byte of "\400"
        break;
    }
    case 'x':
        if (isHexDigit(at(i))) {
            int v = hexValue(at(i++));
            if (isHexDigit(at(i)))
                v = v * 16 + hexValue(at(i++));
            buf.append(char(v));
        } else {
            buf.append("\\x");
        }
        break;
    case 'u':
        if (at(i) == '{') {
            const qsizetype escapePos = i - 2;
            ++i;
            uint cp = 0;
            int digits = 0;
            while (isHexDigit(at(i))) {
                if (cp <= 0x10FFFF)
                    cp = cp * 16 + uint(hexValue(at(i)));
                ++digits;
                ++i;
            }
            if (at(i) != '}' || digits == 0 || cp > 0x10FFFF) {
                const bool truncated = i >= size;
                i = escapePos;
                return truncated ? Escape::Truncated : Escape::BadCodePoint;
            }
            ++i;
            appendUtf8(buf, cp);
        } else {
            buf.append("\\u");
        }
        break;
    default:
        // Not an escape: the backslash stays. The next character is read normally, so
        // "\{$x}" still interpolates.
        buf.append('\\');
        --i;
        break;
    }
    return Escape::Ok;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(mua::EnvPhpParser)

public:
    explicit Parser(const QByteArray &source)
        : m_src(source.constData())
        , m_size(source.size())
    {}

    EnvPhpParseResult run();

private:
    uchar at(qsizetype i) const { return i < m_size ? uchar(m_src[i]) : 0; }
    uchar peek(qsizetype offset = 0) const { return at(m_pos + offset); }
    bool atEnd() const { return m_pos >= m_size; }

    bool fail(qsizetype pos, const QString &message);
    bool failEnd(const QString &message) { return fail(m_size, message); }
    QString describe(qsizetype pos) const;
    void location(qsizetype pos, int *line, int *column) const;

    bool matchWord(qsizetype pos, const char *word) const;
    qsizetype identEnd(qsizetype pos) const;
    bool skipSpace();

    bool parseArray(char closer, int depth, qsizetype startPos, PhpValue &out);
    bool parseValue(char closer, bool keyPosition, int depth, PhpValue &out);
    bool parseSingleQuoted(PhpValue &out);
    bool parseDoubleQuoted(PhpValue &out, bool *interpolated);
    bool parseNumber(bool negative, qsizetype start, PhpValue &out);
    bool continuesExpression();
    bool isArrowFunction(qsizetype start) const;
    bool scanDynamic(qsizetype start, char closer, bool stopAtArrow, PhpValue &out);
    bool skipQuoted();
    bool skipHeredoc();
    struct Heredoc;
    bool scanHeredoc(qsizetype pos, Heredoc &h);
    bool parseHeredoc(PhpValue &out, bool *interpolated, bool *isHeredoc);
    bool keyFor(const PhpValue &key, qsizetype keyPos, QString *text, bool *numeric);

    const char *m_src;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qsizetype m_bomEnd = 0;

    bool m_failed = false;
    QString m_error;
    qsizetype m_errorPos = 0;
};

bool Parser::fail(qsizetype pos, const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = message;
        m_errorPos = qMin(pos, m_size);
    }
    return false;
}

void Parser::location(qsizetype pos, int *line, int *column) const
{
    int l = 1;
    qsizetype lineStart = m_bomEnd;
    for (qsizetype i = 0; i < pos; ++i) {
        if (m_src[i] == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    int c = 1;
    for (qsizetype i = lineStart; i < pos; ++i) {
        if ((uchar(m_src[i]) & 0xC0) != 0x80)
            ++c;
    }
    *line = l;
    *column = c;
}

// A short quotation of the token at pos, for "… but found X".
QString Parser::describe(qsizetype pos) const
{
    constexpr qsizetype MaxQuote = 24;
    if (pos >= m_size)
        return tr("the end of the file");
    const uchar c = at(pos);
    auto quoteBytes = [&](qsizetype from, qsizetype to) {
        bool cut = false;
        if (to - from > MaxQuote) {
            to = from + MaxQuote;
            while (to > from && (at(to) & 0xC0) == 0x80)
                --to; // do not split a UTF-8 sequence
            cut = true;
        }
        return decode(m_src + from, to - from) + (cut ? QStringLiteral("…") : QString());
    };
    if (c == '\'' || c == '"') {
        qsizetype end = pos + 1;
        while (end < m_size && at(end) != c && end - pos <= MaxQuote) {
            if (at(end) == '\\')
                ++end;
            ++end;
        }
        end = qMin(end + 1, m_size);
        return tr("the string %1").arg(quoteBytes(pos, end));
    }
    if (isIdentChar(c) || (c == '\\' && isIdentStart(at(pos + 1)))) {
        qsizetype end = pos + 1;
        while (end < m_size && (isIdentChar(at(end)) || (at(end) == '\\' && isIdentStart(at(end + 1)))))
            ++end;
        return QLatin1Char('\'') + quoteBytes(pos, end) + QLatin1Char('\'');
    }
    if (c < 0x20 || c == 0x7F)
        return tr("a control character (U+%1)")
            .arg(QString::number(c, 16).rightJustified(4, QLatin1Char('0')).toUpper());
    static const char *const twoCharTokens[] = {"=>", "?>", "::", "->", "??", "?:", "<<", "&&", "||"};
    for (const char *t : twoCharTokens) {
        if (c == uchar(t[0]) && at(pos + 1) == uchar(t[1]))
            return QLatin1Char('\'') + QLatin1String(t) + QLatin1Char('\'');
    }
    return QLatin1Char('\'') + QChar(QLatin1Char(char(c))) + QLatin1Char('\'');
}

// Is the identifier at pos the keyword word (lower case), in any case?
bool Parser::matchWord(qsizetype pos, const char *word) const
{
    qsizetype i = pos;
    for (; *word; ++word, ++i) {
        if (i >= m_size)
            return false;
        uchar ch = uchar(m_src[i]);
        if (ch >= 'A' && ch <= 'Z')
            ch |= 0x20;
        if (ch != uchar(*word))
            return false;
    }
    return !isIdentChar(at(i));
}

qsizetype Parser::identEnd(qsizetype pos) const
{
    while (pos < m_size && isIdentChar(uchar(m_src[pos])))
        ++pos;
    return pos;
}

// Whitespace and comments. `//` and `#` comments end at a newline or at `?>`, as in PHP.
bool Parser::skipSpace()
{
    const char *const src = m_src;
    const qsizetype size = m_size;
    qsizetype i = m_pos;
    while (i < size) {
        const char c = src[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            ++i;
        } else if (c == '#' || (c == '/' && i + 1 < size && src[i + 1] == '/')) {
            while (i < size && src[i] != '\n' && !(src[i] == '?' && i + 1 < size && src[i + 1] == '>'))
                ++i;
        } else if (c == '/' && i + 1 < size && src[i + 1] == '*') {
            qsizetype j = i + 2;
            while (j + 1 < size && !(src[j] == '*' && src[j + 1] == '/'))
                ++j;
            if (j + 1 >= size) {
                m_pos = size;
                return failEnd(tr("the file ends in the middle of a /* */ comment"));
            }
            i = j + 2;
        } else {
            break;
        }
    }
    m_pos = i;
    return true;
}

EnvPhpParseResult Parser::run()
{
    EnvPhpParseResult result;
    bool ok = true;
    PhpValue value;
    ArraySyntax syntax = ArraySyntax::Short;

    auto body = [&]() -> bool {
        qsizetype first = 0;
        if (m_size >= 3 && std::memcmp(m_src, "\xEF\xBB\xBF", 3) == 0)
            m_bomEnd = first = 3;
        qsizetype i = first;
        while (i < m_size && isSpace(at(i)))
            ++i;
        if (i == m_size)
            return fail(0, tr("the file is empty"));
        if (const void *nul = std::memchr(m_src, 0, std::size_t(m_size)))
            return fail(static_cast<const char *>(nul) - m_src,
                        tr("the file contains binary data (a NUL byte)"));

        // Whitespace before <?php would be sent as output, but PHP still runs the file.
        m_pos = i;
        if (m_size - m_pos < 5 || qstrnicmp(m_src + m_pos, "<?php", 5) != 0 ||
            (m_size - m_pos > 5 && !isSpace(peek(5))))
            return fail(m_pos, tr("the file does not start with <?php"));
        m_pos += 5;
        if (!skipSpace())
            return false;

        // declare(strict_types=1); and friends
        while (matchWord(m_pos, "declare")) {
            const qsizetype declarePos = m_pos;
            m_pos += 7;
            if (!skipSpace())
                return false;
            if (peek() != '(') {
                if (atEnd())
                    return failEnd(tr("the file ends in the middle of a declare statement"));
                return fail(m_pos, tr("expected '(' after 'declare' but found %1").arg(describe(m_pos)));
            }
            int parens = 0;
            do {
                if (!skipSpace())
                    return false;
                if (atEnd())
                    return failEnd(tr("the file ends in the middle of a declare statement"));
                const uchar c = peek();
                if (c == '\'' || c == '"') {
                    if (!skipQuoted())
                        return false;
                    continue;
                }
                if (c == '(')
                    ++parens;
                else if (c == ')')
                    --parens;
                else if (c == ';')
                    return fail(declarePos, tr("the declare statement is missing its closing ')'"));
                ++m_pos;
            } while (parens > 0);
            if (!skipSpace())
                return false;
            if (peek() != ';') {
                if (atEnd())
                    return failEnd(tr("the file ends in the middle of a declare statement"));
                return fail(m_pos,
                            tr("expected ';' after the declare statement but found %1").arg(describe(m_pos)));
            }
            ++m_pos;
            if (!skipSpace())
                return false;
        }

        if (atEnd())
            return failEnd(tr("the file ends before 'return' and the configuration array"));
        if (!matchWord(m_pos, "return"))
            return fail(m_pos,
                        tr("expected 'return' followed by an array but found %1").arg(describe(m_pos)));
        m_pos += 6;
        if (!skipSpace())
            return false;
        // return ([ … ]); is the same array.
        int parens = 0;
        while (peek() == '(') {
            ++parens;
            ++m_pos;
            if (!skipSpace())
                return false;
        }

        if (matchWord(m_pos, "array")) {
            const qsizetype wordPos = m_pos;
            m_pos += 5;
            if (!skipSpace())
                return false;
            if (peek() != '(')
                return fail(wordPos,
                            tr("expected an array after 'return' but found %1").arg(describe(wordPos)));
            syntax = ArraySyntax::Long;
            if (!parseArray(')', 1, wordPos, value))
                return false;
        } else if (peek() == '[') {
            syntax = ArraySyntax::Short;
            if (!parseArray(']', 1, m_pos, value))
                return false;
        } else if (atEnd()) {
            return failEnd(tr("the file ends after 'return' without an array"));
        } else {
            return fail(m_pos, tr("expected an array after 'return' but found %1").arg(describe(m_pos)));
        }

        for (; parens > 0; --parens) {
            if (!skipSpace())
                return false;
            if (atEnd())
                return failEnd(tr("the file ends without the ')' after the configuration array"));
            if (peek() != ')')
                return fail(
                    m_pos,
                    tr("expected ')' after the configuration array but found %1").arg(describe(m_pos)));
            ++m_pos;
        }
        if (!skipSpace())
            return false;
        if (peek() == ';') {
            ++m_pos;
        } else if (peek() == '?' && peek(1) == '>') {
            // `?>` ends the statement too
        } else if (atEnd()) {
            return failEnd(tr("the file ends without the ';' after the configuration array"));
        } else {
            return fail(m_pos,
                        tr("expected ';' after the configuration array but found %1").arg(describe(m_pos)));
        }
        if (!skipSpace())
            return false;
        if (atEnd())
            return true;
        if (peek() == '?' && peek(1) == '>') {
            m_pos += 2;
            while (m_pos < m_size && isSpace(peek()))
                ++m_pos;
            if (!atEnd())
                return fail(m_pos, tr("there is text after the closing ?> tag"));
            return true;
        }
        return fail(m_pos, tr("unexpected %1 after the end of the return statement").arg(describe(m_pos)));
    };

    ok = body();
    if (ok) {
        result.ok = true;
        result.value = std::move(value);
        result.syntax = syntax;
    } else {
        result.ok = false;
        result.syntax = syntax;
        result.error = m_error;
        location(m_errorPos, &result.line, &result.column);
    }
    return result;
}

// At the opening '(' or '['. Reads the elements up to and including the closer. startPos is
// where the array begins (the `array` keyword or the '[').
bool Parser::parseArray(char closer, int depth, qsizetype startPos, PhpValue &out)
{
    if (depth > MaxDepth)
        return fail(startPos, tr("the arrays are nested more than %1 levels deep").arg(MaxDepth));
    ++m_pos;
    out = PhpValue::array();
    for (;;) {
        if (!skipSpace())
            return false;
        if (atEnd())
            return failEnd(tr("the file ends in the middle of an array"));
        if (peek() == uchar(closer)) {
            ++m_pos;
            return true;
        }
        const qsizetype keyPos = m_pos;
        PhpValue first;
        if (!parseValue(closer, true, depth, first))
            return false;
        if (!skipSpace())
            return false;
        if (peek() == '=' && peek(1) == '>') {
            m_pos += 2;
            PhpValue v;
            if (!parseValue(closer, false, depth, v))
                return false;
            QString key;
            bool numeric = false;
            if (!keyFor(first, keyPos, &key, &numeric))
                return false;
            out.insert(key, numeric, std::move(v));
            if (!skipSpace())
                return false;
        } else {
            out.append(std::move(first));
        }
        if (atEnd())
            return failEnd(tr("the file ends in the middle of an array"));
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        if (peek() == uchar(closer)) {
            ++m_pos;
            return true;
        }
        return fail(m_pos, tr("expected ',' or '%1' after a value but found %2")
                               .arg(QString(QLatin1Char(closer)), describe(m_pos)));
    }
}

// PHP's rules for array keys: canonical integer strings, bools and floats become integer keys,
// null becomes "". An expression key keeps its source text.
bool Parser::keyFor(const PhpValue &key, qsizetype keyPos, QString *text, bool *numeric)
{
    *numeric = false;
    switch (key.type()) {
    case PhpValue::Type::Null:
        text->clear();
        return true;
    case PhpValue::Type::Bool:
    case PhpValue::Type::Int:
    case PhpValue::Type::Float:
        *text = QString::number(key.toInt());
        *numeric = true;
        return true;
    case PhpValue::Type::String:
    case PhpValue::Type::Dynamic:
        *text = key.toString(); // PhpValue::insert() recognises integer strings
        return true;
    case PhpValue::Type::Array:
        break;
    }
    return fail(keyPos, tr("an array cannot be used as an array key"));
}

// One value (or key) inside an array whose closing bracket is closer. keyPosition: a `=>` may
// follow and ends the value.
bool Parser::parseValue(char closer, bool keyPosition, int depth, PhpValue &out)
{
    if (!skipSpace())
        return false;
    if (atEnd())
        return failEnd(tr("the file ends in the middle of an array"));
    const qsizetype start = m_pos;
    const uchar c = peek();
    if (c == ',' || c == uchar(closer) || (c == '=' && peek(1) == '>') || c == ';')
        return fail(m_pos, tr("expected a value but found %1").arg(describe(m_pos)));

    bool literal = false;
    if (c == '\'') {
        if (!parseSingleQuoted(out))
            return false;
        literal = true;
    } else if (c == '"') {
        bool interpolated = false;
        if (!parseDoubleQuoted(out, &interpolated))
            return false;
        literal = !interpolated;
    } else if (c == '[') {
        if (!parseArray(']', depth + 1, start, out))
            return false;
        literal = true;
    } else if (c == '<' && peek(1) == '<' && peek(2) == '<') {
        bool interpolated = false;
        bool isHeredoc = false;
        if (!parseHeredoc(out, &interpolated, &isHeredoc))
            return false;
        literal = isHeredoc && !interpolated;
    } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
        if (!parseNumber(false, start, out))
            return false;
        literal = true;
    } else if (c == '-' || c == '+') {
        ++m_pos;
        if (!skipSpace())
            return false;
        if (isDigit(peek()) || (peek() == '.' && isDigit(peek(1)))) {
            if (!parseNumber(c == '-', start, out))
                return false;
            literal = true;
        }
    } else if (isIdentStart(c) || (c == '\\' && isIdentStart(peek(1)))) {
        const qsizetype wordStart = c == '\\' ? m_pos + 1 : m_pos;
        const qsizetype wordEnd = identEnd(wordStart);
        if (c != '\\' && matchWord(m_pos, "array")) {
            m_pos = wordEnd;
            if (!skipSpace())
                return false;
            if (peek() == '(') {
                if (!parseArray(')', depth + 1, start, out))
                    return false;
                literal = true;
            } else if (atEnd()) {
                return failEnd(tr("the file ends in the middle of an array"));
            } else {
                return fail(m_pos, tr("expected '(' after 'array' but found %1").arg(describe(m_pos)));
            }
        } else if (at(wordEnd) != '\\') {
            m_pos = wordEnd;
            if (matchWord(wordStart, "true") || matchWord(wordStart, "false")) {
                out = PhpValue::fromBool(matchWord(wordStart, "true"));
                literal = true;
            } else if (matchWord(wordStart, "null")) {
                out = PhpValue();
                literal = true;
            }
        }
    }

    if (literal) {
        if (!skipSpace())
            return false;
        if (!continuesExpression())
            return true;
    }
    return scanDynamic(start, closer, keyPosition, out);
}

// After a literal: does an operator follow, making the value an expression?
bool Parser::continuesExpression()
{
    const uchar c = peek();
    const uchar n = peek(1);
    if (atEnd() || (c == '=' && n == '>') || (c == '?' && n == '>'))
        return false;
    if (c != 0 && std::strchr(".+-*/%?:|&^<>=![(", c) != nullptr)
        return true;
    if (!isIdentStart(c))
        return false;
    return matchWord(m_pos, "and") || matchWord(m_pos, "or") || matchWord(m_pos, "xor") ||
           matchWord(m_pos, "instanceof");
}

bool Parser::parseSingleQuoted(PhpValue &out)
{
    QByteArray buf;
    bool escaped = false;
    qsizetype i = m_pos + 1;
    qsizetype segment = i;
    for (;;) {
        while (i < m_size && m_src[i] != '\'' && m_src[i] != '\\')
            ++i;
        if (i >= m_size)
            return failEnd(tr("the file ends in the middle of a string"));
        if (m_src[i] == '\'')
            break;
        // A backslash escapes only a backslash or a quote.
        const char next = char(at(i + 1));
        if (next == '\\' || next == '\'') {
            buf.append(m_src + segment, i - segment);
            buf.append(next);
            escaped = true;
            i += 2;
            segment = i;
        } else {
            ++i;
        }
    }
    if (escaped) {
        buf.append(m_src + segment, i - segment);
        out = PhpValue::fromString(decode(buf));
    } else {
        out = PhpValue::fromString(decode(m_src + segment, i - segment));
    }
    m_pos = i + 1;
    return true;
}

bool Parser::parseDoubleQuoted(PhpValue &out, bool *interpolated)
{
    qsizetype i = m_pos + 1;
    // Fast path: nothing to unescape or interpolate.
    while (i < m_size && m_src[i] != '"' && m_src[i] != '\\' && m_src[i] != '$' && m_src[i] != '{')
        ++i;
    if (i < m_size && m_src[i] == '"') {
        out = PhpValue::fromString(decode(m_src + m_pos + 1, i - m_pos - 1));
        m_pos = i + 1;
        return true;
    }
    QByteArray buf(m_src + m_pos + 1, i - m_pos - 1);
    for (;;) {
        if (i >= m_size)
            return failEnd(tr("the file ends in the middle of a string"));
        const uchar c = at(i);
        if (c == '"')
            break;
        if ((c == '$' && (isIdentStart(at(i + 1)) || at(i + 1) == '{')) || (c == '{' && at(i + 1) == '$')) {
            *interpolated = true; // the caller reads the whole expression as dynamic
            return true;
        }
        if (c != '\\') {
            buf.append(char(c));
            ++i;
            continue;
        }
        if (i + 1 >= m_size)
            return failEnd(tr("the file ends in the middle of a string"));
        const Escape e = appendEscape(m_src, m_size, i, '"', buf);
        if (e == Escape::BadCodePoint)
            return fail(i, tr("a \\u{…} escape in a string is not a valid Unicode code point"));
        if (e == Escape::Truncated)
            return failEnd(tr("the file ends in the middle of a string"));
    }
    m_pos = i + 1;
    out = PhpValue::fromString(decode(buf));
    return true;
}

// At the first digit (or '.') of a number; start is where the value began, sign included.
bool Parser::parseNumber(bool negative, qsizetype start, PhpValue &out)
{
    const qsizetype numStart = m_pos;

    // Fast path: a plain decimal integer such as 1 or 3306.
    {
        qsizetype i = m_pos;
        while (isDigit(at(i)))
            ++i;
        const uchar after = at(i);
        qint64 v = 0;
        if (i > m_pos && (i - m_pos == 1 || m_src[m_pos] != '0') && after != '.' && !isIdentChar(after) &&
            std::from_chars(m_src + m_pos, m_src + i, v).ec == std::errc()) {
            m_pos = i;
            out = PhpValue::fromInt(negative ? -v : v);
            return true;
        }
    }

    std::string digits; // without underscores or prefix; short ones need no allocation
    int base = 10;
    bool isFloat = false;

    auto readDigits = [&](auto accepts) {
        while (accepts(peek())) {
            digits.push_back(char(peek()));
            ++m_pos;
            if (peek() == '_' && accepts(peek(1)))
                ++m_pos;
        }
    };
    auto decimal = [](uchar ch) { return isDigit(ch); };

    const uchar p1 = peek(1);
    if (peek() == '0' && (p1 == 'x' || p1 == 'X') && isHexDigit(peek(2))) {
        base = 16;
        m_pos += 2;
        readDigits([](uchar ch) { return isHexDigit(ch); });
    } else if (peek() == '0' && (p1 == 'b' || p1 == 'B') && (peek(2) == '0' || peek(2) == '1')) {
        base = 2;
        m_pos += 2;
        readDigits([](uchar ch) { return ch == '0' || ch == '1'; });
    } else if (peek() == '0' && (p1 == 'o' || p1 == 'O') && peek(2) >= '0' && peek(2) <= '7') {
        base = 8;
        m_pos += 2;
        readDigits([](uchar ch) { return ch >= '0' && ch <= '7'; });
    } else {
        readDigits(decimal);
        if (peek() == '.' && (isDigit(peek(1)) || !digits.empty())) {
            isFloat = true;
            digits.push_back('.');
            ++m_pos;
            readDigits(decimal);
        }
        if ((peek() == 'e' || peek() == 'E') &&
            (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            isFloat = true;
            digits.push_back('e');
            ++m_pos;
            if (peek() == '+' || peek() == '-') {
                digits.push_back(char(peek()));
                ++m_pos;
            }
            readDigits(decimal);
        }
        if (!isFloat && digits.size() > 1 && digits.at(0) == '0') {
            base = 8; // legacy octal: 0755
            for (const char ch : std::as_const(digits)) {
                if (ch > '7')
                    return fail(
                        start,
                        tr("'%1' is not a valid number").arg(decode(m_src + numStart, m_pos - numStart)));
            }
        }
    }
    if (isIdentChar(peek())) {
        const qsizetype end = identEnd(m_pos);
        if (end == m_size)
            return failEnd(tr("the file ends in the middle of a number"));
        return fail(start, tr("'%1' is not a valid number").arg(decode(m_src + numStart, end - numStart)));
    }

    const char *b = digits.data();
    const char *e = b + digits.size();
    if (!isFloat) {
        qint64 v = 0;
        const auto r = std::from_chars(b, e, v, base);
        if (r.ec == std::errc() && r.ptr == e) {
            out = PhpValue::fromInt(negative ? -v : v);
            return true;
        }
        // Too large for an integer: PHP makes it a float.
        double d = 0;
        if (base == 10) {
            std::from_chars(b, e, d);
        } else {
            // The same arithmetic, and so the same rounding, as PHP's zend_{hex,oct,bin}_strtod.
            for (const char ch : std::as_const(digits)) {
                if (base == 16)
                    d = d * 16 + hexValue(uchar(ch));
                else
                    d = d * base + uchar(ch) - '0';
            }
        }
        out = PhpValue::fromDouble(negative ? -d : d);
        return true;
    }
    // from_chars wants a digit on both sides of the point: "1." and ".5" become "1.0" and "0.5".
    if (digits.front() == '.')
        digits.insert(0, 1, '0');
    const std::size_t point = digits.find('.');
    if (point != std::string::npos && (point + 1 == digits.size() || !isDigit(uchar(digits[point + 1]))))
        digits.insert(point + 1, 1, '0');
    b = digits.data();
    e = b + digits.size();
    double d = 0;
    const auto r = std::from_chars(b, e, d);
    if (r.ec == std::errc::result_out_of_range) {
        const std::size_t ePos = digits.find('e');
        qint64 exponent = 0;
        if (ePos != std::string::npos) {
            const char *x = b + ePos + 1;
            if (*x == '+')
                ++x;
            if (std::from_chars(x, e, exponent).ec != std::errc())
                exponent = *x == '-' ? -1000000 : 1000000;
            exponent = std::clamp<qint64>(exponent, -1000000, 1000000); // no overflow below
        }
        const std::string mantissa = digits.substr(0, ePos);
        std::size_t intDigits = mantissa.find('.');
        if (intDigits == std::string::npos)
            intDigits = mantissa.size();
        std::size_t lead = 0;
        while (lead < intDigits && mantissa[lead] == '0')
            ++lead;
        d = qint64(intDigits - lead) + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    out = PhpValue::fromDouble(negative ? -d : d);
    return true;
}

// `fn (…) => …` or `static fn …`: its `=>` belongs to the value, never to an array key.
bool Parser::isArrowFunction(qsizetype start) const
{
    if (matchWord(start, "fn"))
        return true;
    if (!matchWord(start, "static"))
        return false;
    qsizetype i = start + 6;
    while (isSpace(at(i)))
        ++i;
    return matchWord(i, "fn");
}

// At an opening quote or backtick: skip to just past the closing one.
bool Parser::skipQuoted()
{
    const char quote = m_src[m_pos];
    qsizetype i = m_pos + 1;
    while (i < m_size && m_src[i] != quote) {
        if (m_src[i] == '\\')
            ++i;
        ++i;
    }
    if (i >= m_size)
        return failEnd(tr("the file ends in the middle of a string"));
    m_pos = i + 1;
    return true;
}

// Where a heredoc or nowdoc lies, as PHP 7.3+ finds it (zend_language_scanner.l): `<<<`, spaces or
// tabs, the label (bare or in double quotes: heredoc; in single quotes: nowdoc), a newline; then the
// body, up to the first line that starts with spaces or tabs and the label followed by a character
// that cannot continue a label.
struct Parser::Heredoc
{
    bool nowdoc = false;
    qsizetype labelStart = 0;
    qsizetype labelLength = 0;
    qsizetype bodyStart = 0; // after the opening line's newline
    qsizetype closeLine = 0; // start of the closing marker's line
    qsizetype marker = 0;    // the closing label itself
    bool mixedIndentation = false;
    bool interpolated = false; // a heredoc with $name, ${ or {$ in it
};

// At `<<<`. False without an error when it does not open a heredoc; false with an error (m_failed)
// when the file ends before the closing marker.
bool Parser::scanHeredoc(qsizetype pos, Heredoc &h)
{
    qsizetype i = pos + 3;
    while (at(i) == ' ' || at(i) == '\t')
        ++i;
    const uchar quote = (at(i) == '\'' || at(i) == '"') ? at(i) : 0;
    if (quote)
        ++i;
    if (!isIdentStart(at(i)))
        return false;
    h.nowdoc = quote == '\'';
    h.labelStart = i;
    i = identEnd(i);
    h.labelLength = i - h.labelStart;
    if (quote) {
        if (at(i) != quote)
            return false;
        ++i;
    }
    if (at(i) == '\r')
        i += at(i + 1) == '\n' ? 2 : 1;
    else if (at(i) == '\n')
        ++i;
    else
        return false;
    h.bodyStart = i;
    for (qsizetype line = i;;) {
        qsizetype j = line;
        bool spaces = false;
        bool tabs = false;
        while (at(j) == ' ' || at(j) == '\t') {
            (at(j) == ' ' ? spaces : tabs) = true;
            ++j;
        }
        if (m_size - j > h.labelLength &&
            std::memcmp(m_src + j, m_src + h.labelStart, std::size_t(h.labelLength)) == 0 &&
            !isIdentChar(at(j + h.labelLength))) {
            h.closeLine = line;
            h.marker = j;
            h.mixedIndentation = spaces && tabs;
            return true;
        }
        while (j < m_size && m_src[j] != '\n' && m_src[j] != '\r') {
            const uchar c = at(j);
            if (!h.nowdoc) {
                if (c == '\\' && j + 1 < m_size && at(j + 1) != '\n' && at(j + 1) != '\r') {
                    j += 2;
                    continue;
                }
                if ((c == '$' && (isIdentStart(at(j + 1)) || at(j + 1) == '{')) ||
                    (c == '{' && at(j + 1) == '$'))
                    h.interpolated = true;
            }
            ++j;
        }
        if (j >= m_size)
            break;
        line = j + (m_src[j] == '\r' && at(j + 1) == '\n' ? 2 : 1);
    }
    return failEnd(tr("the file ends in the middle of a heredoc string: no line closes it with %1")
                       .arg(decode(m_src + h.labelStart, h.labelLength)));
}

// At `<<<`: a heredoc or nowdoc. Skips it if it is one; otherwise steps over the `<<<`.
bool Parser::skipHeredoc()
{
    Heredoc h;
    if (!scanHeredoc(m_pos, h)) {
        if (m_failed)
            return false;
        m_pos += 3;
        return true;
    }
    m_pos = h.marker + h.labelLength;
    return true;
}

// At `<<<`: reads a heredoc or nowdoc string as PHP 7.3+ does. The closing marker's indentation is
// removed from every line of the body (a line indented less is an error, a blank line is not);
// then a heredoc's escapes are those of a double-quoted string except \", a nowdoc has none. A
// heredoc that interpolates is left to the caller (*interpolated), and so is `<<<` that opens
// nothing (*isHeredoc false).
bool Parser::parseHeredoc(PhpValue &out, bool *interpolated, bool *isHeredoc)
{
    Heredoc h;
    *isHeredoc = scanHeredoc(m_pos, h);
    if (!*isHeredoc)
        return !m_failed;
    if (h.interpolated) {
        *interpolated = true;
        return true;
    }
    const qsizetype indentation = h.marker - h.closeLine;
    if (h.mixedIndentation)
        return fail(h.closeLine,
                    tr("the closing marker of a heredoc string is indented with both tabs and spaces"));
    const bool usesTabs = indentation > 0 && at(h.closeLine) == '\t';
    // The body ends before the newline in front of the closing marker's line.
    qsizetype bodyEnd = h.closeLine;
    if (bodyEnd > h.bodyStart)
        bodyEnd -=
            (bodyEnd - 2 >= h.bodyStart && m_src[bodyEnd - 1] == '\n' && m_src[bodyEnd - 2] == '\r') ? 2 : 1;
    QByteArray raw;
    raw.reserve(bodyEnd - h.bodyStart);
    for (qsizetype p = h.bodyStart; p < bodyEnd;) {
        qsizetype lineEnd = p;
        while (lineEnd < bodyEnd && m_src[lineEnd] != '\n' && m_src[lineEnd] != '\r')
            ++lineEnd;
        const qsizetype next = lineEnd >= bodyEnd
                                   ? bodyEnd
                                   : lineEnd + (m_src[lineEnd] == '\r' && at(lineEnd + 1) == '\n' ? 2 : 1);
        for (qsizetype skipped = 0; skipped < indentation && p < lineEnd; ++skipped, ++p) {
            const uchar c = at(p);
            if (c != ' ' && c != '\t')
                return fail(p, tr("a line of the heredoc string is indented less than its closing marker "
                                  "(%n space(s) or tab(s))",
                                  nullptr, int(indentation)));
            if ((c == '\t') != usesTabs)
                return fail(p, tr("the heredoc string is indented with both tabs and spaces"));
        }
        raw.append(m_src + p, next - p);
        p = next;
    }
    QByteArray text;
    if (h.nowdoc) {
        text = raw;
    } else {
        text.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size();) {
            if (raw.at(i) != '\\') {
                text.append(raw.at(i++));
                continue;
            }
            if (appendEscape(raw.constData(), raw.size(), i, 0, text) != Escape::Ok)
                return fail(m_pos,
                            tr("a \\u{…} escape in a heredoc string is not a valid Unicode code point"));
        }
    }
    m_pos = h.marker + h.labelLength;
    out = PhpValue::fromString(decode(text));
    return true;
}

// Words after which a string literal may follow directly inside an expression.
bool takesStringOperand(const char *word, qsizetype length)
{
    static const char *const words[] = {"include", "include_once", "require", "require_once", "print",
                                        "yield",   "throw",        "clone",   "and",          "or",
                                        "xor",     "from",         "new",     "case",         "echo"};
    for (const char *w : words) {
        if (qsizetype(std::strlen(w)) == length && qstrnicmp(word, w, length) == 0)
            return true;
    }
    return false;
}

// A value PHP would have to evaluate. From start, balance brackets, step over strings and
// comments, and stop at the ',' or closing bracket (or `=>` in key position) at depth 0.
bool Parser::scanDynamic(qsizetype start, char closer, bool stopAtArrow, PhpValue &out)
{
    // What the previous token was, to catch a missing comma: `getenv('A')  'b' => 1`.
    enum class Previous { Other, Operand, Word };
    m_pos = start;
    QVarLengthArray<char, 64> stack;
    qsizetype lastEnd = start;
    Previous previous = Previous::Other;
    bool stray = false; // a bracket that closes nothing: the array reports it
    while (!stray) {
        if (!skipSpace())
            return false;
        if (atEnd())
            return failEnd(tr("the file ends in the middle of an array"));
        const uchar c = peek();
        const uchar n = peek(1);
        if (stack.empty()) {
            if (c == ',' || c == uchar(closer) || c == ';' || (c == '?' && n == '>') ||
                (stopAtArrow && c == '=' && n == '>' && !isArrowFunction(start)))
                break;
        }
        Previous next = Previous::Other;
        switch (c) {
        case '\'':
        case '"':
        case '`':
            if (previous != Previous::Other) {
                const char expected = stack.empty() ? closer : stack.back();
                return fail(m_pos, tr("expected ',' or '%1' after a value but found %2")
                                       .arg(QString(QLatin1Char(expected)), describe(m_pos)));
            }
            if (!skipQuoted())
                return false;
            next = Previous::Operand;
            break;
        case '(':
            stack.push_back(')');
            ++m_pos;
            break;
        case '[':
            stack.push_back(']');
            ++m_pos;
            break;
        case '{':
            stack.push_back('}');
            ++m_pos;
            break;
        case ')':
        case ']':
        case '}':
            if (stack.empty()) {
                stray = true;
                continue;
            }
            if (stack.back() != char(c))
                return fail(m_pos, tr("expected '%1' but found %2")
                                       .arg(QString(QLatin1Char(stack.back())), describe(m_pos)));
            stack.pop_back();
            ++m_pos;
            next = Previous::Operand;
            break;
        case '<':
            if (n == '<' && peek(2) == '<') {
                if (!skipHeredoc())
                    return false;
                next = Previous::Operand;
            } else if (n == '=' && peek(2) == '>') {
                m_pos += 3; // <=> is not =>
            } else {
                ++m_pos;
            }
            break;
        default:
            if (isIdentChar(c)) {
                const qsizetype end = identEnd(m_pos);
                if (isDigit(c))
                    next = Previous::Operand;
                else if (!takesStringOperand(m_src + m_pos, end - m_pos))
                    next = Previous::Word;
                m_pos = end;
            } else if (c < 0x20 || c == 0x7F) {
                return fail(m_pos, tr("found %1 in the middle of a value").arg(describe(m_pos)));
            } else {
                ++m_pos;
            }
            break;
        }
        previous = next;
        lastEnd = m_pos;
    }
    if (lastEnd == start)
        return fail(m_pos, tr("expected a value but found %1").arg(describe(m_pos)));
    out = PhpValue::dynamic(decode(m_src + start, lastEnd - start));
    return true;
}

} // namespace

EnvPhpParseResult EnvPhpParser::parse(const QByteArray &source)
{
    return Parser(source).run();
}

} // namespace mua
