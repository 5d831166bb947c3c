// demo-store DIR [--era 2.1|2.4]: a sandbox store to try the assistant on.

#include "demo/demostore.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/model/exitcodes.h"

namespace mua::cli {

int runDemoStore(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption era(QStringLiteral("era"), QString(), QStringLiteral("era"),
                                 QStringLiteral("2.4"));
    parser.addOption(era);
    QString error;
    if (!parseCommand(parser, args, &error))
        return usageError(error + QLatin1Char('.'));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(
            Cli::tr("demo-store takes exactly one folder: magento-upgrade-assistant demo-store DIR "
                    "[--era 2.1|2.4]."));
    if (!DemoStore::eras().contains(parser.value(era)))
        return usageError(Cli::tr("--era %1 is not one of the demo eras (%2).")
                              .arg(parser.value(era), DemoStore::eras().join(QLatin1String(", "))));
    if (!DemoStore::create(positional.at(1), parser.value(era), &error)) {
        err(error);
        return toInt(ExitCode::Usage);
    }
    out(Cli::tr("Made a Magento %1 sandbox store in %2. Try: magento-upgrade-assistant inspect %2\n")
            .arg(parser.value(era), positional.at(1)));
    return toInt(ExitCode::Ok);
}

} // namespace mua::cli
