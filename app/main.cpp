#include "cli.h"
#include "demostore.h"
#include "i18n.h"
#include "mainwizard.h"
#include "signalwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>

namespace {

// Headless runs print plain sentences only: no Qt warnings, no debug noise, unless asked for.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("MUA_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
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

    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("ROOT"), QString());
    if (!parser.parse(app.arguments()) || parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "%s\n%s",
                     qPrintable(parser.errorText().isEmpty()
                                    ? QApplication::translate("main", "Give at most one store folder.")
                                    : parser.errorText()),
                     qPrintable(mua::Cli::usage()));
        return 2;
    }

    QString root = parser.positionalArguments().value(0);
    QTemporaryDir demoDir(QDir::tempPath() + QStringLiteral("/mua-demo-XXXXXX"));
    if (parser.isSet(demo)) {
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
