#pragma once
// Enumerations shared by the CA, the store and the workflows, with their stable string ids
// (stored in the database and used on the command line).
#include <QString>
#include <optional>

namespace certdesk {

enum class KeyType { EcP256, EcP384, Rsa2048, Rsa3072 };
QString keyTypeId(KeyType type);                         // "p256", "p384", "rsa2048", "rsa3072"
std::optional<KeyType> keyTypeFromId(const QString& id); // inverse; nullopt when unknown
QString keyTypeDisplayName(KeyType type);                // translated, e.g. "ECDSA P-256"

enum class Pkcs12Profile { Compatible, Modern };
QString pkcs12ProfileId(Pkcs12Profile profile); // "compatible", "modern"
std::optional<Pkcs12Profile> pkcs12ProfileFromId(const QString& id);
QString pkcs12ProfileDisplayName(Pkcs12Profile profile); // translated

// RFC 5280 CRLReason codes that CertDesk offers.
enum class RevocationReason {
    Unspecified = 0,
    KeyCompromise = 1, // "device lost"
    AffiliationChanged = 3,
    Superseded = 4,
    CessationOfOperation = 5,
};
QString revocationReasonId(
    RevocationReason reason); // "unspecified", "lost", "affiliation-changed", "superseded", "cessation"
std::optional<RevocationReason> revocationReasonFromId(const QString& id);
QString
revocationReasonDisplayName(RevocationReason reason); // translated, e.g. "Device lost (key compromise)"

} // namespace certdesk
