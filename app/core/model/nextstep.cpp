#include "core/model/nextstep.h"

#include <QDir>
#include <QUrl>

namespace mua {

NextStep NextStep::upgrade(Kind kind, const QString &root, const UpgradeOptions &options)
{
    NextStep next;
    next.kind = kind;
    next.command = Command::Upgrade;
    next.root = root;
    next.options = options;
    next.options.notifyUrl.clear();
    const QString url = options.url.trimmed();
    next.options.url = QUrl(url).password().isEmpty() ? url : QUrl(url).toString(QUrl::RemovePassword);
    return next;
}

NextStep NextStep::rollback(Kind kind, const QString &root, const QString &backupFolder)
{
    NextStep next;
    next.kind = kind;
    next.command = Command::Rollback;
    next.root = root;
    next.backupFolder = backupFolder;
    return next;
}

NextStep NextStep::as(Kind other) const
{
    NextStep next = *this;
    next.kind = other;
    return next;
}

QString NextStep::maintenanceFlag() const
{
    const RunnerSettings &rs = options.runner;
    if (rs.kind == RunnerKind::Ssh)
        return rs.sshHost + QLatin1Char(':') + QDir::cleanPath(rs.remoteRoot) +
               QStringLiteral("/var/.maintenance.flag");
    return root + QStringLiteral("/var/.maintenance.flag");
}

} // namespace mua
