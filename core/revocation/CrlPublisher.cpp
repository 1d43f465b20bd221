#include "revocation/CrlPublisher.h"
#include "ca/Certificate.h"
#include "ca/CrlBuilder.h"
#include "revocation/HistoryCheckpoints.h"
#include "store/CaStore.h"
#include "store/CertificateStore.h"
#include "store/CrlStore.h"
#include "store/Settings.h"
#include "util/Failpoint.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <memory>

namespace certdesk {

namespace {

std::unique_ptr<QSaveFile> stage(const QString& path, const QByteArray& data, QString* problem)
{
    auto f = std::make_unique<QSaveFile>(path);
    if (!f->open(QIODevice::WriteOnly) || f->write(data) != data.size()) {
        *problem = CrlPublisher::tr("Could not write the CRL to %1: %2")
                       .arg(QDir::toNativeSeparators(path), f->errorString());
        f->cancelWriting();
        return nullptr;
    }
    return f;
}

// A CA's newest CRL as it goes into the publish folder.
struct CaCrlFile
{
    CaRecord ca;
    bool active = false;
    QByteArray der;
};

// File name → content of everything published for `crls`: each CA's DER and PEM, and the bundle.
QList<QPair<QString, QByteArray>> publishedFiles(const QList<CaCrlFile>& crls)
{
    QList<QPair<QString, QByteArray>> files;
    QByteArray bundle;
    for (const CaCrlFile& c : crls) {
        const QByteArray pem = pemEncode(c.der, "X509 CRL");
        files.append({CrlPublisher::derFileName(c.ca, c.active), c.der});
        files.append({CrlPublisher::pemFileName(c.ca, c.active), pem});
        bundle += pem;
    }
    if (!bundle.isEmpty())
        files.append({CrlPublisher::BundleFileName, bundle});
    return files;
}

// Writes every file to a temporary name; nothing is renamed into place until commitAll().
struct StagedFiles
{
    std::vector<std::unique_ptr<QSaveFile>> files;

    bool stageAll(const QString& folder, const QList<QPair<QString, QByteArray>>& contents, QString* problem)
    {
        if (!QDir().mkpath(folder)) {
            *problem = CrlPublisher::tr("The CRL folder %1 does not exist and could not be created.")
                           .arg(QDir::toNativeSeparators(folder));
            return false;
        }
        for (const auto& [name, data] : contents) {
            auto f = stage(QDir(folder).filePath(name), data, problem);
            if (!f) {
                files.clear();
                return false;
            }
            files.push_back(std::move(f));
        }
        return true;
    }
    // The written paths, or empty with `problem` set.
    QStringList commitAll(const QString& folder, QString* problem)
    {
        QStringList written;
        for (auto& f : files) {
            if (!f->commit()) {
                *problem = CrlPublisher::tr("Could not replace the CRL in %1: %2")
                               .arg(QDir::toNativeSeparators(folder), f->errorString());
                return {};
            }
            written << f->fileName();
        }
        return written;
    }
};

bool sameContent(const QString& path, const QByteArray& expected)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() == expected.size() && file.readAll() == expected;
}

QString crlDetails(qint64 number, int entries, const QDateTime& nextUpdate)
{
    return QStringLiteral("crl_number=%1 entries=%2 next_update=%3")
        .arg(number)
        .arg(entries)
        .arg(nextUpdate.toString(Qt::ISODate));
}

} // namespace

QString CrlPublisher::fingerprintId(const CaRecord& ca)
{
    return CrlStore::fingerprintId(ca.fingerprint);
}

QString CrlPublisher::derFileName(const CaRecord& ca, bool active)
{
    return active ? DerFileName : QStringLiteral("certdesk-%1.crl").arg(fingerprintId(ca));
}

QString CrlPublisher::pemFileName(const CaRecord& ca, bool active)
{
    return active ? PemFileName : QStringLiteral("certdesk-%1-crl.pem").arg(fingerprintId(ca));
}

Result<CrlPublication> CrlPublisher::publish()
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("crl publish")); !s)
        return s.error();
    return sign(Mode::Asked);
}

Result<CrlPublication> CrlPublisher::publishScheduled()
{
    return sign(Mode::Scheduled);
}

Result<CrlPublication> CrlPublisher::sign(Mode mode)
{
    auto ca = m_ctx.unlockedCa();
    if (!ca)
        return ca.error();
    const qint64 activeId = m_ctx.unlockedCaId();
    Settings settings(m_ctx.db());
    const int days = settings.intValue(SettingKey::CrlNextUpdateDays);
    const PublishTarget target = PublishTarget::current();
    const QString folder = target.folder.trimmed();
    CaStore cas(m_ctx.db());
    CrlStore crls(m_ctx.db());

    auto needing = crls.caIdsNeedingCrl(m_ctx.now());
    if (!needing)
        return needing.error();
    QList<qint64> caIds = needing.value();
    if (!caIds.contains(activeId))
        caIds.prepend(activeId);
    QList<qint64> toSign = caIds;
    if (mode == Mode::Scheduled) {
        auto due = dueCaIds();
        if (!due)
            return due.error();
        toSign.removeIf([&](qint64 id) { return !due->contains(id); });
    }

    // Each CA's CRL is signed with that CA's own key: a replaced CA is unlocked without asking anyone (the
    // environment, a passphrase file, the keychain); one that stays locked is reported, not skipped.
    struct Signer
    {
        CaRecord record;
        std::shared_ptr<const CertificateAuthority> key;
    };
    QList<Signer> signers;
    QStringList caProblems;
    for (qint64 id : std::as_const(toSign)) {
        auto rec = cas.findById(id);
        if (!rec)
            return rec.error();
        if (!rec.value())
            continue;
        if (id == activeId) {
            signers.append({*rec.value(), ca.value()});
            continue;
        }
        auto other = m_ctx.unlockedCaQuietly(id);
        if (!other) {
            caProblems << tr("The CRL of the replaced CA \"%1\" was not re-signed: %2")
                              .arg(rec.value()->name, other.error().message);
            continue;
        }
        signers.append({*rec.value(), other.value()});
    }
    if (signers.isEmpty()) {
        if (!caProblems.isEmpty())
            return makeError(ErrorCode::Locked, caProblems.join(QLatin1Char('\n')));
        return CrlPublication{}; // nothing was due
    }

    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    CrlPublication p;
    QList<HistoryEntry> rows;
    QHash<qint64, QByteArray> signedDer;
    const QDateTime thisUpdate = m_ctx.now();
    const QDateTime nextUpdate = thisUpdate.addDays(days);
    for (const Signer& s : std::as_const(signers)) {
        const qint64 caId = s.record.id;
        auto number = cas.nextCrlNumber(caId);
        if (!number)
            return number.error();
        auto entries = CertificateStore(m_ctx.db()).revokedEntries(caId);
        if (!entries)
            return entries.error();
        auto der = CrlBuilder::buildDer(*s.key, entries.value(), number.value(), thisUpdate, nextUpdate);
        if (!der)
            return der.error();
        CrlRecord rec;
        rec.caId = caId;
        rec.number = number.value();
        rec.thisUpdate = thisUpdate;
        rec.nextUpdate = nextUpdate;
        rec.entries = int(entries->size());
        rec.der = der.value();
        if (auto id = crls.insert(rec); !id)
            return id.error();
        signedDer.insert(caId, rec.der);
        HistoryEntry h = m_ctx.historyEntry(Op::CrlPublished);
        h.details = crlDetails(rec.number, rec.entries, nextUpdate);
        if (caId == activeId) {
            p.number = rec.number;
            p.entries = rec.entries;
            p.der = rec.der;
        } else {
            p.otherCas.append({caId, s.record.name, rec.number, rec.entries, rec.der});
            h.details += QStringLiteral(" ca=") + fingerprintId(s.record);
        }
        rows.append(h);
    }
    p.thisUpdate = thisUpdate;
    p.nextUpdate = nextUpdate;

    // The files are written (to temp names) before the commit and renamed into place after it: every
    // CA's newest CRL, the ones signed now and the others as stored.
    StagedFiles staged;
    if (!folder.isEmpty()) {
        QList<CaCrlFile> files;
        for (qint64 id : std::as_const(caIds)) {
            CaCrlFile f;
            f.active = id == activeId;
            if (signedDer.contains(id)) {
                f.der = signedDer.value(id);
            } else {
                auto latest = crls.latest(id);
                if (!latest)
                    return latest.error();
                if (!latest.value())
                    continue;
                f.der = latest.value()->der;
            }
            auto rec = cas.findById(id);
            if (!rec)
                return rec.error();
            if (!rec.value())
                continue;
            f.ca = *rec.value();
            files.append(f);
        }
        if (staged.stageAll(folder, publishedFiles(files), &p.problem)) {
            for (HistoryEntry& h : rows)
                h.remarks = QDir::toNativeSeparators(folder);
        }
    }
    for (const HistoryEntry& h : std::as_const(rows)) {
        if (auto s = HistoryLog::append(m_ctx.db(), h); !s)
            return s.error();
    }
    failpoint("crl-publish-before-commit");
    if (auto s = tx.commit(); !s)
        return s.error();
    p.published = true;
    // The history's head, CRL rows included, signed with the CA key (a failure is a history row).
    HistoryCheckpoints(m_ctx).afterCrl(*ca.value(), activeId);

    if (!staged.files.empty())
        p.files = staged.commitAll(folder, &p.problem);
    const QString command = target.command.trimmed();
    if (p.problem.isEmpty() && !command.isEmpty()) {
        p.commandRan = true;
        p.problem = runCommand(command);
    }
    const bool recordIt = !p.problem.isEmpty() || (!caProblems.isEmpty() && mode != Mode::Scheduled);
    caProblems.prepend(p.problem);
    caProblems.removeAll(QString());
    p.problem = caProblems.join(QLatin1Char('\n'));
    // The schedule retries a locked replaced CA at every check: its failure is reported to the process
    // (log, dashboard), not written to the history each time.
    if (recordIt)
        (void)recordFailure(p.problem);
    return p;
}

CrlOutcome CrlPublisher::afterRevocation()
{
    CrlOutcome outcome;
    if (auto s = m_ctx.require(Permission::IssueAndRevoke, QStringLiteral("crl re-sign after revocation"));
        !s) {
        outcome.state = CrlOutcome::State::Failed;
        outcome.publication.problem = tr("The CRL was not re-signed: %1").arg(s.error().message);
        return outcome;
    }
    auto ca = m_ctx.unlockedCaQuietly();
    if (!ca) {
        outcome.state = CrlOutcome::State::Locked;
        outcome.publication.problem =
            tr("The CRL was not re-signed here: %1 Servers that use OCSP refuse the certificate already. "
               "A certdesk-portal that holds the CA passphrase re-signs and publishes the CRL within a "
               "second; without one, publish the CRL when the CA is unlocked.")
                .arg(ca.error().message);
        return outcome;
    }
    auto published = sign(Mode::Quiet);
    if (!published) {
        outcome.state = CrlOutcome::State::Failed;
        outcome.publication.problem = tr("The CRL was not re-signed: %1").arg(published.error().message);
        (void)recordFailure(outcome.publication.problem);
        return outcome;
    }
    outcome.state = CrlOutcome::State::Published;
    outcome.publication = std::move(published).value();
    return outcome;
}

Result<QList<qint64>> CrlPublisher::dueCaIds()
{
    CrlStore crls(m_ctx.db());
    auto needing = crls.caIdsNeedingCrl(m_ctx.now());
    if (!needing)
        return needing.error();
    QList<qint64> due;
    for (qint64 id : std::as_const(needing.value())) {
        auto latest = crls.latest(id, false);
        if (!latest)
            return latest.error();
        if (!latest.value()) {
            due << id;
            continue;
        }
        auto revoked = crls.revokedCount(id);
        if (!revoked)
            return revoked.error();
        const qint64 period = latest.value()->thisUpdate.secsTo(latest.value()->nextUpdate);
        const qint64 maxAge = qMin<qint64>(24 * 3600, period / 2);
        if (revoked.value() > latest.value()->entries ||
            latest.value()->thisUpdate.secsTo(m_ctx.now()) >= maxAge)
            due << id;
    }
    return due;
}

Result<bool> CrlPublisher::isDue()
{
    auto due = dueCaIds();
    if (!due)
        return due.error();
    return !due->isEmpty();
}

Result<bool> CrlPublisher::repairPublishedFiles()
{
    const PublishTarget target = PublishTarget::current();
    const QString folder = target.folder.trimmed();
    if (folder.isEmpty())
        return false;
    CaStore cas(m_ctx.db());
    CrlStore crls(m_ctx.db());
    auto active = cas.active();
    if (!active)
        return active.error();
    if (!active.value())
        return false;
    auto needing = crls.caIdsNeedingCrl(m_ctx.now());
    if (!needing)
        return needing.error();
    QList<CaCrlFile> files;
    for (qint64 id : std::as_const(needing.value())) {
        auto latest = crls.latest(id);
        if (!latest)
            return latest.error();
        auto rec = cas.findById(id);
        if (!rec)
            return rec.error();
        if (!latest.value() || !rec.value())
            continue;
        files.append({*rec.value(), id == active.value()->id, latest.value()->der});
    }
    const auto expected = publishedFiles(files);
    if (expected.isEmpty())
        return false;
    bool same = true;
    for (const auto& [name, data] : expected)
        same = same && sameContent(QDir(folder).filePath(name), data);
    if (same)
        return false;
    QString problem;
    StagedFiles staged;
    if (!staged.stageAll(folder, expected, &problem) || staged.commitAll(folder, &problem).isEmpty())
        return makeError(ErrorCode::Io, problem);
    // The web server reads the rewritten files only after its reload, as after a publication.
    if (const QString command = target.command.trimmed(); !command.isEmpty()) {
        if (const QString failed = runCommand(command); !failed.isEmpty())
            return makeError(ErrorCode::Io, failed);
    }
    return true;
}

Result<CrlHealth> CrlPublisher::health(Database& db, const QDateTime& nowUtc)
{
    CrlHealth hl;
    auto active = CaStore(db).active();
    if (!active)
        return active.error();
    if (!active.value())
        return hl;
    hl.hasCa = true;
    CrlStore crls(db);
    auto needing = crls.caIdsNeedingCrl(nowUtc);
    if (!needing)
        return needing.error();
    for (qint64 id : std::as_const(needing.value())) {
        auto latest = crls.latest(id, false);
        if (!latest)
            return latest.error();
        auto revoked = crls.revokedCount(id);
        if (!revoked)
            return revoked.error();
        const bool misses = latest.value() ? revoked.value() > latest.value()->entries : revoked.value() > 0;
        hl.missesRevocation = hl.missesRevocation || misses;
        if (id != active.value()->id || !latest.value())
            continue;
        hl.hasCrl = true;
        hl.number = latest.value()->number;
        hl.nextUpdate = latest.value()->nextUpdate;
        hl.expiresSoon = nowUtc.secsTo(hl.nextUpdate) < 24 * 3600;
    }
    return hl;
}

QString CrlPublisher::runCommand(const QString& commandLine, int timeoutMs)
{
    QStringList args = QProcess::splitCommand(commandLine);
    if (args.isEmpty())
        return {};
    const QString program = args.takeFirst();
    QProcess proc;
    // Nothing of this process's environment: the command must not see CERTDESK_CA_PASSPHRASE or the
    // database URL.
    proc.setProcessEnvironment(PublishTarget::commandEnvironment());
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(program, args);
    if (!proc.waitForStarted(timeoutMs))
        return tr("The CRL publish command \"%1\" could not be started: %2").arg(program, proc.errorString());
    if (!proc.waitForFinished(timeoutMs)) {
        proc.kill();
        proc.waitForFinished(2000);
        return tr("The CRL publish command \"%1\" did not finish within %2 seconds.")
            .arg(program)
            .arg(timeoutMs / 1000);
    }
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(proc.readAll()).trimmed().left(500);
        return tr("The CRL publish command \"%1\" failed (exit status %2): %3")
            .arg(program)
            .arg(proc.exitCode())
            .arg(output);
    }
    return {};
}

Status CrlPublisher::recordFailure(const QString& problem)
{
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    HistoryEntry h = m_ctx.historyEntry(Op::Failure);
    h.remarks = problem.left(500);
    h.details = QStringLiteral("crl-publish");
    return m_ctx.commitWithHistory(tx, h);
}

} // namespace certdesk
