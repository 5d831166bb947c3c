#pragma once

#include <QMessageBox>

#include <functional>

namespace mua {

// Every question the wizard asks goes through here, so tests can answer in advance.
class Messages
{
public:
    using Answerer = std::function<QMessageBox::StandardButton(const QString &text)>;

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Tests: answer every box with this instead of showing it (nullptr restores the real boxes).
    static void setAnswerer(Answerer answerer);
    static QStringList asked(); // texts of the boxes answered by the answerer, oldest first
};

} // namespace mua
