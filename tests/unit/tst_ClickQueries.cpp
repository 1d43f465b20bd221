// What the dashboard reads after every change (issue 16 §4: the helpdesk's Revoke click), on SQLite and
// PostgreSQL:
// jitOffOnPostgres     every CertDesk connection to PostgreSQL runs with jit = off (JIT compiling the
//                      CRL health query cost 274 ms per click at 300,000 certificates).
// crlHealthCounts      CrlStore::revokedCount and caIdsNeedingCrl give the same answers as before: a
//                      replaced CA is listed while it has an unexpired certificate, and no longer after;
//                      on SQLite the revoked count is read from an index alone (migration 23).
// licenceCountsFrom    LicenceLimit::countsFrom (the dashboard: the certificates not revoked less the
//                      expired ones) equals LicenceLimit::counts, also once certificates have expired.
#include "TestDatabase.h"
#include "WorkflowFixture.h"
#include "store/CertificateStore.h"
#include "store/CrlStore.h"
#include "store/Settings.h"
#include "workflows/LicenceLimit.h"

#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

IssueRequest request(const QString& login)
{
    IssueRequest r;
    r.loginId = login;
    r.device = QStringLiteral("windows");
    return r;
}

} // namespace

class TestClickQueries : public QObject
{
    Q_OBJECT
private slots:
    void jitOffOnPostgres();
    void crlHealthCounts();
    void licenceCountsFrom();
};

void TestClickQueries::jitOffOnPostgres()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    if (!db->isPostgres())
        QSKIP("PostgreSQL only");
    auto q = db->exec(QStringLiteral("SELECT current_setting('jit')"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("off"));
}

void TestClickQueries::crlHealthCounts()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::CertValidityDays, QStringLiteral("10")).ok());
    for (int i = 0; i < 3; ++i) {
        auto issued = CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("taro")));
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
    }
    auto caId = f.db->exec(QStringLiteral("SELECT id FROM cas WHERE active = 1"));
    QVERIFY(caId.ok() && caId->next());
    const qint64 first = caId->value(0).toLongLong();
    CrlStore crls(*f.db);
    auto none = crls.revokedCount(first);
    QVERIFY(none.ok());
    QCOMPARE(none.value(), 0);
    for (int slot : {1, 3}) {
        auto revoked = RevocationWorkflows(*f.ctx).revoke(
            CertificateRef{QString(), QStringLiteral("taro"), slot}, RevocationReason::KeyCompromise);
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    }
    auto two = crls.revokedCount(first);
    QVERIFY(two.ok());
    QCOMPARE(two.value(), 2);
    QCOMPARE(crls.revokedCount(first + 1000).value(), 0);

    // A second CA that is not active (as after a replacement): listed after the active one while one of
    // the first CA's certificates is unexpired.
    QVERIFY(f.db->exec(QStringLiteral("UPDATE cas SET active = 0")).ok());
    auto other = f.db->exec(
        QStringLiteral("INSERT INTO cas (name, subject, cert_der, chain_pem, key_pem, key_type, fingerprint,"
                       " serial, not_before, not_after, crl_number, active, created_at) SELECT name || '-2',"
                       " subject, cert_der, chain_pem, key_pem, key_type, 'FF', serial || '2', not_before,"
                       " not_after, 0, 1, created_at FROM cas WHERE id = ?"),
        {first});
    if (!other.ok())
        QSKIP(qPrintable(QStringLiteral("cannot copy the CA row here: ") + other.error().message));
    auto now = crls.caIdsNeedingCrl(f.ctx->now());
    QVERIFY(now.ok());
    QCOMPARE(now->size(), 2);
    QCOMPARE(now->constLast(), first);
    auto later = crls.caIdsNeedingCrl(f.ctx->now().addDays(11));
    QVERIFY(later.ok());
    QCOMPARE(later->size(), 1);
    QVERIFY(later->constFirst() != first);

    if (!f.db->isPostgres()) {
        auto plan = f.db->exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM certificates"
                                              " WHERE ca_id = ? AND status = 'revoked'"),
                               {first});
        QVERIFY(plan.ok());
        QString detail;
        while (plan->next())
            detail += plan->value(3).toString() + QLatin1Char('\n');
        QVERIFY2(detail.contains(QLatin1String("COVERING INDEX certificates_ca_status")), qPrintable(detail));
    }
}

void TestClickQueries::licenceCountsFrom()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::LicenceContracted, QStringLiteral("7")).ok());
    QVERIFY(Settings(*f.db).set(SettingKey::CertValidityDays, QStringLiteral("10")).ok());
    for (int i = 0; i < 2; ++i)
        QVERIFY(CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("taro"))).ok());
    QVERIFY(Settings(*f.db).set(SettingKey::CertValidityDays, QStringLiteral("30")).ok());
    QVERIFY(CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("taro"))).ok());
    QVERIFY(RevocationWorkflows(*f.ctx)
                .revoke(CertificateRef{QString(), QStringLiteral("taro"), 1}, RevocationReason::Unspecified)
                .ok());
    for (int days : {0, 11, 31}) {
        const QDateTime at = f.ctx->now().addDays(days);
        auto counts = CertificateStore(*f.db).counts(at, 30);
        QVERIFY(counts.ok());
        auto direct = LicenceLimit::counts(*f.db, at);
        auto from = LicenceLimit::countsFrom(*f.db, at, counts->issued);
        QVERIFY(direct.ok() && from.ok());
        QCOMPARE(from->issued, direct->issued);
        QCOMPARE(from->contracted, qint64(7));
        QCOMPARE(direct->issued, qint64(days == 0 ? 2 : days == 11 ? 1 : 0));
    }
}

QTEST_GUILESS_MAIN(TestClickQueries)
#include "tst_ClickQueries.moc"
