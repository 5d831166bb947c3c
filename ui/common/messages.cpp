#include "ui/common/messages.h"

namespace mua {

namespace {

Messages::Answerer &answerer()
{
    static Messages::Answerer a;
    return a;
}

QStringList &askedTexts()
{
    static QStringList texts;
    return texts;
}

} // namespace

QMessageBox::StandardButton Messages::question(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    if (answerer()) {
        askedTexts() << text;
        return answerer()(text);
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Messages::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (answerer()) {
        askedTexts() << text;
        answerer()(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Messages::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
    askedTexts().clear();
}

QStringList Messages::asked()
{
    return askedTexts();
}

} // namespace mua
