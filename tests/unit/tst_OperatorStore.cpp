// The operators table and OperatorStore, on SQLite and on PostgreSQL.
#include "TestDatabase.h"
#include "auth/PasswordHash.h"
#include "auth/Roles.h"
#include "store/Migrations.h"
#include "store/OperatorStore.h"
#include "store/Transaction.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QDateTime kCreated(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

OperatorRecord makeOperator(const QString& login, Role role)
{
    OperatorRecord op;
    op.login = login;
    op.displayName = login.toUpper();
    op.role = Roles::id(role);
    op.passwordHash =
        QStringLiteral("scrypt$ln=15$r=8$p=1$AAAAAAAAAAAAAAAAAAAAAA$") + QString(43, QLatin1Char('A'));
    op.createdAt = kCreated;
    op.updatedAt = kCreated;
    return op;
}

} // namespace

class tst_OperatorStore : public QObject
{
    Q_OBJECT

private slots:
    void insertAndFindRoundTrip();
    void loginsAreUniqueAlsoWithoutRegardToCase();
    void onlyTheThreeRolesAndFlagsAreStored();
    void listIsOrderedByLogin();
    void settersChangeOneThing();
    void settersOfAnUnknownOperatorAreNotFound();
    void countsActiveAdministrators();
    void rowLockInsideATransaction();
    void storedHashVerifies();
};

void tst_OperatorStore::insertAndFindRoundTrip()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    OperatorStore store(*db);
    OperatorRecord op = makeOperator(QStringLiteral("sato"), Role::Helpdesk);
    op.displayName = QStringLiteral("佐藤 花子");
    op.mustChangePassword = true;
    op.failedCount = 2;
    auto id = store.insert(op);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QVERIFY(id.value() > 0);

    auto found = store.findByLogin(QStringLiteral("sato"));
    QVERIFY(found.ok() && found->has_value());
    const OperatorRecord& got = found->value();
    QCOMPARE(got.id, id.value());
    QCOMPARE(got.login, QStringLiteral("sato"));
    QCOMPARE(got.displayName, QStringLiteral("佐藤 花子"));
    QCOMPARE(got.role, QStringLiteral("helpdesk"));
    QCOMPARE(got.passwordHash, op.passwordHash);
    QCOMPARE(got.failedCount, 2);
    QVERIFY(!got.locked);
    QVERIFY(!got.disabled);
    QVERIFY(got.mustChangePassword);
    QCOMPARE(got.createdAt, kCreated);
    QCOMPARE(got.updatedAt, kCreated);
    QVERIFY(got.lastSignInAt.isNull());

    auto byId = store.findById(id.value());
    QVERIFY(byId.ok() && byId->has_value());
    QCOMPARE(byId->value().login, QStringLiteral("sato"));
    QVERIFY(!store.findById(id.value() + 100).value().has_value());
    QVERIFY(!store.findByLogin(QStringLiteral("suzuki")).value().has_value());
}

void tst_OperatorStore::loginsAreUniqueAlsoWithoutRegardToCase()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    OperatorStore store(*db);
    QVERIFY(store.insert(makeOperator(QStringLiteral("Alice"), Role::Admin)).ok());

    // Sign-in looks up exactly what was typed.
    QVERIFY(store.findByLogin(QStringLiteral("Alice")).value().has_value());
    QVERIFY(!store.findByLogin(QStringLiteral("alice")).value().has_value());
    QVERIFY(!store.findByLogin(QStringLiteral(" Alice")).value().has_value());

    // The duplicate check trims and ignores case.
    for (const QString& other :
         {QStringLiteral("alice"), QStringLiteral(" ALICE "), QStringLiteral("Alice")}) {
        auto dup = store.findByLoginFolded(other);
        QVERIFY(dup.ok());
        QVERIFY2(dup->has_value(), qPrintable(other));
        QCOMPARE(dup->value().login, QStringLiteral("Alice"));
    }
    QVERIFY(!store.findByLoginFolded(QStringLiteral("alic")).value().has_value());
    QVERIFY(!store.findByLoginFolded(QString()).value().has_value());

    // And the database refuses both an exact and a case-different second row.
    auto same = store.insert(makeOperator(QStringLiteral("Alice"), Role::Auditor));
    QVERIFY(!same.ok());
    // PostgreSQL's unique violation is reported as a race the operator can resolve (Database::sqlError).
    QCOMPARE(same.error().code, TestDatabase::isPostgresRun() ? ErrorCode::Conflict : ErrorCode::Database);
    auto folded = store.insert(makeOperator(QStringLiteral("ALICE"), Role::Auditor));
    QVERIFY(!folded.ok());
    QCOMPARE(store.list()->size(), 1);
}

void tst_OperatorStore::onlyTheThreeRolesAndFlagsAreStored()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    OperatorStore store(*db);
    for (Role role : Roles::all())
        QVERIFY(store.insert(makeOperator(QStringLiteral("op-") + Roles::id(role), role)).ok());
    OperatorRecord bad = makeOperator(QStringLiteral("root"), Role::Admin);
    bad.role = QStringLiteral("root");
    QVERIFY(!store.insert(bad).ok());
    bad.role = QStringLiteral("Admin");
    QVERIFY(!store.insert(bad).ok());
    auto id = store.findByLogin(QStringLiteral("op-auditor"))->value().id;
    QVERIFY(!store.setRole(id, QStringLiteral("superuser"), kCreated).ok());
    QCOMPARE(store.findById(id)->value().role, QStringLiteral("auditor"));
    // The 0/1 flags and the failure count are checked by the database too.
    QVERIFY(!db->exec(QStringLiteral("UPDATE operators SET locked = 2 WHERE id = ?"), {id}).ok());
    QVERIFY(!db->exec(QStringLiteral("UPDATE operators SET disabled = -1 WHERE id = ?"), {id}).ok());
    QVERIFY(
        !db->exec(QStringLiteral("UPDATE operators SET must_change_password = 5 WHERE id = ?"), {id}).ok());
    QVERIFY(!store.setFailedCount(id, -1).ok());
    QCOMPARE(store.list()->size(), 3);
}

void tst_OperatorStore::listIsOrderedByLogin()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    OperatorStore store(*db);
    QVERIFY(store.list().ok());
    QVERIFY(store.list()->isEmpty());
    for (const QString& login : {QStringLiteral("suzuki"), QStringLiteral("abe"), QStringLiteral("kato")})
        QVERIFY(store.insert(makeOperator(login, Role::Helpdesk)).ok());
    auto all = store.list();
    QVERIFY(all.ok());
    QStringList logins;
    for (const OperatorRecord& op : all.value())
        logins << op.login;
    QCOMPARE(logins, (QStringList{QStringLiteral("abe"), QStringLiteral("kato"), QStringLiteral("suzuki")}));
}

void tst_OperatorStore::settersChangeOneThing()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    OperatorStore store(*db);
    const qint64 id = store.insert(makeOperator(QStringLiteral("kato"), Role::Helpdesk)).value();
    const qint64 other = store.insert(makeOperator(QStringLiteral("abe"), Role::Auditor)).value();
    const OperatorRecord otherBefore = store.findById(other)->value();
    auto load = [&] { return store.findById(id)->value(); };

    QDateTime t = kCreated.addSecs(60);
    QVERIFY(store.setRole(id, QStringLiteral("admin"), t).ok());
    QCOMPARE(load().role, QStringLiteral("admin"));
    QCOMPARE(load().updatedAt, t);

    t = t.addSecs(60);
    QVERIFY(store.setDisplayName(id, QStringLiteral("加藤 一郎"), t).ok());
    QCOMPARE(load().displayName, QStringLiteral("加藤 一郎"));
    QCOMPARE(load().updatedAt, t);

    t = t.addSecs(60);
    QVERIFY(store.setPasswordHash(id, QStringLiteral("scrypt$new"), true, t).ok());
    QCOMPARE(load().passwordHash, QStringLiteral("scrypt$new"));
    QVERIFY(load().mustChangePassword);
    QCOMPARE(load().updatedAt, t);
    QVERIFY(store.setPasswordHash(id, QStringLiteral("scrypt$own"), false, t).ok());
    QVERIFY(!load().mustChangePassword);

    // Failed attempts and sign-ins are not changes of the operator: updated_at stays.
    QVERIFY(store.setFailedCount(id, 5).ok());
    QCOMPARE(load().failedCount, 5);
    QCOMPARE(load().updatedAt, t);
    const QDateTime signIn = t.addSecs(30);
    QVERIFY(store.setLastSignIn(id, signIn).ok());
    QCOMPARE(load().lastSignInAt, signIn);
    QCOMPARE(load().updatedAt, t);

    t = t.addSecs(60);
    QVERIFY(store.setLocked(id, true, t).ok());
    QVERIFY(load().locked);
    QCOMPARE(load().updatedAt, t);
    QVERIFY(store.setLocked(id, false, t).ok());
    QVERIFY(!load().locked);

    t = t.addSecs(60);
    QVERIFY(store.setDisabled(id, true, t).ok());
    QVERIFY(load().disabled);
    QCOMPARE(load().updatedAt, t);
    QVERIFY(store.setDisabled(id, false, t).ok());
    QVERIFY(!load().disabled);

    // What was not set kept its value, and the other operator is untouched.
    const OperatorRecord now = load();
    QCOMPARE(now.login, QStringLiteral("kato"));
    QCOMPARE(now.createdAt, kCreated);
    QCOMPARE(now.failedCount, 5);
    const OperatorRecord otherAfter = store.findById(other)->value();
    QCOMPARE(otherAfter.role, otherBefore.role);
    QCOMPARE(otherAfter.displayName, otherBefore.displayName);
    QCOMPARE(otherAfter.passwordHash, otherBefore.passwordHash);
    QCOMPARE(otherAfter.updatedAt, otherBefore.updatedAt);
    QVERIFY(otherAfter.lastSignInAt.isNull());
}

void tst_OperatorStore::settersOfAnUnknownOperatorAreNotFound()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    OperatorStore store(*db);
    const qint64 missing = 4711;
    QCOMPARE(store.setRole(missing, QStringLiteral("admin"), kCreated).error().code, ErrorCode::NotFound);
    QCOMPARE(store.setDisplayName(missing, QStringLiteral("x"), kCreated).error().code, ErrorCode::NotFound);
    QCOMPARE(store.setPasswordHash(missing, QStringLiteral("x"), false, kCreated).error().code,
             ErrorCode::NotFound);
    QCOMPARE(store.setFailedCount(missing, 1).error().code, ErrorCode::NotFound);
    QCOMPARE(store.setLocked(missing, true, kCreated).error().code, ErrorCode::NotFound);
    QCOMPARE(store.setDisabled(missing, true, kCreated).error().code, ErrorCode::NotFound);
    QCOMPARE(store.setLastSignIn(missing, kCreated).error().code, ErrorCode::NotFound);
}

void tst_OperatorStore::countsActiveAdministrators()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    OperatorStore store(*db);
    QCOMPARE(store.countActiveAdministrators().value(), qint64(0));
    const qint64 first = store.insert(makeOperator(QStringLiteral("admin1"), Role::Admin)).value();
    QCOMPARE(store.countActiveAdministrators().value(), qint64(1));

    OperatorRecord locked = makeOperator(QStringLiteral("admin2"), Role::Admin);
    locked.locked = true; // a locked administrator can still be unlocked: counts
    const qint64 second = store.insert(locked).value();
    OperatorRecord disabled = makeOperator(QStringLiteral("admin3"), Role::Admin);
    disabled.disabled = true;
    QVERIFY(store.insert(disabled).ok());
    QVERIFY(store.insert(makeOperator(QStringLiteral("help"), Role::Helpdesk)).ok());
    QVERIFY(store.insert(makeOperator(QStringLiteral("audit"), Role::Auditor)).ok());
    QCOMPARE(store.countActiveAdministrators().value(), qint64(2));

    QVERIFY(store.setRole(first, QStringLiteral("helpdesk"), kCreated).ok());
    QCOMPARE(store.countActiveAdministrators().value(), qint64(1));
    QVERIFY(store.setDisabled(second, true, kCreated).ok());
    QCOMPARE(store.countActiveAdministrators().value(), qint64(0));
    QVERIFY(store.setDisabled(second, false, kCreated).ok());
    QCOMPARE(store.countActiveAdministrators().value(), qint64(1));
}

void tst_OperatorStore::rowLockInsideATransaction()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    OperatorStore store(*db);
    const qint64 id = store.insert(makeOperator(QStringLiteral("sato"), Role::Helpdesk)).value();
    {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        auto byLogin = store.findByLogin(QStringLiteral("sato"), true);
        QVERIFY2(byLogin.ok(), qPrintable(byLogin.error().message));
        QVERIFY(byLogin->has_value());
        auto byId = store.findById(id, true);
        QVERIFY(byId.ok() && byId->has_value());
        QVERIFY(store.setFailedCount(id, 3).ok());
        // no commit: rolled back
    }
    QCOMPARE(store.findById(id)->value().failedCount, 0);
    {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        QVERIFY(store.findById(id, true)->has_value());
        QVERIFY(store.setFailedCount(id, 3).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(store.findById(id)->value().failedCount, 3);
}

void tst_OperatorStore::storedHashVerifies()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    OperatorStore store(*db);
    OperatorRecord op = makeOperator(QStringLiteral("suzuki"), Role::Auditor);
    auto hash = PasswordHash::hash(QStringLiteral("Audit-2026-ok"));
    QVERIFY(hash.ok());
    op.passwordHash = hash.value();
    QVERIFY(store.insert(op).ok());
    const QString stored = store.findByLogin(QStringLiteral("suzuki"))->value().passwordHash;
    QCOMPARE(stored, hash.value());
    QVERIFY(PasswordHash::verify(QStringLiteral("Audit-2026-ok"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("Audit-2026-OK"), stored));
    QVERIFY(!PasswordHash::needsRehash(stored));
}

QTEST_GUILESS_MAIN(tst_OperatorStore)
#include "tst_OperatorStore.moc"
