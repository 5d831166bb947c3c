#include "ui/common/notifications.h"

#include "ui/common/icons.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QSystemTrayIcon>
#include <QVariantMap>
#include <QWidget>

namespace mua {

namespace {

constexpr int BusTimeoutMs = 3000;

Notifications::Catcher &catcher()
{
    static Notifications::Catcher c;
    return c;
}

// The freedesktop.org notification service (GNOME, KDE, Xfce, …); false when there is none.
bool notifyOverDBus(const Notifications::Notification &n)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    const QString desktopEntry = QGuiApplication::desktopFileName();
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgent ? 2 : 1)));
    if (!desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    call << QGuiApplication::applicationDisplayName() << uint(0)
         << (desktopEntry.isEmpty() ? QStringLiteral("dialog-information") : desktopEntry) << n.title
         << n.text << QStringList() << hints << int(-1);
    // Blocking, briefly: the window may be about to close, and the message must leave first.
    const QDBusMessage reply = bus.call(call, QDBus::Block, BusTimeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage;
}

} // namespace

void Notifications::setCatcher(Catcher c)
{
    catcher() = std::move(c);
}

void Notifications::notify(QWidget *window, const Notification &n)
{
    if (window && window->isVisible())
        QApplication::alert(window);
    if (catcher()) {
        catcher()(n);
        return;
    }
    if (notifyOverDBus(n) || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    static QSystemTrayIcon *tray = nullptr;
    if (!tray)
        tray = new QSystemTrayIcon(Icons::app(), qApp);
    tray->show();
    tray->showMessage(n.title, n.text, n.urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace mua
