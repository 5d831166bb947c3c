#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace mua {

// Word-wraps a list's rows, or a tree's last column, to the width they have, so a long row (a
// step's title in French, a reason, a fix, a database that cannot be reached) shows whole on more
// lines instead of being cut off. The views ask for row heights without a width; this delegate
// gives them the one they have, and lays the rows out again when it changes.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QAbstractItemView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Lays the rows out again soon (after their fonts or texts changed).
    void relayout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    class QTimer *m_relayout;
};

} // namespace mua
