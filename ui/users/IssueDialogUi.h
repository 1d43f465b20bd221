#pragma once
// The widgets of IssueDialog (form → confirmation → result), built in code; IssueDialog holds the logic.
#include <QCoreApplication>

class QCheckBox;
class QComboBox;
class QDialog;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QWidget;

namespace certdesk {

struct IssueDialogUi
{
    Q_DECLARE_TR_FUNCTIONS(IssueDialogUi)

public:
    enum PageIndex { FormPage, ConfirmPage, ResultPage };

    void setupUi(QDialog* dialog);
    void retranslateUi(); // the fixed texts; IssueDialog fills in the values

    QStackedWidget* pages = nullptr;
    // Form
    QLabel* formIntro = nullptr;
    QFormLayout* formLayout = nullptr;
    QLabel* notifyLabel = nullptr;
    QLineEdit* notifyEdit = nullptr;
    QLabel* notifyError = nullptr;
    QLabel* deviceLabel = nullptr;
    QComboBox* deviceCombo = nullptr;
    QPushButton* aboutDeviceButton = nullptr;
    QGroupBox* passwordGroup = nullptr;
    QRadioButton* passwordAutoRadio = nullptr;
    QLabel* autoNote = nullptr;
    QRadioButton* passwordManualRadio = nullptr;
    QLabel* passwordLabel = nullptr;
    QLineEdit* passwordEdit = nullptr;
    QLabel* passwordError = nullptr;
    QLabel* passwordConfirmLabel = nullptr;
    QLineEdit* passwordConfirmEdit = nullptr;
    QLabel* passwordConfirmError = nullptr;
    QCheckBox* showPasswordCheck = nullptr;
    QLabel* remarksLabel = nullptr;
    QLineEdit* remarksEdit = nullptr;
    // Confirmation
    QLabel* confirmIntro = nullptr;
    QFormLayout* confirmForm = nullptr;
    QLabel* confirmUser = nullptr;
    QLabel* confirmSlot = nullptr;
    QLabel* confirmNotify = nullptr;
    QLabel* confirmDevice = nullptr;
    QLabel* confirmPassword = nullptr;
    QLabel* confirmRemarks = nullptr;
    QLabel* confirmMail = nullptr;
    QPushButton* mailSettingsButton = nullptr; // mail not configured: Settings → Mail
    QLabel* certAuthNote = nullptr;            // the user's 証明書認証 is 利用しない
    QPushButton* certAuthButton = nullptr;     // … change it to 利用する
    QLabel* confirmError = nullptr;
    // Result
    QLabel* resultTitle = nullptr;
    QFormLayout* resultForm = nullptr;
    QLabel* resultStatus = nullptr;
    QLabel* resultSerial = nullptr;
    QLabel* resultValidUntil = nullptr;
    QLabel* resultDeadline = nullptr;
    QLabel* resultPasswordLabel = nullptr;
    QLineEdit* generatedPasswordEdit = nullptr;
    QPushButton* copyPasswordButton = nullptr;
    QLabel* passwordOnceNote = nullptr;
    QLabel* manualPasswordNote = nullptr;
    QLabel* downloadLinkLabel = nullptr; // the portal link, shown once (only with a portal URL)
    QLineEdit* downloadLinkEdit = nullptr;
    QPushButton* copyLinkButton = nullptr;
    QLabel* downloadLinkNote = nullptr;
    QPushButton* saveP12Button = nullptr;
    QLabel* saveState = nullptr;
    QLabel* mailState = nullptr;
    QPushButton* resultMailButton = nullptr; // where the queued mail goes: Settings → Mail (outbox)
    // Buttons under every page
    QPushButton* backButton = nullptr;
    QPushButton* nextButton = nullptr;
    QPushButton* issueConfirmButton = nullptr;
    QPushButton* cancelButton = nullptr;
    QPushButton* closeButton = nullptr;

private:
    void setupForm(QWidget* page);
    void setupConfirm(QWidget* page);
    void setupResult(QWidget* page);
    void setRowLabel(QFormLayout* form, QWidget* field, const QString& text);
};

} // namespace certdesk
