#pragma once
// The CA set-up form shared by the first-run wizard and the CA screen: create a root CA (name,
// organisation, key type, validity) or import one (PEM or PKCS#12, optional key file, import
// password); in both cases the passphrase that protects the stored key, and "remember on this computer".
#include "workflows/CaWorkflows.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace certdesk {

class CaSetupWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Create, Import };
    static constexpr int DefaultValidityYears = 10;

    explicit CaSetupWidget(Mode mode = Mode::Create, QWidget* parent = nullptr);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setOrganisation(const QString& organisation);
    QString organisation() const;
    bool remember() const;

    QString problem() const; // translated; empty when the values are complete
    bool isComplete() const { return problem().isEmpty(); }
    // Creates or imports the CA through the workflow (reads the chosen files for an import). With
    // `storeOrganisation`, a non-empty organisation also becomes the organisation name setting, in the
    // CA's transaction.
    Result<CaRecord> run(CaWorkflows& workflows, bool storeOrganisation = false) const;
    // After success: stores the passphrase in the OS keychain when "remember" is ticked. Returns a
    // translated note when that was not possible, empty otherwise.
    QString rememberPassphrase(const CaRecord& ca) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateRows();
    void updateHint();
    void browse(QLineEdit* target, bool keyFile);

    Mode m_mode;
    QFormLayout* m_form;
    QLabel* m_intro;
    QLineEdit* m_name;
    QLineEdit* m_org;
    QComboBox* m_keyType;
    QSpinBox* m_years;
    QLineEdit* m_file;
    QPushButton* m_fileBrowse;
    QLineEdit* m_keyFile;
    QPushButton* m_keyFileBrowse;
    QLineEdit* m_importPassword;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QCheckBox* m_remember;
    QLabel* m_hint;
};

} // namespace certdesk
