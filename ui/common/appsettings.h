#pragma once

#include "core/model/runnersettings.h"

#include <QByteArray>
#include <QStringList>

namespace mua {

// What the wizard remembers between sessions (QSettings): recent stores, each store's runner
// profile and storefront address, and the window's geometry.
class AppSettings
{
public:
    static constexpr int MaxRecentStores = 8;

    static QStringList recentStores();
    static void addRecentStore(const QString &root);

    static RunnerSettings runnerProfile(const QString &root);
    // Whether a runner was ever saved for this store (else runnerProfile gives the defaults).
    static bool hasRunnerProfile(const QString &root);
    static void setRunnerProfile(const QString &root, const RunnerSettings &settings);

    // The storefront address checked with each store's upgrades (remembered without a password).
    static QString storefrontUrl(const QString &root);
    static void setStorefrontUrl(const QString &root, const QString &url);

    static QByteArray geometry();
    static void setGeometry(const QByteArray &geometry);
};

} // namespace mua
