#pragma once
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace certdesk {

// Asks for the CA passphrase when a signing action needs it, with "remember on this computer".
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(const QString& caName, QWidget* parent = nullptr);
    QByteArray passphrase() const;
    bool remember() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString m_caName;
    QLabel* m_text;
    QLineEdit* m_edit;
    QCheckBox* m_remember;
    QDialogButtonBox* m_buttons;
};

} // namespace certdesk
