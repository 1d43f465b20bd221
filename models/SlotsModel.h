#pragma once
// The slot table of one user (証明書情報 page): one row per slot, the newest certificate in it.
// Columns as seed 000: Status · Device · Mail address · Expiry · Operation · Remarks.
#include "store/Database.h"
#include "store/Records.h"
#include "util/Clock.h"
#include <QAbstractTableModel>

namespace certdesk {

class SlotsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        DeviceColumn,
        MailColumn,
        ExpiryColumn,
        OperationColumn,
        RemarksColumn,
        ColumnCount
    };
    enum Role {
        SlotRole = Qt::UserRole + 1,
        HasCertificateRole,
        CanIssueRole,
        CanRevokeRole,
        SerialRole,
        StatusIdRole
    };

    SlotsModel(DatabasePtr db, const Clock& clock, QObject* parent = nullptr);

    void setUser(const QString& loginId); // empty: no user, no rows
    void reload();
    // Reloads in place (the database changed elsewhere): the current row and selection stay; then
    // refreshed().
    void refreshRows();
    void retranslate();
    QString loginId() const { return m_loginId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The certificate in `row` (slot row + 1), if any.
    std::optional<CertificateRecord> certificateAt(int row) const;
    int slotCount() const { return int(m_slots.size()); }

signals:
    void refreshed();

private:
    QList<std::optional<CertificateRecord>> load() const;
    DatabasePtr m_db;
    const Clock& m_clock;
    QString m_loginId;
    QList<std::optional<CertificateRecord>> m_slots;
};

} // namespace certdesk
