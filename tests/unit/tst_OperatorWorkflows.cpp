// Operators through OperatorWorkflows, on SQLite and on PostgreSQL: the first administrator, sign-in
// and lockout, passwords that must be changed, the last administrator, and the history row of each step.
#include "TestDatabase.h"
#include "WorkflowFixture.h"
#include "auth/PasswordHash.h"
#include "workflows/OperatorWorkflows.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kHelpdesk = QStringLiteral("sato.helpdesk");
const QString kNewPassword = QStringLiteral("Sakura-Blossom-77");

// One history row as "operation operator details".
struct Row
{
    QString operation;
    QString operatorName;
    QString details;
};

// The history rows written after row `afterId`, oldest first.
QList<Row> rowsAfter(Database& db, qint64 afterId)
{
    QList<Row> out;
    auto q =
        db.exec(QStringLiteral("SELECT operation, operator, details FROM history WHERE id > ? ORDER BY id"),
                {afterId});
    if (!q)
        return out;
    while (q->next())
        out << Row{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

qint64 lastHistoryId(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM history"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QStringList operations(const QList<Row>& rows)
{
    QStringList out;
    for (const Row& r : rows)
        out << r.operation;
    return out;
}

OperatorRecord operatorNamed(Database& db, const QString& login)
{
    auto found = OperatorStore(db).findByLogin(login);
    return found && found.value() ? *found.value() : OperatorRecord{};
}

} // namespace

class tst_OperatorWorkflows : public QObject
{
    Q_OBJECT

private slots:
    void bootstrapOnlyOnce();
    void loginNamesAndPasswordRules();
    void signInAndWrongPassword();
    void sixFailuresLockUntilUnlocked();
    void mustChangeAfterAddAndReset();
    void changeOwnPassword();
    void lastAdministratorIsProtected();
    void roleAndDisplayNameChanges();
    void onlyAdministratorsManageOperators();
    void olderHashIsReplacedAtSignIn();
};

void tst_OperatorWorkflows::bootstrapOnlyOnce()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    WorkflowContext ctx(db, Actor::localUser(QStringLiteral("tests")));
    OperatorWorkflows ops(ctx);
    QCOMPARE(ops.needsBootstrap().value(), true);

    // Nobody signed in may do nothing but bootstrap.
    auto refused = ops.add(kHelpdesk, {}, Role::Helpdesk, kOperatorPassword);
    QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Sign in")),
             qPrintable(refused.error().message));

    auto weak = ops.bootstrap(QStringLiteral("chief"), {}, QStringLiteral("short"));
    QCOMPARE(weak.error().code, ErrorCode::Invalid);
    QCOMPARE(ops.needsBootstrap().value(), true);

    const qint64 before = lastHistoryId(*db);
    auto admin = ops.bootstrap(QStringLiteral("chief"), QStringLiteral("山田 部長"), kOperatorPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));
    QCOMPARE(admin->role, QStringLiteral("admin"));
    QCOMPARE(admin->displayName, QStringLiteral("山田 部長"));
    QVERIFY(!admin->mustChangePassword); // chosen by the person at the keyboard
    QVERIFY(
        PasswordHash::verify(kOperatorPassword, operatorNamed(*db, QStringLiteral("chief")).passwordHash));
    QCOMPARE(ops.needsBootstrap().value(), false);
    const QList<Row> rows = rowsAfter(*db, before);
    QCOMPARE(operations(rows), QStringList{Op::OperatorAdded});
    QCOMPARE(rows.first().operatorName, QStringLiteral("chief"));
    QVERIFY2(rows.first().details.contains(QStringLiteral("role=admin")), qPrintable(rows.first().details));

    auto again = ops.bootstrap(QStringLiteral("second"), {}, kOperatorPassword);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(OperatorStore(*db).list()->size(), 1);
}

void tst_OperatorWorkflows::loginNamesAndPasswordRules()
{
    QVERIFY(OperatorWorkflows::loginError(QStringLiteral("sato.hanako")).isEmpty());
    QVERIFY(OperatorWorkflows::loginError(QStringLiteral("demo-admin")).isEmpty());
    QVERIFY(OperatorWorkflows::loginError(QStringLiteral("a_1")).isEmpty());
    for (const QString& bad : {QString(), QStringLiteral("-x"), QStringLiteral("a b"), QStringLiteral("佐藤"),
                               QStringLiteral("x'; DROP ROLE y"), QStringLiteral("pg_monitor"),
                               QStringLiteral("certdesk_admin"), QString(64, QLatin1Char('a'))})
        QVERIFY2(!OperatorWorkflows::loginError(bad).isEmpty(), qPrintable(bad));

    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    OperatorWorkflows ops(*f.ctx);
    // Every broken rule is listed.
    auto weak = ops.add(QStringLiteral("kimura"), {}, Role::Helpdesk, QStringLiteral("kimura"));
    QCOMPARE(weak.error().code, ErrorCode::Invalid);
    QVERIFY2(weak.error().message.contains(QStringLiteral("10 to 128")), qPrintable(weak.error().message));
    QVERIFY2(weak.error().message.contains(QStringLiteral("three")), qPrintable(weak.error().message));
    QVERIFY2(weak.error().message.contains(QStringLiteral("kimura")), qPrintable(weak.error().message));
    auto bad = ops.add(QStringLiteral("pg_x"), {}, Role::Helpdesk, kOperatorPassword);
    QCOMPARE(bad.error().code, ErrorCode::Invalid);
    // Unique also without regard to case.
    QVERIFY(ops.add(QStringLiteral("Kimura"), {}, Role::Helpdesk, kOperatorPassword).ok());
    auto twice = ops.add(QStringLiteral("kimura"), {}, Role::Auditor, kOperatorPassword);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
}

void tst_OperatorWorkflows::signInAndWrongPassword()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    QVERIFY(
        OperatorWorkflows(*f.ctx).add(kHelpdesk, QStringLiteral("佐藤"), Role::Helpdesk, kOperatorPassword));

    WorkflowContext desk(f.db, Actor::localUser(QStringLiteral("certdesk")));
    OperatorWorkflows ops(desk);
    qint64 mark = lastHistoryId(*f.db);
    auto wrong = ops.signIn(kHelpdesk, QStringLiteral("Not-The-Passw0rd"), QStringLiteral("certdesk"));
    QCOMPARE(wrong.error().code, ErrorCode::NotPermitted);
    QCOMPARE(wrong.error().message, OperatorWorkflows::wrongPasswordMessage());
    // The failed attempt was committed although the sign-in failed.
    QList<Row> rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::LoginFailed});
    QCOMPARE(rows.first().operatorName, kHelpdesk);
    QCOMPARE(operatorNamed(*f.db, kHelpdesk).failedCount, 1);

    // An unknown login name gets the same message.
    mark = lastHistoryId(*f.db);
    auto unknown = ops.signIn(QStringLiteral("nobody"), kOperatorPassword, QStringLiteral("certdesk"));
    QCOMPARE(unknown.error().code, ErrorCode::NotPermitted);
    QCOMPARE(unknown.error().message, OperatorWorkflows::wrongPasswordMessage());
    rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::LoginFailed});
    QVERIFY2(rows.first().details.contains(QStringLiteral("login=nobody")), qPrintable(rows.first().details));

    mark = lastHistoryId(*f.db);
    auto ok = ops.signIn(kHelpdesk, kOperatorPassword, QStringLiteral("certdesk"));
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(ok->actor.operatorName, kHelpdesk);
    QCOMPARE(ok->actor.role, std::optional<Role>(Role::Helpdesk));
    QCOMPARE(ok->actor.operatorId, ok->op.id);
    QVERIFY(ok->actor.signedIn());
    QVERIFY(ok->actor.userAgent.contains(QStringLiteral("certdesk")));
    rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::Login});
    QCOMPARE(rows.first().operatorName, kHelpdesk);
    const OperatorRecord after = operatorNamed(*f.db, kHelpdesk);
    QCOMPARE(after.failedCount, 0); // a success resets the count
    QVERIFY(after.lastSignInAt.isValid());

    // Every later row names the signed-in operator; signing out is a row too.
    desk.setActor(ok->actor);
    mark = lastHistoryId(*f.db);
    QVERIFY(OperatorWorkflows(desk).signOut());
    rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::Logout});
    QCOMPARE(rows.first().operatorName, kHelpdesk);
}

void tst_OperatorWorkflows::sixFailuresLockUntilUnlocked()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    QVERIFY(OperatorWorkflows(*f.ctx).add(kHelpdesk, {}, Role::Helpdesk, kOperatorPassword));
    WorkflowContext desk(f.db, Actor::localUser(QStringLiteral("certdesk")));
    OperatorWorkflows ops(desk);

    qint64 mark = lastHistoryId(*f.db);
    for (int i = 1; i <= OperatorWorkflows::kMaxFailures; ++i) {
        auto r =
            ops.signIn(kHelpdesk, QStringLiteral("Wrong-Passw0rd-%1").arg(i), QStringLiteral("certdesk"));
        QCOMPARE(r.error().code, ErrorCode::NotPermitted);
        if (i < OperatorWorkflows::kMaxFailures) {
            QCOMPARE(r.error().message, OperatorWorkflows::wrongPasswordMessage());
            QVERIFY(!operatorNamed(*f.db, kHelpdesk).locked);
        } else {
            QCOMPARE(r.error().message, OperatorWorkflows::lockedMessage(kHelpdesk));
        }
    }
    QList<Row> rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows),
             QStringList({Op::LoginFailed, Op::LoginFailed, Op::LoginFailed, Op::LoginFailed, Op::LoginFailed,
                          Op::LoginFailed, Op::OperatorLocked}));
    QVERIFY2(rows.last().details.contains(QStringLiteral("failures=6")), qPrintable(rows.last().details));
    OperatorRecord op = operatorNamed(*f.db, kHelpdesk);
    QVERIFY(op.locked);
    QCOMPARE(op.failedCount, 6);

    // The 7th try, with the right password, is refused and says whom to ask; it is not counted.
    mark = lastHistoryId(*f.db);
    auto seventh = ops.signIn(kHelpdesk, kOperatorPassword, QStringLiteral("certdesk"));
    QCOMPARE(seventh.error().code, ErrorCode::NotPermitted);
    QVERIFY2(seventh.error().message.contains(QStringLiteral("Ask an administrator")),
             qPrintable(seventh.error().message));
    rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::LoginFailed});
    QVERIFY2(rows.first().details.contains(QStringLiteral("reason=locked")),
             qPrintable(rows.first().details));
    QCOMPARE(operatorNamed(*f.db, kHelpdesk).failedCount, 6);

    // Only an administrator unlocks.
    auto helpdesk = f.contextFor(Actor::forOperator(op, QStringLiteral("tests")));
    mark = lastHistoryId(*f.db);
    QCOMPARE(OperatorWorkflows(*helpdesk).unlock(kHelpdesk).error().code, ErrorCode::NotPermitted);
    QCOMPARE(operations(rowsAfter(*f.db, mark)), QStringList{Op::Refused});
    QVERIFY(operatorNamed(*f.db, kHelpdesk).locked);

    mark = lastHistoryId(*f.db);
    QVERIFY(OperatorWorkflows(*f.ctx).unlock(kHelpdesk));
    rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::OperatorUnlocked});
    QCOMPARE(rows.first().operatorName, kAdminLogin);
    op = operatorNamed(*f.db, kHelpdesk);
    QVERIFY(!op.locked);
    QCOMPARE(op.failedCount, 0);

    mark = lastHistoryId(*f.db);
    auto signedIn = ops.signIn(kHelpdesk, kOperatorPassword, QStringLiteral("certdesk"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    QCOMPARE(operations(rowsAfter(*f.db, mark)), QStringList{Op::Login});

    // Failures must be consecutive: a success in between starts counting again.
    for (int i = 0; i < OperatorWorkflows::kMaxFailures - 1; ++i)
        QVERIFY(!ops.signIn(kHelpdesk, QStringLiteral("Wrong-Passw0rd"), QStringLiteral("certdesk")));
    QVERIFY(ops.signIn(kHelpdesk, kOperatorPassword, QStringLiteral("certdesk")));
    QVERIFY(!ops.signIn(kHelpdesk, QStringLiteral("Wrong-Passw0rd"), QStringLiteral("certdesk")));
    op = operatorNamed(*f.db, kHelpdesk);
    QCOMPARE(op.failedCount, 1);
    QVERIFY(!op.locked);
}

void tst_OperatorWorkflows::mustChangeAfterAddAndReset()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    qint64 mark = lastHistoryId(*f.db);
    auto added = OperatorWorkflows(*f.ctx).add(kHelpdesk, {}, Role::Helpdesk, kOperatorPassword);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(added->mustChangePassword);
    QList<Row> rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::OperatorAdded});
    QCOMPARE(rows.first().operatorName, kAdminLogin);
    QVERIFY2(rows.first().details.contains(QStringLiteral("login=%1 role=helpdesk").arg(kHelpdesk)),
             qPrintable(rows.first().details));

    WorkflowContext desk(f.db, Actor::localUser(QStringLiteral("certdesk")));
    auto first = OperatorWorkflows(desk).signIn(kHelpdesk, kOperatorPassword, QStringLiteral("certdesk"));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(first->mustChangePassword);
    desk.setActor(first->actor);
    mark = lastHistoryId(*f.db);
    QVERIFY2(OperatorWorkflows(desk).changeOwnPassword(kOperatorPassword, kNewPassword),
             "change own password");
    rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::PasswordChanged});
    QCOMPARE(rows.first().operatorName, kHelpdesk);
    QVERIFY(!operatorNamed(*f.db, kHelpdesk).mustChangePassword);
    auto second = OperatorWorkflows(desk).signIn(kHelpdesk, kNewPassword, QStringLiteral("certdesk"));
    QVERIFY(second.ok());
    QVERIFY(!second->mustChangePassword);

    // An administrator's reset: the new password works, the old one not, and it must be changed again.
    const QString reset = QStringLiteral("Temporary-Passw0rd");
    mark = lastHistoryId(*f.db);
    QVERIFY(OperatorWorkflows(*f.ctx).resetPassword(kHelpdesk, reset));
    rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::PasswordChanged});
    QCOMPARE(rows.first().operatorName, kAdminLogin);
    QVERIFY2(rows.first().details.contains(QStringLiteral("by=administrator")),
             qPrintable(rows.first().details));
    QVERIFY(!OperatorWorkflows(desk).signIn(kHelpdesk, kNewPassword, QStringLiteral("certdesk")));
    auto third = OperatorWorkflows(desk).signIn(kHelpdesk, reset, QStringLiteral("certdesk"));
    QVERIFY2(third.ok(), qPrintable(third.error().message));
    QVERIFY(third->mustChangePassword);
    // A reset password must meet the rules too.
    QCOMPARE(OperatorWorkflows(*f.ctx).resetPassword(kHelpdesk, QStringLiteral("abc")).error().code,
             ErrorCode::Invalid);
}

void tst_OperatorWorkflows::changeOwnPassword()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    OperatorWorkflows ops(*f.ctx);
    const qint64 mark = lastHistoryId(*f.db);
    // Wrong current password: refused and counted like a failed sign-in.
    auto wrongOld = ops.changeOwnPassword(QStringLiteral("Not-The-Passw0rd"), kNewPassword);
    QCOMPARE(wrongOld.error().code, ErrorCode::NotPermitted);
    QCOMPARE(operatorNamed(*f.db, kAdminLogin).failedCount, 1);
    QCOMPARE(operations(rowsAfter(*f.db, mark)), QStringList{Op::LoginFailed});
    // Rules, and the login name inside the password.
    QCOMPARE(ops.changeOwnPassword(kOperatorPassword, QStringLiteral("abc")).error().code,
             ErrorCode::Invalid);
    auto withLogin = ops.changeOwnPassword(kOperatorPassword, QStringLiteral("My-tester-Passw0rd"));
    QCOMPARE(withLogin.error().code, ErrorCode::Invalid);
    QCOMPARE(ops.changeOwnPassword(kOperatorPassword, kOperatorPassword).error().code, ErrorCode::Invalid);
    QVERIFY(PasswordHash::verify(kOperatorPassword, operatorNamed(*f.db, kAdminLogin).passwordHash));

    QVERIFY(ops.changeOwnPassword(kOperatorPassword, kNewPassword));
    const OperatorRecord after = operatorNamed(*f.db, kAdminLogin);
    QVERIFY(PasswordHash::verify(kNewPassword, after.passwordHash));
    QCOMPARE(after.failedCount, 0);

    // Nobody signed in has no own password.
    WorkflowContext nobody(f.db, Actor::localUser(QStringLiteral("certdesk")));
    QCOMPARE(OperatorWorkflows(nobody).changeOwnPassword(kNewPassword, kOperatorPassword).error().code,
             ErrorCode::NotPermitted);
}

void tst_OperatorWorkflows::lastAdministratorIsProtected()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    OperatorWorkflows ops(*f.ctx);
    const QString before = dumpContent(*f.db);
    auto demote = ops.setRole(kAdminLogin, Role::Helpdesk);
    QCOMPARE(demote.error().code, ErrorCode::Conflict);
    QVERIFY2(demote.error().message.contains(QStringLiteral("last active administrator")),
             qPrintable(demote.error().message));
    auto disable = ops.disable(kAdminLogin);
    QCOMPARE(disable.error().code, ErrorCode::Conflict);
    QVERIFY2(disable.error().message.contains(QStringLiteral("last active administrator")),
             qPrintable(disable.error().message));
    QCOMPARE(dumpContent(*f.db), before);

    // With a second administrator, one of them may go; a disabled one no longer counts.
    QVERIFY(ops.add(QStringLiteral("second.admin"), {}, Role::Admin, kOperatorPassword));
    qint64 mark = lastHistoryId(*f.db);
    QVERIFY(ops.disable(QStringLiteral("second.admin")));
    QList<Row> rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::OperatorDisabled});
    QVERIFY(operatorNamed(*f.db, QStringLiteral("second.admin")).disabled);
    QCOMPARE(ops.setRole(kAdminLogin, Role::Auditor).error().code, ErrorCode::Conflict);

    // A disabled operator cannot sign in, whatever the password.
    WorkflowContext desk(f.db, Actor::localUser(QStringLiteral("certdesk")));
    auto refused = OperatorWorkflows(desk).signIn(QStringLiteral("second.admin"), kOperatorPassword,
                                                  QStringLiteral("certdesk"));
    QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
    QCOMPARE(refused.error().message, OperatorWorkflows::disabledMessage(QStringLiteral("second.admin")));

    // Two active administrators: the signed-in one may hand over and step down, but not disable itself.
    QVERIFY(ops.add(QStringLiteral("third.admin"), {}, Role::Admin, kOperatorPassword));
    QCOMPARE(ops.disable(kAdminLogin).error().code, ErrorCode::Conflict);
    mark = lastHistoryId(*f.db);
    QVERIFY(ops.setRole(kAdminLogin, Role::Auditor));
    rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList{Op::OperatorChanged});
    QVERIFY2(rows.first().details.contains(QStringLiteral("role=admin->auditor")),
             qPrintable(rows.first().details));
    QCOMPARE(OperatorStore(*f.db).countActiveAdministrators().value(), qint64(1));
}

void tst_OperatorWorkflows::roleAndDisplayNameChanges()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    OperatorWorkflows ops(*f.ctx);
    QVERIFY(ops.add(kHelpdesk, {}, Role::Helpdesk, kOperatorPassword));
    QCOMPARE(operatorNamed(*f.db, kHelpdesk).displayName, kHelpdesk); // empty: the login name

    qint64 mark = lastHistoryId(*f.db);
    QVERIFY(ops.setDisplayName(kHelpdesk, QStringLiteral("佐藤 花子")));
    QVERIFY(ops.setRole(kHelpdesk, Role::Auditor));
    QVERIFY(ops.setRole(kHelpdesk, Role::Auditor)); // unchanged: no row
    QList<Row> rows = rowsAfter(*f.db, mark);
    QCOMPARE(operations(rows), QStringList({Op::OperatorChanged, Op::OperatorChanged}));
    const OperatorRecord op = operatorNamed(*f.db, kHelpdesk);
    QCOMPARE(op.displayName, QStringLiteral("佐藤 花子"));
    QCOMPARE(op.role, QStringLiteral("auditor"));
    QCOMPARE(ops.setRole(QStringLiteral("nobody"), Role::Admin).error().code, ErrorCode::NotFound);

    auto list = ops.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
}

void tst_OperatorWorkflows::onlyAdministratorsManageOperators()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    for (const std::optional<Role>& role :
         {std::optional<Role>(Role::Helpdesk), std::optional<Role>(Role::Auditor), std::optional<Role>()}) {
        auto ctx = f.contextFor(f.actorFor(role));
        OperatorWorkflows ops(*ctx);
        const QString before = dumpContent(*f.db);
        const qint64 mark = lastHistoryId(*f.db);
        QCOMPARE(ops.add(QStringLiteral("intruder"), {}, Role::Admin, kOperatorPassword).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(ops.setRole(kAdminLogin, Role::Auditor).error().code, ErrorCode::NotPermitted);
        QCOMPARE(ops.resetPassword(kAdminLogin, kNewPassword).error().code, ErrorCode::NotPermitted);
        QCOMPARE(ops.disable(kAdminLogin).error().code, ErrorCode::NotPermitted);
        QCOMPARE(ops.list().error().code, ErrorCode::NotPermitted);
        const QList<Row> rows = rowsAfter(*f.db, mark);
        QCOMPARE(operations(rows), QStringList(5, Op::Refused));
        QVERIFY2(rows.first().details.contains(QStringLiteral("operator add intruder permission=administer")),
                 qPrintable(rows.first().details));
        QCOMPARE(rows.first().operatorName, ctx->actor().operatorName);
        // Nothing else changed: the dumps differ only in the history.
        const auto withoutHistory = [](const QString& dump) {
            return dump.left(dump.indexOf(QStringLiteral("== history\n"))) +
                   dump.mid(dump.indexOf(QStringLiteral("== bulk_jobs\n")));
        };
        QCOMPARE(withoutHistory(dumpContent(*f.db)), withoutHistory(before));
    }
}

void tst_OperatorWorkflows::olderHashIsReplacedAtSignIn()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    const OperatorRecord admin = operatorNamed(*f.db, kAdminLogin);
    auto weak = PasswordHash::hash(kOperatorPassword, ScryptParams{10, 8, 1});
    QVERIFY(weak.ok());
    QVERIFY(PasswordHash::needsRehash(weak.value()));
    QVERIFY(OperatorStore(*f.db).setPasswordHash(admin.id, weak.value(), false, f.ctx->now()));
    WorkflowContext desk(f.db, Actor::localUser(QStringLiteral("certdesk")));
    QVERIFY(OperatorWorkflows(desk).signIn(kAdminLogin, kOperatorPassword, QStringLiteral("certdesk")));
    const QString stored = operatorNamed(*f.db, kAdminLogin).passwordHash;
    QVERIFY(stored != weak.value());
    QVERIFY(!PasswordHash::needsRehash(stored));
    QVERIFY(PasswordHash::verify(kOperatorPassword, stored));
}

QTEST_GUILESS_MAIN(tst_OperatorWorkflows)
#include "tst_OperatorWorkflows.moc"
