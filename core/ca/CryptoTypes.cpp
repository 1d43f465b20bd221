#include "ca/CryptoTypes.h"

#include <QCoreApplication>

namespace certdesk {

QString keyTypeId(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return QStringLiteral("p256");
    case KeyType::EcP384:
        return QStringLiteral("p384");
    case KeyType::Rsa2048:
        return QStringLiteral("rsa2048");
    case KeyType::Rsa3072:
        return QStringLiteral("rsa3072");
    }
    return {};
}

std::optional<KeyType> keyTypeFromId(const QString& id)
{
    for (const KeyType t : {KeyType::EcP256, KeyType::EcP384, KeyType::Rsa2048, KeyType::Rsa3072}) {
        if (keyTypeId(t) == id)
            return t;
    }
    return std::nullopt;
}

QString keyTypeDisplayName(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return QCoreApplication::translate("CryptoTypes", "ECDSA P-256");
    case KeyType::EcP384:
        return QCoreApplication::translate("CryptoTypes", "ECDSA P-384");
    case KeyType::Rsa2048:
        return QCoreApplication::translate("CryptoTypes", "RSA 2048");
    case KeyType::Rsa3072:
        return QCoreApplication::translate("CryptoTypes", "RSA 3072");
    }
    return {};
}

QString pkcs12ProfileId(Pkcs12Profile profile)
{
    switch (profile) {
    case Pkcs12Profile::Compatible:
        return QStringLiteral("compatible");
    case Pkcs12Profile::Modern:
        return QStringLiteral("modern");
    }
    return {};
}

std::optional<Pkcs12Profile> pkcs12ProfileFromId(const QString& id)
{
    for (const Pkcs12Profile p : {Pkcs12Profile::Compatible, Pkcs12Profile::Modern}) {
        if (pkcs12ProfileId(p) == id)
            return p;
    }
    return std::nullopt;
}

QString pkcs12ProfileDisplayName(Pkcs12Profile profile)
{
    switch (profile) {
    case Pkcs12Profile::Compatible:
        return QCoreApplication::translate("CryptoTypes", "Compatible (3DES, SHA-1 MAC)");
    case Pkcs12Profile::Modern:
        return QCoreApplication::translate("CryptoTypes", "Modern (AES-256, SHA-256 MAC)");
    }
    return {};
}

QString revocationReasonId(RevocationReason reason)
{
    switch (reason) {
    case RevocationReason::Unspecified:
        return QStringLiteral("unspecified");
    case RevocationReason::KeyCompromise:
        return QStringLiteral("lost");
    case RevocationReason::AffiliationChanged:
        return QStringLiteral("affiliation-changed");
    case RevocationReason::Superseded:
        return QStringLiteral("superseded");
    case RevocationReason::CessationOfOperation:
        return QStringLiteral("cessation");
    }
    return {};
}

std::optional<RevocationReason> revocationReasonFromId(const QString& id)
{
    for (const RevocationReason r : {RevocationReason::Unspecified, RevocationReason::KeyCompromise,
                                     RevocationReason::AffiliationChanged, RevocationReason::Superseded,
                                     RevocationReason::CessationOfOperation}) {
        if (revocationReasonId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString revocationReasonDisplayName(RevocationReason reason)
{
    switch (reason) {
    case RevocationReason::Unspecified:
        return QCoreApplication::translate("CryptoTypes", "Unspecified");
    case RevocationReason::KeyCompromise:
        return QCoreApplication::translate("CryptoTypes", "Device lost (key compromise)");
    case RevocationReason::AffiliationChanged:
        return QCoreApplication::translate("CryptoTypes", "Affiliation changed");
    case RevocationReason::Superseded:
        return QCoreApplication::translate("CryptoTypes", "Superseded");
    case RevocationReason::CessationOfOperation:
        return QCoreApplication::translate("CryptoTypes", "Cessation of operation");
    }
    return {};
}

} // namespace certdesk
