// PostgreSQL enforces the roles itself: each operator connects as its own login role (SignIn::open) and
// the server refuses what the role may not do, whatever the client, here psql. Also the lockout through
// refused connections, and (SQLite) that a new database file is readable by its owner only.
#include "PsqlClient.h"
#include "WorkflowFixture.h"
#include "store/CaStore.h"
#include "store/CertificateStore.h"
#include "store/HistoryLog.h"
#include "store/PgRoles.h"
#include "store/UserStore.h"
#include "workflows/SignIn.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include "TestPlatform.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

QString uniqueLogin(const QString& prefix)
{
    return prefix + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

const QString kHistoryInsertAs = QStringLiteral(
    "INSERT INTO history (at_ms, operation, operator, prev_hash, hash) VALUES (0, 'issue', '%1', '', '')");

} // namespace

class tst_PgRoles : public QObject
{
    Q_OBJECT

private:
    // A fixture on PostgreSQL (administrator signed in, CA created) or a skip on SQLite runs.
    bool setUpPg(std::unique_ptr<TestDatabase>& tdb, WorkflowFixture& f, DatabaseUrl& url)
    {
        if (!TestDatabase::isPostgresRun()) {
            QTest::qSkip("PostgreSQL only", __FILE__, __LINE__);
            return false;
        }
        QString why;
        bool mustFail = false;
        tdb = TestDatabase::create(&why, &mustFail);
        if (!tdb) {
            if (mustFail)
                QTest::qFail(qPrintable(why), __FILE__, __LINE__);
            else
                QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
            return false;
        }
        if (const QString err = f.setUp(*tdb); !err.isEmpty()) {
            QTest::qFail(qPrintable(err), __FILE__, __LINE__);
            return false;
        }
        auto parsed = DatabaseUrl::parse(tdb->url());
        if (!parsed) {
            QTest::qFail(qPrintable(parsed.error().message), __FILE__, __LINE__);
            return false;
        }
        url = parsed.value();
        return true;
    }

    static QString addOperatorAs(WorkflowFixture& f, const QString& login, Role role)
    {
        auto added = OperatorWorkflows(*f.ctx).add(login, login, role, kOperatorPassword);
        return added ? QString() : added.error().message;
    }

    static bool hasHistory(Database& db, const QString& operation, const QString& details)
    {
        HistoryFilter filter;
        filter.operation = operation;
        auto rows = HistoryLog::list(db, filter);
        if (!rows)
            return false;
        for (const HistoryEntry& e : rows.value()) {
            if (e.details == details)
                return true;
        }
        return false;
    }

private slots:
    void scramVerifierHasPostgresFormat()
    {
        auto v = PgRoles::scramVerifier(QStringLiteral("Kirin-Batt3ry-Staple"));
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        const QRegularExpression format(QStringLiteral(
            "^SCRAM-SHA-256\\$4096:[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$"));
        QVERIFY2(format.match(v.value()).hasMatch(), qPrintable(v.value()));
        // A fresh salt each time.
        QVERIFY(PgRoles::scramVerifier(QStringLiteral("Kirin-Batt3ry-Staple")).value() != v.value());
    }

    void sqliteFileIsOwnerOnly()
    {
        if (!test::hasPosixPermissions())
            QSKIP("This system has no POSIX permission bits (its ACLs are checked by FilePermissions).");
        QTemporaryDir dir;
        const int old = test::setUmask(022);
        const QString path = dir.filePath(QStringLiteral("certdesk.db"));
        auto db = Database::open(QStringLiteral("sqlite:") + path);
        test::setUmask(old);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        // A write, so that the -wal and -shm files exist while the connection is open.
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")).ok());
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const int bits = test::filePermissionBits(path + suffix);
            QVERIFY2(bits >= 0, qPrintable(path + suffix));
            QCOMPARE(bits & 0777, 0600);
        }
    }

    void helpdeskRoleIsEnforcedByTheServer()
    {
        std::unique_ptr<TestDatabase> tdb;
        WorkflowFixture f;
        DatabaseUrl url;
        if (!setUpPg(tdb, f, url))
            return;
        const QString hd = uniqueLogin(QStringLiteral("hd"));
        QCOMPARE(addOperatorAs(f, hd, Role::Helpdesk), QString());
        QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());

        // Its own connection does its allowed work: issue, revoke (with the CRL re-signed).
        auto signedIn = SignIn::open(url, hd, kOperatorPassword, QStringLiteral("tests"));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        QVERIFY(signedIn->result.mustChangePassword);
        auto auth = PgRoles::connectedAs(*signedIn->db, hd);
        QVERIFY(auth.ok() && auth.value());
        WorkflowContext hdCtx(signedIn->db, signedIn->result.actor);
        hdCtx.setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
        IssueRequest req{
            QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Manual, "Abc12345", {}, 0};
        auto issued = CertificateWorkflows(hdCtx).issue(req);
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        auto revoked = RevocationWorkflows(hdCtx).revoke(CertificateRef{issued->certificate.serialHex, {}, 0},
                                                         RevocationReason::KeyCompromise);
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
        QCOMPARE(int(revoked->crl.state), int(CrlOutcome::State::Published));
        // Its own password, through the server's own check.
        QVERIFY2(OperatorWorkflows(hdCtx)
                     .changeOwnPassword(kOperatorPassword, QStringLiteral("Zebra-Lamp-42x"))
                     .ok(),
                 "change own password");
        auto again = SignIn::open(url, hd, QStringLiteral("Zebra-Lamp-42x"), QStringLiteral("tests"));
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QVERIFY(!again->result.mustChangePassword);

        // What psql as the helpdesk role cannot do.
        const QString pw = QStringLiteral("Zebra-Lamp-42x");
        const QStringList refused = {
            QStringLiteral("UPDATE settings SET value = 'x'"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('evil', '1')"),
            QStringLiteral("UPDATE cas SET name = 'evil'"),
            QStringLiteral("UPDATE cas SET active = 0"),
            QStringLiteral("UPDATE cas SET crl_number = 0"),
            QStringLiteral("DELETE FROM cas"),
            QStringLiteral("INSERT INTO operators (login, role, password_hash, created_at, updated_at)"
                           " VALUES ('evil', 'admin', 'x', 0, 0)"),
            QStringLiteral("UPDATE operators SET role = 'admin'"),
            QStringLiteral("UPDATE operators SET disabled = 0"),
            QStringLiteral("DELETE FROM operators"),
            QStringLiteral("DELETE FROM history"),
            QStringLiteral("UPDATE history SET operator = 'someone'"),
            QStringLiteral("TRUNCATE history"),
            kHistoryInsertAs.arg(kAdminLogin),
            QStringLiteral("DELETE FROM users"),
            QStringLiteral("UPDATE users SET email = 'evil@example.jp'"),
            QStringLiteral("INSERT INTO users (login_id, created_at, updated_at) VALUES ('evil', 0, 0)"),
            QStringLiteral("DELETE FROM certificates"),
            QStringLiteral("DELETE FROM identities"),
            QStringLiteral("SELECT certdesk_set_group('%1', 'certdesk_admin')").arg(hd),
            QStringLiteral("SELECT certdesk_create_login('evil', 'certdesk_admin', 'x')"),
            QStringLiteral("SELECT certdesk_set_can_login('%1', true)").arg(kAdminLogin),
            QStringLiteral("SELECT certdesk_set_password('%1', 'SCRAM-SHA-256$4096:x')").arg(kAdminLogin),
            QStringLiteral("SELECT certdesk_history_append('issue', 'x', '', '', '')"),
            QStringLiteral("CREATE TABLE evil (x int)"),
        };
        for (const QString& sql : refused) {
            const Psql r = psqlAs(url, hd, pw, sql);
            QVERIFY2(r.exitCode != 0, qPrintable(QStringLiteral("not refused: ") + sql));
            QVERIFY2(!r.err.contains(QLatin1String("authentication")), qPrintable(r.err));
        }
        // Other operators' rows (and their password hashes) are invisible.
        const Psql others = psqlAs(url, hd, pw, QStringLiteral("SELECT count(*) FROM operators"));
        QCOMPARE(others.exitCode, 0);
        QCOMPARE(others.out, QStringLiteral("1"));
        // It reads what issuing and delivering need.
        QCOMPARE(psqlAs(url, hd, pw, QStringLiteral("SELECT count(key_pem) FROM cas")).out,
                 QStringLiteral("1"));
        QCOMPARE(
            psqlAs(url, hd, pw, QStringLiteral("SELECT count(*) FROM certificates WHERE p12 IS NOT NULL"))
                .exitCode,
            0);

        // Everything the helpdesk's workflows wrote is one intact chain, and nothing was changed by psql.
        auto verified = HistoryLog::verify(*f.db);
        QVERIFY2(verified.ok() && verified->intact, verified.ok() ? qPrintable(verified->problem) : "verify");
        QVERIFY(hasHistory(*f.db, Op::Login, QStringLiteral("login=%1 role=helpdesk").arg(hd)));
    }

    void auditorReadsNoSecretAndWritesNothing()
    {
        std::unique_ptr<TestDatabase> tdb;
        WorkflowFixture f;
        DatabaseUrl url;
        if (!setUpPg(tdb, f, url))
            return;
        const QString au = uniqueLogin(QStringLiteral("au"));
        QCOMPARE(addOperatorAs(f, au, Role::Auditor), QString());
        QCOMPARE(f.addUserWithIdentity(QStringLiteral("hanako")), QString());
        IssueRequest req{QStringLiteral("hanako"), QStringLiteral("mac"), {}, PasswordMode::Auto, {}, {}, 0};
        QVERIFY(CertificateWorkflows(*f.ctx).issue(req).ok());

        const QStringList refused = {
            QStringLiteral("SELECT key_pem FROM cas"),
            QStringLiteral("SELECT p12 FROM certificates"),
            QStringLiteral("SELECT password_sealed FROM certificates"),
            QStringLiteral("SELECT download_token_hash FROM certificates"),
            QStringLiteral("SELECT * FROM certificates"),
            QStringLiteral("SELECT sealed FROM sealed_keys"),
            QStringLiteral("SELECT secret_sealed FROM outbox"),
            QStringLiteral("SELECT password_sealed FROM bulk_job_rows"),
            QStringLiteral("UPDATE settings SET value = 'x'"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('evil', '1')"),
            QStringLiteral("DELETE FROM settings"),
            QStringLiteral("UPDATE cas SET crl_number = crl_number + 1"),
            QStringLiteral("DELETE FROM cas"),
            QStringLiteral("INSERT INTO users (login_id, created_at, updated_at) VALUES ('evil', 0, 0)"),
            QStringLiteral("UPDATE users SET email = 'evil@example.jp'"),
            QStringLiteral("DELETE FROM users"),
            QStringLiteral(
                "INSERT INTO identities (user_id, family_name, given_name, family_kana, given_kana,"
                " family_en, given_en, registered_at, registered_by) VALUES (1,'','','','','','',0,'')"),
            QStringLiteral("DELETE FROM identities"),
            QStringLiteral("UPDATE certificates SET status = 'revoked'"),
            QStringLiteral("DELETE FROM certificates"),
            QStringLiteral(
                "INSERT INTO outbox (created_at, kind, recipient, subject, body, state, next_attempt_at)"
                " VALUES (0, 'x', 'x', 'x', 'x', 'queued', 0)"),
            QStringLiteral("UPDATE outbox SET state = 'queued'"),
            QStringLiteral("DELETE FROM outbox"),
            QStringLiteral("INSERT INTO crls (ca_id, number, this_update, next_update, entries, der)"
                           " VALUES (1, 99, 0, 0, 0, '')"),
            QStringLiteral("DELETE FROM crls"),
            QStringLiteral("INSERT INTO sealed_keys (ca_id, sealed, created_at) VALUES (1, '', 0)"),
            QStringLiteral(
                "INSERT INTO reminders (certificate_id, threshold_days, queued_at) VALUES (1, 1, 0)"),
            QStringLiteral("DELETE FROM user_groups"),
            QStringLiteral("INSERT INTO operators (login, role, password_hash, created_at, updated_at)"
                           " VALUES ('evil', 'admin', 'x', 0, 0)"),
            QStringLiteral("UPDATE operators SET role = 'admin'"),
            QStringLiteral("DELETE FROM operators"),
            QStringLiteral("DELETE FROM history"),
            QStringLiteral("UPDATE history SET operator = 'someone'"),
            kHistoryInsertAs.arg(kAdminLogin),
            QStringLiteral("DELETE FROM bulk_jobs"),
            QStringLiteral("DELETE FROM schema_version"),
        };
        for (const QString& sql : refused) {
            const Psql r = psqlAs(url, au, kOperatorPassword, sql);
            QVERIFY2(r.exitCode != 0, qPrintable(QStringLiteral("not refused: ") + sql));
            QVERIFY2(!r.err.contains(QLatin1String("authentication")), qPrintable(r.err));
        }
        // What it may read, and the redacted views its desktop reads (secrets empty).
        QCOMPARE(psqlAs(url, au, kOperatorPassword, QStringLiteral("SELECT login_id FROM users")).out,
                 QStringLiteral("hanako"));
        QCOMPARE(psqlAs(url, au, kOperatorPassword,
                        QStringLiteral("SELECT length(key_pem) FROM certdesk_redacted.cas"))
                     .out,
                 QStringLiteral("0"));

        // Its desktop works over its own connection: sign-in, the certificate list, the history check.
        auto signedIn = SignIn::open(url, au, kOperatorPassword, QStringLiteral("tests"));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        WorkflowContext auCtx(signedIn->db, signedIn->result.actor);
        auto ca = CaStore(*signedIn->db).active();
        QVERIFY2(ca.ok() && ca.value(), ca.ok() ? "no CA" : qPrintable(ca.error().message));
        QVERIFY(ca.value()->encryptedKeyPem.isEmpty());
        auto user = UserStore(*signedIn->db).findByLogin(QStringLiteral("hanako"));
        QVERIFY(user.ok() && user.value());
        auto certs = CertificateStore(*signedIn->db).forUser(user.value()->id);
        QVERIFY2(certs.ok(), certs.ok() ? "" : qPrintable(certs.error().message));
        QCOMPARE(certs->size(), 1);
        auto p12 = CertificateStore(*signedIn->db).pkcs12(certs->first().id);
        QVERIFY(p12.ok() && p12->isEmpty());
        auto verified = HistoryLog::verify(*signedIn->db);
        QVERIFY2(verified.ok() && verified->intact, verified.ok() ? qPrintable(verified->problem) : "verify");
        auto issuedByAuditor = CertificateWorkflows(auCtx).issue(req);
        QVERIFY(!issuedByAuditor.ok());
        QCOMPARE(int(issuedByAuditor.error().code), int(ErrorCode::NotPermitted));
    }

    void lockoutMakesTheRoleNoLogin()
    {
        std::unique_ptr<TestDatabase> tdb;
        WorkflowFixture f;
        DatabaseUrl url;
        if (!setUpPg(tdb, f, url))
            return;
        const QString lk = uniqueLogin(QStringLiteral("lk"));
        QCOMPARE(addOperatorAs(f, lk, Role::Helpdesk), QString());
        auto canLogin = [&] {
            auto q = f.db->exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {lk});
            return q.ok() && q->next() && q->value(0).toBool();
        };
        QVERIFY(canLogin());

        for (int i = 1; i <= OperatorWorkflows::kMaxFailures; ++i) {
            auto r =
                SignIn::open(url, lk, QStringLiteral("Wrong-Passw0rd-%1").arg(i), QStringLiteral("tests"));
            QVERIFY(!r.ok());
            QCOMPARE(int(r.error().code), int(ErrorCode::NotPermitted));
            QVERIFY2(!r.error().message.contains(QLatin1String("Wrong-Passw0rd")),
                     qPrintable(r.error().message));
            QCOMPARE(r.error().message, i < OperatorWorkflows::kMaxFailures
                                            ? OperatorWorkflows::wrongPasswordMessage()
                                            : OperatorWorkflows::lockedMessage(lk));
            QVERIFY(hasHistory(*f.db, Op::LoginFailed,
                               QStringLiteral("login=%1 reason=wrong-password failures=%2").arg(lk).arg(i)));
        }
        QVERIFY(!canLogin());
        QVERIFY(hasHistory(*f.db, Op::OperatorLocked, QStringLiteral("login=%1 failures=6").arg(lk)));
        auto op = OperatorStore(*f.db).findByLogin(lk);
        QVERIFY(op.ok() && op.value() && op.value()->locked && op.value()->failedCount == 6);

        // The right password is refused now, with the message that says whom to ask.
        auto right = SignIn::open(url, lk, kOperatorPassword, QStringLiteral("tests"));
        QVERIFY(!right.ok());
        QCOMPARE(int(right.error().code), int(ErrorCode::NotPermitted));
        QCOMPARE(right.error().message, OperatorWorkflows::lockedMessage(lk));
        QVERIFY(hasHistory(*f.db, Op::LoginFailed, QStringLiteral("login=%1 reason=locked").arg(lk)));
        // psql too.
        QVERIFY(psqlAs(url, lk, kOperatorPassword, QStringLiteral("SELECT 1")).exitCode != 0);

        // An unknown login is refused with the wrong-password message and recorded.
        const QString nobody = uniqueLogin(QStringLiteral("nobody"));
        auto unknown = SignIn::open(url, nobody, kOperatorPassword, QStringLiteral("tests"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, OperatorWorkflows::wrongPasswordMessage());
        QVERIFY(hasHistory(*f.db, Op::LoginFailed,
                           QStringLiteral("login=%1 reason=unknown-operator").arg(nobody)));

        // An administrator unlocks: the role can log in again, and signing in works.
        auto unlocked = OperatorWorkflows(*f.ctx).unlock(lk);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
        QVERIFY(canLogin());
        QVERIFY(hasHistory(*f.db, Op::OperatorUnlocked, QStringLiteral("login=%1 failures=6").arg(lk)));
        auto after = SignIn::open(url, lk, kOperatorPassword, QStringLiteral("tests"));
        QVERIFY2(after.ok(), qPrintable(after.error().message));
        QVERIFY(hasHistory(*f.db, Op::Login, QStringLiteral("login=%1 role=helpdesk").arg(lk)));

        // Disabled: refused, with its own message.
        auto disabledNow = OperatorWorkflows(*f.ctx).disable(lk);
        QVERIFY2(disabledNow.ok(), qPrintable(disabledNow.error().message));
        QVERIFY(!canLogin());
        auto disabled = SignIn::open(url, lk, kOperatorPassword, QStringLiteral("tests"));
        QVERIFY(!disabled.ok());
        QCOMPARE(disabled.error().message, OperatorWorkflows::disabledMessage(lk));

        // The rows the database function wrote continue the application's hash chain.
        auto verified = HistoryLog::verify(*f.db);
        QVERIFY2(verified.ok() && verified->intact, verified.ok() ? qPrintable(verified->problem) : "verify");
    }
};

QTEST_GUILESS_MAIN(tst_PgRoles)
#include "tst_PgRoles.moc"
