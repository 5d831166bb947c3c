#include "core/model/impactreport.h"

#include <QJsonArray>

namespace mua {

namespace {

using Level = ImpactFinding::Level;
using Type = ImpactFinding::Type;

const QList<std::pair<Level, QLatin1String>> &levelWords()
{
    static const QList<std::pair<Level, QLatin1String>> words{{Level::Warn, QLatin1String("warn")},
                                                              {Level::Info, QLatin1String("info")},
                                                              {Level::Ignore, QLatin1String("ignore")}};
    return words;
}

const QList<std::pair<Type, QLatin1String>> &typeWords()
{
    static const QList<std::pair<Type, QLatin1String>> words{
        {Type::Override, QLatin1String("override")},
        {Type::RedundantOverride, QLatin1String("redundant-override")},
        {Type::Preference, QLatin1String("preference")},
        {Type::PreferenceRemoved, QLatin1String("preference-removed")},
        {Type::Plugin, QLatin1String("plugin")},
        {Type::PluginTargetRemoved, QLatin1String("plugin-target-removed")},
        {Type::DbSchema, QLatin1String("db-schema")},
        {Type::SetupPatch, QLatin1String("setup-patch")}};
    return words;
}

} // namespace

int ImpactReport::count(Level level) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [level](const ImpactFinding &f) { return f.level == level; }));
}

QJsonObject ImpactReport::toJson() const
{
    QJsonArray list;
    for (const ImpactFinding &f : findings)
        list.append(QJsonObject{{QLatin1String("level"), levelWord(f.level)},
                                {QLatin1String("type"), typeWord(f.type)},
                                {QLatin1String("file"), f.file},
                                {QLatin1String("vendorFile"), f.vendorFile},
                                {QLatin1String("detail"), f.detail}});
    QJsonObject counts;
    for (const auto &[level, word] : levelWords())
        counts.insert(word, count(level));
    return QJsonObject{{QLatin1String("from"), from.isEmpty() ? QJsonValue() : QJsonValue(from)},
                       {QLatin1String("to"), to},
                       {QLatin1String("findings"), list},
                       {QLatin1String("counts"), counts},
                       {QLatin1String("warnings"), QJsonArray::fromStringList(warnings)}};
}

std::optional<ImpactReport> ImpactReport::fromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("findings")).isArray() || !json.value(QLatin1String("to")).isString())
        return std::nullopt;
    ImpactReport r;
    r.from = json.value(QLatin1String("from")).toString();
    r.to = json.value(QLatin1String("to")).toString();
    for (const QJsonValue &w : json.value(QLatin1String("warnings")).toArray())
        r.warnings << w.toString();
    for (const QJsonValue &v : json.value(QLatin1String("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<Level> level = levelFromWord(o.value(QLatin1String("level")).toString());
        const std::optional<Type> type = typeFromWord(o.value(QLatin1String("type")).toString());
        if (!level || !type)
            return std::nullopt;
        r.findings.append({*level, *type, o.value(QLatin1String("file")).toString(),
                           o.value(QLatin1String("vendorFile")).toString(),
                           o.value(QLatin1String("detail")).toString()});
    }
    return r;
}

QString ImpactReport::insideVendor(const QString &vendorFile)
{
    const int slash = vendorFile.indexOf(QLatin1Char('/'));
    return slash < 0 ? vendorFile : vendorFile.mid(slash + 1);
}

QString ImpactReport::levelWord(Level level)
{
    for (const auto &[l, word] : levelWords())
        if (l == level)
            return word;
    return {};
}

QString ImpactReport::typeWord(Type type)
{
    for (const auto &[t, word] : typeWords())
        if (t == type)
            return word;
    return {};
}

std::optional<Level> ImpactReport::levelFromWord(const QString &word)
{
    for (const auto &[l, w] : levelWords())
        if (w == word)
            return l;
    return std::nullopt;
}

std::optional<Type> ImpactReport::typeFromWord(const QString &word)
{
    for (const auto &[t, w] : typeWords())
        if (w == word)
            return t;
    return std::nullopt;
}

QList<Type> ImpactReport::allTypes()
{
    QList<Type> out;
    for (const auto &[t, w] : typeWords())
        out << t;
    return out;
}

QString ImpactReport::levelTitle(Level level)
{
    switch (level) {
    case Level::Warn:
        return tr("Needs a look");
    case Level::Info:
        return tr("Worth knowing");
    case Level::Ignore:
        return tr("Whitespace or comments only");
    }
    return {};
}

QString ImpactReport::typeTitle(Type type)
{
    switch (type) {
    case Type::Override:
        return tr("Override");
    case Type::RedundantOverride:
        return tr("Redundant override");
    case Type::Preference:
        return tr("Preference");
    case Type::PreferenceRemoved:
        return tr("Preference for a removed class");
    case Type::Plugin:
        return tr("Plugin");
    case Type::PluginTargetRemoved:
        return tr("Plugin on a removed method");
    case Type::DbSchema:
        return tr("Database schema");
    case Type::SetupPatch:
        return tr("Setup patch");
    }
    return {};
}

} // namespace mua
