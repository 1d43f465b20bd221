#include "SlotsModel.h"
#include "DateFormat.h"
#include "ModelIcons.h"
#include "policy/DeviceTypes.h"
#include "store/CertificateStore.h"
#include "store/Settings.h"
#include "store/UserStore.h"

#include <algorithm>

namespace certdesk {

SlotsModel::SlotsModel(DatabasePtr db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_clock(clock)
{
}

void SlotsModel::setUser(const QString& loginId)
{
    m_loginId = loginId;
    reload();
}

void SlotsModel::reload()
{
    beginResetModel();
    m_slots = load();
    endResetModel();
}

void SlotsModel::refreshRows()
{
    // A row is a slot: rows keep their place while their certificates change; only the slot limit adds
    // or removes rows at the end.
    QList<std::optional<CertificateRecord>> fresh = load();
    const int before = int(m_slots.size());
    const int after = int(fresh.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_slots.resize(after);
        endRemoveRows();
    } else if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_slots.resize(after);
        endInsertRows();
    }
    m_slots = std::move(fresh);
    if (!m_slots.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_slots.size()) - 1, ColumnCount - 1));
    emit refreshed();
}

QList<std::optional<CertificateRecord>> SlotsModel::load() const
{
    QList<std::optional<CertificateRecord>> rowsOfSlots;
    if (!m_loginId.isEmpty()) {
        auto user = UserStore(*m_db).findByLogin(m_loginId);
        if (user && user.value()) {
            const int max = Settings(*m_db).intValue(SettingKey::MaxCertsPerUser);
            auto latest = CertificateStore(*m_db).latestPerSlot(user.value()->id);
            // One row per slot 1..limit, and more while a certificate sits in a slot above a lowered
            // limit. A slot below 1 (or absurdly high) cannot be shown: such a row is left out.
            constexpr int kMostRows = 1000;
            int rows = std::clamp(max, 0, kMostRows);
            if (latest) {
                for (const CertificateRecord& c : latest.value()) {
                    if (c.slot >= 1 && c.slot <= kMostRows)
                        rows = std::max(rows, c.slot);
                }
            }
            rowsOfSlots.resize(rows);
            if (latest) {
                for (const CertificateRecord& c : latest.value()) {
                    if (c.slot >= 1 && c.slot <= rows)
                        rowsOfSlots[c.slot - 1] = c;
                }
            }
        }
    }
    return rowsOfSlots;
}

void SlotsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_slots.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_slots.size()) - 1, ColumnCount - 1));
}

int SlotsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int SlotsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<CertificateRecord> SlotsModel::certificateAt(int row) const
{
    if (row < 0 || row >= m_slots.size())
        return std::nullopt;
    return m_slots.at(row);
}

QVariant SlotsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_slots.size())
        return {};
    const std::optional<CertificateRecord>& c = m_slots.at(index.row());
    const bool revokedOrEmpty = !c || c->status == CertStatus::Revoked;
    switch (role) {
    case Qt::DisplayRole:
        if (!c)
            return index.column() == StatusColumn ? tr("(empty)") : QVariant();
        switch (index.column()) {
        case StatusColumn:
            return certStatusDisplayName(c->status);
        case DeviceColumn:
            return DeviceTypes::displayName(c->device);
        case MailColumn:
            return c->notifyEmail;
        case ExpiryColumn:
            return dateformat::dateTime(c->notAfter);
        case RemarksColumn:
            return c->remarks;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && c && c->needsAttention(m_clock.nowUtc()))
            return warningIcon();
        break;
    case Qt::ToolTipRole:
        if (!c)
            return tr("Slot %1 is free.").arg(index.row() + 1);
        // The address and the remarks may be elided in a narrow column: the tooltip shows them whole.
        if (index.column() == MailColumn && !c->notifyEmail.isEmpty())
            return c->notifyEmail;
        if (index.column() == RemarksColumn && !c->remarks.isEmpty())
            return c->remarks;
        if (c->needsAttention(m_clock.nowUtc()))
            return c->notAfter <= m_clock.nowUtc()
                       ? tr("This certificate has expired.")
                       : tr("The download deadline has passed without a download.");
        return tr("Serial number %1").arg(c->serialHex);
    case SlotRole:
        return index.row() + 1;
    case HasCertificateRole:
        return c.has_value();
    case CanIssueRole:
        return revokedOrEmpty;
    case CanRevokeRole:
        return !revokedOrEmpty;
    case SerialRole:
        return c ? c->serialHex : QString();
    case StatusIdRole:
        return c ? certStatusId(c->status) : QString();
    }
    return {};
}

QVariant SlotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case DeviceColumn:
        return tr("Device");
    case MailColumn:
        return tr("Mail address");
    case ExpiryColumn:
        return tr("Expiry");
    case OperationColumn:
        return tr("Operation");
    case RemarksColumn:
        return tr("Remarks");
    }
    return {};
}

} // namespace certdesk
