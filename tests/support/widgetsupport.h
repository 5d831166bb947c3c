#pragma once

// Helpers for the tests that show widgets (they link Qt Widgets; testsupport does not).

#include <QLabel>
#include <QString>
#include <QWidget>

namespace mua::test {

// The text of every label below w, one a line: what a page says, for contains().
inline QString labelsText(QWidget *w)
{
    QString text;
    for (const QLabel *l : w->findChildren<QLabel *>())
        text += l->text() + QLatin1Char('\n');
    return text;
}

} // namespace mua::test
