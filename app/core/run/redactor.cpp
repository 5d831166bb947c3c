#include "core/run/redactor.h"

#include <algorithm>

namespace mua {

namespace {

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k == QLatin1String("key") ||
           k.endsWith(QLatin1String("_key")) || k.contains(QLatin1String("secret")) ||
           k.contains(QLatin1String("token")) || k == QLatin1String("pass");
}

// A key that names a secret, at the start of a word or after a prefix such as db_, MYSQL_, --,
// admin- or redis. (db_password, MYSQL_PWD, --password, "password", 'password').
const QString SecretKey = QStringLiteral("(?<![A-Za-z0-9])(?:[A-Za-z0-9_.-]*[_.-])?"
                                         "(?:pass(?:word|wd|phrase)?|pwd|secret|token|(?:api|access|auth|"
                                         "crypt|private)?[_-]?key|auth(?:orization)?)"
                                         "[\"']?");
// Where an unquoted value ends.
const QString ValueEnd = QStringLiteral("(?=$|[\\s,;&)\\]}'\"<>]|\\.(?:\\s|$))");

// The places where text holds a value rather than prose, each capturing the secret as "s".
QList<QRegularExpression> valuePositions(const QString &secret)
{
    const QString s = QStringLiteral("(?<s>%1)").arg(QRegularExpression::escape(secret));
    const auto i = QRegularExpression::CaseInsensitiveOption;
    return {
        // password='…', "password": "…", 'password' => '…', PASSWORD="…"
        QRegularExpression(
            SecretKey + QStringLiteral("\\s*(?:=>|=|:)\\s*([\"'])") + s + QStringLiteral("\\1"), i),
        // password=…, --password=…, MYSQL_PWD=…, password: …
        QRegularExpression(SecretKey + QStringLiteral("\\s*(?:=>|=|:)\\s*") + s + ValueEnd, i),
        // --password …, "using password …"
        QRegularExpression(QStringLiteral("(?<![A-Za-z])pass(?:word)?\\s+") + s + ValueEnd, i),
        // mysql -p…
        QRegularExpression(QStringLiteral("(?<![^\\s])-p") + s + QStringLiteral("(?=$|\\s)")),
        // scheme://user:…@host
        QRegularExpression(QStringLiteral("://[^\\s/@:]*:") + s + QStringLiteral("@")),
        // IDENTIFIED BY '…'
        QRegularExpression(QStringLiteral("IDENTIFIED\\s+BY\\s+([\"'])") + s + QStringLiteral("\\1"), i),
    };
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

void occurrences(const QString &text, const QString &needle, QList<Span> &out)
{
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size()))
        out.append({at, at + needle.size()});
}

} // namespace

Redactor::Redactor()
    : m_protected{QStringLiteral("magento-upgrade-assistant"), QStringLiteral("bin/magento")}
{}

Redactor::Redactor(const PhpValue &env)
    : Redactor()
{
    collect(env, QString());
}

void Redactor::collect(const PhpValue &value, const QString &key)
{
    if (value.isArray()) {
        // crypt.key holds one or more keys separated by newlines; every child of "crypt" is secret.
        const bool secretParent = isSecretKey(key) || key == QLatin1String("crypt");
        for (const auto &e : value.entries()) {
            if (secretParent && !e.value.isArray()) {
                for (const QString &part : e.value.toString().split(QLatin1Char('\n')))
                    addSecret(part.trimmed());
            } else {
                collect(e.value, e.key);
            }
        }
        return;
    }
    if (isSecretKey(key) && !value.isDynamic())
        addSecret(value.toString());
}

bool Redactor::maskedAnywhere(const QString &secret)
{
    if (secret.size() >= 16)
        return true;
    int lower = 0, upper = 0, digit = 0, other = 0;
    for (const QChar c : secret) {
        if (c.isLower())
            lower = 1;
        else if (c.isUpper())
            upper = 1;
        else if (c.isDigit())
            digit = 1;
        else
            other = 1;
    }
    return secret.size() >= 10 && lower + upper + digit + other >= 3;
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.isEmpty() || m_anywhere.contains(secret))
        return;
    auto longestFirst = [](const auto &a, const auto &b) { return a.size() > b.size(); };
    if (maskedAnywhere(secret)) {
        m_anywhere << secret;
        std::sort(m_anywhere.begin(), m_anywhere.end(), longestFirst);
        return;
    }
    for (const ValueSecret &v : std::as_const(m_inValues)) {
        if (v.secret == secret)
            return;
    }
    m_inValues.append({secret, valuePositions(secret)});
    std::sort(m_inValues.begin(), m_inValues.end(),
              [](const ValueSecret &a, const ValueSecret &b) { return a.secret.size() > b.secret.size(); });
}

void Redactor::addProtected(const QString &text)
{
    if (text.size() >= 2 && !m_protected.contains(text))
        m_protected << text;
}

QString Redactor::redact(const QString &text) const
{
    QList<Span> masked;
    for (const QString &s : m_anywhere) {
        if (text.contains(s))
            occurrences(text, s, masked);
    }
    // Value positions need one of these words or signs nearby: lines without any (most of a flood of
    // output) cost one search, not six per secret.
    static const QRegularExpression hint(QStringLiteral("pass|pwd|secret|token|key|auth|identified|-p|://"),
                                         QRegularExpression::CaseInsensitiveOption);
    int hinted = -1; // not looked yet
    for (const ValueSecret &v : m_inValues) {
        if (!text.contains(v.secret))
            continue;
        if (hinted < 0)
            hinted = hint.match(text).hasMatch() ? 1 : 0;
        if (hinted == 0)
            break;
        for (const QRegularExpression &position : v.positions) {
            for (auto it = position.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                masked.append({m.capturedStart(u"s"), m.capturedEnd(u"s")});
            }
        }
    }
    if (masked.isEmpty())
        return text;
    // What the assistant printed for the user to use comes out whole.
    QList<Span> kept;
    for (const QString &p : m_protected) {
        if (text.contains(p))
            occurrences(text, p, kept);
    }
    masked.removeIf([&kept](const Span &m) {
        return std::any_of(kept.begin(), kept.end(),
                           [&m](const Span &k) { return m.start < k.end && k.start < m.end; });
    });
    std::sort(masked.begin(), masked.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Span &m : std::as_const(masked)) {
        if (m.start < at) { // overlaps the span masked just before
            at = std::max(at, m.end);
            continue;
        }
        out += QStringView(text).mid(at, m.start - at);
        out += mask();
        at = m.end;
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace mua
