#pragma once
// OCSP for several CAs of one database: the active CA and the ones `ca import` replaced while their
// certificates are still in use. One responder (CA certificate + its delegated signer) per CA; a request is
// answered by the responder of the CA its CertIDs name.
#include "ocsp/OcspResponder.h"

#include <QList>
#include <vector>

namespace certdesk {

class OcspResponderSet
{
public:
    // Status of one serial of the CA with this id.
    using Lookup = std::function<OcspCertStatus(qint64 caId, const QString& serialHex)>;

    // Adds or replaces the responder of CA `caId`.
    void insert(qint64 caId, OcspResponder responder);
    void remove(qint64 caId);
    void clear() { m_responders.clear(); }
    // The responder that answers requests naming no CA of the set (with "unknown"): the active CA's.
    // Without one (or when it is not in the set), the first one added.
    void setPrimary(qint64 caId) { m_primary = caId; }
    bool isEmpty() const { return m_responders.empty(); }
    const OcspResponder* find(qint64 caId) const;
    QList<qint64> caIds() const;

    // The answer of the first responder (in insertion order) whose CA a CertID of the request names, else of
    // the primary one; one signer signs a response, so CertIDs of other CAs in the same request are
    // "unknown". Empty when the set is empty. `cacheable`: as OcspResponder::respond.
    QByteArray respond(QByteArrayView requestDer, const Lookup& lookup, const QDateTime& nowUtc,
                       bool* cacheable = nullptr) const;

private:
    std::vector<std::pair<qint64, OcspResponder>> m_responders;
    qint64 m_primary = 0;
};

} // namespace certdesk
