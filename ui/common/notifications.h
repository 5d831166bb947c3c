#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace mua {

// What the wizard says on the desktop when a run ends out of sight (the window in the background,
// or hidden after Close): a desktop notification (org.freedesktop.Notifications, else the system
// tray) and the window's alert. Tests catch them instead, as Messages does for boxes.
class Notifications
{
public:
    struct Notification
    {
        QString title;
        QString text;
        bool urgent = false; // the shop is left offline, or the run failed
    };
    using Catcher = std::function<void(const Notification &notification)>;

    static void notify(QWidget *window, const Notification &notification);

    // Tests: every notification goes to catcher instead of the desktop (nullptr: the desktop again).
    static void setCatcher(Catcher catcher);
};

} // namespace mua
