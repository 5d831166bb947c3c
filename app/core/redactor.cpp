#include "redactor.h"

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

} // namespace

Redactor::Redactor(const PhpValue &env)
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

void Redactor::addSecret(const QString &secret)
{
    // Very short values ("1", "") would mask innocent text and protect nothing.
    if (secret.size() < 4 || m_secrets.contains(secret))
        return;
    m_secrets << secret;
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &s : m_secrets) {
        if (out.contains(s))
            out.replace(s, mask());
    }
    return out;
}

} // namespace mua
