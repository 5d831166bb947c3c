// versions ROOT [--json] [runner options]: the versions of the store's Magento package that its own
// Composer repositories offer, newer than the installed one, newest first. Changes nothing in the store.

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/model/exitcodes.h"
#include "core/run/storeactions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mua::cli {

int runVersions(const QStringList &args)
{
    QCommandLineParser parser;
    const UpgradeCommandLine cl;
    UpgradeOptions options;
    StoreRoot root;
    if (const std::optional<int> stop =
            readStoreCommand(args, parser, cl, options, root,
                             Cli::tr("versions takes exactly one store folder: magento-upgrade-assistant "
                                     "versions ROOT [--json].")))
        return *stop;
    const StoreActions::Versions v = StoreActions::versions(root.path, options);
    if (!v.error.isEmpty()) {
        err(v.error);
        return toInt(ExitCode::Usage);
    }
    if (!v.versions) {
        err(v.versionsError);
        return toInt(ExitCode::Failed);
    }
    if (parser.isSet(cl.json)) {
        QJsonArray available;
        for (const AvailableVersion &a : v.versions->available)
            available.append(
                QJsonObject{{QLatin1String("version"), a.version},
                            {QLatin1String("php"), a.php.isEmpty() ? QJsonValue() : QJsonValue(a.php)}});
        out(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QLatin1String("package"), v.versions->package},
                            {QLatin1String("installed"),
                             v.store.version.isEmpty() ? QJsonValue() : QJsonValue(v.store.version)},
                            {QLatin1String("available"), available}})
                .toJson(QJsonDocument::Indented)));
        return toInt(ExitCode::Ok);
    }
    QString text = Cli::tr("%1 %2 is installed.")
                       .arg(v.versions->package,
                            v.store.version.isEmpty() ? Cli::tr("(version unknown)") : v.store.version) +
                   QLatin1Char('\n');
    if (v.versions->available.isEmpty())
        text += Cli::tr("The store's repositories offer no newer version.") + QLatin1Char('\n');
    else
        text += Cli::tr("Newer versions the store's repositories offer:") + QLatin1Char('\n');
    for (const AvailableVersion &a : v.versions->available)
        text += a.php.isEmpty()
                    ? QStringLiteral("  %1\n").arg(a.version)
                    : Cli::tr("  %1  (PHP %2)").arg(a.version.leftJustified(12), a.php) + QLatin1Char('\n');
    out(text);
    return toInt(ExitCode::Ok);
}

} // namespace mua::cli
