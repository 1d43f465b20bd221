#include "revocation/HistoryCheckpoints.h"
#include "ca/DetachedSignature.h"

namespace certdesk {

Result<HistoryCheckpoint> HistoryCheckpoints::sign(const CertificateAuthority& ca, qint64 caId,
                                                   const QString& kind)
{
    Database& db = m_ctx.db();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    // The head is locked like an append locks it: the signed head is the newest row's, no row slips in.
    auto head = db.exec(QStringLiteral("SELECT last_hash, row_count FROM history_head WHERE id = 1") +
                        db.forUpdate());
    if (!head)
        return head.error();
    if (!head->next())
        return makeError(ErrorCode::Database,
                         tr("The operation history is damaged: its head row is missing."));
    HistoryCheckpoint c;
    c.headHash = head->value(0).toString().toLatin1();
    c.rowCount = head->value(1).toLongLong();
    head->finish();
    if (c.rowCount <= 0)
        return makeError(ErrorCode::Invalid, tr("The history is empty: there is nothing to sign yet."));
    auto last = db.exec(QStringLiteral("SELECT MAX(id) FROM history"));
    if (!last)
        return last.error();
    c.lastId = last->next() ? last->value(0).toLongLong() : 0;
    c.at = QDateTime::fromMSecsSinceEpoch(m_ctx.now().toMSecsSinceEpoch(), Qt::UTC);
    c.caId = caId;
    c.caFingerprint = ca.certificate().sha256Fingerprint();
    c.kind = kind;
    auto signature = DetachedSigner::sign(ca.key(), c.message());
    if (!signature)
        return signature.error();
    c.algorithm = signature->algorithm;
    c.signature = signature->signature;
    auto id = HistoryCheckpointStore(db).insert(c);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    c.id = id.value();
    return c;
}

void HistoryCheckpoints::afterCrl(const CertificateAuthority& ca, qint64 caId)
{
    auto signedNow = sign(ca, caId, CheckpointKind::Crl);
    if (signedNow)
        return;
    Transaction tx(m_ctx.db());
    Status recorded = tx.begin();
    if (recorded) {
        HistoryEntry h = m_ctx.historyEntry(Op::Failure);
        h.remarks = tr("The history checkpoint was not signed: %1").arg(signedNow.error().message).left(500);
        h.details = QStringLiteral("history-checkpoint");
        recorded = m_ctx.commitWithHistory(tx, h);
    }
    if (!recorded)
        qWarning("the history checkpoint failure was not recorded: %s", qPrintable(recorded.error().message));
}

Result<bool> HistoryCheckpoints::signIfDue(const std::function<WorkflowContext*()>& fallback)
{
    auto newest = HistoryCheckpointStore(m_ctx.db()).newest();
    if (!newest)
        return newest.error();
    if (newest.value() && newest.value()->at.secsTo(m_ctx.now()) < kMaxAgeSecs)
        return false;
    auto head = m_ctx.db().exec(QStringLiteral("SELECT row_count FROM history_head WHERE id = 1"));
    if (!head)
        return head.error();
    const qint64 rows = head->next() ? head->value(0).toLongLong() : 0;
    if (rows == 0 || (newest.value() && newest.value()->rowCount == rows))
        return false;
    WorkflowContext* signer = &m_ctx;
    // A key unlocked only for this checkpoint is forgotten right after it (the portal keeps none).
    const bool wasUnlocked = m_ctx.unlockedCaId() != 0;
    auto ca = m_ctx.unlockedCaQuietly();
    if (!ca) {
        signer = fallback ? fallback() : nullptr;
        if (!signer)
            return false;
        ca = signer->unlockedCaQuietly();
        if (!ca)
            return false;
    }
    auto signedNow = sign(*ca.value(), signer->unlockedCaId(), CheckpointKind::Daily);
    if (signer == &m_ctx && !wasUnlocked)
        m_ctx.forgetUnlockedCa();
    if (!signedNow)
        return signedNow.error();
    return true;
}

} // namespace certdesk
