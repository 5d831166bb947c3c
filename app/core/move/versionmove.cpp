#include "core/move/versionmove.h"

#include "core/fs/atomicfile.h"
#include "core/fs/paths.h"
#include "core/fs/safefile.h"
#include "core/model/error.h"
#include "core/model/store.h"
#include "core/model/wording.h"
#include "core/move/composerproblems.h"
#include "core/move/composerwords.h"
#include "core/run/knownfailures.h"
#include "core/runners/commandexecutor.h"
#include "core/runners/runner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace mua {

namespace {

using Level = PreflightCheck::Level;

const QLatin1String ProductPackages[] = {
    QLatin1String("magento/product-community-edition"), QLatin1String("magento/product-enterprise-edition"),
    QLatin1String("magento/magento-cloud-metapackage"), QLatin1String("mage-os/product-community-edition")};

PreflightCheck make(const QString &id, const QString &title, Level level, const QString &message,
                    const QString &fix = QString())
{
    return {id, title, level, message, fix};
}

// The JSON object a Composer file holds; nothing, with a sentence, when it cannot be read or is none.
std::optional<QJsonObject> jsonObject(const QString &path, qint64 limit, QString *error)
{
    const FileContent c = SafeFile::read(path, limit);
    if (!c.ok()) {
        failWith(error, c.error);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(c.data, &parseError);
    if (!doc.isObject()) {
        failWith(error,
                 VersionMove::tr("%1 is not valid JSON (%2 at byte %3): Composer cannot read it either.")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset));
        return std::nullopt;
    }
    return doc.object();
}

// name → version of every package a composer.lock holds.
QHash<QString, QString> lockedVersions(const QJsonObject &lock)
{
    QHash<QString, QString> out;
    for (const QLatin1String key : {QLatin1String("packages"), QLatin1String("packages-dev")})
        for (const QJsonValue &p : lock.value(key).toArray())
            out.insert(p.toObject().value(QLatin1String("name")).toString(),
                       p.toObject().value(QLatin1String("version")).toString());
    return out;
}

// One Composer command through the runner: what it wrote on stdout (JSON comes there), and all of it.
struct ComposerRun
{
    CommandResult result;
    QStringList out;
    QStringList all;
    QString text() const { return all.join(QLatin1Char('\n')); }
};

ComposerRun composer(const StepContext &ctx, const QStringList &arguments, bool logLines)
{
    ComposerRun r;
    const CommandSpec spec = ctx.runner.composer(arguments);
    if (ctx.log)
        ctx.log(LogStream::Info, VersionMove::tr("$ %1").arg(spec.display()));
    const CommandExecutor executor(ctx.cancel, ctx.options.graceMs);
    r.result = executor.run(
        spec,
        [&](LogStream stream, const QString &line) {
            if (stream == LogStream::Stdout)
                r.out << line;
            r.all << line;
            if (logLines && ctx.log)
                ctx.log(stream, line);
        },
        false);
    return r;
}

// "Composer version 2.5.5 2023-03-21 11:50:05", "Composer 2.8.4": major and minor.
std::optional<std::pair<int, int>> composerVersion(const QStringList &lines, QString *text)
{
    static const QRegularExpression form(QStringLiteral("Composer (?:version )?(\\d+)\\.(\\d+)(\\.\\d+)?"));
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = form.match(line);
        if (m.hasMatch()) {
            *text = m.captured(1) + QLatin1Char('.') + m.captured(2) + m.captured(3);
            return std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
        }
    }
    return std::nullopt;
}

struct VersionKey
{
    QList<int> numbers; // major, minor, patch, fourth
    int stage = 0;      // -3 alpha, -2 beta, -1 rc, 0 release, 1 a -pN patch release
    int stageNumber = 0;
};

std::optional<VersionKey> versionKey(const QString &version)
{
    static const QRegularExpression form(
        QStringLiteral("^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-?(p|patch|alpha|beta|rc)\\.?(\\d*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(version.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    VersionKey k;
    k.numbers = {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
    const QString stage = m.captured(5).toLower();
    k.stage = stage.isEmpty()                                                  ? 0
              : stage == QLatin1String("p") || stage == QLatin1String("patch") ? 1
              : stage == QLatin1String("rc")                                   ? -1
              : stage == QLatin1String("beta")                                 ? -2
                                                                               : -3;
    k.stageNumber = m.captured(6).toInt();
    return k;
}

// The probe that says which PHP runs the store: its version, then each loaded extension as Composer
// names it (ext-<name>) with its version.
constexpr char PhpFactsProbe[] =
    "echo \"mua-php \", PHP_VERSION, PHP_EOL; foreach (get_loaded_extensions() as $e) { echo \"ext-\", "
    "strtolower(str_replace(' ', '-', $e)), ' ', (phpversion($e) ?: PHP_VERSION), PHP_EOL; }";

struct PhpFacts
{
    QString version;
    QHash<QString, QString> extensions; // ext-intl → 8.2.36
};

std::optional<PhpFacts> phpFacts(const CommandSpec &spec, const StepContext &ctx)
{
    const CommandResult r = CommandExecutor(ctx.cancel, ctx.options.graceMs).run(spec, nullptr, true);
    if (!r.succeeded())
        return std::nullopt;
    PhpFacts facts;
    for (const QString &line : r.lines) {
        const QStringList words = line.split(QLatin1Char(' '));
        if (words.size() == 2 && words.at(0) == QLatin1String("mua-php"))
            facts.version = words.at(1);
        else if (words.size() == 2 && words.at(0).startsWith(QLatin1String("ext-")))
            facts.extensions.insert(words.at(0), words.at(1));
    }
    if (facts.version.isEmpty())
        return std::nullopt;
    return facts;
}

// A relative path or artifact repository points at a folder next to the store, and a relative
// Composer cache folder at one in it: from the scratch copy they must point at the same folders.
void rebasePaths(QJsonObject &composerJson, const std::function<QString(const QString &)> &rebase)
{
    QJsonObject config = composerJson.value(QLatin1String("config")).toObject();
    for (const QLatin1String key :
         {QLatin1String("cache-dir"), QLatin1String("cache-files-dir"), QLatin1String("cache-repo-dir")}) {
        const QString dir = config.value(key).toString();
        if (!dir.isEmpty() && !dir.startsWith(QLatin1Char('/')) && !dir.startsWith(QLatin1Char('~')) &&
            !dir.startsWith(QLatin1Char('$')) && !dir.startsWith(QLatin1Char('{')))
            config.insert(key, rebase(dir));
    }
    if (composerJson.contains(QLatin1String("config")))
        composerJson.insert(QLatin1String("config"), config);

    const auto fix = [&rebase](QJsonObject repo) {
        const QString type = repo.value(QLatin1String("type")).toString();
        const QString url = repo.value(QLatin1String("url")).toString();
        if ((type == QLatin1String("path") || type == QLatin1String("artifact")) && !url.isEmpty() &&
            !url.startsWith(QLatin1Char('/')) && !url.contains(QLatin1String("://")))
            repo.insert(QLatin1String("url"), rebase(url));
        return repo;
    };
    const QJsonValue repos = composerJson.value(QLatin1String("repositories"));
    if (repos.isArray()) {
        QJsonArray out;
        for (const QJsonValue &r : repos.toArray())
            out.append(r.isObject() ? QJsonValue(fix(r.toObject())) : r);
        composerJson.insert(QLatin1String("repositories"), out);
    } else if (repos.isObject()) {
        QJsonObject out;
        const QJsonObject o = repos.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().isObject() ? QJsonValue(fix(it.value().toObject())) : it.value());
        composerJson.insert(QLatin1String("repositories"), out);
    }
}

// Whether Composer 2.2+ lets a plugin run, by config.allow-plugins (true, false, or patterns with *).
enum class PluginPermission { Allowed, Disabled, Blocked };
PluginPermission pluginPermission(const QJsonValue &allowPlugins, const QString &plugin)
{
    if (allowPlugins.isBool())
        return allowPlugins.toBool() ? PluginPermission::Allowed : PluginPermission::Disabled;
    const QJsonObject patterns = allowPlugins.toObject();
    for (auto it = patterns.begin(); it != patterns.end(); ++it) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(it.key()).replace(QLatin1String("\\*"), QLatin1String(".*"))));
        if (pattern.match(plugin).hasMatch())
            return it.value().toBool() ? PluginPermission::Allowed : PluginPermission::Disabled;
    }
    return PluginPermission::Blocked;
}

// Removes a scratch folder we made (a link is removed, never followed).
void removeScratch(const QString &path)
{
    struct stat st
    {
    };
    if (!lstatOf(path, &st))
        return;
    if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode))
        QFile::remove(path);
    else
        QDir(path).removeRecursively();
}

// The scratch copy Composer works in, never the store: outside it for the local runner (our cache
// folder); for the ssh and container runners var/.upgrade-assistant-resolve of the store, the only
// folder both sides see. Private to the user, and removed (auth.json with it) when the object goes.
class Scratch
{
public:
    // A fresh folder for the resolve and the download, removed again when the object goes; with a
    // `keptFor` target, the impact report's install of that target, kept (and reused) between runs.
    explicit Scratch(const StepContext &ctx, const QString &keptFor = QString())
        : m_kept(!keptFor.isEmpty())
    {
        const Store &store = ctx.store;
        const bool local = ctx.runner.kind() == RunnerKind::Local;
        m_path = pathFor(ctx, keptFor);
        m_argument = local ? m_path : m_path.mid(store.root.size() + 1);
        if (!local) { // var/ must be the store's own folder, not a link out of it
            struct stat st
            {
            };
            if (!lstatOf(store.root + QStringLiteral("/var"), &st) || !S_ISDIR(st.st_mode)) {
                m_error = VersionMove::tr("var/ is not a folder of the store.");
                return;
            }
        }
        struct stat st
        {
        };
        // Kept only when it is a folder (not a link) of ours; in the store's var/ (ssh, containers) the
        // owner is the server's or container's user, which a mount may show under another number.
        const bool reusable =
            m_kept && lstatOf(m_path, &st) && S_ISDIR(st.st_mode) && (!local || st.st_uid == ::geteuid());
        if (!reusable)
            removeScratch(m_path);
        else // a run that was killed before it removed the keys
            QFile::remove(m_path + QStringLiteral("/auth.json"));
        m_made = !m_kept;
        if (!QDir().mkpath(m_path) ||
            !QFile::setPermissions(m_path,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            m_error = VersionMove::tr("it cannot be made.");
    }
    // Where it is, without making it: for the local runner in our cache folder, for the others in
    // the store's var/, the only folder both sides see.
    static QString pathFor(const StepContext &ctx, const QString &keptFor)
    {
        const Store &store = ctx.store;
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(store.root.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
        if (ctx.runner.kind() != RunnerKind::Local)
            return store.root + (keptFor.isEmpty()
                                     ? QStringLiteral("/var/.upgrade-assistant-resolve")
                                     : QStringLiteral("/var/.upgrade-assistant-impact-") + keptFor);
        return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
               (keptFor.isEmpty() ? QStringLiteral("/resolve/") + hash
                                  : QStringLiteral("/impact/") + hash + QLatin1Char('-') + keptFor);
    }
    ~Scratch()
    {
        if (m_made)
            removeScratch(m_path);
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    // How Composer, where the store's commands run, names it (-d).
    QString argument() const { return m_argument; }
    // The Composer options that keep Composer in the scratch copy and run nothing the packages hold.
    QStringList quietOptions() const
    {
        return {QStringLiteral("--no-plugins"), QStringLiteral("--no-scripts"), QStringLiteral("-d"),
                m_argument};
    }
    // Writes one file, readable by the user alone, whole or not at all: whatever was there (a link
    // someone put in a kept folder in the store's var/) is replaced, never followed.
    bool write(const QString &name, const QByteArray &data) const
    {
        return AtomicFile::write(m_path + QLatin1Char('/') + name, data, nullptr, nullptr, 0600);
    }
    // Copies the store's file of that name, when it has one, and gives what it holds.
    bool copyFromStore(const QString &root, const QString &name, qint64 limit,
                       QByteArray *content = nullptr) const
    {
        if (!QFile::exists(root + QLatin1Char('/') + name))
            return true;
        const FileContent c = SafeFile::read(root + QLatin1Char('/') + name, limit);
        if (content)
            *content = c.data;
        return c.ok() && write(name, c.data);
    }

private:
    QString m_path;
    QString m_argument;
    QString m_error;
    bool m_kept = false;
    bool m_made = false;
};

} // namespace

std::optional<int> VersionMove::compareVersions(const QString &a, const QString &b)
{
    const std::optional<VersionKey> x = versionKey(a);
    const std::optional<VersionKey> y = versionKey(b);
    if (!x || !y)
        return std::nullopt;
    const auto tuple = [](const VersionKey &k) {
        return std::make_tuple(k.numbers.at(0), k.numbers.at(1), k.numbers.at(2), k.numbers.at(3), k.stage,
                               k.stageNumber);
    };
    return tuple(*x) < tuple(*y) ? -1 : tuple(*y) < tuple(*x) ? 1 : 0;
}

QString VersionMove::productPackage(const Store &store)
{
    const QJsonObject composerJson =
        jsonObject(store.root + QStringLiteral("/composer.json"), FileLimit::ComposerJson, nullptr)
            .value_or(QJsonObject());
    const QJsonObject require = composerJson.value(QLatin1String("require")).toObject();
    for (const QLatin1String name : ProductPackages)
        if (require.contains(name))
            return name;
    return store.edition == QLatin1String("Community") || store.edition.isEmpty()
               ? QStringLiteral("magento/product-community-edition")
               : QStringLiteral("magento/product-enterprise-edition");
}

std::optional<VersionMove::Versions> VersionMove::versions(const Store &store, const Runner &runner,
                                                           const std::atomic_bool *cancel, int graceMs,
                                                           QString *error, const QString &only)
{
    Versions v;
    v.package = productPackage(store);
    UpgradeOptions options;
    options.graceMs = graceMs;
    RunRecord record;
    const StepContext ctx{store, options, runner, record, cancel};
    const QStringList show{QStringLiteral("show"), QStringLiteral("--all"), QStringLiteral("--format=json"),
                           QStringLiteral("--no-plugins")};
    const ComposerRun all = composer(ctx, show + QStringList{v.package}, false);
    const QJsonObject info = QJsonDocument::fromJson(all.out.join(QLatin1Char('\n')).toUtf8()).object();
    if (!all.result.succeeded() || info.isEmpty()) {
        const QString advice = KnownFailures::adviceFor(all.all, all.result.exitCode);
        // The exit code for a reader who types commands, as Step words a failed command (step.cpp).
        QString why = !all.result.started
                          ? tr("Composer could not be started: %1.").arg(all.result.startError)
                      : Wording::current().commandLine()
                          ? tr("Composer could not read the versions of %1 from the store's repositories "
                               "(exit code %2).")
                                .arg(v.package)
                                .arg(all.result.exitCode)
                          : tr("Composer could not read the versions of %1 from the store's repositories.")
                                .arg(v.package);
        if (!advice.isEmpty())
            why += QLatin1Char(' ') + advice;
        failWith(error, why);
        return std::nullopt;
    }
    for (const QJsonValue &version : info.value(QLatin1String("versions")).toArray())
        if (compareVersions(version.toString(), version.toString()))
            v.all << version.toString();
    std::sort(v.all.begin(), v.all.end(),
              [](const QString &a, const QString &b) { return compareVersions(a, b).value_or(0) > 0; });
    for (const QString &version : std::as_const(v.all)) {
        if (!store.version.isEmpty() && compareVersions(version, store.version).value_or(1) <= 0)
            continue;
        AvailableVersion available{version, QString()};
        if (!only.isEmpty() && version != only) {
            v.available << available;
            continue;
        }
        const ComposerRun one = composer(ctx, show + QStringList{v.package, version}, false);
        const QJsonObject details =
            QJsonDocument::fromJson(one.out.join(QLatin1Char('\n')).toUtf8()).object();
        available.php =
            details.value(QLatin1String("requires")).toObject().value(QLatin1String("php")).toString();
        v.available << available;
        if (ctx.cancelled())
            break;
    }
    return v;
}

VersionMove::Resolution VersionMove::resolve(const StepContext &ctx)
{
    Resolution r;
    const Store &store = ctx.store;
    const QString target = ctx.options.targetVersion;
    if (target.isEmpty())
        return r;
    MoveSummary &move = r.summary;
    move.package = productPackage(store);
    move.from = store.version;
    move.to = target;

    // Where the store's commands run, Composer must start and be new enough for the target.
    const ComposerRun versionRun =
        composer(ctx, {QStringLiteral("--version"), QStringLiteral("--no-plugins")}, false);
    QString composerText;
    const auto composerParts = composerVersion(versionRun.all, &composerText);
    if (!versionRun.result.succeeded() || !composerParts) {
        r.checks << make(
            QStringLiteral("composer"), tr("Composer"), Level::Error,
            !versionRun.result.started ? tr("Composer cannot be started where the store's commands run: %1.")
                                             .arg(versionRun.result.startError)
            : Wording::current().commandLine()
                ? tr("Composer did not say its version where the store's commands run (exit code %1).")
                      .arg(versionRun.result.exitCode)
                : tr("Composer did not say its version where the store's commands run."),
            tr("Install Composer 2 where the store's commands run, so that the command composer works."));
        return r;
    }
    const auto needs = [&](const QString &from) { return compareVersions(target, from).value_or(-1) >= 0; };
    const int composerMajor = composerParts->first;
    const int composerMinor = composerParts->second;
    if ((composerMajor < 2 && needs(QStringLiteral("2.4.2"))) ||
        ((composerMajor < 2 || (composerMajor == 2 && composerMinor < 2)) &&
         needs(QStringLiteral("2.4.4")))) {
        r.checks << make(
            QStringLiteral("composer"), tr("Composer"), Level::Error,
            tr("Composer %1 cannot install Magento %2: it needs Composer %3 or newer.")
                .arg(composerText, target,
                     needs(QStringLiteral("2.4.4")) ? QStringLiteral("2.2") : QStringLiteral("2")),
            tr("Update Composer where the store's commands run (composer self-update --2), then "
               "check again."));
        return r;
    }
    r.checks << make(QStringLiteral("composer"), tr("Composer"), Level::Pass,
                     tr("Composer %1 runs where the store's commands run.").arg(composerText));

    // The target must be a version the store's own repositories offer, newer than the installed one.
    QString notOffered;
    const std::optional<Versions> offered =
        versions(store, ctx.runner, ctx.cancel, ctx.options.graceMs, &notOffered, target);
    if (!offered) {
        r.checks << make(QStringLiteral("target-version"), tr("Target version"), Level::Error, notOffered,
                         tr("Make sure Composer can reach the store's repositories (and that auth.json holds "
                            "their keys), then check again."));
        return r;
    }
    if (!offered->all.contains(target)) {
        const QStringList newest = offered->all.mid(0, 5);
        r.checks << make(
            QStringLiteral("target-version"), tr("Target version"), Level::Error,
            newest.isEmpty()
                ? tr("The store's repositories offer no version of %1.").arg(move.package)
                : tr("%1 is not a version of %2 that the store's repositories offer (the newest: %3).")
                      .arg(target, move.package, newest.join(QLatin1String(", "))),
            tr("Choose one of the versions offered."));
        return r;
    }
    QString targetPhp;
    for (const AvailableVersion &a : offered->available)
        if (a.version == target)
            targetPhp = a.php;
    r.checks << make(QStringLiteral("target-version"), tr("Target version"), Level::Pass,
                     tr("%1 → %2, offered by the store's repositories.").arg(store.version, target));

    // The scratch copy: Composer works the move out there, never in the store.
    const bool local = ctx.runner.kind() == RunnerKind::Local;
    const Scratch scratch(ctx);
    const auto scratchError = [&](const QString &why) {
        r.checks << make(QStringLiteral("resolve"), tr("Composer resolve"), Level::Error,
                         tr("The move could not be worked out in %1: %2").arg(scratch.path(), why),
                         tr("Make room or fix the folder's permissions, then check again."));
        return r;
    };
    if (!scratch.ok())
        return scratchError(scratch.error());
    QString error;
    QJsonObject composerJson =
        jsonObject(store.root + QStringLiteral("/composer.json"), FileLimit::ComposerJson, &error)
            .value_or(QJsonObject());
    if (composerJson.isEmpty()) {
        r.checks << make(QStringLiteral("resolve"), tr("Composer resolve"), Level::Error, error,
                         tr("Fix composer.json, then check again."));
        return r;
    }
    const QJsonObject lockBefore =
        jsonObject(store.root + QStringLiteral("/composer.lock"), FileLimit::ComposerLock, &error)
            .value_or(QJsonObject());
    const QDir storeDir(store.root);
    rebasePaths(composerJson, [&](const QString &url) {
        return local ? QDir::cleanPath(storeDir.absoluteFilePath(url)) : QStringLiteral("../../") + url;
    });
    // The PHP that runs the store decides, not the one Composer happens to run with here.
    std::optional<PhpFacts> storePhp =
        phpFacts(ctx.runner.php({QStringLiteral("-r"), QLatin1String(PhpFactsProbe)}), ctx);
    if (storePhp && local && ctx.options.runner.php != QLatin1String("php")) {
        QJsonObject platform = composerJson.value(QLatin1String("config"))
                                   .toObject()
                                   .value(QLatin1String("platform"))
                                   .toObject();
        platform.insert(QStringLiteral("php"), storePhp->version);
        const std::optional<PhpFacts> composerPhp = phpFacts(
            CommandSpec{
                QStringLiteral("php"), {QStringLiteral("-r"), QLatin1String(PhpFactsProbe)}, store.root},
            ctx);
        if (composerPhp)
            for (auto it = composerPhp->extensions.cbegin(); it != composerPhp->extensions.cend(); ++it)
                if (!storePhp->extensions.contains(it.key()) && !platform.contains(it.key()))
                    platform.insert(it.key(), false);
        for (auto it = storePhp->extensions.cbegin(); it != storePhp->extensions.cend(); ++it)
            if (!platform.contains(it.key()))
                platform.insert(it.key(), it.value());
        QJsonObject config = composerJson.value(QLatin1String("config")).toObject();
        config.insert(QStringLiteral("platform"), platform);
        composerJson.insert(QStringLiteral("config"), config);
    }
    QByteArray auth;
    if (!scratch.write(QStringLiteral("composer.json"), QJsonDocument(composerJson).toJson()) ||
        !scratch.copyFromStore(store.root, QStringLiteral("composer.lock"), FileLimit::ComposerLock) ||
        !scratch.copyFromStore(store.root, QStringLiteral("auth.json"), FileLimit::ComposerJson, &auth))
        return scratchError(tr("its files cannot be written."));
    const QStringList secrets = ComposerWords::authSecrets(auth); // never quoted from what Composer says

    const QStringList quiet = scratch.quietOptions();
    const ComposerRun require =
        composer(ctx,
                 QStringList{QStringLiteral("require"), move.package + QLatin1Char(':') + target,
                             QStringLiteral("--no-update")} +
                     quiet,
                 true);
    const ComposerRun update =
        require.result.succeeded()
            ? composer(ctx, QStringList{QStringLiteral("update"), QStringLiteral("--no-install")} + quiet,
                       true)
            : require;
    const QJsonObject lockAfter =
        update.result.succeeded()
            ? jsonObject(scratch.path() + QStringLiteral("/composer.lock"), FileLimit::ComposerLock, &error)
                  .value_or(QJsonObject())
            : QJsonObject();
    const QJsonValue allowPlugins =
        composerJson.value(QLatin1String("config")).toObject().value(QLatin1String("allow-plugins"));
    if (!lockAfter.isEmpty()) {
        move.resolvedComposerJson =
            SafeFile::read(scratch.path() + QStringLiteral("/composer.json"), FileLimit::ComposerJson).data;
        move.resolvedLock =
            SafeFile::read(scratch.path() + QStringLiteral("/composer.lock"), FileLimit::ComposerLock).data;
    }

    if (ctx.cancelled())
        return r;
    const ComposerProblems problems = ComposerProblems::parse(update.text(), move.package);
    const QString phpText = storePhp ? storePhp->version : tr("unknown");
    if (!update.result.succeeded() || lockAfter.isEmpty()) {
        move.blocking = problems.blocking;
        const bool platformOnly = problems.blocking.isEmpty() && problems.missingVersions.isEmpty() &&
                                  (!problems.php.isEmpty() || !problems.extensions.isEmpty());
        if (platformOnly)
            r.checks << make(
                QStringLiteral("resolve"), tr("Composer resolve"), Level::Pass,
                tr("The packages resolve; what stops the move is the PHP that runs the store (below)."));
        else {
            QStringList names;
            for (const BlockingPackage &b : problems.blocking)
                names << b.name + QStringLiteral(" (") + b.constraint + QLatin1Char(')');
            const QString advice = KnownFailures::adviceFor(update.all, update.result.exitCode);
            // The review page has no log: the check quotes what Composer said; the exit code is for
            // a reader who types commands.
            const QString said = ComposerWords::lastWords(update.all, secrets);
            const QString code = QString::number(update.result.exitCode);
            const bool commandLine = Wording::current().commandLine();
            r.checks << make(
                QStringLiteral("resolve"), tr("Composer resolve"), Level::Error,
                !names.isEmpty() ? tr("Composer cannot move the store to %1: %n package(s) block it: %2.", "",
                                      int(names.size()))
                                       .arg(target, names.join(QLatin1String(", ")))
                : !update.result.started
                    ? tr("Composer could not be started: %1.").arg(update.result.startError)
                : said.isEmpty()
                    ? (commandLine
                           ? tr("Composer cannot move the store to %1 (exit code %2).").arg(target, code)
                           : tr("Composer cannot move the store to %1.").arg(target))
                    : (commandLine
                           ? tr("Composer cannot move the store to %1 (exit code %2); it said: “%3”")
                                 .arg(target, code, said)
                           : tr("Composer cannot move the store to %1; it said: “%2”").arg(target, said)),
                !names.isEmpty()
                    ? tr("Update each blocking package to a version made for %1, ask its vendor for one, "
                         "or remove it; then check again.")
                          .arg(target)
                : !advice.isEmpty()      ? advice
                : !update.result.started ? tr("Install Composer 2 where the store's commands run, so that "
                                              "the command composer works.")
                : !said.isEmpty()
                    ? tr("Fix what Composer names, then check again.")
                    : tr("Composer said nothing that names the cause: run composer update in a copy of the "
                         "store to see why, then check again."));
        }
        if (problems.php.isEmpty())
            r.checks << make(QStringLiteral("php-target"), tr("PHP for the target"),
                             platformOnly ? Level::Pass : Level::Warning,
                             platformOnly ? tr("PHP %1 satisfies what %2 needs.").arg(phpText, target)
                                          : tr("Not known until the move resolves."));
        else {
            QStringList needs;
            for (const PhpProblem &p : problems.php)
                needs << tr("%1 needs PHP %2").arg(p.package, p.constraint);
            needs.removeDuplicates();
            r.checks << make(
                QStringLiteral("php-target"), tr("PHP for the target"), Level::Error,
                tr("The store runs PHP %1, but %2.").arg(phpText, needs.join(QLatin1String("; "))),
                tr("Move the store to a PHP version that %1 supports first (%2), then check again.")
                    .arg(target, targetPhp.isEmpty() ? problems.php.first().constraint : targetPhp));
        }
        if (problems.extensions.isEmpty())
            r.checks << make(QStringLiteral("php-extensions"), tr("PHP extensions"),
                             platformOnly ? Level::Pass : Level::Warning,
                             platformOnly ? tr("PHP %1 has every extension the move needs.").arg(phpText)
                                          : tr("Not known until the move resolves."));
        else {
            QStringList missing;
            for (const ExtensionProblem &e : problems.extensions)
                missing << e.extension;
            missing.removeDuplicates();
            r.checks << make(QStringLiteral("php-extensions"), tr("PHP extensions"), Level::Error,
                             tr("PHP %1, which runs the store, lacks %2, which %3 needs.")
                                 .arg(phpText, missing.join(QLatin1String(", ")), target),
                             tr("Install or enable %1 for the PHP that runs the store, then check again.")
                                 .arg(missing.join(QLatin1String(", "))));
        }
        r.checks << make(QStringLiteral("allow-plugins"), tr("Composer plugins"), Level::Warning,
                         tr("Not known until the move resolves."));
        return r;
    }

    move.resolved = true;
    const QHash<QString, QString> before = lockedVersions(lockBefore);
    const QHash<QString, QString> after = lockedVersions(lockAfter);
    QStringList names = before.keys() + after.keys();
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        if (before.value(name) != after.value(name))
            move.changes << PackageChange{name, before.value(name), after.value(name)};
    r.checks << make(
        QStringLiteral("resolve"), tr("Composer resolve"), Level::Pass,
        tr("Composer can move the store to %1: %n package(s) change.", "", int(move.changes.size()))
            .arg(target));
    r.checks << make(QStringLiteral("php-target"), tr("PHP for the target"), Level::Pass,
                     targetPhp.isEmpty() ? tr("PHP %1 satisfies what %2 needs.").arg(phpText, target)
                                         : tr("PHP %1 satisfies %2 (%3).").arg(phpText, targetPhp, target));
    r.checks << make(QStringLiteral("php-extensions"), tr("PHP extensions"), Level::Pass,
                     tr("PHP %1 has every extension the move needs.").arg(phpText));
    QStringList blocked;
    for (const QLatin1String key : {QLatin1String("packages"), QLatin1String("packages-dev")})
        for (const QJsonValue &p : lockAfter.value(key).toArray()) {
            const QJsonObject o = p.toObject();
            const QString name = o.value(QLatin1String("name")).toString();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("composer-plugin") &&
                pluginPermission(allowPlugins, name) == PluginPermission::Blocked)
                blocked << name;
        }
    if (!blocked.isEmpty() && (composerMajor > 2 || (composerMajor == 2 && composerMinor >= 2))) {
        QJsonObject allow;
        for (const QString &name : std::as_const(blocked))
            allow.insert(name, true);
        const QString snippet = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("config"),
                                       QJsonObject{{QStringLiteral("allow-plugins"), allow}}}})
                .toJson(QJsonDocument::Compact));
        r.checks << make(
            QStringLiteral("allow-plugins"), tr("Composer plugins"), Level::Error,
            tr("%1 would install %n Composer plugin(s) that composer.json's config.allow-plugins does not "
               "allow (%2): Composer would stop in the middle of the move.",
               "", int(blocked.size()))
                .arg(target, blocked.join(QLatin1String(", "))),
            tr("If you trust them, add them to composer.json (%1), then check again.").arg(snippet));
    } else {
        r.checks << make(QStringLiteral("allow-plugins"), tr("Composer plugins"), Level::Pass,
                         tr("Every Composer plugin of the move is allowed by composer.json."));
    }
    return r;
}

namespace {

// The resolved set installed into a scratch folder (no plugins, no scripts, no autoloader), whatever
// composer.json says of vendor-dir and bin-dir: an absolute one would otherwise be the store's own.
struct LockInstall
{
    bool written = false; // the scratch folder's files could be written
    ComposerRun run;
    QByteArray auth; // the store's auth.json, to mask in Composer's words
};

LockInstall installLock(const StepContext &ctx, const Scratch &scratch, const MoveSummary &move)
{
    LockInstall i;
    QJsonObject composerJson = QJsonDocument::fromJson(move.resolvedComposerJson).object();
    QJsonObject config = composerJson.value(QLatin1String("config")).toObject();
    config.insert(QStringLiteral("vendor-dir"), QStringLiteral("vendor"));
    config.insert(QStringLiteral("bin-dir"), QStringLiteral("vendor/bin"));
    composerJson.insert(QStringLiteral("config"), config);
    i.written =
        scratch.ok() &&
        scratch.write(QStringLiteral("composer.json"), QJsonDocument(composerJson).toJson()) &&
        scratch.write(QStringLiteral("composer.lock"), move.resolvedLock) &&
        scratch.copyFromStore(ctx.store.root, QStringLiteral("auth.json"), FileLimit::ComposerJson, &i.auth);
    if (i.written)
        i.run = composer(ctx,
                         QStringList{QStringLiteral("install"), QStringLiteral("--no-autoloader"),
                                     QStringLiteral("--no-progress")} +
                             scratch.quietOptions(),
                         true);
    // The keys are not left in a folder that is kept.
    QFile::remove(scratch.path() + QStringLiteral("/auth.json"));
    return i;
}

const QLatin1String StampName("installed-lock.sha256");

} // namespace

PreflightCheck VersionMove::download(const StepContext &ctx, const MoveSummary &move)
{
    const QString id = QStringLiteral("download");
    const QString title = tr("Download");
    const Scratch scratch(ctx);
    QElapsedTimer clock;
    clock.start();
    const LockInstall install = installLock(ctx, scratch, move);
    if (!install.written)
        return make(id, title, Level::Error,
                    tr("The packages of %1 could not be downloaded in %2: %3")
                        .arg(move.to, scratch.path(),
                             scratch.ok() ? tr("its files cannot be written.") : scratch.error()),
                    tr("Make room or fix the folder's permissions, then try again."));
    if (ctx.cancelled())
        return make(id, title, Level::Error,
                    tr("Cancelled while downloading the packages of %1.").arg(move.to));
    if (!install.run.result.succeeded()) {
        const ComposerRun &run = install.run;
        const QString advice = KnownFailures::adviceFor(run.all, run.result.exitCode);
        return make(
            id, title, Level::Error,
            !run.result.started
                ? tr("Composer could not be started: %1.").arg(run.result.startError)
                : tr("Composer could not download what the move to %1 installs, so the move would fail "
                     "with the shop in maintenance. Composer said: %2")
                      .arg(move.to,
                           ComposerWords::lastWords(run.all, ComposerWords::authSecrets(install.auth))),
            !advice.isEmpty() ? advice
                              : tr("Fix what Composer names (the repository, its keys in auth.json, room "
                                   "on the disk), then try again."));
    }
    return make(id, title, Level::Pass,
                tr("What the move to %1 installs is in Composer's cache (%2 s, before maintenance): the move "
                   "downloads nothing while the shop is in maintenance.")
                    .arg(move.to)
                    .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
}

QString VersionMove::targetFolder(const StepContext &ctx, const QString &target)
{
    return Scratch::pathFor(ctx, target);
}

std::optional<QString> VersionMove::installTarget(const StepContext &ctx, const MoveSummary &move,
                                                  QString *error)
{
    const Scratch folder(ctx, move.to);
    const QString vendor = folder.path() + QStringLiteral("/vendor");
    const QString stamp = folder.path() + QLatin1Char('/') + StampName;
    const FileContent installed = SafeFile::read(stamp, 1024);
    if (folder.ok() && installed.ok() && installed.data == move.lockDigest() && QFileInfo(vendor).isDir()) {
        if (ctx.log)
            ctx.log(LogStream::Info,
                    tr("The packages of %1 are already installed in %2.").arg(move.to, folder.path()));
        return vendor;
    }
    QFile::remove(stamp);
    const LockInstall install = installLock(ctx, folder, move);
    if (!install.written) {
        failWith(error, tr("The packages of %1 could not be installed in %2: %3")
                            .arg(move.to, folder.path(),
                                 folder.ok() ? tr("its files cannot be written.") : folder.error()));
        return std::nullopt;
    }
    if (ctx.cancelled()) {
        failWith(error, tr("Cancelled while installing the packages of %1.").arg(move.to));
        return std::nullopt;
    }
    const ComposerRun &run = install.run;
    if (!run.result.succeeded()) {
        const QString advice = KnownFailures::adviceFor(run.all, run.result.exitCode);
        QString why =
            !run.result.started
                ? tr("Composer could not be started: %1.").arg(run.result.startError)
                : tr("Composer could not install what the move to %1 installs in %2. Composer said: %3")
                      .arg(move.to, folder.path(),
                           ComposerWords::lastWords(run.all, ComposerWords::authSecrets(install.auth)));
        if (!advice.isEmpty())
            why += QLatin1Char(' ') + advice;
        failWith(error, why);
        return std::nullopt;
    }
    if (!folder.write(StampName, move.lockDigest())) {
        failWith(error, tr("%1 cannot be written.").arg(stamp));
        return std::nullopt;
    }
    return vendor;
}

} // namespace mua
