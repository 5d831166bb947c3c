#pragma once

#include "phpvalue.h"

#include <QString>
#include <QStringList>

namespace mua {

// Replaces every secret of a store (database and queue passwords, crypt keys, Redis passwords, …)
// in text before it reaches a log, a report or the screen.
class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const PhpValue &env);

    void addSecret(const QString &secret);
    QString redact(const QString &text) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }

    static QString mask() { return QStringLiteral("********"); }

private:
    void collect(const PhpValue &value, const QString &key);
    QStringList m_secrets; // longest first, so a secret that contains another is masked whole
};

} // namespace mua
