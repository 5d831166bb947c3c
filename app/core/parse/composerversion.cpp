#include "core/parse/composerversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mua {

namespace {

// Composer's pretty version without its "v": "v2.4.6" is 2.4.6.
QString cleanVersion(QString v)
{
    if (v.size() > 1 && v.at(0) == QLatin1Char('v') && v.at(1).isDigit())
        v.remove(0, 1);
    return v;
}

// What Composer writes as a package's version begins with a digit (2.4.7-p3, 2.4.x-dev) or names a
// branch (dev-2.4-develop); "vers2" or "vv2.4" is none.
bool hasVersionShape(const QString &v)
{
    return (!v.isEmpty() && v.at(0).unicode() >= '0' && v.at(0).unicode() <= '9') ||
           v.startsWith(QLatin1String("dev-"));
}

const char ProductCommunity[] = "magento/product-community-edition";
const char ProductEnterprise[] = "magento/product-enterprise-edition";

// Parses json; *problem gets a sentence when it is not JSON.
QJsonDocument parse(const QByteArray &json, const QString &source, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        *problem =
            ComposerVersion::tr("%1 is not valid JSON (%2 at byte %3): the version was not read from it.")
                .arg(source, error.errorString())
                .arg(error.offset);
    return doc;
}

// A version from the file, or a problem when it is not one.
QString checked(const QString &raw, const QString &package, const QString &source, QString *problem)
{
    const QString v = cleanVersion(raw);
    if (v.isEmpty() || (ComposerVersion::isPlausible(v) && hasVersionShape(v)))
        return v;
    if (problem->isEmpty())
        *problem = ComposerVersion::tr("%1 gives %2 a version that is not one (%3 characters, not only "
                                       "letters, digits and . - + _): the version was not read from it.")
                       .arg(source, package)
                       .arg(raw.size());
    return QString();
}

// Looks through a Composer package list for the product package, then magento2-base; also notes
// the edition.
ComposerVersion::Result fromPackages(const QJsonArray &packages, const QString &source, QString problem)
{
    ComposerVersion::Result r;
    r.problem = std::move(problem);
    QString productVersion;
    QString baseVersion;
    bool enterprise = false;
    bool b2b = false;
    for (const QJsonValue &v : packages) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QLatin1String("name")).toString();
        if (name == QLatin1String(ProductCommunity) && productVersion.isEmpty()) {
            productVersion = checked(p.value(QLatin1String("version")).toString(), name, source, &r.problem);
        } else if (name == QLatin1String(ProductEnterprise)) {
            productVersion = checked(p.value(QLatin1String("version")).toString(), name, source, &r.problem);
            enterprise = true;
        } else if (name == QLatin1String("magento/magento2-base")) {
            baseVersion = checked(p.value(QLatin1String("version")).toString(), name, source, &r.problem);
        } else if (name == QLatin1String("magento/magento2-ee-base")) {
            enterprise = true;
        } else if (name == QLatin1String("magento/extension-b2b")) {
            b2b = true;
        }
    }
    const QString version = productVersion.isEmpty() ? baseVersion : productVersion;
    if (version.isEmpty())
        return r;
    r.info.version = version;
    r.info.source = source;
    r.info.edition = b2b          ? QStringLiteral("B2B")
                     : enterprise ? QStringLiteral("Enterprise")
                                  : QStringLiteral("Community");
    return r;
}

} // namespace

bool ComposerVersion::isPlausible(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        u == '.' || u == '-' || u == '+' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

ComposerVersion::Result ComposerVersion::fromLock(const QByteArray &json, const QString &source)
{
    QString problem;
    const QJsonObject o = parse(json, source, &problem).object();
    QJsonArray all = o.value(QLatin1String("packages")).toArray();
    for (const QJsonValue &v : o.value(QLatin1String("packages-dev")).toArray())
        all.append(v);
    return fromPackages(all, source, problem);
}

ComposerVersion::Result ComposerVersion::fromInstalled(const QByteArray &json, const QString &source)
{
    QString problem;
    const QJsonDocument doc = parse(json, source, &problem);
    return fromPackages(doc.isArray() ? doc.array() : doc.object().value(QLatin1String("packages")).toArray(),
                        source, problem);
}

ComposerVersion::Result ComposerVersion::fromCloneComposerJson(const QByteArray &json, const QString &source)
{
    Result r;
    const QJsonObject o = parse(json, source, &r.problem).object();
    const QString name = o.value(QLatin1String("name")).toString();
    if (name != QLatin1String("magento/magento2ce") && name != QLatin1String("magento/magento2ee"))
        return r;
    const QString version = checked(o.value(QLatin1String("version")).toString(), name, source, &r.problem);
    if (version.isEmpty())
        return r;
    r.info = {version,
              name.endsWith(QLatin1String("ee")) ? QStringLiteral("Enterprise") : QStringLiteral("Community"),
              source};
    return r;
}

ComposerVersion::Result ComposerVersion::fromBaseComposerJson(const QByteArray &json, const QString &source)
{
    Result r;
    const QJsonObject o = parse(json, source, &r.problem).object();
    const QString version = checked(o.value(QLatin1String("version")).toString(),
                                    QStringLiteral("magento/magento2-base"), source, &r.problem);
    if (!version.isEmpty())
        r.info = {version, QString(), source};
    return r;
}

} // namespace mua
