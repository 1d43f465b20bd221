#pragma once
// 設定: organisation, certificate policy per device type, limits, CRL, certificate URLs, the UI
// language (per desktop, applied at once) and the database in use. Save validates everything and
// writes every changed key with its history row in one transaction.
#include "Page.h"
#include "SettingsFields.h"
#include <QHash>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace certdesk {
class DevicePolicyTable;

class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(AppSession& session, QWidget* parent = nullptr);
    QString title() const override;
    void refresh() override;
    bool hasUnsavedChanges() const;

protected:
    void retranslateUi() override;

private:
    void buildUi();
    QGroupBox* addGroup(const QList<QString>& keys, QWidget* extra = nullptr);
    QString fieldName(const QString& key) const; // translated
    QList<QPair<QString, QString>> formValues() const;
    QList<QPair<QString, QString>> changedValues() const;
    void load();
    void save();
    void revert();
    void setLanguage(int index);
    void updateButtons();

    SettingsFields m_fields;
    QList<QGroupBox*> m_groups;
    DevicePolicyTable* m_devices;
    QLabel* m_devicesHint;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageHint;
    QLabel* m_databaseLabel;
    QLabel* m_database;
    QLabel* m_error;
    QLabel* m_status;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace certdesk
