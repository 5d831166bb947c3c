#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace mua {

// A message across the page in the style of KDE's KMessageWidget: a tinted, framed bar with an icon,
// one or two sentences and the buttons that act on them. For what must not be missed (the shop is
// offline, the upgrade cannot start), never for what a table row can say.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Positive, Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the bar with text (plain); screen readers are told (an alert).
    void showMessage(Type type, const QString &text);
    QString text() const;
    Type type() const { return m_type; }
    // A button at the bar's end (shown with the bar).
    QPushButton *addButton(const QString &text, const QString &accessibleName);

    // The colour of a type: the bar's frame and tint, and what pages use to mark the same state.
    static QColor color(Type type);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace mua
