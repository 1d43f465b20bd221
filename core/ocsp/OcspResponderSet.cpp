#include "ocsp/OcspResponderSet.h"

#include <algorithm>

namespace certdesk {

void OcspResponderSet::insert(qint64 caId, OcspResponder responder)
{
    for (auto& entry : m_responders) {
        if (entry.first == caId) {
            entry.second = std::move(responder);
            return;
        }
    }
    m_responders.emplace_back(caId, std::move(responder));
}

void OcspResponderSet::remove(qint64 caId)
{
    m_responders.erase(std::remove_if(m_responders.begin(), m_responders.end(),
                                      [caId](const auto& entry) { return entry.first == caId; }),
                       m_responders.end());
}

const OcspResponder* OcspResponderSet::find(qint64 caId) const
{
    for (const auto& entry : m_responders) {
        if (entry.first == caId)
            return &entry.second;
    }
    return nullptr;
}

QList<qint64> OcspResponderSet::caIds() const
{
    QList<qint64> ids;
    for (const auto& entry : m_responders)
        ids.append(entry.first);
    return ids;
}

QByteArray OcspResponderSet::respond(QByteArrayView requestDer, const Lookup& lookup, const QDateTime& nowUtc,
                                     bool* cacheable) const
{
    if (cacheable)
        *cacheable = false;
    if (m_responders.empty())
        return {};
    const std::pair<qint64, OcspResponder>* chosen = nullptr;
    for (const auto& entry : m_responders) {
        if (entry.second.isIssuerOfAny(requestDer)) {
            chosen = &entry;
            break;
        }
    }
    for (const auto& entry : m_responders) {
        if (!chosen && entry.first == m_primary)
            chosen = &entry;
    }
    if (!chosen)
        chosen = &m_responders.front();
    const qint64 caId = chosen->first;
    return chosen->second.respond(
        requestDer, [&lookup, caId](const QString& serial) { return lookup(caId, serial); }, nowUtc,
        cacheable);
}

} // namespace certdesk
