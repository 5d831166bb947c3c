// inspect ROOT [--json]: what the store is; changes nothing.

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/inspect/storeinspector.h"
#include "core/model/exitcodes.h"

#include <QJsonDocument>

namespace mua::cli {

int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(
            Cli::tr("inspect takes exactly one store folder: magento-upgrade-assistant inspect ROOT "
                    "[--json]."));
    const Store store = StoreInspector::inspect(positional.at(1));
    if (parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(store.toJson()).toJson(QJsonDocument::Indented)));
    else if (store.error.isEmpty())
        out(store.summary());
    if (!store.error.isEmpty()) {
        err(store.error);
        return toInt(ExitCode::Usage);
    }
    return toInt(ExitCode::Ok);
}

} // namespace mua::cli
