#include "HistoryModel.h"
#include "DateFormat.h"
#include "HistoryCountThread.h"
#include "policy/DeviceTypes.h"

namespace certdesk {

HistoryModel::HistoryModel(DatabasePtr db, QObject* parent) : LiveTableModel(parent), m_db(std::move(db)) {}

void HistoryModel::setFilter(const HistoryFilter& filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    m_announcingReset = true;
    beginResetModel();
    m_atEnd = false;
    m_rows = loadPage(0);
    updateTotal();
    endResetModel();
    m_announcingReset = false;
}

void HistoryModel::refreshRows()
{
    HistoryFilter f = m_filter;
    f.offset = 0;
    f.limit = int(std::max<qsizetype>(m_rows.size(), PageSize));
    auto rows = HistoryLog::list(*m_db, f);
    if (!rows)
        return; // keep what is shown
    m_atEnd = rows->size() < f.limit;
    m_announcingReset = true; // no fetchMore() while rows come and go
    replaceRows(m_rows, std::move(rows.value()), [](const HistoryEntry& e) { return QString::number(e.id); });
    m_announcingReset = false;
    updateTotal();
}

void HistoryModel::updateTotal()
{
    m_countTicket = 0; // a count under way is for an older filter or older rows
    m_counting = false;
    m_countFailed = false;
    if (m_atEnd) {
        m_total = m_rows.size(); // every match is loaded
        return;
    }
    if (!m_filter.text.isEmpty()) {
        if (!m_counter) {
            m_counter = new HistoryCountThread(m_db, this);
            connect(m_counter, &HistoryCountThread::counted, this,
                    [this](quint64 ticket, qint64 total) { onCounted(ticket, total); });
        }
        m_total = m_rows.size();
        m_counting = true;
        m_countTicket = m_counter->request(m_filter);
        return;
    }
    HistoryFilter f = m_filter;
    f.limit = 0;
    f.offset = 0;
    auto total = HistoryLog::count(*m_db, f);
    m_total = total ? total.value() : m_rows.size();
    m_countFailed = !total;
}

void HistoryModel::onCounted(quint64 ticket, qint64 total)
{
    if (ticket != m_countTicket || !m_counting)
        return;
    m_counting = false;
    m_total = total >= 0 ? std::max<qint64>(total, m_rows.size()) : m_rows.size();
    m_countFailed = total < 0;
    emit countChanged();
}

QList<HistoryEntry> HistoryModel::loadPage(int offset, int limit)
{
    HistoryFilter f = m_filter;
    f.limit = limit;
    f.offset = offset;
    auto rows = HistoryLog::list(*m_db, f);
    if (!rows) {
        m_atEnd = true;
        return {};
    }
    m_atEnd = rows->size() < limit;
    return rows.value();
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateTimeColumn:
            return dateformat::dateTimeWithSeconds(e.at);
        case OperationColumn:
            return Op::displayName(e.operation);
        case OperatorColumn:
            return e.operatorName;
        case TargetColumn:
            return e.targetLogin;
        case DeviceColumn:
            return e.device.isEmpty() ? QString() : DeviceTypes::displayName(e.device);
        case MailColumn:
            return e.notifyEmail;
        case RemarksColumn:
            return e.remarks;
        case HostColumn:
            return e.host;
        case UserAgentColumn:
            return e.userAgent;
        }
    } else if (role == Qt::ToolTipRole) {
        return e.details.isEmpty() ? QVariant() : QVariant(e.details);
    } else if (role == OperationIdRole) {
        return e.operation;
    } else if (role == DetailsRole) {
        return e.details;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateTimeColumn:
        return tr("Date and time");
    case OperationColumn:
        return tr("Operation");
    case OperatorColumn:
        return tr("Operator");
    case TargetColumn:
        return tr("Target user");
    case DeviceColumn:
        return tr("Device");
    case MailColumn:
        return tr("Notification address");
    case RemarksColumn:
        return tr("Remarks");
    case HostColumn:
        return tr("IP address / host");
    case UserAgentColumn:
        return tr("User agent");
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcingReset;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<HistoryEntry> page = loadPage(int(m_rows.size()));
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

} // namespace certdesk
