#include "MailServerForm.h"
#include "AppSession.h"
#include "MailSenderService.h"
#include "WorkerPools.h"
#include "mail/MailConfig.h"
#include "mail/SmtpClient.h"
#include "secrets/Keychain.h"
#include "store/Settings.h"
#include "workflows/MailSettingsWorkflows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

namespace certdesk {
namespace {

const char* const kErrorStyle = "color: #b00020;";

QLineEdit* lineEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

MailServerForm::MailServerForm(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("mailServerForm"));
    m_host = lineEdit(this, "smtpHostEdit");
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("smtpPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setMaximumWidth(120);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("smtpSecurityCombo"));
    m_security->addItem(QString(), QStringLiteral("none"));
    m_security->addItem(QString(), QStringLiteral("starttls"));
    m_security->addItem(QString(), QStringLiteral("tls"));
    m_user = lineEdit(this, "smtpUserEdit");
    m_password = lineEdit(this, "smtpPasswordEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNoteLabel"));
    m_keychainNote->setWordWrap(true);
    m_allowPlainAuth = new QCheckBox(this);
    m_allowPlainAuth->setObjectName(QStringLiteral("allowPlainAuthCheck"));
    m_plainAuthWarning = new QLabel(this);
    m_plainAuthWarning->setObjectName(QStringLiteral("plainAuthWarningLabel"));
    m_plainAuthWarning->setWordWrap(true);
    m_plainAuthWarning->setStyleSheet(QString::fromLatin1(kErrorStyle));
    m_sender = lineEdit(this, "smtpSenderEdit");
    m_senderName = lineEdit(this, "smtpSenderNameEdit");
    m_replyTo = lineEdit(this, "smtpReplyToEdit");
    m_caFile = lineEdit(this, "smtpCaFileEdit");
    m_admin = lineEdit(this, "mailAdminAddressEdit");

    m_form = new QFormLayout;
    for (QWidget* w :
         {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_security),
          static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password)})
        m_form->addRow(new QLabel(this), w);
    m_form->addRow(m_keychainNote);
    m_form->addRow(m_allowPlainAuth);
    m_form->addRow(m_plainAuthWarning);
    for (QWidget* w : {m_sender, m_senderName, m_replyTo, m_caFile, m_admin})
        m_form->addRow(new QLabel(this), w);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mailServerErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QString::fromLatin1(kErrorStyle));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mailServerStatusLabel"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveMailServerButton"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_save);

    m_testTo = lineEdit(this, "testMailRecipientEdit");
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("sendTestMailButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testMailResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(m_test);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addLayout(saveRow);
    layout->addSpacing(12);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &MailServerForm::save);
    connect(m_test, &QPushButton::clicked, this, &MailServerForm::sendTestMail);
    connect(m_testTo, &QLineEdit::returnPressed, this, &MailServerForm::sendTestMail);
    connect(m_security, &QComboBox::currentIndexChanged, this, &MailServerForm::updatePlainAuthWarning);
    connect(m_user, &QLineEdit::textChanged, this, &MailServerForm::updatePlainAuthWarning);
    connect(m_allowPlainAuth, &QCheckBox::toggled, this, &MailServerForm::updatePlainAuthWarning);
    retranslateUi();
    load();
}

void MailServerForm::retranslateUi()
{
    const QStringList labels = {tr("SMTP server"),
                                tr("Port"),
                                tr("Security"),
                                tr("User name"),
                                tr("Password"),
                                tr("Sender address"),
                                tr("Sender name"),
                                tr("Reply-to address"),
                                tr("Server CA file (PEM)"),
                                tr("Administrator address")};
    int next = 0;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto* item = m_form->itemAt(row, QFormLayout::LabelRole);
        if (auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr;
            label && next < labels.size()) {
            label->setText(labels.at(next++));
            label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
    m_security->setItemText(0, tr("None (unencrypted)"));
    m_security->setItemText(1, tr("STARTTLS"));
    m_security->setItemText(2, tr("TLS (implicit, e.g. port 465)"));
    m_user->setPlaceholderText(tr("Empty: no authentication"));
    m_password->setPlaceholderText(tr("Unchanged"));
    m_sender->setPlaceholderText(tr("Notification mail sender address, e.g. certdesk@example.jp"));
    m_senderName->setPlaceholderText(tr("Optional"));
    m_replyTo->setPlaceholderText(tr("Optional"));
    m_caFile->setPlaceholderText(tr("Optional: empty uses the system's certificate store"));
    m_admin->setPlaceholderText(tr("Optional: receives bulk issuance results and issuance failures"));
    m_save->setText(tr("Save"));
    m_testTo->setPlaceholderText(tr("Test mail recipient address"));
    m_test->setText(tr("Send test mail…"));
    m_allowPlainAuth->setText(tr("Allow password over an unencrypted connection"));
    updateKeychainNote();
    updatePlainAuthWarning();
}

void MailServerForm::updatePlainAuthWarning()
{
    const SmtpSettings s = formSettings();
    m_allowPlainAuth->setEnabled(s.security == SmtpSecurity::None);
    if (!s.authWithoutTls()) {
        m_plainAuthWarning->clear();
        m_plainAuthWarning->hide();
        return;
    }
    m_plainAuthWarning->setText(
        s.allowPlainAuth
            ? tr("Warning: the password is sent to the mail server without encryption; anyone on the network "
                 "path can read it. Prefer STARTTLS or TLS.")
            : tr("Without TLS, CertDesk does not send the password: mail is refused until you choose "
                 "STARTTLS or TLS, or allow the password over an unencrypted connection."));
    m_plainAuthWarning->show();
}

void MailServerForm::updateKeychainNote()
{
    if (Keychain::sessionPresent()) {
        m_keychainNote->setStyleSheet(QString());
        m_keychainNote->setText(
            tr("The password is kept in the keychain of this computer, never in the database."));
    } else {
        m_keychainNote->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_keychainNote->setText(
            tr("No keychain is available in this session: the password cannot be stored here. Store it "
               "from a desktop session in which the system keychain is available."));
    }
}

void MailServerForm::load()
{
    const SmtpSettings s = MailConfig::load(Settings(*m_session.db()));
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(smtpSecurityId(s.security))));
    m_user->setText(s.user);
    m_password->clear();
    m_sender->setText(s.sender);
    m_senderName->setText(s.senderName);
    m_replyTo->setText(s.replyTo);
    m_caFile->setText(s.caFile);
    m_allowPlainAuth->setChecked(s.allowPlainAuth);
    m_admin->setText(Settings(*m_session.db()).value(SettingKey::MailAdminAddress));
}

SmtpSettings MailServerForm::formSettings() const
{
    SmtpSettings s = MailConfig::load(Settings(*m_session.db())); // keeps what the form does not show
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    smtpSecurityFromId(m_security->currentData().toString(), &s.security);
    s.user = m_user->text().trimmed();
    s.sender = m_sender->text().trimmed();
    s.senderName = m_senderName->text().trimmed();
    s.replyTo = m_replyTo->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.allowPlainAuth = m_allowPlainAuth->isChecked();
    return s;
}

void MailServerForm::save()
{
    m_error->clear();
    m_status->clear();
    // The password goes to the keychain below, never to the database.
    const QString admin = m_admin->text().trimmed();
    auto saved = MailSettingsWorkflows(m_session.context()).saveServer(formSettings(), admin);
    if (!saved) {
        m_error->setText(tr("Nothing was saved: %1").arg(saved.error().message));
        return;
    }
    const int changed = saved.value();
    QStringList done;
    if (changed > 0)
        done << tr("Saved %n setting(s).", nullptr, changed);
    const QString password = m_password->text();
    if (!password.isEmpty()) {
        if (!Keychain::sessionPresent()) {
            m_error->setText(tr("The password was not stored: no keychain is available in this session."));
        } else if (auto s = MailConfig::storePassword(formSettings(), password.toUtf8()); !s) {
            m_error->setText(tr("The password was not stored: %1").arg(s.error().message));
        } else {
            done << tr("Password stored in the keychain.");
            m_password->clear();
        }
    }
    m_status->setText(done.isEmpty() ? tr("No changes.") : done.join(QLatin1Char(' ')));
    if (changed > 0) {
        m_session.notifySettingsChanged();
        OutboxActivity::instance()->notify();
    }
}

void MailServerForm::sendTestMail()
{
    if (m_testRunning)
        return;
    m_testResult->setStyleSheet(QString());
    const QString to = m_testTo->text().trimmed();
    const SmtpSettings smtp = formSettings();
    auto fail = [this](const QString& message) {
        m_testResult->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_testResult->setText(message);
        emit testMailFinished(false);
    };
    if (!to.contains(QLatin1Char('@'))) {
        fail(tr("Enter the address the test mail goes to."));
        return;
    }
    if (!smtp.configured()) {
        fail(tr("Enter the SMTP server and the sender address first."));
        return;
    }
    QByteArray password = m_password->text().toUtf8(); // what is typed wins: test before saving
    if (password.isEmpty() && !smtp.user.isEmpty()) {
        auto stored = MailConfig::password(smtp);
        if (!stored) {
            fail(stored.error().message);
            return;
        }
        password = stored.value();
    }
    MailMessage message;
    message.to = to;
    message.subject = tr("CertDesk test mail");
    message.body = tr("This is a test mail from CertDesk. The mail server settings work.\n\nServer: %1:%2\n")
                       .arg(smtp.host)
                       .arg(smtp.port);

    m_testRunning = true;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Sending a test mail to %1…").arg(to));
    auto result = std::make_shared<std::optional<Status>>();
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, to] {
        watcher->deleteLater();
        m_testRunning = false;
        m_test->setEnabled(true);
        const Status& sent = **result;
        if (sent) {
            m_testResult->setStyleSheet(QString());
            m_testResult->setText(tr("The test mail was sent to %1.").arg(to));
            emit testMailFinished(true);
        } else {
            m_testResult->setStyleSheet(QString::fromLatin1(kErrorStyle));
            m_testResult->setText(tr("The test mail was not sent: %1").arg(sent.error().message));
            emit testMailFinished(false);
        }
    });
    watcher->setFuture(QtConcurrent::run(mailThreadPool(), [result, smtp, password, message] {
        result->emplace(SmtpClient::send(smtp, password, message));
    }));
}

} // namespace certdesk
