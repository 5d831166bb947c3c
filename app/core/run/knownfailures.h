#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mua {

// Magento's known failure messages and what to tell the user (magento-facts §5).
class KnownFailures
{
    Q_DECLARE_TR_FUNCTIONS(mua::KnownFailures)

public:
    // The advice for the first known failure found in the output; empty when none matches.
    static QString adviceFor(const QStringList &output, int exitCode = 0);
};

} // namespace mua
