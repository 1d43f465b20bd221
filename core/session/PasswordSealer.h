#pragma once
// Keeps key passwords encrypted in the database so that only the CA key holder can read them (ZIP
// export password list, manual passwords of a pending bulk row). One CMS seal to the CA per data key
// (sealed_keys); each password is AES-256-GCM under that key: ~1 µs instead of an ECDH per password.
// Blob format: 'K' || data key id (8 bytes, big endian) || nonce || ciphertext || tag.
#include "ca/AeadKey.h"
#include "session/WorkflowContext.h"

#include <QHash>
#include <QMutex>

namespace certdesk {

class PasswordSealer
{
    Q_DECLARE_TR_FUNCTIONS(PasswordSealer)
public:
    // The newest data key of the active CA, or a new one stored sealed (its own small transaction: call
    // outside others).
    static Result<std::shared_ptr<const PasswordSealer>> create(WorkflowContext& ctx);
    // Thread-safe.
    Result<QByteArray> seal(const QByteArray& password) const;

    // Opens blobs with the unlocked CA key; caches the data keys it has opened. Not thread-safe. Reading
    // a sealed password needs Permission::IssueAndRevoke (resending a key-password mail); the workflows
    // that open them (ZIP export, bulk issuance, the outbox) check their own permission first.
    class Opener
    {
    public:
        explicit Opener(WorkflowContext& ctx) : m_ctx(ctx) {}
        Result<QByteArray> open(const QByteArray& blob);

    private:
        WorkflowContext& m_ctx;
        QHash<qint64, AeadKey> m_keys;
        bool m_permitted = false; // the acting operator may read sealed passwords (checked once)
    };

private:
    PasswordSealer(qint64 id, AeadKey key) : m_id(id), m_key(std::move(key)) {}
    static QByteArray header(qint64 id);
    qint64 m_id;
    AeadKey m_key;
};

} // namespace certdesk
