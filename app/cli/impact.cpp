// impact ROOT --target-version X [--json] [--html FILE] [runner options]: what moving to X changes in
// code the store customises (cli.md "impact"). Installs the target's packages outside the store;
// changes nothing in it.

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/fs/atomicfile.h"
#include "core/fs/safefile.h"
#include "core/impact/impacthtml.h"
#include "core/model/exitcodes.h"
#include "core/run/emergency.h"
#include "core/run/storeactions.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace mua::cli {

namespace {

QString textReport(const ImpactReport &r)
{
    using Level = ImpactFinding::Level;
    QString text =
        Cli::tr("Moving from %1 to %2: %3 need a look, %4 worth knowing, %5 only whitespace or comments.")
            .arg(r.from.isEmpty() ? Cli::tr("the installed version") : r.from, r.to)
            .arg(r.count(Level::Warn))
            .arg(r.count(Level::Info))
            .arg(r.count(Level::Ignore)) +
        QLatin1Char('\n');
    if (r.findings.isEmpty())
        return text + Cli::tr("Nothing the store customises changes with the move.") + QLatin1Char('\n');
    for (const ImpactFinding &f : r.findings)
        text += QStringLiteral("\n%1  %2  %3\n    %4\n    %5\n")
                    .arg(ImpactReport::levelWord(f.level).toUpper().leftJustified(6),
                         ImpactReport::typeWord(f.type), f.file, f.vendorFile, f.detail);
    return text;
}

} // namespace

int runImpact(const QStringList &args)
{
    QCommandLineParser parser;
    const UpgradeCommandLine cl;
    const QCommandLineOption html{QStringLiteral("html"), QString(), QStringLiteral("file")};
    parser.addOption(html);
    UpgradeOptions options;
    StoreRoot root;
    if (const std::optional<int> stop = readStoreCommand(
            args, parser, cl, options, root,
            Cli::tr("impact takes exactly one store folder: magento-upgrade-assistant impact ROOT "
                    "--target-version X [--json] [--html FILE].")))
        return *stop;
    if (options.targetVersion.isEmpty())
        return usageError(Cli::tr("impact needs the version to move to: add --target-version X (see "
                                  "magento-upgrade-assistant versions ROOT)."));
    QString error;
    const QString htmlFile = parser.value(html);
    if (parser.isSet(html) && !SafeFile::isUsableOutput(htmlFile, QStringLiteral("--html"), false, &error))
        return usageError(error);
    // Ctrl-C stops Composer's install in order (its keys are never left behind), then exit 130.
    std::atomic_bool cancel{false};
    Emergency::setRun(&cancel, Emergency::DefaultDeadlineMs);
    const StoreActions::ImpactAnswer a =
        StoreActions::impact(root.path, options, &cancel, [](const QString &line) { err(line); });
    Emergency::setRunOver(toInt(cancel.load() ? ExitCode::Cancelled : ExitCode::Ok));
    if (cancel.load()) {
        err(Cli::tr("Cancelled: nothing in the store was changed."));
        return toInt(ExitCode::Cancelled);
    }
    if (!a.storeUsable) {
        err(a.error);
        return toInt(ExitCode::Usage);
    }
    if (!a.report) {
        err(a.error);
        return toInt(ExitCode::Failed);
    }
    if (parser.isSet(html)) {
        if (!AtomicFile::write(QFileInfo(htmlFile).absoluteFilePath(), ImpactHtml::render(*a.report),
                               &error)) {
            err(error);
            return toInt(ExitCode::Failed);
        }
    }
    out(parser.isSet(cl.json)
            ? QString::fromUtf8(QJsonDocument(a.report->toJson()).toJson(QJsonDocument::Indented))
            : textReport(*a.report));
    return toInt(ExitCode::Ok);
}

} // namespace mua::cli
