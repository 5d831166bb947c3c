#include "ui/common/appsettings.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QUrl>

namespace mua {

namespace {

QString profileGroup(const QString &root)
{
    // Paths may hold characters QSettings keys cannot: key the profile by a hash of the path.
    return QStringLiteral("stores/") +
           QString::fromLatin1(
               QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QStringList AppSettings::recentStores()
{
    return QSettings().value(QStringLiteral("recentStores")).toStringList();
}

void AppSettings::addRecentStore(const QString &root)
{
    QStringList list = recentStores();
    list.removeAll(root);
    list.prepend(root);
    while (list.size() > MaxRecentStores)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recentStores"), list);
}

RunnerSettings AppSettings::runnerProfile(const QString &root)
{
    QSettings s;
    s.beginGroup(profileGroup(root));
    RunnerSettings r;
    r.kind = runnerKindFromWord(s.value(QStringLiteral("runner")).toString()).value_or(r.kind);
    r.php = s.value(QStringLiteral("php"), r.php).toString();
    r.composer = s.value(QStringLiteral("composer"), r.composer).toString();
    r.sshHost = s.value(QStringLiteral("sshHost")).toString();
    r.remoteRoot = s.value(QStringLiteral("remoteRoot")).toString();
    r.sshConfigFile = s.value(QStringLiteral("sshConfigFile")).toString();
    r.service = s.value(QStringLiteral("service"), r.service).toString();
    return r;
}

bool AppSettings::hasRunnerProfile(const QString &root)
{
    return QSettings().contains(profileGroup(root) + QStringLiteral("/runner"));
}

void AppSettings::setRunnerProfile(const QString &root, const RunnerSettings &r)
{
    QSettings s;
    s.beginGroup(profileGroup(root));
    s.setValue(QStringLiteral("root"), root);
    s.setValue(QStringLiteral("runner"), runnerKindWord(r.kind));
    s.setValue(QStringLiteral("php"), r.php);
    s.setValue(QStringLiteral("composer"), r.composer);
    s.setValue(QStringLiteral("sshHost"), r.sshHost);
    s.setValue(QStringLiteral("remoteRoot"), r.remoteRoot);
    s.setValue(QStringLiteral("sshConfigFile"), r.sshConfigFile);
    s.setValue(QStringLiteral("service"), r.service);
}

QString AppSettings::storefrontUrl(const QString &root)
{
    return QSettings().value(profileGroup(root) + QStringLiteral("/storefrontUrl")).toString();
}

void AppSettings::setStorefrontUrl(const QString &root, const QString &url)
{
    // A password in the address (HTTP basic auth) is not written to the settings file.
    const QUrl parsed(url.trimmed());
    QSettings().setValue(profileGroup(root) + QStringLiteral("/storefrontUrl"),
                         parsed.password().isEmpty() ? url.trimmed() : parsed.toString(QUrl::RemovePassword));
}

QByteArray AppSettings::geometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
}

} // namespace mua
