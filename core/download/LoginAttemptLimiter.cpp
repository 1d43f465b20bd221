#include "download/LoginAttemptLimiter.h"
#include "download/DownloadLink.h"
#include "store/Transaction.h"

namespace certdesk {
namespace {

// One address may fail on this many times as many links as one link allows failures.
constexpr int kAddressFactor = 4;

QString addressKey(const QString& address)
{
    return address.left(64);
}

void warn(const Error& error)
{
    qWarning("login attempt limiter: %s", qPrintable(error.message));
}

} // namespace

Result<int> LoginAttemptLimiter::count(const char* column, const QString& value, const QDateTime& now)
{
    // `column` is one of two constant names; the values are bound.
    auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE ") + QLatin1String(column) +
                            QStringLiteral(" = ? AND at_ms > ?"),
                        {value, cutoffMs(now)});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

bool LoginAttemptLimiter::isLocked(const QString& token, const QString& address, const QDateTime& now)
{
    auto byToken = count("token_hash", DownloadLink::tokenHash(token), now);
    if (!byToken) {
        warn(byToken.error());
        return false;
    }
    if (byToken.value() >= m_max)
        return true;
    auto byAddress = count("address", addressKey(address), now);
    if (!byAddress) {
        warn(byAddress.error());
        return false;
    }
    return byAddress.value() >= kAddressFactor * m_max;
}

bool LoginAttemptLimiter::recordFailure(const QString& token, const QString& address, const QDateTime& now)
{
    const QString hash = DownloadLink::tokenHash(token);
    const QString addr = addressKey(address);
    Transaction tx(*m_db);
    if (auto s = tx.begin(); !s) {
        warn(s.error());
        return false;
    }
    // Portals recording at once take turns (SQLite: the write transaction itself), so that exactly one
    // of them sees the failure that reaches the limit.
    if (m_db->isPostgres()) {
        if (auto l = m_db->exec(QStringLiteral("SELECT pg_advisory_xact_lock(727275)")); !l) {
            warn(l.error());
            return false;
        }
    }
    if (auto d = m_db->exec(QStringLiteral("DELETE FROM login_failures WHERE at_ms <= ?"), {cutoffMs(now)});
        !d) {
        warn(d.error());
        return false;
    }
    if (auto i = m_db->exec(QStringLiteral("INSERT INTO login_failures (token_hash, address, at_ms) VALUES "
                                           "(?, ?, ?)"),
                            {hash, addr, now.toMSecsSinceEpoch()});
        !i) {
        warn(i.error());
        return false;
    }
    auto byToken = count("token_hash", hash, now);
    auto byAddress = count("address", addr, now);
    if (!byToken || !byAddress) {
        warn(byToken ? byAddress.error() : byToken.error());
        return false;
    }
    if (auto s = tx.commit(); !s) {
        warn(s.error());
        return false;
    }
    return byToken.value() == m_max || byAddress.value() == kAddressFactor * m_max;
}

int LoginAttemptLimiter::failures(const QString& token, const QDateTime& now)
{
    auto n = count("token_hash", DownloadLink::tokenHash(token), now);
    if (!n) {
        warn(n.error());
        return 0;
    }
    return n.value();
}

void LoginAttemptLimiter::forget(const QString& token)
{
    if (auto d = m_db->exec(QStringLiteral("DELETE FROM login_failures WHERE token_hash = ?"),
                            {DownloadLink::tokenHash(token)});
        !d)
        warn(d.error());
}

} // namespace certdesk
