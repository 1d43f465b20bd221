#include "DashboardStrip.h"
#include "LiveReload.h"
#include "Prompts.h"
#include "portal/CrlPublicationText.h"
#include "revocation/CrlPublisher.h"
#include "store/CertificateStore.h"
#include "store/Settings.h"
#include "store/UserStore.h"
#include "workflows/LicenceLimit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace certdesk {

DashboardStrip::DashboardStrip(AppSession& session, QWidget* parent)
    : QFrame(parent), m_session(session), m_users(new QLabel(this)), m_active(new QLabel(this)),
      m_awaiting(new QLabel(this)), m_expiring(new QLabel(this)), m_licence(new QWidget(this)),
      m_contracted(new QLabel(m_licence)), m_issued(new QLabel(m_licence)),
      m_remaining(new QLabel(m_licence)), m_crlRow(new QWidget(this)), m_crlWarning(new QLabel(m_crlRow)),
      m_publishCrl(new QPushButton(m_crlRow)), m_crlTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    setFrameShape(QFrame::StyledPanel);
    m_users->setObjectName(QStringLiteral("dashUsers"));
    m_active->setObjectName(QStringLiteral("dashActive"));
    m_awaiting->setObjectName(QStringLiteral("dashAwaiting"));
    m_expiring->setObjectName(QStringLiteral("dashExpiring"));
    m_crlRow->setObjectName(QStringLiteral("dashCrlRow"));
    m_crlWarning->setObjectName(QStringLiteral("dashCrlWarning"));
    m_crlWarning->setWordWrap(true);
    m_crlWarning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_publishCrl->setObjectName(QStringLiteral("dashPublishCrlButton"));
    auto* counts = new QHBoxLayout;
    for (QLabel* l : {m_users, m_active, m_awaiting, m_expiring}) {
        l->setTextFormat(Qt::RichText);
        counts->addWidget(l);
    }
    m_licence->setObjectName(QStringLiteral("dashLicence"));
    m_contracted->setObjectName(QStringLiteral("dashContracted"));
    m_issued->setObjectName(QStringLiteral("dashIssued"));
    m_remaining->setObjectName(QStringLiteral("dashRemaining"));
    auto* licence = new QHBoxLayout(m_licence);
    licence->setContentsMargins(0, 0, 0, 0);
    for (QLabel* l : {m_contracted, m_issued, m_remaining}) {
        l->setTextFormat(Qt::RichText);
        licence->addWidget(l);
    }
    m_licence->setVisible(false);
    counts->addStretch();
    counts->addWidget(m_licence);
    auto* crl = new QHBoxLayout(m_crlRow);
    crl->setContentsMargins(0, 0, 0, 0);
    crl->addWidget(m_crlWarning, 1);
    crl->addWidget(m_publishCrl);
    m_crlRow->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(counts);
    layout->addWidget(m_crlRow);
    connect(&session, &AppSession::usersChanged, this, &DashboardStrip::refresh);
    // A bulk run (no login ID) emits usersChanged() too: one refresh per change, not two.
    connect(&session, &AppSession::certificatesChanged, this, [this](const QString& loginId) {
        if (!loginId.isEmpty())
            refreshCertificates();
    });
    connect(&session, &AppSession::settingsChanged, this, &DashboardStrip::refresh); // licence.contracted
    for (auto signal : {&AppSession::caChanged, &AppSession::crlPublished, &AppSession::settingsChanged})
        connect(&session, signal, this, &DashboardStrip::refreshCrl);
    connect(m_publishCrl, &QPushButton::clicked, this, &DashboardStrip::publishCrl);
    // The next update comes closer without any change here.
    m_crlTimer->setInterval(kCrlCheckMs);
    connect(m_crlTimer, &QTimer::timeout, this, &DashboardStrip::refreshCrl);
    m_crlTimer->start();
    connect(&session, &AppSession::actorChanged, this, &DashboardStrip::refreshCrl);
    m_publishCrl->setVisible(session.may(Permission::Administer));
    new LiveReload(session, this, [this] { refresh(); }, {QStringLiteral("history"), QStringLiteral("crls")});
    refresh();
}

void DashboardStrip::refresh()
{
    auto users = UserStore(*m_session.db()).count(UserQuery{});
    m_counts[0] = users ? users.value() : 0;
    refreshCertificates();
}

void DashboardStrip::refreshCertificates()
{
    auto counts = CertificateStore(*m_session.db()).counts(m_session.clock().nowUtc(), 30);
    if (counts) {
        m_counts[1] = counts->issued;
        m_counts[2] = counts->awaiting;
        m_counts[3] = counts->expiringSoon;
    }
    // The licence counts are shown only with a contracted number. The active certificates are the ones
    // not revoked just counted less the few expired ones (no second pass over the certificates).
    const bool contracted = Settings(*m_session.db()).value(SettingKey::LicenceContracted).toLongLong() > 0;
    const QDateTime now = m_session.clock().nowUtc();
    auto licence = !contracted ? Result<LicenceCounts>(LicenceCounts{})
                   : counts    ? LicenceLimit::countsFrom(*m_session.db(), now, counts->issued)
                               : LicenceLimit::counts(*m_session.db(), now);
    m_licenceCounts[0] = licence ? licence->contracted : 0;
    m_licenceCounts[1] = licence ? licence->issued : 0;
    m_licenceCounts[2] = licence ? licence->remaining() : 0;
    render();
}

void DashboardStrip::refreshCrl()
{
    const QDateTime now = m_session.clock().nowUtc();
    auto health = CrlPublisher::health(*m_session.db(), now);
    const QString warning = health ? CrlPublicationText::warning(health.value(), now) : QString();
    m_crlWarning->setText(warning);
    m_crlRow->setVisible(!warning.isEmpty());
    m_publishCrl->setVisible(m_session.may(Permission::Administer)); // publishing the CRL: administrators
}

// Publishes through the session: asks for the CA passphrase when it is not unlocked yet.
void DashboardStrip::publishCrl()
{
    auto published = CrlPublisher(m_session.context()).publish();
    if (!published) {
        if (published.error().code != ErrorCode::Cancelled)
            Prompts::error(window(), tr("Publish CRL"), published.error());
        return;
    }
    m_session.notifyCrlPublished(); // refreshes the warning
    if (!published->problem.isEmpty())
        Prompts::warn(window(), tr("Publish CRL"), CrlPublicationText::published(published.value()));
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
    // Seed 002: 契約数 / 発行数 / 追加発行可能数. "Issued" is active certificates (not revoked, not expired).
    m_contracted->setText(cell(tr("Contracted"), m_licenceCounts[0]));
    m_issued->setText(cell(tr("Issued"), m_licenceCounts[1]));
    m_remaining->setText(cell(tr("Remaining"), m_licenceCounts[2]));
    m_licence->setToolTip(tr("The contracted number of certificates (Settings → General). Issued counts the "
                             "active certificates: not revoked and not expired. Issuing past the contracted "
                             "number is refused."));
    m_licence->setVisible(m_licenceCounts[0] > 0);
    m_publishCrl->setText(tr("Publish CRL now"));
    m_publishCrl->setToolTip(
        tr("Sign and publish a new certificate revocation list (asks for the CA passphrase "
           "when the CA is locked)."));
    refreshCrl();
}

void DashboardStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace certdesk
