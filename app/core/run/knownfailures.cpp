#include "core/run/knownfailures.h"

#include "core/model/wording.h"
#include "core/move/composerproblems.h"

#include <QRegularExpression>

namespace mua {

namespace {

// Composer's own failures, read by ComposerProblems: credentials, allow-plugins, its memory, and
// what keeps it from resolving. Empty when the output says none of them (or only "could not be
// resolved" with nothing to name: the general advice further down says that).
QString composerAdvice(const QString &text)
{
    static const char *const needles[] = {"could not be resolved",   "compatible set of packages",
                                          "allow-plugins",           "authenticat",
                                          "Invalid credentials",     "could not be accessed",
                                          "could not be downloaded", "Allowed memory size of"};
    bool maybe = false;
    for (const char *needle : needles)
        maybe = maybe || text.contains(QLatin1String(needle));
    if (!maybe)
        return QString();
    const ComposerProblems problems = ComposerProblems::parse(text, QString());

    if (problems.authenticationHost == QLatin1String("repo.magento.com"))
        return KnownFailures::tr(
            "repo.magento.com refused Composer because its access keys are missing or wrong: put them in "
            "auth.json next to composer.json or in $COMPOSER_HOME/auth.json as http-basic.repo.magento.com, "
            "the public key as username and the private key as password (from the Access Keys page of your "
            "Magento Marketplace account), then resume.");
    if (!problems.authenticationHost.isEmpty())
        return KnownFailures::
            tr("%1 refused Composer because its credentials are missing or wrong: put them in auth.json next "
               "to composer.json or in $COMPOSER_HOME/auth.json (http-basic.%1, or the token that host "
               "uses), then resume.")
                .arg(problems.authenticationHost);

    if (!problems.blockedPlugins.isEmpty()) {
        QStringList allowed;
        for (const QString &name : problems.blockedPlugins)
            allowed.append(QStringLiteral("\"%1\": true").arg(name));
        return KnownFailures::tr(
                   "Composer stopped at the plugin(s) %1, which config.allow-plugins does not allow: check "
                   "that you trust each, then add \"config\": {\"allow-plugins\": {%2}} to composer.json and "
                   "resume.",
                   nullptr, int(problems.blockedPlugins.size()))
            .arg(Wording::list(problems.blockedPlugins), allowed.join(QLatin1String(", ")));
    }

    // Composer's memory: Composer's Application prints its troubleshooting link after PHP's fatal
    // error (the general PHP memory advice below is for bin/magento, whose autoloader also lives in
    // vendor/composer/, so the error's path cannot tell them apart).
    if (problems.memoryExhausted && text.contains(QLatin1String("troubleshooting.md#memory-limit-errors")))
        return KnownFailures::tr(
            "Composer ran out of memory under PHP's memory_limit: run it with COMPOSER_MEMORY_LIMIT=-1 in "
            "its environment (or raise memory_limit in the CLI php.ini), then resume.");

    if (!problems.unresolvable)
        return QString();
    if (problems.blocking.size() == 1)
        return problems.blocking.first().reason;
    if (!problems.blocking.isEmpty()) {
        QStringList named;
        for (const BlockingPackage &b : problems.blocking)
            named.append(KnownFailures::tr("%1 (%2)", "a blocking package and what it pins")
                             .arg(b.name, b.constraint));
        return KnownFailures::tr("Composer cannot resolve the requirements because of %1: update each to a "
                                 "version made for the new release, ask its vendor for one, or remove it, "
                                 "then resume.")
            .arg(Wording::list(named));
    }
    if (!problems.php.isEmpty()) {
        const PhpProblem &php = problems.php.first();
        return KnownFailures::tr(
                   "%1 needs PHP %2, but Composer ran with PHP %3: run the store's commands "
                   "with a PHP that fits (and check config.platform.php in composer.json), then "
                   "resume.")
            .arg(php.package, php.constraint, php.actual);
    }
    if (!problems.extensions.isEmpty()) {
        QStringList names;
        for (const ExtensionProblem &e : problems.extensions) {
            if (!names.contains(e.extension))
                names.append(e.extension);
        }
        return KnownFailures::tr(
                   "Composer cannot install the requirements without the PHP extension(s) %1: "
                   "install or enable each in the PHP that runs the store's commands, then resume.",
                   nullptr, int(names.size()))
            .arg(Wording::list(names));
    }
    if (!problems.missingVersions.isEmpty())
        return KnownFailures::tr("The store's Composer repositories do not have %1: check the name and the "
                                 "version (and the repositories in composer.json), then resume.")
            .arg(Wording::list(problems.missingVersions));
    return QString();
}

} // namespace

QString KnownFailures::adviceFor(const QStringList &output, int exitCode)
{
    const QString text = output.join(QLatin1Char('\n'));
    auto has = [&text](const char *needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };

    // The ssh runner. "mua-ssh: " lines carry its own sentence (e.g. the local mount is gone).
    for (const QString &line : output) {
        if (line.startsWith(QLatin1String("mua-ssh: ")))
            return line.mid(9);
    }
    // OpenSSH's own failures (its exit code 255), matched on the shapes of ssh's lines only: a bare
    // "Connection refused" may as well be PHP failing to reach the database.
    static const QRegularExpression deniedRe(
        QStringLiteral("^(\\S+@\\S+): Permission denied \\(([a-z,-]+)\\)\\.?$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression connectRe(
        QStringLiteral("^ssh: connect to host (\\S+) port (\\d+): (Connection refused|Connection timed out|"
                       "No route to host|Network is unreachable)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression resolveRe(QStringLiteral("^ssh: Could not resolve hostname ([^:\\s]+)"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression hostKeyRe(
        QStringLiteral("(?:host key is known for|Host key for) (\\S+?)(?: and you have| has changed)"));
    if (const QRegularExpressionMatch m = deniedRe.match(text); m.hasMatch()) {
        if (m.captured(2).split(QLatin1Char(',')).contains(QLatin1String("publickey")))
            return tr("The server refused the SSH key for %1: check ssh-add -l / your key (IdentityFile in "
                      "~/.ssh/config) and the server's authorized_keys.")
                .arg(m.captured(1));
        return tr("%1 only accepts a password over SSH, and the assistant never types one: set up key login "
                  "(ssh-copy-id).")
            .arg(m.captured(1));
    }
    if (has("Host key verification failed")) {
        const QRegularExpressionMatch m = hostKeyRe.match(text);
        QString host = m.hasMatch() ? m.captured(1) : QString();
        static const QRegularExpression bracketed(QStringLiteral("^\\[(.+)\\]:(\\d+)$"));
        if (const QRegularExpressionMatch b = bracketed.match(host); b.hasMatch())
            host = QStringLiteral("-p %1 %2").arg(b.captured(2), b.captured(1));
        if (host.isEmpty())
            return tr("The server's SSH host key is unknown or changed: connect once by hand with ssh to "
                      "check and accept it.");
        return tr("The server's SSH host key is unknown or changed: connect once with ssh %1 to check and "
                  "accept it.")
            .arg(host);
    }
    if (const QRegularExpressionMatch m = resolveRe.match(text); m.hasMatch())
        return tr("SSH could not resolve the host name %1: check %2 and the Host entries of ~/.ssh/config.")
            .arg(m.captured(1), Wording::current().setting(Setting::SshHost));
    if (const QRegularExpressionMatch m = connectRe.match(text); m.hasMatch()) {
        if (m.captured(3) == QLatin1String("Connection refused"))
            return tr("%1 refused the SSH connection on port %2: check that sshd runs there and that the "
                      "port is right.")
                .arg(m.captured(1), m.captured(2));
        return tr("No answer from %1 on port %2 over SSH (%3): check the host name, the port, your VPN or "
                  "firewall.")
            .arg(m.captured(1), m.captured(2), m.captured(3));
    }
    if (has("Connection timed out during banner exchange") || has("kex_exchange_identification:"))
        return tr(
            "The server closed the SSH connection before login (sshd or a firewall refused it): run ssh "
            "by hand to see why.");
    if (has("Timeout, server") || has("client_loop: send disconnect") ||
        (has("Connection to ") && has(" closed by remote host")))
        return tr("The SSH connection broke while the command ran: it may still be running on the server "
                  "(check with ps there) before you resume.");

    if (const QString advice = composerAdvice(text); !advice.isEmpty())
        return advice;

    if (has("Allowed memory size of") || exitCode == 255) {
        const Wording &words = Wording::current();
        if (has("Allowed memory size of") && !words.commandLine())
            return tr("PHP ran out of memory: the CLI memory_limit is too low. Give as %1 a wrapper that "
                      "calls "
                      "php -d memory_limit=2G, or raise memory_limit in the CLI php.ini.")
                .arg(words.setting(Setting::Php));
        if (has("Allowed memory size of"))
            return tr("PHP ran out of memory: the CLI memory_limit is too low. Run with %1 pointing at a "
                      "wrapper "
                      "that calls php -d memory_limit=2G, or raise memory_limit in the CLI php.ini.")
                .arg(words.setting(Setting::Php));
        if (!words.commandLine())
            return tr("PHP stopped with a fatal error; the console log says where. If it mentions memory, "
                      "raise the CLI memory_limit to 2G.");
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
