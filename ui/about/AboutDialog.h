#pragma once
// Help → About CertDesk: the version, the Qt and OpenSSL versions, and every bundled library with its
// licence; choosing a library shows its licence text.
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace certdesk {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The application icon at every rendered size (resources/icons/png), for windows and this dialog.
    static QIcon applicationIcon();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showLicense(int row);
    QLabel* m_title;
    QLabel* m_tagline;
    QLabel* m_versions;
    QLabel* m_librariesLabel;
    QListWidget* m_libraries;
    QPlainTextEdit* m_licenseText;
    QDialogButtonBox* m_buttons;
};

} // namespace certdesk
