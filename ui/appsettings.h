#pragma once

#include "runner.h"

#include <QByteArray>
#include <QStringList>

namespace mua {

// What the wizard remembers between sessions (QSettings): recent stores, each store's runner
// profile, and the window's geometry.
class AppSettings
{
public:
    static constexpr int MaxRecentStores = 8;

    static QStringList recentStores();
    static void addRecentStore(const QString &root);

    static RunnerSettings runnerProfile(const QString &root);
    static void setRunnerProfile(const QString &root, const RunnerSettings &settings);

    static QByteArray geometry();
    static void setGeometry(const QByteArray &geometry);
};

} // namespace mua
