#include "download/DownloadService.h"
#include "download/DownloadLink.h"
#include "session/Actor.h"
#include "store/CertificateStore.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"
#include "store/Transaction.h"

namespace certdesk {

QString linkStateId(LinkState state)
{
    switch (state) {
    case LinkState::Valid:
        return QStringLiteral("valid");
    case LinkState::Unknown:
        return QStringLiteral("unknown");
    case LinkState::Expired:
        return QStringLiteral("expired");
    case LinkState::Revoked:
        return QStringLiteral("revoked");
    case LinkState::UsedUp:
        return QStringLiteral("used-up");
    case LinkState::Gone:
        return QStringLiteral("gone");
    }
    return {};
}

LinkInfo DownloadService::classify(const std::optional<CertificateRecord>& cert, bool hasPkcs12) const
{
    LinkInfo info;
    if (!cert)
        return info;
    info.certificate = *cert;
    const int limit = Settings(*m_db).intValue(SettingKey::DownloadLimit);
    info.downloadsLeft = qMax(0, limit - cert->downloadCount);
    if (cert->status == CertStatus::Revoked)
        info.state = LinkState::Revoked;
    else if (cert->downloadDeadline.isValid() && m_clock.nowUtc() > cert->downloadDeadline)
        info.state = LinkState::Expired;
    else if (info.downloadsLeft <= 0)
        info.state = LinkState::UsedUp;
    else if (!hasPkcs12 || cert->status == CertStatus::Issuing)
        info.state = LinkState::Gone;
    else
        info.state = LinkState::Valid;
    return info;
}

Result<LinkInfo> DownloadService::inspect(const QString& token)
{
    if (!DownloadLink::looksLikeToken(token))
        return LinkInfo{};
    auto cert = CertificateStore(*m_db).findByDownloadTokenHash(DownloadLink::tokenHash(token));
    if (!cert)
        return cert.error();
    return classify(cert.value(), cert.value() && cert.value()->hasPkcs12);
}

Result<DownloadResult> DownloadService::download(const QString& token, const QString& loginId,
                                                 const PortalClient& client)
{
    DownloadResult r;
    if (!DownloadLink::looksLikeToken(token))
        return r;
    CertificateStore certs(*m_db);
    Transaction tx(*m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto found = certs.findByDownloadTokenHash(DownloadLink::tokenHash(token), true);
    if (!found)
        return found.error();
    const LinkInfo info = classify(found.value(), found.value() && found.value()->hasPkcs12);
    r.state = info.state;
    r.certificate = info.certificate;
    if (info.state != LinkState::Valid)
        return r; // the transaction rolls back: nothing changed
    if (loginId != info.certificate.loginId) {
        r.wrongLoginId = true;
        return r;
    }
    auto p12 = certs.pkcs12(info.certificate.id);
    if (!p12)
        return p12.error();
    if (p12->isEmpty()) {
        r.state = LinkState::Gone;
        return r;
    }
    const QDateTime now = m_clock.nowUtc();
    if (auto s = certs.recordDownload(info.certificate.id, now); !s)
        return s.error();
    HistoryEntry h;
    h.at = now;
    h.operation = Op::Download;
    h.operatorName = info.certificate.loginId;
    h.targetLogin = info.certificate.loginId;
    h.device = info.certificate.device;
    h.notifyEmail = info.certificate.notifyEmail;
    h.host = client.address.left(64);
    h.userAgent = client.userAgent.left(256);
    h.details = QStringLiteral("serial=%1 slot=%2 download=%3 portal")
                    .arg(info.certificate.serialHex)
                    .arg(info.certificate.slot)
                    .arg(info.certificate.downloadCount + 1);
    if (auto s = HistoryLog::append(*m_db, h); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    r.pkcs12 = p12.value();
    r.fileName =
        info.certificate.loginId + QLatin1Char('-') + info.certificate.device + QStringLiteral(".p12");
    r.certificate.downloadCount += 1;
    if (r.certificate.status == CertStatus::AwaitingDownload)
        r.certificate.status = CertStatus::InUse;
    return r;
}

Status DownloadService::recordLockout(const QString& token, const PortalClient& client, int attempts)
{
    auto found = CertificateStore(*m_db).findByDownloadTokenHash(DownloadLink::tokenHash(token));
    if (!found)
        return found.error();
    Transaction tx(*m_db);
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h;
    h.at = m_clock.nowUtc();
    h.operation = Op::Failure;
    h.operatorName = Actor::system().operatorName;
    if (found.value()) {
        h.targetLogin = found.value()->loginId;
        h.device = found.value()->device;
    }
    h.host = client.address.left(64);
    h.userAgent = client.userAgent.left(256);
    h.remarks = tr("Download link locked after %n wrong login ID(s).", nullptr, attempts);
    h.details = QStringLiteral("portal-lockout attempts=%1").arg(attempts);
    if (auto s = HistoryLog::append(*m_db, h); !s)
        return s;
    return tx.commit();
}

} // namespace certdesk
