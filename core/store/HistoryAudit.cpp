#include "store/HistoryAudit.h"
#include "ca/Certificate.h"
#include "ca/DetachedSignature.h"

#include <QLocale>

namespace certdesk {

namespace {

enum class Finding { Holds, UnknownCa, BadSignature, RowsRemoved, HeadDiffers };

struct Checked
{
    const HistoryCheckpoint* checkpoint = nullptr;
    bool fromAnchorFile = false;
    Finding finding = Finding::Holds;
    QString caFingerprint; // of the certificate that was used (or named)
};

QString timeText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy/MM/dd HH:mm:ss"));
}

} // namespace

Result<HistoryVerification> HistoryAudit::verify(Database& db, const QList<HistoryCheckpoint>& anchors)
{
    auto stored = HistoryCheckpointStore(db).all();
    if (!stored)
        return stored.error();
    QHash<qint64, QByteArray> heads;
    for (const HistoryCheckpoint& c : stored.value())
        heads.insert(c.rowCount, QByteArray());
    for (const HistoryCheckpoint& c : anchors)
        heads.insert(c.rowCount, QByteArray());
    auto chain = HistoryLog::verify(db, heads);
    if (!chain)
        return chain.error();
    HistoryVerification v = chain.value();

    // Every CA certificate of the database, by id and by fingerprint.
    QHash<qint64, Certificate> byId;
    QHash<QString, Certificate> byFingerprint;
    auto cas = db.exec(QStringLiteral("SELECT id, cert_der FROM cas ORDER BY id"));
    if (!cas)
        return cas.error();
    while (cas->next()) {
        auto cert = Certificate::fromDer(cas->value(1).toByteArray());
        if (!cert)
            continue; // a damaged certificate verifies nothing
        byId.insert(cas->value(0).toLongLong(), cert.value());
        byFingerprint.insert(cert->sha256Fingerprint(), cert.value());
    }

    QList<Checked> checked;
    const auto check = [&](const HistoryCheckpoint& c, bool fromAnchorFile) {
        Checked r{&c, fromAnchorFile, Finding::Holds, c.caFingerprint};
        const Certificate* cert = nullptr;
        if (fromAnchorFile && byFingerprint.contains(c.caFingerprint))
            cert = &byFingerprint[c.caFingerprint];
        else if (!fromAnchorFile && byId.contains(c.caId))
            cert = &byId[c.caId];
        if (!cert) {
            r.finding = Finding::UnknownCa;
            return r;
        }
        // The signed text names the certificate that is here, not what the row claims.
        HistoryCheckpoint signedText = c;
        signedText.caFingerprint = cert->sha256Fingerprint();
        r.caFingerprint = signedText.caFingerprint;
        const DetachedSignature signature{
            fromAnchorFile ? DetachedSigner::algorithmFor(X509_get0_pubkey(cert->get())) : c.algorithm,
            c.signature};
        if (!DetachedSigner::verify(*cert, signature, signedText.message()))
            r.finding = Finding::BadSignature;
        else if (c.rowCount > v.rows)
            r.finding = Finding::RowsRemoved;
        else if (heads.value(c.rowCount) != c.headHash)
            r.finding = Finding::HeadDiffers;
        return r;
    };
    for (const HistoryCheckpoint& c : stored.value())
        checked.append(check(c, false));
    for (const HistoryCheckpoint& c : anchors)
        checked.append(check(c, true));
    v.checkpoints = int(stored->size());
    v.anchorLines = int(anchors.size());

    // The newest checkpoint that holds, and for a failing one the rows in question: after the last
    // checkpoint below it that holds.
    for (const Checked& r : std::as_const(checked)) {
        if (r.finding != Finding::Holds)
            continue;
        const HistoryCheckpoint& c = *r.checkpoint;
        if (!v.newestSignedAt.isValid() || c.rowCount > v.newestSignedRows ||
            (c.rowCount == v.newestSignedRows && c.at > v.newestSignedAt)) {
            v.newestSignedAt = c.at;
            v.newestSignedRows = c.rowCount;
            v.newestSignedBy = r.caFingerprint;
        }
    }
    QString firstProblem;
    for (const Checked& r : std::as_const(checked)) {
        if (r.finding == Finding::Holds)
            continue;
        const HistoryCheckpoint& c = *r.checkpoint;
        qint64 heldBefore = 0;
        for (const Checked& other : std::as_const(checked)) {
            if (other.finding == Finding::Holds && other.checkpoint->rowCount < c.rowCount)
                heldBefore = qMax(heldBefore, other.checkpoint->rowCount);
        }
        const QString what =
            r.fromAnchorFile
                ? tr("Line %1 of the anchor file (%2, %3 rows)").arg(c.id).arg(timeText(c.at)).arg(c.rowCount)
                : tr("Signed checkpoint %1 (%2, %3 rows)").arg(c.id).arg(timeText(c.at)).arg(c.rowCount);
        QString problem;
        switch (r.finding) {
        case Finding::UnknownCa:
            problem =
                tr("%1 names a CA that is not in the database (%2): it was forged, or the CA was removed.")
                    .arg(what, r.caFingerprint.isEmpty() ? tr("CA %1").arg(c.caId) : r.caFingerprint);
            break;
        case Finding::BadSignature:
            problem = tr("%1 has no valid signature of the CA %2: it was forged or changed.")
                          .arg(what, r.caFingerprint);
            break;
        case Finding::RowsRemoved:
            problem = tr("%1 covers more rows than the history has now (%2): rows were removed.")
                          .arg(what)
                          .arg(v.rows);
            break;
        case Finding::HeadDiffers:
            problem = tr("%1 does not match the history: rows %2 to %3 were changed, removed or re-chained "
                         "after it was signed.")
                          .arg(what)
                          .arg(heldBefore + 1)
                          .arg(c.rowCount);
            break;
        case Finding::Holds:
            break;
        }
        if (r.fromAnchorFile && v.firstBadAnchorLine == 0)
            v.firstBadAnchorLine = int(c.id);
        if (!r.fromAnchorFile && v.firstBadCheckpointId == 0)
            v.firstBadCheckpointId = c.id;
        if (firstProblem.isEmpty())
            firstProblem = problem;
    }
    if (!firstProblem.isEmpty()) {
        if (v.intact)
            v.problem = firstProblem;
        v.intact = false;
    }
    return v;
}

QStringList HistoryAudit::summary(const HistoryVerification& v)
{
    QStringList lines;
    lines << (v.chainIntact ? tr("History: %1 row(s); the hash chain is intact.").arg(v.rows)
                            : tr("History: %1 row(s); the hash chain is broken.").arg(v.rows));
    lines << tr("Signed checkpoints checked: %1.").arg(v.checkpoints);
    if (v.anchorLines > 0)
        lines << tr("Anchor file lines checked: %1.").arg(v.anchorLines);
    if (v.newestSignedAt.isValid()) {
        lines << tr("Newest signed checkpoint: %1, covering %2 row(s), signed by the CA %3.")
                     .arg(timeText(v.newestSignedAt))
                     .arg(v.newestSignedRows)
                     .arg(v.newestSignedBy);
        if (v.rowsAfterNewestSigned() > 0)
            lines << tr("%1 row(s) after the newest checkpoint are only hash-chained.")
                         .arg(v.rowsAfterNewestSigned());
    } else {
        lines << tr("No signed checkpoint holds: the whole history is only hash-chained.");
    }
    return lines;
}

} // namespace certdesk
