#pragma once
// Keeps key passwords encrypted in the database so that only the CA key holder can read them (ZIP
// export password list, manual passwords of a pending bulk row, the outbox's key-password mails). One CMS
// seal to the CA per data key (sealed_keys); each password is AES-256-GCM under that key: ~1 µs instead of
// an ECDH per password.
//
// Every sealed secret is bound to the row it belongs to (security review #13, item 17): the GCM
// additional data is "certdesk-sealed-v2|<binding>|key:<data key id>", where the binding names the
// certificate (its serial number), the outbox mail (kind, recipient, user, device) or the bulk row (line,
// user, device). A blob copied into another row does not open there.
// Blob formats: v2 'B' || data key id (8 bytes, big endian) || nonce || ciphertext || tag;
//               v1 'K' || … (before migration 16: the header alone as additional data). A v1 blob is
//               opened only for a row that migration 16 listed in sealed_legacy (read-only for the
//               operators' roles on PostgreSQL); a v2 ciphertext never opens as v1.
#include "ca/AeadKey.h"
#include "session/WorkflowContext.h"

#include <QHash>
#include <QMutex>

namespace certdesk {

class PasswordSealer
{
    Q_DECLARE_TR_FUNCTIONS(PasswordSealer)
public:
    // What a secret is bound to (the "binding" of seal() and open()).
    static QByteArray certificateBinding(const QString& serialHex);
    static QByteArray outboxBinding(const QString& kind, const QString& recipient, const QString& login,
                                    const QString& device);
    static QByteArray bulkRowBinding(int line, const QString& login, const QString& device);
    // sealed_legacy row references (migration 16) of rows sealed before the binding existed.
    static QString certificateRow(qint64 id) { return QStringLiteral("certificate:%1").arg(id); }
    static QString outboxRow(qint64 id) { return QStringLiteral("outbox:%1").arg(id); }
    static QString bulkRow(qint64 jobId, int line)
    {
        return QStringLiteral("bulk:%1:%2").arg(jobId).arg(line);
    }

    // The newest data key of the active CA, or a new one stored sealed (its own small transaction: call
    // outside others).
    static Result<std::shared_ptr<const PasswordSealer>> create(WorkflowContext& ctx);
    // Thread-safe. `binding`: one of the *Binding() values above.
    Result<QByteArray> seal(const QByteArray& password, const QByteArray& binding) const;

    // Opens blobs with the unlocked CA key; caches the data keys it has opened. Not thread-safe. Reading
    // a sealed password needs Permission::IssueAndRevoke (resending a key-password mail); the workflows
    // that open them (ZIP export, bulk issuance, the outbox) check their own permission first.
    class Opener
    {
    public:
        explicit Opener(WorkflowContext& ctx) : m_ctx(ctx) {}
        // `binding` as given to seal(); `legacyRow` the row's sealed_legacy reference (a v1 blob opens
        // only when that row is listed there). ErrorCode::Crypto when the blob belongs to another row.
        Result<QByteArray> open(const QByteArray& blob, const QByteArray& binding, const QString& legacyRow);

    private:
        Result<AeadKey> dataKey(qint64 id);
        WorkflowContext& m_ctx;
        QHash<qint64, AeadKey> m_keys;
        bool m_permitted = false; // the acting operator may read sealed passwords (checked once)
    };

private:
    PasswordSealer(qint64 id, AeadKey key) : m_id(id), m_key(std::move(key)) {}
    static QByteArray header(char version, qint64 id);
    static QByteArray additionalData(const QByteArray& binding, qint64 id);
    qint64 m_id;
    AeadKey m_key;
};

} // namespace certdesk
