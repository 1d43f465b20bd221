#include "store/CaStore.h"

#include <QTimeZone>

namespace certdesk {
namespace {

const QString kColumns =
    QStringLiteral("id, name, subject, cert_der, chain_pem, key_pem, key_type, fingerprint, serial,"
                   " not_before, not_after, crl_number, created_at");

CaRecord readCa(const QSqlQuery& q)
{
    CaRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.subject = q.value(2).toString();
    c.certDer = q.value(3).toByteArray();
    c.chainPem = q.value(4).toString().toLatin1();
    c.encryptedKeyPem = q.value(5).toString().toLatin1();
    c.keyType = q.value(6).toString();
    c.fingerprint = q.value(7).toString();
    c.serialHex = q.value(8).toString();
    c.notBefore = QDateTime::fromSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    c.notAfter = QDateTime::fromSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    c.crlNumber = q.value(11).toLongLong();
    c.createdAt = QDateTime::fromSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    return c;
}

} // namespace

Result<qint64> CaStore::insert(const CaRecord& c)
{
    if (auto d = m_db.exec(QStringLiteral("UPDATE cas SET active = 0")); !d)
        return d.error();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO cas (name, subject, cert_der, chain_pem, key_pem, key_type, fingerprint,"
                       " serial, not_before, not_after, crl_number, active, created_at)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,0,1,?) RETURNING id"),
        {c.name, c.subject, c.certDer, QString::fromLatin1(c.chainPem),
         QString::fromLatin1(c.encryptedKeyPem), c.keyType, c.fingerprint, c.serialHex,
         c.notBefore.toSecsSinceEpoch(), c.notAfter.toSecsSinceEpoch(), c.createdAt.toSecsSinceEpoch()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The CA was not stored."));
    return q->value(0).toLongLong();
}

Result<std::optional<CaRecord>> CaStore::active()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM cas WHERE active = 1 ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CaRecord>();
    return std::optional<CaRecord>(readCa(q.value()));
}

Result<std::optional<CaRecord>> CaStore::findById(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM cas WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CaRecord>();
    return std::optional<CaRecord>(readCa(q.value()));
}

Result<QList<CaRecord>> CaStore::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM cas ORDER BY active DESC, id DESC"));
    if (!q)
        return q.error();
    QList<CaRecord> cas;
    while (q->next())
        cas.append(readCa(q.value()));
    return cas;
}

Result<qint64> CaStore::nextCrlNumber(qint64 caId)
{
    auto u = m_db.exec(
        QStringLiteral("UPDATE cas SET crl_number = crl_number + 1 WHERE id = ? RETURNING crl_number"),
        {caId});
    if (!u)
        return u.error();
    if (!u->next())
        return makeError(ErrorCode::NotFound, tr("The CA was not found."));
    return u->value(0).toLongLong();
}

} // namespace certdesk
