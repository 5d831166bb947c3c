#include "core/run/storequeries.h"

#include "core/backup/backup.h"
#include "core/inspect/storeinspector.h"
#include "core/model/error.h"
#include "core/model/wording.h"
#include "core/net/httpclient.h"
#include "core/runners/runnercheck.h"
#include "core/steps/backupstep.h"
#include "core/steps/commandsteps.h"
#include "core/steps/smoketeststep.h"

#include <QUrl>

namespace mua {

Store StoreQueries::inspect(const QString &root)
{
    return StoreInspector::inspect(root);
}

QString StoreQueries::productPackage(const Store &store)
{
    return ComposerUpdateStep::productPackage(store);
}

bool StoreQueries::isWebAddress(const QString &text, const QString &what, QString *error)
{
    QUrl url;
    return HttpClient::parseWebUrl(text, what, &url, error);
}

bool StoreQueries::isRunnerUsable(const RunnerSettings &settings, const Wording &words, QString *error)
{
    const QList<RunnerIssue> issues = runnerIssues(settings);
    return issues.isEmpty() || failWith(error, words.runnerIssues(issues));
}

bool StoreQueries::canBackUp(RunnerKind kind, QString *error)
{
    return BackupStep::supportsRunner(kind, error);
}

QString StoreQueries::backupFolder(const QString &storeRoot, const QString &backupDir)
{
    return Backup::storeFolder(storeRoot, backupDir);
}

QStringList StoreQueries::backupCovers(bool includeMedia)
{
    return Backup::covered(includeMedia);
}

QStringList StoreQueries::backupLeavesOut(bool includeMedia)
{
    return Backup::notCovered(includeMedia);
}

QString StoreQueries::formatSize(qint64 bytes)
{
    return Backup::formatSize(bytes);
}

QString StoreQueries::storefrontSummary(const StorefrontRecord &record)
{
    return SmokeTestStep::summary(record);
}

} // namespace mua
