#include "UserSelectionModel.h"
#include "workflows/UserWorkflows.h"

#include <QFont>

namespace certdesk {

UserSelectionModel::UserSelectionModel(DatabasePtr db, const Clock& clock, QObject* parent)
    : LiveTableModel(parent), m_db(std::move(db)), m_clock(clock)
{
    reload();
}

void UserSelectionModel::setGroup(const QString& group)
{
    m_group = group;
    m_page = 0;
    reload();
}

void UserSelectionModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_page = 0;
    reload();
}

UserQuery UserSelectionModel::query() const
{
    UserQuery q;
    q.text = m_text;
    q.group = m_group;
    return q;
}

void UserSelectionModel::setPage(int page)
{
    m_page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    reload();
}

int UserSelectionModel::pageCount() const
{
    return int((m_total + PageSize - 1) / PageSize);
}

void UserSelectionModel::reload()
{
    beginResetModel();
    UserQuery q = query();
    auto total = UserStore(*m_db).count(q);
    m_total = total ? total.value() : 0;
    q.offset = m_page * PageSize;
    q.limit = PageSize;
    auto rows = UserSummaryStore(*m_db).list(q, UserSort::DisplayName, false, m_clock.nowUtc());
    m_rows = rows ? rows.value() : QList<UserSummary>();
    endResetModel();
}

void UserSelectionModel::refreshRows()
{
    UserQuery q = query();
    auto total = UserStore(*m_db).count(q);
    if (!total)
        return; // keep what is shown
    q.offset = m_page * PageSize;
    q.limit = PageSize;
    auto rows = UserSummaryStore(*m_db).list(q, UserSort::DisplayName, false, m_clock.nowUtc());
    if (!rows)
        return;
    m_total = total.value();
    replaceRows(m_rows, std::move(rows.value()), [](const UserSummary& u) { return u.loginId; });
    // A pending choice that another operator has applied meanwhile is no longer a change.
    const bool wasPending = !m_pending.isEmpty();
    for (const UserSummary& u : std::as_const(m_rows)) {
        auto it = m_pending.find(u.loginId);
        if (it != m_pending.end() && it.value() == u.certAuth)
            m_pending.erase(it);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (wasPending != !m_pending.isEmpty())
        emit pendingChanged(!m_pending.isEmpty());
}

void UserSelectionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool UserSelectionModel::effectiveUse(int row) const
{
    const UserSummary& u = m_rows.at(row);
    return m_pending.value(u.loginId, u.certAuth);
}

void UserSelectionModel::setUse(int row, bool use)
{
    const UserSummary& u = m_rows.at(row);
    const bool wasPending = !m_pending.isEmpty();
    if (use == u.certAuth)
        m_pending.remove(u.loginId);
    else
        m_pending.insert(u.loginId, use);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (wasPending != !m_pending.isEmpty())
        emit pendingChanged(!m_pending.isEmpty());
}

void UserSelectionModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (readOnly && !m_pending.isEmpty())
        discardChanges();
    else if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void UserSelectionModel::selectAllOnPage(bool use)
{
    if (m_readOnly)
        return;
    for (int row = 0; row < m_rows.size(); ++row)
        setUse(row, use);
}

QList<QPair<QString, bool>> UserSelectionModel::pendingChanges() const
{
    QList<QPair<QString, bool>> out;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end());
    return out;
}

void UserSelectionModel::discardChanges()
{
    m_pending.clear();
    reload();
    emit pendingChanged(false);
}

Result<int> UserSelectionModel::apply(UserWorkflows& workflows)
{
    auto n = workflows.setCertAuthMany(pendingChanges());
    if (!n)
        return n;
    m_pending.clear();
    reload();
    emit pendingChanged(false);
    return n;
}

int UserSelectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserSelectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserSelectionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UserSummary& u = m_rows.at(index.row());
    const bool use = effectiveUse(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return u.displayName;
        case LoginIdColumn:
            return u.loginId;
        case DepartmentColumn:
            return u.department;
        case InUseColumn:
            return tr("%n certificate(s)", nullptr, u.inUse);
        case IssuedColumn:
            return tr("%n certificate(s)", nullptr, u.issued);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == UseColumn)
            return use ? Qt::Checked : Qt::Unchecked;
        if (index.column() == DontUseColumn)
            return use ? Qt::Unchecked : Qt::Checked;
        break;
    case Qt::ToolTipRole:
        if (m_pending.contains(u.loginId))
            return tr("Changed; press Apply to save.");
        if (index.column() == NameColumn) // the full text where the column cuts it
            return u.displayName;
        if (index.column() == DepartmentColumn)
            return u.department;
        return u.loginId;
    case Qt::FontRole:
        if (m_pending.contains(u.loginId)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case LoginIdRole:
        return u.loginId;
    case EffectiveUseRole:
        return use;
    case PendingRole:
        return m_pending.contains(u.loginId);
    }
    return {};
}

bool UserSelectionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || m_readOnly)
        return false;
    if (index.column() != UseColumn && index.column() != DontUseColumn)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (!checked)
        return false; // radio semantics: choose the other column to change
    setUse(index.row(), index.column() == UseColumn);
    return true;
}

Qt::ItemFlags UserSelectionModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly && (index.column() == UseColumn || index.column() == DontUseColumn))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant UserSelectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("User name");
    case LoginIdColumn:
        return tr("Login ID");
    case DepartmentColumn:
        return tr("Department");
    case UseColumn:
        return tr("Use");
    case DontUseColumn:
        return tr("Don't use");
    case InUseColumn:
        return tr("In use");
    case IssuedColumn:
        return tr("Issued");
    }
    return {};
}

} // namespace certdesk
