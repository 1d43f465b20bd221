// The contracted number of certificates (issue 17 §7, core/workflows/LicenceLimit):
// activeCertificatesOnly  "issued" counts certificates that are neither revoked nor expired.
// refusedAtLimit          issue and re-issue at the limit are Conflict with the licence message and write
//                         nothing; 0 means no limit.
// secondIssuerWaits       PostgreSQL: while one transaction has reserved the last place (and made a
//                         certificate active) and is still open, a real issuance for another user on its
//                         own connection waits for it instead of counting the same free place, and is
//                         then refused. (SQLite: BEGIN IMMEDIATE serializes writers anyway; skipped.)
#include "TestDatabase.h"
#include "WorkflowFixture.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "workflows/LicenceLimit.h"

#include <QSemaphore>
#include <QThread>
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

qint64 activeCount(WorkflowFixture& f)
{
    auto q = f.db->exec(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status <> 'revoked'"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

class TestLicenceLimit : public QObject
{
    Q_OBJECT
private slots:
    void activeCertificatesOnly();
    void refusedAtLimit();
    void secondIssuerWaits();
};

void TestLicenceLimit::activeCertificatesOnly()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::CertValidityDays, QStringLiteral("10")).ok());
    QVERIFY(Settings(*f.db).set(SettingKey::LicenceContracted, QStringLiteral("5")).ok());
    for (int i = 0; i < 3; ++i) {
        auto issued = CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("taro")));
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
    }
    auto revoked = RevocationWorkflows(*f.ctx).revoke(CertificateRef{QString(), QStringLiteral("taro"), 2},
                                                      RevocationReason::Unspecified);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    auto now = LicenceLimit::counts(*f.db, f.ctx->now());
    QVERIFY(now.ok());
    QCOMPARE(now->contracted, qint64(5));
    QCOMPARE(now->issued, qint64(2));
    QCOMPARE(now->remaining(), qint64(3));
    // Eleven days later both have expired: nothing counts.
    auto later = LicenceLimit::counts(*f.db, f.ctx->now().addDays(11));
    QVERIFY(later.ok());
    QCOMPARE(later->issued, qint64(0));
    QCOMPARE(later->remaining(), qint64(5));
}

void TestLicenceLimit::refusedAtLimit()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("hanako")), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::LicenceContracted, QStringLiteral("1")).ok());
    auto first = CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("taro")));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    const QString before = dumpContent(*f.db);
    auto second = CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("hanako")));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY2(second.error().message.contains(QStringLiteral("licence")), qPrintable(second.error().message));
    QCOMPARE(dumpContent(*f.db), before);

    // Re-issuing a revoked slot while another certificate holds the only place: refused too.
    auto other = CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("taro")));
    QVERIFY(!other.ok());
    auto revoked = RevocationWorkflows(*f.ctx).revoke(CertificateRef{QString(), QStringLiteral("taro"), 1},
                                                      RevocationReason::Unspecified);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    auto hanako = CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("hanako")));
    QVERIFY2(hanako.ok(), qPrintable(hanako.error().message));
    auto reissued = CertificateWorkflows(*f.ctx).reissue(QStringLiteral("taro"), 1);
    QVERIFY(!reissued.ok());
    QCOMPARE(reissued.error().code, ErrorCode::Conflict);

    // 0: no limit.
    QVERIFY(Settings(*f.db).set(SettingKey::LicenceContracted, QStringLiteral("0")).ok());
    reissued = CertificateWorkflows(*f.ctx).reissue(QStringLiteral("taro"), 1);
    QVERIFY2(reissued.ok(), qPrintable(reissued.error().message));
    QCOMPARE(activeCount(f), qint64(2));
}

void TestLicenceLimit::secondIssuerWaits()
{
    if (!TestDatabase::isPostgresRun())
        QSKIP("SQLite serializes every writer with BEGIN IMMEDIATE; the lock matters on PostgreSQL");
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("hanako")), QString());
    // A revoked certificate of taro: the first transaction below makes it active again.
    auto old = CertificateWorkflows(*f.ctx).issue(request(QStringLiteral("taro")));
    QVERIFY2(old.ok(), qPrintable(old.error().message));
    auto revoked = RevocationWorkflows(*f.ctx).revoke(CertificateRef{old->certificate.serialHex, {}, 0},
                                                      RevocationReason::Unspecified);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QVERIFY(Settings(*f.db).set(SettingKey::LicenceContracted, QStringLiteral("1")).ok());
    QCOMPARE(activeCount(f), qint64(0));

    // The first issuer: its own connection, reserves the only place and adds a certificate, then holds
    // its transaction open until the test lets it commit.
    QSemaphore reserved, mayCommit, committed;
    Status firstReserve, firstCommit;
    QThread* first = QThread::create([&] {
        Transaction tx(*f.db);
        firstReserve = tx.begin();
        if (firstReserve)
            firstReserve = LicenceLimit::reserve(*f.db, QDateTime::currentDateTimeUtc(), 1);
        if (firstReserve) {
            auto q = f.db->exec(QStringLiteral("UPDATE certificates SET status = 'in-use' WHERE id = ?"),
                                {old->certificate.id});
            if (!q)
                firstReserve = q.error();
        }
        reserved.release();
        mayCommit.acquire();
        firstCommit = firstReserve ? tx.commit() : Status(firstReserve.error());
        committed.release();
    });
    first->start();
    QVERIFY(reserved.tryAcquire(1, 30000));
    QVERIFY2(firstReserve.ok(), qPrintable(firstReserve.error().message));

    // The second issuer, for another user, with its own connection: it must wait for the first.
    auto secondCtx = f.contextFor(f.ctx->actor());
    Result<IssueResult> second = makeError(ErrorCode::Cancelled, QStringLiteral("not run"));
    QThread* secondThread = QThread::create(
        [&] { second = CertificateWorkflows(*secondCtx).issue(request(QStringLiteral("hanako"))); });
    secondThread->start();
    const bool finishedEarly = secondThread->wait(4000);
    mayCommit.release();
    QVERIFY(committed.tryAcquire(1, 30000));
    QVERIFY(first->wait(30000));
    QVERIFY(secondThread->wait(60000));
    delete first;
    delete secondThread;
    QVERIFY2(firstCommit.ok(), qPrintable(firstCommit.error().message));
    QVERIFY2(!finishedEarly, second ? "the second issuer did not wait and issued past the limit"
                                    : qPrintable(second.error().message));
    // Then it counted the first one's certificate: refused, never two active certificates.
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY2(second.error().message.contains(QStringLiteral("licence")), qPrintable(second.error().message));
    QCOMPARE(activeCount(f), qint64(1));
}

QTEST_GUILESS_MAIN(TestLicenceLimit)
#include "tst_LicenceLimit.moc"
