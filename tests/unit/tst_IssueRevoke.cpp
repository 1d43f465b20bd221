// Issue, revoke, re-issue and CRL through the workflows, verified with the openssl command.
#include "WorkflowFixture.h"
#include "ca/Certificate.h"
#include "revocation/CrlPublisher.h"
#include "store/HistoryLog.h"
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestIssueRevoke : public QObject
{
    Q_OBJECT
private slots:
    void issuesBothProfilesVerifiedByOpenssl();
    void revokedCertificateIsInTheCrl();
    void sixthCertificateIsRefused();
    void reissueUsesThePreviousValues();
    void markDeliveredMovesToInUse();
    void historyRecordsOperatorAndDevice();
};

void TestIssueRevoke::issuesBothProfilesVerifiedByOpenssl()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    CertificateWorkflows certs(*f.ctx);

    IssueRequest win{QStringLiteral("taro"),
                     QStringLiteral("windows"),
                     {},
                     PasswordMode::Manual,
                     "Abc12345",
                     QStringLiteral("PC"),
                     0};
    auto w = certs.issue(win);
    QVERIFY2(w.ok(), qPrintable(w.error().message));
    QCOMPARE(w->certificate.slot, 1);
    QCOMPARE(w->certificate.status, CertStatus::AwaitingDownload);
    QCOMPARE(w->certificate.pkcs12Profile, QStringLiteral("modern"));
    QVERIFY(w->generatedPassword.isEmpty());
    QCOMPARE(w->fileName, QStringLiteral("taro-windows.p12"));

    IssueRequest ios{QStringLiteral("taro"),
                     QStringLiteral("ios-app"),
                     QStringLiteral("other@example.jp"),
                     PasswordMode::Auto,
                     {},
                     QStringLiteral("iPhone"),
                     0};
    auto i = certs.issue(ios);
    QVERIFY2(i.ok(), qPrintable(i.error().message));
    QCOMPARE(i->certificate.slot, 2);
    QCOMPARE(i->certificate.notifyEmail, QStringLiteral("other@example.jp"));
    QCOMPARE(i->certificate.pkcs12Profile, QStringLiteral("compatible"));
    QVERIFY(i->generatedPassword.size() >= 12);

    const QString wp12 = writeFile(f.dir, QStringLiteral("w.p12"), w->pkcs12);
    auto modern =
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                    QStringLiteral("-in"), wp12, QStringLiteral("-passin"), QStringLiteral("pass:Abc12345")});
    QVERIFY2(modern.exitCode == 0, qPrintable(modern.all()));
    QVERIFY2(modern.all().contains(QStringLiteral("MAC: sha256")), qPrintable(modern.all()));
    QVERIFY2(modern.all().contains(QStringLiteral("AES-256-CBC")), qPrintable(modern.all()));

    const QString ip12 = writeFile(f.dir, QStringLiteral("i.p12"), i->pkcs12);
    auto compat = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                              QStringLiteral("-in"), ip12, QStringLiteral("-passin"),
                              QStringLiteral("pass:") + QString::fromLatin1(i->generatedPassword)});
    QVERIFY2(compat.exitCode == 0, qPrintable(compat.all()));
    QVERIFY2(compat.all().contains(QStringLiteral("MAC: sha1")), qPrintable(compat.all()));
    QVERIFY2(compat.all().contains(QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC")),
             qPrintable(compat.all()));

    const QString leaf = f.writePem(QStringLiteral("taro1.pem"), w->certificate.certDer);
    auto verify = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), f.caPem(), leaf});
    QVERIFY2(verify.exitCode == 0 && verify.all().contains(QStringLiteral("OK")), qPrintable(verify.all()));
    auto text = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                            QStringLiteral("-in"), leaf});
    QVERIFY(text.all().contains(QStringLiteral("CN = taro")));
    QVERIFY(text.all().contains(QStringLiteral("SN = otsuka")));
    QVERIFY(text.all().contains(QStringLiteral("GN = taro")));
    QVERIFY(text.all().contains(QStringLiteral("email:taro@example.jp")));
    QVERIFY(text.all().contains(QStringLiteral("TLS Web Client Authentication")));
    QCOMPARE(w->certificate.serialHex, Certificate::fromDer(w->certificate.certDer)->serialHex());
}

void TestIssueRevoke::revokedCertificateIsInTheCrl()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("hanako")), QString());
    CertificateWorkflows certs(*f.ctx);
    auto a =
        certs.issue({QStringLiteral("hanako"), QStringLiteral("android"), {}, PasswordMode::Auto, {}, {}, 0});
    auto b =
        certs.issue({QStringLiteral("hanako"), QStringLiteral("mac"), {}, PasswordMode::Auto, {}, {}, 0});
    QVERIFY(a.ok() && b.ok());

    RevocationWorkflows revocations(*f.ctx);
    auto revoked =
        revocations.revoke(CertificateRef{{}, QStringLiteral("hanako"), 1}, RevocationReason::KeyCompromise);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(revoked->certificate.status, CertStatus::Revoked);
    QCOMPARE(revoked->certificate.revocationReason, QStringLiteral("lost"));
    QVERIFY(!revoked->certificate.hasPkcs12); // the deliverable bundle is wiped on revocation

    auto again =
        revocations.revoke(CertificateRef{a->certificate.serialHex, {}, 0}, RevocationReason::KeyCompromise);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);

    // The revocation re-signed the CRL (number 1); generating again gives number 2 with the same entry.
    const CrlOutcome& published = revoked->crl;
    QVERIFY(published.published() && published.publication.published);
    QCOMPARE(published.publication.number, 1);
    QCOMPARE(published.publication.entries, 1);
    auto crl = CaWorkflows(*f.ctx).generateCrl();
    QVERIFY2(crl.ok(), qPrintable(crl.error().message));
    QCOMPARE(crl->number, 2);
    QCOMPARE(crl->entries, 1);
    const QString crlPem = writeFile(f.dir, QStringLiteral("crl.pem"), pemEncode(crl->der, "X509 CRL"));
    auto crlVerify = runOpenssl({QStringLiteral("crl"), QStringLiteral("-noout"), QStringLiteral("-in"),
                                 crlPem, QStringLiteral("-CAfile"), f.caPem()});
    QVERIFY2(crlVerify.all().contains(QStringLiteral("verify OK")), qPrintable(crlVerify.all()));
    auto crlText = runOpenssl({QStringLiteral("crl"), QStringLiteral("-noout"), QStringLiteral("-text"),
                               QStringLiteral("-in"), crlPem});
    QVERIFY2(crlText.all().contains(a->certificate.serialHex), qPrintable(crlText.all()));
    QVERIFY(crlText.all().contains(QStringLiteral("Key Compromise")));

    const QString lost = f.writePem(QStringLiteral("lost.pem"), a->certificate.certDer);
    const QString kept = f.writePem(QStringLiteral("kept.pem"), b->certificate.certDer);
    const QStringList base{QStringLiteral("verify"),   QStringLiteral("-crl_check"),
                           QStringLiteral("-CRLfile"), crlPem,
                           QStringLiteral("-CAfile"),  f.caPem()};
    auto lostCheck = runOpenssl(base + QStringList{lost});
    QVERIFY2(lostCheck.exitCode != 0 && lostCheck.all().contains(QStringLiteral("certificate revoked")),
             qPrintable(lostCheck.all()));
    auto keptCheck = runOpenssl(base + QStringList{kept});
    QVERIFY2(keptCheck.exitCode == 0, qPrintable(keptCheck.all()));

    auto third = CaWorkflows(*f.ctx).generateCrl();
    QVERIFY(third.ok());
    QCOMPARE(third->number, 3);
}

void TestIssueRevoke::sixthCertificateIsRefused()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("jiro")), QString());
    CertificateWorkflows certs(*f.ctx);
    for (int n = 1; n <= 5; ++n) {
        auto r =
            certs.issue({QStringLiteral("jiro"), QStringLiteral("other"), {}, PasswordMode::Auto, {}, {}, 0});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->certificate.slot, n);
    }
    const QString before = dumpContent(*f.db);
    auto sixth =
        certs.issue({QStringLiteral("jiro"), QStringLiteral("other"), {}, PasswordMode::Auto, {}, {}, 0});
    QVERIFY(!sixth.ok());
    QCOMPARE(sixth.error().code, ErrorCode::Conflict);
    QCOMPARE(dumpContent(*f.db), before);

    // After revoking slot 3, the next certificate takes slot 3.
    QVERIFY(RevocationWorkflows(*f.ctx)
                .revoke(CertificateRef{{}, QStringLiteral("jiro"), 3}, RevocationReason::Superseded)
                .ok());
    auto next =
        certs.issue({QStringLiteral("jiro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 0});
    QVERIFY2(next.ok(), qPrintable(next.error().message));
    QCOMPARE(next->certificate.slot, 3);
}

void TestIssueRevoke::reissueUsesThePreviousValues()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("kyoko")), QString());
    CertificateWorkflows certs(*f.ctx);
    auto first = certs.issue({QStringLiteral("kyoko"),
                              QStringLiteral("ios-browser"),
                              QStringLiteral("k2@example.jp"),
                              PasswordMode::Auto,
                              {},
                              QStringLiteral("iPad 2"),
                              0});
    QVERIFY(first.ok());
    auto busy = certs.reissue(QStringLiteral("kyoko"), 1);
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().code, ErrorCode::Conflict);
    QVERIFY(RevocationWorkflows(*f.ctx)
                .revoke(CertificateRef{{}, QStringLiteral("kyoko"), 1}, RevocationReason::KeyCompromise)
                .ok());
    auto again = certs.reissue(QStringLiteral("kyoko"), 1);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->certificate.slot, 1);
    QCOMPARE(again->certificate.device, QStringLiteral("ios-browser"));
    QCOMPARE(again->certificate.notifyEmail, QStringLiteral("k2@example.jp"));
    QCOMPARE(again->certificate.remarks, QStringLiteral("iPad 2"));
    QVERIFY(again->certificate.serialHex != first->certificate.serialHex);
    auto table = certs.slotTable(QStringLiteral("kyoko"));
    QVERIFY(table.ok());
    QCOMPARE(table->size(), 1);
    QCOMPARE(table->first().serialHex, again->certificate.serialHex);
}

void TestIssueRevoke::markDeliveredMovesToInUse()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("yuko")), QString());
    CertificateWorkflows certs(*f.ctx);
    auto r =
        certs.issue({QStringLiteral("yuko"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 0});
    QVERIFY(r.ok());
    auto d = certs.markDelivered(CertificateRef{r->certificate.serialHex, {}, 0});
    QVERIFY2(d.ok(), qPrintable(d.error().message));
    QCOMPARE(d->status, CertStatus::InUse);
    auto twice = certs.markDelivered(CertificateRef{r->certificate.serialHex, {}, 0});
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
}

void TestIssueRevoke::historyRecordsOperatorAndDevice()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("shinichi")), QString());
    CertificateWorkflows certs(*f.ctx);
    QVERIFY(certs
                .issue({QStringLiteral("shinichi"),
                        QStringLiteral("android"),
                        {},
                        PasswordMode::Auto,
                        {},
                        QStringLiteral("Pixel"),
                        0})
                .ok());
    QVERIFY(RevocationWorkflows(*f.ctx)
                .revoke(CertificateRef{{}, QStringLiteral("shinichi"), 1}, RevocationReason::KeyCompromise)
                .ok());
    HistoryFilter filter;
    filter.text = QStringLiteral("shinichi");
    auto rows = HistoryLog::list(*f.db, filter);
    QVERIFY(rows.ok());
    QStringList ops;
    for (const HistoryEntry& e : rows.value()) {
        ops << e.operation;
        QCOMPARE(e.operatorName, QStringLiteral("tester"));
        QVERIFY(e.userAgent.startsWith(QStringLiteral("CertDesk/")));
        if (e.operation == Op::Issue || e.operation == Op::Revoke) {
            QCOMPARE(e.device, QStringLiteral("android"));
            QCOMPARE(e.remarks, QStringLiteral("Pixel"));
        }
    }
    QCOMPARE(ops, (QStringList{Op::Revoke, Op::Issue, Op::RegisterIdentity, Op::UserAdd}));
    auto v = HistoryLog::verify(*f.db);
    QVERIFY(v.ok() && v->intact);
}

QTEST_GUILESS_MAIN(TestIssueRevoke)
#include "tst_IssueRevoke.moc"
