#include "core/impact/phpoutline.h"

#include <QByteArrayView>
#include <QHash>

#include <cstring>
#include <optional>
#include <utility>
#include <vector>

namespace mua {

namespace {

// The longest name (namespace, class, import) taken as one: real ones are under 200 characters.
constexpr qsizetype MaxName = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || uchar(c) >= 0x80;
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

QString unrooted(const QString &name)
{
    return name.startsWith(QLatin1Char('\\')) ? name.mid(1) : name;
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Each line trimmed, empty lines dropped, \n between them: VendorDiff::normalise's last step.
QByteArray trimmedLines(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    const char *d = in.constData();
    const qsizetype n = in.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype end = i;
        while (end < n && d[end] != '\n' && d[end] != '\r')
            ++end;
        qsizetype a = i;
        qsizetype b = end;
        while (a < b && isSpace(d[a]))
            ++a;
        while (b > a && isSpace(d[b - 1]))
            --b;
        if (b > a) {
            if (!out.isEmpty())
                out += '\n';
            out.append(d + a, b - a);
        }
        i = end + 1;
    }
    return out;
}

enum class Tok {
    End,
    Name, // an identifier or a qualified name: "Foo", "\Foo\Bar", "namespace\Foo", "Foo\" (a group use)
    Variable,
    String,
    Attribute, // #[ … ] whole
    Semicolon, // ';' or '?>'
    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    DoubleColon,
    Arrow, // -> and ?->
    Amp,
    Comma,
    Colon,
    Other,
};

struct Token
{
    Tok type = Tok::End;
    qsizetype start = 0;
    qsizetype end = 0;
    int line = 0;
};

// PHP's tokens as far as an outline needs them; comments, whitespace and inline HTML are skipped, and the
// comments' places are kept (for a method's code) until the parser lets them go.
class Lexer
{
public:
    explicit Lexer(const QByteArray &in)
        : m_d(in.constData())
        , m_n(in.size())
    {}

    Token next();
    int lineOf(qsizetype pos);
    const char *data() const { return m_d; }
    qsizetype size() const { return m_n; }

    // The comments seen, in order, as [start, end).
    std::vector<std::pair<qsizetype, qsizetype>> comments;

private:
    bool startsWith(qsizetype at, const char *what) const;
    bool startsWithNoCase(qsizetype at, const char *what) const;
    void skipHtml();
    void skipSingleQuoted();
    void skipInterpolated();
    void skipAttribute();
    bool skipHeredoc();
    qsizetype find(qsizetype from, const char *what, std::pair<qsizetype, qsizetype> &memo) const;
    Token make(Tok type, qsizetype start) { return Token{type, start, m_i, lineOf(start)}; }

    const char *m_d;
    qsizetype m_n;
    qsizetype m_i = 0;
    bool m_code = false;
    qsizetype m_linePos = 0;
    int m_line = 1;
    // The last answers of find() for "-->" and "<?", as {from, found}.
    std::pair<qsizetype, qsizetype> m_commentEnd{-1, -1};
    std::pair<qsizetype, qsizetype> m_phpStart{-1, -1};
};

bool Lexer::startsWith(qsizetype at, const char *what) const
{
    const qsizetype len = qsizetype(std::strlen(what));
    return at + len <= m_n && std::memcmp(m_d + at, what, size_t(len)) == 0;
}

bool Lexer::startsWithNoCase(qsizetype at, const char *what) const
{
    const qsizetype len = qsizetype(std::strlen(what));
    if (at + len > m_n)
        return false;
    for (qsizetype k = 0; k < len; ++k) {
        if (lower(m_d[at + k]) != what[k])
            return false;
    }
    return true;
}

// Where `what` first stands at or after `from`, or -1. The searches of one `memo` start at increasing
// places, so that the last answer still holds while `from` has not passed it (and "none after p" holds
// for every later place): no byte is searched twice, however many `<!--` ask.
qsizetype Lexer::find(qsizetype from, const char *what, std::pair<qsizetype, qsizetype> &memo) const
{
    if (memo.first >= 0 && from >= memo.first && (memo.second < 0 || from <= memo.second))
        return memo.second;
    const qsizetype at = QByteArrayView(m_d + from, m_n - from).indexOf(QByteArrayView(what));
    memo = {from, at < 0 ? -1 : from + at};
    return memo.second;
}

// 1-based; positions are asked in increasing order, so the newlines are counted once.
int Lexer::lineOf(qsizetype pos)
{
    pos = qMin(pos, m_n);
    while (m_linePos < pos) {
        const void *nl = std::memchr(m_d + m_linePos, '\n', size_t(pos - m_linePos));
        if (!nl) {
            m_linePos = pos;
            break;
        }
        ++m_line;
        m_linePos = static_cast<const char *>(nl) - m_d + 1;
    }
    return m_line;
}

// HTML until "<?php" or "<?="; its <!-- --> are comments (as VendorDiff::normalise takes them out).
void Lexer::skipHtml()
{
    while (m_i < m_n) {
        const void *lt = std::memchr(m_d + m_i, '<', size_t(m_n - m_i));
        if (!lt) {
            m_i = m_n;
            return;
        }
        const qsizetype k = static_cast<const char *>(lt) - m_d;
        if (startsWithNoCase(k, "<?php") && (k + 5 == m_n || isSpace(m_d[k + 5]))) {
            m_i = k + 5;
            m_code = true;
            return;
        }
        if (startsWith(k, "<?=")) {
            m_i = k + 3;
            m_code = true;
            return;
        }
        if (startsWith(k, "<!--")) {
            const qsizetype close = find(k + 4, "-->", m_commentEnd);
            const qsizetype end = close < 0 ? m_n : close + 3;
            // PHP still runs code in an HTML comment: such a comment is left to the PHP it holds.
            const qsizetype php = find(k, "<?", m_phpStart);
            if (php < 0 || php + 2 > end) {
                comments.emplace_back(k, end);
                m_i = end;
                continue;
            }
        }
        m_i = k + 1;
    }
}

void Lexer::skipSingleQuoted()
{
    for (++m_i; m_i < m_n; ++m_i) {
        if (m_d[m_i] == '\\')
            ++m_i;
        else if (m_d[m_i] == '\'')
            break;
    }
    m_i = qMin(m_i + 1, m_n);
}

// A "…" or `…` string, with the code of its {$…} and ${…} parts (which may hold strings and braces of
// their own). An explicit stack, so that no input nests deep enough to exhaust the call stack.
void Lexer::skipInterpolated()
{
    std::vector<char> stack{m_d[m_i]}; // a quote: in a string; '{': in code
    ++m_i;
    while (m_i < m_n && !stack.empty()) {
        const char c = m_d[m_i];
        const char next = m_i + 1 < m_n ? m_d[m_i + 1] : '\0';
        if (stack.back() != '{') {
            if (c == '\\') {
                m_i += 2;
                continue;
            }
            if (c == stack.back())
                stack.pop_back();
            else if ((c == '{' && next == '$') || (c == '$' && next == '{')) {
                stack.push_back('{');
                if (c == '$')
                    ++m_i;
            }
            ++m_i;
            continue;
        }
        if (c == '{')
            stack.push_back('{');
        else if (c == '}')
            stack.pop_back();
        else if (c == '"' || c == '`')
            stack.push_back(c);
        else if (c == '\'') {
            skipSingleQuoted();
            continue;
        }
        ++m_i;
    }
    m_i = qMin(m_i, m_n);
}

void Lexer::skipAttribute()
{
    int depth = 0;
    while (m_i < m_n) {
        const char c = m_d[m_i];
        if (c == '\'') {
            skipSingleQuoted();
            continue;
        }
        if (c == '"') {
            skipInterpolated();
            continue;
        }
        ++m_i;
        if (c == '[')
            ++depth;
        else if (c == ']' && --depth == 0)
            return;
    }
}

// At "<<<": a heredoc or nowdoc, to its closing label (which PHP 7.3 lets be indented).
bool Lexer::skipHeredoc()
{
    qsizetype j = m_i + 3;
    while (j < m_n && (m_d[j] == ' ' || m_d[j] == '\t'))
        ++j;
    const char quote = j < m_n && (m_d[j] == '\'' || m_d[j] == '"') ? m_d[j] : '\0';
    if (quote)
        ++j;
    const qsizetype label = j;
    if (j >= m_n || !isIdentStart(m_d[j]))
        return false;
    while (j < m_n && isIdentChar(m_d[j]))
        ++j;
    const qsizetype labelSize = j - label;
    if (quote) {
        if (j >= m_n || m_d[j] != quote)
            return false;
        ++j;
    }
    if (j < m_n && m_d[j] == '\r')
        ++j;
    if (j >= m_n || m_d[j] != '\n')
        return false;
    qsizetype line = j + 1;
    while (line < m_n) {
        qsizetype k = line;
        while (k < m_n && (m_d[k] == ' ' || m_d[k] == '\t'))
            ++k;
        if (k + labelSize <= m_n && std::memcmp(m_d + k, m_d + label, size_t(labelSize)) == 0 &&
            (k + labelSize == m_n || !isIdentChar(m_d[k + labelSize]))) {
            m_i = k + labelSize;
            return true;
        }
        const void *nl = std::memchr(m_d + k, '\n', size_t(m_n - k));
        line = nl ? static_cast<const char *>(nl) - m_d + 1 : m_n;
    }
    m_i = m_n;
    return true;
}

Token Lexer::next()
{
    for (;;) {
        if (!m_code)
            skipHtml();
        while (m_i < m_n && isSpace(m_d[m_i]))
            ++m_i;
        if (m_i >= m_n)
            return Token{Tok::End, m_n, m_n, lineOf(m_n)};
        if (!m_code)
            continue;
        const qsizetype start = m_i;
        const char c = m_d[m_i];
        const char next = m_i + 1 < m_n ? m_d[m_i + 1] : '\0';
        if (c == '?' && next == '>') {
            m_i += 2;
            m_code = false;
            return make(Tok::Semicolon, start);
        }
        if (c == '#' && next == '[') {
            skipAttribute();
            return make(Tok::Attribute, start);
        }
        if (c == '#' || (c == '/' && next == '/')) {
            while (m_i < m_n && m_d[m_i] != '\n' && !startsWith(m_i, "?>"))
                ++m_i;
            comments.emplace_back(start, m_i);
            continue;
        }
        if (c == '/' && next == '*') {
            const qsizetype close =
                QByteArrayView(m_d + m_i + 2, m_n - m_i - 2).indexOf(QByteArrayView("*/"));
            m_i = close < 0 ? m_n : m_i + 2 + close + 2;
            comments.emplace_back(start, m_i);
            continue;
        }
        if (c == '\'') {
            skipSingleQuoted();
            return make(Tok::String, start);
        }
        if (c == '"' || c == '`') {
            skipInterpolated();
            return make(Tok::String, start);
        }
        if (c == '<' && startsWith(m_i, "<<<") && skipHeredoc())
            return make(Tok::String, start);
        if (c == '$' && isIdentStart(next)) {
            for (++m_i; m_i < m_n && isIdentChar(m_d[m_i]);)
                ++m_i;
            return make(Tok::Variable, start);
        }
        if (isIdentStart(c) || c == '\\') {
            while (m_i < m_n && (isIdentChar(m_d[m_i]) || m_d[m_i] == '\\'))
                ++m_i;
            return make(Tok::Name, start);
        }
        if (c >= '0' && c <= '9') {
            while (m_i < m_n && isIdentChar(m_d[m_i]))
                ++m_i;
            return make(Tok::Other, start);
        }
        if (c == ':' && next == ':') {
            m_i += 2;
            return make(Tok::DoubleColon, start);
        }
        if (c == '-' && next == '>') {
            m_i += 2;
            return make(Tok::Arrow, start);
        }
        if (c == '?' && next == '-' && startsWith(m_i, "?->")) {
            m_i += 3;
            return make(Tok::Arrow, start);
        }
        ++m_i;
        switch (c) {
        case ';':
            return make(Tok::Semicolon, start);
        case '{':
            return make(Tok::OpenBrace, start);
        case '}':
            return make(Tok::CloseBrace, start);
        case '(':
            return make(Tok::OpenParen, start);
        case ')':
            return make(Tok::CloseParen, start);
        case '&':
            return make(Tok::Amp, start);
        case ',':
            return make(Tok::Comma, start);
        case ':':
            return make(Tok::Colon, start);
        default:
            return make(Tok::Other, start);
        }
    }
}

class Parser
{
public:
    explicit Parser(const QByteArray &source)
        : m_lex(source)
    {}
    QList<PhpClass> run();

private:
    // What an opening brace began. Plain blocks are counted on the frame they are in, so that no input
    // makes the stack deep.
    struct Frame
    {
        enum class Kind { File, Namespace, Class, Method } kind = Kind::File;
        qsizetype cls = -1;
        qsizetype method = -1;
        qsizetype start = 0;
        qsizetype blocks = 0;
    };

    Token next();
    void unget(const Token &t) { m_back.push_back(t); }
    QByteArrayView text(const Token &t) const
    {
        return QByteArrayView(m_lex.data() + t.start, t.end - t.start);
    }
    QString string(const Token &t) const { return QString::fromUtf8(text(t)); }
    bool is(const Token &t, const char *keyword) const;
    bool isModifier(const Token &t) const;
    QString resolve(QString name) const;
    QString qualify(const QString &name) const;
    QByteArray codeOf(qsizetype from, qsizetype to) const;
    void forgetCommentsBefore(qsizetype pos);

    void closeBrace(const Token &t);
    void namespaceDeclaration();
    void useDeclaration();
    void classDeclaration(const QString &kind, const Token &first);
    void methodDeclaration(const Token &first);
    void finishOpen();

    Lexer m_lex;
    std::vector<Token> m_back;
    std::vector<Frame> m_frames{Frame{}};
    int m_inMethod = 0;
    int m_inClass = 0;
    QString m_namespace;
    bool m_badNamespace = false;    // the namespace's name was longer than MaxName
    QHash<QString, QString> m_uses; // lower-case alias → fully qualified name
    QList<PhpClass> m_classes;
    Token m_last; // the last token read, for where an unfinished file ends
};

Token Parser::next()
{
    if (!m_back.empty()) {
        const Token t = m_back.back();
        m_back.pop_back();
        return t;
    }
    const Token t = m_lex.next();
    if (t.type != Tok::End)
        m_last = t;
    return t;
}

bool Parser::is(const Token &t, const char *keyword) const
{
    if (t.type != Tok::Name)
        return false;
    const QByteArrayView word = text(t);
    const qsizetype len = qsizetype(std::strlen(keyword));
    if (word.size() != len)
        return false;
    for (qsizetype k = 0; k < len; ++k) {
        if (lower(word.at(k)) != keyword[k])
            return false;
    }
    return true;
}

bool Parser::isModifier(const Token &t) const
{
    if (t.type == Tok::Attribute)
        return true;
    for (const char *m :
         {"public", "protected", "private", "static", "abstract", "final", "readonly", "var"}) {
        if (is(t, m))
            return true;
    }
    return false;
}

// A class name as the file writes it, made fully qualified by its namespace and `use` imports.
QString Parser::resolve(QString name) const
{
    if (name.startsWith(QLatin1Char('\\')))
        return name.mid(1);
    if (name.startsWith(QLatin1String("namespace\\"), Qt::CaseInsensitive))
        return qualify(name.mid(10));
    const qsizetype slash = name.indexOf(QLatin1Char('\\'));
    const QString first = slash < 0 ? name : name.left(slash);
    const auto imported = m_uses.constFind(first.toLower());
    if (imported != m_uses.constEnd())
        return *imported + (slash < 0 ? QString() : name.mid(slash));
    return qualify(name);
}

QString Parser::qualify(const QString &name) const
{
    return m_namespace.isEmpty() ? name : m_namespace + QLatin1Char('\\') + name;
}

// The source from `from` to `to` without its comments, its lines trimmed and the empty ones dropped.
QByteArray Parser::codeOf(qsizetype from, qsizetype to) const
{
    QByteArray raw;
    raw.reserve(to - from);
    qsizetype at = from;
    for (const auto &[start, end] : m_lex.comments) {
        if (start < at || end > to)
            continue;
        raw.append(m_lex.data() + at, start - at);
        at = end;
    }
    raw.append(m_lex.data() + at, to - at);
    return trimmedLines(raw);
}

void Parser::forgetCommentsBefore(qsizetype pos)
{
    auto &comments = m_lex.comments;
    if (!comments.empty() && comments.back().second <= pos)
        comments.clear();
}

QList<PhpClass> Parser::run()
{
    std::optional<Token> declaration; // the first modifier or attribute of what may be a declaration
    Token previous;                   // the last token that is not a modifier or an attribute
    for (;;) {
        const Token t = next();
        if (t.type == Tok::End)
            break;
        if (m_inMethod == 0 && !declaration)
            forgetCommentsBefore(t.start);
        if (t.type == Tok::OpenBrace || t.type == Tok::CloseBrace) {
            if (t.type == Tok::OpenBrace)
                ++m_frames.back().blocks;
            else
                closeBrace(t);
            declaration.reset();
            previous = t;
            continue;
        }
        if (m_inMethod > 0)
            continue;
        const bool inClassBody = m_frames.back().kind == Frame::Kind::Class && m_frames.back().blocks == 0;
        if (!inClassBody && m_inClass > 0) // a property hook or a trait adaptation: nothing declared in it
            continue;
        if (isModifier(t)) {
            if (!declaration)
                declaration = t;
            continue;
        }
        const Token first = declaration.value_or(t);
        declaration.reset();
        const Token before = previous;
        previous = t;
        if (inClassBody) {
            if (is(t, "function"))
                methodDeclaration(first);
            continue;
        }
        if (is(t, "namespace")) {
            namespaceDeclaration();
        } else if (is(t, "use")) {
            useDeclaration();
        } else if (is(t, "__halt_compiler")) {
            break;
        } else if (before.type != Tok::DoubleColon && before.type != Tok::Arrow && !is(before, "new")) {
            // Not Foo::class, $x->class, nor an anonymous class.
            for (const char *kind : {"class", "interface", "trait", "enum"}) {
                if (is(t, kind)) {
                    classDeclaration(QLatin1String(kind), first);
                    break;
                }
            }
        }
    }
    finishOpen();
    m_classes.removeIf([](const PhpClass &c) { return c.name.isEmpty(); });
    return m_classes;
}

void Parser::closeBrace(const Token &t)
{
    Frame &top = m_frames.back();
    if (top.blocks > 0) {
        --top.blocks;
        return;
    }
    if (top.kind == Frame::Kind::File) // a brace that closes nothing
        return;
    switch (top.kind) {
    case Frame::Kind::Method: {
        PhpMethod &method = m_classes[top.cls].methods[top.method];
        method.lastLine = t.line;
        method.code = codeOf(top.start, t.end);
        --m_inMethod;
        break;
    }
    case Frame::Kind::Class:
        m_classes[top.cls].lastLine = t.line;
        --m_inClass;
        break;
    case Frame::Kind::Namespace:
        m_namespace.clear();
        m_uses.clear();
        break;
    case Frame::Kind::File:
        break;
    }
    m_frames.pop_back();
}

// `namespace Foo\Bar;`, `namespace Foo\Bar {` or `namespace {`.
void Parser::namespaceDeclaration()
{
    Token t = next();
    if (t.type == Tok::Name) {
        m_namespace = unrooted(string(t));
        m_badNamespace = m_namespace.size() > MaxName;
        if (m_badNamespace)
            m_namespace.clear();
        m_uses.clear();
        t = next();
    } else if (t.type == Tok::OpenBrace) {
        m_namespace.clear();
        m_uses.clear();
    }
    if (t.type == Tok::OpenBrace)
        m_frames.push_back(Frame{Frame::Kind::Namespace});
    else if (t.type != Tok::Semicolon)
        unget(t);
}

// `use A\B;`, `use A\B as C, D;`, `use A\{B, C as D};`; `use function`/`use const` import no class.
void Parser::useDeclaration()
{
    Token t = next();
    if (t.type != Tok::Name) { // a closure's `use (`
        unget(t);
        return;
    }
    bool classes = true;
    if (is(t, "function") || is(t, "const")) {
        classes = false;
        t = next();
    }
    // One import: `name [as alias]`, then the token after it.
    const auto import = [this](const QString &name, bool isClass) {
        Token after = next();
        QString alias = name.section(QLatin1Char('\\'), -1);
        if (is(after, "as")) {
            const Token aliasToken = next();
            if (aliasToken.type == Tok::Name)
                alias = string(aliasToken);
            else
                unget(aliasToken);
            after = next();
        }
        if (isClass && !alias.isEmpty() && name.size() <= MaxName)
            m_uses.insert(alias.toLower(), name);
        return after;
    };
    while (t.type == Tok::Name) {
        const QString name = unrooted(string(t));
        Token after;
        if (name.endsWith(QLatin1Char('\\'))) {
            after = next();
            if (after.type != Tok::OpenBrace) {
                t = after;
                break;
            }
            for (after = next(); after.type == Tok::Name; after = next()) {
                bool isClass = classes;
                if (is(after, "function") || is(after, "const")) {
                    isClass = false;
                    after = next();
                    if (after.type != Tok::Name)
                        break;
                }
                after = import(name + unrooted(string(after)), isClass);
                if (after.type != Tok::Comma)
                    break;
            }
            if (after.type != Tok::CloseBrace) {
                t = after;
                break;
            }
            after = next();
        } else {
            after = import(name, classes);
        }
        if (after.type != Tok::Comma) {
            t = after;
            break;
        }
        t = next();
    }
    if (t.type != Tok::Semicolon)
        unget(t);
}

// After `class`, `interface`, `trait` or `enum`: its name, what it extends and its opening brace. A header
// that does not reach its brace is not PHP (or is `enum` as a name of old code): what it read is let go,
// but for the token that ended it, which may begin a declaration of its own. So every token is read at
// most twice, whatever the file holds (giving all back would read `class class class …` once a token).
void Parser::classDeclaration(const QString &kind, const Token &first)
{
    // A word that begins a declaration, never a name in a header (`enum` is: `extends Enum`).
    const auto beginsDeclaration = [this](const Token &t) {
        for (const char *keyword : {"class", "interface", "trait", "namespace", "use", "abstract", "final",
                                    "readonly", "__halt_compiler"}) {
            if (is(t, keyword))
                return true;
        }
        return false;
    };
    const Token name = next();
    if (name.type != Tok::Name || is(name, "extends") || is(name, "implements") || beginsDeclaration(name)) {
        unget(name);
        return;
    }
    QString parent;
    bool wantParent = false;
    for (bool afterName = true;; afterName = false) {
        const Token t = next();
        if (t.type == Tok::OpenBrace)
            break;
        if (t.type == Tok::Colon && kind == QLatin1String("enum") && afterName)
            continue;
        if ((t.type != Tok::Name && t.type != Tok::Comma) || beginsDeclaration(t)) {
            unget(t);
            return;
        }
        if (is(t, "extends")) {
            wantParent = parent.isEmpty();
        } else if (is(t, "implements")) {
            wantParent = false;
        } else if (wantParent && t.type == Tok::Name) {
            parent = resolve(string(t));
            wantParent = false;
        }
    }
    // A name longer than any real one (a hostile file) is not a class: every class of a namespace
    // would carry it, and the outline would outgrow the file.
    // It is read on as a class, so that its braces and methods are counted, and left out at the end.
    const bool tooLong = m_badNamespace || string(name).size() > MaxName;
    PhpClass c;
    c.name = tooLong ? QString() : qualify(string(name));
    c.kind = kind;
    c.parent = parent.size() > MaxName ? QString() : parent;
    c.firstLine = first.line;
    m_classes.append(c);
    m_frames.push_back(Frame{Frame::Kind::Class, m_classes.size() - 1});
    ++m_inClass;
}

// After `function` in a class body: its name, its signature, and `;` or its body's brace.
void Parser::methodDeclaration(const Token &first)
{
    Token t = next();
    if (t.type == Tok::Amp)
        t = next();
    if (t.type != Tok::Name) {
        unget(t);
        return;
    }
    PhpMethod method;
    method.name = string(t);
    method.firstLine = first.line;
    PhpClass &cls = m_classes[m_frames.back().cls];
    const auto openBody = [&] {
        cls.methods.append(method);
        m_frames.push_back(
            Frame{Frame::Kind::Method, m_frames.back().cls, cls.methods.size() - 1, first.start});
        ++m_inMethod;
    };
    int parens = 0;
    int braces = 0; // in the parameters: property hooks of promoted properties
    for (;;) {
        t = next();
        switch (t.type) {
        case Tok::End: // the file ends in the signature: the method holds what there is
            openBody();
            return;
        case Tok::OpenParen:
            ++parens;
            break;
        case Tok::CloseParen:
            parens = qMax(0, parens - 1);
            break;
        case Tok::OpenBrace:
            if (parens > 0) {
                ++braces;
                break;
            }
            openBody();
            return;
        case Tok::CloseBrace:
            if (parens > 0 && braces > 0) {
                --braces;
                break;
            }
            unget(t); // not PHP: the class's brace
            return;
        case Tok::Semicolon:
            if (parens > 0)
                break;
            method.lastLine = t.line;
            method.code = codeOf(first.start, t.end);
            cls.methods.append(method);
            return;
        default:
            break;
        }
    }
}

// A file that ends before its braces close: what was read, up to its last token.
void Parser::finishOpen()
{
    const qsizetype end = m_last.end;
    const QByteArrayView last(m_lex.data() + m_last.start, qMax(qsizetype(0), end - 1 - m_last.start));
    const int line = m_last.line + int(last.count('\n'));
    for (auto frame = m_frames.rbegin(); frame != m_frames.rend(); ++frame) {
        if (frame->kind == Frame::Kind::Method) {
            PhpMethod &method = m_classes[frame->cls].methods[frame->method];
            method.lastLine = line;
            method.code = codeOf(frame->start, qMax(frame->start, end));
        } else if (frame->kind == Frame::Kind::Class) {
            m_classes[frame->cls].lastLine = line;
        }
    }
}

} // namespace

QList<PhpClass> PhpOutline::read(const QByteArray &source)
{
    return Parser(source).run();
}

} // namespace mua
