// The certificates per status as migration 24's triggers keep them (CertificateTotalsSchema), which the
// dashboard reads after every change instead of counting every certificate (issue 16 §4). On SQLite and
// PostgreSQL:
// followEveryWrite        issue, revoke, deliver, download and a raw insert / status update / delete give
//                         the same numbers as counting the certificates table.
// foldKeepsTheTotals      hundreds of status changes: the table is folded (a few hundred rows at most)
//                         and the totals still match the table.
// concurrentWriters       two connections changing statuses at once, one transaction each: no error, no
//                         change lost (PostgreSQL: appends only, so no lock waits and no deadlock).
// rolesMayOnlyRead        PostgreSQL: the helpdesk and the auditor read the totals (psql); neither may
//                         insert, change or delete a row, nor call the trigger function.
#include "PsqlClient.h"
#include "WorkflowFixture.h"
#include "store/CertificateStore.h"
#include "workflows/SignIn.h"

#include <QTest>
#include <QThread>

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

struct Tally
{
    qint64 issued = 0, inUse = 0, awaiting = 0;
    bool operator==(const Tally& o) const
    {
        return issued == o.issued && inUse == o.inUse && awaiting == o.awaiting;
    }
};

// Counted from the certificates table itself.
Tally counted(Database& db)
{
    Tally t;
    auto q = db.exec(QStringLiteral("SELECT status, COUNT(*) FROM certificates GROUP BY status"));
    if (!q)
        return {-1, -1, -1};
    while (q->next()) {
        const QString status = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (status != certStatusId(CertStatus::Revoked))
            t.issued += n;
        if (status == certStatusId(CertStatus::InUse))
            t.inUse = n;
        else if (status == certStatusId(CertStatus::AwaitingDownload))
            t.awaiting = n;
    }
    return t;
}

// As the dashboard reads it.
Tally kept(Database& db)
{
    auto c = CertificateStore(db).counts(QDateTime::currentDateTimeUtc());
    if (!c)
        return {-2, -2, -2};
    return {c->issued, c->inUse, c->awaiting};
}

qint64 totalsRows(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM certificate_status_totals"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString show(const Tally& t)
{
    return QStringLiteral("issued %1, in use %2, awaiting %3").arg(t.issued).arg(t.inUse).arg(t.awaiting);
}

#define CHECK_TOTALS(db)                                                                                     \
    do {                                                                                                     \
        const Tally want = counted(db), got = kept(db);                                                      \
        QVERIFY2(want == got, qPrintable(QStringLiteral("counted: ") + show(want) +                          \
                                         QStringLiteral(" / kept: ") + show(got)));                          \
    } while (false)

// Flips certificate `id` between in use and awaiting download `times` times, a transaction each.
QString flip(Database& db, qint64 id, int times)
{
    for (int i = 0; i < times; ++i) {
        const QString status =
            i % 2 ? certStatusId(CertStatus::AwaitingDownload) : certStatusId(CertStatus::InUse);
        auto q = db.exec(QStringLiteral("UPDATE certificates SET status = ? WHERE id = ?"), {status, id});
        if (!q)
            return q.error().message;
    }
    return {};
}

} // namespace

class tst_CertificateTotals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<WorkflowFixture> m_fixture;
    WorkflowFixture& f() { return *m_fixture; }

    bool setUpWithCertificates(int count)
    {
        QString why;
        bool mustFail = false;
        m_tdb = TestDatabase::create(&why, &mustFail);
        if (!m_tdb) {
            if (mustFail)
                QTest::qFail(qPrintable(why), __FILE__, __LINE__);
            else
                QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
            return false;
        }
        m_fixture = std::make_unique<WorkflowFixture>();
        if (const QString err = f().setUp(*m_tdb); !err.isEmpty()) {
            QTest::qFail(qPrintable(err), __FILE__, __LINE__);
            return false;
        }
        for (int i = 0; i < count; ++i) {
            const QString login = QStringLiteral("user%1").arg(i);
            if (const QString err = f().addUserWithIdentity(login); !err.isEmpty()) {
                QTest::qFail(qPrintable(err), __FILE__, __LINE__);
                return false;
            }
            if (auto issued = CertificateWorkflows(*f().ctx).issue(request(login)); !issued) {
                QTest::qFail(qPrintable(issued.error().message), __FILE__, __LINE__);
                return false;
            }
        }
        return true;
    }

    qint64 certificateId(const QString& login)
    {
        auto q = f().db->exec(
            QStringLiteral("SELECT id FROM certificates WHERE login_id = ? ORDER BY id DESC"), {login});
        return q && q->next() ? q->value(0).toLongLong() : 0;
    }

private slots:
    void followEveryWrite()
    {
        if (!setUpWithCertificates(4))
            return;
        Database& db = *f().db;
        const Tally issued = kept(db);
        QCOMPARE(issued.issued, qint64(4));
        QCOMPARE(issued.awaiting, qint64(4));
        CHECK_TOTALS(db);

        QVERIFY(RevocationWorkflows(*f().ctx)
                    .revoke(CertificateRef{QString(), QStringLiteral("user0"), 1},
                            RevocationReason::KeyCompromise)
                    .ok());
        CHECK_TOTALS(db);
        QCOMPARE(kept(db).issued, qint64(3));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(CertificateStore(db).recordDownload(certificateId(QStringLiteral("user1")), now).ok());
        QVERIFY(CertificateStore(db).markDelivered(certificateId(QStringLiteral("user2")), now).ok());
        CHECK_TOTALS(db);
        QCOMPARE(kept(db).inUse, qint64(2));
        // Writes that leave the status alone add nothing.
        const qint64 rows = totalsRows(db);
        QVERIFY(db.exec(QStringLiteral("UPDATE certificates SET remarks = 'x'")).ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE certificates SET status = status")).ok());
        QCOMPARE(totalsRows(db), rows);
        // Whatever writes the table: a copy of a certificate inserted, then deleted.
        QVERIFY(db.exec(QStringLiteral(
                            "INSERT INTO certificates (user_id, login_id, ca_id, slot, device, notify_email,"
                            " remarks, status, serial, subject, key_type, p12_profile, not_before, not_after,"
                            " cert_der, issued_by, issued_at) SELECT user_id, login_id, ca_id, 9, device,"
                            " notify_email, remarks, 'in-use', 'AB01', subject, key_type, p12_profile,"
                            " not_before, not_after, cert_der, issued_by, issued_at FROM certificates WHERE "
                            "id = ?"),
                        {certificateId(QStringLiteral("user3"))})
                    .ok());
        CHECK_TOTALS(db);
        QCOMPARE(kept(db).inUse, qint64(3));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM certificates WHERE serial = 'AB01'")).ok());
        CHECK_TOTALS(db);
        QCOMPARE(kept(db).inUse, qint64(2));
    }

    void foldKeepsTheTotals()
    {
        if (!setUpWithCertificates(2))
            return;
        Database& db = *f().db;
        const QString err = flip(db, certificateId(QStringLiteral("user0")), 601); // 1,202 rows appended
        QVERIFY2(err.isEmpty(), qPrintable(err));
        CHECK_TOTALS(db);
        QCOMPARE(kept(db).inUse, qint64(1));
        QVERIFY2(totalsRows(db) <= 256 + 8, qPrintable(QString::number(totalsRows(db))));
        auto maxId = db.exec(QStringLiteral("SELECT MAX(id) FROM certificate_status_totals"));
        QVERIFY(maxId && maxId->next());
        QVERIFY2(maxId->value(0).toLongLong() > 1000, "every change appended a row");
    }

    void concurrentWriters()
    {
        if (!setUpWithCertificates(2))
            return;
        const QString url = m_tdb->url();
        const qint64 ids[2] = {certificateId(QStringLiteral("user0")),
                               certificateId(QStringLiteral("user1"))};
        QString errors[2];
        QList<QThread*> threads;
        for (int t = 0; t < 2; ++t) {
            threads << QThread::create([&, t] {
                auto db = Database::open(url);
                if (!db) {
                    errors[t] = db.error().message;
                    return;
                }
                errors[t] = flip(*db.value(), ids[t], 401);
            });
            threads.last()->start();
        }
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        CHECK_TOTALS(*f().db);
        QCOMPARE(kept(*f().db).inUse, qint64(2));
    }

    void rolesMayOnlyRead()
    {
        if (!TestDatabase::isPostgresRun())
            QSKIP("PostgreSQL only: SQLite has no roles.");
        if (!setUpWithCertificates(1))
            return;
        auto url = DatabaseUrl::parse(m_tdb->url());
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        for (Role role : {Role::Helpdesk, Role::Auditor}) {
            const QString login =
                role == Role::Helpdesk ? QStringLiteral("totals-hd") : QStringLiteral("totals-au");
            QVERIFY(addOperator(*f().ctx, role, login).ok());
            // The operator's own connection, as the desktop opens it: the dashboard's numbers.
            auto signedIn = SignIn::open(url.value(), login, kOperatorPassword, QStringLiteral("tests"));
            QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
            QCOMPARE(kept(*signedIn->db).awaiting, qint64(1));
            const Psql read = psqlAs(url.value(), login, kOperatorPassword,
                                     QStringLiteral("SELECT SUM(n) FROM certificate_status_totals"));
            QCOMPARE(read.exitCode, 0);
            QCOMPARE(read.out, QStringLiteral("1"));
            for (const QString& sql :
                 {QStringLiteral("INSERT INTO certificate_status_totals (status, n) VALUES ('in-use', 1000)"),
                  QStringLiteral("UPDATE certificate_status_totals SET n = 1000"),
                  QStringLiteral("DELETE FROM certificate_status_totals"),
                  QStringLiteral("SELECT certdesk_certificate_totals()")}) {
                const Psql r = psqlAs(url.value(), login, kOperatorPassword, sql);
                QVERIFY2(r.exitCode != 0, qPrintable(sql + QStringLiteral(" -> ") + r.out));
            }
        }
        CHECK_TOTALS(*f().db);
        QCOMPARE(kept(*f().db).awaiting, qint64(1));
    }
};

QTEST_GUILESS_MAIN(tst_CertificateTotals)
#include "tst_CertificateTotals.moc"
