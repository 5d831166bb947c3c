#include "core/move/composerproblems.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

// The shapes read here are Composer 2's (checked against 2.5.5's src/Composer/DependencyResolver/
// Rule.php and Problem.php, Util/AuthHelper.php, Plugin/PluginManager.php; captured outputs in
// tests/core/data/composer/). A "Problem N" block lists rules, one per "    - " line:
//   Root composer.json requires B c -> satisfiable by B[v, w].
//   Root composer.json requires B c, found B[v, w] but it does not match the constraint.
//   Root composer.json requires B, it could not be found in any version, …
//   Root composer.json requires php c but your php version (8.1.20; overridden …) does not satisfy …
//   Root composer.json requires PHP extension ext-x c but it is missing from your system. …
//   A v requires B c -> satisfiable by B[v].          (A[v, ..., w] require B c -> … for several)
//   A v requires B c -> found B[v] but it conflicts with your root composer.json require (c2).
//   A v requires B c -> found B[v, w] but it does not match the constraint.
//   A v requires php c -> your php version (8.1.20) does not satisfy that requirement.
//   A v requires ext-x c -> it is missing from your system. / the ext-x package is disabled by …
//   A v conflicts with B v.
//   You can only install one version of a package, so only one of these can be installed: B[v, w].
// Exceptions (authentication, allow-plugins) come in Symfony Console's error block, cut at the
// terminal's width (80 columns without a terminal) and padded: those blocks are joined back first.

namespace mua {

namespace {

const QLatin1String ComposerJson("composer.json");

// Composer's platform packages: never a third-party package that can be updated or removed.
bool isPlatform(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|ext-.+|lib-.+|composer(-plugin-api|-runtime-api)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool isPhp(const QString &name)
{
    return name == QLatin1String("php") || name == QLatin1String("php-64bit");
}

bool isPaddingLine(const QString &line)
{
    if (line.size() < 5)
        return false;
    for (const QChar c : line) {
        if (c != QLatin1Char(' '))
            return false;
    }
    return true;
}

// The output as lines without ANSI codes and \r redraws (the last redraw of a line wins), with
// each Symfony Console error block joined back into the lines of its message. A block is a padding
// line of spaces, lines of that same length between two spaces either side, and a padding line
// again. A piece that fills the width with no trailing space was cut: it is glued to the next one;
// a piece cut just after a space reads as a line end, which the patterns treat as a space.
QStringList normalisedLines(const QString &output)
{
    static const QRegularExpression ansi(QStringLiteral("\\x1b\\[[0-9;?]*[A-Za-z]"));
    QString text = output;
    text.remove(ansi);
    QStringList raw = text.split(QLatin1Char('\n'));
    for (QString &line : raw) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qsizetype cr = line.lastIndexOf(QLatin1Char('\r'));
        if (cr >= 0)
            line = line.mid(cr + 1);
    }

    QStringList lines;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString &first = raw.at(i);
        if (!isPaddingLine(first)) {
            lines.append(first);
            continue;
        }
        const qsizetype length = first.size();
        qsizetype j = i + 1;
        while (j < raw.size() && raw.at(j).size() == length && !isPaddingLine(raw.at(j)) &&
               raw.at(j).startsWith(QLatin1String("  ")) && raw.at(j).endsWith(QLatin1String("  ")))
            ++j;
        if (j == i + 1 || j >= raw.size() || raw.at(j) != first) {
            lines.append(first);
            continue;
        }
        const qsizetype width = length - 4;
        QString joined;
        for (qsizetype k = i + 1; k < j; ++k) {
            const QString piece = raw.at(k).mid(2, width);
            if (piece.size() == width && piece.back() != QLatin1Char(' ')) {
                joined += piece;
                continue;
            }
            joined += piece;
            while (joined.endsWith(QLatin1Char(' ')))
                joined.chop(1);
            lines.append(joined);
            joined.clear();
        }
        if (!joined.isEmpty())
            lines.append(joined);
        i = j;
    }
    return lines;
}

// The rule lines of every "Problem N" block, without their "- ".
QStringList problemRules(const QStringList &lines)
{
    static const QRegularExpression header(QStringLiteral("^\\s*Problem \\d+\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^\\s+- (.+)$"));
    QStringList rules;
    bool inProblem = false;
    for (const QString &line : lines) {
        if (header.match(line).hasMatch()) {
            inProblem = true;
            continue;
        }
        if (!inProblem)
            continue;
        if (line.trimmed().isEmpty() || !line.front().isSpace()) {
            inProblem = false;
            continue;
        }
        if (const QRegularExpressionMatch m = rule.match(line); m.hasMatch())
            rules.append(m.captured(1).trimmed());
    }
    return rules;
}

// "B[103.0.7, 103.0.8]" in a rule: the versions listed (a condensed list keeps its ends only).
QSet<QString> listedVersions(const QString &rest, const QString &package)
{
    QSet<QString> versions;
    const qsizetype at = rest.indexOf(package + QLatin1Char('['));
    if (at < 0)
        return versions;
    const qsizetype open = at + package.size() + 1;
    const qsizetype close = rest.indexOf(QLatin1Char(']'), open);
    if (close < 0)
        return versions;
    for (const QString &v : rest.mid(open, close - open).split(QLatin1String(", "))) {
        if (v != QLatin1String("..."))
            versions.insert(v.trimmed());
    }
    return versions;
}

// One rule of a Problem: "Root composer.json requires B c -> rest" (from is composer.json),
// "A v requires B c -> rest" (or "A[v, ..., w] require …"), "A v conflicts with B c.".
struct Rule
{
    enum class Kind { Root, Requires, Conflicts };
    Kind kind;
    QString from;
    QString target;
    QString constraint;
    QString rest;
};

// The one sentence of a blocking entry.
QString blockingReason(const QString &name, const QString &pins, const QString &needs, const QString &product)
{
    if (name == ComposerJson) {
        if (needs.isEmpty())
            return ComposerProblems::tr("composer.json requires %1, which %2 cannot be installed with: "
                                        "change or remove that requirement in composer.json.")
                .arg(pins, product);
        return ComposerProblems::tr("composer.json requires %1, but %2 needs %3: change that requirement "
                                    "in composer.json so that it allows %3, or remove it.")
            .arg(pins, product, needs);
    }
    if (needs.isEmpty())
        return ComposerProblems::tr("%1 requires %2, which %3 cannot be installed with: update %1 to a "
                                    "version made for %3, ask its vendor for one, or remove it.")
            .arg(name, pins, product);
    return ComposerProblems::tr("%1 requires %2, but %3 needs %4: update %1 to a version made for %3, "
                                "ask its vendor for one, or remove it.")
        .arg(name, pins, product, needs);
}

} // namespace

ComposerProblems ComposerProblems::parse(const QString &output, const QString &productPackage)
{
    ComposerProblems result;
    const QStringList lines = normalisedLines(output);
    const QString text = lines.join(QLatin1Char('\n'));

    result.unresolvable =
        text.contains(
            QLatin1String("Your requirements could not be resolved to an installable set of packages")) ||
        text.contains(QLatin1String("Your lock file does not contain a compatible set of packages"));
    static const QRegularExpression memory(QStringLiteral("Allowed memory size of \\d+ bytes exhausted"));
    result.memoryExhausted = memory.match(text).hasMatch();

    // Credentials: AuthHelper's messages (non-interactive 401 and 403, wrong credentials),
    // RemoteFilesystem's and CurlDownloader's "could not be downloaded (HTTP/1.1 401 …)", the hosts
    // with their own token logins, and a repository read from the cache because its host said 401.
    static const QRegularExpression authUrl(QStringLiteral(
        "The\\s+'([^'\\s]+)'\\s+URL\\s+(?:required\\s+authentication|could\\s+not\\s+be\\s+"
        "accessed\\s*(?:\\(HTTP\\s+40[13]\\)|:\\s+HTTP/\\S+\\s+40[13]))|Invalid\\s+credentials\\s+"
        "(?:\\(HTTP\\s+\\d+\\)\\s+)?for\\s+'([^'\\s]+)'|The\\s+\"([^\"\\s]+)\"\\s+file\\s+could\\s+"
        "not\\s+be\\s+downloaded\\s+\\(HTTP/\\S+\\s+40[13]\\b"));
    static const QRegularExpression authOrigin(
        QStringLiteral("Could\\s+not\\s+authenticate\\s+against\\s+([A-Za-z0-9.-]+(?::\\d+)?)"));
    if (const QRegularExpressionMatch m = authUrl.match(text); m.hasMatch()) {
        const QUrl url(m.captured(1) + m.captured(2) + m.captured(3));
        result.authenticationHost = url.host();
        if (!result.authenticationHost.isEmpty() && url.port() != -1)
            result.authenticationHost += QLatin1Char(':') + QString::number(url.port());
    } else if (const QRegularExpressionMatch o = authOrigin.match(text); o.hasMatch()) {
        result.authenticationHost = o.captured(1);
    }

    static const QRegularExpression plugin(QStringLiteral(
        "([a-z0-9][a-z0-9_.-]*/[a-z0-9][a-z0-9_.-]*)(?:\\s+\\(installed\\s+"
        "globally\\))?\\s+contains\\s+a\\s+Composer\\s+plugin\\s+which\\s+is\\s+(?:blocked\\s+by|"
        "currently\\s+not\\s+in)\\s+your\\s+allow-plugins\\s+config"));
    for (auto it = plugin.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!result.blockedPlugins.contains(name))
            result.blockedPlugins.append(name);
    }

    const QStringList rules = problemRules(lines);
    if (rules.isEmpty())
        return result;

    static const QRegularExpression rootSatisfiable(
        QStringLiteral("^Root composer\\.json requires (\\S+) (.+?) -> satisfiable by (.*)$"));
    static const QRegularExpression rootMissing(QStringLiteral(
        "^Root composer\\.json requires ([^\\s,]+)(?: (.+?))?, (found \\S+\\[.*|it could not be "
        "found.*)$"));
    static const QRegularExpression rootNoPackage(
        QStringLiteral("^No package found to satisfy root composer\\.json require (\\S+) (.+)$"));
    static const QRegularExpression rootPhp(QStringLiteral(
        "^Root composer\\.json requires (php(?:-64bit)?) (.+?) but your \\S+ version \\(([^;)]+)"));
    static const QRegularExpression rootExtension(
        QStringLiteral("^Root composer\\.json requires (?:PHP extension )?(ext-\\S+)(?: (.+?))? but (?:it is "
                       "missing|it has the wrong version|the \\S+ package is disabled)"));
    static const QRegularExpression requiresRule(
        QStringLiteral("^([^\\s\\[]+)(?:\\[[^\\]]*\\]| \\S+) requires? (\\S+) (.+?) -> (.*)$"));
    static const QRegularExpression conflictsRule(QStringLiteral(
        "^([^\\s\\[]+)(?:\\[[^\\]]*\\]| \\S+) conflicts? with (\\S+) ([^(]+?)(?: \\(.*\\))?\\.$"));
    static const QRegularExpression oneVersion(
        QStringLiteral("^You can only install one version of a package, so only one of these can be "
                       "installed: ([^\\s\\[]+)\\["));
    static const QRegularExpression rootPin(
        QStringLiteral("conflicts with your root composer\\.json require \\((.+)\\)\\.?$"));
    static const QRegularExpression phpVersion(QStringLiteral("your \\S+ version \\(([^;)]+)"));
    static const QRegularExpression productName(
        QStringLiteral("^(magento|mage-os)/product-(community|enterprise)-edition$"));

    // The rules in Composer's order; the root's requirements also by name.
    QList<Rule> parsed;
    QHash<QString, QString> rootConstraint; // B → c of "Root composer.json requires B c"
    QStringList rootOrder;
    QSet<QString> oneVersionOf;
    auto addMissing = [&result](const QString &entry) {
        if (!result.missingVersions.contains(entry))
            result.missingVersions.append(entry);
    };
    auto addPhp = [&result](const PhpProblem &p) {
        for (const PhpProblem &known : std::as_const(result.php)) {
            if (known.package == p.package && known.constraint == p.constraint)
                return;
        }
        result.php.append(p);
    };
    auto addExtension = [&result](const ExtensionProblem &e) {
        for (const ExtensionProblem &known : std::as_const(result.extensions)) {
            if (known.extension == e.extension && known.package == e.package)
                return;
        }
        result.extensions.append(e);
    };

    for (const QString &line : rules) {
        if (const QRegularExpressionMatch m = rootPhp.match(line); m.hasMatch()) {
            addPhp({ComposerJson, m.captured(2), m.captured(3).trimmed()});
        } else if (const QRegularExpressionMatch e = rootExtension.match(line); e.hasMatch()) {
            addExtension({e.captured(1), ComposerJson, e.captured(2)});
        } else if (const QRegularExpressionMatch s = rootSatisfiable.match(line); s.hasMatch()) {
            if (!rootConstraint.contains(s.captured(1)))
                rootOrder.append(s.captured(1));
            rootConstraint.insert(s.captured(1), s.captured(2));
            parsed.append({Rule::Kind::Root, ComposerJson, s.captured(1), s.captured(2), s.captured(3)});
        } else if (const QRegularExpressionMatch r = rootMissing.match(line); r.hasMatch()) {
            const QString why = r.captured(3);
            const bool missing = why.startsWith(QLatin1String("it could not be found")) ||
                                 why.contains(QLatin1String("not match the constraint")) ||
                                 why.contains(QLatin1String("not match your minimum-stability"));
            if (missing)
                addMissing(r.captured(2).isEmpty() ? r.captured(1)
                                                   : r.captured(1) + QLatin1Char(' ') + r.captured(2));
        } else if (const QRegularExpressionMatch n = rootNoPackage.match(line); n.hasMatch()) {
            addMissing(n.captured(1) + QLatin1Char(' ') + n.captured(2));
        } else if (const QRegularExpressionMatch q = requiresRule.match(line); q.hasMatch()) {
            parsed.append({Rule::Kind::Requires, q.captured(1), q.captured(2), q.captured(3), q.captured(4)});
        } else if (const QRegularExpressionMatch c = conflictsRule.match(line); c.hasMatch()) {
            parsed.append({Rule::Kind::Conflicts, c.captured(1), c.captured(2), c.captured(3).trimmed(), {}});
        } else if (const QRegularExpressionMatch o = oneVersion.match(line); o.hasMatch()) {
            oneVersionOf.insert(o.captured(1));
        }
    }

    QString product = productPackage;
    if (product.isEmpty()) {
        for (const QString &name : std::as_const(rootOrder)) {
            if (productName.match(name).hasMatch()) {
                product = name;
                break;
            }
        }
    }
    const QString productLabel = rootConstraint.contains(product)
                                     ? product + QLatin1Char(' ') + rootConstraint.value(product)
                                     : product;

    // The target side: the product and every package its side's rules require, whichever Problem
    // names them (a rule is a fact about a package, not about one Problem).
    QSet<QString> targetSide;
    if (!product.isEmpty())
        targetSide.insert(product);
    QHash<QString, QString> targetNeeds;        // B → "B c" that the target side requires
    QHash<QString, QSet<QString>> targetOffers; // B → versions of B that the target side accepts
    for (bool grew = true; grew;) {
        grew = false;
        for (const Rule &r : std::as_const(parsed)) {
            if (r.kind != Rule::Kind::Requires || !targetSide.contains(r.from) || isPlatform(r.target))
                continue;
            if (!targetNeeds.contains(r.target)) {
                targetNeeds.insert(r.target, r.target + QLatin1Char(' ') + r.constraint);
                targetOffers.insert(r.target, listedVersions(r.rest, r.target));
            }
            if (!targetSide.contains(r.target)) {
                targetSide.insert(r.target);
                grew = true;
            }
        }
    }
    // A requirement of B that some version the target side accepts satisfies blocks nothing.
    auto fitsTarget = [&targetOffers](const QString &package, const QString &satisfiedBy) {
        return targetOffers.value(package).intersects(listedVersions(satisfiedBy, package));
    };
    auto addBlocking = [&result](const QString &name, const QString &pins, const QString &reason) {
        for (const BlockingPackage &known : std::as_const(result.blocking)) {
            if (known.name == name && known.constraint == pins)
                return;
        }
        result.blocking.append({name, pins, reason});
    };

    for (const Rule &r : std::as_const(parsed)) {
        const QString pins = r.target + QLatin1Char(' ') + r.constraint;
        switch (r.kind) {
        case Rule::Kind::Root:
            // composer.json pins a package of the target side (the product is what moves)
            if (r.target != product && targetSide.contains(r.target) && !fitsTarget(r.target, r.rest))
                addBlocking(ComposerJson, pins,
                            blockingReason(ComposerJson, pins, targetNeeds.value(r.target), productLabel));
            break;
        case Rule::Kind::Requires: {
            if (isPlatform(r.target)) {
                if (isPhp(r.target) && r.rest.contains(QLatin1String("does not satisfy that requirement"))) {
                    const QRegularExpressionMatch v = phpVersion.match(r.rest);
                    addPhp({r.from, r.constraint, v.hasMatch() ? v.captured(1).trimmed() : QString()});
                } else if (r.target.startsWith(QLatin1String("ext-")) &&
                           (r.rest.startsWith(QLatin1String("it is missing from your system")) ||
                            r.rest.startsWith(QLatin1String("it has the wrong version installed")) ||
                            r.rest.contains(QLatin1String("package is disabled by your platform config")))) {
                    addExtension({r.target, r.from, r.constraint});
                }
                break;
            }
            if (const QRegularExpressionMatch pin = rootPin.match(r.rest); pin.hasMatch()) {
                // "found B[v] but it conflicts with your root composer.json require (c2)"
                const QString needs = targetSide.contains(r.from) ? pins : targetNeeds.value(r.target);
                const QString rootPins = r.target + QLatin1Char(' ') + pin.captured(1);
                addBlocking(ComposerJson, rootPins,
                            blockingReason(ComposerJson, rootPins, needs, productLabel));
                break;
            }
            if (targetSide.contains(r.from)) {
                if (r.rest.contains(QLatin1String("not match the constraint")))
                    addMissing(pins); // the repositories lack a version the target needs
                break;
            }
            const bool doesNotMatch = r.rest.contains(QLatin1String("does not match")) ||
                                      r.rest.contains(QLatin1String("do not match"));
            const bool targetRequires = r.target != product && targetSide.contains(r.target);
            if (doesNotMatch ||
                ((targetRequires || oneVersionOf.contains(r.target)) && !fitsTarget(r.target, r.rest)))
                addBlocking(r.from, pins,
                            blockingReason(r.from, pins, targetNeeds.value(r.target), productLabel));
            break;
        }
        case Rule::Kind::Conflicts:
            // "A v conflicts with B w": A declares it; whichever of the two is not the target's blocks
            if (!targetSide.contains(r.from) && targetSide.contains(r.target) && r.target != product)
                addBlocking(r.from, pins,
                            tr("%1 declares a conflict with %2, which %3 needs: update %1 to a version made "
                               "for %3, ask its vendor for one, or remove it.")
                                .arg(r.from, pins, productLabel));
            else if (targetSide.contains(r.from) && !targetSide.contains(r.target))
                addBlocking(r.target, pins,
                            tr("%1 declares a conflict with %2: update %3 to a version that %1 allows, ask "
                               "its vendor for one, or remove it.")
                                .arg(r.from, pins, r.target));
            break;
        }
    }
    return result;
}

} // namespace mua
