#pragma once
// The strip above every screen: users, active certificates, awaiting download, expiring within 30 days;
// below them, when the CRL needs attention (a revocation not in it yet, or its next update within a
// day), a warning with "Publish now" (may ask for the CA passphrase). When a contracted number is set
// (licence.contracted), also contracted / issued / remaining (seed 002: 契約数 / 発行数 / 追加発行可能数).
#include "AppSession.h"
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace certdesk {

class DashboardStrip : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kCrlCheckMs = 5 * 60 * 1000;

    explicit DashboardStrip(AppSession& session, QWidget* parent = nullptr);
    void refresh();
    // The certificate and licence counts only (one user's certificates changed: the user count did not).
    void refreshCertificates();
    void refreshCrl();
    void publishCrl();

protected:
    void changeEvent(QEvent* event) override;

private:
    AppSession& m_session;
    QLabel* m_users;
    QLabel* m_active;
    QLabel* m_awaiting;
    QLabel* m_expiring;
    QWidget* m_licence; // hidden without a contracted number
    QLabel* m_contracted;
    QLabel* m_issued;
    QLabel* m_remaining;
    qint64 m_licenceCounts[3] = {0, 0, 0}; // contracted (0: no limit), issued (active), remaining
    QWidget* m_crlRow;
    QLabel* m_crlWarning;
    QPushButton* m_publishCrl;
    QTimer* m_crlTimer;
    qint64 m_counts[4] = {0, 0, 0, 0};
    void render();
};

} // namespace certdesk
