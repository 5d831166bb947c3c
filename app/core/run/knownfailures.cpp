#include "core/run/knownfailures.h"

#include "core/model/wording.h"

#include <QRegularExpression>

namespace mua {

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
