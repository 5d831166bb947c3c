#pragma once

#include "core/model/store.h"

#include <QCoreApplication>

namespace mua {

// Reads a store without running it and without writing a byte (magento-facts §2).
class StoreInspector
{
    Q_DECLARE_TR_FUNCTIONS(mua::StoreInspector)

public:
    // Always returns a Store; when it cannot be worked on, isMagento may be false and error says why.
    static Store inspect(const QString &root);

    // The version, edition and the file they came from; empty version when nothing says.
    // warnings: Composer files that are there and could not be used, one sentence each.
    struct VersionInfo
    {
        QString version;
        QString edition;
        QString source;
        QStringList warnings;
    };
    static VersionInfo readVersion(const QString &root);
};

} // namespace mua
