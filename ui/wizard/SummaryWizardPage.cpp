#include "SummaryWizardPage.h"
#include "DateFormat.h"
#include "FirstRunWizard.h"
#include "util/AppTranslator.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

SummaryWizardPage::SummaryWizardPage(QWidget* parent)
    : QWizardPage(parent), m_summary(new QLabel(this)), m_nextTitle(new QLabel(this)),
      m_nextText(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryWizardPage"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextTitle->setObjectName(QStringLiteral("nextStepsTitle"));
    QFont bold = m_nextTitle->font();
    bold.setBold(true);
    m_nextTitle->setFont(bold);
    m_nextText->setObjectName(QStringLiteral("nextStepsLabel"));
    m_nextText->setWordWrap(true);
    m_nextText->setTextFormat(Qt::PlainText);
    m_users = addNextStep("nextAddUsersButton", QStringLiteral("addUser"));
    m_import = addNextStep("nextImportButton", QStringLiteral("bulk"));
    m_mail = addNextStep("nextMailButton", QStringLiteral("mail"));
    m_portal = addNextStep("nextPortalButton", QStringLiteral("portal"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_users, 0, 0);
    buttons->addWidget(m_import, 0, 1);
    buttons->addWidget(m_mail, 1, 0);
    buttons->addWidget(m_portal, 1, 1);
    buttons->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_nextTitle);
    layout->addWidget(m_nextText);
    layout->addLayout(buttons);
    layout->addStretch();
    retranslateUi();
}

QPushButton* SummaryWizardPage::addNextStep(const char* name, const QString& screen)
{
    auto* button = new QPushButton(this);
    button->setObjectName(QString::fromLatin1(name));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, screen] {
        if (auto* w = qobject_cast<FirstRunWizard*>(wizard()))
            w->finishWith(screen);
    });
    return button;
}

void SummaryWizardPage::initializePage()
{
    retranslateUi();
}

void SummaryWizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SummaryWizardPage::retranslateUi()
{
    setTitle(tr("Ready"));
    setSubTitle(tr("CertDesk is set up. Next, add users and issue their device certificates."));
    m_nextTitle->setText(tr("What next"));
    m_nextText->setText(
        tr("1. Add users one by one, or import them (with their certificates) from a CSV file.\n"
           "2. Set up mail, so that users receive their download links and key passwords.\n"
           "3. Start the download portal, where users download their certificates.\n"
           "Finish opens the users screen; the buttons open the screen of each step."));
    m_users->setText(tr("Add &users"));
    m_import->setText(tr("&Import a CSV file"));
    m_mail->setText(tr("Set up &mail"));
    m_portal->setText(tr("Start the &portal"));
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (!w || !w->database())
        return;
    const CaRecord& ca = w->caResult();
    QStringList lines;
    lines << tr("Language: %1")
                 .arg(currentLanguage() == QLatin1String("ja") ? QStringLiteral("日本語")
                                                               : QStringLiteral("English"));
    lines << tr("Database: %1").arg(w->database()->url().display());
    if (w->signedIn())
        lines << tr("Signed in as: %1 (%2)")
                     .arg(w->signedIn()->result.op.displayName, w->signedIn()->result.op.login);
    lines << tr("CA: %1").arg(ca.subject);
    lines << tr("CA valid until: %1").arg(dateformat::dateTime(ca.notAfter));
    lines << tr("SHA-256 fingerprint: %1").arg(ca.fingerprint);
    if (!w->organisation().isEmpty())
        lines << tr("Organisation: %1").arg(w->organisation());
    if (!w->note().isEmpty())
        lines << QString() << w->note();
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace certdesk
