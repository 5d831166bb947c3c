#include "core/runners/runner.h"

#include "core/run/knownfailures.h"
#include "core/runners/containerrunner.h"
#include "core/runners/sshrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

namespace mua {

QString shellQuote(const QString &argument)
{
    // No leading "=" (zsh's =command expansion) or "~" (tilde expansion), nothing a POSIX shell,
    // bash or zsh treats specially; anything else in single quotes, where only the single quote
    // itself needs care (close, escaped quote, open again).
    // Anchored at the very end: "$" alone also matches before a final newline, which would leave
    // "a\n" unquoted and end the command there.
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_./:@%+,-][A-Za-z0-9_./:=@%+,-]*")));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CommandSpec::display() const
{
    if (!shown.isEmpty())
        return shown;
    QStringList parts{shellQuote(program)};
    for (const QString &a : arguments)
        parts << shellQuote(a);
    return parts.join(QLatin1Char(' '));
}

QString Runner::magentoHint(const QString &arguments) const
{
    return magento(arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)).display();
}

TreeStats Runner::stats(const QString &relativeDir) const
{
    return FileOps::stats(m_root, absolute(relativeDir));
}

FileOpReport Runner::chmodTree(const QString &relativeDir, unsigned mode,
                               const std::atomic_bool *cancel) const
{
    return FileOps::chmodTree(m_root, absolute(relativeDir), mode, cancel);
}

FileOpReport Runner::emptyFolder(const QString &relativeDir, const std::atomic_bool *cancel) const
{
    return FileOps::emptyFolder(m_root, absolute(relativeDir), cancel);
}

AsideMove Runner::moveAside(const QString &relativeDir) const
{
    return FileOps::moveAside(m_root, absolute(relativeDir));
}

FileOpReport Runner::removeAside(const QString &relativeAside, const std::atomic_bool *cancel) const
{
    return FileOps::removeAside(m_root, absolute(relativeAside), cancel);
}

bool Runner::maintenanceFlagExists() const
{
    struct stat st;
    return ::lstat(QFile::encodeName(absolute(QStringLiteral("var/.maintenance.flag"))).constData(), &st) ==
           0;
}

QString Runner::failureAdvice(const QStringList &output, int exitCode) const
{
    return KnownFailures::adviceFor(output, exitCode);
}

LocalRunner::LocalRunner(const QString &storeRoot, const RunnerSettings &settings)
    : Runner(storeRoot)
    , m_settings(settings)
{}

CommandSpec LocalRunner::magento(const QStringList &arguments) const
{
    return {m_settings.php,
            QStringList{QStringLiteral("bin/magento")} + arguments +
                QStringList{QStringLiteral("--no-ansi"), QStringLiteral("--no-interaction")},
            m_root};
}

CommandSpec LocalRunner::php(const QStringList &arguments) const
{
    return {m_settings.php, arguments, m_root};
}

CommandSpec LocalRunner::composer(const QStringList &arguments) const
{
    CommandSpec spec{m_settings.composer, arguments + QStringList{QStringLiteral("--no-interaction")},
                     m_root};
    // Composer 2.4+ turns its plugins off when root runs it without a terminal outside a container
    // (Console/Application.php), and Magento's installer and patch plugins are plugins: the move would
    // be incomplete. Root here is the owner of the store's files (the readiness check refuses anyone
    // else), the case Composer asks to confirm by hand; COMPOSER_ALLOW_SUPERUSER=1 is that answer. A
    // Composer that cannot be found is left to fail to start, as it says.
    const QString program =
        m_settings.composer.contains(QLatin1Char('/'))
            ? (QFileInfo(m_settings.composer).isExecutable() ? m_settings.composer : QString())
            : QStandardPaths::findExecutable(m_settings.composer);
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("COMPOSER_ALLOW_SUPERUSER") && !program.isEmpty()) {
        spec.shown = spec.display();
        spec.arguments.prepend(spec.program);
        spec.arguments.prepend(QStringLiteral("COMPOSER_ALLOW_SUPERUSER=1"));
        spec.program = QStringLiteral("env");
    }
    return spec;
}

std::unique_ptr<Runner> RunnerFactory::create(const QString &storeRoot, const RunnerSettings &settings,
                                              QString *error)
{
    switch (settings.kind) {
    case RunnerKind::Local:
        return std::make_unique<LocalRunner>(storeRoot, settings);
    case RunnerKind::Ssh:
        return SshRunner::create(storeRoot, settings, error);
    case RunnerKind::Ddev:
    case RunnerKind::Warden:
    case RunnerKind::Compose:
        return ContainerRunner::create(storeRoot, settings, error);
    }
    return nullptr;
}

} // namespace mua
