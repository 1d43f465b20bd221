#include "UsersModel.h"
#include "ModelIcons.h"

namespace certdesk {

UsersModel::UsersModel(DatabasePtr db, const Clock& clock, QObject* parent)
    : LiveTableModel(parent), m_db(std::move(db)), m_clock(clock)
{
    reload();
}

void UsersModel::setFilter(const QString& text, const QString& group)
{
    m_query.text = text;
    m_query.group = group;
    reload();
}

void UsersModel::reload()
{
    m_announcingReset = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    UserQuery countQuery = m_query;
    auto total = UserStore(*m_db).count(countQuery);
    m_total = total ? total.value() : 0;
    if (!total)
        m_error = total.error().message;
    m_rows = loadPage(0);
    endResetModel();
    m_announcingReset = false;
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

void UsersModel::refreshRows()
{
    m_error.clear();
    auto total = UserStore(*m_db).count(m_query);
    if (!total) {
        m_error = total.error().message;
        emit loadFailed(m_error);
        return;
    }
    m_total = total.value();
    refreshLoadedRows();
}

void UsersModel::refreshLoadedRows()
{
    m_error.clear();
    const int loaded = int(std::max<qsizetype>(m_rows.size(), PageSize));
    QList<UserSummary> fresh = loadPage(0, loaded);
    if (!m_error.isEmpty()) {
        emit loadFailed(m_error);
        return;
    }
    m_announcingReset = true; // no fetchMore() while rows come and go
    replaceRows(m_rows, std::move(fresh), [](const UserSummary& u) { return u.loginId; });
    m_announcingReset = false;
}

QList<UserSummary> UsersModel::loadPage(int offset, int limit)
{
    UserQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    auto page = UserSummaryStore(*m_db).list(q, m_sort, m_descending, m_clock.nowUtc());
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true;
        return {};
    }
    m_atEnd = page->size() < limit;
    return page.value();
}

void UsersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UserSummary& u = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return u.displayName;
        case LoginIdColumn:
            return u.loginId;
        case DepartmentColumn:
            return u.department;
        case IssuedColumn:
            return tr("%n certificate(s)", nullptr, u.issued);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && u.attention)
            return warningIcon();
        break;
    case Qt::ToolTipRole:
        if (u.attention)
            return tr("A certificate of this user has passed its download deadline or validity.");
        return u.email;
    case Qt::TextAlignmentRole:
        if (index.column() == IssuedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LoginIdRole:
        return u.loginId;
    case AttentionRole:
        return u.attention;
    case CertAuthRole:
        return u.certAuth;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case IssuedColumn:
        return tr("Issued");
    }
    return {};
}

bool UsersModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcingReset;
}

void UsersModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<UserSummary> page = loadPage(int(m_rows.size()));
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void UsersModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case NameColumn:
        m_sort = UserSort::DisplayName;
        break;
    case DepartmentColumn:
        m_sort = UserSort::Department;
        break;
    case IssuedColumn:
        m_sort = UserSort::Issued;
        break;
    default:
        m_sort = UserSort::LoginId;
        break;
    }
    m_descending = order == Qt::DescendingOrder;
    reload();
}

int UsersModel::rowOfLogin(const QString& loginId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).loginId == loginId)
            return i;
    return -1;
}

} // namespace certdesk
