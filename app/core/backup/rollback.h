#pragma once

#include "core/model/runrecord.h"
#include "core/runners/commandexecutor.h"
#include "core/runners/runner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>

namespace mua {

struct RollbackRequest
{
    QString root;
    QString backupFolder;        // one backup: the folder that holds manifest.json
    bool acceptDataLoss = false; // --accept-data-loss: roll back over orders placed since the backup
    RunnerSettings runner;       // how bin/magento runs (maintenance, cache:flush); local only
    QString logFile;             // default: ROOT/var/log/upgrade-assistant-rollback-<time>.log
    QString reportFile;
    bool breakLock = false;
    int graceMs = 5000;
};

// What a rollback found out about the data the shop took in since the backup.
struct DataLoss
{
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

// Puts a store back to a backup taken by --backup: checks that the backup is whole (sizes and
// sha256), that it belongs to this store and its database, and that no orders, customers or carts
// taken in since would be thrown away (unless accepted); then, holding the store's lock: extracts
// the code beside the store, turns maintenance on through the runner (counting orders again), dumps
// the database as it is now into the backup's folder (pre-rollback-<time>.sql.gz), swaps the code in
// (renames, undone on failure; var/, generated/, pub/static/ and pub/media/ when not in the backup
// stay), drops what the backup does not have (with a table prefix: only the store's own tables) and
// loads the dump (a failed load puts that dump and the code back), empties the code-generation folders and
// caches, puts maintenance back as it was before the rollback, and writes a log and a report. Never runs
// setup:rollback. Runs on the calling thread; nothing is shown, lines go to the log and onLine.
class Rollback
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    using LineHandler = CommandExecutor::LineHandler;

    // cancel is honoured until the store is about to change; after that a rollback runs to its end.
    explicit Rollback(RollbackRequest request, const std::atomic_bool *cancel = nullptr,
                      LineHandler onLine = {});
    ~Rollback();

    // Returns the record (the report's shape); *exitCode as cli.md.
    RunRecord run(int *exitCode);

    const DataLoss &dataLoss() const;
    // True when the only reason for refusing was data taken in since the backup.
    bool refusedForDataLoss() const;
    // The report object: the upgrade report's keys plus "command", "backup" and "dataLoss".
    QJsonObject report(const RunRecord &record) const;

    static QString logFileName();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mua
