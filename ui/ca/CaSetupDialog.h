#pragma once
// "Create CA…" / "Import CA…" of the CA screen: the CaSetupWidget in a dialog that runs the workflow
// on OK and stays open with the error when it fails.
#include "AppSession.h"
#include "CaSetupWidget.h"
#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace certdesk {

class CaSetupDialog : public QDialog
{
    Q_OBJECT
public:
    CaSetupDialog(AppSession& session, CaSetupWidget::Mode mode, QWidget* parent = nullptr);
    CaSetupWidget* setupWidget() const { return m_setup; }
    const CaRecord& result() const { return m_result; }
    QString keychainNote() const { return m_keychainNote; } // set when "remember" could not be honoured

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    AppSession& m_session;
    CaSetupWidget* m_setup;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    CaRecord m_result;
    QString m_keychainNote;
};

} // namespace certdesk
