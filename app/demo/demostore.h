#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mua {

// Builds a sandbox Magento store for demos and tests: a realistic tree (env.php, config.php, Composer
// files, generated code, session files, caches, static files) whose bin/magento is the fake Magento
// command line embedded in the program (:/mua/fake-magento/magento.php). The fake keeps its state in
// <store>/.fake-magento/: db.json (the "database") and the optional test switches in switches.json.
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(mua::DemoStore)
public:
    // The Magento generations a sandbox can be made for: "2.1" (2.1.9 code, database at 2.1.8,
    // var/generation, env.php in array ( syntax) and "2.4" (2.4.7 code, database at 2.4.6,
    // generated/, env.php in [ ] syntax).
    static QStringList eras();

    // Builds a sandbox store in dir (created if missing; must be empty or absent). Returns false and
    // puts a plain sentence in *error on failure.
    static bool create(const QString &dir, const QString &era, QString *error);
};

} // namespace mua
