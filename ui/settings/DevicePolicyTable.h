#pragma once
// The certificate policy per device type: PKCS#12 profile, key type and whether the .p12 goes to the
// user as a mail attachment. One row per device type, one editor per cell ("profileCombo_windows",
// "keyTypeCombo_windows", "attachCheck_windows", ...).
#include "store/Settings.h"
#include <QTableWidget>

class QCheckBox;
class QComboBox;

namespace certdesk {

class DevicePolicyTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { DeviceColumn, ProfileColumn, KeyTypeColumn, AttachColumn, ColumnCount };

    explicit DevicePolicyTable(QWidget* parent = nullptr);
    void load(const Settings& settings);
    // Every "device.<id>.<field>" key with the value shown.
    QList<QPair<QString, QString>> values() const;
    void retranslate();

signals:
    void edited();

protected:
    // After a live language switch the texts change width: the columns and rows follow.
    void changeEvent(QEvent* event) override;

private:
    void fitColumns();
    struct Row
    {
        QString id;
        QComboBox* profile;
        QComboBox* keyType;
        QCheckBox* attach;
    };
    QList<Row> m_rows;
};

} // namespace certdesk
