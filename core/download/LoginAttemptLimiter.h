#pragma once
// Repeated wrong login IDs on a download link (and from one address) are rate-limited: after
// `maxFailures` failures within `window`, further tries are refused until the window has passed.
// In memory, per portal process.
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace certdesk {

class LoginAttemptLimiter
{
public:
    explicit LoginAttemptLimiter(int maxFailures = 5, qint64 windowSecs = 15 * 60)
        : m_max(maxFailures), m_window(windowSecs)
    {
    }

    bool isLocked(const QString& token, const QString& address, const QDateTime& now);
    // Counts a failure; returns true when this failure locks the link or the address.
    bool recordFailure(const QString& token, const QString& address, const QDateTime& now);
    int failures(const QString& token, const QDateTime& now);
    void forget(const QString& token);
    int maxFailures() const { return m_max; }

private:
    int count(QList<QDateTime>& times, const QDateTime& now) const;
    int m_max;
    qint64 m_window;
    QHash<QString, QList<QDateTime>> m_byToken;
    QHash<QString, QList<QDateTime>> m_byAddress; // 4× the per-link allowance
};

} // namespace certdesk
