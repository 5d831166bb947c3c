#include "core/model/movesummary.h"

#include <QCryptographicHash>

#include <QJsonArray>

namespace mua {

QJsonObject MoveSummary::toJson() const
{
    QJsonArray changeArray;
    for (const PackageChange &c : changes)
        changeArray.append(
            QJsonObject{{QLatin1String("name"), c.name},
                        {QLatin1String("from"), c.from.isEmpty() ? QJsonValue() : QJsonValue(c.from)},
                        {QLatin1String("to"), c.to.isEmpty() ? QJsonValue() : QJsonValue(c.to)}});
    QJsonArray blockingArray;
    for (const BlockingPackage &b : blocking)
        blockingArray.append(QJsonObject{{QLatin1String("name"), b.name},
                                         {QLatin1String("constraint"), b.constraint},
                                         {QLatin1String("reason"), b.reason}});
    return QJsonObject{{QLatin1String("package"), package},
                       {QLatin1String("from"), from.isEmpty() ? QJsonValue() : QJsonValue(from)},
                       {QLatin1String("to"), to},
                       {QLatin1String("changes"), changeArray},
                       {QLatin1String("blocking"), blockingArray}};
}

QByteArray MoveSummary::lockDigest() const
{
    return QCryptographicHash::hash(resolvedLock, QCryptographicHash::Sha256).toHex();
}

} // namespace mua
