#include "FirstRunWizard.h"
#include "AdministratorWizardPage.h"
#include "CaWizardPage.h"
#include "DatabaseWizardPage.h"
#include "LanguageWizardPage.h"
#include "SummaryWizardPage.h"

#include <QAbstractButton>
#include <QEvent>

namespace certdesk {

FirstRunWizard::FirstRunWizard(const QString& presetDbUrl, QWidget* parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setPage(LanguagePageId, new LanguageWizardPage(this));
    setPage(DatabasePageId, new DatabaseWizardPage(presetDbUrl, this));
    setPage(AdministratorPageId, new AdministratorWizardPage(this));
    setPage(CaPageId, new CaWizardPage(this));
    setPage(SummaryPageId, new SummaryWizardPage(this));
    setStartId(LanguagePageId);
    retranslateUi();
    resize(640, 560);
}

FirstRunWizard::~FirstRunWizard()
{
    m_caPassphrase.fill('\0');
}

QByteArray FirstRunWizard::takeCaPassphrase()
{
    QByteArray out = m_caPassphrase;
    m_caPassphrase.fill('\0');
    m_caPassphrase.clear();
    return out;
}

void FirstRunWizard::finishWith(const QString& screen)
{
    m_firstScreen = screen;
    accept();
}

void FirstRunWizard::reject()
{
    if (m_setupFinished) {
        accept(); // everything is saved: closing is finishing
        return;
    }
    QWizard::reject();
}

void FirstRunWizard::setDatabase(DatabasePtr db, const QString& url)
{
    m_db = std::move(db);
    m_url = url;
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case LanguagePageId:
        return DatabasePageId;
    case DatabasePageId:
        return AdministratorPageId;
    case AdministratorPageId:
        return CaPageId;
    case CaPageId:
        return SummaryPageId;
    default:
        return -1;
    }
}

void FirstRunWizard::setSignedIn(const SignedIn& signedIn)
{
    m_signedIn = signedIn;
    m_db = signedIn.db;
}

Actor FirstRunWizard::actor() const
{
    return m_signedIn ? m_signedIn->result.actor : Actor::localUser(QStringLiteral("certdesk"));
}

void FirstRunWizard::setCaResult(const CaRecord& ca, const QString& organisation, const QString& note)
{
    m_ca = ca;
    m_organisation = organisation;
    m_note = note;
    m_setupFinished = true;
    if (QAbstractButton* cancel = button(QWizard::CancelButton))
        cancel->setEnabled(false);
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi()
{
    setWindowTitle(tr("CertDesk — first start"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Set up"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace certdesk
