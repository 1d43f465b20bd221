#include "store/CrlStore.h"

namespace certdesk {

namespace {
QDateTime fromSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

Result<qint64> CrlStore::insert(const CrlRecord& crl)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO crls (ca_id, number, this_update, next_update, entries, "
                                      "der) VALUES (?,?,?,?,?,?) RETURNING id"),
                       {crl.caId, crl.number, crl.thisUpdate.toSecsSinceEpoch(),
                        crl.nextUpdate.toSecsSinceEpoch(), crl.entries, crl.der});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The CRL was not stored."));
    return q->value(0).toLongLong();
}

Result<std::optional<CrlRecord>> CrlStore::latest(qint64 caId, bool withDer)
{
    const QString sql =
        QStringLiteral(
            "SELECT id, ca_id, number, this_update, next_update, entries%1 FROM crls WHERE ca_id = ?"
            " ORDER BY number DESC LIMIT 1")
            .arg(withDer ? QStringLiteral(", der") : QString());
    auto q = m_db.exec(sql, {caId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CrlRecord>();
    CrlRecord r;
    r.id = q->value(0).toLongLong();
    r.caId = q->value(1).toLongLong();
    r.number = q->value(2).toLongLong();
    r.thisUpdate = fromSecs(q->value(3));
    r.nextUpdate = fromSecs(q->value(4));
    r.entries = q->value(5).toInt();
    if (withDer)
        r.der = q->value(6).toByteArray();
    return std::optional<CrlRecord>(r);
}

Result<int> CrlStore::revokedCount(qint64 caId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM certificates WHERE ca_id = ? AND status = 'revoked'"), {caId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

QString CrlStore::fingerprintId(const QString& fingerprint)
{
    QString hex;
    for (const QChar c : fingerprint) {
        const QChar l = c.toLower();
        if (l.isDigit() || (l >= QLatin1Char('a') && l <= QLatin1Char('f')))
            hex += l;
    }
    return hex.left(16);
}

Result<std::optional<CrlRecord>> CrlStore::latestOfCa(const QString& id)
{
    if (id.size() != 16)
        return std::optional<CrlRecord>();
    auto q = m_db.exec(QStringLiteral("SELECT id, fingerprint FROM cas ORDER BY id"));
    if (!q)
        return q.error();
    while (q->next()) {
        if (fingerprintId(q->value(1).toString()) == id)
            return latest(q->value(0).toLongLong());
    }
    return std::optional<CrlRecord>();
}

Result<QList<qint64>> CrlStore::caIdsNeedingCrl(const QDateTime& nowUtc)
{
    // EXISTS per CA: one probe of certificates_ca_not_after (migration 23) for each of the few CAs, where
    // "id IN (SELECT ca_id ...)" listed every unexpired certificate.
    auto q =
        m_db.exec(QStringLiteral("SELECT id FROM cas WHERE active = 1 OR EXISTS (SELECT 1 FROM certificates"
                                 " WHERE certificates.ca_id = cas.id AND not_after > ?)"
                                 " ORDER BY active DESC, id"),
                  {nowUtc.toSecsSinceEpoch()});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

} // namespace certdesk
