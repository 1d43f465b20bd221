#pragma once
// The users table of the Users & certificates screen: lazily fetched pages, filter and sort in SQL.
#include "LiveTableModel.h"
#include "store/Database.h"
#include "store/UserSummaryStore.h"
#include "util/Clock.h"

namespace certdesk {

class UsersModel : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LoginIdColumn, DepartmentColumn, IssuedColumn, ColumnCount };
    enum Role { LoginIdRole = Qt::UserRole + 1, AttentionRole, CertAuthRole };
    static constexpr int PageSize = 200;

    UsersModel(DatabasePtr db, const Clock& clock, QObject* parent = nullptr);

    void setFilter(const QString& text, const QString& group);
    void reload();
    // Reloads the rows loaded so far in place (the database changed elsewhere): views keep their
    // selection, current row and scroll position.
    void refreshRows();
    // The loaded rows again without counting the users (one user's certificates changed: the number of
    // matching users did not, the certificate columns and a sort by them may have).
    void refreshLoadedRows();
    void retranslate(); // headers and texts after a language change

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    const UserSummary& summaryAt(int row) const { return m_rows.at(row); }
    int rowOfLogin(const QString& loginId) const;
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_error; }

signals:
    void loadFailed(const QString& message);

private:
    // The next page after `offset` rows; sets m_atEnd and m_error.
    QList<UserSummary> loadPage(int offset, int limit = PageSize);
    DatabasePtr m_db;
    const Clock& m_clock;
    UserQuery m_query;
    UserSort m_sort = UserSort::LoginId;
    bool m_descending = false;
    QList<UserSummary> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_announcingReset = false; // no fetchMore() while a reset is being announced
    QString m_error;
};

} // namespace certdesk
