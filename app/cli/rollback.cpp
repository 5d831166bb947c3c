// rollback ROOT --backup DIR --yes: puts the code and database of a backup back.

#include "core/backup/rollback.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/model/exitcodes.h"
#include "core/run/emergency.h"
#include "core/run/signalwatcher.h"
#include "core/run/upgradecontroller.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>
#include <utility>

namespace mua::cli {

int runRollback(const QStringList &args, SignalWatcher &watcher)
{
    QCommandLineParser parser;
    const QCommandLineOption backup(QStringLiteral("backup"), QString(), QStringLiteral("dir"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption acceptDataLoss(QStringLiteral("accept-data-loss"));
    const QCommandLineOption php(QStringLiteral("php"), QString(), QStringLiteral("path"),
                                 QStringLiteral("php"));
    const QCommandLineOption log(QStringLiteral("log"), QString(), QStringLiteral("file"));
    const QCommandLineOption report(QStringLiteral("report"), QString(), QStringLiteral("file"));
    const QCommandLineOption breakLock(QStringLiteral("break-lock"));
    parser.addOptions({backup, yes, json, acceptDataLoss, php, log, report, breakLock});
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(backup))
        return usageError(Cli::tr("rollback takes one store folder and one backup: magento-upgrade-assistant "
                                  "rollback ROOT --backup DIR --yes."));
    if (!parser.isSet(yes)) {
        err(Cli::tr("rollback replaces the store's code and database, so it needs --yes. To see the store's "
                    "backups first, run: magento-upgrade-assistant backups %1")
                .arg(positional.at(1)));
        return toInt(ExitCode::Usage);
    }
    if (!checkOutputs(parser, log, report, &error))
        return usageError(error);
    RollbackRequest request;
    request.root = positional.at(1);
    request.backupFolder = QFileInfo(parser.value(backup)).absoluteFilePath();
    request.acceptDataLoss = parser.isSet(acceptDataLoss);
    request.runner.php = parser.value(php);
    request.logFile = parser.value(log);
    if (parser.isSet(report))
        request.reportFile = QFileInfo(parser.value(report)).absoluteFilePath();
    request.breakLock = parser.isSet(breakLock);
    const bool quiet = parser.isSet(json);

    // Through the same controller and worker as upgrade, printed the same way. Ctrl-C stops a rollback
    // only before the store changes; after that it runs to its end.
    UpgradeController controller;
    bool cancelAnnounced = false;
    QObject::connect(&watcher, &SignalWatcher::received, &controller, [&controller, &cancelAnnounced] {
        controller.cancel();
        if (!std::exchange(cancelAnnounced, true))
            err(Cli::tr("Cancelling: a rollback stops only before it changes the store; once it has begun "
                        "it finishes (a second Ctrl-C stops it at once, half done)."));
    });
    if (!quiet)
        QObject::connect(&controller, &UpgradeController::logged, &controller, [](const LogChunk &chunk) {
            QString text;
            for (const LogLineView line : chunk)
                text += formatLine(line);
            out(text);
        });
    Emergency::setState(
        Cli::tr("If the rollback had begun to change the store, it is half done: run the same "
                "rollback command again to finish it."));
    const auto outcome = std::make_shared<RollbackJob::Outcome>();
    int exitCode = toInt(ExitCode::Failed);
    QObject::connect(
        &controller, &UpgradeController::finished, &controller,
        [&exitCode, quiet, outcome](const RunRecord &record, int code) {
            exitCode = code;
            if (quiet)
                out(QString::fromUtf8(QJsonDocument(RollbackJob::report(record, outcome->dataLoss))
                                          .toJson(QJsonDocument::Indented)));
            if (record.result == RunResult::Succeeded) {
                if (!quiet)
                    out(Cli::tr("Done: %1\n").arg(record.message));
            } else {
                err(record.message);
                if (!record.nextCommand.isEmpty())
                    err(Cli::tr("Next: %1").arg(record.nextCommand));
            }
            if (!record.logPath.isEmpty() && !quiet)
                out(Cli::tr("Log: %1\n").arg(record.logPath));
            QCoreApplication::exit(code);
        });
    controller.start(std::make_unique<RollbackJob>(request, outcome));
    QCoreApplication::exec();
    return exitCode;
}

} // namespace mua::cli
