#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace mua::test {

// A Composer repository on disk, offline ("path" repositories, packagist.org off), with Magento's
// product package in three versions and what it pulls in, and a store installed from it by the
// real Composer (Debian's composer package): what the version-move tests run against.
//
//   magento/product-community-edition 2.4.7 (php ~8.1–8.3), 2.4.8 (php ~8.2–8.4, ext-intl,
//     ext-mbstring, and the composer-plugin magento/composer-dependency-version-audit-plugin),
//     2.4.9 (php ~8.3–8.4 only)
//   magento/framework 103.0.7 / 103.0.8 / 103.0.9, magento/module-catalog 104.0.7 / .8 / .9,
//   magento/magento2-base 2.4.7 / 2.4.8 / 2.4.9
//   acme/module-delivery-date 1.4.0 (any framework 103), acme/module-legacy 1.0.0 (framework 103.0.7 only)
//   acme/composer-marker-plugin 1.0.0: a plugin that writes .patched-by-acme into magento/framework
//   and what ImpactFixture writes for the impact report (module-catalog's files, theme-frontend-luma)
struct ComposerRepo
{
    // Writes the packages under dir/repo; returns that folder.
    static QString make(const QString &dir, int extraFiles = 0);

    struct StoreOptions
    {
        QString version = QStringLiteral("2.4.7");
        bool legacyModule = false; // also require acme/module-legacy, which pins framework 103.0.7
        bool allowPlugins = true;  // config.allow-plugins lists the audit plugin (and the marker plugin)
        bool markerPlugin = false; // also require acme/composer-marker-plugin (it marks magento/framework)
        bool relativeRepo = true;  // the path repository as "../repo/*" (relative to the store)
        int extraFiles = 0;        // more PHP files in each version of magento/framework (benchmarks)
        // A Composer repository over HTTP (a ComposerServer's url) instead of the path repository; the
        // repository in dir/repo must exist already (make()).
        QString repositoryUrl;
        // Customised as ImpactFixture::customise does, requiring the theme it extends
        // (magento/theme-frontend-luma).
        bool customised = false;
    };
    // Makes a sandbox store at dir/store (its fake bin/magento and all), then gives it a composer.json
    // that uses dir/repo and runs `composer install` in it, and copies magento2-base's one mapped file
    // (src/Version.php → app/etc/base-version.php) as Magento's Composer installer would. Stops the
    // test program when that fails.
    static QString makeStore(const QString &dir, const StoreOptions &options);
    static QString makeStore(const QString &dir) { return makeStore(dir, StoreOptions()); }

    // The environment the tests run Composer in: a COMPOSER_HOME of the test's own (no user config,
    // no network cache), no network unless `network` (a ComposerServer's, on 127.0.0.1). isolate()
    // sets it in this process (for its children); environment() gives it (without network) as
    // NAME=VALUE, for another place Composer runs (the test's sshd).
    static void isolate(const QString &dir, bool network = false);
    static QStringList environment(const QString &dir);

    // A Composer (a script in dir) that behaves as the real one except in the store's own
    // `composer update` (not the readiness check's scratch runs, which carry -d): after the real
    // update has changed vendor/ and composer.lock, it rewrites the mapped file as Magento's installer
    // would, then fails ("fail") or hangs ("hang", to be cancelled). "plain" is the real Composer.
    // It runs `composer` from PATH in the folder it is started in, so it works wherever that is.
    static QString composerWrapper(const QString &dir, const QString &mode);

    // A checksum of the store's code as a move may change it: composer.json, composer.lock, the mapped
    // file (content and mode) and the whole vendor/ tree (treeChecksum).
    static QByteArray codeChecksum(const QString &root);

    // What the move tests read of the program's answers: the readiness check `id` of plan --json (an
    // empty object when there is none); the ids of the six checks for a target; plan --json's
    // move.changes as "name from>to"; the Magento version inspect --json reads.
    static QJsonObject planCheck(const QJsonObject &plan, const QString &id);
    static QStringList moveCheckIds();
    static QStringList moveChanges(const QJsonObject &plan);
    static QString
    inspectedVersion(const QString &root,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

// make()'s repository served the way repo.magento.com serves one: a Composer repository over HTTP on
// 127.0.0.1 (php -S with composer-router.php) whose packages are zip files, at most bytesPerSecond
// (0: as fast as it goes), every request logged. A path that contains failPath answers 500. Stops
// with the object.
class ComposerServer
{
public:
    explicit ComposerServer(const QString &repo, qint64 bytesPerSecond = 0, const QString &failPath = {});
    ~ComposerServer();
    ComposerServer(const ComposerServer &) = delete;
    ComposerServer &operator=(const ComposerServer &) = delete;

    QString url() const;
    // "GET /dist/magento-framework-103.0.8.zip", … in the order they came.
    QStringList requests() const;
    QStringList zipRequests() const { return requests().filter(QStringLiteral(".zip")); }
    QString requestLog() const { return m_folder + QStringLiteral("/requests.log"); }
    void clearRequests() const;

private:
    QString m_folder;
    quint16 m_port = 0;
    QProcess m_php;
};

// A port on 127.0.0.1 that nothing listens on (now).
quint16 freePort();

} // namespace mua::test
