#include "IssueDialogUi.h"
#include "UiHelpers.h"
#include "policy/DeviceTypes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk {
namespace {

template <typename T> T* named(QWidget* parent, const char* name)
{
    auto* w = new T(parent);
    w->setObjectName(QString::fromLatin1(name));
    return w;
}

QLabel* value(QWidget* parent, const char* name)
{
    auto* l = named<QLabel>(parent, name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

QWidget* addPage(QStackedWidget* pages, const char* name)
{
    auto* page = named<QWidget>(pages, name);
    pages->addWidget(page);
    return page;
}

} // namespace

void IssueDialogUi::setupUi(QDialog* dialog)
{
    pages = named<QStackedWidget>(dialog, "issuePages");
    setupForm(addPage(pages, "formPage"));
    setupConfirm(addPage(pages, "confirmPage"));
    setupResult(addPage(pages, "resultPage"));

    backButton = named<QPushButton>(dialog, "backButton");
    nextButton = named<QPushButton>(dialog, "nextButton");
    issueConfirmButton = named<QPushButton>(dialog, "issueConfirmButton");
    cancelButton = named<QPushButton>(dialog, "cancelButton");
    closeButton = named<QPushButton>(dialog, "closeButton");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(backButton);
    buttons->addStretch(1);
    buttons->addWidget(nextButton);
    buttons->addWidget(issueConfirmButton);
    buttons->addWidget(cancelButton);
    buttons->addWidget(closeButton);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(pages, 1);
    layout->addLayout(buttons);
    // Enter goes to each page's default button, not to helper buttons that happen to have focus.
    for (QPushButton* b : {aboutDeviceButton, copyPasswordButton, saveP12Button})
        b->setAutoDefault(false);
}

void IssueDialogUi::setupForm(QWidget* page)
{
    formIntro = named<QLabel>(page, "formIntroLabel");
    formIntro->setWordWrap(true);
    notifyLabel = new QLabel(page);
    notifyEdit = named<QLineEdit>(page, "notifyEdit");
    notifyEdit->setMaxLength(254);
    notifyError = uihelpers::makeErrorLabel(page, "notifyErrorLabel");
    deviceLabel = new QLabel(page);
    deviceCombo = named<QComboBox>(page, "deviceCombo");
    for (const QString& id : DeviceTypes::ids())
        deviceCombo->addItem(QString(), id);
    aboutDeviceButton = named<QPushButton>(page, "aboutDeviceButton");
    auto* deviceRow = new QHBoxLayout;
    deviceRow->addWidget(deviceCombo, 1);
    deviceRow->addWidget(aboutDeviceButton);

    passwordGroup = named<QGroupBox>(page, "passwordGroup");
    passwordAutoRadio = named<QRadioButton>(passwordGroup, "passwordAutoRadio");
    autoNote = uihelpers::makeNoteLabel(passwordGroup, "autoPasswordNote");
    passwordManualRadio = named<QRadioButton>(passwordGroup, "passwordManualRadio");
    passwordLabel = new QLabel(passwordGroup);
    passwordEdit = named<QLineEdit>(passwordGroup, "passwordEdit");
    passwordError = uihelpers::makeErrorLabel(passwordGroup, "passwordErrorLabel");
    passwordConfirmLabel = new QLabel(passwordGroup);
    passwordConfirmEdit = named<QLineEdit>(passwordGroup, "passwordConfirmEdit");
    passwordConfirmError = uihelpers::makeErrorLabel(passwordGroup, "passwordConfirmErrorLabel");
    showPasswordCheck = named<QCheckBox>(passwordGroup, "showPasswordCheck");
    for (QLineEdit* e : {passwordEdit, passwordConfirmEdit}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(32);
    }
    passwordLabel->setBuddy(passwordEdit);
    passwordConfirmLabel->setBuddy(passwordConfirmEdit);
    auto* manual = new QFormLayout;
    manual->setContentsMargins(24, 0, 0, 0);
    manual->addRow(passwordLabel, passwordEdit);
    manual->addRow(QString(), passwordError);
    manual->addRow(passwordConfirmLabel, passwordConfirmEdit);
    manual->addRow(QString(), passwordConfirmError);
    manual->addRow(QString(), showPasswordCheck);
    auto* group = new QVBoxLayout(passwordGroup);
    group->addWidget(passwordAutoRadio);
    auto* noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(24, 0, 0, 0);
    noteRow->addWidget(autoNote);
    group->addLayout(noteRow);
    group->addWidget(passwordManualRadio);
    group->addLayout(manual);

    remarksLabel = new QLabel(page);
    remarksEdit = named<QLineEdit>(page, "remarksEdit");
    remarksEdit->setMaxLength(256);
    notifyLabel->setBuddy(notifyEdit);
    deviceLabel->setBuddy(deviceCombo);
    remarksLabel->setBuddy(remarksEdit);

    formLayout = new QFormLayout;
    formLayout->addRow(notifyLabel, notifyEdit);
    formLayout->addRow(QString(), notifyError);
    formLayout->addRow(deviceLabel, deviceRow);
    formLayout->addRow(passwordGroup);
    formLayout->addRow(remarksLabel, remarksEdit);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(formIntro);
    layout->addLayout(formLayout);
    layout->addStretch(1);
}

void IssueDialogUi::setupConfirm(QWidget* page)
{
    confirmIntro = named<QLabel>(page, "confirmIntroLabel");
    confirmIntro->setWordWrap(true);
    confirmUser = value(page, "confirmUserValue");
    confirmSlot = value(page, "confirmSlotValue");
    confirmNotify = value(page, "confirmNotifyValue");
    confirmDevice = value(page, "confirmDeviceValue");
    confirmPassword = value(page, "confirmPasswordValue");
    confirmRemarks = value(page, "confirmRemarksValue");
    confirmMail = value(page, "confirmMailValue");
    confirmError = uihelpers::makeErrorLabel(page, "confirmErrorLabel");
    mailSettingsButton = named<QPushButton>(page, "openMailSettingsButton");
    mailSettingsButton->setAutoDefault(false);
    certAuthNote = value(page, "certAuthNoteLabel");
    certAuthNote->setFrameShape(QFrame::StyledPanel);
    certAuthNote->setMargin(6);
    certAuthButton = named<QPushButton>(page, "useCertAuthButton");
    certAuthButton->setAutoDefault(false);
    confirmForm = new QFormLayout;
    for (QLabel* v : {confirmUser, confirmSlot, confirmNotify, confirmDevice, confirmPassword, confirmRemarks,
                      confirmMail})
        uihelpers::addLabelledRow(confirmForm, v);
    auto* mailRow = new QHBoxLayout;
    mailRow->addWidget(mailSettingsButton);
    mailRow->addStretch(1);
    confirmForm->addRow(QString(), mailRow);
    auto* certAuthRow = new QHBoxLayout;
    certAuthRow->addWidget(certAuthButton);
    certAuthRow->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(confirmIntro);
    layout->addLayout(confirmForm);
    layout->addWidget(certAuthNote);
    layout->addLayout(certAuthRow);
    layout->addWidget(confirmError);
    layout->addStretch(1);
}

void IssueDialogUi::setupResult(QWidget* page)
{
    resultTitle = named<QLabel>(page, "resultTitleLabel");
    resultTitle->setWordWrap(true);
    QFont bold = resultTitle->font();
    bold.setBold(true);
    resultTitle->setFont(bold);
    resultStatus = value(page, "resultStatusValue");
    resultSerial = value(page, "resultSerialValue");
    resultValidUntil = value(page, "resultValidUntilValue");
    resultDeadline = value(page, "resultDeadlineValue");
    resultPasswordLabel = new QLabel(page);
    generatedPasswordEdit = named<QLineEdit>(page, "generatedPasswordEdit");
    generatedPasswordEdit->setReadOnly(true);
    generatedPasswordEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    copyPasswordButton = named<QPushButton>(page, "copyPasswordButton");
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(generatedPasswordEdit, 1);
    passwordRow->addWidget(copyPasswordButton);
    passwordOnceNote = named<QLabel>(page, "passwordOnceNote");
    passwordOnceNote->setWordWrap(true);
    manualPasswordNote = uihelpers::makeNoteLabel(page, "manualPasswordNote");
    downloadLinkLabel = new QLabel(page);
    downloadLinkEdit = named<QLineEdit>(page, "downloadLinkEdit");
    downloadLinkEdit->setReadOnly(true);
    copyLinkButton = named<QPushButton>(page, "copyLinkButton");
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(downloadLinkEdit, 1);
    linkRow->addWidget(copyLinkButton);
    downloadLinkNote = uihelpers::makeNoteLabel(page, "downloadLinkNote");
    saveP12Button = named<QPushButton>(page, "saveP12Button");
    saveState = uihelpers::makeNoteLabel(page, "saveStateLabel");
    mailState = uihelpers::makeNoteLabel(page, "mailStateLabel");
    resultMailButton = named<QPushButton>(page, "resultMailSettingsButton");
    resultMailButton->setAutoDefault(false);
    resultMailButton->setVisible(false);
    resultForm = new QFormLayout;
    for (QLabel* v : {resultStatus, resultSerial, resultValidUntil, resultDeadline})
        uihelpers::addLabelledRow(resultForm, v);
    resultForm->addRow(resultPasswordLabel, passwordRow);
    resultForm->addRow(QString(), passwordOnceNote);
    resultForm->addRow(QString(), manualPasswordNote);
    resultForm->addRow(downloadLinkLabel, linkRow);
    resultForm->addRow(QString(), downloadLinkNote);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(saveP12Button);
    saveRow->addWidget(saveState, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(resultTitle);
    layout->addLayout(resultForm);
    layout->addLayout(saveRow);
    auto* mailStateRow = new QHBoxLayout;
    mailStateRow->addWidget(mailState, 1);
    mailStateRow->addWidget(resultMailButton, 0, Qt::AlignTop);
    layout->addLayout(mailStateRow);
    layout->addStretch(1);
}

void IssueDialogUi::setRowLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
        label->setText(text);
}

void IssueDialogUi::retranslateUi()
{
    notifyLabel->setText(tr("Notification &address:"));
    deviceLabel->setText(tr("&Device:"));
    for (int i = 0; i < deviceCombo->count(); ++i)
        deviceCombo->setItemText(i, DeviceTypes::displayName(deviceCombo->itemData(i).toString()));
    aboutDeviceButton->setText(tr("About this device…"));
    passwordGroup->setTitle(tr("Key password"));
    passwordAutoRadio->setText(tr("&Generate automatically"));
    autoNote->setText(
        tr("A key password is generated for you. It is shown once after issuing; give it to the "
           "user separately from the certificate."));
    passwordManualRadio->setText(tr("&Set it yourself"));
    passwordLabel->setText(tr("&Password:"));
    passwordConfirmLabel->setText(tr("&Confirm password:"));
    passwordEdit->setPlaceholderText(tr("6 to 32 half-width letters and digits"));
    passwordConfirmEdit->setPlaceholderText(tr("The same password again"));
    showPasswordCheck->setText(tr("S&how the password"));
    remarksLabel->setText(tr("&Remarks:"));
    remarksEdit->setPlaceholderText(tr("Optional, for example: laptop 1"));

    setRowLabel(confirmForm, confirmUser, tr("User:"));
    setRowLabel(confirmForm, confirmSlot, tr("Slot:"));
    setRowLabel(confirmForm, confirmNotify, tr("Notification address:"));
    setRowLabel(confirmForm, confirmDevice, tr("Device:"));
    setRowLabel(confirmForm, confirmPassword, tr("Key password:"));
    setRowLabel(confirmForm, confirmRemarks, tr("Remarks:"));
    setRowLabel(confirmForm, confirmMail, tr("Mail:"));
    mailSettingsButton->setText(tr("Open Settings → Mail…"));
    resultMailButton->setText(tr("Open Settings → Mail…"));
    certAuthButton->setText(tr("Change to \"Use\"…"));

    setRowLabel(resultForm, resultStatus, tr("Status:"));
    setRowLabel(resultForm, resultSerial, tr("Serial number:"));
    setRowLabel(resultForm, resultValidUntil, tr("Valid until:"));
    setRowLabel(resultForm, resultDeadline, tr("Download deadline:"));
    resultPasswordLabel->setText(tr("Key password:"));
    copyPasswordButton->setText(tr("Cop&y"));
    passwordOnceNote->setText(
        tr("This password is shown only once. CertDesk keeps it only encrypted (for the password "
           "mail and the ZIP export) until the certificate is downloaded. Give it to the user "
           "separately from the certificate, not in the same mail."));
    manualPasswordNote->setText(tr("The key password is the one you set. It is not stored anywhere."));
    downloadLinkLabel->setText(tr("Download link:"));
    copyLinkButton->setText(tr("Copy &link"));
    downloadLinkNote->setText(
        tr("This link is shown only once. The user opens it and enters their login ID to "
           "download the certificate, until the download deadline."));
    saveP12Button->setText(tr("Sa&ve .p12…"));
    mailState->setText(
        tr("Mail: not sent — mail is not configured yet. Save the .p12 file and give it to the "
           "user yourself."));

    backButton->setText(tr("&Back"));
    nextButton->setText(tr("&Next"));
    issueConfirmButton->setText(tr("&Issue"));
    cancelButton->setText(tr("Cancel"));
    closeButton->setText(tr("Close"));
}

} // namespace certdesk
