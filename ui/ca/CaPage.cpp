#include "CaPage.h"
#include "CaSetupDialog.h"
#include "DateFormat.h"
#include "LiveReload.h"
#include "Prompts.h"
#include "revocation/PublishTarget.h"
#include "secrets/Keychain.h"
#include "store/CrlStore.h"
#include "store/Settings.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <cstdlib>

namespace certdesk {
namespace {

QLabel* keyLabel(QWidget* parent, QList<QLabel*>& keys)
{
    auto* l = new QLabel(parent);
    keys << l;
    return l;
}

QString dateTime(const QDateTime& utc)
{
    return dateformat::dateTime(utc);
}

} // namespace

CaPage::CaPage(AppSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("caPage"));
    buildUi();
    connect(m_create, &QPushButton::clicked, this, [this] { setUpCa(CaSetupWidget::Mode::Create); });
    connect(m_import, &QPushButton::clicked, this, [this] { setUpCa(CaSetupWidget::Mode::Import); });
    connect(m_export, &QPushButton::clicked, this, &CaPage::exportCertificate);
    connect(m_forget, &QPushButton::clicked, this, &CaPage::forgetPassphrase);
    connect(m_publish, &QPushButton::clicked, this, &CaPage::publishCrl);
    connect(&session, &AppSession::caChanged, this, &CaPage::refresh);
    connect(&session, &AppSession::settingsChanged, this, [this] {
        showCrlStatus();
        showUrls();
    });
    // Each revocation changes the count; a hidden page (the usual case) counts when it is shown.
    connect(&session, &AppSession::certificatesChanged, this, &CaPage::crlStatusChanged);
    connect(&session, &AppSession::caLockChanged, this, &CaPage::checkKeychain);
    new LiveReload(session, this, [this] { refresh(); }, {QStringLiteral("history"), QStringLiteral("crls")});
    retranslateUi();
    refresh();
}

QLabel* CaPage::addValue(QWidget* box, const char* objectName)
{
    auto* l = new QLabel(box);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

void CaPage::buildUi()
{
    m_caBox = new QGroupBox(this);
    auto* caForm = new QFormLayout;
    m_name = addValue(m_caBox, "caNameLabel");
    m_subject = addValue(m_caBox, "caSubjectLabel");
    m_serial = addValue(m_caBox, "caSerialLabel");
    m_validity = addValue(m_caBox, "caValidityLabel");
    m_keyType = addValue(m_caBox, "caKeyTypeLabel");
    m_fingerprint = addValue(m_caBox, "caFingerprintLabel");
    m_crlNumber = addValue(m_caBox, "caCrlNumberLabel");
    for (QLabel* v : {m_name, m_subject, m_serial, m_validity, m_keyType, m_fingerprint, m_crlNumber})
        caForm->addRow(keyLabel(m_caBox, m_caKeys), v);
    m_create = new QPushButton(m_caBox);
    m_create->setObjectName(QStringLiteral("createCaButton"));
    m_import = new QPushButton(m_caBox);
    m_import->setObjectName(QStringLiteral("importCaButton"));
    m_export = new QPushButton(m_caBox);
    m_export->setObjectName(QStringLiteral("exportCaButton"));
    m_forget = new QPushButton(m_caBox);
    m_forget->setObjectName(QStringLiteral("forgetPassphraseButton"));
    auto* caButtons = new QHBoxLayout;
    for (QPushButton* b : {m_create, m_import, m_export, m_forget})
        caButtons->addWidget(b);
    caButtons->addStretch();
    auto* caLayout = new QVBoxLayout(m_caBox);
    caLayout->addLayout(caForm);
    caLayout->addLayout(caButtons);

    m_crlBox = new QGroupBox(this);
    auto* crlForm = new QFormLayout;
    m_revoked = addValue(m_crlBox, "crlRevokedLabel");
    m_lastPublished = addValue(m_crlBox, "crlLastPublishedLabel");
    m_nextUpdate = addValue(m_crlBox, "crlNextUpdateLabel");
    m_publishDir = addValue(m_crlBox, "crlPublishDirLabel");
    for (QLabel* v : {m_revoked, m_lastPublished, m_nextUpdate, m_publishDir})
        crlForm->addRow(keyLabel(m_crlBox, m_crlKeys), v);
    m_publish = new QPushButton(m_crlBox);
    m_publish->setObjectName(QStringLiteral("publishCrlButton"));
    m_publishNote = addValue(m_crlBox, "crlPublishNoteLabel");
    m_publishNote->setForegroundRole(QPalette::PlaceholderText);
    m_crlResult = addValue(m_crlBox, "crlResultLabel");
    auto* crlButtons = new QHBoxLayout;
    crlButtons->addWidget(m_publish);
    crlButtons->addWidget(m_crlResult, 1);
    auto* crlLayout = new QVBoxLayout(m_crlBox);
    crlLayout->addLayout(crlForm);
    crlLayout->addWidget(m_publishNote);
    crlLayout->addLayout(crlButtons);

    m_urlBox = new QGroupBox(this);
    auto* urlForm = new QFormLayout;
    m_crlUrl = addValue(m_urlBox, "crlUrlLabel");
    m_ocspUrl = addValue(m_urlBox, "ocspUrlLabel");
    m_caIssuersUrl = addValue(m_urlBox, "caIssuersUrlLabel");
    m_portalUrl = addValue(m_urlBox, "portalUrlLabel");
    for (QLabel* v : {m_crlUrl, m_ocspUrl, m_caIssuersUrl, m_portalUrl})
        urlForm->addRow(keyLabel(m_urlBox, m_urlKeys), v);
    m_urlHint = addValue(m_urlBox, "urlHintLabel");
    auto* urlLayout = new QVBoxLayout(m_urlBox);
    urlLayout->addLayout(urlForm);
    urlLayout->addWidget(m_urlHint);

    m_status = addValue(this, "caStatusLabel");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caBox);
    layout->addWidget(m_crlBox);
    layout->addWidget(m_urlBox);
    layout->addWidget(m_status);
    layout->addStretch();
}

QString CaPage::title() const
{
    return tr("CA & revocation");
}

void CaPage::refresh()
{
    auto active = CaWorkflows(m_session.context()).active();
    m_ca = active ? active.value() : std::nullopt;
    showDetails();
    showCrlStatus();
    showUrls();
    checkKeychain();
}

void CaPage::showDetails()
{
    const bool has = m_ca.has_value();
    m_export->setEnabled(has);
    m_publish->setEnabled(has);
    if (!has) {
        m_name->setText(tr("This database has no CA yet. Create or import one."));
        for (QLabel* l : {m_subject, m_serial, m_validity, m_keyType, m_fingerprint, m_crlNumber})
            l->clear();
        return;
    }
    const QLocale locale;
    m_name->setText(m_ca->name);
    m_subject->setText(m_ca->subject);
    m_serial->setText(m_ca->serialHex);
    m_validity->setText(tr("%1 to %2").arg(dateTime(m_ca->notBefore), dateTime(m_ca->notAfter)));
    const auto type = keyTypeFromId(m_ca->keyType);
    m_keyType->setText(type ? keyTypeDisplayName(*type) : m_ca->keyType);
    m_fingerprint->setText(m_ca->fingerprint);
    m_crlNumber->setText(m_ca->crlNumber > 0 ? locale.toString(m_ca->crlNumber)
                                             : tr("No CRL has been signed yet."));
}

void CaPage::crlStatusChanged()
{
    if (isVisible())
        showCrlStatus();
    else
        m_crlStatusStale = true;
}

void CaPage::showEvent(QShowEvent* event)
{
    if (m_crlStatusStale)
        showCrlStatus();
    Page::showEvent(event);
}

void CaPage::showCrlStatus()
{
    m_crlStatusStale = false;
    if (!m_ca) {
        for (QLabel* l : {m_revoked, m_lastPublished, m_nextUpdate})
            l->clear();
    } else {
        auto revoked = CrlStore(*m_session.db()).revokedCount(m_ca->id);
        m_revoked->setText(revoked ? tr("%n certificate(s)", nullptr, revoked.value())
                                   : revoked.error().message);
        HistoryFilter f;
        f.operation = Op::CrlPublished;
        f.fromUtc = m_ca->createdAt; // CRLs of this CA only
        f.limit = 1;
        auto last = HistoryLog::list(*m_session.db(), f);
        QDateTime next;
        if (last && !last->isEmpty()) {
            const QDateTime at = last->first().at;
            m_lastPublished->setText(tr("%1 by %2").arg(dateTime(at), last->first().operatorName));
            // Exact when that CRL was signed in this session; otherwise from the current setting.
            next = m_lastCrl && std::abs(m_lastCrl->thisUpdate.secsTo(at)) < 5
                       ? m_lastCrl->nextUpdate
                       : at.addDays(Settings(*m_session.db()).intValue(SettingKey::CrlNextUpdateDays));
        } else {
            m_lastPublished->setText(tr("Never"));
        }
        if (!next.isValid())
            m_nextUpdate->clear();
        else if (next <= m_session.clock().nowUtc())
            m_nextUpdate->setText(
                tr("%1 — the published CRL has expired; publish it now.").arg(dateTime(next)));
        else
            m_nextUpdate->setText(dateTime(next));
    }
    const QString dir = PublishTarget::current().folder;
    m_publishDir->setText(dir.isEmpty() ? tr("Not chosen yet") : QDir::toNativeSeparators(dir));
    QString note = PublishTarget::isFixed() ? tr("This computer only: given when this program was started.")
                                            : tr("This computer only, kept in %1 (not in the database).")
                                                  .arg(QDir::toNativeSeparators(PublishTarget::configPath()));
    if (PublishTarget::databaseHasIgnoredValues(*m_session.db()))
        note += QLatin1Char(' ') +
                tr("A CRL folder or command stored in the database by an older version is ignored.");
    m_publishNote->setText(note);
}

void CaPage::showUrls()
{
    const Settings settings(*m_session.db());
    const QString none = tr("Not set");
    auto show = [&](QLabel* l, const QString& key) {
        const QString v = settings.value(key);
        l->setText(v.isEmpty() ? none : v);
    };
    show(m_crlUrl, SettingKey::CrlUrl);
    show(m_ocspUrl, SettingKey::OcspUrl);
    show(m_caIssuersUrl, SettingKey::CaIssuersUrl);
    show(m_portalUrl, SettingKey::PortalBaseUrl);
}

// Whether a passphrase is remembered for the active CA. Only asked when a keychain session exists, so
// a machine without one never waits for the keychain timeout.
void CaPage::checkKeychain()
{
    m_passphraseStored = false;
    if (m_ca && Keychain::sessionPresent()) {
        auto stored = Keychain::load(Keychain::caPassphraseKey(m_ca->fingerprint));
        m_passphraseStored = stored.ok();
    }
    m_forget->setVisible(m_passphraseStored);
}

void CaPage::retranslateUi()
{
    m_caBox->setTitle(tr("Certificate authority"));
    const QStringList caKeys = {tr("Name:"),      tr("Subject:"),  tr("Serial number:"),
                                tr("Validity:"),  tr("Key type:"), tr("SHA-256 fingerprint:"),
                                tr("CRL number:")};
    for (int i = 0; i < m_caKeys.size(); ++i)
        m_caKeys.at(i)->setText(caKeys.at(i));
    m_create->setText(tr("Create CA…"));
    m_import->setText(tr("Import CA…"));
    m_export->setText(tr("Export CA certificate…"));
    m_forget->setText(tr("Forget remembered passphrase"));
    m_forget->setToolTip(
        tr("Remove the CA passphrase from this computer's keychain; it will be asked for again."));
    m_crlBox->setTitle(tr("Certificate revocation list (CRL)"));
    const QStringList crlKeys = {tr("Revoked:"), tr("Last published:"), tr("Next update:"),
                                 tr("Publish folder:")};
    for (int i = 0; i < m_crlKeys.size(); ++i)
        m_crlKeys.at(i)->setText(crlKeys.at(i));
    m_publish->setText(tr("Publish CRL now…"));
    m_urlBox->setTitle(tr("Addresses written into certificates"));
    const QStringList urlKeys = {tr("CRL distribution point:"), tr("OCSP responder:"),
                                 tr("CA issuers (AIA):"), tr("Download portal:")};
    for (int i = 0; i < m_urlKeys.size(); ++i)
        m_urlKeys.at(i)->setText(urlKeys.at(i));
    m_urlHint->setText(tr("These addresses are set on the Settings screen."));
    m_crlResult->clear();
    m_status->clear();
    showDetails();
    showCrlStatus();
    showUrls();
}

void CaPage::setUpCa(CaSetupWidget::Mode mode)
{
    if (m_ca) {
        const QString text =
            mode == CaSetupWidget::Mode::Create
                ? tr("This database already has the CA \"%1\". The new CA will sign all new certificates; "
                     "\"%1\" keeps signing its own CRL while any of its certificates is unexpired, so its "
                     "passphrase must stay available to CertDesk. Devices must trust the new CA "
                     "certificate.\n\nCreate a new CA anyway?")
                      .arg(m_ca->name)
                : tr("This database already has the CA \"%1\". The imported CA will sign all new "
                     "certificates; \"%1\" keeps signing its own CRL while any of its certificates is "
                     "unexpired, so its passphrase must stay available to CertDesk. Devices must trust the "
                     "imported CA certificate.\n\nImport a CA anyway?")
                      .arg(m_ca->name);
        if (Prompts::ask(this, tr("Replace the CA"), text, QMessageBox::Yes | QMessageBox::No,
                         QMessageBox::No, QMessageBox::Warning) != QMessageBox::Yes)
            return;
    }
    CaSetupDialog dialog(m_session, mode, this);
    dialog.setupWidget()->setOrganisation(Settings(*m_session.db()).value(SettingKey::OrgName));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastCrl.reset();
    m_session.notifyCaChanged();
    m_status->setText(mode == CaSetupWidget::Mode::Create
                          ? tr("Created the CA \"%1\".").arg(dialog.result().subject)
                          : tr("Imported the CA \"%1\".").arg(dialog.result().subject));
    if (!dialog.keychainNote().isEmpty())
        Prompts::warn(this, tr("Keychain"), dialog.keychainNote());
}

void CaPage::publishCrl()
{
    if (!m_ca)
        return;
    const QString stored = PublishTarget::current().folder;
    QString dir = stored;
    if (!PublishTarget::isFixed()) {
        dir = Prompts::directory(this, tr("Choose the folder to publish the CRL to"),
                                 stored.isEmpty() ? QDir::homePath() : stored);
        if (dir.isEmpty())
            return;
    }
    // Unlock first (may ask for the passphrase through the session): a wrong passphrase changes nothing.
    if (auto ca = m_session.context().unlockedCa(); !ca) {
        Prompts::error(this, tr("Publish CRL"), ca.error());
        return;
    }
    // The folder is this computer's (its local configuration file); only someone who may publish sets it.
    if (dir != stored && m_session.context().actor().may(Permission::Administer)) {
        const QString path = PublishTarget::configPath();
        auto target = PublishTarget::load(path);
        Status saved = target ? Status() : Status(target.error());
        if (target) {
            target->folder = dir;
            saved = target->save(path);
        }
        if (!saved) {
            Prompts::error(this, tr("Publish CRL"), saved.error());
            return;
        }
    }
    // Signs, writes the folder and runs the publish command.
    auto crl = CaWorkflows(m_session.context()).generateCrl();
    if (!crl) {
        Prompts::error(this, tr("Publish CRL"), crl.error());
        return;
    }
    m_lastCrl = crl.value();
    emit m_session.historyChanged(); // the CRL was signed and logged even when writing failed
    refresh();
    if (!crl->problem.isEmpty()) {
        Prompts::warn(this, tr("Publish CRL"), crl->problem);
        return;
    }
    m_crlResult->setText(
        tr("Published CRL number %1 with %n revoked certificate(s) to %2. Next update: %3.", nullptr,
           crl->entries)
            .arg(QLocale().toString(crl->number), QDir::toNativeSeparators(dir), dateTime(crl->nextUpdate)));
}

void CaPage::exportCertificate()
{
    if (!m_ca)
        return;
    const QString path = Prompts::saveFileName(this, tr("Export the CA certificate"),
                                               QDir::home().filePath(QStringLiteral("certdesk-ca.pem")),
                                               tr("PEM certificates (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    // The CA certificate first, then any issuers above it (an imported intermediate CA).
    QByteArray pem = pemEncode(m_ca->certDer, "CERTIFICATE") + m_ca->chainPem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        Prompts::error(this, tr("Export the CA certificate"),
                       makeError(ErrorCode::Io,
                                 tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString())));
        return;
    }
    m_status->setText(tr("Saved the CA certificate to %1.").arg(QDir::toNativeSeparators(path)));
}

void CaPage::forgetPassphrase()
{
    if (!m_ca)
        return;
    if (Prompts::ask(
            this, tr("Forget remembered passphrase"),
            tr("Remove the passphrase of the CA \"%1\" from this computer's keychain? It will be asked for "
               "the next time a certificate or CRL is signed.")
                .arg(m_ca->name)) != QMessageBox::Yes)
        return;
    if (auto s = Keychain::remove(Keychain::caPassphraseKey(m_ca->fingerprint)); !s) {
        Prompts::error(this, tr("Forget remembered passphrase"), s.error());
        return;
    }
    checkKeychain();
    m_status->setText(tr("The passphrase is no longer remembered on this computer."));
}

} // namespace certdesk
