#pragma once

#include "core/model/store.h"
#include "core/runners/commandexecutor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace mua {

class Database;

struct BackupFile
{
    QString name; // inside the backup folder
    QString kind; // "code" or "database"
    qint64 bytes = 0;
    QString sha256;
};

// One row of <prefix>setup_module: the schema and data version each module was upgraded to.
struct ModuleVersion
{
    QString module;
    QString schemaVersion;
    QString dataVersion;
};

// Where the data a shop takes in stood when the backup was taken: rows past it would be lost by a
// rollback (orders, customers, carts).
struct DataWatermark
{
    QString table;     // with the prefix
    QString kind;      // "orders", "customers", "carts"
    qint64 maxId = -1; // -1: the table has no entity_id
    qint64 rows = 0;
    bool hasCreatedAt = false;
    bool hasUpdatedAt = false;
};

// manifest.json of a backup folder: written last, so a folder without it is not a backup.
struct BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(mua::BackupManifest)

public:
    int format = 1;
    QDateTime created;    // when the backup started (UTC)
    QDateTime snapshotAt; // when the database snapshot began (UTC)
    QString tool;
    QString storeRoot;
    QString magentoVersion;
    QString edition;
    bool maintenance = false;
    QString database;
    QString databaseHost;
    QString databaseUser;
    QString tablePrefix;
    QString dumpProgram;
    bool includesMedia = false;
    QStringList excluded; // store-relative folders the code archive leaves out
    QStringList covered;
    QStringList notCovered;
    QList<BackupFile> files;
    QList<ModuleVersion> modules;
    QStringList tables;
    QStringList views;
    QStringList routines; // "PROCEDURE name" / "FUNCTION name"
    QList<DataWatermark> watermarks;
    qint64 codeBytes = 0;     // bytes archived (before compression)
    qint64 databaseBytes = 0; // data_length + index_length when the backup was taken

    const BackupFile *file(const QString &kind) const;
    QJsonObject toJson() const;
    // False with a sentence in *error for a manifest this version cannot read or trust.
    static bool fromJson(const QJsonObject &o, BackupManifest *manifest, QString *error);
};

// Backups of a store's code and database, made before an upgrade changes anything, in a folder of
// their own outside the web root; and what rollback and `backups` need to read them.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(mua::Backup)

public:
    using LineHandler = CommandExecutor::LineHandler;

    static QString manifestName() { return QStringLiteral("manifest.json"); }
    static QString codeArchiveName() { return QStringLiteral("code.tar.gz"); }
    static QString databaseDumpName() { return QStringLiteral("database.sql.gz"); }

    // $XDG_DATA_HOME/magento-upgrade-assistant/backups (or ~/.local/share/…).
    static QString baseFolder();
    // Where a store's backups go: backupDir (--backup-dir) when given, else
    // baseFolder()/<store folder name>-<short hash of the root>.
    static QString storeFolder(const QString &storeRoot, const QString &backupDir = {});
    // Whether the backups may go to storeFolder: outside the store, also where links lead (a backup
    // in the web root could be downloaded, and would back up itself); false with a sentence when not.
    static bool isOutsideStore(const QString &storeRoot, const QString &storeFolder, QString *error);
    // Store-relative folders the code archive leaves out.
    static QStringList excludedPaths(bool includeMedia);
    // Plain sentences for plan, the wizard and the manifest.
    static QStringList covered(bool includeMedia);
    static QStringList notCovered(bool includeMedia);

    // What a backup of the store would need; the database part needs an open connection.
    struct Estimate
    {
        qint64 codeBytes = 0;
        qint64 codeFiles = 0;
        qint64 databaseBytes = -1; // -1: unknown (databaseError says why)
        QString databaseError;
        qint64 needed = 0; // (code + database) times the safety factor
        qint64 free = -1;  // where the backup goes; -1: unknown
        QString freePath;  // the folder that was measured
    };
    static Estimate estimate(const Store &store, const Database *db, bool includeMedia,
                             const QString &targetFolder);
    // Whether the estimated backup fits where it goes (true when the free space is unknown); false
    // with a sentence that gives both sizes and says what to do.
    static bool hasRoom(const Estimate &estimate, QString *error);

    struct Request
    {
        const Store &store;
        QString storeFolder; // the store's backup folder; the backup is a new folder in it
        bool includeMedia = false;
        const std::atomic_bool *cancel = nullptr;
        int graceMs = 5000;
        LineHandler log; // progress and the tools' stderr
    };
    // A backup that create() made.
    struct Made
    {
        QString folder;
        BackupManifest manifest;
    };
    // Checks the space, archives the code, dumps the database and writes the manifest. Leaves
    // nothing behind when it fails or is cancelled (nothing, with a sentence in *error); never
    // writes into the store.
    static std::optional<Made> create(const Request &request, QString *error);

    // Whether the folder is a complete, intact backup: the manifest, then every file's size and
    // sha256; false with a sentence when it is not.
    static bool verify(const QString &folder, const BackupManifest &manifest, QString *error,
                       const std::atomic_bool *cancel = nullptr, const LineHandler &log = {});
    static std::optional<BackupManifest> readManifest(const QString &folder, QString *error);

    struct Listed
    {
        QString folder;
        std::optional<BackupManifest> manifest;
        QDateTime created; // from the manifest, else the folder's name or time
        qint64 bytes = 0;  // what the folder holds
        bool complete = false;
        QString problem;         // why it is not complete
        bool unreadable = false; // a manifest.json that cannot be read: whose backup it is is unknown
        QJsonObject toJson() const;
    };
    // The backups in a store's backup folder, newest first (sizes are checked, checksums are not).
    // With storeRoot, backups whose manifest names another store are left out (a shared folder).
    static QList<Listed> list(const QString &storeFolder, const QString &storeRoot = {});
    // Deletes a backup folder (only one that list() returned).
    static bool remove(const QString &storeFolder, const QString &folder, QString *error);

    // tar commands (GNU tar): the archive, and its extraction into a folder.
    static CommandSpec archiveCommand(const QString &storeRoot, const QString &archive, bool includeMedia);
    static CommandSpec extractCommand(const QString &archive, const QString &targetFolder);
    // The file's sha256 in hex into *hex; false with a sentence when it cannot be read or was cancelled.
    static bool sha256(const QString &path, const std::atomic_bool *cancel, QString *hex, QString *error);
    static QString formatSize(qint64 bytes);
};

} // namespace mua
