#include "RevocationCrlPanel.h"
#include "Prompts.h"
#include "portal/CrlPublicationText.h"
#include "store/CrlStore.h"
#include "store/OperatorStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace certdesk {
namespace {

constexpr int kPollMs = 500; // without a live feed: how often the newest CRL is read

QLabel* wrappedLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RevocationCrlPanel::RevocationCrlPanel(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_refusal(wrappedLabel(this, "crlRefusalLabel")),
      m_hint(wrappedLabel(this, "crlHintLabel")), m_busy(new QProgressBar(this)),
      m_publish(new QPushButton(this)), m_ask(wrappedLabel(this, "crlAskAdminLabel")),
      m_deadline(new QTimer(this)), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("revocationCrlPanel"));
    QFont bold = m_refusal->font();
    bold.setBold(true);
    m_refusal->setFont(bold);
    m_busy->setObjectName(QStringLiteral("crlBusyIndicator"));
    m_busy->setRange(0, 0); // busy
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height() / 2 + 4);
    m_publish->setObjectName(QStringLiteral("crlUnlockPublishButton"));

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_publish);
    buttonRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_refusal);
    layout->addWidget(m_hint);
    layout->addWidget(m_busy);
    layout->addWidget(m_ask);
    layout->addLayout(buttonRow);

    m_deadline->setSingleShot(true);
    m_deadline->setInterval(DefaultWaitMs);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_state != State::Waiting)
            return;
        m_state = State::NeedsPublishing;
        retranslateUi();
    });
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &RevocationCrlPanel::checkForNewCrl);
    // A CRL signed anywhere (the portal, another desktop's schedule, the CLI) arrives through the feed.
    connect(&session, &AppSession::databaseChanged, this, [this](const QList<Change>& changes) {
        if (m_state != State::Waiting && m_state != State::NeedsPublishing)
            return;
        for (const Change& c : changes) {
            if (c.isAnything() || c.table == QLatin1String("crls")) {
                checkForNewCrl();
                return;
            }
        }
    });
    connect(m_publish, &QPushButton::clicked, this, &RevocationCrlPanel::unlockAndPublish);
    retranslateUi();
}

void RevocationCrlPanel::setWaitMs(int ms)
{
    m_deadline->setInterval(ms);
}

void RevocationCrlPanel::prepare(qint64 caId)
{
    m_caId = caId;
    m_numberBefore = 0;
    if (auto latest = CrlStore(*m_session.db()).latest(caId, false); latest && latest.value())
        m_numberBefore = latest.value()->number;
}

void RevocationCrlPanel::showOutcome(const CertificateRecord& revoked, const CrlOutcome& outcome)
{
    if (m_caId != revoked.caId)
        prepare(revoked.caId); // not prepared: any newer CRL that lists enough revocations counts
    m_outcome = outcome;
    switch (outcome.state) {
    case CrlOutcome::State::Published:
        m_state = State::Published;
        break;
    case CrlOutcome::State::Untouched:
        m_state = State::None;
        break;
    case CrlOutcome::State::Locked:
    case CrlOutcome::State::Failed: {
        auto count = CrlStore(*m_session.db()).revokedCount(revoked.caId);
        m_revokedAfter = count ? count.value() : 1;
        m_state = State::Waiting;
        m_deadline->start();
        if (!m_session.isLive())
            m_poll->start();
        checkForNewCrl(); // the portal may have been quicker than this dialog
        break;
    }
    }
    retranslateUi();
}

void RevocationCrlPanel::checkForNewCrl()
{
    if (m_state != State::Waiting && m_state != State::NeedsPublishing)
        return;
    auto latest = CrlStore(*m_session.db()).latest(m_caId, false);
    if (!latest || !latest.value())
        return;
    const CrlRecord& crl = *latest.value();
    // Revocations are final, so a CRL signed after this one lists at least as many as there were then.
    if (crl.number <= m_numberBefore || crl.entries < m_revokedAfter)
        return;
    m_elsewhereNumber = crl.number;
    m_elsewhereAt = crl.thisUpdate;
    m_state = State::SignedElsewhere;
    stopWaiting();
    m_session.notifyCrlPublished();
    retranslateUi();
}

void RevocationCrlPanel::stopWaiting()
{
    m_deadline->stop();
    m_poll->stop();
}

void RevocationCrlPanel::unlockAndPublish()
{
    WorkflowContext& ctx = m_session.context();
    // Asks for the passphrase (with "remember on this computer") unless the CA can be unlocked quietly.
    auto ca = ctx.unlockedCa();
    if (!ca) {
        if (ca.error().code != ErrorCode::Cancelled)
            Prompts::error(window(), tr("Publish CRL"), ca.error());
        return;
    }
    // The last step of the revocation, now that the CA is unlocked: re-sign and publish.
    CrlOutcome outcome = CrlPublisher(ctx).afterRevocation();
    if (!outcome.published()) {
        Prompts::error(window(), tr("Publish CRL"), makeError(ErrorCode::Crypto, outcome.problem()));
        return;
    }
    stopWaiting();
    m_outcome = std::move(outcome);
    m_state = State::Published;
    m_session.notifyCrlPublished();
    retranslateUi();
}

QString RevocationCrlPanel::administratorNames() const
{
    // Read straight from the store: listing operators through OperatorWorkflows needs Administer, and on
    // PostgreSQL the helpdesk and the auditor see other operators' rows only through this narrow path.
    auto admins = OperatorStore(*m_session.db()).activeAdministrators();
    if (!admins)
        return {};
    QStringList names;
    for (const AdministratorContact& op : std::as_const(admins.value())) {
        names << (op.displayName.isEmpty() || op.displayName == op.login
                      ? op.login
                      : tr("%1 (%2)", "administrator: display name (login)").arg(op.displayName, op.login));
    }
    return QLocale().createSeparatedList(names);
}

void RevocationCrlPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RevocationCrlPanel::retranslateUi()
{
    m_publish->setText(tr("Unlock the CA and publish the CRL…"));
    m_publish->setToolTip(
        tr("Asks for the CA passphrase, then signs and publishes a CRL that lists this revocation."));
    const bool inCrl = m_state == State::Published || m_state == State::SignedElsewhere;
    const bool notInCrl = m_state == State::Waiting || m_state == State::NeedsPublishing;
    if (inCrl)
        m_refusal->setText(tr("The device is refused now by servers that check OCSP, and by servers that "
                              "check the CRL after their next reload."));
    else if (notInCrl)
        m_refusal->setText(tr("The device is refused now by servers that check OCSP. Servers that check only "
                              "the certificate revocation list (CRL) still accept it until a CRL listing "
                              "it is published."));
    m_refusal->setVisible(inCrl || notInCrl);

    switch (m_state) {
    case State::None:
        m_hint->setText(CrlPublicationText::afterRevocation(m_outcome));
        break;
    case State::Published:
        m_hint->setText(CrlPublicationText::published(m_outcome.publication));
        break;
    case State::Waiting:
        m_hint->setText(m_outcome.state == CrlOutcome::State::Failed
                            ? tr("%1 Waiting for the portal to re-sign the CRL…").arg(m_outcome.problem())
                            : tr("The CRL was not re-signed on this computer: the CA is locked here. Waiting "
                                 "for the portal to re-sign the CRL…"));
        break;
    case State::SignedElsewhere:
        m_hint->setText(
            tr("The portal re-signed the CRL (number %1) at %2 — servers that check the CRL "
               "refuse the device after their next reload.")
                .arg(QLocale().toString(m_elsewhereNumber),
                     QLocale().toString(m_elsewhereAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
        break;
    case State::NeedsPublishing: {
        const int seconds = qMax(1, (m_deadline->interval() + 500) / 1000);
        m_hint->setText(
            tr("The CRL was not re-signed on this computer (the CA is locked here), and no portal "
               "re-signed it within %n second(s).",
               nullptr, seconds));
        break;
    }
    }

    const bool needs = m_state == State::NeedsPublishing;
    m_busy->setVisible(m_state == State::Waiting);
    m_publish->setVisible(needs && m_session.may(Permission::IssueAndRevoke));
    const bool ask = needs && !m_session.may(Permission::Administer);
    m_ask->setVisible(ask);
    if (ask) {
        const QString names = administratorNames();
        m_ask->setText(
            names.isEmpty()
                ? tr("Ask an administrator to publish the CRL (Publish CRL now on the dashboard).")
                : tr("Ask an administrator to publish the CRL (Publish CRL now on the dashboard): %1.")
                      .arg(names));
        if (m_publish->isVisible())
            m_ask->setText(
                m_ask->text() + QLatin1Char(' ') +
                tr("If you hold the CA passphrase, you can unlock the CA and publish it yourself."));
    }
}

} // namespace certdesk
