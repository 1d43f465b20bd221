#pragma once
// The helpdesk "lost device" path (Ctrl+L), keyboard only, in three steps:
//   1. type a name / furigana / login ID, Enter (or Down, Enter) picks the user;
//   2. the user's live certificates, Enter picks the lost device;
//   3. the revocation confirmation: reason "device lost", Cancel is the default, Alt+R revokes.
// The result is then shown in the dialog: which servers refuse the device now and, when the CRL was not
// re-signed here, the wait for the portal's CRL or the next step (RevocationCrlPanel). Enter closes it.
#include "AppSession.h"
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace certdesk {
class RevokeForm;
class RevocationCrlPanel;

class LostDeviceDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step { SearchStep, DeviceStep, ConfirmStep, ResultStep };
    static constexpr int MaxResults = 50;

    explicit LostDeviceDialog(AppSession& session, QWidget* parent = nullptr);
    Step step() const;
    const std::optional<CertificateRecord>& revokedCertificate() const { return m_revoked; }
    RevocationCrlPanel* crlPanel() const { return m_crlPanel; }
    // Step 2's columns: status, device (slot and remarks in its tooltip), expiry, remarks.
    enum DeviceTableColumn { StatusColumn, DeviceColumn, ExpiryColumn, RemarksColumn, DeviceColumnCount };
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void search();
    void pickUser();
    void pickDevice();
    void revoke();
    void goBack();
    void showStep(Step step);
    void retranslateUi();
    void updateSearchHint();
    void fillDevices();
    void updateDeviceTable();
    AppSession& m_session;
    QString m_loginId;
    QString m_userName;
    QList<CertificateRecord> m_live;
    std::optional<CertificateRecord> m_revoked;
    int m_found = -1;    // users found by the last search, -1 before any
    bool m_more = false; // more than MaxResults matched
    QString m_searchError;
    QTimer* m_debounce;
    QLabel* m_stepLabel;
    QStackedWidget* m_pages;
    QLineEdit* m_search;
    QListWidget* m_users;
    QLabel* m_searchHint;
    QTableWidget* m_devices;
    QLabel* m_devicesHint;
    RevokeForm* m_form;
    QLabel* m_resultLabel;
    RevocationCrlPanel* m_crlPanel;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_revoke;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace certdesk
