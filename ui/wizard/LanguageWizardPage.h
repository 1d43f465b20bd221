#pragma once
#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace certdesk {

// First-run step 1: 日本語 / English, applied at once (the wizard itself switches language).
class LanguageWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LanguageWizardPage(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void choose(const QString& language);
    QLabel* m_text;
    QRadioButton* m_ja;
    QRadioButton* m_en;
};

} // namespace certdesk
