#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace mua {

// What a rollback found out about the data the shop took in since the backup.
struct DataLoss
{
    // Its sentences are the rollback's (RollbackJob): they keep their translations.
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    bool checked = false;
    qint64 orders = 0;
    qint64 ordersChanged = 0;
    qint64 customers = 0;
    qint64 carts = 0;
    QString error; // the check could not be made
    bool any() const { return orders || ordersChanged || customers || carts; }
    QString sentence() const; // "1 new order, 2 new customers and 1 changed order"
    QJsonValue toJson() const;
};

// What the caller of a rollback (RollbackJob) learns besides the run record, filled in before the
// worker's finished().
struct RollbackOutcome
{
    DataLoss dataLoss;
    // True when the only reason for refusing was data taken in since the backup.
    bool refusedForDataLoss = false;
};

} // namespace mua
