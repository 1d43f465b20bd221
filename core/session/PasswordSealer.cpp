#include "session/PasswordSealer.h"
#include "ca/SealedBox.h"
#include "store/Transaction.h"

#include <QtEndian>

namespace certdesk {

QByteArray PasswordSealer::header(qint64 id)
{
    QByteArray h(9, Qt::Uninitialized);
    h[0] = 'K';
    qToBigEndian<qint64>(id, h.data() + 1);
    return h;
}

Result<std::shared_ptr<const PasswordSealer>> PasswordSealer::create(WorkflowContext& ctx)
{
    auto ca = ctx.unlockedCa();
    if (!ca)
        return ca.error();
    // Reuse the newest data key of this CA (opening it needs the CA key, which is unlocked anyway).
    auto latest = ctx.db().exec(
        QStringLiteral("SELECT id, sealed FROM sealed_keys WHERE ca_id = ? ORDER BY id DESC LIMIT 1"),
        {ctx.unlockedCaId()});
    if (!latest)
        return latest.error();
    if (latest->next()) {
        const qint64 id = latest->value(0).toLongLong();
        auto raw =
            SealedBox::open(ca.value()->key(), ca.value()->certificate(), latest->value(1).toByteArray());
        if (raw) {
            if (auto key = AeadKey::fromBytes(raw.value()))
                return std::shared_ptr<const PasswordSealer>(new PasswordSealer(id, key.value()));
        }
    }
    latest->finish();
    auto key = AeadKey::generate();
    if (!key)
        return key.error();
    auto sealed = SealedBox::seal(ca.value()->certificate(), key->bytes());
    if (!sealed)
        return sealed.error();
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto q = ctx.db().exec(
        QStringLiteral("INSERT INTO sealed_keys (ca_id, sealed, created_at) VALUES (?,?,?) RETURNING id"),
        {ctx.unlockedCaId(), sealed.value(), ctx.now().toSecsSinceEpoch()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, tr("The protected key was not stored."));
    const qint64 id = q->value(0).toLongLong();
    q->finish(); // SQLite cannot commit while the statement is open
    if (auto s = tx.commit(); !s)
        return s.error();
    return std::shared_ptr<const PasswordSealer>(new PasswordSealer(id, key.value()));
}

Result<QByteArray> PasswordSealer::seal(const QByteArray& password) const
{
    const QByteArray h = header(m_id);
    auto body = m_key.encrypt(password, h);
    if (!body)
        return body.error();
    return h + body.value();
}

Result<QByteArray> PasswordSealer::Opener::open(const QByteArray& blob)
{
    if (!m_permitted) {
        if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("open sealed password")); !s)
            return s.error();
        m_permitted = true;
    }
    if (blob.size() < 9 || blob.at(0) != 'K')
        return makeError(ErrorCode::Crypto, PasswordSealer::tr("The protected password is damaged."));
    const qint64 id = qFromBigEndian<qint64>(blob.constData() + 1);
    auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd()) {
        auto ca = m_ctx.unlockedCa();
        if (!ca)
            return ca.error();
        auto q = m_ctx.db().exec(QStringLiteral("SELECT sealed FROM sealed_keys WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::Crypto,
                             PasswordSealer::tr("The key protecting this password is missing."));
        auto raw = SealedBox::open(ca.value()->key(), ca.value()->certificate(), q->value(0).toByteArray());
        if (!raw)
            return raw.error();
        auto key = AeadKey::fromBytes(raw.value());
        if (!key)
            return key.error();
        it = m_keys.insert(id, key.value());
    }
    return it->decrypt(blob.mid(9), blob.left(9));
}

} // namespace certdesk
