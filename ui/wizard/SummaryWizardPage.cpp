#include "SummaryWizardPage.h"
#include "FirstRunWizard.h"
#include "util/AppTranslator.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace certdesk {

SummaryWizardPage::SummaryWizardPage(QWidget* parent) : QWizardPage(parent), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryWizardPage"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
    retranslateUi();
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
    lines
        << tr("CA valid until: %1").arg(QLocale().toString(ca.notAfter.toLocalTime(), QLocale::ShortFormat));
    lines << tr("SHA-256 fingerprint: %1").arg(ca.fingerprint);
    if (!w->organisation().isEmpty())
        lines << tr("Organisation: %1").arg(w->organisation());
    if (!w->note().isEmpty())
        lines << QString() << w->note();
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace certdesk
