#include "CaWizardPage.h"
#include "FirstRunWizard.h"
#include "ca/CaSetupWidget.h"
#include "store/CaStore.h"
#include "store/Settings.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace certdesk {

CaWizardPage::CaWizardPage(QWidget* parent)
    : QWizardPage(parent), m_create(new QRadioButton(this)), m_import(new QRadioButton(this)),
      m_keep(new QRadioButton(this)), m_setup(new CaSetupWidget(CaSetupWidget::Mode::Create, this)),
      m_note(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("caWizardPage"));
    setCommitPage(true);
    m_create->setObjectName(QStringLiteral("caCreateRadio"));
    m_import->setObjectName(QStringLiteral("caImportRadio"));
    m_keep->setObjectName(QStringLiteral("caKeepRadio"));
    m_create->setChecked(true);
    m_keep->setVisible(false);
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("caWizardErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* modes = new QHBoxLayout;
    modes->addWidget(m_create);
    modes->addWidget(m_import);
    modes->addWidget(m_keep);
    modes->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(modes);
    layout->addWidget(m_setup, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    for (QRadioButton* r : {m_create, m_import, m_keep})
        connect(r, &QRadioButton::toggled, this, &CaWizardPage::updateMode);
    connect(m_setup, &CaSetupWidget::changed, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void CaWizardPage::initializePage()
{
    m_existingName.clear();
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (w && w->database()) {
        auto active = CaStore(*w->database()).active();
        if (active && active.value())
            m_existingName = active.value()->name;
        m_setup->setOrganisation(Settings(*w->database()).value(SettingKey::OrgName));
    }
    m_keep->setVisible(!m_existingName.isEmpty());
    (m_existingName.isEmpty() ? m_create : m_keep)->setChecked(true);
    m_error->clear();
    retranslateUi();
    updateMode();
}

void CaWizardPage::updateMode()
{
    m_setup->setEnabled(!m_keep->isChecked());
    m_setup->setMode(m_import->isChecked() ? CaSetupWidget::Mode::Import : CaSetupWidget::Mode::Create);
    emit completeChanged();
}

bool CaWizardPage::isComplete() const
{
    return m_keep->isChecked() || m_setup->isComplete();
}

bool CaWizardPage::validatePage()
{
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (!w || !w->database()) {
        m_error->setText(tr("The database is not open. Go back and choose it again."));
        return false;
    }
    WorkflowContext ctx(w->database(), w->actor()); // the administrator signed in on the previous page
    CaWorkflows workflows(ctx);
    if (m_keep->isChecked()) {
        auto active = workflows.active();
        if (!active || !active.value()) {
            m_error->setText(active ? tr("The database has no CA.") : active.error().message);
            return false;
        }
        w->setCaResult(*active.value(), Settings(*w->database()).value(SettingKey::OrgName), QString());
        return true;
    }
    if (const QString problem = m_setup->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        return false;
    }
    // The organisation name is saved with the CA, in its transaction.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto ca = m_setup->run(workflows, true);
    QGuiApplication::restoreOverrideCursor();
    if (!ca) {
        m_error->setText(ca.error().message);
        return false;
    }
    m_error->clear();
    // The administrator just typed the passphrase: the session that follows keeps the CA unlocked.
    if (auto* passphrase = m_setup->findChild<QLineEdit*>(QStringLiteral("caPassphraseEdit")))
        w->setCaPassphrase(passphrase->text().toUtf8());
    w->setCaResult(ca.value(), m_setup->organisation(), m_setup->rememberPassphrase(ca.value()));
    return true;
}

void CaWizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void CaWizardPage::retranslateUi()
{
    setTitle(tr("Certificate authority"));
    setSubTitle(tr("The CA signs every device certificate and the revocation list."));
    m_note->setText(tr("Keep the CA passphrase safe: without it no certificate can be issued and no "
                       "revocation list signed."));
    m_create->setText(tr("Create a ne&w CA"));
    m_import->setText(tr("&Import an existing CA"));
    m_keep->setText(tr("&Keep the existing CA \"%1\"").arg(m_existingName));
}

} // namespace certdesk
