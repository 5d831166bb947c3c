// upgrade ROOT --yes [options]: the upgrade without a window.

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/model/exitcodes.h"
#include "core/run/signalwatcher.h"
#include "core/run/upgradecontroller.h"
#include "core/runners/sshmount.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mua::cli {

int runUpgrade(const QStringList &args, SignalWatcher &watcher)
{
    QCommandLineParser parser;
    const UpgradeCommandLine cl;
    cl.addTo(parser, true);
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    UpgradeOptions options;
    const bool optionsOk = cl.read(parser, options, &error);
    const int given = int(parser.positionalArguments().size());
    if (given > 2 || (given < 2 && options.runner.kind != RunnerKind::Ssh))
        return usageError(Cli::tr("upgrade takes exactly one store folder: magento-upgrade-assistant upgrade "
                                  "ROOT --yes [options]."));
    if (!parser.isSet(cl.yes)) {
        err(Cli::tr("upgrade changes the store, so it needs --yes. To see what it would do first, run: "
                    "magento-upgrade-assistant plan %1")
                .arg(given == 2 ? parser.positionalArguments().at(1) : QStringLiteral("[options]")));
        return toInt(ExitCode::Usage);
    }
    if (!optionsOk)
        return usageError(error);
    StoreRoot storeRoot;
    if (!storeRoot.resolve(parser.positionalArguments(), options, &error)) {
        err(error);
        return toInt(ExitCode::Usage);
    }
    const QString root = storeRoot.path;
    if (!options.reportFile.isEmpty())
        options.reportFile = QFileInfo(options.reportFile).absoluteFilePath();

    UpgradeController controller;
    bool cancelAnnounced = false;
    QObject::connect(&watcher, &SignalWatcher::received, &controller, [&] {
        if (!cancelAnnounced)
            err(Cli::tr("Cancelling: stopping the running command… (a second Ctrl-C stops at once and says "
                        "where the store stands)"));
        cancelAnnounced = true;
        controller.cancel();
    });
    QObject::connect(&controller, &UpgradeController::logged, &controller, [](const LogChunk &chunk) {
        QString text;
        for (const LogLineView line : chunk)
            text += formatLine(line);
        out(text);
    });
    int exitCode = toInt(ExitCode::Failed);
    QObject::connect(&controller, &UpgradeController::finished, &controller,
                     [&exitCode](const RunRecord &record, int code) {
                         exitCode = code;
                         if (record.result == RunResult::Succeeded) {
                             out(Cli::tr("Done: %1\n").arg(record.message));
                             if (!record.logError.isEmpty())
                                 err(record.logError);
                         } else {
                             err(record.message);
                             if (!record.advice.isEmpty())
                                 err(Cli::tr("Known fix: %1").arg(record.advice));
                             if (!record.nextCommand.isEmpty())
                                 err(Cli::tr("Next: %1").arg(record.nextCommand));
                         }
                         if (!record.reportError.isEmpty())
                             err(record.reportError);
                         if (!record.logPath.isEmpty())
                             out(Cli::tr("Log: %1\n").arg(record.logPath));
                         QCoreApplication::exit(code);
                     });
    controller.start({root, options});
    QCoreApplication::exec();
    return exitCode;
}

} // namespace mua::cli
