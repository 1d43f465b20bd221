// Security review issue 13, item 8 (CRL part): after `ca import` the replaced CA's revocations stay in a
// CRL signed by THAT CA, as long as any of its certificates is unexpired. Each CA's CRL is stored, written
// to the publish folder (the active CA's certdesk.crl / certdesk-crl.pem, the other's
// certdesk-<fingerprint>.crl / …-crl.pem) and into certdesk-crls.pem, the bundle for nginx `ssl_crl`;
// `openssl verify -crl_check` agrees. A replaced CA that cannot be unlocked is reported.
#include "WorkflowFixture.h"
#include "ca/Certificate.h"
#include "revocation/CrlPublisher.h"
#include "revocation/PublishTarget.h"
#include "store/CaStore.h"
#include "store/CrlStore.h"
#include <QScopeGuard>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestCrlPerCa : public QObject
{
    Q_OBJECT
private slots:
    void replacedCaKeepsItsCrl();
    void lockedReplacedCaIsReported();
};

namespace {

QString issue(WorkflowFixture& f, const QString& login, const QString& device)
{
    IssueRequest r{login, device, {}, PasswordMode::Manual, "Abc12345", {}, 0};
    auto i = CertificateWorkflows(*f.ctx).issue(r);
    return i ? i->certificate.serialHex : QString();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A second CA made by openssl and imported through the workflow: it becomes the active CA.
QString importSecondCa(WorkflowFixture& f)
{
    const QString key = f.dir.filePath(QStringLiteral("ca2-key.pem"));
    const QString cert = f.dir.filePath(QStringLiteral("ca2.pem"));
    auto made = runOpenssl(
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
         QStringLiteral("3650"), QStringLiteral("-subj"), QStringLiteral("/CN=Second Device CA/O=Test KK"),
         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    if (made.exitCode != 0)
        return made.all();
    auto imported = CaWorkflows(*f.ctx).import(readAll(cert), readAll(key), {}, kPassphrase);
    if (!imported)
        return imported.error().message;
    f.ctx->forgetUnlockedCa();
    return {};
}

[[nodiscard]] auto publishTo(const QString& folder)
{
    PublishTarget t;
    t.folder = folder;
    PublishTarget::useFixed(t);
    return qScopeGuard([] { PublishTarget::clearFixed(); });
}

} // namespace

void TestCrlPerCa::replacedCaKeepsItsCrl()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QString folder = f.dir.filePath(QStringLiteral("pub"));
    const auto target = publishTo(folder);
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto oldCa = CaStore(*f.db).active();
    QVERIFY(oldCa.ok() && oldCa.value());
    const QString oldLost = issue(f, QStringLiteral("taro"), QStringLiteral("windows"));
    const QString oldKept = issue(f, QStringLiteral("taro"), QStringLiteral("mac"));
    QVERIFY(!oldLost.isEmpty() && !oldKept.isEmpty());

    QCOMPARE(importSecondCa(f), QString());
    auto newCa = CaStore(*f.db).active();
    QVERIFY(newCa.ok() && newCa.value() && newCa.value()->id != oldCa.value()->id);
    const QString newCert = issue(f, QStringLiteral("taro"), QStringLiteral("android"));
    QVERIFY(!newCert.isEmpty());

    // Revoking a certificate of the replaced CA after the import.
    auto revoked =
        RevocationWorkflows(*f.ctx).revoke(CertificateRef{oldLost, {}, 0}, RevocationReason::KeyCompromise);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(revoked->crl.state, CrlOutcome::State::Published);
    const CrlPublication& p = revoked->crl.publication;
    QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
    QCOMPARE(p.entries, 0); // the active CA revoked nothing
    QCOMPARE(p.otherCas.size(), 1);
    QCOMPARE(p.otherCas.first().caId, oldCa.value()->id);
    QCOMPARE(p.otherCas.first().entries, 1);

    // Stored per CA: the old CA's newest CRL is the one signed now.
    auto oldLatest = CrlStore(*f.db).latest(oldCa.value()->id);
    QVERIFY(oldLatest.ok() && oldLatest.value());
    QCOMPARE(oldLatest.value()->der, p.otherCas.first().der);
    // What the portal serves at /crl/<id> of each CA.
    auto served = CrlStore(*f.db).latestOfCa(CrlPublisher::fingerprintId(*oldCa.value()));
    QVERIFY(served.ok() && served.value() && served.value()->der == p.otherCas.first().der);
    served = CrlStore(*f.db).latestOfCa(CrlPublisher::fingerprintId(*newCa.value()));
    QVERIFY(served.ok() && served.value() && served.value()->der == p.der);
    served = CrlStore(*f.db).latestOfCa(QStringLiteral("0123456789abcdef"));
    QVERIFY(served.ok() && !served.value());

    const QString oldCaPem = f.writePem(QStringLiteral("old-ca.pem"), oldCa.value()->certDer);
    const QString newCaPem = f.writePem(QStringLiteral("new-ca.pem"), newCa.value()->certDer);
    const QString bothCas = f.dir.filePath(QStringLiteral("both-cas.pem"));
    {
        QFile both(bothCas);
        QVERIFY(both.open(QIODevice::WriteOnly));
        both.write(readAll(oldCaPem) + readAll(newCaPem));
    }
    const QString oldCrl = QDir(folder).filePath(CrlPublisher::pemFileName(*oldCa.value(), false));
    QVERIFY2(QFile::exists(oldCrl), qPrintable(oldCrl));
    QVERIFY(QFile::exists(QDir(folder).filePath(CrlPublisher::derFileName(*oldCa.value(), false))));
    // The old CA's CRL is signed by the old CA and lists the certificate revoked after the import.
    auto text = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), oldCrl, QStringLiteral("-noout"),
                            QStringLiteral("-text"), QStringLiteral("-CAfile"), oldCaPem});
    QVERIFY2(text.exitCode == 0 && text.all().contains(QStringLiteral("verify OK")), qPrintable(text.all()));
    QVERIFY2(text.all().contains(oldLost), qPrintable(text.all()));
    QVERIFY2(!text.all().contains(oldKept), qPrintable(text.all()));

    auto leaf = [&](const QString& serial) {
        auto cert = CertificateWorkflows(*f.ctx).find(CertificateRef{serial, {}, 0});
        return cert ? f.writePem(serial + QStringLiteral(".pem"), cert->certDer) : QString();
    };
    auto verify = [&](const QString& caFile, const QString& crlFile, const QString& serial) {
        return runOpenssl({QStringLiteral("verify"), QStringLiteral("-crl_check"), QStringLiteral("-CAfile"),
                           caFile, QStringLiteral("-CRLfile"), crlFile, leaf(serial)});
    };
    auto lost = verify(oldCaPem, oldCrl, oldLost);
    QVERIFY2(lost.exitCode != 0 && lost.all().contains(QStringLiteral("certificate revoked")),
             qPrintable(lost.all()));
    auto kept = verify(oldCaPem, oldCrl, oldKept);
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.all()));

    // The bundle (nginx ssl_crl with both CAs trusted) covers the certificates of both CAs.
    const QString bundle = QDir(folder).filePath(CrlPublisher::BundleFileName);
    lost = verify(bothCas, bundle, oldLost);
    QVERIFY2(lost.exitCode != 0 && lost.all().contains(QStringLiteral("certificate revoked")),
             qPrintable(lost.all()));
    for (const QString& ok : {oldKept, newCert}) {
        auto r = verify(bothCas, bundle, ok);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    }
    // certdesk-crl.pem stays the active CA's CRL.
    auto active = verify(newCaPem, QDir(folder).filePath(CrlPublisher::PemFileName), newCert);
    QVERIFY2(active.exitCode == 0, qPrintable(active.all()));

    auto due = CrlPublisher(*f.ctx).isDue();
    QVERIFY(due.ok() && !due.value());
    auto health = CrlPublisher::health(*f.db, f.ctx->now());
    QVERIFY(health.ok() && !health->missesRevocation);
}

// A context that can unlock only the active CA quietly: the active CA's CRL is signed, the replaced CA's
// is not, and the outcome and the history say so; the dashboard keeps warning.
void TestCrlPerCa::lockedReplacedCaIsReported()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("jiro")), QString());
    const QString oldCert = issue(f, QStringLiteral("jiro"), QStringLiteral("windows"));
    QVERIFY(!oldCert.isEmpty());
    QCOMPARE(importSecondCa(f), QString());
    auto newCa = CaStore(*f.db).active();
    QVERIFY(newCa.ok() && newCa.value());
    const qint64 activeId = newCa.value()->id;

    auto ctx = f.contextFor(f.ctx->actor());
    ctx->setPassphraseProvider([activeId](const CaRecord& ca) -> Result<QByteArray> {
        if (ca.id == activeId)
            return kPassphrase;
        return makeError(ErrorCode::Locked, QStringLiteral("old passphrase not here"));
    });
    auto revoked =
        RevocationWorkflows(*ctx).revoke(CertificateRef{oldCert, {}, 0}, RevocationReason::Superseded);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(revoked->crl.state, CrlOutcome::State::Published);
    QVERIFY(revoked->crl.publication.otherCas.isEmpty());
    QVERIFY2(revoked->crl.problem().contains(QStringLiteral("old passphrase not here")),
             qPrintable(revoked->crl.problem()));
    auto health = CrlPublisher::health(*f.db, f.ctx->now());
    QVERIFY(health.ok() && health->missesRevocation);
    auto due = CrlPublisher(*f.ctx).isDue();
    QVERIFY(due.ok() && due.value());
    HistoryFilter filter;
    filter.operation = Op::Failure;
    auto failures = HistoryLog::list(*f.db, filter);
    QVERIFY(failures.ok() && failures->size() == 1);
}

QTEST_GUILESS_MAIN(TestCrlPerCa)
#include "tst_CrlPerCa.moc"
