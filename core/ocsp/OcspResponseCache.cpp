#include "ocsp/OcspResponseCache.h"

namespace certdesk {
namespace {

bool sameStatus(const OcspCertStatus& a, const OcspCertStatus& b)
{
    if (a.state != b.state)
        return false;
    return a.state != OcspCertState::Revoked || (a.revokedAtUtc == b.revokedAtUtc && a.reason == b.reason);
}

} // namespace

OcspResponseCache::OcspResponseCache(qint64 maxAgeSecs, qsizetype maxEntries)
    : m_maxAgeSecs(maxAgeSecs), m_maxEntries(qMax<qsizetype>(1, maxEntries))
{
}

QByteArray OcspResponseCache::respond(const OcspResponderSet& responders, QByteArrayView requestDer,
                                      const OcspResponderSet::Lookup& lookup, const QDateTime& nowUtc)
{
    const QByteArray key = requestDer.toByteArray();
    std::optional<Entry> cached;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd())
            cached = it.value();
    }
    if (cached && nowUtc.isValid()) {
        const qint64 age = cached->producedAtUtc.secsTo(nowUtc);
        bool current = age >= 0 && age < m_maxAgeSecs;
        // The lookups run outside the lock: they ask the database.
        for (qsizetype i = 0; current && i < cached->statuses.size(); ++i) {
            const LookedUp& l = cached->statuses.at(i);
            current = sameStatus(lookup(l.caId, l.serialHex), l.status);
        }
        if (current) {
            m_hits.fetch_add(1, std::memory_order_relaxed);
            return cached->response;
        }
    }

    Entry fresh;
    fresh.producedAtUtc = nowUtc;
    const OcspResponderSet::Lookup recording = [&lookup, &fresh](qint64 caId, const QString& serialHex) {
        OcspCertStatus status = lookup(caId, serialHex);
        fresh.statuses.append(LookedUp{caId, serialHex, status});
        return status;
    };
    bool cacheable = false;
    fresh.response = responders.respond(requestDer, recording, nowUtc, &cacheable);
    const QMutexLocker lock(&m_mutex);
    if (!cacheable) {
        m_entries.remove(key);
        return fresh.response;
    }
    if (m_entries.size() >= m_maxEntries && !m_entries.contains(key))
        m_entries.clear(); // bounded memory; the busy requests come back at once
    m_entries.insert(key, fresh);
    return fresh.response;
}

void OcspResponseCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

qsizetype OcspResponseCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace certdesk
