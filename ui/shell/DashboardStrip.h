#pragma once
// The strip above every screen: users, active certificates, awaiting download, expiring within 30 days;
// below them, when the CRL needs attention (a revocation not in it yet, or its next update within a
// day), a warning with "Publish now" (may ask for the CA passphrase).
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
    QWidget* m_crlRow;
    QLabel* m_crlWarning;
    QPushButton* m_publishCrl;
    QTimer* m_crlTimer;
    qint64 m_counts[4] = {0, 0, 0, 0};
    void render();
};

} // namespace certdesk
