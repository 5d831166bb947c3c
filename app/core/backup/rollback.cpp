// Past 800 lines until the rollback becomes Step classes (issue 17): today Rollback::run, the code
// swap and the data-loss check are one procedure.

#include "core/backup/rollback.h"

#include "core/backup/backup.h"
#include "core/backup/database.h"
#include "core/fs/atomicfile.h"
#include "core/fs/fileops.h"
#include "core/fs/safefile.h"
#include "core/inspect/deploymode.h"
#include "core/inspect/storeinspector.h"
#include "core/model/exitcodes.h"
#include "core/model/upgradeoptions.h"
#include "core/run/emergency.h"
#include "core/run/redactor.h"
#include "core/run/storelock.h"
#include "core/run/terminaltext.h"
#include "core/run/upgradeworker.h"
#include "core/steps/maintenancesteps.h"
#include "core/steps/preflightstep.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace mua {

namespace {

constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString join(const QString &dir, const QString &name)
{
    if (name.isEmpty())
        return dir;
    return dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
}

// renameat2(RENAME_NOREPLACE), or on a file system without it (EINVAL: NFS, some FUSE) a plain
// renameat once nothing is found at the target: every target of the swap is a name it emptied or a
// folder it made itself, so it is fresh.
int renameNoReplace(int fromFd, const char *name, int toFd)
{
    if (::renameat2(fromFd, name, toFd, name, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL)
        return -1;
    struct stat st;
    if (::fstatat(toFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        errno = EEXIST;
        return -1;
    }
    return ::renameat(fromFd, name, toFd, name);
}

// Swaps the store's code for the extracted copy with renames inside the store folder, never through
// a link: every folder is opened component by component with O_NOFOLLOW from the store's own
// descriptor. Each rename is recorded, so a failure puts everything back.
class CodeSwap
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    CodeSwap(const QString &root, const QStringList &excluded, const QString &staging, const QString &trash)
        : m_excluded(excluded)
        , m_staging(staging)
        , m_trash(trash)
    {
        m_rootFd = ::open(QFile::encodeName(root).constData(), DirFlags);
    }
    ~CodeSwap()
    {
        if (m_rootFd >= 0)
            ::close(m_rootFd);
    }

    bool run(QString *error)
    {
        if (m_rootFd < 0) {
            *error = tr("Cannot open the store folder: %1.").arg(errnoText(errno));
            return false;
        }
        if (::mkdirat(m_rootFd, QFile::encodeName(m_trash).constData(), 0700) != 0) {
            *error = tr("Cannot make %1 in the store: %2.").arg(m_trash, errnoText(errno));
            return false;
        }
        if (!moveOut(QString(), error) || !moveIn(QString(), error)) {
            QString undoError;
            m_undoFailed = !undo(&undoError);
            if (m_undoFailed)
                *error += QLatin1Char(' ') + tr("Moving the files back failed too: %1").arg(undoError);
            return false;
        }
        return true;
    }
    int moved() const { return int(m_moves.size()); }
    // After run() failed: some files could not be moved back.
    bool undoFailed() const { return m_undoFailed; }

    // Puts every move back, newest first, and the attributes of the folders that stayed; false with
    // the first failure in *error (the other moves are still tried).
    bool undo(QString *error)
    {
        bool ok = true;
        for (qsizetype i = m_moves.size() - 1; i >= 0; --i) {
            const Move &m = m_moves.at(i);
            const int from = openDir(m.toDir);
            const int to = from >= 0 ? openDir(m.fromDir) : -1;
            const QByteArray native = QFile::encodeName(m.name);
            const bool moved = from >= 0 && to >= 0 && renameNoReplace(from, native.constData(), to) == 0;
            const int err = errno;
            if (from >= 0)
                ::close(from);
            if (to >= 0)
                ::close(to);
            if (!moved && ok) {
                *error = tr("Cannot move %1 back to %2: %3.")
                             .arg(join(m.toDir, m.name), join(m.fromDir, m.name), errnoText(err));
                ok = false;
            }
        }
        for (qsizetype i = m_kept.size() - 1; i >= 0; --i)
            copyAttributes(m_kept.at(i).second, m_kept.at(i).first);
        m_moves.clear();
        m_kept.clear();
        return ok;
    }

private:
    struct Move
    {
        QString fromDir;
        QString toDir;
        QString name;
    };

    int openDir(const QString &relative) const
    {
        int fd = ::fcntl(m_rootFd, F_DUPFD_CLOEXEC, 0);
        if (relative.isEmpty())
            return fd;
        for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const int next = ::openat(fd, QFile::encodeName(part).constData(), DirFlags);
            const int err = errno;
            ::close(fd);
            if (next < 0) {
                errno = err;
                return -1;
            }
            fd = next;
        }
        return fd;
    }

    // Entries of a folder, never following a link; "name" → is a real folder.
    QList<QPair<QString, bool>> entries(const QString &relative, bool *ok, QString *error) const
    {
        QList<QPair<QString, bool>> out;
        *ok = false;
        const int fd = openDir(relative);
        DIR *d = fd >= 0 ? ::fdopendir(fd) : nullptr;
        if (!d) {
            *error = tr("Cannot read %1: %2.")
                         .arg(relative.isEmpty() ? tr("the store folder") : relative, errnoText(errno));
            if (fd >= 0)
                ::close(fd);
            return out;
        }
        while (const dirent *e = ::readdir(d)) {
            if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, ".."))
                continue;
            struct stat st;
            const bool isDir =
                ::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
            out.append({QFile::decodeName(e->d_name), isDir});
        }
        ::closedir(d);
        *ok = true;
        return out;
    }

    bool exists(const QString &relative) const
    {
        struct stat st;
        return ::fstatat(m_rootFd, QFile::encodeName(relative).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    }

    bool rename(const QString &fromDir, const QString &toDir, const QString &name, QString *error)
    {
        const int from = openDir(fromDir);
        const int to = from >= 0 ? openDir(toDir) : -1;
        const QByteArray native = QFile::encodeName(name);
        const bool ok = from >= 0 && to >= 0 && renameNoReplace(from, native.constData(), to) == 0;
        const int err = errno;
        if (from >= 0)
            ::close(from);
        if (to >= 0)
            ::close(to);
        if (!ok) {
            *error =
                tr("Cannot move %1 to %2: %3.").arg(join(fromDir, name), join(toDir, name), errnoText(err));
            return false;
        }
        m_moves.append({fromDir, toDir, name});
        return true;
    }

    // Does relative hold an excluded folder that exists (so it must stay, and only its other entries move)?
    bool holdsKept(const QString &relative) const
    {
        for (const QString &e : m_excluded) {
            if (e.startsWith(relative + QLatin1Char('/')) && exists(e))
                return true;
        }
        return false;
    }

    bool moveOut(const QString &relative, QString *error)
    {
        bool ok = false;
        const auto list = entries(relative, &ok, error);
        if (!ok)
            return false;
        for (const auto &[name, isDir] : list) {
            const QString path = join(relative, name);
            if ((relative.isEmpty() && name.startsWith(QLatin1String(".upgrade-assistant-"))) ||
                m_excluded.contains(path))
                continue;
            if (isDir && holdsKept(path)) {
                struct stat st;
                if (::fstatat(m_rootFd, QFile::encodeName(path).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
                    m_kept.append({path, st});
                if (::mkdirat(m_rootFd, QFile::encodeName(join(m_trash, path)).constData(), 0700) != 0) {
                    *error = tr("Cannot make %1: %2.").arg(join(m_trash, path), errnoText(errno));
                    return false;
                }
                if (!moveOut(path, error))
                    return false;
                continue;
            }
            if (!rename(relative, join(m_trash, relative), name, error))
                return false;
        }
        return true;
    }

    bool moveIn(const QString &relative, QString *error)
    {
        const QString stagedDir = join(m_staging, relative);
        bool ok = false;
        const auto list = entries(stagedDir, &ok, error);
        if (!ok)
            return false;
        for (const auto &[name, isDir] : list) {
            const QString path = join(relative, name);
            if (exists(path)) {
                // Only a folder that stayed because it holds a kept folder (pub/) can be in the way.
                struct stat st;
                const bool realDir =
                    ::fstatat(m_rootFd, QFile::encodeName(path).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                    S_ISDIR(st.st_mode);
                if (!isDir || !realDir || m_excluded.contains(path)) {
                    *error = tr("Cannot put back %1: something else is in its place.").arg(path);
                    return false;
                }
                // The backed-up folder's mode and times, read before its entries move out of it.
                struct stat staged;
                if (::fstatat(m_rootFd, QFile::encodeName(join(m_staging, path)).constData(), &staged,
                              AT_SYMLINK_NOFOLLOW) != 0) {
                    *error = tr("Cannot read %1: %2.").arg(join(m_staging, path), errnoText(errno));
                    return false;
                }
                if (!moveIn(path, error))
                    return false;
                copyAttributes(staged, path);
                continue;
            }
            if (!rename(stagedDir, relative, name, error))
                return false;
        }
        return true;
    }

    // Mode, owner (when we may) and times of the backed-up folder onto the one that stayed.
    void copyAttributes(const struct stat &st, const QString &to)
    {
        const int fd = openDir(to);
        if (fd < 0)
            return;
        if (::geteuid() == 0)
            (void)::fchown(fd, st.st_uid, st.st_gid);
        (void)::fchmod(fd, st.st_mode & 07777);
        const struct timespec times[2] = {st.st_atim, st.st_mtim};
        (void)::futimens(fd, times);
        ::close(fd);
    }

    int m_rootFd = -1;
    QStringList m_excluded;
    QString m_staging;
    QString m_trash;
    QList<Move> m_moves;
    QList<QPair<QString, struct stat>> m_kept; // folders that stayed, as they were before the swap
    bool m_undoFailed = false;
};

} // namespace

QString DataLoss::sentence() const
{
    QStringList parts;
    if (orders)
        parts << Rollback::tr("%n new order(s)", nullptr, int(orders));
    if (ordersChanged)
        parts << Rollback::tr("%n changed order(s)", nullptr, int(ordersChanged));
    if (customers)
        parts << Rollback::tr("%n new customer account(s)", nullptr, int(customers));
    if (carts)
        parts << Rollback::tr("%n new cart(s)", nullptr, int(carts));
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return Rollback::tr("%1 and %2").arg(parts.join(QLatin1String(", ")), last);
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

// The tables, views and routines a database should hold after a dump is loaded.
struct Rollback::Private
{
    RollbackRequest request;
    const std::atomic_bool *cancel = nullptr;
    LineHandler onLine;
    Redactor redactor;
    QFile logFile;
    QString logPath;
    QString currentStep;
    DataLoss loss;
    bool refusedForDataLoss = false;

    void log(LogStream stream, const QString &text)
    {
        const QString line = redactor.redact(text);
        if (logFile.isOpen()) {
            static const char *const tags[] = {"out", "err", "info", "warn", "ERROR"};
            logFile.write(
                QStringLiteral("%1 %2 %3 %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")),
                         currentStep.isEmpty() ? QStringLiteral("-") : currentStep,
                         QLatin1String(tags[int(stream)]),
                         TerminalText::neutralise(line, TerminalText::Newlines::Escape))
                    .toUtf8());
            logFile.flush();
        }
        if (onLine)
            onLine(stream, line);
    }
    bool cancelled() const { return cancel && cancel->load(); }
    void openLog(const Store &store);
    QString checkDataLoss(const Database &db, const BackupManifest &m);
    // The store's tables, views and routines now (only those with its prefix when it has one).
    bool restoreDatabase(const Database &db, const Schema &target, const QString &dump, QString *error);
    void resetJournal(const QString &root, const QString &message, std::optional<bool> maintenance);
};

void Rollback::Private::openLog(const Store &store)
{
    QString path = request.logFile;
    if (path.isEmpty()) {
        QDir().mkpath(store.path(QStringLiteral("var/log")));
        path = store.path(QStringLiteral("var/log/") + logFileName());
    }
    // A link planted in the store must not make us write over its target; a --log elsewhere is the
    // user's own path (/dev/stdout is a link). Never blocks on a FIFO.
    path = QFileInfo(path).absoluteFilePath();
    QString error;
    const int fd = SafeFile::openForAppend(
        path,
        path.startsWith(store.root + QLatin1Char('/')) ? SafeFile::Links::Refuse : SafeFile::Links::Follow,
        &error);
    if (fd < 0) {
        log(LogStream::Warning, error);
        return;
    }
    if (!logFile.open(fd, QIODevice::WriteOnly | QIODevice::Append, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return;
    }
    logPath = path;
}

QString Rollback::Private::checkDataLoss(const Database &db, const BackupManifest &m)
{
    loss = DataLoss();
    const QueryResult now = db.query(
        QStringLiteral("SELECT table_name FROM information_schema.TABLES WHERE table_schema = DATABASE()"));
    if (!now.ok)
        return now.error;
    QSet<QString> tables;
    for (const QStringList &row : now.rows)
        tables.insert(row.value(0));
    const QString since =
        Database::quoteText(m.snapshotAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    for (const DataWatermark &w : m.watermarks) {
        if (!tables.contains(w.table))
            continue;
        QStringList newRow;
        if (w.maxId >= 0)
            newRow << QStringLiteral("entity_id > %1").arg(w.maxId);
        if (w.hasCreatedAt)
            newRow << QStringLiteral("created_at >= %1").arg(since);
        if (newRow.isEmpty())
            continue;
        const QString isNew = QLatin1Char('(') + newRow.join(QLatin1String(" OR ")) + QLatin1Char(')');
        const QString isChanged = w.kind == QLatin1String("orders") && w.hasUpdatedAt
                                      ? QStringLiteral("(updated_at >= %1 AND NOT %2)").arg(since, isNew)
                                      : QStringLiteral("0");
        // Magento keeps these times in UTC; the session's zone must not shift them.
        const QueryResult r =
            db.query(QStringLiteral("SET time_zone = '+00:00'; SELECT COALESCE(SUM(%1), 0), "
                                    "COALESCE(SUM(%2), 0) FROM %3")
                         .arg(isNew, isChanged, Database::quoteName(w.table)));
        if (!r.ok)
            return r.error;
        const qint64 added = r.value(0, 0).toLongLong();
        const qint64 changed = r.value(0, 1).toLongLong();
        if (w.kind == QLatin1String("orders")) {
            loss.orders += added;
            loss.ordersChanged += changed;
        } else if (w.kind == QLatin1String("customers")) {
            loss.customers += added;
        } else {
            loss.carts += added;
        }
    }
    loss.checked = true;
    return QString();
}

bool Rollback::Private::restoreDatabase(const Database &db, const Schema &target, const QString &dump,
                                        QString *error)
{
    // What exists now that the dump does not have would survive it: drop it first. With a table
    // prefix only the store's own tables are looked at; another application's stay.
    Schema now;
    if (!db.schema(&now, error))
        return false;
    QStringList dropTables;
    QStringList dropViews;
    for (const QString &name : std::as_const(now.views)) {
        if (!target.views.contains(name))
            dropViews << Database::quoteName(name);
    }
    for (const QString &name : std::as_const(now.tables)) {
        if (!target.tables.contains(name))
            dropTables << Database::quoteName(name);
    }
    QStringList statements{QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")};
    if (!dropViews.isEmpty())
        statements << QStringLiteral("DROP VIEW IF EXISTS ") + dropViews.join(QLatin1String(", "));
    if (!dropTables.isEmpty())
        statements << QStringLiteral("DROP TABLE IF EXISTS ") + dropTables.join(QLatin1String(", "));
    int droppedRoutines = 0;
    for (const QString &routine : std::as_const(now.routines)) {
        const QString type = routine.section(QLatin1Char(' '), 0, 0);
        if (target.routines.contains(routine) ||
            (type != QLatin1String("PROCEDURE") && type != QLatin1String("FUNCTION")))
            continue;
        statements << QStringLiteral("DROP %1 IF EXISTS %2")
                          .arg(type, Database::quoteName(routine.section(QLatin1Char(' '), 1)));
        ++droppedRoutines;
    }
    if (statements.size() > 1) {
        log(LogStream::Info, tr("Dropping what %1 does not have: %n table(s), %2 view(s), %3 routine(s).",
                                nullptr, int(dropTables.size()))
                                 .arg(QFileInfo(dump).fileName())
                                 .arg(dropViews.size())
                                 .arg(droppedRoutines));
        if (!dropTables.isEmpty())
            log(LogStream::Info, tr("Tables dropped: %1").arg(dropTables.join(QLatin1String(", "))));
        const QueryResult dropped = db.query(statements.join(QLatin1String("; ")));
        if (!dropped.ok) {
            *error = dropped.error;
            return false;
        }
    }
    if (dump.isEmpty()) // nothing to load: the store had no tables
        return true;
    const CommandSpec load = db.loadCommand(dump);
    log(LogStream::Info, tr("$ %1").arg(load.display()));
    return db.runPipeline(
        load, [this](LogStream s, const QString &line) { log(s, line); }, error);
}

void Rollback::Private::resetJournal(const QString &root, const QString &message,
                                     std::optional<bool> maintenance)
{
    // The upgrade's journal: the store is back before that run, so a --resume starts it over.
    const QString path = UpgradeWorker::journalPath(root);
    const JournalFile journal = JournalFile::read(path);
    if (journal.state != JournalFile::State::Read)
        return;
    RunRecord previous = journal.record;
    for (StepRecord &s : previous.steps) {
        s.status = StepStatus::Pending;
        s.detail.clear();
        s.error.clear();
    }
    previous.failedStep.clear();
    previous.message = message;
    previous.nextCommand.clear();
    previous.maintenanceAfter = maintenance;
    previous.movedAside.clear();
    previous.runningStep.clear();
    if (const AtomicFile::Result written =
            AtomicFile::write(path, QJsonDocument(previous.toJournal()).toJson());
        !written)
        log(LogStream::Warning, written.message);
}

Rollback::Rollback(RollbackRequest request, const std::atomic_bool *cancel, LineHandler onLine)
    : d(std::make_unique<Private>())
{
    d->request = std::move(request);
    d->cancel = cancel;
    d->onLine = std::move(onLine);
}

Rollback::~Rollback() = default;

const DataLoss &Rollback::dataLoss() const
{
    return d->loss;
}

bool Rollback::refusedForDataLoss() const
{
    return d->refusedForDataLoss;
}

QString Rollback::logFileName()
{
    return QStringLiteral("upgrade-assistant-rollback-%1.log")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QJsonObject Rollback::report(const RunRecord &record) const
{
    QJsonObject o = record.toReport();
    o.insert(QLatin1String("command"), QStringLiteral("rollback"));
    o.insert(QLatin1String("dataLoss"), d->loss.toJson());
    return o;
}

RunRecord Rollback::run(int *exitCode)
{
    // No deadline after a Ctrl-C cuts a rollback short (a second Ctrl-C still does).
    const Emergency::Hold runsToItsEnd;
    RunRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.store = QDir::cleanPath(QFileInfo(d->request.root).absoluteFilePath());
    record.backup = QDir::cleanPath(QFileInfo(d->request.backupFolder).absoluteFilePath());
    const QString folder = record.backup;
    const QStringList ids{QStringLiteral("verify"),           QStringLiteral("safety"),
                          QStringLiteral("prepare-code"),     QStringLiteral("maintenance-on"),
                          QStringLiteral("dump-current"),     QStringLiteral("restore-code"),
                          QStringLiteral("restore-database"), QStringLiteral("clear-generated"),
                          QStringLiteral("maintenance-off")};
    const QStringList titles{tr("Check the backup"),
                             tr("Check that a rollback is safe"),
                             tr("Extract the code beside the store"),
                             tr("Turn maintenance mode on"),
                             tr("Dump the database as it is now"),
                             tr("Put the code back"),
                             tr("Put the database back"),
                             tr("Empty the code-generation folders and caches"),
                             tr("Put maintenance mode back")};
    for (int i = 0; i < ids.size(); ++i)
        record.steps.append({ids.at(i), titles.at(i), StepStatus::Pending, QString(), QString(), 0});

    auto finish = [&](RunResult result, ExitCode code, const QString &message) {
        record.result = result;
        record.message = d->redactor.redact(message);
        for (StepRecord &s : record.steps) {
            s.detail = d->redactor.redact(s.detail);
            s.error = d->redactor.redact(s.error);
        }
        record.finishedAt = QDateTime::currentDateTimeUtc();
        record.logPath = d->logPath;
        d->log(result == RunResult::Succeeded ? LogStream::Info : LogStream::Error, record.message);
        if (!record.nextCommand.isEmpty())
            d->log(LogStream::Info, tr("Next: %1").arg(record.nextCommand));
        const QString reportProblem =
            d->request.reportFile.isEmpty()
                ? QString()
                : SafeFile::outputProblem(d->request.reportFile, QStringLiteral("--report"), false);
        if (!reportProblem.isEmpty()) {
            d->log(LogStream::Warning, tr("The report was not written: %1").arg(reportProblem));
        } else if (!d->request.reportFile.isEmpty()) {
            // Whole or not at all: a full disk keeps the previous report rather than an empty one.
            if (const AtomicFile::Result written =
                    AtomicFile::write(d->request.reportFile, QJsonDocument(report(record)).toJson());
                !written)
                d->log(LogStream::Warning, tr("The report was not written: %1").arg(written.message));
        }
        d->logFile.close();
        *exitCode = toInt(code);
        return record;
    };
    int index = -1;
    QElapsedTimer clock;
    auto begin = [&](int i) {
        index = i;
        d->currentStep = ids.at(i);
        d->log(LogStream::Info, tr("%1 …").arg(titles.at(i)));
        clock.start();
    };
    auto end = [&](StepStatus status, const QString &detail) {
        StepRecord &s = record.steps[index];
        s.status = status;
        s.durationMs = clock.elapsed();
        if (status == StepStatus::Failed) {
            s.error = detail;
            s.detail = detail;
            record.failedStep = s.id;
        } else {
            s.detail = detail;
            if (status == StepStatus::Done)
                d->log(LogStream::Info, tr("%1: done (%2)").arg(titles.at(index), detail));
            else if (status == StepStatus::Skipped)
                d->log(LogStream::Info, tr("%1: skipped, %2").arg(titles.at(index), detail));
        }
        d->currentStep.clear();
    };

    // 1. The store and the backup, read before anything else.
    const Store store = StoreInspector::inspect(d->request.root);
    record.store = store.root;
    if (!store.error.isEmpty())
        return finish(RunResult::Refused, ExitCode::Usage, store.error);
    d->redactor = Redactor(store.env);
    record.versionBefore = store.version;
    if (d->request.runner.kind != RunnerKind::Local)
        return finish(RunResult::Refused, ExitCode::Usage,
                      tr("rollback works with the local runner only in this version."));
    QString error;
    const std::unique_ptr<Runner> runner = RunnerFactory::create(store.root, d->request.runner, &error);
    if (!runner)
        return finish(RunResult::Refused, ExitCode::Usage, error);
    const std::optional<BackupManifest> manifest = Backup::readManifest(folder, &error);
    if (!manifest)
        return finish(RunResult::Refused,
                      QFileInfo(folder).isDir() &&
                              QFileInfo::exists(folder + QStringLiteral("/manifest.json"))
                          ? ExitCode::Refused
                          : ExitCode::Usage,
                      tr("Refused: %1 Give the folder of one backup (the one that holds manifest.json); "
                         "'magento-upgrade-assistant backups %2' lists them. Nothing was changed.")
                          .arg(error, store.root));

    // 2. Only the owner may change the files, and only one run at a time.
    const PreflightCheck owner = PreflightStep::ownerCheck(store);
    if (owner.level == PreflightCheck::Level::Error)
        return finish(RunResult::Refused, ExitCode::Refused,
                      tr("Refused: %1 %2 Nothing was changed.").arg(owner.message, owner.fix));
    StoreLock lock(store.root);
    QString lockMessage;
    const StoreLock::Result locked = lock.acquire(d->request.breakLock, &lockMessage);
    if (locked == StoreLock::Result::Held || locked == StoreLock::Result::Error)
        return finish(RunResult::Refused, ExitCode::Refused, lockMessage);
    d->openLog(store);
    d->log(LogStream::Info, tr("Magento Upgrade Assistant %1: rolling %2 back to the backup in %3, taken %4 "
                               "(Magento %5).")
                                .arg(QStringLiteral(MUA_VERSION), store.root, folder,
                                     manifest->created.toString(Qt::ISODate), manifest->magentoVersion));
    if (locked == StoreLock::Result::TakenOver)
        d->log(LogStream::Warning, lockMessage);
    const QString again =
        QStringLiteral("magento-upgrade-assistant rollback %1 --backup %2 --yes")
            .arg(CommandSpec{store.root, {}, {}}.display(), CommandSpec{folder, {}, {}}.display());

    // 3. The backup is whole.
    begin(0);
    error =
        Backup::verify(folder, *manifest, d->cancel, [this](LogStream s, const QString &t) { d->log(s, t); });
    if (d->cancelled()) {
        end(StepStatus::Cancelled, tr("cancelled"));
        return finish(RunResult::Cancelled, ExitCode::Cancelled, tr("Cancelled; nothing was changed."));
    }
    if (!error.isEmpty()) {
        end(StepStatus::Failed, error);
        return finish(RunResult::Refused, ExitCode::Refused,
                      tr("Refused: %1 Nothing was changed.").arg(error));
    }
    end(StepStatus::Done,
        tr("%n file(s), sizes and sha256 match the manifest", nullptr, int(manifest->files.size())));

    // 4. It is this store's backup, of this database, and nothing taken in since would be lost.
    begin(1);
    auto refuse = [&](ExitCode code, const QString &why) {
        end(StepStatus::Failed, why);
        return finish(code == ExitCode::Failed ? RunResult::Failed : RunResult::Refused, code,
                      tr("%1 Nothing was changed.").arg(why));
    };
    if (QDir::cleanPath(manifest->storeRoot) != store.root &&
        QFileInfo(manifest->storeRoot).canonicalFilePath() != store.root)
        return refuse(ExitCode::Refused, tr("Refused: the backup was taken of the store in %1, not of %2.")
                                             .arg(manifest->storeRoot, store.root));
    const std::optional<DbConnection> connection = DbConnection::fromEnv(store.env, &error);
    if (!connection)
        return refuse(ExitCode::Usage, error);
    d->redactor.addSecret(connection->password);
    if (connection->name != manifest->database)
        return refuse(ExitCode::Refused,
                      tr("Refused: the backup holds the database %1, but app/etc/env.php now "
                         "uses %2.")
                          .arg(manifest->database, connection->name));
    Database db(*connection, d->cancel, d->request.graceMs);
    if (!db.open(&error))
        return refuse(ExitCode::Failed, error);
    // No connection: nothing could be restored.
    if (const QueryResult ping = db.query(QStringLiteral("SELECT 1")); !ping.ok) {
        if (d->cancelled()) {
            end(StepStatus::Cancelled, tr("cancelled"));
            return finish(RunResult::Cancelled, ExitCode::Cancelled, tr("Cancelled; nothing was changed."));
        }
        return refuse(ExitCode::Failed, ping.error);
    }
    if (const QString why = d->checkDataLoss(db, *manifest); !why.isEmpty()) {
        if (d->cancelled()) {
            end(StepStatus::Cancelled, tr("cancelled"));
            return finish(RunResult::Cancelled, ExitCode::Cancelled, tr("Cancelled; nothing was changed."));
        }
        if (!d->request.acceptDataLoss)
            return refuse(
                ExitCode::Refused,
                tr("Refused: cannot tell whether orders were placed since the backup (%1); run again "
                   "with --accept-data-loss to roll back all the same.")
                    .arg(why));
        d->log(LogStream::Warning, tr("Could not check for orders placed since the backup (%1); going on "
                                      "because of --accept-data-loss.")
                                       .arg(why));
    }
    const QString since = manifest->snapshotAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    if (d->loss.any() && !d->request.acceptDataLoss) {
        d->refusedForDataLoss = true;
        record.nextCommand = again + QStringLiteral(" --accept-data-loss");
        return refuse(ExitCode::Refused, tr("Refused: since the backup was taken (%1) the store has %2; a "
                                            "rollback would throw them away. Export them first, or run again "
                                            "with --accept-data-loss.")
                                             .arg(since, d->loss.sentence()));
    }
    if (d->loss.any())
        d->log(LogStream::Warning, tr("Since the backup was taken (%1) the store has %2; they will be lost "
                                      "(--accept-data-loss).")
                                       .arg(since, d->loss.sentence()));
    // What changed in the modules since, for the log.
    const QString setupModule = connection->table(QStringLiteral("setup_module"));
    if (const QueryResult mods =
            db.query(QStringLiteral("SELECT module, schema_version, data_version FROM %1")
                         .arg(Database::quoteName(setupModule)));
        mods.ok && !manifest->modules.isEmpty()) {
        QStringList moved;
        for (const QStringList &row : mods.rows) {
            const auto it = std::find_if(manifest->modules.cbegin(), manifest->modules.cend(),
                                         [&](const ModuleVersion &v) { return v.module == row.value(0); });
            if (it == manifest->modules.cend())
                moved << tr("%1 (new)").arg(row.value(0));
            else if (it->schemaVersion != row.value(1) &&
                     !(it->schemaVersion.isEmpty() && row.value(1) == u"NULL"))
                moved << tr("%1 %2 → %3").arg(row.value(0), it->schemaVersion, row.value(1));
        }
        if (!moved.isEmpty())
            d->log(LogStream::Info,
                   tr("Module versions changed since the backup, put back by the rollback: %1")
                       .arg(moved.join(QLatin1String(", "))));
    }
    end(StepStatus::Done, d->loss.any()
                              ? tr("same store and database; %1 accepted as lost").arg(d->loss.sentence())
                              : tr("same store and database; nothing taken in since the backup"));

    // 5. The code, extracted beside the store first: a broken archive changes nothing.
    begin(2);
    const QString staging = FileOps::asideName(QStringLiteral("rollback-new"));
    const QString trash = FileOps::asideName(QStringLiteral("rollback-old"));
    auto removeOwn = [&](const QString &name) {
        if (QFileInfo::exists(store.path(name)) || QFileInfo(store.path(name)).isSymLink()) {
            const FileOpReport r = FileOps::removeAside(store.root, name);
            if (!r.ok())
                d->log(LogStream::Warning,
                       tr("Could not delete %1: %2")
                           .arg(store.path(name),
                                r.error.isEmpty() ? r.failed.join(QLatin1String("; ")) : r.error));
        }
    };
    struct statvfs vfs;
    if (::statvfs(QFile::encodeName(store.root).constData(), &vfs) == 0) {
        const qint64 free = qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
        const qint64 needed = manifest->codeBytes + manifest->codeBytes / 10 + 16 * 1024 * 1024;
        if (free < needed)
            return refuse(ExitCode::Refused,
                          tr("Refused: putting the code back needs about %1 beside the store, "
                             "but only %2 is free in %3.")
                              .arg(Backup::formatSize(needed), Backup::formatSize(free), store.root));
    }
    if (::mkdir(QFile::encodeName(store.path(staging)).constData(), 0700) != 0)
        return refuse(ExitCode::Failed, tr("Cannot make %1: %2.").arg(store.path(staging), errnoText(errno)));
    {
        const CommandSpec extract = Backup::extractCommand(
            folder + QLatin1Char('/') + manifest->file(QStringLiteral("code"))->name, store.path(staging));
        d->log(LogStream::Info, tr("$ %1").arg(extract.display()));
        QStringList errors;
        const CommandResult r =
            CommandExecutor(d->cancel, d->request.graceMs)
                .run(
                    extract,
                    [&](LogStream s, const QString &line) {
                        if (s == LogStream::Stderr && !line.startsWith(QLatin1String("tar: R:")))
                            errors << line;
                        d->log(s, line);
                    },
                    false);
        if (!r.succeeded()) {
            removeOwn(staging);
            if (r.cancelled) {
                end(StepStatus::Cancelled, tr("cancelled"));
                return finish(RunResult::Cancelled, ExitCode::Cancelled,
                              tr("Cancelled; nothing was changed."));
            }
            return refuse(
                ExitCode::Failed,
                tr("The code archive could not be extracted (%1).").arg(errors.value(0, r.startError)));
        }
    }
    end(StepStatus::Done, tr("in %1").arg(staging));
    if (d->cancelled()) {
        removeOwn(staging);
        return finish(RunResult::Cancelled, ExitCode::Cancelled, tr("Cancelled; nothing was changed."));
    }

    // From here on the store changes: the rollback runs to its end whatever is asked.
    UpgradeOptions options;
    options.runner = d->request.runner;
    options.graceMs = d->request.graceMs;
    StepContext ctx{store,  options, *runner,
                    record, nullptr, [this](LogStream s, const QString &text) { d->log(s, text); }};

    // 6. Maintenance on, through the runner, as the upgrade does; when bin/magento cannot (the newer
    // code is broken), the flag file is made directly.
    begin(3);
    MaintenanceOnStep maintenanceOn;
    StepOutcome on = maintenanceOn.run(ctx);
    bool flagByHand = false;
    const QString flagName = QStringLiteral(".maintenance.flag");
    auto flagFileOp = [&](bool create) {
        const int var = ::open(QFile::encodeName(store.path(QStringLiteral("var"))).constData(), DirFlags);
        if (var < 0)
            return false;
        bool ok = false;
        if (create) {
            const int fd = ::openat(var, QFile::encodeName(flagName).constData(),
                                    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
            ok = fd >= 0;
            if (fd >= 0)
                ::close(fd);
        } else {
            ok = ::unlinkat(var, QFile::encodeName(flagName).constData(), 0) == 0;
        }
        ::close(var);
        return ok;
    };
    if (on.status != StepStatus::Done && !record.maintenanceBefore.value_or(true) && flagFileOp(true)) {
        flagByHand = true;
        d->log(LogStream::Warning, tr("%1 Made var/.maintenance.flag directly instead.").arg(on.error));
        on = StepOutcome{};
        on.status = StepStatus::Done;
        on.detail = tr("on (var/.maintenance.flag made directly)");
    }
    const bool before = record.maintenanceBefore.value_or(store.maintenance);
    auto putMaintenanceBack = [&] {
        if (!before && runner->maintenanceFlagExists()) {
            const StepOutcome off = MaintenanceOffStep::turnOff(ctx);
            if (off.status != StepStatus::Done && !(flagByHand && flagFileOp(false)))
                d->log(LogStream::Error, tr("Could not put maintenance back: %1").arg(off.error));
        }
        record.maintenanceAfter = runner->maintenanceFlagExists();
    };
    if (on.status != StepStatus::Done) {
        removeOwn(staging);
        end(StepStatus::Failed, on.error);
        putMaintenanceBack();
        return finish(RunResult::Failed, ExitCode::Failed, tr("%1 Nothing was restored.").arg(on.error));
    }
    // The shop could take orders until now: check again, with the doors closed.
    Database restoreDb(*connection, nullptr, d->request.graceMs);
    if (!restoreDb.open(&error)) {
        removeOwn(staging);
        end(StepStatus::Failed, error);
        putMaintenanceBack();
        return finish(RunResult::Failed, ExitCode::Failed, tr("%1 Nothing was restored.").arg(error));
    }
    if (const DataLoss first = d->loss; first.checked) {
        const QString why = d->checkDataLoss(restoreDb, *manifest);
        const bool grew = d->loss.orders > first.orders || d->loss.ordersChanged > first.ordersChanged ||
                          d->loss.customers > first.customers || d->loss.carts > first.carts;
        if (!why.isEmpty() || grew) {
            const QString refusal =
                !why.isEmpty()
                    ? tr("Refused: with maintenance on, the orders placed since the backup could not be "
                         "counted again (%1); maintenance is back as it was. Nothing was restored.")
                          .arg(why)
                    : tr("Refused: while maintenance mode was being turned on the store took in more; since "
                         "the backup it now has %1. Maintenance is back as it was and nothing was restored; "
                         "run the rollback again to decide.")
                          .arg(d->loss.sentence());
            removeOwn(staging);
            end(StepStatus::Failed, refusal);
            putMaintenanceBack();
            record.nextCommand = again;
            return finish(RunResult::Refused, ExitCode::Refused, refusal);
        }
    }
    end(StepStatus::Done, on.detail);

    // 7. The database as it is now, in the backup's folder: what a failed load is undone with.
    begin(4);
    Schema current;
    const QString safety =
        folder + QStringLiteral("/pre-rollback-%1.sql.gz")
                     .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    {
        QString why;
        bool ok = restoreDb.schema(&current, &why);
        const QStringList only =
            connection->tablePrefix.isEmpty() ? QStringList() : current.tables + current.views;
        const int fd = ok ? ::open(QFile::encodeName(safety).constData(),
                                   O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)
                          : -1;
        if (ok && fd < 0) {
            why = tr("cannot write %1: %2").arg(safety, errnoText(errno));
            ok = false;
        }
        if (fd >= 0)
            ::close(fd);
        if (ok && (connection->tablePrefix.isEmpty() || !only.isEmpty())) {
            const CommandSpec dump = restoreDb.dumpCommand(safety, only);
            d->log(LogStream::Info, tr("$ %1").arg(dump.display()));
            ok = restoreDb.runPipeline(
                dump, [this](LogStream s, const QString &line) { d->log(s, line); }, &why);
        }
        if (!ok) {
            QFile::remove(safety);
            removeOwn(staging);
            end(StepStatus::Failed, why);
            putMaintenanceBack();
            return finish(
                RunResult::Failed, ExitCode::Failed,
                tr("The database could not be dumped as it is now (%1), and the rollback needs that "
                   "dump to undo a failed load. Nothing was restored.")
                    .arg(why));
        }
    }
    const QString safetyDump = QFileInfo(safety).size() > 0 ? safety : QString();
    end(StepStatus::Done, tr("in %1").arg(safety));

    // 8. The code: the store's files go aside, the backup's take their place (renames, undone on failure).
    // What the manifest leaves out is kept, and always what a backup never holds.
    QStringList excluded = manifest->excluded;
    for (const QString &e : Backup::excludedPaths(manifest->includesMedia)) {
        if (!excluded.contains(e))
            excluded << e;
    }
    begin(5);
    CodeSwap swap(store.root, excluded, staging, trash);
    if (!swap.run(&error)) {
        end(StepStatus::Failed, error);
        if (swap.undoFailed()) {
            record.maintenanceAfter = runner->maintenanceFlagExists();
            return finish(
                RunResult::Failed, ExitCode::Failed,
                tr("The code could not be put back: %1 The store's files are partly in %2 (the code "
                   "the rollback replaced) and %3 (the backup's); move them back by hand. The "
                   "database was not touched; the store stays in maintenance mode.")
                    .arg(error, store.path(trash), store.path(staging)));
        }
        removeOwn(staging);
        removeOwn(trash);
        QFile::remove(safety);
        putMaintenanceBack();
        return finish(RunResult::Failed, ExitCode::Failed,
                      tr("The code could not be put back: %1 The store's code is as it was, and the database "
                         "was not touched.")
                          .arg(error));
    }
    end(StepStatus::Done, tr("%n entries put back; %1 kept as they are", nullptr, swap.moved())
                              .arg(excluded.join(QLatin1String(", "))));

    // 9. The database. A failed load undoes the whole rollback: the database from the dump just
    // made, the code by moving it back; the store stays in maintenance mode.
    begin(6);
    Schema fromBackup{manifest->tables, manifest->views, manifest->routines};
    if (!d->restoreDatabase(restoreDb, fromBackup,
                            folder + QLatin1Char('/') + manifest->file(QStringLiteral("database"))->name,
                            &error)) {
        end(StepStatus::Failed, error);
        d->log(LogStream::Info,
               tr("Putting the database and the code back as they were before the rollback …"));
        QString reloadError;
        const bool reloaded = d->restoreDatabase(restoreDb, current, safetyDump, &reloadError);
        QString undoError;
        const bool undone = swap.undo(&undoError);
        if (undone) {
            removeOwn(staging);
            removeOwn(trash);
        }
        if (reloaded)
            QFile::remove(safety);
        record.maintenanceAfter = runner->maintenanceFlagExists();
        record.nextCommand =
            again + (d->request.acceptDataLoss ? QStringLiteral(" --accept-data-loss") : QString());
        if (reloaded && undone)
            return finish(RunResult::Failed, ExitCode::Failed,
                          tr("The database could not be put back: %1 The rollback was undone: the code and "
                             "the database are as they were before it, and the store stays in maintenance "
                             "mode. Fix the cause and run the same rollback again.")
                              .arg(error));
        const QString database =
            reloaded ? tr("the database is as it was before the rollback")
                     : tr("the database could not be returned to how it was either (%1): load %2, the "
                          "database as it was before the rollback, by hand")
                           .arg(reloadError, safety);
        const QString code = undone
                                 ? tr("the code is as it was before the rollback")
                                 : tr("the code could not be moved back (%1): the code the rollback replaced "
                                      "is in %2 and the backup's in %3; move it back by hand")
                                       .arg(undoError, store.path(trash), store.path(staging));
        return finish(RunResult::Failed, ExitCode::Failed,
                      tr("The database could not be put back: %1 Undoing the rollback: %2; %3. The store "
                         "stays in maintenance mode.")
                          .arg(error, database, code));
    }
    end(StepStatus::Done,
        tr("%1 table(s) from %2").arg(manifest->tables.size()).arg(Backup::databaseDumpName()));

    // 10. Generated code and caches of the newer code must not outlive it.
    begin(7);
    {
        QStringList emptied;
        QStringList problems;
        for (const QString &dir : {QStringLiteral("generated/code"), QStringLiteral("generated/metadata"),
                                   QStringLiteral("var/generation"), QStringLiteral("var/di"),
                                   QStringLiteral("var/view_preprocessed"), QStringLiteral("var/cache"),
                                   QStringLiteral("var/page_cache")}) {
            if (!QFileInfo(store.path(dir)).isDir())
                continue;
            const FileOpReport r = FileOps::emptyFolder(store.root, dir);
            if (r.ok())
                emptied << dir;
            else
                problems << (r.error.isEmpty() ? r.failed.join(QLatin1String("; ")) : r.error);
        }
        const CommandResult flush = ctx.magento({QStringLiteral("cache:flush")});
        if (!flush.succeeded())
            d->log(LogStream::Warning,
                   tr("bin/magento cache:flush did not succeed; caches outside the store "
                      "(Redis, Valkey) may still hold the newer code's entries: flush them "
                      "by hand."));
        for (const QString &p : std::as_const(problems))
            d->log(LogStream::Warning, p);
        end(StepStatus::Done, tr("emptied %1").arg(emptied.join(QLatin1String(", "))));
    }

    // 11. Maintenance as it was before the rollback.
    begin(8);
    if (before) {
        end(StepStatus::Skipped, tr("maintenance was on before the rollback, so it stays on"));
        record.maintenanceAfter = runner->maintenanceFlagExists();
    } else {
        StepOutcome off = MaintenanceOffStep::turnOff(ctx);
        if (off.status != StepStatus::Done && flagByHand && flagFileOp(false)) {
            off.status = StepStatus::Done;
            off.detail = tr("off (var/.maintenance.flag deleted directly, as it was made)");
        }
        record.maintenanceAfter = runner->maintenanceFlagExists();
        if (off.status != StepStatus::Done) {
            end(StepStatus::Failed, off.error);
            removeOwn(trash);
            removeOwn(staging);
            return finish(
                RunResult::Failed, ExitCode::Failed,
                tr("The code and the database are back, but maintenance could not be turned off: %1")
                    .arg(off.error));
        }
        end(StepStatus::Done, off.detail);
    }
    d->log(LogStream::Info, tr("Deleting the code the rollback replaced …"));
    removeOwn(trash);
    removeOwn(staging);

    QString message =
        tr("Rolled back to the backup of %1 (Magento %2): the code and the database are as they "
           "were then; maintenance is %3, as it was before the rollback.")
            .arg(since, manifest->magentoVersion.isEmpty() ? tr("version unknown") : manifest->magentoVersion,
                 record.maintenanceAfter.value_or(before) ? tr("on") : tr("off"));
    if (record.maintenanceAfter.value_or(before) && !manifest->maintenance)
        message +=
            QLatin1Char(' ') + tr("When the store looks right, turn it off with: %1")
                                   .arg(runner->magento({QStringLiteral("maintenance:disable")}).display());
    if (!safetyDump.isEmpty())
        message += QLatin1Char(' ') + tr("The database as it was just before the rollback is kept in %1; "
                                         "delete it when you no longer need it.")
                                          .arg(safetyDump);
    Store after = StoreInspector::inspect(store.root);
    DeployMode::resolve(after, *runner, nullptr, d->request.graceMs); // env.php may compute it
    if (after.deployMode == QLatin1String("production"))
        message += QLatin1Char(' ') +
                   tr("The store is in production mode: run %1 and %2 before it serves "
                      "customers again.")
                       .arg(runner->magento({QStringLiteral("setup:di:compile")}).display(),
                            runner->magento({QStringLiteral("setup:static-content:deploy")}).display());
    d->resetJournal(store.root, message, record.maintenanceAfter);
    return finish(RunResult::Succeeded, ExitCode::Ok, message);
}

} // namespace mua
