#pragma once
#include <QWizardPage>

class QLabel;

namespace certdesk {

// First-run step 4: what was set up.
class SummaryWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryWizardPage(QWidget* parent = nullptr);
    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_summary;
};

} // namespace certdesk
