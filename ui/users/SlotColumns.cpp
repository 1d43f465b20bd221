#include "SlotColumns.h"
#include "SlotsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBoundaryFinder>

namespace certdesk {
namespace {

// Text margins of a cell as QCommonStyle draws it, plus a little air.
int cellMargins(const QTableView* table)
{
    return 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) + 8;
}

// Long mail addresses keep their start and their domain: "a.hara2…@example.jp".
class ElideMiddleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

// Wraps at spaces within the column's width, and tells the row its height for that width (the table's
// own word wrap stays off, so that the address is elided rather than wrapped).
class WrapDelegate : public QStyledItemDelegate
{
public:
    explicit WrapDelegate(QTableView* table) : QStyledItemDelegate(table), m_table(table) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem o(option);
        o.rect = QRect(0, 0, std::max(1, m_table->columnWidth(index.column())), 1);
        return QStyledItemDelegate::sizeHint(o, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
    }

private:
    QTableView* m_table;
};

} // namespace

int SlotColumns::readableMailWidth(const QTableView* table)
{
    // About "a.hara2…@example.jp": the start of the address and its domain.
    return table->fontMetrics().horizontalAdvance(QStringLiteral("a.hara2…@example.jp")) + cellMargins(table);
}

int SlotColumns::readableRemarksWidth(const QTableView* table)
{
    // "営業部 貸与ノートPC" and the like: about ten wide characters.
    return table->fontMetrics().horizontalAdvance(QStringLiteral("営業部 貸与ノートPC")) + cellMargins(table);
}

SlotColumns::SlotColumns(QTableView* table) : QObject(table), m_table(table)
{
    setObjectName(QStringLiteral("slotColumns"));
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    for (int column :
         {int(SlotsModel::StatusColumn), int(SlotsModel::ExpiryColumn), int(SlotsModel::OperationColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SlotsModel::DeviceColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(SlotsModel::MailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SlotsModel::RemarksColumn, QHeaderView::Stretch);
    table->setItemDelegateForColumn(SlotsModel::MailColumn, new ElideMiddleDelegate(table));
    table->setItemDelegateForColumn(SlotsModel::DeviceColumn, new WrapDelegate(table));
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->viewport()->installEventFilter(this);
}

int SlotColumns::oneLineDeviceWidth() const
{
    const QFontMetrics fm = m_table->fontMetrics();
    int widest = m_table->horizontalHeader()->sectionSizeHint(SlotsModel::DeviceColumn);
    const QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        widest = std::max(
            widest, fm.horizontalAdvance(model->index(row, SlotsModel::DeviceColumn).data().toString()) +
                        cellMargins(m_table));
    return widest;
}

int SlotColumns::wrappedDeviceWidth() const
{
    // The widest piece between two places where a line may break (spaces; in Japanese also between
    // kana), as the item's word wrap breaks it.
    const QFontMetrics fm = m_table->fontMetrics();
    int widest = m_table->horizontalHeader()->sectionSizeHint(SlotsModel::DeviceColumn);
    const QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, SlotsModel::DeviceColumn).data().toString();
        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, name);
        qsizetype start = 0;
        while (breaks.toNextBoundary() != -1) {
            const QString piece = name.mid(start, breaks.position() - start).trimmed();
            widest = std::max(widest, fm.horizontalAdvance(piece) + cellMargins(m_table));
            start = breaks.position();
        }
    }
    return widest;
}

void SlotColumns::relayout()
{
    QHeaderView* header = m_table->horizontalHeader();
    // The columns sized to their contents first (new rows, another language), then the device column.
    QMetaObject::invokeMethod(header, "resizeSections");
    int others = 0;
    for (int column :
         {int(SlotsModel::StatusColumn), int(SlotsModel::ExpiryColumn), int(SlotsModel::OperationColumn)})
        if (!m_table->isColumnHidden(column))
            others += header->sectionSize(column);
    const int free = m_table->viewport()->width() - others;
    // One line when that leaves the address and the remarks readable; else what is left after them, down
    // to the widest piece that cannot wrap.
    const int oneLine = oneLineDeviceWidth();
    const int left = free - readableMailWidth(m_table) - readableRemarksWidth(m_table);
    header->resizeSection(SlotsModel::DeviceColumn, std::min(oneLine, std::max(left, wrappedDeviceWidth())));
    m_lastViewportWidth = m_table->viewport()->width();
    QMetaObject::invokeMethod(header, "resizeSections"); // the stretching ones share what is left
    QMetaObject::invokeMethod(m_table->verticalHeader(), "resizeSections");
}

bool SlotColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize &&
        m_table->viewport()->width() != m_lastViewportWidth)
        relayout();
    return QObject::eventFilter(watched, event);
}

} // namespace certdesk
