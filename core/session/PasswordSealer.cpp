#include "session/PasswordSealer.h"
#include "ca/SealedBox.h"
#include "store/Transaction.h"

#include <QtEndian>

namespace certdesk {

namespace {
constexpr char kV1 = 'K';
constexpr char kV2 = 'B';
} // namespace

QByteArray PasswordSealer::header(char version, qint64 id)
{
    QByteArray h(9, Qt::Uninitialized);
    h[0] = version;
    qToBigEndian<qint64>(id, h.data() + 1);
    return h;
}

QByteArray PasswordSealer::additionalData(const QByteArray& binding, qint64 id)
{
    return QByteArrayLiteral("certdesk-sealed-v2|") + binding + QByteArrayLiteral("|key:") +
           QByteArray::number(id);
}

QByteArray PasswordSealer::certificateBinding(const QString& serialHex)
{
    return QByteArrayLiteral("cert:") + serialHex.toUpper().toUtf8();
}

QByteArray PasswordSealer::outboxBinding(const QString& kind, const QString& recipient, const QString& login,
                                         const QString& device)
{
    // Each value is percent-encoded so that no value can imitate a separator.
    return QByteArrayLiteral("outbox|kind:") + kind.toUtf8().toPercentEncoding() + QByteArrayLiteral("|to:") +
           recipient.trimmed().toLower().toUtf8().toPercentEncoding() + QByteArrayLiteral("|login:") +
           login.toUtf8().toPercentEncoding() + QByteArrayLiteral("|device:") +
           device.toUtf8().toPercentEncoding();
}

QByteArray PasswordSealer::bulkRowBinding(int line, const QString& login, const QString& device)
{
    return QByteArrayLiteral("bulk|line:") + QByteArray::number(line) + QByteArrayLiteral("|login:") +
           login.toUtf8().toPercentEncoding() + QByteArrayLiteral("|device:") +
           device.toUtf8().toPercentEncoding();
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

Result<QByteArray> PasswordSealer::seal(const QByteArray& password, const QByteArray& binding) const
{
    if (binding.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A protected password must belong to a record."));
    auto body = m_key.encrypt(password, additionalData(binding, m_id));
    if (!body)
        return body.error();
    return header(kV2, m_id) + body.value();
}

Result<AeadKey> PasswordSealer::Opener::dataKey(qint64 id)
{
    if (auto it = m_keys.constFind(id); it != m_keys.constEnd())
        return it.value();
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
    m_keys.insert(id, key.value());
    return key.value();
}

Result<QByteArray> PasswordSealer::Opener::open(const QByteArray& blob, const QByteArray& binding,
                                                const QString& legacyRow)
{
    if (!m_permitted) {
        if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("open sealed password")); !s)
            return s.error();
        m_permitted = true;
    }
    if (blob.size() < 9 || (blob.at(0) != kV1 && blob.at(0) != kV2))
        return makeError(ErrorCode::Crypto, PasswordSealer::tr("The protected password is damaged."));
    const Error notThisRow = makeError(
        ErrorCode::Crypto,
        PasswordSealer::tr("The protected password does not belong to this record: it was moved from "
                           "another record or altered in the database. It was not used."));
    const qint64 id = qFromBigEndian<qint64>(blob.constData() + 1);
    if (blob.at(0) == kV1) {
        // Sealed before migration 16, without a binding: only for a row that migration listed.
        if (legacyRow.isEmpty())
            return notThisRow;
        auto listed =
            m_ctx.db().exec(QStringLiteral("SELECT 1 FROM sealed_legacy WHERE row_ref = ?"), {legacyRow});
        if (!listed)
            return listed.error();
        const bool isLegacy = listed->next();
        listed->finish();
        if (!isLegacy)
            return notThisRow;
    }
    auto key = dataKey(id);
    if (!key)
        return key.error();
    auto opened = blob.at(0) == kV1 ? key->decrypt(blob.mid(9), blob.left(9))
                                    : key->decrypt(blob.mid(9), additionalData(binding, id));
    if (!opened && opened.error().code == ErrorCode::Crypto)
        return notThisRow;
    return opened;
}

} // namespace certdesk
