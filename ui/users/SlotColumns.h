#pragma once
// The column widths of the slot table (seed 000: Status · Device · Mail address · Expiry · Operation ·
// Remarks). Status, expiry and the buttons as wide as they need; the mail address (elided in the middle,
// whole in the tooltip) and the remarks share the rest. When the table is too narrow for the device
// names on one line next to a readable address and remarks (1366-pixel laptop, English
// "iOS/iPadOS (app/browser)"), the device column narrows to its longest word and its names wrap onto
// a second line.
#include <QObject>

class QTableView;

namespace certdesk {

class SlotColumns : public QObject
{
    Q_OBJECT
public:
    // Below these the address and the remarks count as unreadable (pixels, at the table's font).
    static int readableMailWidth(const QTableView* table);
    static int readableRemarksWidth(const QTableView* table);

    explicit SlotColumns(QTableView* table); // a child of the table; sets its delegates and modes
    void relayout();                         // after the rows, the language or the table's width changed

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int oneLineDeviceWidth() const;
    int wrappedDeviceWidth() const;
    QTableView* m_table;
    int m_lastViewportWidth = -1;
};

} // namespace certdesk
