#include "workflows/DemoHistory.h"

#include <algorithm>

namespace certdesk {
namespace {

constexpr qint64 kHour = 3600;

QString revokeRemarks(RevocationReason reason)
{
    switch (reason) {
    case RevocationReason::KeyCompromise:
        return QStringLiteral("端末紛失の届出");
    case RevocationReason::Superseded:
        return QStringLiteral("機種変更");
    case RevocationReason::AffiliationChanged:
        return QStringLiteral("異動");
    case RevocationReason::CessationOfOperation:
        return QStringLiteral("退職");
    case RevocationReason::Unspecified:
        break;
    }
    return {};
}

} // namespace

DemoHistory::DemoHistory(const DemoPlanner& plan, const std::vector<QString>& serials,
                         const QList<DevicePolicy>& policies, quint32 seed)
    : m_plan(plan), m_serials(serials), m_policies(policies), m_deviceIds(DeviceTypes::ids()),
      m_random(seed ^ 0x9E3779B9u), m_system(Actor::system())
{
}

void DemoHistory::add(qint64 atSecs, Kind kind, int user, int cert, int actor, int tier)
{
    const qint64 nowMs = m_plan.policy().now * 1000;
    const qint64 atMs = std::min(atSecs * 1000 + m_random.between(0, 1000), nowMs - 1);
    m_events.push_back(Event{atMs, user, cert, kind, static_cast<quint8>(actor), static_cast<quint8>(tier),
                             static_cast<quint8>(m_random.below(256))});
}

void DemoHistory::build(qint64 rows)
{
    m_events.clear();
    m_cursor = 0;
    addPlanEvents();
    // At least a fifth of the rows are the everyday ones (logins, reminders, edits, exports ...).
    const qint64 planRows = rows - rows / 5;
    if (static_cast<qint64>(m_events.size()) > planRows) {
        std::shuffle(m_events.begin(), m_events.end(), m_random.engine());
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const Event& a, const Event& b) { return a.tier < b.tier; });
        m_events.resize(static_cast<size_t>(planRows));
    }
    m_events.reserve(static_cast<size_t>(rows));
    while (static_cast<qint64>(m_events.size()) < rows)
        addFiller(rows - static_cast<qint64>(m_events.size()));
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event& a, const Event& b) { return a.atMs < b.atMs; });
}

void DemoHistory::addPlanEvents()
{
    const qint64 start = m_plan.windowStart();
    const qint64 now = m_plan.policy().now;
    for (int i = 0; i < m_plan.users.size(); ++i) {
        const DemoUserPlan& u = m_plan.users.at(i);
        if (u.createdAt >= start)
            add(u.createdAt, Kind::UserAdd, i, -1, m_random.chance(0.6) ? 0 : 3, 2);
        if (u.identity && u.registeredAt >= start)
            add(u.registeredAt, Kind::RegisterIdentity, i, -1, anyOperator(), 1);
        if (u.certAuth && u.certAuthAt >= start)
            add(u.certAuthAt, Kind::CertAuthOn, i, -1, anyOperator(), 1);
    }
    for (int k = 0; k < m_plan.certs.size(); ++k) {
        const DemoCertPlan& c = m_plan.certs.at(k);
        add(c.issuedAt, Kind::Issue, c.user, k, c.actor, 0);
        if (c.status != CertStatus::Issuing) {
            add(c.issuedAt + m_random.between(3, 30), Kind::NotifyDownload, c.user, k, kSystem, 2);
            if (c.passwordAuto)
                add(c.issuedAt + m_random.between(5, 40), Kind::NotifyPassword, c.user, k, kSystem, 2);
        }
        if (c.downloadedAt != 0) {
            if (m_policies.at(c.device).attachToMail) {
                add(c.downloadedAt, Kind::Delivered, c.user, k, 1 + m_random.below(2), 1);
            } else {
                add(c.downloadedAt, Kind::Download, c.user, k, kPortal, 1);
                for (int d = 1; d < c.downloadCount; ++d)
                    add(std::min(now - 1, c.downloadedAt + m_random.between(600, 3 * kDemoDay)),
                        Kind::Download, c.user, k, kPortal, 2);
            }
        }
        if (c.revokedAt != 0) {
            add(c.revokedAt, Kind::Revoke, c.user, k, c.revokeActor, 0);
            if (m_random.chance(0.5))
                add(c.revokedAt + m_random.between(2, 20), Kind::CrlPublished, -1, -1, c.revokeActor, 2);
        }
    }
}

void DemoHistory::addFiller(qint64 room)
{
    const qint64 start = m_plan.windowStart();
    const qint64 now = m_plan.policy().now;
    const int r = m_random.below(100);
    const int userCount = static_cast<int>(m_plan.users.size());
    const int certCount = static_cast<int>(m_plan.certs.size());
    if (r >= 35 && r < 50 && certCount > 0) { // a reminder mail for a certificate still in use or waiting
        const int k = m_random.below(certCount);
        const DemoCertPlan& c = m_plan.certs.at(k);
        const qint64 lo = std::max(start, c.issuedAt + kDemoDay);
        if ((c.status == CertStatus::AwaitingDownload || c.status == CertStatus::InUse) && lo < now) {
            add(m_random.officeTimeBetween(lo, now), Kind::Reminder, c.user, k, kSystem, 3);
            return;
        }
    } else if (r >= 50 && r < 62 && userCount > 0) {
        const int i = m_random.below(userCount);
        add(m_random.officeTimeBetween(std::max(start, m_plan.users.at(i).createdAt), now), Kind::UserEdit, i,
            -1, anyOperator(), 3);
        return;
    } else if (r >= 62 && r < 72 && userCount > 0 && room >= 2) { // switched off and on again (or on and off)
        const int i = m_random.below(userCount);
        const DemoUserPlan& u = m_plan.users.at(i);
        const qint64 first = m_random.officeTimeBetween(std::max(start, u.certAuthAt), now - 2 * kHour);
        const qint64 second = std::min(now - 60, first + m_random.between(600, 3 * kDemoDay));
        const int actor = anyOperator();
        add(first, u.certAuth ? Kind::CertAuthOff : Kind::CertAuthOn, i, -1, actor, 3);
        add(second, u.certAuth ? Kind::CertAuthOn : Kind::CertAuthOff, i, -1, actor, 3);
        return;
    } else if (r >= 72 && r < 80) {
        add(m_random.officeTimeBetween(start, now), Kind::LoginFailed, -1, -1, m_random.below(4), 3);
        return;
    } else if (r >= 80 && r < 88) {
        add(m_random.officeTimeBetween(start, now), Kind::CrlPublished, -1, -1, 3, 3);
        return;
    } else if (r >= 88 && r < 93) {
        add(m_random.officeTimeBetween(start, now), Kind::Export, -1, -1, 0, 3);
        return;
    } else if (r >= 93 && r < 97 && certCount > 0) {
        const int k = m_random.below(certCount);
        const DemoCertPlan& c = m_plan.certs.at(k);
        add(c.issuedAt + m_random.between(60, 600), Kind::MailFailure, c.user, k, kSystem, 3);
        return;
    } else if (r >= 97 && r < 99) {
        add(m_random.officeTimeBetween(start, now), Kind::BulkAccepted, -1, -1, 0, 3);
        return;
    } else if (r >= 99) {
        add(m_random.officeTimeBetween(start, now), Kind::SettingsChanged, -1, -1, 0, 3);
        return;
    }
    // Operators logging in to the desktop app: the most common row.
    add(m_random.officeTimeBetween(start, now), Kind::Login, -1, -1, m_random.below(4), 3);
}

HistoryEntry DemoHistory::next()
{
    return entry(m_events.at(m_cursor++));
}

HistoryEntry DemoHistory::entry(const Event& e)
{
    HistoryEntry h;
    h.at = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC);
    const DemoUserPlan* u = e.user >= 0 ? &m_plan.users.at(e.user) : nullptr;
    const DemoCertPlan* c = e.cert >= 0 ? &m_plan.certs.at(e.cert) : nullptr;
    const QString serial = c ? m_serials.at(static_cast<size_t>(e.cert)) : QString();
    if (u)
        h.targetLogin = u->loginId;
    if (c) {
        h.device = m_deviceIds.at(c->device);
        h.notifyEmail = m_plan.users.at(c->user).email();
    }
    if (e.actor == kSystem) {
        h.operatorName = m_system.operatorName;
        h.host = m_system.host;
        h.userAgent = m_system.userAgent;
    } else if (e.actor == kPortal) {
        h.operatorName = h.targetLogin;
        h.host = (e.variant % 3 == 0 ? QStringLiteral("198.51.100.%1") : QStringLiteral("203.0.113.%1"))
                     .arg(1 + e.variant % 254);
        h.userAgent = DemoNames::browserUserAgent(h.device, e.variant);
    } else {
        const DemoOperator& op = DemoNames::operators().at(e.actor % DemoNames::operators().size());
        h.operatorName = op.name;
        h.host = op.host;
        h.userAgent = op.userAgent;
    }
    switch (e.kind) {
    case Kind::UserAdd:
        h.operation = Op::UserAdd;
        h.notifyEmail = u->email();
        h.details = QStringLiteral("cert_auth=0");
        break;
    case Kind::RegisterIdentity: {
        h.operation = Op::RegisterIdentity;
        const DemoName& f = DemoNames::familyNames().at(u->family);
        const DemoName& g = DemoNames::givenNames().at(u->given);
        h.details = QStringLiteral("%1 %2 / %3 %4 / %5 %6")
                        .arg(f.kanji, g.kanji, f.kana, g.kana, f.english, g.english);
        break;
    }
    case Kind::CertAuthOn:
        h.operation = Op::CertAuthOn;
        break;
    case Kind::CertAuthOff:
        h.operation = Op::CertAuthOff;
        break;
    case Kind::Issue: {
        const DevicePolicy& p = m_policies.at(c->device);
        h.operation = c->reissue ? Op::Reissue : Op::Issue;
        h.remarks = c->remarks;
        h.details = QStringLiteral("serial=%1 slot=%2 profile=%3 key=%4 password=%5")
                        .arg(serial)
                        .arg(c->slot)
                        .arg(pkcs12ProfileId(p.profile), keyTypeId(p.keyType),
                             c->passwordAuto ? QStringLiteral("auto") : QStringLiteral("manual"));
        break;
    }
    case Kind::NotifyDownload:
        h.operation = Op::Notify;
        h.details = QStringLiteral("mail=download-request serial=%1").arg(serial);
        break;
    case Kind::NotifyPassword:
        h.operation = Op::Notify;
        h.details = QStringLiteral("mail=key-password serial=%1").arg(serial);
        break;
    case Kind::Reminder:
        h.operation = Op::Notify;
        h.details =
            (c->status == CertStatus::AwaitingDownload ? QStringLiteral("mail=download-reminder serial=%1")
                                                       : QStringLiteral("mail=expiry-reminder serial=%1"))
                .arg(serial);
        break;
    case Kind::Download:
    case Kind::Delivered:
        h.operation = e.kind == Kind::Download ? Op::Download : Op::Delivered;
        h.details = QStringLiteral("serial=%1 slot=%2").arg(serial).arg(c->slot);
        break;
    case Kind::Revoke:
        ++m_revokedSoFar;
        h.operation = Op::Revoke;
        h.remarks = c->reason == RevocationReason::Unspecified ? c->remarks : revokeRemarks(c->reason);
        h.details = QStringLiteral("serial=%1 slot=%2 reason=%3")
                        .arg(serial)
                        .arg(c->slot)
                        .arg(revocationReasonId(c->reason));
        break;
    case Kind::CrlPublished:
        h.operation = Op::CrlPublished;
        h.details = QStringLiteral("crl_number=%1 entries=%2").arg(++m_crlNumber).arg(m_revokedSoFar);
        break;
    case Kind::Login:
        h.operation = Op::Login;
        break;
    case Kind::LoginFailed:
        h.operation = Op::LoginFailed;
        h.details = QStringLiteral("wrong password (%1/6)").arg(1 + e.variant % 2);
        break;
    case Kind::UserEdit:
        h.operation = Op::UserEdit;
        h.notifyEmail = u->email();
        break;
    case Kind::Export:
        h.operation = Op::Export;
        h.details = e.variant % 2 == 0 ? QStringLiteral("history year=%1 rows=%2")
                                             .arg(h.at.date().year() - 1)
                                             .arg(m_cursor * 3 / 4 + 1)
                                       : QStringLiteral("user list rows=%1").arg(m_plan.users.size());
        break;
    case Kind::MailFailure:
        h.operation = Op::Failure;
        h.details =
            QStringLiteral("mail=download-request serial=%1 smtp=451 4.3.0 temporary failure, will retry")
                .arg(serial);
        break;
    case Kind::BulkAccepted:
        h.operation = Op::BulkAccepted;
        h.details = QStringLiteral("file=certificateform.csv rows=%1").arg(10 + e.variant);
        break;
    case Kind::SettingsChanged: {
        static const QStringList changes = {
            QStringLiteral("delivery.deadline_days=14"), QStringLiteral("delivery.download_limit=3"),
            QStringLiteral("crl.next_update_days=7"), QStringLiteral("policy.validity_days=365")};
        h.operation = Op::SettingsChanged;
        h.details = changes.at(e.variant % changes.size());
        break;
    }
    }
    return h;
}

} // namespace certdesk
