#pragma once
// Shows a checkable cell as a radio button (the "use" / "don't use" pair of the user-selection
// table): a click or the space bar on the cell chooses it; choosing is the only way to change it.
#include <QStyledItemDelegate>

namespace certdesk {

class RadioCheckDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

} // namespace certdesk
