#include "wrappingdelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace mua {

WrappingDelegate::WrappingDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Only the last column, which stretches: the others size themselves to their contents.
    if (index.column() != m_view->header()->count() - 1)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem wrapped = option;
    // A valid rectangle of the column's width: the style wraps the text to it.
    wrapped.rect = QRect(0, 0, qMax(1, m_view->header()->sectionSize(index.column())), 1);
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

} // namespace mua
