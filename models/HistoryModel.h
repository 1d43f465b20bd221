#pragma once
// 操作履歴: history rows for a filter (usually one day), newest first, fetched lazily in pages.
#include "LiveTableModel.h"
#include "store/HistoryLog.h"

#include <QPointer>

namespace certdesk {

class HistoryModel : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateTimeColumn,
        OperationColumn,
        OperatorColumn,
        TargetColumn,
        DeviceColumn,
        MailColumn,
        RemarksColumn,
        HostColumn,
        UserAgentColumn,
        ColumnCount
    };
    enum Role { OperationIdRole = Qt::UserRole + 1, DetailsRole };
    static constexpr int PageSize = 500;

    explicit HistoryModel(DatabasePtr db, QObject* parent = nullptr);

    void setFilter(const HistoryFilter& filter); // limit/offset are managed by the model
    const HistoryFilter& filter() const { return m_filter; }
    void reload();
    // Reloads the rows loaded so far in place (new rows appear, the selection and scroll position stay).
    void refreshRows();
    void retranslate();
    // The number of matching rows. With free text and more than a page of matches it is counted in the
    // background (HistoryCountThread): until countChanged(), isCounting() is true and totalCount() is the
    // rows loaded so far.
    qint64 totalCount() const { return m_total; }
    bool isCounting() const { return m_counting; }
    // The count failed (e.g. the database went away meanwhile): totalCount() is the rows loaded so far, and
    // there are more.
    bool countFailed() const { return m_countFailed; }
    const HistoryEntry& entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void countChanged(); // a background count arrived

private:
    QList<HistoryEntry> loadPage(int offset, int limit = PageSize);
    // After the first page (or the refreshed rows) arrived: the total from the rows when they are all,
    // else counted now, or in the background for free text.
    void updateTotal();
    void onCounted(quint64 ticket, qint64 total);
    DatabasePtr m_db;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_announcingReset = false; // no fetchMore() while a reset is being announced
    bool m_counting = false;
    bool m_countFailed = false;
    quint64 m_countTicket = 0;
    QPointer<class HistoryCountThread> m_counter; // created on the first background count
};

} // namespace certdesk
