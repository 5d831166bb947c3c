#include "ui/common/wrappingdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QListView>
#include <QTimer>
#include <QTreeView>

namespace mua {

WrappingDelegate::WrappingDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_relayout(new QTimer(this))
{
    view->setTextElideMode(Qt::ElideNone);
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setWordWrap(true);
        tree->setUniformRowHeights(false);
        connect(tree->header(), &QHeaderView::sectionResized, this, &WrappingDelegate::relayout);
    }
    if (auto *list = qobject_cast<QListView *>(view)) {
        list->setWordWrap(true);
        list->setUniformItemSizes(false);
    }
    view->viewport()->installEventFilter(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    connect(m_relayout, &QTimer::timeout, view, &QAbstractItemView::doItemsLayout);
}

void WrappingDelegate::relayout()
{
    m_relayout->start();
}

bool WrappingDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        relayout();
    return QStyledItemDelegate::eventFilter(watched, event);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *tree = qobject_cast<const QTreeView *>(m_view);
    const auto *list = qobject_cast<const QListView *>(m_view);
    if (!(tree ? tree->wordWrap() : list && list->wordWrap())) // asked for the width rows would like
        return QStyledItemDelegate::sizeHint(option, index);
    int width = m_view->viewport()->width();
    if (tree) {
        // Only the last column, which stretches: the others size themselves to their contents.
        if (index.column() != tree->header()->count() - 1)
            return QStyledItemDelegate::sizeHint(option, index);
        width = tree->header()->sectionSize(index.column());
    }
    QStyleOptionViewItem wrapped = option;
    // A valid rectangle of the width there is: the style wraps the text to it.
    wrapped.rect = QRect(0, 0, qMax(1, width), 1);
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

} // namespace mua
