#pragma once

#include "core/parse/phpvalue.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace mua {

// Masks the secrets of a store (database and queue passwords, crypt keys, Redis passwords, …) in
// text before it reaches a log, a report or the screen.
//
// A long, random-looking secret (a crypt key, a generated password) is masked wherever it occurs:
// nothing else looks like it. A short or word-like one ("magento", "shop2024") is masked only where
// it stands as a value: after password=, -p, a "password" key in JSON or a PHP array, in a URL's
// user:password@, after IDENTIFIED BY. Masking every occurrence of a common word garbles paths and
// commands ("php bin/******** setup:upgrade") and tells anyone reading what the password is. Text
// the assistant itself prints for the user to use (the store's path, the log's, the next command)
// is never masked inside (addProtected).
class Redactor
{
public:
    Redactor();
    explicit Redactor(const PhpValue &env);

    void addSecret(const QString &secret);
    // Text that must come out whole wherever it occurs: a secret inside it is left alone there.
    void addProtected(const QString &text);
    QString redact(const QString &text) const;
    bool isEmpty() const { return m_anywhere.isEmpty() && m_inValues.isEmpty(); }

    static QString mask() { return QStringLiteral("********"); }
    // Long and random enough to be masked wherever it occurs (else only as a value).
    static bool maskedAnywhere(const QString &secret);

private:
    struct ValueSecret
    {
        QString secret;
        QList<QRegularExpression> positions; // each captures the secret as "s"
    };
    void collect(const PhpValue &value, const QString &key);

    QStringList m_anywhere;        // longest first, so a secret that contains another is masked whole
    QList<ValueSecret> m_inValues; // longest first
    QStringList m_protected;
};

} // namespace mua
