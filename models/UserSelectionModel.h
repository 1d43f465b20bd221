#pragma once
// 証明書認証(利用者選択): pages of 100 users (name, login ID, department) with "use" / "don't use" radio
// columns, in-use and issued counts, filtered by a search text and a group. Changes stay pending (across
// pages, searches and groups) until apply() writes them in one transaction.
#include "LiveTableModel.h"
#include "store/UserSummaryStore.h"
#include "util/Clock.h"
#include <QHash>

namespace certdesk {
class UserWorkflows;

class UserSelectionModel : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        LoginIdColumn,
        DepartmentColumn,
        UseColumn,
        DontUseColumn,
        InUseColumn,
        IssuedColumn,
        ColumnCount
    };
    enum Role { LoginIdRole = Qt::UserRole + 1, EffectiveUseRole, PendingRole };
    static constexpr int PageSize = 100;

    UserSelectionModel(DatabasePtr db, const Clock& clock, QObject* parent = nullptr);

    void setGroup(const QString& group); // "" = all users; goes back to page 0
    // Substring of login ID, name, furigana, English name or e-mail (UserQuery::text); "" = everyone;
    // goes back to page 0. Pending changes stay, also for users the new filter hides.
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    qint64 totalCount() const { return m_total; }
    void reload();
    // Reloads this page in place (the database changed elsewhere): pending changes stay, except those
    // that the database now holds anyway; views keep their selection and scroll position.
    void refreshRows();
    void retranslate();

    // "Select all on this page" for the use (true) or don't-use (false) column.
    void selectAllOnPage(bool use);
    // Read only: the choices are shown but cannot be changed (an operator whose role may not apply them);
    // pending changes are dropped.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    QList<QPair<QString, bool>> pendingChanges() const;
    void discardChanges();
    // Writes the pending changes through the workflow (one transaction) and reloads; returns how many
    // changed.
    Result<int> apply(UserWorkflows& workflows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void pendingChanged(bool hasPending);

private:
    UserQuery query() const; // the filter, without paging
    bool effectiveUse(int row) const;
    void setUse(int row, bool use);
    DatabasePtr m_db;
    const Clock& m_clock;
    QString m_group;
    QString m_text;
    int m_page = 0;
    qint64 m_total = 0;
    QList<UserSummary> m_rows;
    QHash<QString, bool> m_pending; // login ID -> wanted cert-auth state (only where it differs)
    bool m_readOnly = false;
};

} // namespace certdesk
