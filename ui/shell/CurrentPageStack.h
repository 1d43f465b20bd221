#pragma once
// The main window's stack of screens, sized by the shown screen only. QStackedWidget answers
// heightForWidth() with the tallest of all its screens as soon as the shown one has a height for width
// (a wrapped label, e.g. the empty users screen): the hidden CA screen then made the users screen scroll on
// a 1366x768 laptop. (The minimum sizes: MainWindow gives hidden screens an Ignored size policy.)
#include <QStackedWidget>

namespace certdesk {

class CurrentPageStack final : public QStackedWidget
{
public:
    using QStackedWidget::QStackedWidget;
    bool hasHeightForWidth() const override
    {
        const QWidget* shown = currentWidget();
        return shown && shown->hasHeightForWidth();
    }
    int heightForWidth(int width) const override
    {
        const QWidget* shown = currentWidget();
        return shown ? shown->heightForWidth(width) : -1;
    }
};

} // namespace certdesk
