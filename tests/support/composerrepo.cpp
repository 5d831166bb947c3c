#include "tests/support/composerrepo.h"

#include "tests/support/impactfixture.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace mua::test {

namespace {

void writePackage(const QString &repo, const QString &name, const QString &version,
                  const QJsonObject &require, const QString &type = QStringLiteral("library"),
                  const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("require"), require}};
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extra"), extra);
    const QString folder =
        QString(name).replace(QLatin1Char('/'), QLatin1Char('-')) + QLatin1Char('-') + version;
    writeFile(repo, folder + QStringLiteral("/composer.json"), QJsonDocument(o).toJson());
    if (type == QLatin1String("metapackage"))
        return;
    if (type == QLatin1String("composer-plugin")) {
        writeFile(
            repo, folder + QStringLiteral("/src/Plugin.php"),
            "<?php\nnamespace Magento\\ComposerDependencyVersionAuditPlugin;\n"
            "use Composer\\Composer; use Composer\\IO\\IOInterface; use Composer\\Plugin\\PluginInterface;\n"
            "class Plugin implements PluginInterface {\n"
            "    public function activate(Composer $c, IOInterface $io) {}\n"
            "    public function deactivate(Composer $c, IOInterface $io) {}\n"
            "    public function uninstall(Composer $c, IOInterface $io) {}\n}\n");
        return;
    }
    // Files whose content changes from version to version, as a module's do.
    writeFile(repo, folder + QStringLiteral("/src/Version.php"),
              QStringLiteral("<?php\n// %1 %2\nreturn '%2';\n").arg(name, version).toUtf8());
    writeFile(repo, folder + QStringLiteral("/registration.php"), "<?php\n");
}

} // namespace

QStringList ComposerRepo::environment(const QString &dir)
{
    return {QStringLiteral("COMPOSER_HOME=") + dir + QStringLiteral("/composer-home"),
            QStringLiteral("COMPOSER_CACHE_DIR=") + dir + QStringLiteral("/composer-cache"),
            QStringLiteral("COMPOSER_DISABLE_NETWORK=1"), QStringLiteral("COMPOSER_NO_AUDIT=1"),
            // The tests run Composer as the owner of the stores they make, which is root in CI; outside a
            // container (no /.dockerenv) Composer 2.5 then turns plugins off in a non-interactive run.
            QStringLiteral("COMPOSER_ALLOW_SUPERUSER=1")};
}

void ComposerRepo::isolate(const QString &dir, bool network)
{
    for (const QString &variable : environment(dir))
        qputenv(variable.section(QLatin1Char('='), 0, 0).toUtf8().constData(),
                variable.section(QLatin1Char('='), 1).toUtf8());
    if (network)
        qunsetenv("COMPOSER_DISABLE_NETWORK");
    qunsetenv("COMPOSER");
}

QString ComposerRepo::composerWrapper(const QString &dir, const QString &mode)
{
    const QString path = dir + QStringLiteral("/composer-") + mode;
    QByteArray script = "#!/bin/sh\n";
    if (mode != QLatin1String("plain"))
        script += "case \" $* \" in *\" -d \"*) exec composer \"$@\";; esac\n"
                  "if [ \"$1\" = update ]; then\n"
                  "  composer \"$@\" || exit $?\n"
                  "  echo '<?php // deployed by the new magento2-base' > app/etc/base-version.php\n" +
                  QByteArray(mode == QLatin1String("fail")
                                 ? "  echo 'Simulated failure after vendor/ changed' >&2; exit 1\n"
                                 : "  echo composer-hanging; exec sleep 600\n") +
                  "fi\n";
    script += "exec composer \"$@\"\n";
    writeFile(dir, QStringLiteral("composer-") + mode, script);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

QByteArray ComposerRepo::codeChecksum(const QString &root)
{
    QByteArray sum;
    for (const char *path : {"composer.json", "composer.lock", "app/etc/base-version.php"})
        sum += QCryptographicHash::hash(readFile(root + QLatin1Char('/') + QLatin1String(path)),
                                        QCryptographicHash::Sha256)
                   .toHex() +
               QByteArray::number(modeOf(root + QLatin1Char('/') + QLatin1String(path))) + ' ';
    return sum + treeChecksum(root + QStringLiteral("/vendor"));
}

QJsonObject ComposerRepo::planCheck(const QJsonObject &plan, const QString &id)
{
    for (const QJsonValue &c : plan.value(QLatin1String("checks")).toArray())
        if (c.toObject().value(QLatin1String("id")).toString() == id)
            return c.toObject();
    return {};
}

QStringList ComposerRepo::moveCheckIds()
{
    return {QStringLiteral("composer"),   QStringLiteral("target-version"), QStringLiteral("resolve"),
            QStringLiteral("php-target"), QStringLiteral("php-extensions"), QStringLiteral("allow-plugins")};
}

QStringList ComposerRepo::moveChanges(const QJsonObject &plan)
{
    QStringList changes;
    for (const QJsonValue &c :
         plan.value(QLatin1String("move")).toObject().value(QLatin1String("changes")).toArray())
        changes << QStringLiteral("%1 %2>%3")
                       .arg(c.toObject().value(QLatin1String("name")).toString(),
                            c.toObject().value(QLatin1String("from")).toString(),
                            c.toObject().value(QLatin1String("to")).toString());
    return changes;
}

QString ComposerRepo::inspectedVersion(const QString &root, const QProcessEnvironment &env)
{
    const ProgramResult inspect =
        runProgram({QStringLiteral("inspect"), root, QStringLiteral("--json")}, 60000, env);
    return QJsonDocument::fromJson(inspect.out)
        .object()
        .value(QLatin1String("magento"))
        .toObject()
        .value(QLatin1String("version"))
        .toString();
}

QString ComposerRepo::make(const QString &dir, int extraFiles)
{
    const QString repo = dir + QStringLiteral("/repo");
    const QString php7 = QStringLiteral("~8.1.0||~8.2.0||~8.3.0");
    const QString php8 = QStringLiteral("~8.2.0||~8.3.0||~8.4.0");
    const QString php9 = QStringLiteral("~8.3.0||~8.4.0");
    struct Release
    {
        QString product, framework, catalog, php;
        bool plugin;
    };
    for (const Release &r :
         {Release{QStringLiteral("2.4.7"), QStringLiteral("103.0.7"), QStringLiteral("104.0.7"), php7, false},
          Release{QStringLiteral("2.4.8"), QStringLiteral("103.0.8"), QStringLiteral("104.0.8"), php8, true},
          Release{QStringLiteral("2.4.9"), QStringLiteral("103.0.9"), QStringLiteral("104.0.9"), php9,
                  true}}) {
        writePackage(repo, QStringLiteral("magento/framework"), r.framework,
                     {{QStringLiteral("php"), r.php}});
        for (int i = 0; i < extraFiles; ++i)
            writeFile(repo,
                      QStringLiteral("magento-framework-%1/src/Part%2/File%3.php")
                          .arg(r.framework)
                          .arg(i / 500)
                          .arg(i),
                      QStringLiteral("<?php\n// %1 %2\nclass File%2 {}\n").arg(r.framework).arg(i).toUtf8());
        writePackage(repo, QStringLiteral("magento/module-catalog"), r.catalog,
                     {{QStringLiteral("magento/framework"), r.framework}}, QStringLiteral("magento2-module"));
        writePackage(
            repo, QStringLiteral("magento/magento2-base"), r.product, {{QStringLiteral("php"), r.php}},
            QStringLiteral("magento2-component"),
            {{QStringLiteral("map"), QJsonArray{QJsonArray{QStringLiteral("src/Version.php"),
                                                           QStringLiteral("app/etc/base-version.php")}}}});
        QJsonObject require{{QStringLiteral("php"), r.php},
                            {QStringLiteral("magento/framework"), r.framework},
                            {QStringLiteral("magento/module-catalog"), r.catalog},
                            {QStringLiteral("magento/magento2-base"), r.product}};
        if (r.plugin) {
            require.insert(QStringLiteral("ext-intl"), QStringLiteral("*"));
            require.insert(QStringLiteral("ext-mbstring"), QStringLiteral("*"));
            require.insert(QStringLiteral("magento/composer-dependency-version-audit-plugin"),
                           QStringLiteral("~0.1"));
        }
        writePackage(repo, QStringLiteral("magento/product-community-edition"), r.product, require,
                     QStringLiteral("metapackage"));
    }
    writePackage(
        repo, QStringLiteral("magento/composer-dependency-version-audit-plugin"), QStringLiteral("0.1.5"),
        {{QStringLiteral("composer-plugin-api"), QStringLiteral("^2.0")}}, QStringLiteral("composer-plugin"),
        {{QStringLiteral("class"), QStringLiteral("Magento\\ComposerDependencyVersionAuditPlugin\\Plugin")}});
    writePackage(repo, QStringLiteral("acme/module-delivery-date"), QStringLiteral("1.4.0"),
                 {{QStringLiteral("magento/framework"), QStringLiteral("^103.0")}},
                 QStringLiteral("magento2-module"));
    writePackage(repo, QStringLiteral("acme/module-legacy"), QStringLiteral("1.0.0"),
                 {{QStringLiteral("magento/framework"), QStringLiteral("103.0.7")}},
                 QStringLiteral("magento2-module"));
    // The plugin's autoloading: Composer loads a plugin's class through the package's autoload.
    QFile plugin(repo +
                 QStringLiteral("/magento-composer-dependency-version-audit-plugin-0.1.5/composer.json"));
    if (plugin.open(QIODevice::ReadOnly)) {
        QJsonObject o = QJsonDocument::fromJson(plugin.readAll()).object();
        plugin.close();
        o.insert(QStringLiteral("autoload"),
                 QJsonObject{{QStringLiteral("psr-4"),
                              QJsonObject{{QStringLiteral("Magento\\ComposerDependencyVersionAuditPlugin\\"),
                                           QStringLiteral("src/")}}}});
        writeFile(repo,
                  QStringLiteral("magento-composer-dependency-version-audit-plugin-0.1.5/composer.json"),
                  QJsonDocument(o).toJson());
    }
    // A plugin that changes an installed package's files, as cweagans/composer-patches does: on
    // post-package-install and -update of magento/framework it writes .patched-by-acme (the version)
    // into the package's folder.
    writePackage(repo, QStringLiteral("acme/composer-marker-plugin"), QStringLiteral("1.0.0"),
                 {{QStringLiteral("composer-plugin-api"), QStringLiteral("^2.0")}},
                 QStringLiteral("composer-plugin"),
                 {{QStringLiteral("class"), QStringLiteral("Acme\\Marker\\Plugin")}});
    QJsonObject marker = jsonFile(repo + QStringLiteral("/acme-composer-marker-plugin-1.0.0/composer.json"));
    marker.insert(QStringLiteral("autoload"),
                  QJsonObject{{QStringLiteral("psr-4"),
                               QJsonObject{{QStringLiteral("Acme\\Marker\\"), QStringLiteral("src/")}}}});
    writeFile(repo, QStringLiteral("acme-composer-marker-plugin-1.0.0/composer.json"),
              QJsonDocument(marker).toJson());
    writeFile(
        repo, QStringLiteral("acme-composer-marker-plugin-1.0.0/src/Plugin.php"),
        "<?php\nnamespace Acme\\Marker;\n"
        "use Composer\\Composer; use Composer\\IO\\IOInterface; use Composer\\Plugin\\PluginInterface;\n"
        "use Composer\\EventDispatcher\\EventSubscriberInterface; use Composer\\Installer\\PackageEvent;\n"
        "class Plugin implements PluginInterface, EventSubscriberInterface {\n"
        "    private $composer;\n"
        "    public function activate(Composer $c, IOInterface $io) { $this->composer = $c; }\n"
        "    public function deactivate(Composer $c, IOInterface $io) {}\n"
        "    public function uninstall(Composer $c, IOInterface $io) {}\n"
        "    public static function getSubscribedEvents() {\n"
        "        return ['post-package-install' => 'mark', 'post-package-update' => 'mark'];\n"
        "    }\n"
        "    public function mark(PackageEvent $e) {\n"
        "        $op = $e->getOperation();\n"
        "        $p = method_exists($op, 'getTargetPackage') ? $op->getTargetPackage() : $op->getPackage();\n"
        "        if ($p->getName() !== 'magento/framework') return;\n"
        "        $path = $this->composer->getInstallationManager()->getInstallPath($p);\n"
        "        file_put_contents($path . '/.patched-by-acme', $p->getPrettyVersion() . \"\\n\");\n"
        "    }\n}\n");
    ImpactFixture::writePackages(repo);
    return repo;
}

QString ComposerRepo::makeStore(const QString &dir, const StoreOptions &options)
{
    const QString repo =
        options.repositoryUrl.isEmpty() ? make(dir, options.extraFiles) : dir + QStringLiteral("/repo");
    const QString root = makeStoreAt(dir + QStringLiteral("/store"));
    QFile::remove(root + QStringLiteral("/composer.lock"));
    QDir(root + QStringLiteral("/vendor/magento/magento2-base")).removeRecursively();
    QDir(root + QStringLiteral("/vendor/composer")).removeRecursively();
    QJsonObject require{{QStringLiteral("magento/product-community-edition"), options.version},
                        {QStringLiteral("acme/module-delivery-date"), QStringLiteral("^1.4")}};
    if (options.legacyModule)
        require.insert(QStringLiteral("acme/module-legacy"), QStringLiteral("^1.0"));
    if (options.markerPlugin)
        require.insert(QStringLiteral("acme/composer-marker-plugin"), QStringLiteral("^1.0"));
    if (options.customised) {
        require.insert(QStringLiteral("magento/theme-frontend-luma"), QStringLiteral("^100.4"));
        ImpactFixture::customise(root);
    }
    QJsonObject config{{QStringLiteral("sort-packages"), true}};
    if (!options.repositoryUrl.isEmpty())
        config.insert(QStringLiteral("secure-http"), false); // http on 127.0.0.1
    if (options.allowPlugins)
        config.insert(QStringLiteral("allow-plugins"),
                      QJsonObject{{QStringLiteral("magento/composer-dependency-version-audit-plugin"), true},
                                  {QStringLiteral("acme/composer-marker-plugin"), true}});
    const QJsonObject composer{
        {QStringLiteral("name"), QStringLiteral("magento/project-community-edition")},
        {QStringLiteral("type"), QStringLiteral("project")},
        {QStringLiteral("require"), require},
        {QStringLiteral("config"), config},
        {QStringLiteral("minimum-stability"), QStringLiteral("stable")},
        {QStringLiteral("repositories"),
         !options.repositoryUrl.isEmpty()
             ? QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("composer")},
                                      {QStringLiteral("url"), options.repositoryUrl}},
                          QJsonObject{{QStringLiteral("packagist.org"), false}}}
             : QJsonArray{
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("path")},
                               {QStringLiteral("url"), options.relativeRepo ? QStringLiteral("../repo/*")
                                                                            : repo + QStringLiteral("/*")},
                               {QStringLiteral("options"), QJsonObject{{QStringLiteral("symlink"), false}}}},
                   QJsonObject{{QStringLiteral("packagist.org"), false}}}}};
    writeFile(root, QStringLiteral("composer.json"), QJsonDocument(composer).toJson());
    isolate(dir, !options.repositoryUrl.isEmpty());
    const ProgramResult r =
        run(QStringLiteral("composer"),
            {QStringLiteral("install"), QStringLiteral("--no-interaction"), QStringLiteral("--no-progress")},
            root, 120000);
    if (r.exitCode != 0)
        qFatal("composer install in %s: %s", qPrintable(root), qPrintable(describe(r)));
    // What magento/magento-composer-installer does with magento2-base's extra.map (copy deploy).
    writeFile(root, QStringLiteral("app/etc/base-version.php"),
              readFile(root + QStringLiteral("/vendor/magento/magento2-base/src/Version.php")));
    return root;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port on 127.0.0.1");
    return probe.serverPort(); // closed again when probe goes
}

ComposerServer::ComposerServer(const QString &repo, qint64 bytesPerSecond, const QString &failPath)
    : m_folder(repo + QStringLiteral("-served"))
    , m_port(freePort())
{
    QDir(m_folder).removeRecursively();
    QDir().mkpath(m_folder + QStringLiteral("/dist"));
    // Each package's folder as a zip (what Composer's "zip" dist type downloads), and packages.json
    // listing every version with its dist, as a Composer repository's inline "packages" do.
    QJsonObject packages;
    const QStringList folders = QDir(repo).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        QJsonObject package = jsonFile(repo + QLatin1Char('/') + folder + QStringLiteral("/composer.json"));
        if (package.value(QLatin1String("type")).toString() != QLatin1String("metapackage")) {
            const QString zip = m_folder + QStringLiteral("/dist/") + folder + QStringLiteral(".zip");
            const ProgramResult r =
                run(QStringLiteral("zip"), {QStringLiteral("-qrX"), zip, QStringLiteral(".")},
                    repo + QLatin1Char('/') + folder, 600000);
            if (r.exitCode != 0)
                qFatal("zip %s: %s", qPrintable(folder), qPrintable(describe(r)));
            package.insert(QStringLiteral("dist"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("zip")},
                                       {QStringLiteral("url"),
                                        url() + QStringLiteral("/dist/") + folder + QStringLiteral(".zip")},
                                       {QStringLiteral("reference"), folder}});
        }
        const QString name = package.value(QLatin1String("name")).toString();
        QJsonObject versions = packages.value(name).toObject();
        versions.insert(package.value(QLatin1String("version")).toString(), package);
        packages.insert(name, versions);
    }
    writeFile(m_folder, QStringLiteral("packages.json"),
              QJsonDocument(QJsonObject{{QStringLiteral("packages"), packages}}).toJson());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MUA_REPO"), m_folder);
    env.insert(QStringLiteral("MUA_BYTES_PER_SECOND"), QString::number(bytesPerSecond));
    env.insert(QStringLiteral("MUA_FAIL"), failPath);
    m_php.setProcessEnvironment(env);
    m_php.setProcessChannelMode(QProcess::MergedChannels);
    m_php.setStandardOutputFile(m_folder + QStringLiteral("/php.log"));
    m_php.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_php.start(QStringLiteral("php"), {QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                                        sourceDir() + QStringLiteral("/support/composer-router.php")});
    if (!m_php.waitForStarted(5000))
        qFatal("php -S did not start");
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (s.waitForConnected(200))
            break;
        if (clock.elapsed() > 10000)
            qFatal("php -S does not answer on port %d", int(m_port));
        QThread::msleep(50);
    }
    clearRequests();
}

ComposerServer::~ComposerServer()
{
    m_php.terminate();
    if (!m_php.waitForFinished(3000))
        m_php.kill();
    m_php.waitForFinished(3000);
}

QString ComposerServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QStringList ComposerServer::requests() const
{
    return QString::fromUtf8(readFile(requestLog())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void ComposerServer::clearRequests() const
{
    QFile::remove(requestLog());
}

} // namespace mua::test
