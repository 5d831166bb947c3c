#include "cli/cli.h"
#include "core/run/signalwatcher.h"
#include "demo/demostore.h"
#include "i18n.h"
#include "ui/wizard/mainwizard.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Headless runs print plain sentences only: no Qt warnings, no debug noise, unless asked for.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("MUA_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

QtMessageHandler qtMessageHandler = nullptr;

// While QApplication starts: a display that cannot be used (DISPLAY naming an X server that is gone,
// say) ends in Qt's qFatal and an abort. Say it in a sentence instead and exit 2; the platform
// plugin's warnings that lead up to it are left out unless MUA_DEBUG is set.
void startupMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool debug = qEnvironmentVariableIsSet("MUA_DEBUG");
    if (type == QtFatalMsg) {
        if (debug)
            std::fprintf(stderr, "%s\n", qPrintable(message));
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        const QByteArray display =
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ? qgetenv("DISPLAY") : qgetenv("WAYLAND_DISPLAY");
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                           "main", "The wizard could not open a window on %1: check that it is running "
                                   "and yours to use (MUA_DEBUG=1 shows why), or use the commands "
                                   "inspect, plan and upgrade, which need no window.")
                           .arg(QString::fromLocal8Bit(platform.isEmpty() ? display : platform))));
        std::_Exit(2);
    }
    if (!debug && context.category && std::strncmp(context.category, "qt.qpa", 6) == 0)
        return;
    if (qtMessageHandler)
        qtMessageHandler(type, context, message);
}

int runGui(int argc, char **argv)
{
    qtMessageHandler = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(qtMessageHandler);
    QApplication::setApplicationName(QStringLiteral("magento-upgrade-assistant"));
    QApplication::setOrganizationName(QStringLiteral("magento-upgrade-assistant"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Magento Upgrade Assistant"));
    QApplication::setApplicationVersion(QStringLiteral(MUA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mua/icons/app.svg")));
#ifdef MUA_APP_ID
    // The installed desktop entry's name: Wayland shells match the window to it (and its icon).
    QGuiApplication::setDesktopFileName(QStringLiteral(MUA_APP_ID));
#endif
    mua::installTranslations(app);

    // Cli::isHeadless let only these through: nothing, --demo, or one folder that exists.
    const QStringList args = app.arguments().mid(1);
    const bool demo = args.contains(QStringLiteral("--demo"));
    QString root = demo ? QString() : args.value(0);
    QTemporaryDir demoDir(QDir::tempPath() + QStringLiteral("/mua-demo-XXXXXX"));
    if (demo) {
        QString error;
        const QString storeDir = demoDir.path() + QStringLiteral("/store");
        if (!demoDir.isValid() || !mua::DemoStore::create(storeDir, QStringLiteral("2.4"), &error)) {
            QMessageBox::critical(
                nullptr, QApplication::applicationDisplayName(),
                QApplication::translate("main", "Could not make the demo store: %1").arg(error));
            return 1;
        }
        root = storeDir;
    }

    mua::MainWizard wizard;
    mua::SignalWatcher watcher;
    QObject::connect(&watcher, &mua::SignalWatcher::received, &wizard, &mua::MainWizard::shutdown);
    if (!root.isEmpty())
        wizard.openStore(root);
    wizard.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (mua::Cli::isHeadless(argc, argv)) {
        qInstallMessageHandler(quietMessageHandler);
        ::signal(SIGPIPE, SIG_IGN); // a closed pipe on stdout must not kill a run halfway

        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("magento-upgrade-assistant"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MUA_VERSION));
        mua::installTranslations(app);
        return mua::Cli::run(app.arguments());
    }
    return runGui(argc, argv);
}
