#include "core/inspect/storeinspector.h"
#include "core/model/error.h"

#include "core/fs/safefile.h"
#include "core/inspect/deploymode.h"
#include "core/inspect/filesystems.h"
#include "core/model/runrecord.h"
#include "core/model/wording.h"
#include "core/parse/composerversion.h"
#include "core/run/upgradeworker.h"
#include "core/runners/containerrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <dirent.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace mua {

namespace {

// One of Composer's files, read safely: a problem other than its absence (a FIFO, a device, too
// large, unreadable) is a warning, and the version comes from the next file.
QByteArray readComposerFile(const QString &root, const QString &relative, qint64 limit, QStringList &warnings)
{
    const FileContent f = SafeFile::read(root + QLatin1Char('/') + relative, limit);
    if (!f.ok() && f.status != FileContent::Status::Missing)
        warnings << f.error;
    return f.data;
}

bool isLegacyVersion(const QString &version)
{
    return version.startsWith(QLatin1String("2.0.")) || version == QLatin1String("2.0") ||
           version.startsWith(QLatin1String("2.1.")) || version == QLatin1String("2.1");
}

struct DirCount
{
    int entries = 0;
    int error = 0; // errno when the folder exists but cannot be read
    bool exists = false;
    bool isSymlink = false;
};

// Counts a folder's entries without following a symlink in its place.
DirCount countEntries(const QString &path)
{
    DirCount c;
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0)
        return c;
    c.exists = true;
    if (S_ISLNK(st.st_mode)) {
        c.isSymlink = true;
        return c;
    }
    if (!S_ISDIR(st.st_mode))
        return c;
    DIR *d = ::opendir(native.constData());
    if (!d) {
        c.error = errno;
        return c;
    }
    while (struct dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
            ++c.entries;
    }
    ::closedir(d);
    return c;
}

bool exists(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

void noteDynamic(const PhpValue &value, const QString &path, QStringList &dynamicPaths)
{
    if (value.isDynamic()) {
        dynamicPaths << path;
        return;
    }
    for (const auto &e : value.entries())
        noteDynamic(e.value, path.isEmpty() ? e.key : path + QLatin1Char('/') + e.key, dynamicPaths);
}

} // namespace

StoreInspector::VersionInfo StoreInspector::readVersion(const QString &root)
{
    VersionInfo info;
    auto use = [&info](const ComposerVersion::Result &r) {
        if (!r.problem.isEmpty())
            info.warnings << r.problem;
        if (r.info.version.isEmpty())
            return false;
        info.version = r.info.version;
        info.edition = r.info.edition;
        info.source = r.info.source;
        return true;
    };
    const QString lock = QStringLiteral("composer.lock");
    if (const QByteArray bytes = readComposerFile(root, lock, FileLimit::ComposerLock, info.warnings);
        !bytes.isNull() && use(ComposerVersion::fromLock(bytes, lock)))
        return info;
    // A git clone of Magento itself: the root package carries a real version.
    const QString rootJson = QStringLiteral("composer.json");
    if (const QByteArray bytes = readComposerFile(root, rootJson, FileLimit::ComposerJson, info.warnings);
        !bytes.isNull() && use(ComposerVersion::fromCloneComposerJson(bytes, rootJson)))
        return info;
    const QString baseJson = QStringLiteral("vendor/magento/magento2-base/composer.json");
    const QString installedJson = QStringLiteral("vendor/composer/installed.json");
    ComposerVersion::Result base;
    if (const QByteArray bytes = readComposerFile(root, baseJson, FileLimit::ComposerJson, info.warnings);
        !bytes.isNull())
        base = ComposerVersion::fromBaseComposerJson(bytes, baseJson);
    ComposerVersion::Result installed;
    if (const QByteArray bytes =
            readComposerFile(root, installedJson, FileLimit::InstalledJson, info.warnings);
        !bytes.isNull())
        installed = ComposerVersion::fromInstalled(bytes, installedJson);
    if (!base.info.version.isEmpty()) {
        // magento2-base says the version, installed.json the edition.
        base.info.edition =
            installed.info.edition.isEmpty() ? QStringLiteral("Community") : installed.info.edition;
        use(base);
        return info;
    }
    if (!base.problem.isEmpty())
        info.warnings << base.problem;
    use(installed);
    return info;
}

Store StoreInspector::inspect(const QString &rootArg)
{
    Store s;
    const QFileInfo rootInfo(rootArg);
    // The real path: a Deployer-style current -> releases/N link is resolved once here, so that the
    // file work below, which never follows links, works on the release folder itself.
    const QString canonical = rootInfo.canonicalFilePath();
    s.root = canonical.isEmpty() ? QDir::cleanPath(rootInfo.absoluteFilePath()) : canonical;

    if (!rootInfo.exists()) {
        s.error =
            tr("%1 does not exist: give the folder that holds the store's app/, bin/ and var/.").arg(s.root);
        return s;
    }
    if (!rootInfo.isDir()) {
        struct stat st;
        const bool special = ::stat(QFile::encodeName(s.root).constData(), &st) == 0 && !S_ISREG(st.st_mode);
        s.error = special ? tr("%1 is %2, not a folder: give the store's root folder (the one that holds "
                               "app/etc/env.php and bin/magento).")
                                .arg(s.root, SafeFile::describeType(st.st_mode))
                          : tr("%1 is a file, not a folder: give the store's root folder (the one that holds "
                               "app/etc/env.php and bin/magento).")
                                .arg(s.root);
        return s;
    }
    const DirCount rootCount = countEntries(s.root);
    if (rootCount.error != 0) {
        s.error =
            tr("Cannot read %1: %2. Run the assistant as the store's owner or make the folder readable.")
                .arg(s.root, errnoText(rootCount.error));
        return s;
    }

    // Is it Magento? app/etc/env.php and bin/magento.
    QStringList missing;
    if (!exists(s.envPhpPath()))
        missing << QStringLiteral("app/etc/env.php");
    if (!exists(s.path(QStringLiteral("bin/magento"))))
        missing << QStringLiteral("bin/magento");
    // env.php gone from a store in maintenance: not a store being installed, but one whose env.php
    // was lost during a run or a deployment. Say that, and how to get the shop back.
    if (missing == QStringList{QStringLiteral("app/etc/env.php")} &&
        exists(s.path(QStringLiteral("var/.maintenance.flag")))) {
        const JournalFile journal = JournalFile::read(UpgradeWorker::journalPath(s.root));
        // The run is resumed as it was started: its journal does not keep the runner and its choices,
        // so the command is the plain one.
        const QString resume =
            Wording::current().command(NextStep::upgrade(NextStep::Kind::Resume, s.root, UpgradeOptions{}));
        const bool unfinishedRun = journal.state == JournalFile::State::Read &&
                                   journal.record.result != RunResult::Succeeded &&
                                   journal.record.result != RunResult::Refused;
        s.error =
            unfinishedRun
                ? (resume.isEmpty()
                       ? tr("%1 is missing while the store is in maintenance mode and an upgrade run of the "
                            "assistant did not finish: env.php was lost during the run. Restore "
                            "app/etc/env.php from your backup or version control (it holds the database "
                            "settings and the crypt key), then resume the run.")
                             .arg(s.envPhpPath())
                       : tr("%1 is missing while the store is in maintenance mode and an upgrade run of the "
                            "assistant "
                            "did not finish: env.php was lost during the run. Restore app/etc/env.php from "
                            "your backup or version control (it holds the database settings and the crypt "
                            "key), then finish the run with: %2")
                             .arg(s.envPhpPath(), resume))
                : tr("%1 is missing while the store is in maintenance mode: env.php was lost during a "
                     "deployment or an upgrade. Restore app/etc/env.php from your backup or version control "
                     "(it holds the database settings and the crypt key); the shop stays in maintenance "
                     "until "
                     "then.")
                      .arg(s.envPhpPath());
        s.warnings << s.error;
        return s;
    }
    if (!missing.isEmpty()) {
        s.error =
            missing.size() == 2
                ? tr("%1 is not a Magento 2 store: it has neither app/etc/env.php nor bin/magento. Give the "
                     "folder that holds the store's app/, bin/ and var/.")
                      .arg(s.root)
                : tr("%1 is not a Magento 2 store: %2 is missing. Give the folder that holds the store's "
                     "app/, "
                     "bin/ and var/, or finish the store's installation first.")
                      .arg(s.root, missing.constFirst());
        s.warnings << s.error;
        return s;
    }
    s.isMagento = true;

    // bin/magento is run with PHP: a FIFO there would hang PHP's open, a device feed it forever.
    struct stat bin;
    if (::stat(QFile::encodeName(s.path(QStringLiteral("bin/magento"))).constData(), &bin) == 0 &&
        !S_ISREG(bin.st_mode)) {
        s.error = tr("%1 is %2, not a regular file: restore bin/magento from the store's code (Composer "
                     "or version control).")
                      .arg(s.path(QStringLiteral("bin/magento")), SafeFile::describeType(bin.st_mode));
        return s;
    }

    // env.php: parsed, never executed; read only when it is a regular file of a sane size.
    const FileContent envFile = SafeFile::read(s.envPhpPath(), FileLimit::EnvPhp);
    if (!envFile.ok()) {
        s.error = envFile.error;
        return s;
    }
    const EnvPhpParseResult parsed = EnvPhpParser::parse(envFile.data);
    if (!parsed.ok) {
        s.error = tr("%1 cannot be read as Magento's configuration: line %2, column %3: %4. Fix the file or "
                     "restore it from a backup; the assistant never rewrites it.")
                      .arg(s.envPhpPath())
                      .arg(parsed.line)
                      .arg(parsed.column)
                      .arg(parsed.error);
        return s;
    }
    if (!parsed.value.isArray()) {
        s.error = tr("%1 does not return an array: restore it from a backup.").arg(s.envPhpPath());
        return s;
    }
    s.env = parsed.value;
    s.envSyntax = parsed.syntax;

    // Version, edition, layout.
    const VersionInfo version = readVersion(s.root);
    s.version = version.version;
    s.edition = version.edition;
    s.versionSource = version.source;
    s.warnings << version.warnings;
    if (!s.version.isEmpty()) {
        s.layout = isLegacyVersion(s.version) ? CodeLayout::Legacy : CodeLayout::Generated;
    } else {
        s.layout =
            (exists(s.path(QStringLiteral("var/generation"))) && !exists(s.path(QStringLiteral("generated"))))
                ? CodeLayout::Legacy
                : CodeLayout::Generated;
        s.warnings << tr("No file says which Magento version this is (composer.lock, "
                         "vendor/magento/magento2-base/composer.json, vendor/composer/installed.json): the "
                         "code-generation folders were guessed from the folders present.");
    }
    s.codeGenerationDirs =
        s.layout == CodeLayout::Legacy
            ? QStringList{QStringLiteral("var/generation"), QStringLiteral("var/di")}
            : QStringList{QStringLiteral("generated/code"), QStringLiteral("generated/metadata")};

    // Deploy mode: as env.php writes it; when it computes it, unknown here (never guessed: plan and
    // upgrade ask bin/magento deploy:mode:show, see DeployMode).
    const PhpValue &mode = s.env[u"MAGE_MODE"];
    s.deployModeComputed = mode.isDynamic();
    if (!s.deployModeComputed) {
        s.deployMode = mode.isNull() ? QStringLiteral("default") : mode.toString();
        s.deployModeSource = DeployMode::envPhpSource();
    } else {
        s.warnings << tr("env.php computes MAGE_MODE at run time: plan and upgrade ask bin/magento "
                         "deploy:mode:show for the deploy mode.");
    }
    if (const QString fromEnvironment = qEnvironmentVariable("MAGE_MODE"); !fromEnvironment.isEmpty())
        s.warnings << tr("MAGE_MODE is set in this environment (%1): bin/magento run from here works in that "
                         "mode, whatever env.php says.")
                          .arg(fromEnvironment);

    // var/: maintenance, sessions, wizard leftovers.
    const DirCount varCount = countEntries(s.path(QStringLiteral("var")));
    if (varCount.error != 0) {
        s.error = tr("Cannot read %1: %2. Run the assistant as the store's owner or make var/ readable.")
                      .arg(s.path(QStringLiteral("var")), errnoText(varCount.error));
        return s;
    }
    s.maintenance = exists(s.path(QStringLiteral("var/.maintenance.flag")));

    const PhpValue &session = s.env[u"session"];
    const PhpValue &save = session[u"save"];
    s.sessionSave = save.isNull() ? QStringLiteral("files") : save.toString();
    const PhpValue &savePath = session[u"save_path"];
    s.sessionSavePath = savePath.isNull() ? QString() : savePath.toString();
    const QString varSession = s.path(QStringLiteral("var/session"));
    bool savePathIsVarSession = s.sessionSavePath.isEmpty();
    if (!savePathIsVarSession && !savePath.isDynamic()) {
        const QString configured = QDir::cleanPath(QDir(s.root).absoluteFilePath(s.sessionSavePath));
        savePathIsVarSession = configured == varSession;
    }
    s.usesVarSession = s.sessionSave == QLatin1String("files") && savePathIsVarSession;
    const DirCount sessions = countEntries(varSession);
    s.varSessionFiles = sessions.entries;
    if (sessions.isSymlink)
        s.warnings << tr(
            "var/session is a symbolic link; the assistant does not follow links out of the store "
            "and will not change what it points to.");
    else if (sessions.error != 0)
        s.warnings << tr("Cannot read %1: %2.").arg(varSession, errnoText(sessions.error));
    if (s.usesVarSession && s.varSessionFiles == 0)
        s.warnings << tr(
            "Sessions are files and env.php sets no save_path, but var/session is empty: PHP's own "
            "session.save_path (php.ini of the web server) may be where sessions really go.");
    if (save.isDynamic() || savePath.isDynamic())
        s.warnings << tr("env.php computes the session storage at run time; sessions were assumed to be in "
                         "var/session only if it holds files.");

    const struct
    {
        const char *file;
        const char *text;
    } leftovers[] = {
        {"var/.update_in_progress.flag",
         QT_TR_NOOP(
             "var/.update_in_progress.flag is left from Magento's web Setup Wizard: an update may still be "
             "running or was interrupted.")},
        {"var/.update_error.flag",
         QT_TR_NOOP("var/.update_error.flag is left from a failed web Setup Wizard update.")},
        {"var/.update_queue.json",
         QT_TR_NOOP("var/.update_queue.json holds queued web Setup Wizard jobs that cron may still run.")},
        {"var/.regenerate",
         QT_TR_NOOP(
             "var/.regenerate exists: the next request will rewrite env.php and wipe generated code.")},
    };
    for (const auto &l : leftovers) {
        if (exists(s.path(QString::fromLatin1(l.file))))
            s.warnings << tr(l.text);
    }

    // Cache types in env.php order.
    for (const auto &e : s.env[u"cache_types"].entries())
        s.cacheTypes.append({e.key, int(e.value.toInt())});

    // Values PHP would compute at run time.
    QStringList dynamicPaths;
    noteDynamic(s.env, QString(), dynamicPaths);
    if (!dynamicPaths.isEmpty())
        s.warnings << tr("env.php computes %1 at run time (for instance with getenv()); they are shown as "
                         "dynamic, not guessed.")
                          .arg(dynamicPaths.join(QLatin1String(", ")));
    const QStringList envKeys = QProcessEnvironment::systemEnvironment().keys();
    for (const QString &k : envKeys) {
        if (k.startsWith(QLatin1String("MAGENTO_DC_"))) {
            s.warnings
                << tr("MAGENTO_DC_* environment variables are set (%1): they override env.php values when "
                      "Magento runs.")
                       .arg(k);
            break;
        }
    }

    const MountInfo mount = FileSystems::mountFor(s.root);
    s.filesystem = mount.type;
    s.networkFilesystem = mount.isNetwork();

    // A ddev, warden or docker compose project around the store: PHP runs in its container.
    const RunnerSuggestion suggestion = ContainerRunner::detect(s.root);
    s.suggestedRunner = suggestion.kind;
    s.suggestedService = suggestion.service;
    s.suggestedRunnerReason = suggestion.reason;
    s.suggestedRunnerFile = suggestion.file;
    return s;
}

} // namespace mua
