#include "core/inspect/deploymode.h"

#include "core/model/error.h"

#include <QRegularExpression>

namespace mua {

QString DeployMode::parseShow(const QStringList &lines)
{
    static const QRegularExpression said(
        QStringLiteral("^\\s*Current application mode: (default|developer|production)\\.(\\s|$)"));
    for (const QString &line : lines) {
        if (const QRegularExpressionMatch m = said.match(line); m.hasMatch())
            return m.captured(1);
    }
    return QString();
}

std::optional<QString> DeployMode::ask(const Runner &runner, const std::atomic_bool *cancel, int graceMs,
                                       QString *error, const CommandExecutor::LineHandler &log)
{
    const CommandSpec spec = runner.magento({QStringLiteral("deploy:mode:show")});
    if (log)
        log(LogStream::Info, tr("$ %1").arg(spec.display()));
    const CommandResult r = CommandExecutor(cancel, graceMs).run(spec, log, true);
    if (const QString mode = parseShow(r.lines); !mode.isEmpty())
        return mode;
    if (!r.started) {
        failWith(error, tr("%1 could not be started (%2)").arg(spec.display(), r.startError));
    } else if (r.cancelled) {
        failWith(error, tr("%1 was stopped because the run was cancelled").arg(spec.display()));
    } else {
        QString said;
        for (const QString &line : r.lines) {
            const QString text = line.simplified();
            if (!text.isEmpty() && !text.startsWith(QLatin1String("In ")) && said.size() < 200)
                said += (said.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        }
        if (said.size() > 200)
            said = said.left(199) + QChar(0x2026);
        failWith(error, said.isEmpty()
                            ? tr("%1 did not say the mode (exit code %2)").arg(spec.display()).arg(r.exitCode)
                            : tr("%1 did not say the mode (exit code %2: \"%3\")")
                                  .arg(spec.display())
                                  .arg(r.crashed ? -1 : r.exitCode)
                                  .arg(said));
    }
    return std::nullopt;
}

bool DeployMode::resolve(Store &store, const Runner &runner, const std::atomic_bool *cancel, int graceMs,
                         const CommandExecutor::LineHandler &log)
{
    if (!store.deployMode.isEmpty())
        return true;
    if (!store.deployModeComputed)
        return false;
    QString error;
    const std::optional<QString> mode = ask(runner, cancel, graceMs, &error, log);
    if (!mode) {
        store.deployModeError = error;
        return false;
    }
    store.deployMode = *mode;
    store.deployModeSource = magentoSource();
    store.deployModeError.clear();
    return true;
}

QString DeployMode::describe(const Store &store)
{
    if (store.deployMode.isEmpty())
        return tr("deploy mode unknown, as app/etc/env.php computes MAGE_MODE at run time");
    if (store.deployModeSource == magentoSource())
        return tr("%1 mode from %2, as app/etc/env.php computes MAGE_MODE at run time")
            .arg(store.deployMode, magentoSource());
    if (store.env[u"MAGE_MODE"].isNull())
        return tr("%1 mode, as app/etc/env.php sets no MAGE_MODE").arg(store.deployMode);
    return tr("%1 mode from app/etc/env.php").arg(store.deployMode);
}

QString DeployMode::unknownMessage(const QString &error)
{
    return error.isEmpty()
               ? tr("app/etc/env.php computes MAGE_MODE at run time, and Magento was not asked for the mode.")
               : tr("app/etc/env.php computes MAGE_MODE at run time, and %1.").arg(error);
}

QString DeployMode::unknownFix(const Runner &runner)
{
    return tr("Run %1 by hand and fix what it says, or write MAGE_MODE into app/etc/env.php: the assistant "
              "does not guess, since production mode needs setup:di:compile and setup:static-content:deploy "
              "after setup:upgrade.")
        .arg(runner.magentoHint(QStringLiteral("deploy:mode:show")));
}

} // namespace mua
