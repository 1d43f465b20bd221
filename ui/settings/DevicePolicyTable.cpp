#include "DevicePolicyTable.h"
#include "policy/DeviceTypes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTimer>

namespace certdesk {
namespace {

const QList<Pkcs12Profile> kProfiles = {Pkcs12Profile::Compatible, Pkcs12Profile::Modern};
const QList<KeyType> kKeyTypes = {KeyType::EcP256, KeyType::Rsa2048, KeyType::Rsa3072};

QWidget* centered(QWidget* parent, QWidget* child)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(child, 0, Qt::AlignCenter);
    return box;
}

} // namespace

DevicePolicyTable::DevicePolicyTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("devicePolicyTable"));
    setColumnCount(ColumnCount);
    const QStringList ids = DeviceTypes::ids();
    setRowCount(int(ids.size()));
    verticalHeader()->setVisible(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < ids.size(); ++r) {
        Row row{ids.at(r), new QComboBox(this), new QComboBox(this), new QCheckBox(this)};
        row.profile->setObjectName(QStringLiteral("profileCombo_") + row.id);
        row.keyType->setObjectName(QStringLiteral("keyTypeCombo_") + row.id);
        row.attach->setObjectName(QStringLiteral("attachCheck_") + row.id);
        for (Pkcs12Profile p : kProfiles)
            row.profile->addItem(QString(), pkcs12ProfileId(p));
        for (KeyType k : kKeyTypes)
            row.keyType->addItem(QString(), keyTypeId(k));
        row.profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.keyType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        setItem(r, DeviceColumn, new QTableWidgetItem);
        setCellWidget(r, ProfileColumn, row.profile);
        setCellWidget(r, KeyTypeColumn, row.keyType);
        setCellWidget(r, AttachColumn, centered(this, row.attach));
        connect(row.profile, &QComboBox::currentIndexChanged, this, &DevicePolicyTable::edited);
        connect(row.keyType, &QComboBox::currentIndexChanged, this, &DevicePolicyTable::edited);
        connect(row.attach, &QCheckBox::toggled, this, &DevicePolicyTable::edited);
        m_rows << row;
    }
    retranslate();
}

void DevicePolicyTable::load(const Settings& settings)
{
    for (const Row& row : std::as_const(m_rows)) {
        const DevicePolicy policy = DeviceTypes::policy(settings, row.id);
        const QSignalBlocker b1(row.profile);
        const QSignalBlocker b2(row.keyType);
        const QSignalBlocker b3(row.attach);
        row.profile->setCurrentIndex(std::max(0, row.profile->findData(pkcs12ProfileId(policy.profile))));
        const int keyIndex = row.keyType->findData(keyTypeId(policy.keyType));
        if (keyIndex < 0) // a value this screen does not offer (e.g. set from the command line)
            row.keyType->addItem(keyTypeDisplayName(policy.keyType), keyTypeId(policy.keyType));
        row.keyType->setCurrentIndex(std::max(0, row.keyType->findData(keyTypeId(policy.keyType))));
        row.attach->setChecked(policy.attachToMail);
    }
}

QList<QPair<QString, QString>> DevicePolicyTable::values() const
{
    QList<QPair<QString, QString>> out;
    for (const Row& row : m_rows) {
        out.append({SettingKey::device(row.id, "profile"), row.profile->currentData().toString()});
        out.append({SettingKey::device(row.id, "key_type"), row.keyType->currentData().toString()});
        out.append({SettingKey::device(row.id, "attach"),
                    row.attach->isChecked() ? QStringLiteral("1") : QStringLiteral("0")});
    }
    return out;
}

void DevicePolicyTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Device"), tr("PKCS#12 profile"), tr("Key type"), tr("Mail attachment")});
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        item(r, DeviceColumn)->setText(DeviceTypes::displayName(row.id));
        for (int i = 0; i < row.profile->count(); ++i) {
            if (auto p = pkcs12ProfileFromId(row.profile->itemData(i).toString()))
                row.profile->setItemText(i, pkcs12ProfileDisplayName(*p));
        }
        for (int i = 0; i < row.keyType->count(); ++i) {
            if (auto k = keyTypeFromId(row.keyType->itemData(i).toString()))
                row.keyType->setItemText(i, keyTypeDisplayName(*k));
        }
        row.attach->setToolTip(tr("Send the certificate file to the user as a mail attachment"));
    }
    fitColumns();
}

void DevicePolicyTable::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The editors learn their new texts' widths after this table does: fit again once they have.
        QTimer::singleShot(0, this, &DevicePolicyTable::fitColumns);
    }
}

// Cell widgets do not take part in ResizeToContents: size the editor columns to the widest editor.
void DevicePolicyTable::fitColumns()
{
    resizeColumnToContents(DeviceColumn);
    int profile = horizontalHeader()->sectionSizeHint(ProfileColumn);
    int keyType = horizontalHeader()->sectionSizeHint(KeyTypeColumn);
    for (const Row& row : std::as_const(m_rows)) {
        profile = std::max(profile, row.profile->sizeHint().width());
        keyType = std::max(keyType, row.keyType->sizeHint().width());
    }
    setColumnWidth(ProfileColumn, profile + 4);
    setColumnWidth(KeyTypeColumn, keyType + 4);
    resizeRowsToContents();
    setFixedHeight(horizontalHeader()->sizeHint().height() + verticalHeader()->length() + 2 * frameWidth());
    updateGeometry();
}

} // namespace certdesk
