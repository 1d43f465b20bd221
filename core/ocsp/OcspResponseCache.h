#pragma once
// Signed OCSP responses kept for requests without a nonce: nginx's ssl_ocsp sends the same DER request for a
// device on every handshake, and signing is the expensive part of an answer. The cache saves the signing,
// never the lookup: before cached bytes are served, the status of every serial they state is looked up
// again, and they are served only when each status is still exactly the one they state and they are younger
// than maxAgeSecs (so thisUpdate stays honest). A revocation committed anywhere — this process, another
// desktop, the CLI — therefore changes the very next answer, whatever the change feed has seen so far.
#include "ocsp/OcspResponderSet.h"

#include <QHash>
#include <QMutex>

#include <atomic>

namespace certdesk {

// Thread-safe: respond() may run on several threads at once (with a lookup that is safe there).
class OcspResponseCache
{
public:
    static constexpr qint64 DefaultMaxAgeSecs = 60;       // well below nextUpdate - thisUpdate (1 hour)
    static constexpr qsizetype DefaultMaxEntries = 20000; // then the cache starts again from empty

    explicit OcspResponseCache(qint64 maxAgeSecs = DefaultMaxAgeSecs,
                               qsizetype maxEntries = DefaultMaxEntries);

    // The answer of `responders` to `requestDer` (as OcspResponderSet::respond): the cached bytes of the same
    // request when every status they state is still current and they are younger than the maximum age, else
    // a fresh answer, kept when it is a successful one to a request without a nonce. A request with a nonce
    // is always signed afresh.
    QByteArray respond(const OcspResponderSet& responders, QByteArrayView requestDer,
                       const OcspResponderSet::Lookup& lookup, const QDateTime& nowUtc);
    // Forgets every response (new signers, the database changed).
    void clear();
    qsizetype size() const;
    quint64 hits() const { return m_hits.load(std::memory_order_relaxed); }

private:
    struct LookedUp
    {
        qint64 caId = 0;
        QString serialHex;
        OcspCertStatus status;
    };
    struct Entry
    {
        QByteArray response;
        QDateTime producedAtUtc; // the nowUtc it was signed for (its thisUpdate)
        QList<LookedUp> statuses;
    };

    qint64 m_maxAgeSecs;
    qsizetype m_maxEntries;
    mutable QMutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
    std::atomic<quint64> m_hits{0};
};

} // namespace certdesk
