#include "knownfailures.h"

#include <QRegularExpression>

namespace mua {

QString KnownFailures::adviceFor(const QStringList &output, int exitCode)
{
    const QString text = output.join(QLatin1Char('\n'));
    auto has = [&text](const char *needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };

    if (has("Allowed memory size of") || exitCode == 255) {
        if (has("Allowed memory size of"))
            return tr("PHP ran out of memory: the CLI memory_limit is too low. Run with --php pointing at a "
                      "wrapper "
                      "that calls php -d memory_limit=2G, or raise memory_limit in the CLI php.ini.");
        return tr("PHP stopped with a fatal error (exit code 255); the lines above say where. If it mentions "
                  "memory, "
                  "raise the CLI memory_limit to 2G.");
    }
    if (has("Area code is not set")) {
        static const QRegularExpression module(QStringLiteral("Module '([A-Za-z0-9]+_[A-Za-z0-9]+)'"));
        QString last;
        for (const QString &line : output) {
            const QRegularExpressionMatch m = module.match(line);
            if (m.hasMatch())
                last = m.captured(1);
            if (line.contains(QLatin1String("Area code is not set")))
                break;
        }
        return last.isEmpty() ? tr("A third-party module's setup script needs an area code; the module is "
                                   "named just before the "
                                   "error. Update or disable that module, then resume.")
                              : tr("%1's setup script failed with \"Area code is not set\": update or "
                                   "disable that module "
                                   "(bin/magento module:disable %1), then resume.")
                                    .arg(last);
    }
    if (has("There are no commands defined in the \"setup\" namespace") ||
        (has("Class ") && has("does not exist")))
        return tr(
            "Magento could not start, usually because of stale generated code or a broken module: empty the "
            "code-generation folders and resume; run bin/magento with -vvv to see the cause.");
    if (has("Please upgrade your database"))
        return tr("The code is newer than the database: setup:upgrade has to run; resume the upgrade.");
    if (has("Directory not empty") && has("rmdir"))
        return tr(
            "Web requests regenerated classes during the cleanup: run the cleanup inside maintenance mode "
            "(resume the upgrade; the assistant turns maintenance on first).");
    if (has("SessionHandler::read()") && has("Permission denied"))
        return tr(
            "Session files belong to another user: the session-permissions step (chmod 770 var/session) "
            "fixes this; run as the files' owner.");
    if (has("Your requirements could not be resolved to an installable set of packages"))
        return tr("Composer cannot satisfy the constraints in composer.json: relax or update the conflicting "
                  "requirements it lists, then resume.");
    if (has("Could not validate a connection to Elasticsearch") || (has("OpenSearch") && has("validat")) ||
        (has("search engine") && has("connection")))
        return tr(
            "Magento 2.4 needs a running search engine (OpenSearch, or Elasticsearch before 2.4.8): start it "
            "and check catalog/search settings, then resume.");
    return QString();
}

} // namespace mua
