// backups ROOT [--json] [--backup-dir DIR] [--prune KEEP --yes]: lists and prunes the store's backups.

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/backup/backup.h"
#include "core/model/exitcodes.h"
#include "core/run/storelock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mua::cli {

int runBackups(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption backupDir(QStringLiteral("backup-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption prune(QStringLiteral("prune"), QString(), QStringLiteral("keep"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    parser.addOptions({json, backupDir, prune, yes});
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(Cli::tr("backups takes exactly one store folder: magento-upgrade-assistant backups "
                                  "ROOT [--json] [--backup-dir DIR] [--prune KEEP --yes]."));
    bool keepOk = false;
    const int keep = parser.value(prune).toInt(&keepOk);
    if (parser.isSet(prune) && (!keepOk || keep < 0))
        return usageError(
            Cli::tr("--prune %1 is not a number of backups to keep (0 or more).").arg(parser.value(prune)));
    const QFileInfo rootInfo(positional.at(1));
    const QString root = rootInfo.canonicalFilePath().isEmpty() ? QDir::cleanPath(rootInfo.absoluteFilePath())
                                                                : rootInfo.canonicalFilePath();
    const QString folder = Backup::storeFolder(root, parser.value(backupDir));
    const QList<Backup::Listed> backups = Backup::list(folder, root);

    if (!parser.isSet(prune)) {
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Backup::Listed &b : backups)
                list.append(b.toJson());
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("store"), root},
                                                            {QLatin1String("folder"), folder},
                                                            {QLatin1String("backups"), list}})
                                      .toJson(QJsonDocument::Indented)));
            return toInt(ExitCode::Ok);
        }
        if (backups.isEmpty()) {
            out(Cli::tr("No backups of %1 in %2.\n").arg(root, folder));
            return toInt(ExitCode::Ok);
        }
        QString text = Cli::tr("Backups of %1 in %2, newest first:\n").arg(root, folder);
        for (const Backup::Listed &b : backups)
            text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                        .arg(b.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                             (b.manifest && !b.manifest->magentoVersion.isEmpty()
                                  ? Cli::tr("Magento %1").arg(b.manifest->magentoVersion)
                                  : Cli::tr("Magento ?"))
                                 .leftJustified(14),
                             Backup::formatSize(b.bytes).rightJustified(10),
                             b.complete ? Cli::tr("complete") : Cli::tr("NOT complete (%1)").arg(b.problem),
                             b.folder);
        out(text);
        return toInt(ExitCode::Ok);
    }

    // --prune KEEP: the newest KEEP complete backups stay; older ones and unfinished ones go. A folder
    // whose manifest cannot be read, or (in a --backup-dir other stores may share) an unfinished one
    // without a manifest, may be another store's: it stays.
    QStringList doomed;
    QStringList spared;
    int kept = 0;
    for (const Backup::Listed &b : backups) {
        if (b.complete && kept < keep)
            ++kept;
        else if (b.unreadable || (!b.manifest && parser.isSet(backupDir)))
            spared << b.folder;
        else
            doomed << b.folder;
    }
    if (!spared.isEmpty())
        err(Cli::tr("Not pruned, because they may belong to another store: %1. Delete them by hand if they "
                    "are this store's.")
                .arg(spared.join(QLatin1String(", "))));
    if (!parser.isSet(yes)) {
        err(doomed.isEmpty()
                ? Cli::tr("Nothing to prune: %1 holds %n backup(s).", nullptr, int(backups.size()))
                      .arg(folder)
                : Cli::tr("--prune deletes backups, so it needs --yes. It would delete: %1")
                      .arg(doomed.join(QLatin1String(", "))));
        return toInt(doomed.isEmpty() ? ExitCode::Ok : ExitCode::Usage);
    }
    // Not while a run may be writing a backup of this store.
    std::unique_ptr<StoreLock> lock;
    if (QFileInfo(StoreLock::lockPath(root)).dir().exists()) {
        lock = std::make_unique<StoreLock>(root);
        QString lockMessage;
        const StoreLock::Result r = lock->acquire(false, &lockMessage);
        if (r == StoreLock::Result::Held || r == StoreLock::Result::Error) {
            err(lockMessage);
            return toInt(ExitCode::Refused);
        }
    }
    QJsonArray deleted;
    int failures = 0;
    for (const QString &f : std::as_const(doomed)) {
        if (Backup::remove(folder, f, &error)) {
            deleted.append(f);
            if (!parser.isSet(json))
                out(Cli::tr("Deleted %1\n").arg(f));
        } else {
            ++failures;
            err(error);
        }
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("store"), root},
                                                        {QLatin1String("folder"), folder},
                                                        {QLatin1String("deleted"), deleted},
                                                        {QLatin1String("kept"), kept}})
                                  .toJson(QJsonDocument::Indented)));
    else
        out(Cli::tr("Kept the newest %n complete backup(s).\n", nullptr, kept));
    return toInt(failures ? ExitCode::Failed : ExitCode::Ok);
}

} // namespace mua::cli
