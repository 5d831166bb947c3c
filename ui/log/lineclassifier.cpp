#include "ui/log/lineclassifier.h"

#include <QLatin1String>

#include <array>

namespace mua {

namespace {

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (c != u' ')
            return false;
    }
    return true;
}

constexpr char16_t lower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

// Whether text starts with an ASCII prefix, ignoring case. Inline, and most lines differ at the first or
// second character: this runs for every line of a flood.
template <size_t N> inline bool starts(QStringView text, const char (&prefix)[N])
{
    constexpr qsizetype length = qsizetype(N) - 1;
    if (text.size() < length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if (lower(text[i].unicode()) != lower(char16_t(prefix[i])))
            return false;
    }
    return true;
}

// The same, case counting.
template <size_t N> inline bool startsExactly(QStringView text, const char (&prefix)[N])
{
    constexpr qsizetype length = qsizetype(N) - 1;
    if (text.size() < length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if (text[i].unicode() != char16_t(prefix[i]))
            return false;
    }
    return true;
}

constexpr std::array<bool, 128> NameCharacters = [] {
    std::array<bool, 128> table{};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                   c == u'_' || c == u'\\';
    return table;
}();

inline bool isNameCharacter(QChar c)
{
    return c.unicode() < 128 && NameCharacters[c.unicode()];
}

// A PHP class name that says what it is: "RuntimeException", "TypeError", "Error",
// "Magento\Framework\Exception\LocalizedException".
bool isThrowableName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!isNameCharacter(c))
            return false;
    }
    return name.endsWith(QLatin1String("Exception")) || name.endsWith(QLatin1String("Error"));
}

// Symfony Console's header over an exception's message (Symfony 3.3 and later): "In State.php line 152:".
bool isBlockHeader(QStringView text)
{
    return startsExactly(text, "In ") && text.endsWith(u':') && text.contains(QLatin1String(" line "));
}

// The title of the same block before Symfony 3.3 (Magento 2.0–2.2), and with -v: "[RuntimeException]",
// "[Magento\Framework\Exception\LocalizedException (0)]". trimmed: without surrounding spaces.
bool isBlockTitle(QStringView trimmed)
{
    if (trimmed.size() < 3 || trimmed.front() != u'[' || trimmed.back() != u']')
        return false;
    QStringView name = trimmed.mid(1, trimmed.size() - 2);
    const qsizetype code = name.indexOf(QLatin1String(" ("));
    if (code >= 0)
        name = name.left(code);
    return isThrowableName(name);
}

// "Problem 1": Composer's numbered reasons why requirements cannot be met.
bool isComposerProblem(QStringView trimmed)
{
    if (!startsExactly(trimmed, "Problem ") || trimmed.size() == 8)
        return false;
    for (const QChar c : trimmed.mid(8)) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// The meaning of one line by its words. t: without leading spaces. *title: the line is the title of
// Symfony's error block; *styledBlock: it begins a "[ERROR]"-style block.
LineMeaning byWords(QStringView t, bool *title, bool *styledBlock)
{
    if (t.isEmpty())
        return LineMeaning::Plain;
    switch (t.front().unicode()) {
    case u'[':
        if (startsExactly(t, "[ERROR]")) {
            *styledBlock = true;
            return LineMeaning::Error;
        }
        if (startsExactly(t, "[WARNING]") || startsExactly(t, "[CAUTION]")) {
            *styledBlock = true;
            return LineMeaning::Warning;
        }
        *title = isBlockTitle(t.trimmed());
        return *title ? LineMeaning::Error : LineMeaning::Plain;
    case u'!': // SymfonyStyle's caution: " ! [CAUTION] …"
        if (startsExactly(t, "! [CAUTION]")) {
            *styledBlock = true;
            return LineMeaning::Warning;
        }
        return LineMeaning::Plain;
    case u'P':
    case u'p':
        if (starts(t, "PHP ")) // "PHP Fatal error:  …", "PHP Warning:  …"
            return byWords(t.mid(4), title, styledBlock);
        if (starts(t, "Parse error:"))
            return LineMeaning::Error;
        if (isComposerProblem(t.trimmed()))
            return LineMeaning::Error;
        if (startsExactly(t, "Package ") &&
            t.contains(QLatin1String(" is abandoned, you should avoid using it")))
            return LineMeaning::Warning;
        break;
    case u'F':
    case u'f':
        if (starts(t, "Fatal error:") || starts(t, "fatal:"))
            return LineMeaning::Error;
        break;
    case u'C':
    case u'c':
        if (starts(t, "Catchable fatal error:"))
            return LineMeaning::Error;
        break;
    case u'R':
    case u'r':
        if (starts(t, "Recoverable fatal error:"))
            return LineMeaning::Error;
        break;
    case u'E':
    case u'e':
        if (starts(t, "Error:") || startsExactly(t, "Exception #"))
            return LineMeaning::Error;
        break;
    case u'W':
    case u'w':
        if (starts(t, "Warning:"))
            return LineMeaning::Warning;
        break;
    case u'D':
    case u'd':
        if (starts(t, "Deprecated:") || starts(t, "Deprecation Notice:") || starts(t, "Deprecation warning:"))
            return LineMeaning::Warning;
        break;
    case u'N':
    case u'n':
        if (starts(t, "Notice:"))
            return LineMeaning::Warning;
        break;
    case u'S':
    case u's':
        if (startsExactly(t, "SQLSTATE["))
            return LineMeaning::Error;
        if (starts(t, "Strict Standards:"))
            return LineMeaning::Warning;
        break;
    case u'T':
        if (startsExactly(t, "There are no commands defined in the "))
            return LineMeaning::Error;
        break;
    case u'Y':
        if (startsExactly(t, "Your requirements could not be resolved"))
            return LineMeaning::Error;
        break;
    default:
        break;
    }
    // "InvalidArgumentException: …", "TypeError: …", "Magento\Framework\Exception\LocalizedException: …"
    const char16_t first = t.front().unicode();
    if (!((first >= u'A' && first <= u'Z') || first == u'\\'))
        return LineMeaning::Plain;
    qsizetype end = 1;
    while (end < t.size() && isNameCharacter(t[end]))
        ++end;
    if (end < t.size() && t[end] == u':' && isThrowableName(t.left(end)))
        return LineMeaning::Error;
    return LineMeaning::Plain;
}

} // namespace

void LineClassifier::reset()
{
    m_states[0] = m_states[1] = State();
}

LineMeaning LineClassifier::classify(QStringView text, LogStream stream)
{
    switch (stream) {
    case LogStream::Stdout:
        return classifyAlone(text, m_states[0]);
    case LogStream::Stderr:
        return classifyAlone(text, m_states[1]);
    default:
        reset(); // our own line: the command before it has ended, or another begins
        return LineMeaning::Plain;
    }
}

LineMeaning LineClassifier::classifyAlone(QStringView text, State &state) const
{
    const bool blank = isBlank(text);
    const bool indented = startsExactly(text, "  ");
    switch (state.block) {
    case Block::Header: // the message follows the header after blank (padded) lines
        if (blank)
            return LineMeaning::Plain;
        if (indented) {
            state.block = Block::Message;
            return LineMeaning::Error;
        }
        break;
    case Block::Padding: // Symfony pads the block with spaces: its lines all start with two of them
        if (!blank && indented && text.endsWith(QLatin1String("  "))) {
            state.block = Block::Message;
            return LineMeaning::Error;
        }
        break;
    case Block::Message:
        if (blank) {
            state = State();
            return LineMeaning::Plain;
        }
        if (indented)
            return LineMeaning::Error;
        break;
    case Block::Styled: // "[ERROR] first line" then "        second line"
        if (!blank && startsExactly(text, "        "))
            return state.meaning;
        break;
    case Block::None:
        break;
    }
    state = State();
    if (blank) {
        if (text.size() >= 4)
            state.block = Block::Padding;
        return LineMeaning::Plain;
    }
    if (isBlockHeader(text)) {
        state.block = Block::Header;
        return LineMeaning::Error;
    }
    qsizetype lead = 0;
    while (lead < text.size() && text[lead] == u' ')
        ++lead;
    bool title = false;
    bool styled = false;
    const LineMeaning meaning = byWords(text.mid(lead), &title, &styled);
    if (title)
        state.block = Block::Message;
    if (styled) {
        state.block = Block::Styled;
        state.meaning = meaning;
    }
    return meaning;
}

} // namespace mua
