#include "store/CertificateStatusQuery.h"

namespace certdesk {

Result<std::optional<CertificateStatusRow>> CertificateStatusQuery::find(const QString& serialHex)
{
    if (!m_query) {
        auto prepared = m_db.prepareKept(QStringLiteral("SELECT ca_id, status, revoked_at, revocation_reason "
                                                        "FROM certificates WHERE serial = ?"));
        if (!prepared)
            return prepared.error();
        m_query = std::move(prepared.value());
    }
    if (auto s = m_db.execPrepared(*m_query, {serialHex.toUpper()}); !s) {
        m_query.reset(); // prepared again next time (e.g. on a new connection after a loss)
        return s.error();
    }
    QSqlQuery& q = *m_query;
    std::optional<CertificateStatusRow> row;
    if (q.next()) {
        row.emplace();
        row->caId = q.value(0).toLongLong();
        row->status = certStatusFromId(q.value(1).toString()).value_or(CertStatus::Issuing);
        if (!q.value(2).isNull())
            row->revokedAtUtc = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        row->revocationReason = q.value(3).toString();
    }
    q.finish(); // no open read statement between requests (SQLite would keep its snapshot)
    return row;
}

} // namespace certdesk
