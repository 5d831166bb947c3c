#include "ui/common/messagebar.h"

#include "ui/common/icons.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace mua {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setObjectName(QStringLiteral("messageText"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    setAutoFillBackground(false);
    setVisible(false);
}

QColor MessageBar::color(Type type)
{
    // KMessageWidget's colours (Breeze): they read on light and dark palettes alike.
    switch (type) {
    case Type::Positive:
        return QColor(0x27, 0xae, 0x60);
    case Type::Information:
        return QColor(0x3d, 0xae, 0xe9);
    case Type::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Type::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

void MessageBar::showMessage(Type type, const QString &text)
{
    const bool changed = !isVisible() || type != m_type || text != m_text->text();
    m_type = type;
    m_text->setText(text);
    updateIcon();
    setVisible(true);
    update();
    if (changed) {
        QAccessibleEvent alert(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QString MessageBar::text() const
{
    return m_text->text();
}

QPushButton *MessageBar::addButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void MessageBar::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    QIcon icon;
    switch (m_type) {
    case Type::Positive:
        icon = Icons::step(StepStatus::Done);
        break;
    case Type::Information:
        icon = Icons::information();
        break;
    case Type::Warning:
        icon = Icons::check(PreflightCheck::Level::Warning);
        break;
    case Type::Error:
        icon = Icons::step(StepStatus::Failed);
        break;
    }
    m_icon->setPixmap(icon.pixmap(size, size));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    QFrame::changeEvent(event);
}

void MessageBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor frame = color(m_type);
    QColor tint = frame;
    tint.setAlphaF(0.2);
    p.setPen(QPen(frame, 1));
    p.setBrush(tint);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace mua
