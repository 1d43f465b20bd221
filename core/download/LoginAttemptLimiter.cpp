#include "download/LoginAttemptLimiter.h"

namespace certdesk {

int LoginAttemptLimiter::count(QList<QDateTime>& times, const QDateTime& now) const
{
    times.removeIf([&](const QDateTime& t) { return t.secsTo(now) >= m_window; });
    return int(times.size());
}

bool LoginAttemptLimiter::isLocked(const QString& token, const QString& address, const QDateTime& now)
{
    bool locked = false;
    if (auto it = m_byToken.find(token); it != m_byToken.end()) {
        locked = count(*it, now) >= m_max;
        if (it->isEmpty())
            m_byToken.erase(it);
    }
    if (auto it = m_byAddress.find(address); it != m_byAddress.end()) {
        locked = locked || count(*it, now) >= 4 * m_max;
        if (it->isEmpty())
            m_byAddress.erase(it);
    }
    return locked;
}

bool LoginAttemptLimiter::recordFailure(const QString& token, const QString& address, const QDateTime& now)
{
    auto& byToken = m_byToken[token];
    auto& byAddress = m_byAddress[address];
    byToken.append(now);
    byAddress.append(now);
    return count(byToken, now) == m_max || count(byAddress, now) == 4 * m_max;
}

int LoginAttemptLimiter::failures(const QString& token, const QDateTime& now)
{
    auto it = m_byToken.find(token);
    return it == m_byToken.end() ? 0 : count(*it, now);
}

void LoginAttemptLimiter::forget(const QString& token)
{
    m_byToken.remove(token);
}

} // namespace certdesk
