#pragma once
// 操作履歴: history rows for a filter (usually one day), newest first, fetched lazily in pages.
#include "LiveTableModel.h"
#include "store/HistoryLog.h"

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
    qint64 totalCount() const { return m_total; }
    const HistoryEntry& entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<HistoryEntry> loadPage(int offset, int limit = PageSize);
    DatabasePtr m_db;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_announcingReset = false; // no fetchMore() while a reset is being announced
};

} // namespace certdesk
