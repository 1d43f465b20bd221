#include "SettingsPage.h"
#include "DevicePolicyTable.h"
#include "Prompts.h"
#include "mail/MailSettingsPanel.h"
#include "operators/OperatorsPanel.h"
#include "portal/PortalSettingsPanel.h"
#include "shell/UiLanguage.h"
#include "store/Settings.h"
#include "util/AppTranslator.h"
#include "workflows/SettingsWorkflows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace certdesk {
namespace {

struct Editor
{
    QString key;
    const char* objectName;
    bool number;
};

const QList<Editor>& editors()
{
    static const QList<Editor> list = {
        {SettingKey::OrgName, "orgNameEdit", false},
        {SettingKey::CertValidityDays, "validityDaysSpin", true},
        {SettingKey::MaxCertsPerUser, "maxCertsSpin", true},
        {SettingKey::LicenceContracted, "licenceContractedSpin", true},
        {SettingKey::DownloadDeadlineDays, "deadlineDaysSpin", true},
        {SettingKey::DownloadLimit, "downloadLimitSpin", true},
        {SettingKey::CrlNextUpdateDays, "crlNextUpdateSpin", true},
        {SettingKey::CrlUrl, "crlUrlEdit", false},
        {SettingKey::OcspUrl, "ocspUrlEdit", false},
        {SettingKey::CaIssuersUrl, "caIssuersUrlEdit", false},
        {SettingKey::PortalBaseUrl, "portalUrlEdit", false},
        {SettingKey::IdleLockMinutes, "idleLockSpin", true},
    };
    return list;
}

} // namespace

SettingsPage::SettingsPage(AppSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    buildUi();
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::setLanguage);
    connect(m_devices, &DevicePolicyTable::edited, this, &SettingsPage::updateButtons);
    connect(&session, &AppSession::settingsChanged, this, [this] {
        if (!hasUnsavedChanges()) // never overwrite edits the administrator has not saved yet
            load();
    });
    retranslateUi();
    load();
}

void SettingsPage::buildUi()
{
    for (const Editor& e : editors())
        m_fields.add(this, e.key, e.objectName, e.number, [this] { updateButtons(); });
    m_devices = new DevicePolicyTable(this);
    m_devicesHint = new QLabel(this);
    m_devicesHint->setWordWrap(true);

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(currentLanguage())));
    m_languageLabel->setBuddy(m_language);
    m_languageHint = new QLabel(this);
    m_languageHint->setWordWrap(true);
    m_databaseLabel = new QLabel(this);
    m_database = new QLabel(this);
    m_database->setObjectName(QStringLiteral("databaseLabel"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(addGroup({SettingKey::OrgName}));
    auto* policyExtra = new QWidget(content);
    auto* policyLayout = new QVBoxLayout(policyExtra);
    policyLayout->setContentsMargins(0, 0, 0, 0);
    policyLayout->addWidget(m_devices);
    policyLayout->addWidget(m_devicesHint);
    column->addWidget(addGroup({SettingKey::CertValidityDays}, policyExtra));
    column->addWidget(addGroup({SettingKey::MaxCertsPerUser, SettingKey::LicenceContracted,
                                SettingKey::DownloadDeadlineDays, SettingKey::DownloadLimit}));
    column->addWidget(addGroup({SettingKey::CrlNextUpdateDays}));
    column->addWidget(addGroup(
        {SettingKey::CrlUrl, SettingKey::OcspUrl, SettingKey::CaIssuersUrl, SettingKey::PortalBaseUrl}));
    column->addWidget(addGroup({SettingKey::IdleLockMinutes}));
    auto* languageBox = new QGroupBox(content);
    auto* languageForm = new QFormLayout(languageBox);
    languageForm->addRow(m_languageLabel, m_language);
    languageForm->addRow(m_languageHint);
    languageForm->addRow(m_databaseLabel, m_database);
    m_groups << languageBox;
    column->addWidget(languageBox);
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatusLabel"));
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertSettingsButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    // Tab "General": the settings above with their Save; tab "Mail": server, templates, outbox (own saves);
    // tab "Portal and CRL": the portal and CRL settings (own Save), Publish CRL now, the in-process portal.
    auto* general = new QWidget;
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(scroll, 1);
    generalLayout->addWidget(m_error);
    generalLayout->addLayout(buttons);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(general, QString());
    tabs->addTab(new MailSettingsPanel(m_session), QString());
    tabs->addTab(new PortalSettingsPanel(m_session),
                 QString());                                // portal URL, CRL, in-process portal (own Save)
    tabs->addTab(new OperatorsPanel(m_session), QString()); // who signs in, in which role
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
}

QGroupBox* SettingsPage::addGroup(const QList<QString>& keys, QWidget* extra)
{
    auto* box = new QGroupBox(this);
    auto* form = new QFormLayout(box);
    for (const SettingsFields::Field& f : m_fields.fields()) {
        if (keys.contains(f.key))
            form->addRow(f.label, f.editor);
    }
    if (extra)
        form->addRow(extra);
    m_groups << box;
    return box;
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QString SettingsPage::fieldName(const QString& key) const
{
    if (key == SettingKey::OrgName)
        return tr("Organisation name");
    if (key == SettingKey::CertValidityDays)
        return tr("Certificate validity (days)");
    if (key == SettingKey::MaxCertsPerUser)
        return tr("Maximum certificates per user");
    if (key == SettingKey::LicenceContracted)
        return tr("Contracted certificates");
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
    if (key == SettingKey::PortalBaseUrl)
        return tr("Download portal URL");
    if (key == SettingKey::IdleLockMinutes)
        return tr("Lock after idle time (minutes)");
    return key;
}

void SettingsPage::retranslateUi()
{
    const QStringList titles = {tr("Organisation"),
                                tr("Certificate policy"),
                                tr("Limits and delivery"),
                                tr("Revocation"),
                                tr("Addresses written into certificates"),
                                tr("Sign-in"),
                                tr("This computer")};
    for (int i = 0; i < m_groups.size() && i < titles.size(); ++i)
        m_groups.at(i)->setTitle(titles.at(i));
    for (const SettingsFields::Field& f : m_fields.fields())
        f.label->setText(fieldName(f.key));
    m_devicesHint->setText(
        tr("Compatible: imports on older macOS, iOS and Android. Modern: AES-256, for Windows 10 "
           "1709 and later. The validity applies to every device type."));
    m_devices->retranslate();
    if (auto* contracted = findChild<QSpinBox*>(QStringLiteral("licenceContractedSpin"))) {
        contracted->setSpecialValueText(tr("No limit"));
        contracted->setToolTip(tr("How many active certificates (not revoked, not expired) the contract "
                                  "allows; issuing past it is refused. 0: no limit."));
    }
    {
        const QSignalBlocker block(m_language); // the language may have been switched elsewhere (wizard)
        m_language->setCurrentIndex(std::max(0, m_language->findData(currentLanguage())));
    }
    m_languageLabel->setText(tr("Language"));
    m_languageHint->setText(tr("The language changes immediately and is kept for this computer only."));
    m_databaseLabel->setText(tr("Database in use"));
    m_database->setText(m_session.db()->url().display());
    if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("settingsTabs"))) {
        tabs->setTabText(0, tr("General"));
        tabs->setTabText(1, tr("Mail"));
        tabs->setTabText(2, tr("Portal and CRL"));
        tabs->setTabText(3, tr("Operators"));
    }
    m_revert->setText(tr("Discard changes"));
    m_save->setText(tr("Save"));
    m_error->clear();
    m_status->clear();
}

QList<QPair<QString, QString>> SettingsPage::formValues() const
{
    return m_fields.values() + m_devices->values();
}

QList<QPair<QString, QString>> SettingsPage::changedValues() const
{
    return m_fields.changed(formValues());
}

bool SettingsPage::hasUnsavedChanges() const
{
    return m_fields.isLoaded() && !changedValues().isEmpty();
}

void SettingsPage::load()
{
    const Settings settings(*m_session.db());
    m_fields.load(settings);
    m_devices->load(settings);
    m_fields.setLoaded(formValues());
    m_database->setText(m_session.db()->url().display());
    updateButtons();
}

void SettingsPage::refresh()
{
    if (!hasUnsavedChanges())
        load();
}

void SettingsPage::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void SettingsPage::save()
{
    m_status->clear();
    QHash<QString, QString> labels;
    for (const SettingsFields::Field& f : m_fields.fields())
        labels.insert(f.key, fieldName(f.key));
    // Every value is checked, not just the changed ones, and nothing is saved while any is invalid.
    const QList<QPair<QString, QString>> changed = changedValues();
    const auto saved = SettingsWorkflows(m_session.context()).saveForm(formValues(), changed, labels);
    m_error->setText(saved ? QString() : saved.error().message);
    if (!saved || changed.isEmpty())
        return;
    load();
    m_session.notifySettingsChanged();
    m_status->setText(tr("Saved %n setting(s).", nullptr, saved.value()));
}

void SettingsPage::revert()
{
    m_error->clear();
    m_status->clear();
    load();
}

void SettingsPage::setLanguage(int index)
{
    const QString lang = m_language->itemData(index).toString();
    if (lang.isEmpty() || lang == currentLanguage())
        return;
    // Per desktop, not in the shared database; LanguageChange then reaches every widget.
    QSettings().setValue(QStringLiteral("language"), switchUiLanguage(lang));
}

} // namespace certdesk
