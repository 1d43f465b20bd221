#include "LanguageWizardPage.h"
#include "shell/UiLanguage.h"
#include "util/AppTranslator.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace certdesk {

LanguageWizardPage::LanguageWizardPage(QWidget* parent)
    : QWizardPage(parent), m_text(new QLabel(this)), m_ja(new QRadioButton(QStringLiteral("日本語"), this)),
      m_en(new QRadioButton(QStringLiteral("English"), this))
{
    setObjectName(QStringLiteral("languageWizardPage"));
    m_text->setWordWrap(true);
    m_ja->setObjectName(QStringLiteral("langJaRadio"));
    m_en->setObjectName(QStringLiteral("langEnRadio"));
    (currentLanguage() == QLatin1String("ja") ? m_ja : m_en)->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_ja);
    layout->addWidget(m_en);
    layout->addStretch();
    connect(m_ja, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            choose(QStringLiteral("ja"));
    });
    connect(m_en, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            choose(QStringLiteral("en"));
    });
    retranslateUi();
}

void LanguageWizardPage::choose(const QString& language)
{
    // The app keeps the choice once the wizard finishes (QSettings "language").
    if (language != currentLanguage())
        switchUiLanguage(language);
}

void LanguageWizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void LanguageWizardPage::retranslateUi()
{
    setTitle(tr("Welcome to CertDesk"));
    setSubTitle(tr("CertDesk issues, delivers and revokes the client certificates of your users' devices."));
    m_text->setText(
        tr("Choose the language of CertDesk on this computer. You can change it later in the settings."));
}

} // namespace certdesk
