#include "core/model/store.h"

#include "core/inspect/deploymode.h"

#include <QJsonArray>

namespace mua {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString arraySyntaxName(ArraySyntax syntax)
{
    return syntax == ArraySyntax::Long ? QStringLiteral("array") : QStringLiteral("short");
}

QStringList Store::cacheTypesOff() const
{
    QStringList off;
    for (const auto &[type, on] : cacheTypes) {
        if (!on)
            off << type;
    }
    return off;
}

QJsonObject Store::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("root"), root);
    o.insert(QLatin1String("isMagento"), isMagento);
    const bool readable = isMagento && error.isEmpty();
    if (!version.isEmpty()) {
        o.insert(QLatin1String("magento"),
                 QJsonObject{{QLatin1String("version"), version},
                             {QLatin1String("edition"), orNull(edition)},
                             {QLatin1String("versionSource"), orNull(versionSource)}});
    } else {
        o.insert(QLatin1String("magento"), QJsonValue::Null);
    }
    if (readable) {
        o.insert(QLatin1String("layout"),
                 layout == CodeLayout::Legacy ? QStringLiteral("legacy") : QStringLiteral("generated"));
        o.insert(QLatin1String("codeGenerationDirs"), QJsonArray::fromStringList(codeGenerationDirs));
        o.insert(QLatin1String("envSyntax"), arraySyntaxName(envSyntax));
        o.insert(QLatin1String("deployMode"), orNull(deployMode));
        o.insert(QLatin1String("session"), QJsonObject{{QLatin1String("save"), sessionSave},
                                                       {QLatin1String("savePath"), orNull(sessionSavePath)},
                                                       {QLatin1String("usesVarSession"), usesVarSession},
                                                       {QLatin1String("varSessionFiles"), varSessionFiles}});
        o.insert(QLatin1String("maintenance"), maintenance);
        QJsonObject cache;
        for (const auto &[type, on] : cacheTypes)
            cache.insert(type, on);
        o.insert(QLatin1String("cacheTypes"), cache);
        o.insert(QLatin1String("filesystem"), orNull(filesystem));
    } else {
        for (const char *key : {"layout", "codeGenerationDirs", "envSyntax", "deployMode", "session",
                                "maintenance", "cacheTypes", "filesystem"})
            o.insert(QLatin1String(key), QJsonValue::Null);
    }
    QStringList all = warnings;
    if (!error.isEmpty() && !all.contains(error))
        all << error;
    o.insert(QLatin1String("warnings"), QJsonArray::fromStringList(all));
    // Added after the first contract: what decided deployMode ("app/etc/env.php", or
    // "bin/magento deploy:mode:show" when env.php computes it; null while unknown).
    o.insert(QLatin1String("deployModeSource"), readable ? orNull(deployModeSource) : QJsonValue());
    // Added after the first contract: null when the folder says nothing about containers.
    o.insert(QLatin1String("suggestedRunner"),
             suggestedRunner ? QJsonValue(runnerKindWord(*suggestedRunner)) : QJsonValue());
    o.insert(QLatin1String("suggestedService"), orNull(suggestedService));
    o.insert(QLatin1String("suggestedRunnerReason"), orNull(suggestedRunnerReason));
    return o;
}

QString Store::summary() const
{
    QStringList lines;
    auto row = [&lines](const QString &label, const QString &value) {
        lines << label.leftJustified(13) + value;
    };
    row(tr("Store"), root);
    row(tr("Magento"), version.isEmpty() ? tr("version unknown")
                                         : tr("%1 %2 (from %3)").arg(version, edition, versionSource));
    row(tr("Code layout"),
        tr("%1 (%2)").arg(layout == CodeLayout::Legacy ? tr("2.0–2.1, under var/") : tr("2.2+, generated/"),
                          codeGenerationDirs.join(QLatin1String(", "))));
    row(tr("env.php"),
        tr("%1 syntax, %2")
            .arg(envSyntax == ArraySyntax::Long ? QStringLiteral("array ( … )") : QStringLiteral("[ … ]"),
                 DeployMode::describe(*this)));
    QString sessions;
    if (usesVarSession)
        sessions = tr("files in var/session (%n entries)", nullptr, varSessionFiles);
    else if (sessionSave == QLatin1String("files"))
        sessions = tr("files in %1").arg(sessionSavePath);
    else
        sessions = tr("%1 (not in var/session)").arg(sessionSave);
    row(tr("Sessions"), sessions);
    row(tr("Maintenance"), maintenance ? tr("on (the storefront answers 503)") : tr("off"));
    const QStringList off = cacheTypesOff();
    QString cache = tr("%1 of %2 types on").arg(cacheTypes.size() - off.size()).arg(cacheTypes.size());
    if (!off.isEmpty())
        cache += tr(" (off: %1)").arg(off.join(QLatin1String(", ")));
    row(tr("Cache"), cache);
    row(tr("File system"), filesystem.isEmpty() ? tr("unknown")
                           : networkFilesystem  ? tr("%1 (a network share)").arg(filesystem)
                                                : filesystem);
    if (!suggestedRunnerReason.isEmpty())
        row(tr("Runner"), suggestedRunnerReason);
    for (const QString &w : warnings)
        lines << tr("Warning: %1").arg(w);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace mua
