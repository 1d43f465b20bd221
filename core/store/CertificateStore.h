#pragma once
// SQL access to certificates. No business rules here.
#include "ca/CrlBuilder.h"
#include "store/Database.h"
#include "store/Records.h"

namespace certdesk {

class CertificateStore
{
    Q_DECLARE_TR_FUNCTIONS(CertificateStore)
public:
    explicit CertificateStore(Database& db) : m_db(db) {}

    // sealedPassword: an auto-generated key password sealed to the CA (SealedBox), kept only until the
    // PKCS#12 is delivered or wiped.
    Result<qint64> insert(const CertificateRecord& cert, const QByteArray& pkcs12,
                          const QByteArray& sealedPassword = {});
    // Batch write (demo data, imports) inside the caller's transaction, one prepared statement: every
    // column as given, including status, download and revocation fields. pkcs12s[i] empty = NULL.
    Status insertBatch(const QList<CertificateRecord>& certs, const QList<QByteArray>& pkcs12s);
    Result<std::optional<CertificateRecord>> findById(qint64 id, bool lockRow = false);
    Result<std::optional<CertificateRecord>> findBySerial(const QString& serialHex, bool lockRow = false);
    // The newest certificate in each slot of a user (what the slot table shows), ordered by slot.
    Result<QList<CertificateRecord>> latestPerSlot(qint64 userId);
    Result<QList<CertificateRecord>> forUser(qint64 userId); // all, newest first
    Result<std::optional<CertificateRecord>> latestInSlot(qint64 userId, int slot, bool lockRow = false);
    Result<QList<int>> occupiedSlots(qint64 userId); // slots holding a certificate that is not revoked
    Result<QByteArray> pkcs12(qint64 id);            // empty when wiped
    Result<QByteArray> sealedPassword(qint64 id);    // empty when none or wiped
    Result<QList<CertificateRecord>> deliverable();  // awaiting download with the PKCS#12 still stored

    // Both wipe the sealed password; revocation also wipes the PKCS#12.
    Status markRevoked(qint64 id, const QDateTime& atUtc, const QString& reasonId);
    Status markDelivered(qint64 id, const QDateTime& atUtc);
    Status setDownloadTokenHash(qint64 id, const QString& sha256Hex); // inside the issuing transaction
    Result<std::optional<CertificateRecord>> findByDownloadTokenHash(const QString& sha256Hex,
                                                                     bool lockRow = false);
    // A portal download: count + 1; awaiting download becomes in use (first download time kept); the sealed
    // key password is wiped.
    Status recordDownload(qint64 id, const QDateTime& atUtc);
    Result<QList<CrlEntry>> revokedEntries(qint64 caId);

    struct Counts
    {
        qint64 issued = 0; // not revoked
        qint64 inUse = 0;
        qint64 awaiting = 0;
        qint64 expiringSoon = 0;
    };
    Result<Counts> counts(const QDateTime& nowUtc, int soonDays = 30);

private:
    Result<std::optional<CertificateRecord>> findOne(const QString& where, const QVariantList& binds,
                                                     bool lockRow);
    Result<QList<CertificateRecord>> findAll(const QString& whereAndOrder, const QVariantList& binds);
    Database& m_db;
};

} // namespace certdesk
