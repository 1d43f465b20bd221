#pragma once
#include "ca/CertificateAuthority.h"
#include "revocation/CrlPublisher.h"
#include "session/WorkflowContext.h"

namespace certdesk {

// Create / import the CA, and sign CRLs. Each change writes its history row in the same transaction.
class CaWorkflows
{
    Q_DECLARE_TR_FUNCTIONS(CaWorkflows)
public:
    explicit CaWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    // The new CA becomes active; its key is stored encrypted with `passphrase` (at least 8 characters).
    // A non-empty `orgName` becomes the organisation name setting, written with its "settings-changed"
    // history row in the CA's transaction (no row when it is unchanged).
    Result<CaRecord> createRoot(const CaSubject& subject, KeyType keyType, int validityDays,
                                const QByteArray& passphrase, const QString& orgName = {});
    // PEM (certificate + chain, key in the same or a separate PEM) or PKCS#12, detected from the content.
    // `orgName` as for createRoot().
    Result<CaRecord> import(const QByteArray& data, const QByteArray& keyPem,
                            const QByteArray& importPassword, const QByteArray& passphrase,
                            const QString& orgName = {});
    Result<std::optional<CaRecord>> active();
    // Signs a new CRL with every revoked certificate of the active CA, incrementing the CRL number, and
    // publishes it (CrlPublisher: kept for the portal, written to the folder, command run).
    Result<CrlPublication> generateCrl();

    static QString passphraseError(const QByteArray& passphrase); // translated, empty when acceptable

private:
    Result<CaRecord> store(const CertificateAuthority& ca, const QString& name, const QByteArray& passphrase,
                           const QString& operation, const QString& orgName);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
