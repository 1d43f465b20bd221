#include "PortalSettingsPanel.h"
#include "AppSession.h"
#include "CrlPublicationText.h"
#include "PortalServerBox.h"
#include "Prompts.h"
#include "revocation/CrlPublisher.h"
#include "revocation/PublishTarget.h"
#include "store/Settings.h"
#include "workflows/SettingsWorkflows.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk {
namespace {

const QString kErrorStyle = QStringLiteral("color: #b00020;");

} // namespace

PortalSettingsPanel::PortalSettingsPanel(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("portalSettingsPanel"));
    buildUi();
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, &PortalSettingsPanel::revert);
    connect(m_browse, &QPushButton::clicked, this, &PortalSettingsPanel::browseFolder);
    connect(m_publish, &QPushButton::clicked, this, &PortalSettingsPanel::publishCrlNow);
    connect(&session, &AppSession::settingsChanged, this, &PortalSettingsPanel::reloadUnedited);
    for (auto signal : {&AppSession::caChanged, &AppSession::crlPublished})
        connect(&session, signal, this, &PortalSettingsPanel::showCrlStatus);
    // Each revocation: while the panel is hidden (the usual case) it checks when shown.
    connect(&session, &AppSession::certificatesChanged, this, &PortalSettingsPanel::crlStatusChanged);
    retranslateUi();
    load();
}

QWidget* PortalSettingsPanel::addField(const QString& key, const char* objectName, bool number)
{
    return m_fields.add(this, key, objectName, number, [this] { updateButtons(); });
}

void PortalSettingsPanel::addRows(QGroupBox* box, const QStringList& keys)
{
    auto* form = new QFormLayout;
    for (const QString& key : keys) {
        for (const SettingsFields::Field& f : m_fields.fields()) {
            if (f.key != key)
                continue;
            form->addRow(f.label, f.editor);
        }
    }
    static_cast<QVBoxLayout*>(box->layout())->addLayout(form);
}

void PortalSettingsPanel::buildUi()
{
    addField(SettingKey::PortalBaseUrl, "portalBaseUrlEdit", false);
    addField(SettingKey::DownloadDeadlineDays, "portalDeadlineDaysSpin", true);
    addField(SettingKey::DownloadLimit, "portalDownloadLimitSpin", true);
    addField(SettingKey::CrlNextUpdateDays, "portalCrlNextUpdateSpin", true);
    addField(SettingKey::CrlUrl, "portalCrlUrlEdit", false);
    addField(SettingKey::OcspUrl, "portalOcspUrlEdit", false);
    addField(SettingKey::CaIssuersUrl, "portalCaIssuersUrlEdit", false);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("crlBrowseButton"));
    // This computer's publish folder and command: a local file, not database settings.
    m_folderLabel = new QLabel(this);
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("crlFolderEdit"));
    m_commandLabel = new QLabel(this);
    m_commandEdit = new QLineEdit(this);
    m_commandEdit->setObjectName(QStringLiteral("crlCommandEdit"));
    for (QLineEdit* edit : {m_folderEdit, m_commandEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    m_localHint = new QLabel(this);
    m_localHint->setObjectName(QStringLiteral("crlLocalHintLabel"));
    m_localHint->setWordWrap(true);
    m_localHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_localHint->setForegroundRole(QPalette::PlaceholderText);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    m_portalBox = new QGroupBox(content);
    new QVBoxLayout(m_portalBox);
    addRows(m_portalBox,
            {SettingKey::PortalBaseUrl, SettingKey::DownloadDeadlineDays, SettingKey::DownloadLimit});

    m_crlBox = new QGroupBox(content);
    auto* crlLayout = new QVBoxLayout(m_crlBox);
    auto* localForm = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browse);
    localForm->addRow(m_folderLabel, folderRow);
    localForm->addRow(m_commandLabel, m_commandEdit);
    crlLayout->addLayout(localForm);
    crlLayout->addWidget(m_localHint);
    addRows(m_crlBox, {SettingKey::CrlNextUpdateDays});
    m_crlStatus = new QLabel(m_crlBox);
    m_crlStatus->setObjectName(QStringLiteral("crlStatusLabel"));
    m_crlStatus->setWordWrap(true);
    m_publish = new QPushButton(m_crlBox);
    m_publish->setObjectName(QStringLiteral("publishCrlNowButton"));
    m_publishResult = new QLabel(m_crlBox);
    m_publishResult->setObjectName(QStringLiteral("crlPublishResultLabel"));
    m_publishResult->setWordWrap(true);
    m_publishResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* publishRow = new QHBoxLayout;
    publishRow->addWidget(m_publish, 0, Qt::AlignTop);
    publishRow->addWidget(m_publishResult, 1);
    crlLayout->addWidget(m_crlStatus);
    crlLayout->addLayout(publishRow);

    m_urlBox = new QGroupBox(content);
    auto* urlLayout = new QVBoxLayout(m_urlBox);
    addRows(m_urlBox, {SettingKey::CrlUrl, SettingKey::OcspUrl, SettingKey::CaIssuersUrl});
    m_urlHint = new QLabel(m_urlBox);
    m_urlHint->setWordWrap(true);
    m_urlHint->setForegroundRole(QPalette::PlaceholderText);
    urlLayout->addWidget(m_urlHint);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("portalSettingsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(kErrorStyle);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("portalSettingsStatusLabel"));
    m_revert = new QPushButton(content);
    m_revert->setObjectName(QStringLiteral("revertPortalSettingsButton"));
    m_save = new QPushButton(content);
    m_save->setObjectName(QStringLiteral("savePortalSettingsButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    m_serverBox = new PortalServerBox(m_session, content);

    column->addWidget(m_portalBox);
    column->addWidget(m_crlBox);
    column->addWidget(m_urlBox);
    column->addWidget(m_error);
    column->addLayout(buttons);
    column->addWidget(m_serverBox);
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QString PortalSettingsPanel::fieldName(const QString& key) const
{
    if (key == SettingKey::PortalBaseUrl)
        return tr("Download portal URL");
    if (key == SettingKey::DownloadDeadlineDays)
        return tr("Download deadline (days)");
    if (key == SettingKey::DownloadLimit)
        return tr("Downloads allowed per certificate");
    if (key == SettingKey::CrlNextUpdateDays)
        return tr("CRL next update (days)");
    if (key == SettingKey::CrlUrl)
        return tr("CRL distribution point URL");
    if (key == SettingKey::OcspUrl)
        return tr("OCSP responder URL");
    if (key == SettingKey::CaIssuersUrl)
        return tr("CA issuers (AIA) URL");
    return key;
}

void PortalSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PortalSettingsPanel::retranslateUi()
{
    m_portalBox->setTitle(tr("Download portal"));
    m_crlBox->setTitle(tr("Certificate revocation list (CRL)"));
    m_urlBox->setTitle(tr("Addresses written into new certificates"));
    for (const SettingsFields::Field& f : m_fields.fields())
        f.label->setText(fieldName(f.key));
    if (auto* url = findChild<QLineEdit*>(QStringLiteral("portalBaseUrlEdit")))
        url->setPlaceholderText(tr("https://certs.example.jp — issued certificates get a download link"));
    m_folderLabel->setText(tr("CRL folder"));
    m_commandLabel->setText(tr("Command after publishing"));
    m_folderEdit->setPlaceholderText(
        tr("Folder your web server publishes (certdesk.crl and certdesk-crl.pem)"));
    m_commandEdit->setPlaceholderText(tr("Optional, for example: /usr/sbin/nginx -s reload"));
    showLocalHint();
    m_browse->setText(tr("&Browse…"));
    m_publish->setText(tr("&Publish CRL now"));
    m_urlHint->setText(tr("Certificates already issued keep the addresses they were issued with."));
    m_revert->setText(tr("Discard changes"));
    m_save->setText(tr("Save"));
    m_serverBox->retranslateUi();
    m_error->clear();
    m_status->clear();
    m_publishResult->clear();
    showCrlStatus();
}

QList<QPair<QString, QString>> PortalSettingsPanel::formValues() const
{
    return m_fields.values();
}

QList<QPair<QString, QString>> PortalSettingsPanel::changedValues() const
{
    return m_fields.changed(formValues());
}

bool PortalSettingsPanel::hasUnsavedChanges() const
{
    return (m_fields.isLoaded() && !changedValues().isEmpty()) || localChanged();
}

bool PortalSettingsPanel::localChanged() const
{
    return m_folderEdit->text().trimmed() != m_loadedFolder ||
           m_commandEdit->text().trimmed() != m_loadedCommand;
}

void PortalSettingsPanel::load()
{
    m_fields.load(Settings(*m_session.db()));
    const PublishTarget target = PublishTarget::current();
    m_loadedFolder = QDir::toNativeSeparators(target.folder);
    m_loadedCommand = target.command;
    for (auto [edit, value] :
         {std::pair{m_folderEdit, m_loadedFolder}, std::pair{m_commandEdit, m_loadedCommand}}) {
        const QSignalBlocker block(edit);
        edit->setText(value);
    }
    const bool fixed = PublishTarget::isFixed();
    m_folderEdit->setReadOnly(fixed);
    m_commandEdit->setReadOnly(fixed);
    m_browse->setEnabled(!fixed);
    showLocalHint();
    updateButtons();
    showCrlStatus();
}

void PortalSettingsPanel::showLocalHint()
{
    QString hint = PublishTarget::isFixed()
                       ? tr("This computer only: given when this program was started.")
                       : tr("The CRL folder and the command are kept on this computer only, in %1 — not in "
                            "the database. Every computer that publishes the CRL (a desktop, the download "
                            "portal) has its own. The command runs without a shell, with a minimal "
                            "environment.")
                             .arg(QDir::toNativeSeparators(PublishTarget::configPath()));
    if (PublishTarget::databaseHasIgnoredValues(*m_session.db()))
        hint += QLatin1Char(' ') +
                tr("A CRL folder or command stored in the database by an older version is ignored.");
    m_localHint->setText(hint);
}

int PortalSettingsPanel::saveLocal()
{
    if (!localChanged())
        return 0;
    // A local file, but what it holds runs whenever this computer publishes: administrators only.
    if (auto s = m_session.context().require(Permission::Administer, QStringLiteral("crl publish target"));
        !s) {
        m_error->setText(s.error().message);
        return -1;
    }
    const QString path = PublishTarget::configPath();
    PublishTarget target;
    target.folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    target.command = m_commandEdit->text().trimmed();
    if (auto s = target.save(path); !s) {
        m_error->setText(s.error().message);
        return -1;
    }
    return int(m_folderEdit->text().trimmed() != m_loadedFolder) +
           int(m_commandEdit->text().trimmed() != m_loadedCommand);
}

// Settings changed elsewhere (the General tab, "use this portal URL"): take over every value that is
// not being edited here, keep the edits.
void PortalSettingsPanel::reloadUnedited()
{
    m_fields.load(Settings(*m_session.db()), true);
    updateButtons();
}

void PortalSettingsPanel::revert()
{
    m_error->clear();
    m_status->clear();
    load();
}

void PortalSettingsPanel::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

bool PortalSettingsPanel::save()
{
    m_status->clear();
    QHash<QString, QString> labels;
    for (const SettingsFields::Field& f : m_fields.fields())
        labels.insert(f.key, fieldName(f.key));
    const QList<QPair<QString, QString>> changed = changedValues();
    const auto saved = SettingsWorkflows(m_session.context()).saveForm(formValues(), changed, labels);
    m_error->setText(saved ? QString() : saved.error().message);
    if (!saved)
        return false;
    const int local = saveLocal();
    if (local < 0)
        return false;
    if (changed.isEmpty() && local == 0)
        return true;
    load();
    if (!changed.isEmpty())
        m_session.notifySettingsChanged();
    m_status->setText(tr("Saved %n setting(s).", nullptr, saved.value() + local));
    return true;
}

void PortalSettingsPanel::browseFolder()
{
    QLineEdit* edit = m_folderEdit;
    const QString start = edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text().trimmed();
    const QString dir = Prompts::directory(this, tr("Choose the folder to publish the CRL to"), start);
    if (!dir.isEmpty())
        edit->setText(QDir::toNativeSeparators(dir));
}

void PortalSettingsPanel::crlStatusChanged()
{
    if (isVisible())
        showCrlStatus();
    else
        m_crlStatusStale = true;
}

void PortalSettingsPanel::showEvent(QShowEvent* event)
{
    if (m_crlStatusStale)
        showCrlStatus();
    QWidget::showEvent(event);
}

void PortalSettingsPanel::showCrlStatus()
{
    m_crlStatusStale = false;
    auto health = CrlPublisher::health(*m_session.db(), m_session.clock().nowUtc());
    m_crlStatus->setText(health ? CrlPublicationText::status(health.value()) : health.error().message);
    m_publish->setEnabled(health && health->hasCa);
}

void PortalSettingsPanel::setResult(QLabel* label, const QString& text, bool problem)
{
    label->setStyleSheet(problem ? kErrorStyle : QString());
    label->setText(text);
}

// Signs, stores and writes a CRL now with the values shown (saved first); may ask for the CA passphrase.
void PortalSettingsPanel::publishCrlNow()
{
    setResult(m_publishResult, QString(), false);
    if (hasUnsavedChanges() && !save())
        return;
    auto published = CrlPublisher(m_session.context()).publish();
    if (!published) {
        if (published.error().code != ErrorCode::Cancelled)
            setResult(m_publishResult, published.error().message, true);
        return;
    }
    m_session.notifyCrlPublished();
    setResult(m_publishResult, CrlPublicationText::published(published.value()),
              !published->problem.isEmpty());
}

} // namespace certdesk
