// Past 800 lines on purpose: making, verifying, listing and removing a backup all read or write the
// one manifest format defined here.

#include "core/backup/backup.h"
#include "core/model/error.h"

#include "core/backup/database.h"
#include "core/fs/atomicfile.h"
#include "core/fs/fileops.h"
#include "core/fs/safefile.h"
#include "core/model/wording.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace mua {

namespace {

constexpr qint64 MiB = 1024 * 1024;
// The estimate is what the archive and the dump would be uncompressed, times this, plus a margin:
// gzip usually shrinks both a lot, but already compressed files (images, archives) do not shrink.
constexpr double SafetyFactor = 1.2;
constexpr qint64 SafetyMargin = 16 * MiB;
// A tar progress line every 2560 records of 10 KiB: every 25 MiB.
constexpr int CheckpointRecords = 2560;

const char *const WatermarkTables[][2] = {
    {"sales_order", "orders"}, {"customer_entity", "customers"}, {"quote", "carts"}};

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

bool isOwnLeftover(const QString &name)
{
    return name.startsWith(QLatin1String(".upgrade-assistant-"));
}

// Counts what the code archive would hold: every entry below root except the excluded folders and
// the assistant's own leftovers; never follows a link, stays on the store's file system.
void countCode(const QString &root, const QString &relative, const QStringList &excluded, qint64 &bytes,
               qint64 &files)
{
    const QString dirPath = relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
    const QStringList names =
        QDir(dirPath).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString path = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        if (excluded.contains(path) || (relative.isEmpty() && isOwnLeftover(name)))
            continue;
        struct stat st;
        if (::lstat(QFile::encodeName(root + QLatin1Char('/') + path).constData(), &st) != 0)
            continue;
        ++files;
        if (S_ISREG(st.st_mode)) {
            bytes += st.st_size;
        } else if (S_ISDIR(st.st_mode)) {
            bool holdsExcluded = false;
            for (const QString &e : excluded)
                holdsExcluded = holdsExcluded || e.startsWith(path + QLatin1Char('/'));
            if (holdsExcluded) {
                countCode(root, path, excluded, bytes, files);
            } else {
                const TreeStats s = FileOps::stats(root, path);
                bytes += s.bytes;
                files += s.files + s.folders;
            }
        }
    }
}

// Free bytes where path is, or would be once made (the nearest folder that exists).
qint64 freeBytes(const QString &path, QString *measured)
{
    QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(p) && p != QLatin1String("/"))
        p = QFileInfo(p).path();
    *measured = p;
    struct statvfs vfs;
    if (::statvfs(QFile::encodeName(p).constData(), &vfs) != 0)
        return -1;
    return qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
}

bool makePrivateFolders(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir())
        return true;
    const QString parent = QFileInfo(path).path();
    if (parent != path && !makePrivateFolders(parent, error))
        return false;
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
        return failWith(error, Backup::tr("Cannot make the backup folder %1: %2.").arg(path, errnoText()));
    return true;
}

// An empty file only its owner can read, for a tool to write into (tar and the shell keep the mode).
bool makePrivateFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failWith(error, Backup::tr("Cannot write %1: %2.").arg(path, f.errorString()));
    return true;
}

QString inside(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonical;
}

// The folder itself or the nearest folder above it that exists, resolved.
QString resolvedTarget(const QString &folder)
{
    QString p = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(p) && p != QLatin1String("/")) {
        rest = QFileInfo(p).fileName() + (rest.isEmpty() ? QString() : QLatin1Char('/') + rest);
        p = QFileInfo(p).path();
    }
    const QString base = inside(p);
    return rest.isEmpty() ? base : QDir::cleanPath(base + QLatin1Char('/') + rest);
}

} // namespace

const BackupFile *BackupManifest::file(const QString &kind) const
{
    for (const BackupFile &f : files) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

QJsonObject BackupManifest::toJson() const
{
    QJsonArray fileArray;
    for (const BackupFile &f : files)
        fileArray.append(QJsonObject{{QLatin1String("name"), f.name},
                                     {QLatin1String("kind"), f.kind},
                                     {QLatin1String("bytes"), f.bytes},
                                     {QLatin1String("sha256"), f.sha256}});
    QJsonArray moduleArray;
    for (const ModuleVersion &m : modules)
        moduleArray.append(QJsonObject{{QLatin1String("module"), m.module},
                                       {QLatin1String("schemaVersion"), orNull(m.schemaVersion)},
                                       {QLatin1String("dataVersion"), orNull(m.dataVersion)}});
    QJsonArray marks;
    for (const DataWatermark &w : watermarks)
        marks.append(QJsonObject{{QLatin1String("table"), w.table},
                                 {QLatin1String("kind"), w.kind},
                                 {QLatin1String("maxId"), w.maxId},
                                 {QLatin1String("rows"), w.rows},
                                 {QLatin1String("hasCreatedAt"), w.hasCreatedAt},
                                 {QLatin1String("hasUpdatedAt"), w.hasUpdatedAt}});
    return QJsonObject{
        {QLatin1String("format"), format},
        {QLatin1String("tool"), tool},
        {QLatin1String("created"), isoUtc(created)},
        {QLatin1String("store"), QJsonObject{{QLatin1String("root"), storeRoot},
                                             {QLatin1String("magento"),
                                              QJsonObject{{QLatin1String("version"), orNull(magentoVersion)},
                                                          {QLatin1String("edition"), orNull(edition)}}},
                                             {QLatin1String("maintenance"), maintenance}}},
        {QLatin1String("covered"), QJsonArray::fromStringList(covered)},
        {QLatin1String("notCovered"), QJsonArray::fromStringList(notCovered)},
        {QLatin1String("code"), QJsonObject{{QLatin1String("excluded"), QJsonArray::fromStringList(excluded)},
                                            {QLatin1String("includesMedia"), includesMedia},
                                            {QLatin1String("bytes"), codeBytes}}},
        {QLatin1String("database"),
         QJsonObject{{QLatin1String("name"), database},
                     {QLatin1String("host"), databaseHost},
                     {QLatin1String("user"), databaseUser},
                     {QLatin1String("tablePrefix"), tablePrefix},
                     {QLatin1String("dumpProgram"), dumpProgram},
                     {QLatin1String("snapshotAt"), isoUtc(snapshotAt)},
                     {QLatin1String("bytes"), databaseBytes},
                     {QLatin1String("tables"), QJsonArray::fromStringList(tables)},
                     {QLatin1String("views"), QJsonArray::fromStringList(views)},
                     {QLatin1String("routines"), QJsonArray::fromStringList(routines)},
                     {QLatin1String("modules"), moduleArray},
                     {QLatin1String("watermarks"), marks}}},
        {QLatin1String("files"), fileArray},
    };
}

bool BackupManifest::fromJson(const QJsonObject &o, BackupManifest *manifest, QString *error)
{
    BackupManifest m;
    m.format = o.value(QLatin1String("format")).toInt();
    if (m.format != 1)
        return failWith(error, tr("manifest.json has format %1, which this version does not read.")
                                   .arg(o.value(QLatin1String("format")).toVariant().toString()));
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &e : v.toArray())
            out << e.toString();
        return out;
    };
    m.tool = o.value(QLatin1String("tool")).toString();
    m.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    const QJsonObject store = o.value(QLatin1String("store")).toObject();
    m.storeRoot = store.value(QLatin1String("root")).toString();
    const QJsonObject magento = store.value(QLatin1String("magento")).toObject();
    m.magentoVersion = magento.value(QLatin1String("version")).toString();
    m.edition = magento.value(QLatin1String("edition")).toString();
    m.maintenance = store.value(QLatin1String("maintenance")).toBool();
    m.covered = strings(o.value(QLatin1String("covered")));
    m.notCovered = strings(o.value(QLatin1String("notCovered")));
    const QJsonObject code = o.value(QLatin1String("code")).toObject();
    m.excluded = strings(code.value(QLatin1String("excluded")));
    m.includesMedia = code.value(QLatin1String("includesMedia")).toBool();
    m.codeBytes = qint64(code.value(QLatin1String("bytes")).toDouble());
    const QJsonObject db = o.value(QLatin1String("database")).toObject();
    m.database = db.value(QLatin1String("name")).toString();
    m.databaseHost = db.value(QLatin1String("host")).toString();
    m.databaseUser = db.value(QLatin1String("user")).toString();
    m.tablePrefix = db.value(QLatin1String("tablePrefix")).toString();
    m.dumpProgram = db.value(QLatin1String("dumpProgram")).toString();
    m.snapshotAt = QDateTime::fromString(db.value(QLatin1String("snapshotAt")).toString(), Qt::ISODate);
    m.databaseBytes = qint64(db.value(QLatin1String("bytes")).toDouble());
    m.tables = strings(db.value(QLatin1String("tables")));
    m.views = strings(db.value(QLatin1String("views")));
    m.routines = strings(db.value(QLatin1String("routines")));
    for (const QJsonValue &v : db.value(QLatin1String("modules")).toArray()) {
        const QJsonObject e = v.toObject();
        m.modules.append({e.value(QLatin1String("module")).toString(),
                          e.value(QLatin1String("schemaVersion")).toString(),
                          e.value(QLatin1String("dataVersion")).toString()});
    }
    for (const QJsonValue &v : db.value(QLatin1String("watermarks")).toArray()) {
        const QJsonObject e = v.toObject();
        DataWatermark w;
        w.table = e.value(QLatin1String("table")).toString();
        w.kind = e.value(QLatin1String("kind")).toString();
        w.maxId = qint64(e.value(QLatin1String("maxId")).toDouble(-1));
        w.rows = qint64(e.value(QLatin1String("rows")).toDouble());
        w.hasCreatedAt = e.value(QLatin1String("hasCreatedAt")).toBool();
        w.hasUpdatedAt = e.value(QLatin1String("hasUpdatedAt")).toBool();
        m.watermarks.append(w);
    }
    for (const QJsonValue &v : o.value(QLatin1String("files")).toArray()) {
        const QJsonObject e = v.toObject();
        m.files.append({e.value(QLatin1String("name")).toString(), e.value(QLatin1String("kind")).toString(),
                        qint64(e.value(QLatin1String("bytes")).toDouble(-1)),
                        e.value(QLatin1String("sha256")).toString()});
    }
    if (m.storeRoot.isEmpty() || m.database.isEmpty() || !m.created.isValid() || !m.snapshotAt.isValid() ||
        !m.file(QStringLiteral("code")) || !m.file(QStringLiteral("database")))
        return failWith(
            error, tr("manifest.json lacks the store, the database, the time or the files of the backup."));
    for (const QString &e : std::as_const(m.excluded)) {
        const QStringList parts = e.split(QLatin1Char('/'));
        if (e.isEmpty() || e.startsWith(QLatin1Char('/')) || parts.contains(QLatin1String("..")) ||
            parts.contains(QLatin1String(".")) || parts.contains(QString())) {
            failWith(
                error,
                tr("manifest.json lists %1 as a folder the backup leaves out, which is not a path inside "
                   "the store.")
                    .arg(e));
            return false;
        }
    }
    for (const BackupFile &f : m.files) {
        if (f.name.isEmpty() || f.name.contains(QLatin1Char('/')) || f.name.startsWith(QLatin1Char('.')) ||
            f.bytes < 0 || f.sha256.size() != 64)
            return failWith(error, tr("manifest.json lists a file it cannot vouch for (%1).").arg(f.name));
    }
    *manifest = m;
    return true;
}

QString Backup::baseFolder()
{
    QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (data.isEmpty())
        data = QDir::homePath() + QStringLiteral("/.local/share");
    return data + QStringLiteral("/magento-upgrade-assistant/backups");
}

QString Backup::storeFolder(const QString &storeRoot, const QString &backupDir)
{
    if (!backupDir.isEmpty())
        return QDir::cleanPath(QFileInfo(backupDir).absoluteFilePath());
    const QString root = QDir::cleanPath(storeRoot);
    QString name = QFileInfo(root).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("store"));
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return baseFolder() + QLatin1Char('/') + name + QLatin1Char('-') + hash;
}

bool Backup::isOutsideStore(const QString &storeRoot, const QString &storeFolder, QString *error)
{
    const QString target = resolvedTarget(storeFolder);
    if (target != storeRoot && !target.startsWith(storeRoot + QLatin1Char('/')))
        return true;
    return failWith(error,
                    Wording::current().commandLine()
                        ? tr("The backup folder %1 is inside the store: choose a folder outside it with "
                             "%2 (anything in the web root can be downloaded).")
                              .arg(storeFolder, Wording::current().setting(Setting::BackupDir))
                        : tr("The backup folder %1 is inside the store: set %2 to a folder outside it "
                             "(anything in the web root can be downloaded).")
                              .arg(storeFolder, Wording::current().setting(Setting::BackupDir)));
}

QStringList Backup::excludedPaths(bool includeMedia)
{
    QStringList out{QStringLiteral("var"), QStringLiteral("generated"), QStringLiteral("pub/static")};
    if (!includeMedia)
        out << QStringLiteral("pub/media");
    return out;
}

QStringList Backup::covered(bool includeMedia)
{
    return {includeMedia
                ? tr("the code: every file of the store folder except var/, generated/ and pub/static/, "
                     "with pub/media/ and app/etc/env.php; links are kept as links")
                : tr("the code: every file of the store folder except var/, generated/, pub/static/ "
                     "and pub/media/, with app/etc/env.php; links are kept as links"),
            tr("the database named in app/etc/env.php: every table, view, trigger and stored routine, as one "
               "consistent snapshot")};
}

QStringList Backup::notCovered(bool includeMedia)
{
    QStringList out;
    if (!includeMedia)
        out << tr("pub/media/ (product images and uploads), unless it is included (%1): the upgrade does not "
                  "change it")
                   .arg(Wording::current().setting(Setting::BackupMedia));
    out << tr("var/, generated/ and pub/static/: caches, logs, sessions kept as files and files Magento "
              "rebuilds")
        << tr("sessions and caches kept in Redis or Valkey")
        << tr("Elasticsearch/OpenSearch indexes: rebuild them with bin/magento indexer:reindex after a "
              "rollback")
        << tr("files outside the store folder (shared media, the web server's and PHP's configuration)")
        << tr("cron jobs and the crontab");
    return out;
}

Backup::Estimate Backup::estimate(const Store &store, const Database *db, bool includeMedia,
                                  const QString &targetFolder)
{
    Estimate e;
    countCode(store.root, QString(), excludedPaths(includeMedia), e.codeBytes, e.codeFiles);
    if (!db)
        e.databaseError = tr("not asked");
    else if (!db->sizeBytes(&e.databaseBytes, &e.databaseError))
        e.databaseBytes = -1;
    e.needed = qint64(double(e.codeBytes + qMax<qint64>(0, e.databaseBytes)) * SafetyFactor) + SafetyMargin;
    e.free = freeBytes(targetFolder, &e.freePath);
    return e;
}

bool Backup::hasRoom(const Estimate &e, QString *error)
{
    if (e.free < 0 || e.free >= e.needed)
        return true;
    if (Wording::current().commandLine())
        return failWith(error,
                        tr("The backup needs about %1, but only %2 is free in %3: free some space there or "
                           "choose another folder with %4.")
                            .arg(formatSize(e.needed), formatSize(e.free), e.freePath,
                                 Wording::current().setting(Setting::BackupDir)));
    return failWith(error,
                    tr("The backup needs about %1, but only %2 is free in %3: free some space there or "
                       "choose another %4.")
                        .arg(formatSize(e.needed), formatSize(e.free), e.freePath,
                             Wording::current().setting(Setting::BackupDir)));
}

QString Backup::formatSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1);
}

CommandSpec Backup::archiveCommand(const QString &storeRoot, const QString &archive, bool includeMedia)
{
    QStringList args{
        QStringLiteral("--create"),          QStringLiteral("--gzip"), QStringLiteral("--file=") + archive,
        QStringLiteral("--one-file-system"), QStringLiteral("--acls"), QStringLiteral("--anchored")};
    for (const QString &e : excludedPaths(includeMedia))
        args << QStringLiteral("--exclude=./") + e;
    args << QStringLiteral("--exclude=./.upgrade-assistant-*")
         << QStringLiteral("--checkpoint=%1").arg(CheckpointRecords)
         << QStringLiteral("--checkpoint-action=echo=%T") << QStringLiteral("-C") << storeRoot
         << QStringLiteral(".");
    return {QStringLiteral("tar"), args, {}};
}

CommandSpec Backup::extractCommand(const QString &archive, const QString &targetFolder)
{
    return {QStringLiteral("tar"),
            {QStringLiteral("--extract"), QStringLiteral("--gzip"), QStringLiteral("--file=") + archive,
             QStringLiteral("--preserve-permissions"), QStringLiteral("--acls"),
             QStringLiteral("--checkpoint=%1").arg(CheckpointRecords),
             QStringLiteral("--checkpoint-action=echo=%T"), QStringLiteral("-C"), targetFolder},
            {}};
}

bool Backup::sha256(const QString &path, const std::atomic_bool *cancel, QString *hex, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failWith(error, tr("Cannot read %1: %2.").arg(path, f.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(4 * int(MiB), Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return failWith(error, tr("Cancelled."));
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return failWith(error, tr("Cannot read %1: %2.").arg(path, f.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    *hex = QString::fromLatin1(hash.result().toHex());
    return true;
}

namespace {

// Runs tar, turning its checkpoint lines into progress against the expected size.
bool runTar(const CommandSpec &spec, qint64 expected, const QString &verb, const std::atomic_bool *cancel,
            int graceMs, const Backup::LineHandler &log, QString *error)
{
    static const QRegularExpression checkpoint(QStringLiteral("^tar: [WRD]: (\\d+)"));
    QStringList errors;
    if (log)
        log(LogStream::Info, Backup::tr("$ %1").arg(spec.display()));
    const CommandResult r =
        CommandExecutor(cancel, graceMs)
            .run(
                spec,
                [&](LogStream stream, const QString &line) {
                    const QRegularExpressionMatch m = checkpoint.match(line);
                    if (m.hasMatch()) {
                        const qint64 done = m.captured(1).toLongLong();
                        if (log)
                            log(LogStream::Info,
                                expected > 0
                                    ? Backup::tr("%1 %2 of about %3 (%4%)")
                                          .arg(verb, Backup::formatSize(done), Backup::formatSize(expected))
                                          .arg(qMin<qint64>(99, done * 100 / expected))
                                    : Backup::tr("%1 %2").arg(verb, Backup::formatSize(done)));
                        return;
                    }
                    if (stream == LogStream::Stderr)
                        errors << line;
                    if (log)
                        log(stream, line);
                },
                false);
    // tar exits 1 when a file changed while it was read: the archive is whole all the same.
    if (r.started && !r.crashed && !r.cancelled && r.exitCode == 1 && spec.arguments.contains(u"--create")) {
        if (log)
            log(LogStream::Warning,
                Backup::tr("Some files changed while they were archived; the archive holds "
                           "them as they were when read."));
        return true;
    }
    if (r.succeeded())
        return true;
    QString detail;
    for (const QString &line : std::as_const(errors)) {
        if (!line.contains(QLatin1String("Exiting with failure status"))) {
            detail = line;
            if (line.contains(QLatin1String("No space left")) || line.contains(QLatin1String("Cannot")))
                break;
        }
    }
    if (!r.started)
        return failWith(error, Backup::tr("Cannot run tar: %1. Install GNU tar.").arg(r.startError));
    if (r.cancelled)
        return failWith(error, Backup::tr("tar was stopped because the run was cancelled."));
    return failWith(error, Backup::tr("tar failed with exit code %1: %2.")
                               .arg(r.crashed ? -1 : r.exitCode)
                               .arg(detail.isEmpty() ? Backup::tr("no error text") : detail));
}

// Table names, views, routines, module versions and the data watermarks, before the snapshot.
bool describeDatabase(const Database &db, BackupManifest &m, QString *error)
{
    Schema schema;
    if (!db.schema(&schema, error))
        return false;
    m.tables = schema.tables;
    m.views = schema.views;
    m.routines = schema.routines;

    const QString setupModule = db.connection().table(QStringLiteral("setup_module"));
    if (m.tables.contains(setupModule)) {
        const std::optional<QueryRows> modules =
            db.query(QStringLiteral("SELECT module, schema_version, data_version FROM %1 ORDER BY module")
                         .arg(Database::quoteName(setupModule)),
                     error);
        if (!modules)
            return false;
        for (const QStringList &row : modules->rows) {
            auto version = [](const QString &v) { return v == QLatin1String("NULL") ? QString() : v; };
            m.modules.append({row.value(0), version(row.value(1)), version(row.value(2))});
        }
    }

    for (const auto &[name, kind] : WatermarkTables) {
        const QString table = db.connection().table(QLatin1String(name));
        if (!m.tables.contains(table))
            continue;
        const std::optional<QueryRows> columns =
            db.query(QStringLiteral("SELECT column_name FROM information_schema.COLUMNS WHERE table_schema = "
                                    "DATABASE() AND table_name = %1")
                         .arg(Database::quoteText(table)),
                     error);
        if (!columns)
            return false;
        DataWatermark w;
        w.table = table;
        w.kind = QLatin1String(kind);
        bool hasId = false;
        for (const QStringList &row : columns->rows) {
            const QString c = row.value(0).toLower();
            hasId = hasId || c == QLatin1String("entity_id");
            w.hasCreatedAt = w.hasCreatedAt || c == QLatin1String("created_at");
            w.hasUpdatedAt = w.hasUpdatedAt || c == QLatin1String("updated_at");
        }
        const std::optional<QueryRows> counts =
            db.query(QStringLiteral("SELECT %1, COUNT(*) FROM %2")
                         .arg(hasId ? QStringLiteral("COALESCE(MAX(entity_id), 0)") : QStringLiteral("-1"),
                              Database::quoteName(table)),
                     error);
        if (!counts)
            return false;
        w.maxId = counts->value(0, 0).toLongLong();
        w.rows = counts->value(0, 1).toLongLong();
        m.watermarks.append(w);
    }
    return true;
}

} // namespace

std::optional<Backup::Made> Backup::create(const Request &request, QString *error)
{
    const Store &store = request.store;
    const LineHandler &log = request.log;
    auto say = [&](LogStream s, const QString &text) {
        if (log)
            log(s, text);
    };

    const std::optional<DbConnection> connection = DbConnection::fromEnv(store.env, error);
    if (!connection)
        return std::nullopt;
    if (!isOutsideStore(store.root, request.storeFolder, error))
        return std::nullopt;

    Database db(*connection, request.cancel, request.graceMs);
    if (!db.open(error))
        return std::nullopt;
    say(LogStream::Info, tr("Database: %1.").arg(connection->describe()));

    // 1. Enough room? Nothing is written before the answer is yes.
    const Estimate e = estimate(store, &db, request.includeMedia, request.storeFolder);
    if (e.databaseBytes < 0) {
        failWith(error, e.databaseError);
        return std::nullopt;
    }
    say(LogStream::Info, tr("The backup needs about %1 (code %2 in %n entries, database %3); %4 free in %5.",
                            nullptr, int(qMin<qint64>(e.codeFiles, INT_MAX)))
                             .arg(formatSize(e.needed), formatSize(e.codeBytes), formatSize(e.databaseBytes),
                                  e.free < 0 ? tr("unknown") : formatSize(e.free), e.freePath));
    if (QString shortOfSpace; !hasRoom(e, &shortOfSpace)) {
        failWith(error, tr("%1 Nothing was changed.").arg(shortOfSpace));
        return std::nullopt;
    }

    // 2. The backup's own folder, private: the archive holds env.php and its secrets.
    if (!makePrivateFolders(request.storeFolder, error))
        return std::nullopt;
    BackupManifest m;
    m.created = QDateTime::currentDateTimeUtc();
    QString folder =
        request.storeFolder + QLatin1Char('/') + m.created.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = request.storeFolder + QLatin1Char('/') +
                 m.created.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-') +
                 QString::number(n);
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0) {
        failWith(error, tr("Cannot make the backup folder %1: %2.").arg(folder, errnoText()));
        return std::nullopt;
    }
    auto fail = [&](const QString &why) -> std::optional<Made> {
        Backup::remove(request.storeFolder, folder, nullptr);
        failWith(error, request.cancel && request.cancel->load()
                            ? tr("The backup was cancelled; its unfinished folder was removed.")
                            : why + QLatin1Char(' ') +
                                  tr("The unfinished backup folder was removed; the store was not "
                                     "changed."));
        return std::nullopt;
    };
    QString why; // what stopped it, before fail() says what became of the folder

    m.tool = QStringLiteral("magento-upgrade-assistant %1").arg(QStringLiteral(MUA_VERSION));
    m.storeRoot = store.root;
    m.magentoVersion = store.version;
    m.edition = store.edition;
    m.maintenance = store.maintenance;
    m.database = connection->name;
    m.databaseHost = connection->host;
    m.databaseUser = connection->user;
    m.tablePrefix = connection->tablePrefix;
    m.dumpProgram = QFileInfo(Database::dumpProgram()).fileName() + QLatin1Char(' ') +
                    Database::dumpOptions().join(QLatin1Char(' '));
    m.includesMedia = request.includeMedia;
    m.excluded = excludedPaths(request.includeMedia);
    m.covered = covered(request.includeMedia);
    m.notCovered = notCovered(request.includeMedia);
    m.codeBytes = e.codeBytes;
    m.databaseBytes = e.databaseBytes;

    // 3. The code, streamed into a .tar.gz.
    const QString archive = folder + QLatin1Char('/') + codeArchiveName();
    if (!makePrivateFile(archive, &why))
        return fail(why);
    say(LogStream::Info, tr("Archiving the code of %1 to %2 …").arg(store.root, archive));
    if (!runTar(archiveCommand(store.root, archive, request.includeMedia), e.codeBytes, tr("Archived"),
                request.cancel, request.graceMs, log, &why))
        return fail(why);
    QString codeSum;
    if (!sha256(archive, request.cancel, &codeSum, &why))
        return fail(why);
    m.files.append({codeArchiveName(), QStringLiteral("code"), QFileInfo(archive).size(), codeSum});

    // 4. The database: what it holds, then one consistent snapshot.
    if (!describeDatabase(db, m, &why))
        return fail(why);
    m.snapshotAt = QDateTime::currentDateTimeUtc();
    const QString dump = folder + QLatin1Char('/') + databaseDumpName();
    if (!makePrivateFile(dump, &why))
        return fail(why);
    // A shared database: only the store's own tables (its prefix), never another application's.
    if (!connection->tablePrefix.isEmpty() && m.tables.isEmpty() && m.views.isEmpty())
        return fail(tr("The database %1 has no tables with the prefix %2 that app/etc/env.php names: check "
                       "db.table_prefix there.")
                        .arg(connection->name, connection->tablePrefix));
    const CommandSpec dumpSpec =
        db.dumpCommand(dump, connection->tablePrefix.isEmpty() ? QStringList() : m.tables + m.views);
    say(LogStream::Info, tr("$ %1").arg(dumpSpec.display()));
    if (!db.runPipeline(dumpSpec, log, &why))
        return fail(why);
    QString dumpSum;
    if (!sha256(dump, request.cancel, &dumpSum, &why))
        return fail(why);
    m.files.append({databaseDumpName(), QStringLiteral("database"), QFileInfo(dump).size(), dumpSum});

    // 5. The manifest, last: a folder without one is not a backup.
    // Whole or not at all (a full disk must not leave an empty manifest that names a backup).
    if (!AtomicFile::write(folder + QLatin1Char('/') + manifestName(),
                           QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented), &why, nullptr, 0600))
        return fail(why);

    say(LogStream::Info,
        tr("Backup complete in %1: code %2 (sha256 %3), database %4 (sha256 %5), %6, %7.",
           "%6: the module versions, %7: the tables")
            .arg(folder, formatSize(m.files.at(0).bytes), codeSum.left(12), formatSize(m.files.at(1).bytes),
                 dumpSum.left(12), tr("%n module version(s)", nullptr, int(m.modules.size())),
                 tr("%n table(s)", nullptr, int(m.tables.size()))));
    return Made{folder, m};
}

std::optional<BackupManifest> Backup::readManifest(const QString &folder, QString *error)
{
    // Never blocks on a FIFO, never reads a device or a huge file, never follows a link planted there.
    const FileContent f = SafeFile::read(folder + QLatin1Char('/') + manifestName(), FileLimit::Manifest,
                                         SafeFile::Links::Refuse);
    if (f.status == FileContent::Status::Missing) {
        failWith(error, QFileInfo(folder).isDir()
                            ? tr("%1 holds no manifest.json, so it is not a finished backup.").arg(folder)
                            : tr("%1 does not exist or is not a folder.").arg(folder));
        return std::nullopt;
    }
    if (!f.ok()) {
        failWith(error, f.error);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.data, &parseError);
    if (!doc.isObject()) {
        failWith(error, tr("%1/manifest.json is not valid JSON (%2).").arg(folder, parseError.errorString()));
        return std::nullopt;
    }
    QString why;
    BackupManifest m;
    if (!BackupManifest::fromJson(doc.object(), &m, &why)) {
        failWith(error, tr("%1: %2").arg(folder, why));
        return std::nullopt;
    }
    return m;
}

bool Backup::verify(const QString &folder, const BackupManifest &manifest, QString *error,
                    const std::atomic_bool *cancel, const LineHandler &log)
{
    for (const BackupFile &f : manifest.files) {
        const QString path = folder + QLatin1Char('/') + f.name;
        const QFileInfo info(path);
        if (!info.exists() || info.isSymLink() || !info.isFile())
            return failWith(error, tr("The backup in %1 is incomplete: %2 is missing.").arg(folder, f.name));
        if (info.size() != f.bytes)
            return failWith(error, tr("The backup in %1 is damaged: %2 has %3 bytes, the manifest says %4.")
                                       .arg(folder, f.name)
                                       .arg(info.size())
                                       .arg(f.bytes));
        if (log)
            log(LogStream::Info, tr("Checking the sha256 of %1 (%2) …").arg(f.name, formatSize(f.bytes)));
        QString sum;
        if (!sha256(path, cancel, &sum, error))
            return false;
        if (sum != f.sha256)
            return failWith(error,
                            tr("The backup in %1 is damaged: the sha256 of %2 does not match its manifest.")
                                .arg(folder, f.name));
    }
    return true;
}

QJsonObject Backup::Listed::toJson() const
{
    return QJsonObject{
        {QLatin1String("path"), folder},
        {QLatin1String("created"), isoUtc(created)},
        {QLatin1String("magentoVersion"), manifest ? orNull(manifest->magentoVersion) : QJsonValue()},
        {QLatin1String("database"), manifest ? orNull(manifest->database) : QJsonValue()},
        {QLatin1String("includesMedia"), manifest ? QJsonValue(manifest->includesMedia) : QJsonValue()},
        {QLatin1String("bytes"), bytes},
        {QLatin1String("complete"), complete},
        {QLatin1String("problem"), orNull(problem)}};
}

QList<Backup::Listed> Backup::list(const QString &storeFolder, const QString &storeRoot)
{
    static const QRegularExpression stamp(QStringLiteral("^(\\d{8}T\\d{6}Z)(-\\d+)?$"));
    QList<Listed> out;
    const QStringList names = QDir(storeFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : names) {
        const QString folder = storeFolder + QLatin1Char('/') + name;
        const QRegularExpressionMatch m = stamp.match(name);
        const bool hasManifest = QFileInfo::exists(folder + QLatin1Char('/') + manifestName());
        if ((!m.hasMatch() && !hasManifest) || QFileInfo(folder).isSymLink())
            continue; // not ours
        Listed l;
        l.folder = folder;
        for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
            l.bytes += f.isSymLink() ? 0 : f.size();
        QString error;
        l.manifest = readManifest(folder, &error);
        // A shared --backup-dir: another store's backups are not this store's to list or prune.
        if (l.manifest && !storeRoot.isEmpty() &&
            QDir::cleanPath(l.manifest->storeRoot) != QDir::cleanPath(storeRoot) &&
            QFileInfo(l.manifest->storeRoot).canonicalFilePath() != QDir::cleanPath(storeRoot))
            continue;
        if (l.manifest) {
            l.created = l.manifest->created;
            l.complete = true;
            for (const BackupFile &f : l.manifest->files) {
                const QFileInfo info(folder + QLatin1Char('/') + f.name);
                if (!info.isFile() || info.size() != f.bytes) {
                    l.complete = false;
                    l.problem = info.exists() ? tr("%1 has the wrong size").arg(f.name)
                                              : tr("%1 is missing").arg(f.name);
                    break;
                }
            }
        } else {
            l.unreadable = hasManifest;
            l.problem = hasManifest ? error : tr("unfinished: no manifest.json");
            l.created = m.hasMatch()
                            ? QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                            : QFileInfo(folder).lastModified();
            l.created.setTimeSpec(Qt::UTC);
        }
        out << l;
    }
    std::sort(out.begin(), out.end(), [](const Listed &a, const Listed &b) {
        return a.created != b.created ? a.created > b.created : a.folder > b.folder;
    });
    return out;
}

bool Backup::remove(const QString &storeFolder, const QString &folder, QString *error)
{
    const QString name = QFileInfo(folder).fileName();
    if (QDir::cleanPath(QFileInfo(folder).path()) != QDir::cleanPath(storeFolder) || name.isEmpty() ||
        name.startsWith(QLatin1Char('.'))) {
        return failWith(error, tr("%1 is not a backup in %2; it is left alone.").arg(folder, storeFolder));
    }
    // Descriptor-relative, never following a link: only what is in the folder goes.
    const FileOpReport r = FileOps::emptyFolder(storeFolder, name);
    if (!r.ok() || ::rmdir(QFile::encodeName(folder).constData()) != 0) {
        return failWith(error, !r.error.isEmpty() ? r.error
                               : !r.failed.isEmpty()
                                   ? tr("Cannot delete %1.").arg(r.failed.join(QLatin1String("; ")))
                                   : tr("Cannot delete %1: %2.").arg(folder, errnoText()));
    }
    return true;
}

} // namespace mua
