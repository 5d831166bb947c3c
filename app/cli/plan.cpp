// plan ROOT [--json] [options]: the steps an upgrade would run; changes nothing.

#include "core/steps/plan.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/model/exitcodes.h"
#include "core/run/storeactions.h"
#include "core/runners/sshmount.h"

#include <QJsonDocument>

namespace mua::cli {

int runPlan(const QStringList &args)
{
    QCommandLineParser parser;
    const UpgradeCommandLine cl;
    UpgradeOptions options;
    StoreRoot root;
    if (const std::optional<int> stop = readStoreCommand(
            args, parser, cl, options, root,
            Cli::tr("plan takes exactly one store folder: magento-upgrade-assistant plan ROOT [options].")))
        return *stop;
    const StoreActions::Preview preview = StoreActions::preview(root.path, options, true);
    if (!preview.error.isEmpty()) {
        err(preview.error);
        return toInt(ExitCode::Usage);
    }
    if (parser.isSet(cl.json))
        out(QString::fromUtf8(
            QJsonDocument(Plan::toJson(preview.store, preview.entries, preview.checks, preview.move))
                .toJson(QJsonDocument::Indented)));
    else
        out(Plan::toText(preview.store, preview.entries, preview.checks, preview.move));
    return toInt(ExitCode::Ok);
}

} // namespace mua::cli
