#include "revocation/CrlPublisher.h"
#include "ca/Certificate.h"
#include "ca/CrlBuilder.h"
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

} // namespace

Result<CrlPublication> CrlPublisher::publish()
{
    if (auto s = m_ctx.require(Permission::Administer, QStringLiteral("crl publish")); !s)
        return s.error();
    return sign();
}

Result<CrlPublication> CrlPublisher::publishScheduled()
{
    return sign();
}

Result<CrlPublication> CrlPublisher::sign()
{
    auto ca = m_ctx.unlockedCa();
    if (!ca)
        return ca.error();
    const qint64 caId = m_ctx.unlockedCaId();
    Settings settings(m_ctx.db());
    const int days = settings.intValue(SettingKey::CrlNextUpdateDays);
    const QString folder = settings.value(SettingKey::CrlPublishDir).trimmed();

    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto number = CaStore(m_ctx.db()).nextCrlNumber(caId);
    if (!number)
        return number.error();
    auto entries = CertificateStore(m_ctx.db()).revokedEntries(caId);
    if (!entries)
        return entries.error();
    CrlPublication p;
    p.number = number.value();
    p.entries = int(entries->size());
    p.thisUpdate = m_ctx.now();
    p.nextUpdate = p.thisUpdate.addDays(days);
    auto der = CrlBuilder::buildDer(*ca.value(), entries.value(), p.number, p.thisUpdate, p.nextUpdate);
    if (!der)
        return der.error();
    p.der = der.value();
    CrlRecord rec;
    rec.caId = caId;
    rec.number = p.number;
    rec.thisUpdate = p.thisUpdate;
    rec.nextUpdate = p.nextUpdate;
    rec.entries = p.entries;
    rec.der = p.der;
    if (auto id = CrlStore(m_ctx.db()).insert(rec); !id)
        return id.error();

    // The files are written (to temp names) before the commit and renamed into place after it.
    std::unique_ptr<QSaveFile> derFile, pemFile;
    if (!folder.isEmpty()) {
        if (!QDir().mkpath(folder)) {
            p.problem = tr("The CRL folder %1 does not exist and could not be created.")
                            .arg(QDir::toNativeSeparators(folder));
        } else {
            derFile = stage(QDir(folder).filePath(DerFileName), p.der, &p.problem);
            if (derFile)
                pemFile = stage(QDir(folder).filePath(PemFileName), pemEncode(p.der, "X509 CRL"), &p.problem);
            if (!pemFile)
                derFile.reset();
        }
    }
    HistoryEntry h = m_ctx.historyEntry(Op::CrlPublished);
    h.details = QStringLiteral("crl_number=%1 entries=%2 next_update=%3")
                    .arg(p.number)
                    .arg(p.entries)
                    .arg(p.nextUpdate.toString(Qt::ISODate));
    if (pemFile)
        h.remarks = QDir::toNativeSeparators(folder);
    failpoint("crl-publish-before-commit");
    if (auto s = m_ctx.commitWithHistory(tx, h); !s)
        return s.error();
    p.published = true;

    if (pemFile) {
        if (derFile->commit() && pemFile->commit()) {
            p.files = {derFile->fileName(), pemFile->fileName()};
        } else {
            p.problem = tr("Could not replace the CRL in %1: %2")
                            .arg(QDir::toNativeSeparators(folder), derFile->errorString());
        }
    }
    const QString command = settings.value(SettingKey::CrlPublishCommand).trimmed();
    if (p.problem.isEmpty() && !command.isEmpty()) {
        p.commandRan = true;
        p.problem = runCommand(command);
    }
    if (!p.problem.isEmpty())
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
            tr("The CRL was not re-signed: %1 Servers that use OCSP refuse the certificate already; "
               "publish the CRL when the CA is unlocked.")
                .arg(ca.error().message);
        return outcome;
    }
    auto published = sign();
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

Result<bool> CrlPublisher::isDue()
{
    auto active = CaStore(m_ctx.db()).active();
    if (!active)
        return active.error();
    if (!active.value())
        return false;
    CrlStore crls(m_ctx.db());
    auto latest = crls.latest(active.value()->id, false);
    if (!latest)
        return latest.error();
    if (!latest.value())
        return true;
    auto revoked = crls.revokedCount(active.value()->id);
    if (!revoked)
        return revoked.error();
    if (revoked.value() > latest.value()->entries)
        return true;
    const qint64 period = latest.value()->thisUpdate.secsTo(latest.value()->nextUpdate);
    const qint64 maxAge = qMin<qint64>(24 * 3600, period / 2);
    return latest.value()->thisUpdate.secsTo(m_ctx.now()) >= maxAge;
}

Result<bool> CrlPublisher::repairPublishedFiles()
{
    const QString folder = Settings(m_ctx.db()).value(SettingKey::CrlPublishDir).trimmed();
    if (folder.isEmpty())
        return false;
    auto active = CaStore(m_ctx.db()).active();
    if (!active)
        return active.error();
    if (!active.value())
        return false;
    auto latest = CrlStore(m_ctx.db()).latest(active.value()->id);
    if (!latest)
        return latest.error();
    if (!latest.value())
        return false;
    const QByteArray der = latest.value()->der;
    const QByteArray pem = pemEncode(der, "X509 CRL");
    const QString derPath = QDir(folder).filePath(DerFileName);
    const QString pemPath = QDir(folder).filePath(PemFileName);
    auto same = [](const QString& path, const QByteArray& expected) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.size() == expected.size() && file.readAll() == expected;
    };
    if (same(derPath, der) && same(pemPath, pem))
        return false;
    QString problem;
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, tr("The CRL folder %1 does not exist and could not be created.")
                                            .arg(QDir::toNativeSeparators(folder)));
    auto derFile = stage(derPath, der, &problem);
    auto pemFile = derFile ? stage(pemPath, pem, &problem) : nullptr;
    if (!pemFile)
        return makeError(ErrorCode::Io, problem);
    if (!derFile->commit() || !pemFile->commit())
        return makeError(ErrorCode::Io, tr("Could not replace the CRL in %1: %2")
                                            .arg(QDir::toNativeSeparators(folder), derFile->errorString()));
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
    auto latest = crls.latest(active.value()->id, false);
    if (!latest)
        return latest.error();
    auto revoked = crls.revokedCount(active.value()->id);
    if (!revoked)
        return revoked.error();
    if (!latest.value()) {
        hl.missesRevocation = revoked.value() > 0;
        return hl;
    }
    hl.hasCrl = true;
    hl.number = latest.value()->number;
    hl.nextUpdate = latest.value()->nextUpdate;
    hl.expiresSoon = nowUtc.secsTo(hl.nextUpdate) < 24 * 3600;
    hl.missesRevocation = revoked.value() > latest.value()->entries;
    return hl;
}

QString CrlPublisher::runCommand(const QString& commandLine, int timeoutMs)
{
    QStringList args = QProcess::splitCommand(commandLine);
    if (args.isEmpty())
        return {};
    const QString program = args.takeFirst();
    QProcess proc;
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
