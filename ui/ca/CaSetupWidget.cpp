#include "CaSetupWidget.h"
#include "Prompts.h"
#include "secrets/Keychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk {
namespace {

QWidget* withButton(QWidget* parent, QLineEdit* edit, QPushButton* button)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(button);
    return box;
}

QLineEdit* passwordEdit(QWidget* parent, const char* name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setEchoMode(QLineEdit::Password);
    return e;
}

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         CaSetupWidget::tr("The file \"%1\" cannot be read: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

CaSetupWidget::CaSetupWidget(Mode mode, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_form(new QFormLayout), m_intro(new QLabel(this)),
      m_name(new QLineEdit(this)), m_org(new QLineEdit(this)), m_keyType(new QComboBox(this)),
      m_years(new QSpinBox(this)), m_file(new QLineEdit(this)), m_fileBrowse(new QPushButton(this)),
      m_keyFile(new QLineEdit(this)), m_keyFileBrowse(new QPushButton(this)),
      m_importPassword(passwordEdit(this, "caImportPasswordEdit")),
      m_passphrase(passwordEdit(this, "caPassphraseEdit")),
      m_confirm(passwordEdit(this, "caPassphraseConfirmEdit")), m_remember(new QCheckBox(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("caSetupWidget"));
    m_intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("caNameEdit"));
    m_org->setObjectName(QStringLiteral("caOrgEdit"));
    m_keyType->setObjectName(QStringLiteral("caKeyCombo"));
    m_keyType->addItem(QString(), keyTypeId(KeyType::EcP384));
    m_keyType->addItem(QString(), keyTypeId(KeyType::Rsa3072));
    m_years->setObjectName(QStringLiteral("caValidityYearsSpin"));
    m_years->setRange(1, 30);
    m_years->setValue(DefaultValidityYears);
    m_years->setMaximumWidth(120);
    m_file->setObjectName(QStringLiteral("caImportFileEdit"));
    m_fileBrowse->setObjectName(QStringLiteral("caImportBrowseButton"));
    m_keyFile->setObjectName(QStringLiteral("caKeyFileEdit"));
    m_keyFileBrowse->setObjectName(QStringLiteral("caKeyFileBrowseButton"));
    m_remember->setObjectName(QStringLiteral("caRememberCheck"));
    m_hint->setObjectName(QStringLiteral("caSetupHintLabel"));
    m_hint->setWordWrap(true);

    auto addRow = [this](QWidget* field, QWidget* buddy) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        m_form->addRow(label, field);
    };
    addRow(m_name, m_name);
    addRow(m_org, m_org);
    addRow(m_keyType, m_keyType);
    addRow(m_years, m_years);
    addRow(withButton(this, m_file, m_fileBrowse), m_file);
    addRow(withButton(this, m_keyFile, m_keyFileBrowse), m_keyFile);
    addRow(m_importPassword, m_importPassword);
    addRow(m_passphrase, m_passphrase);
    addRow(m_confirm, m_confirm);
    m_form->addRow(m_remember);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addStretch();

    for (QLineEdit* e : {m_name, m_org, m_file, m_keyFile, m_importPassword, m_passphrase, m_confirm})
        connect(e, &QLineEdit::textChanged, this, [this] {
            updateHint();
            emit changed();
        });
    connect(m_fileBrowse, &QPushButton::clicked, this, [this] { browse(m_file, false); });
    connect(m_keyFileBrowse, &QPushButton::clicked, this, [this] { browse(m_keyFile, true); });
    retranslateUi();
    updateRows();
}

void CaSetupWidget::setMode(Mode mode)
{
    m_mode = mode;
    updateRows();
    retranslateUi();
    emit changed();
}

void CaSetupWidget::setOrganisation(const QString& organisation)
{
    m_org->setText(organisation);
}

QString CaSetupWidget::organisation() const
{
    return m_org->text().trimmed();
}

bool CaSetupWidget::remember() const
{
    return m_remember->isChecked();
}

void CaSetupWidget::updateRows()
{
    const bool create = m_mode == Mode::Create;
    m_form->setRowVisible(m_name, create);
    m_form->setRowVisible(m_keyType, create);
    m_form->setRowVisible(m_years, create);
    m_form->setRowVisible(m_file->parentWidget(), !create);
    m_form->setRowVisible(m_keyFile->parentWidget(), !create);
    m_form->setRowVisible(m_importPassword, !create);
    updateHint();
}

QString CaSetupWidget::problem() const
{
    if (m_mode == Mode::Create) {
        if (m_name->text().trimmed().isEmpty())
            return tr("Enter a name for the CA.");
    } else {
        const QString file = m_file->text().trimmed();
        if (file.isEmpty())
            return tr("Choose the CA file to import (PEM or PKCS#12).");
        if (!QFileInfo(file).isFile())
            return tr("The file \"%1\" does not exist.").arg(file);
        const QString key = m_keyFile->text().trimmed();
        if (!key.isEmpty() && !QFileInfo(key).isFile())
            return tr("The key file \"%1\" does not exist.").arg(key);
    }
    const QByteArray pass = m_passphrase->text().toUtf8();
    if (pass.isEmpty())
        return tr("Enter the passphrase that protects the CA key.");
    if (const QString err = CaWorkflows::passphraseError(pass); !err.isEmpty())
        return err;
    if (m_confirm->text() != m_passphrase->text())
        return tr("The passphrase and its confirmation differ.");
    return {};
}

void CaSetupWidget::updateHint()
{
    m_hint->setText(problem());
}

Result<CaRecord> CaSetupWidget::run(CaWorkflows& workflows, bool storeOrganisation) const
{
    if (const QString err = problem(); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    const QString orgName = storeOrganisation ? organisation() : QString();
    if (m_mode == Mode::Create) {
        const auto keyType = keyTypeFromId(m_keyType->currentData().toString()).value_or(KeyType::EcP384);
        const QDate today = QDate::currentDate();
        const int days = int(today.daysTo(today.addYears(m_years->value())));
        return workflows.createRoot(CaSubject{m_name->text().trimmed(), organisation(), {}}, keyType, days,
                                    passphrase, orgName);
    }
    auto content = readFile(m_file->text().trimmed());
    if (!content)
        return content.error();
    QByteArray keyPem;
    if (const QString keyPath = m_keyFile->text().trimmed(); !keyPath.isEmpty()) {
        auto key = readFile(keyPath);
        if (!key)
            return key.error();
        keyPem = key.value();
    }
    return workflows.import(content.value(), keyPem, m_importPassword->text().toUtf8(), passphrase, orgName);
}

QString CaSetupWidget::rememberPassphrase(const CaRecord& ca) const
{
    if (!remember())
        return {};
    if (!Keychain::sessionPresent())
        return tr("The passphrase was not remembered: this computer has no keychain available.");
    if (auto s = Keychain::store(Keychain::caPassphraseKey(ca.fingerprint), m_passphrase->text().toUtf8());
        !s)
        return tr("The passphrase could not be remembered on this computer: %1").arg(s.error().message);
    return {};
}

void CaSetupWidget::browse(QLineEdit* target, bool keyFile)
{
    const QString path = keyFile
                             ? Prompts::openFileName(this, tr("Choose the CA private key"),
                                                     tr("PEM keys (*.pem *.key);;All files (*)"))
                             : Prompts::openFileName(this, tr("Choose the CA to import"),
                                                     tr("CA files (*.pem *.crt *.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty())
        target->setText(path);
}

void CaSetupWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaSetupWidget::retranslateUi()
{
    auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(text);
    };
    m_intro->setText(
        m_mode == Mode::Create
            ? tr("Create a new root CA. Client certificates are signed with it; its key is stored "
                 "encrypted with the passphrase below.")
            : tr("Import an existing CA or intermediate CA with its chain and private key, from PEM "
                 "files or a PKCS#12 file. Its key is stored encrypted with the passphrase below."));
    setLabel(m_name, tr("CA &name:"));
    m_name->setPlaceholderText(tr("e.g. Example Corp Device CA"));
    setLabel(m_org, tr("&Organisation:"));
    setLabel(m_keyType, tr("&Key type:"));
    m_keyType->setItemText(0, tr("ECDSA P-384 (recommended)"));
    m_keyType->setItemText(1, tr("RSA 3072"));
    setLabel(m_years, tr("&Validity in years:"));
    setLabel(m_file->parentWidget(), tr("CA &file:"));
    m_fileBrowse->setText(tr("Browse…"));
    setLabel(m_keyFile->parentWidget(), tr("Separate &key file:"));
    m_keyFile->setPlaceholderText(tr("Optional, when the key is not in the CA file"));
    m_keyFileBrowse->setText(tr("Browse…"));
    setLabel(m_importPassword, tr("&Import password:"));
    m_importPassword->setPlaceholderText(tr("Password of the PKCS#12 file or of the encrypted key"));
    setLabel(m_passphrase, tr("CA &passphrase:"));
    m_passphrase->setPlaceholderText(tr("At least 8 characters"));
    setLabel(m_confirm, tr("&Confirm passphrase:"));
    m_remember->setText(tr("&Remember the passphrase on this computer (OS keychain)"));
    updateHint();
}

} // namespace certdesk
