#include "store/CertificateStore.h"

#include <QTimeZone>

namespace certdesk {
namespace {

const QString kColumns = QStringLiteral("id, user_id, login_id, ca_id, slot, device, notify_email, remarks, "
                                        "status, serial, subject, key_type, p12_profile,"
                                        " not_before, not_after, download_deadline, downloaded_at, "
                                        "download_count, revoked_at, revocation_reason, cert_der,"
                                        " (p12 IS NOT NULL), password_auto, issued_by, issued_at");

QDateTime fromSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toSecs(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : Database::nullInt();
}

CertificateRecord readCert(const QSqlQuery& q)
{
    CertificateRecord c;
    c.id = q.value(0).toLongLong();
    c.userId = q.value(1).toLongLong();
    c.loginId = q.value(2).toString();
    c.caId = q.value(3).toLongLong();
    c.slot = q.value(4).toInt();
    c.device = q.value(5).toString();
    c.notifyEmail = q.value(6).toString();
    c.remarks = q.value(7).toString();
    c.status = certStatusFromId(q.value(8).toString()).value_or(CertStatus::Issuing);
    c.serialHex = q.value(9).toString();
    c.subject = q.value(10).toString();
    c.keyType = q.value(11).toString();
    c.pkcs12Profile = q.value(12).toString();
    c.notBefore = fromSecs(q.value(13));
    c.notAfter = fromSecs(q.value(14));
    c.downloadDeadline = fromSecs(q.value(15));
    c.downloadedAt = fromSecs(q.value(16));
    c.downloadCount = q.value(17).toInt();
    c.revokedAt = fromSecs(q.value(18));
    c.revocationReason = q.value(19).toString();
    c.certDer = q.value(20).toByteArray();
    c.hasPkcs12 = q.value(21).toBool();
    c.passwordAuto = q.value(22).toInt() != 0;
    c.issuedBy = q.value(23).toString();
    c.issuedAt = fromSecs(q.value(24));
    return c;
}

} // namespace

Result<qint64> CertificateStore::insert(const CertificateRecord& c, const QByteArray& pkcs12,
                                        const QByteArray& sealedPassword)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO certificates (user_id, login_id, ca_id, slot, device, notify_email, remarks, status,"
            " serial, subject, key_type, p12_profile, not_before, not_after, download_deadline, cert_der, "
            "p12,"
            " password_auto, issued_by, issued_at, password_sealed)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {c.userId,
         c.loginId,
         c.caId,
         c.slot,
         c.device,
         c.notifyEmail,
         c.remarks,
         certStatusId(c.status),
         c.serialHex,
         c.subject,
         c.keyType,
         c.pkcs12Profile,
         toSecs(c.notBefore),
         toSecs(c.notAfter),
         toSecs(c.downloadDeadline),
         c.certDer,
         pkcs12.isEmpty() ? Database::nullBlob() : QVariant(pkcs12),
         c.passwordAuto ? 1 : 0,
         c.issuedBy,
         toSecs(c.issuedAt),
         sealedPassword.isEmpty() ? Database::nullBlob() : QVariant(sealedPassword)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The new certificate was not stored."));
    return q->value(0).toLongLong();
}

Status CertificateStore::insertBatch(const QList<CertificateRecord>& certs, const QList<QByteArray>& pkcs12s)
{
    auto ins =
        m_db.prepare(QStringLiteral("INSERT INTO certificates (user_id, login_id, ca_id, slot, device, "
                                    "notify_email, remarks, status, serial, subject,"
                                    " key_type, p12_profile, not_before, not_after, download_deadline, "
                                    "downloaded_at, download_count, revoked_at,"
                                    " revocation_reason, cert_der, p12, password_auto, issued_by, issued_at)"
                                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins)
        return ins.error();
    for (qsizetype n = 0; n < certs.size(); ++n) {
        const CertificateRecord& c = certs.at(n);
        const QByteArray p12 = pkcs12s.value(n);
        if (auto s =
                m_db.execPrepared(ins.value(), {c.userId,
                                                c.loginId,
                                                c.caId,
                                                c.slot,
                                                c.device,
                                                c.notifyEmail,
                                                c.remarks,
                                                certStatusId(c.status),
                                                c.serialHex,
                                                c.subject,
                                                c.keyType,
                                                c.pkcs12Profile,
                                                toSecs(c.notBefore),
                                                toSecs(c.notAfter),
                                                toSecs(c.downloadDeadline),
                                                toSecs(c.downloadedAt),
                                                c.downloadCount,
                                                toSecs(c.revokedAt),
                                                c.revocationReason.isEmpty() ? Database::nullText()
                                                                             : QVariant(c.revocationReason),
                                                c.certDer,
                                                p12.isEmpty() ? Database::nullBlob() : QVariant(p12),
                                                c.passwordAuto ? 1 : 0,
                                                c.issuedBy,
                                                toSecs(c.issuedAt)});
            !s)
            return s;
    }
    return {};
}

Result<std::optional<CertificateRecord>> CertificateStore::findOne(const QString& where,
                                                                   const QVariantList& binds, bool lockRow)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM certificates WHERE ") +
                           where + (lockRow ? m_db.forUpdate() : QString()),
                       binds);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CertificateRecord>();
    return std::optional<CertificateRecord>(readCert(q.value()));
}

Result<std::optional<CertificateRecord>> CertificateStore::findById(qint64 id, bool lockRow)
{
    return findOne(QStringLiteral("id = ?"), {id}, lockRow);
}

Result<std::optional<CertificateRecord>> CertificateStore::findBySerial(const QString& serialHex,
                                                                        bool lockRow)
{
    return findOne(QStringLiteral("serial = ?"), {serialHex.toUpper()}, lockRow);
}

Result<std::optional<CertificateRecord>> CertificateStore::latestInSlot(qint64 userId, int slot, bool lockRow)
{
    return findOne(QStringLiteral("id = (SELECT MAX(id) FROM certificates WHERE user_id = ? AND slot = ?)"),
                   {userId, slot}, lockRow);
}

Result<QList<CertificateRecord>> CertificateStore::latestPerSlot(qint64 userId)
{
    return findAll(
        QStringLiteral(
            "id IN (SELECT MAX(id) FROM certificates WHERE user_id = ? GROUP BY slot) ORDER BY slot"),
        {userId});
}

Result<QList<CertificateRecord>> CertificateStore::forUser(qint64 userId)
{
    return findAll(QStringLiteral("user_id = ? ORDER BY id DESC"), {userId});
}

Result<QList<CertificateRecord>> CertificateStore::findAll(const QString& whereAndOrder,
                                                           const QVariantList& binds)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM certificates WHERE ") +
                           whereAndOrder,
                       binds);
    if (!q)
        return q.error();
    QList<CertificateRecord> out;
    while (q->next())
        out << readCert(q.value());
    return out;
}

Result<QList<int>> CertificateStore::occupiedSlots(qint64 userId)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT slot FROM certificates WHERE user_id = ? AND status <> 'revoked' ORDER BY slot"),
        {userId});
    if (!q)
        return q.error();
    QList<int> out;
    while (q->next())
        out << q->value(0).toInt();
    return out;
}

Result<QByteArray> CertificateStore::pkcs12(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT p12 FROM certificates WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

Result<QByteArray> CertificateStore::sealedPassword(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT password_sealed FROM certificates WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

Result<QList<CertificateRecord>> CertificateStore::deliverable()
{
    return findAll(QStringLiteral("status = 'awaiting' AND p12 IS NOT NULL ORDER BY login_id, slot, id"), {});
}

Status CertificateStore::markRevoked(qint64 id, const QDateTime& atUtc, const QString& reasonId)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_at = ?, revocation_reason = ?,"
                       " p12 = NULL, password_sealed = NULL WHERE id = ?"),
        {atUtc.toSecsSinceEpoch(), reasonId, id});
    if (!q)
        return q.error();
    return {};
}

Status CertificateStore::markDelivered(qint64 id, const QDateTime& atUtc)
{
    auto q = m_db.exec(QStringLiteral("UPDATE certificates SET status = 'in-use', downloaded_at = ?,"
                                      " password_sealed = NULL WHERE id = ?"),
                       {atUtc.toSecsSinceEpoch(), id});
    if (!q)
        return q.error();
    return {};
}

Status CertificateStore::setDownloadTokenHash(qint64 id, const QString& sha256Hex)
{
    auto q = m_db.exec(QStringLiteral("UPDATE certificates SET download_token_hash = ? WHERE id = ?"),
                       {sha256Hex, id});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<CertificateRecord>> CertificateStore::findByDownloadTokenHash(const QString& sha256Hex,
                                                                                   bool lockRow)
{
    return findOne(QStringLiteral("download_token_hash = ?"), {sha256Hex}, lockRow);
}

Status CertificateStore::recordDownload(qint64 id, const QDateTime& atUtc)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE certificates SET download_count = download_count + 1,"
                       " status = CASE WHEN status = 'awaiting' THEN 'in-use' ELSE status END,"
                       " downloaded_at = COALESCE(downloaded_at, ?), password_sealed = NULL WHERE id = ?"),
        {atUtc.toSecsSinceEpoch(), id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<CrlEntry>> CertificateStore::revokedEntries(qint64 caId)
{
    auto q = m_db.exec(QStringLiteral("SELECT serial, revoked_at, revocation_reason FROM certificates"
                                      " WHERE ca_id = ? AND status = 'revoked' ORDER BY revoked_at, id"),
                       {caId});
    if (!q)
        return q.error();
    QList<CrlEntry> out;
    while (q->next()) {
        CrlEntry e;
        e.serialHex = q->value(0).toString();
        e.revokedAtUtc = fromSecs(q->value(1));
        e.reason = revocationReasonFromId(q->value(2).toString()).value_or(RevocationReason::Unspecified);
        out << e;
    }
    return out;
}

Result<CertificateStore::Counts> CertificateStore::counts(const QDateTime& nowUtc, int soonDays)
{
    // One statement, so one snapshot: the certificates per status as the triggers of migration 24 keep
    // them (CertificateTotalsSchema: a few hundred rows instead of every certificate), then the ones not
    // revoked that expire soon (a range of certificates_status_not_after per status).
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const qint64 soon = now + qint64(soonDays) * 86400;
    const QString revoked = certStatusId(CertStatus::Revoked);
    auto q =
        m_db.exec(QStringLiteral("SELECT 0, status, CAST(SUM(n) AS BIGINT) FROM certificate_status_totals"
                                 " GROUP BY status"
                                 " UNION ALL"
                                 " SELECT 1, '', COUNT(*) FROM certificates"
                                 " WHERE status IN (?, ?, ?) AND not_after >= ? AND not_after < ?"),
                  {certStatusId(CertStatus::Issuing), certStatusId(CertStatus::AwaitingDownload),
                   certStatusId(CertStatus::InUse), now, soon});
    if (!q)
        return q.error();
    Counts c;
    while (q->next()) {
        const qint64 n = q->value(2).toLongLong();
        if (q->value(0).toInt() == 1) {
            c.expiringSoon = n;
            continue;
        }
        const QString status = q->value(1).toString();
        if (status != revoked)
            c.issued += n;
        if (status == certStatusId(CertStatus::InUse))
            c.inUse = n;
        else if (status == certStatusId(CertStatus::AwaitingDownload))
            c.awaiting = n;
    }
    return c;
}

} // namespace certdesk
