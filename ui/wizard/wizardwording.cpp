#include "ui/wizard/wizardwording.h"

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
    }
    return QString();
}

QString WizardWording::runnerName(const QString &kind)
{
    // The store page's runner list, without the command in parentheses.
    const char *entry =
        kind == QLatin1String("local")     ? "This computer (php bin/magento)"
        : kind == QLatin1String("ssh")     ? "A server over SSH (ssh HOST, bin/magento there)"
        : kind == QLatin1String("ddev")    ? "A ddev project (ddev exec bin/magento)"
        : kind == QLatin1String("warden")  ? "A warden environment (warden env exec -T php-fpm bin/magento)"
        : kind == QLatin1String("compose") ? "Docker Compose (docker compose exec SERVICE bin/magento)"
                                           : nullptr;
    if (!entry)
        return kind;
    return shownLabel("mua::StorePage", entry);
}

QString WizardWording::setting(Setting s) const
{
    return tr("“%1”", "a field of the wizard named in a sentence").arg(fieldName(s));
}

QString WizardWording::setting(Setting s, const QString &value) const
{
    if (s == Setting::Runner)
        return tr("“%1”", "a field of the wizard named in a sentence").arg(runnerName(value));
    return tr("%1 set to %2", "a field of the wizard and its value").arg(setting(s), value);
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
