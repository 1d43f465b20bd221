#pragma once
// Repeated wrong login IDs on a download link (and from one address) are rate-limited: after
// `maxFailures` failures within `window`, further tries are refused until the window has passed.
// Shared through the database (table login_failures, migration 18), so that several portal processes on
// one database count together. A row holds the SHA-256 of the link's token (never the token), the client
// address and the time; rows older than the window are pruned when a failure is recorded. A single wrong
// login ID is bookkeeping, not a change anybody made: it writes no history row (the lock-out does, see
// DownloadService::recordLockout). When the database cannot be read, nothing is locked here: the
// download itself then fails with the database error.
#include "store/Database.h"

#include <QDateTime>
#include <QString>

namespace certdesk {

class LoginAttemptLimiter
{
public:
    explicit LoginAttemptLimiter(DatabasePtr db, int maxFailures = 5, qint64 windowSecs = 15 * 60)
        : m_db(std::move(db)), m_max(maxFailures), m_window(windowSecs)
    {
    }

    bool isLocked(const QString& token, const QString& address, const QDateTime& now);
    // Counts a failure; returns true when this failure locks the link or the address (exactly one of
    // several portals recording at once sees it, so the lock-out is recorded once).
    bool recordFailure(const QString& token, const QString& address, const QDateTime& now);
    int failures(const QString& token, const QDateTime& now);
    void forget(const QString& token);
    int maxFailures() const { return m_max; }

private:
    Result<int> count(const char* column, const QString& value, const QDateTime& now);
    qint64 cutoffMs(const QDateTime& now) const { return now.toMSecsSinceEpoch() - m_window * 1000; }
    DatabasePtr m_db;
    int m_max;
    qint64 m_window;
};

} // namespace certdesk
