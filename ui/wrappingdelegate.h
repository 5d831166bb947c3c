#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace mua {

// Word-wraps the last column of a tree to its width, so a long row (a reason, a fix, a database
// that cannot be reached) shows whole instead of being cut off with "…". QTreeView asks for row
// heights without a width; this delegate gives it the column's and lays the rows out again when a
// column changes width.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace mua
