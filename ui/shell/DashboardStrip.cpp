#include "DashboardStrip.h"
#include "store/CertificateStore.h"
#include "store/UserStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace certdesk {

DashboardStrip::DashboardStrip(AppSession& session, QWidget* parent)
    : QFrame(parent), m_session(session), m_users(new QLabel(this)), m_active(new QLabel(this)),
      m_awaiting(new QLabel(this)), m_expiring(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    setFrameShape(QFrame::StyledPanel);
    m_users->setObjectName(QStringLiteral("dashUsers"));
    m_active->setObjectName(QStringLiteral("dashActive"));
    m_awaiting->setObjectName(QStringLiteral("dashAwaiting"));
    m_expiring->setObjectName(QStringLiteral("dashExpiring"));
    auto* layout = new QHBoxLayout(this);
    for (QLabel* l : {m_users, m_active, m_awaiting, m_expiring}) {
        l->setTextFormat(Qt::RichText);
        layout->addWidget(l);
    }
    layout->addStretch();
    connect(&session, &AppSession::usersChanged, this, &DashboardStrip::refresh);
    connect(&session, &AppSession::certificatesChanged, this, &DashboardStrip::refresh);
    refresh();
}

void DashboardStrip::refresh()
{
    auto users = UserStore(*m_session.db()).count(UserQuery{});
    auto counts = CertificateStore(*m_session.db()).counts(m_session.clock().nowUtc(), 30);
    m_counts[0] = users ? users.value() : 0;
    if (counts) {
        m_counts[1] = counts->issued;
        m_counts[2] = counts->awaiting;
        m_counts[3] = counts->expiringSoon;
    }
    render();
}

void DashboardStrip::render()
{
    const QLocale locale;
    auto cell = [&locale](const QString& label, qint64 n) {
        return QStringLiteral("%1 <b>%2</b>&nbsp;&nbsp;").arg(label.toHtmlEscaped(), locale.toString(n));
    };
    m_users->setText(cell(tr("Users"), m_counts[0]));
    m_active->setText(cell(tr("Active certificates"), m_counts[1]));
    m_awaiting->setText(cell(tr("Awaiting download"), m_counts[2]));
    m_expiring->setText(cell(tr("Expiring within 30 days"), m_counts[3]));
}

void DashboardStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace certdesk
