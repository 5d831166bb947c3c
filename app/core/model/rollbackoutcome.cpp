#include "core/model/rollbackoutcome.h"

#include <QJsonObject>
#include <QStringList>

namespace mua {

QString DataLoss::sentence() const
{
    QStringList parts;
    if (orders)
        parts << tr("%n new order(s)", nullptr, int(orders));
    if (ordersChanged)
        parts << tr("%n changed order(s)", nullptr, int(ordersChanged));
    if (customers)
        parts << tr("%n new customer account(s)", nullptr, int(customers));
    if (carts)
        parts << tr("%n new cart(s)", nullptr, int(carts));
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(QLatin1String(", ")), last);
}

QJsonValue DataLoss::toJson() const
{
    if (!checked)
        return QJsonValue::Null;
    return QJsonObject{{QLatin1String("orders"), orders},
                       {QLatin1String("ordersChanged"), ordersChanged},
                       {QLatin1String("customers"), customers},
                       {QLatin1String("carts"), carts}};
}

} // namespace mua
