#include "PortalServerBox.h"
#include "AppSession.h"
#include "PortalService.h"
#include "Prompts.h"
#include "store/Settings.h"
#include "workflows/SettingsWorkflows.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk {

PortalServerBox::PortalServerBox(AppSession& session, QWidget* parent)
    : QGroupBox(parent), m_session(session), m_service(PortalService::of(session)), m_intro(new QLabel(this)),
      m_addressLabel(new QLabel(this)), m_address(new QLineEdit(this)), m_portLabel(new QLabel(this)),
      m_port(new QSpinBox(this)), m_certLabel(new QLabel(this)), m_cert(new QLineEdit(this)),
      m_certBrowse(new QPushButton(this)), m_keyLabel(new QLabel(this)), m_key(new QLineEdit(this)),
      m_keyBrowse(new QPushButton(this)), m_start(new QPushButton(this)), m_stop(new QPushButton(this)),
      m_status(new QLabel(this)), m_logLabel(new QLabel(this)), m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("portalServerBox"));
    m_intro->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("portalAddressEdit"));
    m_address->setMaximumWidth(260);
    m_port->setObjectName(QStringLiteral("portalPortSpin"));
    m_port->setRange(0, 65535);
    m_port->setMaximumWidth(160);
    m_cert->setObjectName(QStringLiteral("portalTlsCertEdit"));
    m_certBrowse->setObjectName(QStringLiteral("portalTlsCertBrowseButton"));
    m_key->setObjectName(QStringLiteral("portalTlsKeyEdit"));
    m_keyBrowse->setObjectName(QStringLiteral("portalTlsKeyBrowseButton"));
    m_certLabel->setBuddy(m_cert);
    m_keyLabel->setBuddy(m_key);
    m_start->setObjectName(QStringLiteral("startPortalButton"));
    m_stop->setObjectName(QStringLiteral("stopPortalButton"));
    m_status->setObjectName(QStringLiteral("portalStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setObjectName(QStringLiteral("portalLogView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(PortalService::MaxLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFixedHeight(120);
    m_addressLabel->setBuddy(m_address);
    m_portLabel->setBuddy(m_port);

    const PortalService::Preferences prefs = PortalService::preferences();
    m_address->setText(prefs.address);
    m_port->setValue(prefs.port);
    m_cert->setText(prefs.tlsCertFile);
    m_key->setText(prefs.tlsKeyFile);
    for (const QString& line : m_service.log())
        m_log->appendPlainText(line);

    auto* form = new QFormLayout;
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_portLabel, m_port);
    auto* certRow = new QHBoxLayout;
    certRow->addWidget(m_cert, 1);
    certRow->addWidget(m_certBrowse);
    form->addRow(m_certLabel, certRow);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_keyBrowse);
    form->addRow(m_keyLabel, keyRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_logLabel);
    layout->addWidget(m_log);

    connect(m_start, &QPushButton::clicked, this, &PortalServerBox::startPortal);
    connect(m_stop, &QPushButton::clicked, this, &PortalServerBox::stopPortal);
    connect(m_certBrowse, &QPushButton::clicked, this, [this] { browse(m_cert, false); });
    connect(m_keyBrowse, &QPushButton::clicked, this, [this] { browse(m_key, true); });
    connect(&m_service, &PortalService::stateChanged, this, &PortalServerBox::updateState);
    connect(&m_service, &PortalService::logLine, m_log, &QPlainTextEdit::appendPlainText);
    retranslateUi();
}

void PortalServerBox::retranslateUi()
{
    setTitle(tr("Run the download portal on this computer"));
    m_intro->setText(
        tr("Devices must reach this computer at the download portal URL. Without a TLS certificate the "
           "portal listens on this computer only (127.0.0.1); to serve other devices, give a TLS "
           "certificate and key (HTTPS) or run certdesk-portal behind a web server with TLS. It starts "
           "again with CertDesk until you stop it."));
    m_addressLabel->setText(tr("Listen &address:"));
    m_address->setPlaceholderText(tr("127.0.0.1 (this computer only); other addresses need TLS"));
    m_portLabel->setText(tr("&Port:"));
    m_certLabel->setText(tr("TLS &certificate (PEM):"));
    m_cert->setPlaceholderText(tr("Empty: plain HTTP, this computer only"));
    m_certBrowse->setText(tr("Browse…"));
    m_keyLabel->setText(tr("TLS &key (PEM, unencrypted):"));
    m_keyBrowse->setText(tr("Browse…"));
    m_port->setSpecialValueText(tr("Any free port"));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("S&top"));
    m_logLabel->setText(tr("Recent requests and events:"));
    updateState();
}

void PortalServerBox::updateState()
{
    const bool running = m_service.isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_address->setEnabled(!running);
    m_port->setEnabled(!running);
    for (QWidget* w : {static_cast<QWidget*>(m_cert), static_cast<QWidget*>(m_key),
                       static_cast<QWidget*>(m_certBrowse), static_cast<QWidget*>(m_keyBrowse)})
        w->setEnabled(!running);
    m_status->setText(m_service.statusText());
}

void PortalServerBox::startPortal()
{
    if (auto s = m_service.start(m_address->text(), quint16(m_port->value()), m_cert->text(), m_key->text());
        !s) {
        updateState();
        Prompts::error(this, tr("Download portal"), s.error());
        return;
    }
    offerPortalUrl();
}

void PortalServerBox::browse(QLineEdit* edit, bool key)
{
    const QString file = Prompts::openFileName(this, key ? tr("TLS private key") : tr("TLS certificate"),
                                               tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}

void PortalServerBox::stopPortal()
{
    m_service.stop();
}

// Issued certificates get a download link only when the portal URL is set: offer this server's URL.
void PortalServerBox::offerPortalUrl()
{
    if (!Settings(*m_session.db()).value(SettingKey::PortalBaseUrl).trimmed().isEmpty())
        return;
    const QString url = m_service.suggestedPortalUrl();
    if (url.isEmpty())
        return;
    const auto answer = Prompts::ask(
        this, tr("Download portal URL"),
        tr("The download portal URL is not set, so issued certificates get no download link. Use "
           "%1?\n\nDevices must be able to reach this address.")
            .arg(url),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    auto written = SettingsWorkflows(m_session.context()).set(SettingKey::PortalBaseUrl, url);
    if (!written) {
        Prompts::error(this, tr("Download portal URL"), written.error());
        return;
    }
    m_session.notifySettingsChanged();
}

} // namespace certdesk
