#pragma once
// The strip above every screen: users, active certificates, awaiting download, expiring within 30 days.
#include "AppSession.h"
#include <QFrame>

class QLabel;

namespace certdesk {

class DashboardStrip : public QFrame
{
    Q_OBJECT
public:
    explicit DashboardStrip(AppSession& session, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    AppSession& m_session;
    QLabel* m_users;
    QLabel* m_active;
    QLabel* m_awaiting;
    QLabel* m_expiring;
    qint64 m_counts[4] = {0, 0, 0, 0};
    void render();
};

} // namespace certdesk
