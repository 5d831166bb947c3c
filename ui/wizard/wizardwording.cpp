#include "ui/wizard/wizardwording.h"

#include "core/model/runnerissue.h"
#include "core/model/runnerkind.h"

#include <QRegularExpression>

namespace mua {

namespace {

// A label of a form as it is shown, in the reader's language, without its mnemonic, its colon and
// a trailing remark in parentheses: "Storefront &address (optional):" → "Storefront address".
QString shownLabel(const char *form, const char *label)
{
    QString text = QCoreApplication::translate(form, label);
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    static const QRegularExpression tail(
        QStringLiteral("[\\s\\x{00a0}]*(\\([^()]*\\))?[\\s\\x{00a0}]*:?[\\s\\x{00a0}]*$"));
    text.remove(mnemonic);
    text.replace(QLatin1String("&&"), QLatin1String("&"));
    text.remove(tail);
    return text;
}

} // namespace

QString WizardWording::fieldName(Setting setting)
{
    // The labels of the .ui forms (translated in the forms' contexts): the wizard names a setting
    // exactly as the field that chooses it is labelled.
    switch (setting) {
    case Setting::Runner:
        return shownLabel("StorePage", "&Runner:");
    case Setting::Php:
        return shownLabel("StorePage", "&PHP:");
    case Setting::SshHost:
        return shownLabel("StorePage", "SSH &host:");
    case Setting::RemoteRoot:
        return shownLabel("StorePage", "Store folder on the &server:");
    case Setting::SshConfig:
        return shownLabel("StorePage", "SSH &config file:");
    case Setting::Service:
        return shownLabel("StorePage", "Ser&vice:");
    case Setting::TargetVersion:
        return shownLabel("ReviewPage", "Move to &version:");
    case Setting::Backup:
        return shownLabel("BackupPage", "Back &up code and database first");
    case Setting::BackupDir:
        return shownLabel("BackupPage", "Backup &folder:");
    case Setting::BackupMedia:
        return shownLabel("BackupPage", "Also back up pub/&media (product images and uploads)");
    case Setting::Url:
        return shownLabel("ReviewPage", "Storefront &address (optional):");
    case Setting::Composer:
    case Setting::NotifyFile:
    case Setting::Report:
    case Setting::Resume:
    case Setting::BreakLock:
    case Setting::AcceptDataLoss:
        break; // no field chooses them: the engine's plain words name them
    }
    return QString();
}

QString WizardWording::runnerName(RunnerKind kind)
{
    // The store page's runner list, without the command in parentheses.
    const char *entry = nullptr;
    switch (kind) {
    case RunnerKind::Local:
        entry = "This computer (php bin/magento)";
        break;
    case RunnerKind::Ssh:
        entry = "A server over SSH (ssh HOST, bin/magento there)";
        break;
    case RunnerKind::Ddev:
        entry = "A ddev project (ddev exec bin/magento)";
        break;
    case RunnerKind::Warden:
        entry = "A warden environment (warden env exec -T php-fpm bin/magento)";
        break;
    case RunnerKind::Compose:
        entry = "Docker Compose (docker compose exec SERVICE bin/magento)";
        break;
    }
    return shownLabel("mua::StorePage", entry);
}

QString WizardWording::setting(Setting s) const
{
    const QString field = fieldName(s);
    if (field.isEmpty())
        return Wording::setting(s);
    return tr("“%1”", "a field of the wizard named in a sentence").arg(field);
}

QString WizardWording::setting(Setting s, const QString &value) const
{
    if (s == Setting::Runner)
        if (const std::optional<RunnerKind> kind = runnerKindFromWord(value))
            return runner(*kind);
    return tr("%1 set to %2", "a field of the wizard and its value").arg(setting(s), value);
}

QString WizardWording::runner(RunnerKind kind) const
{
    return tr("“%1”", "a field of the wizard named in a sentence").arg(runnerName(kind));
}

QString WizardWording::runnerIssue(const RunnerIssue &issue) const
{
    using Reason = RunnerIssue::Reason;
    switch (issue.reason) {
    case Reason::Missing:
        return issue.setting == Setting::SshHost ? tr("Enter the SSH host.")
                                                 : tr("Enter the store's folder on the server.");
    case Reason::NotAHost:
        return tr("“%1” is not a host ssh accepts.").arg(issue.value);
    case Reason::NotAbsolute:
        return issue.setting == Setting::RemoteRoot
                   ? tr("The folder on the server must be a full path from /, for example /var/www/magento2.")
                   : tr("Give the SSH config file's full path, or leave it empty.");
    case Reason::RootFolder:
        return tr("The folder on the server must be the store's folder, not /.");
    case Reason::NotAService:
        return tr("“%1” is not a service name docker compose accepts.").arg(issue.value);
    }
    return QString();
}

QString WizardWording::runnerIssues(const QList<RunnerIssue> &issues) const
{
    // The form shows every problem at once; two empty fields in one sentence.
    QList<RunnerIssue> rest = issues;
    QStringList sentences;
    const RunnerIssue noHost{RunnerIssue::Reason::Missing, Setting::SshHost, QString()};
    const RunnerIssue noFolder{RunnerIssue::Reason::Missing, Setting::RemoteRoot, QString()};
    if (rest.contains(noHost) && rest.contains(noFolder)) {
        sentences << tr("Enter the SSH host and the store's folder on the server.");
        rest.removeAll(noHost);
        rest.removeAll(noFolder);
    }
    for (const RunnerIssue &issue : std::as_const(rest))
        sentences << runnerIssue(issue);
    return sentences.join(QLatin1Char(' '));
}

QString WizardWording::notChosen(Setting s) const
{
    switch (s) {
    case Setting::Backup:
    case Setting::BackupMedia:
        return tr("%1 is not ticked").arg(setting(s));
    default:
        return tr("%1 is empty").arg(setting(s));
    }
}

QString WizardWording::step(const QString &id, const QString &title) const
{
    return title.isEmpty() ? id : title;
}

} // namespace mua
