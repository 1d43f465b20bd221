// certdesk-cli sign-in and operators: nothing runs without a sign-in (a database without operators says
// how to bootstrap it), the operator commands, the role refusals (exit 11 and a "refused" history row),
// lockout after 6 wrong passwords until an administrator unlocks, the password change an added or reset
// operator must make first, and the password rule messages.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "auth/PasswordRules.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "workflows/CaWorkflows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kPassphraseEnv = QStringLiteral("CERTDESK_CA_PASSPHRASE=cli operators passphrase");
const QString kNoKeychain = QStringLiteral("DBUS_SESSION_BUS_ADDRESS=");

QJsonObject json(const ProcessResult& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCliOperators : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nothingRunsWithoutSignIn();
    void bootstrapOnADatabaseWithoutOperators();
    void operatorCommands();
    void rolesAreEnforced();
    void lockoutAndUnlock();
    void resetPasswordMustBeChanged();
    void passwordRuleMessages();
    void demoPrintsItsOperators();

private:
    // certdesk-cli --lang en ARGS as `login` (default: the test administrator).
    ProcessResult cli(TestDatabase& tdb, const QStringList& args, const QString& login = kCliAdmin,
                      const QString& password = kCliAdminPassword)
    {
        return runCli(tdb.url(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args,
                      cliSignInEnv(login, password) + QStringList{kPassphraseEnv, kNoKeychain});
    }
    // A CA, the test administrator, and taro with certificate information.
    QString setUp(TestDatabase& tdb);
    // Adds `login` with `role`, who then changes the initial password to `password`.
    QString addOperator(TestDatabase& tdb, const QString& login, const QString& role,
                        const QString& password);
    // The history rows of `operation`, newest first.
    QJsonArray history(TestDatabase& tdb, const QString& operation);
};

void TestCliOperators::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
}

QString TestCliOperators::setUp(TestDatabase& tdb)
{
    const QList<QStringList> commands = {
        QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Operators KK"),
                    QStringLiteral("--ca-name"), QStringLiteral("Operators CA")} +
            cliAdminOptions(),
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("taro"), QStringLiteral("--email"),
         QStringLiteral("taro@example.jp")},
        {QStringLiteral("identity"), QStringLiteral("register"), QStringLiteral("taro"),
         QStringLiteral("--family"), QStringLiteral("大塚"), QStringLiteral("--given"),
         QStringLiteral("太郎"), QStringLiteral("--family-kana"), QStringLiteral("オオツカ"),
         QStringLiteral("--given-kana"), QStringLiteral("タロウ")},
    };
    for (const QStringList& c : commands) {
        auto r = cli(tdb, c);
        if (r.exitCode != 0)
            return c.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.all();
    }
    return {};
}

QString TestCliOperators::addOperator(TestDatabase& tdb, const QString& login, const QString& role,
                                      const QString& password)
{
    const QString initial = QStringLiteral("Initial-Secret-9");
    auto r = cli(tdb, {QStringLiteral("operator"), QStringLiteral("add"), login, QStringLiteral("--role"),
                       role, QStringLiteral("--password-file"), cliPasswordFile(initial)});
    if (r.exitCode != 0)
        return QStringLiteral("operator add %1: %2").arg(login, r.all());
    r = cli(tdb, {QStringLiteral("passwd"), QStringLiteral("--password-file"), cliPasswordFile(password)},
            login, initial);
    if (r.exitCode != 0)
        return QStringLiteral("passwd as %1: %2").arg(login, r.all());
    return {};
}

QJsonArray TestCliOperators::history(TestDatabase& tdb, const QString& operation)
{
    auto r = cli(tdb, {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("list"),
                       QStringLiteral("--operation"), operation});
    return json(r).value(QStringLiteral("history")).toArray();
}

void TestCliOperators::nothingRunsWithoutSignIn()
{
    CERTDESK_TEST_DATABASE(tdb);
    // help and version need neither a database nor a sign-in.
    auto r = runProcess(cliPath(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help")},
                        {}, 30000, {QStringLiteral("CERTDESK_OPERATOR="), QStringLiteral("CERTDESK_DB=")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.all().contains(QStringLiteral("11 not permitted")), qPrintable(r.all()));
    QVERIFY2(r.all().contains(QStringLiteral("operator add NAME --role admin|helpdesk|auditor")),
             qPrintable(r.all()));
    r = runProcess(cliPath(), {QStringLiteral("version")}, {}, 30000, {QStringLiteral("CERTDESK_OPERATOR=")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.all().startsWith(QStringLiteral("certdesk-cli ")));

    // A new database: everything but init and operator bootstrap is refused, saying how to start.
    r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("no operators yet")) &&
                 r.all().contains(QStringLiteral("operator bootstrap NAME --password-file FILE")),
             qPrintable(r.all()));
    if (TestDatabase::isPostgresRun()) {
        // The refused command changed nothing: the schema is created by init (the owner), not as a side
        // effect of looking whether the database has operators.
        auto look = Database::openWithoutMigrations(DatabaseUrl::parse(tdb->url()).value());
        QVERIFY(look);
        QCOMPARE(look.value()->schemaVersion(), 0);
    }
    // init without --admin is a usage error; with a password that breaks the rules nothing is created.
    const QStringList init{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Operators KK"),
                           QStringLiteral("--ca-name"), QStringLiteral("Operators CA")};
    r = cli(*tdb, init);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.all().contains(QStringLiteral("--admin NAME")), qPrintable(r.all()));
    r = cli(*tdb, init + QStringList{QStringLiteral("--admin"), QStringLiteral("boss"),
                                     QStringLiteral("--admin-password-file"),
                                     cliPasswordFile(QStringLiteral("short"))});
    QCOMPARE(r.exitCode, 4);
    r = cli(*tdb, {QStringLiteral("ca"), QStringLiteral("show")});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("no operators yet")), qPrintable(r.all()));
    QCOMPARE(setUp(*tdb), QString());

    // Operators exist: without a sign-in, or with a wrong password, nothing runs.
    r = runCli(
        tdb->url(),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("CERTDESK_OPERATOR="), kNoKeychain});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("Sign in first")), qPrintable(r.all()));
    r = runCli(
        tdb->url(),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("CERTDESK_OPERATOR=") + kCliAdmin, QStringLiteral("CERTDESK_OPERATOR_PASSWORD="),
         kNoKeychain});
    QCOMPARE(r.exitCode, 11); // no password and no terminal to ask on
    QVERIFY2(r.all().contains(QStringLiteral("--operator-password-file")), qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")}, kCliAdmin,
            QStringLiteral("Not-The-Passw0rd"));
    QCOMPARE(r.exitCode, 11);
    QCOMPARE(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("not-permitted"));
    // --operator and --operator-password-file work as well as the environment.
    r = runCli(tdb->url(),
               {QStringLiteral("--operator"), kCliAdmin, QStringLiteral("--operator-password-file"),
                cliPasswordFile(kCliAdminPassword), QStringLiteral("user"), QStringLiteral("list")},
               {QStringLiteral("CERTDESK_OPERATOR="), kNoKeychain});
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("taro")), qPrintable(r.all()));
    // A second first administrator is refused.
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("bootstrap"), QStringLiteral("other"),
                   QStringLiteral("--password-file"), cliPasswordFile(kCliAdminPassword)});
    QCOMPARE(r.exitCode, 5);

    // The history: init's first administrator and its sign-ins, the failed one, all by name.
    const QJsonArray added = history(*tdb, QStringLiteral("operator-add"));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("operator")).toString(), kCliAdmin);
    int wrongPasswords = 0;
    for (const QJsonValue& v : history(*tdb, QStringLiteral("login-failed")))
        if (v.toObject()
                .value(QStringLiteral("details"))
                .toString()
                .contains(QStringLiteral("login=") + kCliAdmin) &&
            v.toObject()
                .value(QStringLiteral("details"))
                .toString()
                .contains(QStringLiteral("wrong-password")))
            ++wrongPasswords;
    QCOMPARE(wrongPasswords, 1);
    const QJsonArray issuedBy = history(*tdb, QStringLiteral("user-add"));
    QCOMPARE(issuedBy.size(), 1);
    QCOMPARE(issuedBy.at(0).toObject().value(QStringLiteral("operator")).toString(), kCliAdmin);
}

void TestCliOperators::bootstrapOnADatabaseWithoutOperators()
{
    CERTDESK_TEST_DATABASE(tdb);
    {
        // A database made before operators existed: a CA, and nobody to sign in as.
        auto db = tdb->open();
        QVERIFY(db);
        WorkflowContext ctx(db, Actor::system());
        auto ca =
            CaWorkflows(ctx).createRoot(CaSubject{QStringLiteral("Old CA"), QStringLiteral("Old KK"), {}},
                                        KeyType::EcP384, 3650, "old passphrase 123");
        QVERIFY2(ca.ok(), qPrintable(ca.error().message));
    }
    auto r = cli(*tdb, {QStringLiteral("ca"), QStringLiteral("show")});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("operator bootstrap")), qPrintable(r.all()));
    // init refuses the database that has a CA already, and creates nobody.
    r = cli(*tdb, QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("X"),
                              QStringLiteral("--ca-name"), QStringLiteral("Y")} +
                      cliAdminOptions());
    QCOMPARE(r.exitCode, 5);
    r = cli(*tdb, {QStringLiteral("ca"), QStringLiteral("show")});
    QCOMPARE(r.exitCode, 11);

    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("bootstrap"), kCliAdmin,
                   QStringLiteral("--password-file"), cliPasswordFile(kCliAdminPassword)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("ca"), QStringLiteral("show")});
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("CN=Old CA")), qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("operator"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonArray ops = json(r).value(QStringLiteral("operators")).toArray();
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(ops.at(0).toObject().value(QStringLiteral("must_change_password")).toBool(true), false);
    QCOMPARE(history(*tdb, QStringLiteral("operator-add")).size(), 1);
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCliOperators::operatorCommands()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb), QString());
    const QString initial = QStringLiteral("Initial-Secret-9");
    auto r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("hd.sato"),
                        QStringLiteral("--role"), QStringLiteral("support"),
                        QStringLiteral("--password-file"), cliPasswordFile(initial)});
    QCOMPARE(r.exitCode, 2); // unknown role
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("hd.sato"),
                   QStringLiteral("--role"), QStringLiteral("helpdesk"), QStringLiteral("--display-name"),
                   QStringLiteral("佐藤 一郎"), QStringLiteral("--password-file"), cliPasswordFile(initial)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("HD.Sato"),
                   QStringLiteral("--role"), QStringLiteral("auditor"), QStringLiteral("--password-file"),
                   cliPasswordFile(initial)});
    QCOMPARE(r.exitCode, 5); // the same login name, without regard to case

    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("operator"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QJsonArray ops = json(r).value(QStringLiteral("operators")).toArray();
    QCOMPARE(ops.size(), 2);
    QJsonObject sato = ops.at(1).toObject();
    QCOMPARE(sato.value(QStringLiteral("login")).toString(), QStringLiteral("hd.sato"));
    QCOMPARE(sato.value(QStringLiteral("display_name")).toString(), QStringLiteral("佐藤 一郎"));
    QCOMPARE(sato.value(QStringLiteral("role")).toString(), QStringLiteral("helpdesk"));
    QCOMPARE(sato.value(QStringLiteral("must_change_password")).toBool(), true);
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("list")});
    QVERIFY2(r.all().contains(
                 QStringLiteral("hd.sato  佐藤 一郎  Helpdesk  must change password  never signed in")),
             qPrintable(r.all()));

    // The new operator must change the initial password before anything else.
    r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("hd.sato"), initial);
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("certdesk-cli passwd")), qPrintable(r.all()));
    const QString own = QStringLiteral("Sato-Own-Secret-1");
    r = cli(*tdb, {QStringLiteral("passwd"), QStringLiteral("--password-file"), cliPasswordFile(own)},
            QStringLiteral("hd.sato"), initial);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("hd.sato"), own);
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("taro")), qPrintable(r.all()));
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("hd.sato"), initial)
                 .exitCode,
             11);

    // set-role, then disable; the last administrator can be neither demoted nor disabled.
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("set-role"), QStringLiteral("hd.sato"),
                   QStringLiteral("auditor")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("operator"), QStringLiteral("list")});
    sato = json(r).value(QStringLiteral("operators")).toArray().at(1).toObject();
    QCOMPARE(sato.value(QStringLiteral("role")).toString(), QStringLiteral("auditor"));
    QCOMPARE(sato.value(QStringLiteral("must_change_password")).toBool(true), false);
    r = cli(*tdb,
            {QStringLiteral("operator"), QStringLiteral("set-role"), kCliAdmin, QStringLiteral("helpdesk")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.all().contains(QStringLiteral("last active administrator")), qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("disable"), kCliAdmin});
    QCOMPARE(r.exitCode, 5);
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("disable"), QStringLiteral("hd.sato")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("hd.sato"), own);
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("disabled")), qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("unlock"), QStringLiteral("nobody")});
    QCOMPARE(r.exitCode, 3);

    // Every step is a history row by the administrator who did it.
    for (const QString& op : {QStringLiteral("operator-add"), QStringLiteral("operator-change"),
                              QStringLiteral("operator-disable")}) {
        const QJsonArray rows = history(*tdb, op);
        QVERIFY2(!rows.isEmpty(), qPrintable(op));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("operator")).toString(), kCliAdmin);
    }
    const QJsonArray changed = history(*tdb, QStringLiteral("password-changed"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).toObject().value(QStringLiteral("operator")).toString(),
             QStringLiteral("hd.sato"));
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCliOperators::rolesAreEnforced()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb), QString());
    const QString helpdeskPassword = QStringLiteral("Helpdesk-Secret-2");
    const QString auditorPassword = QStringLiteral("Auditor-Secret-3");
    QCOMPARE(addOperator(*tdb, QStringLiteral("hd.suzuki"), QStringLiteral("helpdesk"), helpdeskPassword),
             QString());
    QCOMPARE(addOperator(*tdb, QStringLiteral("au.tanaka"), QStringLiteral("auditor"), auditorPassword),
             QString());
    auto helpdesk = [&](const QStringList& args) {
        return cli(*tdb, args, QStringLiteral("hd.suzuki"), helpdeskPassword);
    };
    auto auditor = [&](const QStringList& args) {
        return cli(*tdb, args, QStringLiteral("au.tanaka"), auditorPassword);
    };

    // Helpdesk: may issue, may not change settings or add users.
    auto r = helpdesk({QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("policy.validity_days"), QStringLiteral("10")});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("hd.suzuki")) && r.all().contains(QStringLiteral("Helpdesk")),
             qPrintable(r.all()));
    QVERIFY(
        cli(*tdb, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("policy.validity_days")})
            .all()
            .trimmed() != QStringLiteral("10"));
    QJsonArray refused = history(*tdb, QStringLiteral("refused"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).toObject().value(QStringLiteral("operator")).toString(),
             QStringLiteral("hd.suzuki"));
    QVERIFY2(refused.at(0)
                 .toObject()
                 .value(QStringLiteral("details"))
                 .toString()
                 .contains(QStringLiteral("settings set policy.validity_days")),
             qPrintable(refused.at(0).toObject().value(QStringLiteral("details")).toString()));
    QCOMPARE(helpdesk({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("jiro"),
                       QStringLiteral("--email"), QStringLiteral("jiro@example.jp")})
                 .exitCode,
             11);
    QCOMPARE(helpdesk({QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 11);
    r = helpdesk({QStringLiteral("--json"), QStringLiteral("issue"), QStringLiteral("taro"),
                  QStringLiteral("--device"), QStringLiteral("windows"), QStringLiteral("--auto-password")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QString serial =
        json(r).value(QStringLiteral("certificate")).toObject().value(QStringLiteral("serial")).toString();
    QCOMPARE(
        history(*tdb, QStringLiteral("issue")).at(0).toObject().value(QStringLiteral("operator")).toString(),
        QStringLiteral("hd.suzuki"));

    // Auditor: may view and verify the history, may not revoke.
    r = auditor({QStringLiteral("revoke"), serial, QStringLiteral("--reason"), QStringLiteral("lost"),
                 QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("Auditor")), qPrintable(r.all()));
    r = auditor({QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("show"), serial});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(json(r)
                 .value(QStringLiteral("certificate"))
                 .toObject()
                 .value(QStringLiteral("revoked_at"))
                 .toString(),
             QString());
    QCOMPARE(auditor({QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
    QCOMPARE(auditor({QStringLiteral("operator"), QStringLiteral("list")}).exitCode, 11);
    refused = history(*tdb, QStringLiteral("refused"));
    QCOMPARE(refused.size(), 5); // settings set, user add, history verify, revoke, operator list
    QCOMPARE(refused.at(1).toObject().value(QStringLiteral("operator")).toString(),
             QStringLiteral("au.tanaka"));
    QVERIFY(refused.at(1)
                .toObject()
                .value(QStringLiteral("details"))
                .toString()
                .contains(QStringLiteral("revoke")));

    // The helpdesk may revoke what the auditor could not.
    r = helpdesk({QStringLiteral("revoke"), serial, QStringLiteral("--reason"), QStringLiteral("lost"),
                  QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCliOperators::lockoutAndUnlock()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb), QString());
    const QString login = QStringLiteral("hd.lock");
    const QString password = QStringLiteral("Lock-Test-Secret-4");
    QCOMPARE(addOperator(*tdb, login, QStringLiteral("helpdesk"), password), QString());
    const QStringList list{QStringLiteral("user"), QStringLiteral("list")};

    for (int i = 1; i <= 6; ++i) {
        auto r = cli(*tdb, list, login, QStringLiteral("Wrong-Passw0rd-%1").arg(i));
        QCOMPARE(r.exitCode, 11);
        if (i < 6)
            QVERIFY2(r.all().contains(QStringLiteral("The login name or the password is wrong.")),
                     qPrintable(r.all()));
        else
            QVERIFY2(r.all().contains(QStringLiteral("locked")), qPrintable(r.all()));
    }
    // The right password is refused now too, saying whom to ask.
    auto r = cli(*tdb, list, login, password);
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("locked")) && r.all().contains(QStringLiteral("administrator")),
             qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("operator"), QStringLiteral("list")});
    const QJsonObject locked = json(r).value(QStringLiteral("operators")).toArray().at(1).toObject();
    QCOMPARE(locked.value(QStringLiteral("login")).toString(), login);
    QCOMPARE(locked.value(QStringLiteral("locked")).toBool(), true);

    // An administrator unlocks; then the operator signs in again (and may not unlock anybody itself).
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("unlock"), login});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli(*tdb, list, login, password);
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("taro")), qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("unlock"), login}, login, password);
    QCOMPARE(r.exitCode, 11);

    // Each step is in the history.
    auto rowsFor = [&](const QString& operation) {
        int n = 0;
        for (const QJsonValue& v : history(*tdb, operation))
            if (v.toObject().value(QStringLiteral("operator")).toString() == login ||
                v.toObject()
                    .value(QStringLiteral("details"))
                    .toString()
                    .contains(QStringLiteral("login=") + login))
                ++n;
        return n;
    };
    QCOMPARE(rowsFor(QStringLiteral("login-failed")),
             7); // 6 wrong passwords, then the right one while locked
    QCOMPARE(rowsFor(QStringLiteral("operator-locked")), 1);
    QCOMPARE(rowsFor(QStringLiteral("operator-unlocked")), 1);
    const QJsonArray unlocked = history(*tdb, QStringLiteral("operator-unlocked"));
    QCOMPARE(unlocked.at(0).toObject().value(QStringLiteral("operator")).toString(), kCliAdmin);
    QVERIFY(rowsFor(QStringLiteral("login")) >= 2); // after passwd, after the unlock
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCliOperators::resetPasswordMustBeChanged()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb), QString());
    const QString login = QStringLiteral("au.reset");
    QCOMPARE(addOperator(*tdb, login, QStringLiteral("auditor"), QStringLiteral("First-Own-Secret-5")),
             QString());
    const QString temporary = QStringLiteral("Temporary-Secret-6");
    auto r = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("reset-password"), login,
                        QStringLiteral("--password-file"), cliPasswordFile(temporary)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("list")}, login,
                 QStringLiteral("First-Own-Secret-5"))
                 .exitCode,
             11);
    r = cli(*tdb, {QStringLiteral("history"), QStringLiteral("list")}, login, temporary);
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.all().contains(QStringLiteral("must change the password")) &&
                 r.all().contains(QStringLiteral("certdesk-cli passwd")),
             qPrintable(r.all()));
    // The new password must follow the rules and differ from the current one.
    r = cli(*tdb, {QStringLiteral("passwd"), QStringLiteral("--password-file"), cliPasswordFile(temporary)},
            login, temporary);
    QCOMPARE(r.exitCode, 4);
    r = cli(*tdb, {QStringLiteral("passwd")}, login, temporary);
    QCOMPARE(r.exitCode, 4); // no file and no terminal to ask on
    QVERIFY2(r.all().contains(QStringLiteral("--password-file")), qPrintable(r.all()));
    const QString own = QStringLiteral("Second-Own-Secret-7");
    r = cli(*tdb, {QStringLiteral("passwd"), QStringLiteral("--password-file"), cliPasswordFile(own)}, login,
            temporary);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("history"), QStringLiteral("list")}, login, own);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(cli(*tdb, {QStringLiteral("history"), QStringLiteral("list")}, login, temporary).exitCode, 11);
}

void TestCliOperators::passwordRuleMessages()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb), QString());
    const QString login = QStringLiteral("rules");
    struct Case
    {
        QString password;
        PasswordRule rule;
    };
    const QList<Case> cases = {{QStringLiteral("Sh0rt!"), PasswordRule::Length},
                               {QStringLiteral("onlylowercase1"), PasswordRule::CharacterKinds},
                               {QStringLiteral("My-Rules-Secret-1"), PasswordRule::NotLoginName}};
    for (const Case& c : cases) {
        const QList<PasswordRuleFailure> failures = PasswordRules::check(c.password, login);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().rule, c.rule);
        auto added = cli(*tdb, {QStringLiteral("operator"), QStringLiteral("add"), login,
                                QStringLiteral("--role"), QStringLiteral("helpdesk"),
                                QStringLiteral("--password-file"), cliPasswordFile(c.password)});
        QCOMPARE(added.exitCode, 4);
        QVERIFY2(added.all().contains(failures.first().message), qPrintable(added.all()));
        QVERIFY(!added.all().contains(c.password));
    }
    auto r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("operator"), QStringLiteral("list")});
    QCOMPARE(json(r).value(QStringLiteral("operators")).toArray().size(), 1); // nobody was added
}

void TestCliOperators::demoPrintsItsOperators()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb), QString());
    auto r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--users"),
                        QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonArray ops = json(r).value(QStringLiteral("operators")).toArray();
    QCOMPARE(ops.size(), 3);
    QStringList roles;
    QString auditorLogin, auditorPassword;
    for (const QJsonValue& v : ops) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("created")).toBool(), true);
        QVERIFY(!o.value(QStringLiteral("password")).toString().isEmpty());
        roles << o.value(QStringLiteral("role")).toString();
        if (roles.last() == QLatin1String("auditor")) {
            auditorLogin = o.value(QStringLiteral("login")).toString();
            auditorPassword = o.value(QStringLiteral("password")).toString();
        }
    }
    roles.sort();
    QCOMPARE(roles,
             (QStringList{QStringLiteral("admin"), QStringLiteral("auditor"), QStringLiteral("helpdesk")}));
    // The printed password signs in (no change needed first). Not on PostgreSQL, where the demo
    // operators are login roles of the whole cluster that a parallel suite's demo may give new passwords.
    if (!TestDatabase::isPostgresRun()) {
        r = cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")}, auditorLogin, auditorPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    }
    // A second run leaves them as they were and says so.
    r = cli(*tdb, {QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("3"),
                   QStringLiteral("--seed"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0 && r.all().contains(QStringLiteral("existed already")), qPrintable(r.all()));

    // A user outside the demo domain is real data: demo refuses with exit 5 and writes nothing.
    QCOMPARE(cli(*tdb, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("real.user"),
                        QStringLiteral("--email"), QStringLiteral("real.user@corp.co.jp")})
                 .exitCode,
             0);
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
    const QByteArray usersBefore = r.out;
    r = cli(*tdb, {QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 5 && r.all().contains(QStringLiteral("not demo data")), qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.out, usersBefore);
}

QTEST_GUILESS_MAIN(TestCliOperators)
#include "tst_CliOperators.moc"
