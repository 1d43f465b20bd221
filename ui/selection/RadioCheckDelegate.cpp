#include "RadioCheckDelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace certdesk {
namespace {

QRect indicatorRect(const QStyleOptionViewItem& option, const QStyle* style)
{
    const int w = style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, &option);
    const int h = style->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, &option);
    return QStyle::alignedRect(option.direction, Qt::AlignCenter, QSize(w, h), option.rect);
}

} // namespace

void RadioCheckDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    background.text.clear();
    QStyle* style = background.widget ? background.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    QStyleOptionButton radio;
    radio.initFrom(background.widget);
    radio.rect = indicatorRect(option, style);
    radio.state = QStyle::State_Enabled;
    radio.state |=
        index.data(Qt::CheckStateRole).toInt() == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
    if (option.state & QStyle::State_HasFocus)
        radio.state |= QStyle::State_HasFocus;
    style->drawPrimitive(QStyle::PE_IndicatorRadioButton, &radio, painter, background.widget);
}

QSize RadioCheckDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    size.setWidth(
        std::max(size.width(), style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, &option) + 16));
    return size;
}

bool RadioCheckDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                     const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        return option.rect.contains(static_cast<QMouseEvent*>(event)->position().toPoint());
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
            return false;
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
        break;
    }
    default:
        return false;
    }
    if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
        return true; // already chosen: a radio button is changed by choosing the other one
    return model->setData(index, Qt::Checked, Qt::CheckStateRole);
}

} // namespace certdesk
