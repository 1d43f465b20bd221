#include "workflows/CertificateWorkflows.h"
#include "download/DownloadLink.h"
#include "mail/MailQueue.h"
#include "policy/DeviceTypes.h"
#include "store/CertificateStore.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "store/UserStore.h"
#include "text/PasswordGenerator.h"
#include "util/Failpoint.h"
#include "workflows/IssueCrypto.h"
#include "workflows/LicenceLimit.h"
#include "workflows/UserWorkflows.h"

namespace certdesk {

Result<QList<CertificateRecord>> CertificateWorkflows::slotTable(const QString& loginId)
{
    auto user = m_ctx.requireUser(loginId);
    if (!user)
        return user.error();
    return CertificateStore(m_ctx.db()).latestPerSlot(user->id);
}

Result<QByteArray> CertificateWorkflows::pkcs12(qint64 certificateId)
{
    // The PKCS#12 holds the device's private key: only who may deliver certificates reads it.
    if (auto s = m_ctx.require(Permission::IssueAndRevoke,
                               QStringLiteral("certificate pkcs12 id=%1").arg(certificateId));
        !s)
        return s.error();
    return CertificateStore(m_ctx.db()).pkcs12(certificateId);
}

Result<IssueResult> CertificateWorkflows::issue(const IssueRequest& request)
{
    if (auto s = m_ctx.require(Permission::IssueAndRevoke,
                               QStringLiteral("issue %1 device=%2").arg(request.loginId, request.device));
        !s)
        return s.error();
    return issueInto(request, Op::Issue);
}

Result<IssueResult> CertificateWorkflows::reissue(const QString& loginId, int slot, PasswordMode mode,
                                                  const QByteArray& password)
{
    if (auto s =
            m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("reissue %1:%2").arg(loginId).arg(slot));
        !s)
        return s.error();
    auto previous = find(CertificateRef{QString(), loginId, slot});
    if (!previous)
        return previous.error();
    if (previous->status != CertStatus::Revoked)
        return makeError(ErrorCode::Conflict,
                         tr("Slot %1 of \"%2\" is still in use. Revoke its certificate before re-issuing.")
                             .arg(slot)
                             .arg(loginId));
    IssueRequest r;
    r.loginId = loginId;
    r.slot = slot;
    r.device = previous->device;
    r.notifyEmail = previous->notifyEmail;
    r.remarks = previous->remarks;
    r.passwordMode = mode;
    r.password = password;
    return issueInto(r, Op::Reissue);
}

Result<IssueResult> CertificateWorkflows::issueInto(const IssueRequest& req, const QString& operation)
{
    // 1. Validate everything that can be validated without the CA.
    if (!DeviceTypes::isKnown(req.device))
        return makeError(ErrorCode::Invalid,
                         tr("Unknown device type \"%1\". Choose one of: %2.")
                             .arg(req.device, DeviceTypes::ids().join(QLatin1String(", "))));
    if (req.passwordMode == PasswordMode::Manual) {
        if (const QString err = keyPasswordError(req.password); !err.isEmpty())
            return makeError(ErrorCode::Invalid, err);
    }
    if (req.remarks.size() > 256)
        return makeError(ErrorCode::Invalid, tr("Remarks may have at most 256 characters."));
    if (UserWorkflows::hasControlCharacters(req.remarks))
        return makeError(ErrorCode::Invalid,
                         tr("Remarks may not contain line breaks, tabs or other control characters."));
    UserStore users(m_ctx.db());
    auto user = m_ctx.requireUser(req.loginId);
    if (!user)
        return user.error();
    const UserRecord u = user.value();
    auto identity = users.identity(u.id);
    if (!identity)
        return identity.error();
    if (!identity.value())
        return makeError(
            ErrorCode::Invalid,
            tr("Register the certificate information of \"%1\" before issuing.").arg(req.loginId));
    const QString notify = req.notifyEmail.trimmed().isEmpty() ? u.email : req.notifyEmail.trimmed();
    if (const QString err = UserWorkflows::emailError(notify); !err.isEmpty())
        return makeError(ErrorCode::Invalid, err);
    Settings settings(m_ctx.db());
    const int maxSlots = settings.intValue(SettingKey::MaxCertsPerUser);
    // Slots are numbered 1..limit (0 asks for the lowest free one); any other number is refused.
    if (req.slot < 0 || req.slot > maxSlots)
        return makeError(ErrorCode::Invalid,
                         tr("Slot %1 does not exist; a user has %2 slots.").arg(req.slot).arg(maxSlots));
    CertificateStore certs(m_ctx.db());
    auto occupied = certs.occupiedSlots(u.id);
    if (!occupied)
        return occupied.error();
    if (occupied->size() >= maxSlots)
        return makeError(ErrorCode::Conflict,
                         tr("\"%1\" already has %2 certificates, the most a user may have. Revoke one first.")
                             .arg(req.loginId)
                             .arg(maxSlots));
    // The contracted number (licence.contracted): refused before the CA is asked for; counted again under
    // the lock inside the transaction.
    auto licence = LicenceLimit::counts(m_ctx.db(), m_ctx.now());
    if (!licence)
        return licence.error();
    if (const QString why = LicenceLimit::refusal(licence.value(), 1); !why.isEmpty())
        return makeError(ErrorCode::Conflict, why);

    // 2. Crypto outside the transaction.
    auto ca = m_ctx.unlockedCa();
    if (!ca)
        return ca.error();
    const DevicePolicy policy = DeviceTypes::policy(settings, req.device);
    IssueCryptoInput in;
    in.request = clientRequestTemplate(settings);
    in.request.loginId = u.loginId;
    in.request.givenNameEn = identity.value()->givenEn;
    in.request.familyNameEn = identity.value()->familyEn;
    in.request.email = u.email;
    in.policy = policy;
    in.device = req.device;
    in.autoPassword = req.passwordMode == PasswordMode::Auto;
    in.password = req.password;
    std::shared_ptr<const PasswordSealer> sealer;
    if (in.autoPassword || MailQueue::mailConfigured(settings)) { // mails keep their secrets sealed too
        auto created = m_ctx.passwordSealer();
        if (!created)
            return created.error();
        sealer = created.value();
        in.sealer = sealer.get();
    }
    auto crypto = IssueCrypto::run(*ca.value(), in, m_ctx.clock());
    if (!crypto)
        return crypto.error();
    const auto& cert = crypto->certificate;
    IssueResult result;
    if (in.autoPassword)
        result.generatedPassword = crypto->password;
    result.pkcs12 = crypto->pkcs12;
    result.fileName = u.loginId + QLatin1Char('-') + req.device + QStringLiteral(".p12");

    // 3. One transaction: slot check under lock, certificate row, history row.
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto locked = m_ctx.requireUser(req.loginId, true);
    if (!locked)
        return locked.error();
    if (locked->id != u.id)
        return makeError(ErrorCode::NotFound, tr("The user \"%1\" was deleted meanwhile.").arg(req.loginId));
    auto taken = certs.occupiedSlots(u.id);
    if (!taken)
        return taken.error();
    if (taken->size() >= maxSlots)
        return makeError(ErrorCode::Conflict,
                         tr("\"%1\" already has %2 certificates, the most a user may have. Revoke one first.")
                             .arg(req.loginId)
                             .arg(maxSlots));
    int slot = req.slot;
    if (slot == 0) {
        for (slot = 1; taken->contains(slot); ++slot) {
        }
    } else if (taken->contains(slot)) {
        return makeError(ErrorCode::Conflict, tr("Slot %1 of \"%2\" is in use.").arg(slot).arg(req.loginId));
    }
    if (auto s = LicenceLimit::reserve(m_ctx.db(), m_ctx.now(), 1); !s)
        return s.error();
    CertificateRecord& c = result.certificate;
    c.userId = u.id;
    c.loginId = u.loginId;
    c.caId = m_ctx.unlockedCaId();
    c.slot = slot;
    c.device = req.device;
    c.notifyEmail = notify;
    c.remarks = req.remarks;
    c.status = CertStatus::AwaitingDownload;
    c.serialHex = cert.serialHex();
    c.subject = cert.subject();
    c.keyType = keyTypeId(policy.keyType);
    c.pkcs12Profile = pkcs12ProfileId(policy.profile);
    c.notBefore = cert.notBefore();
    c.notAfter = cert.notAfter();
    c.downloadDeadline = m_ctx.now().addDays(settings.intValue(SettingKey::DownloadDeadlineDays));
    c.certDer = cert.toDer();
    c.hasPkcs12 = true;
    c.passwordAuto = req.passwordMode == PasswordMode::Auto;
    c.issuedBy = m_ctx.actor().operatorName;
    c.issuedAt = m_ctx.now();
    auto id = certs.insert(c, result.pkcs12, crypto->sealedPassword);
    if (!id)
        return id.error();
    c.id = id.value();
    HistoryEntry h = m_ctx.historyEntry(operation);
    h.targetLogin = c.loginId;
    h.device = c.device;
    h.notifyEmail = c.notifyEmail;
    h.remarks = c.remarks;
    h.details = QStringLiteral("serial=%1 slot=%2 profile=%3 key=%4 password=%5")
                    .arg(c.serialHex)
                    .arg(c.slot)
                    .arg(c.pkcs12Profile, c.keyType,
                         c.passwordAuto ? QStringLiteral("auto") : QStringLiteral("manual"));
    if (auto s = HistoryLog::append(m_ctx.db(), h); !s)
        return s.error();
    auto link = DownloadLink::create(m_ctx.db(), settings, c.id);
    if (!link)
        return link.error();
    result.downloadUrl = link->url;
    auto mails = MailQueue::queueIssued(m_ctx, c, u, result.generatedPassword, link->url);
    if (!mails)
        return mails.error();
    result.mailsQueued = mails->count;
    result.mailConfigured = mails->configured;
    failpoint("issue-before-commit");
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<CertificateRecord> CertificateWorkflows::markDelivered(const CertificateRef& ref)
{
    if (auto s =
            m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("mark delivered %1").arg(ref.text()));
        !s)
        return s.error();
    auto target = find(ref);
    if (!target)
        return target.error();
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    CertificateStore certs(m_ctx.db());
    auto locked = certs.findById(target->id, true);
    if (!locked)
        return locked.error();
    CertificateRecord c = *locked.value();
    if (c.status != CertStatus::AwaitingDownload)
        return makeError(
            ErrorCode::Conflict,
            tr("Only a certificate awaiting download can be marked as delivered (this one is: %1).")
                .arg(certStatusDisplayName(c.status)));
    const QDateTime at = m_ctx.now();
    if (auto s = certs.markDelivered(c.id, at); !s)
        return s.error();
    HistoryEntry h = m_ctx.historyEntry(Op::Delivered);
    h.at = at;
    h.targetLogin = c.loginId;
    h.device = c.device;
    h.notifyEmail = c.notifyEmail;
    h.details = QStringLiteral("serial=%1 slot=%2").arg(c.serialHex).arg(c.slot);
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    c.status = CertStatus::InUse;
    c.downloadedAt = at;
    return c;
}

} // namespace certdesk
