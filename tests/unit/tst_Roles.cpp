// The roles and the permission matrix of operators.
#include "auth/Roles.h"

#include <QSet>
#include <QTest>

using namespace certdesk;

class tst_Roles : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void matrixCoversEveryPair();
    void ids();
    void displayNames();
    void permissionDescriptions();
    void refusalMessage();
};

void tst_Roles::matrix_data()
{
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<bool>("helpdesk");
    QTest::addColumn<bool>("auditor");
    // search and view users, certificates, dashboard
    QTest::newRow("ViewData") << Permission::ViewData << true << true << true;
    // issue, re-issue, revoke, lost device, resend a mail, register certificate information
    QTest::newRow("IssueAndRevoke") << Permission::IssueAndRevoke << true << true << false;
    // add / edit / delete users, delete certificate information, user selection Apply, bulk, ZIP, users CSV
    QTest::newRow("ManageUsers") << Permission::ManageUsers << true << false << false;
    // CA, CRL, settings, mail server and templates, portal, operators, demo data
    QTest::newRow("Administer") << Permission::Administer << true << false << false;
    // history day view
    QTest::newRow("ViewHistory") << Permission::ViewHistory << true << true << true;
    // history yearly export and verify
    QTest::newRow("ExportHistory") << Permission::ExportHistory << true << false << true;
}

void tst_Roles::matrix()
{
    QFETCH(Permission, permission);
    QFETCH(bool, admin);
    QFETCH(bool, helpdesk);
    QFETCH(bool, auditor);
    QCOMPARE(allows(Role::Admin, permission), admin);
    QCOMPARE(allows(Role::Helpdesk, permission), helpdesk);
    QCOMPARE(allows(Role::Auditor, permission), auditor);
}

void tst_Roles::matrixCoversEveryPair()
{
    // The table above has one row per permission; a new permission must be added there.
    QCOMPARE(Roles::allPermissions().size(), 6);
    QCOMPARE(Roles::all(), (QList<Role>{Role::Admin, Role::Helpdesk, Role::Auditor}));
    int allowedToAdmin = 0;
    for (Permission p : Roles::allPermissions())
        allowedToAdmin += allows(Role::Admin, p) ? 1 : 0;
    QCOMPARE(allowedToAdmin, 6); // the administrator may do everything
}

void tst_Roles::ids()
{
    QCOMPARE(Roles::id(Role::Admin), QStringLiteral("admin"));
    QCOMPARE(Roles::id(Role::Helpdesk), QStringLiteral("helpdesk"));
    QCOMPARE(Roles::id(Role::Auditor), QStringLiteral("auditor"));
    for (Role role : Roles::all())
        QCOMPARE(Roles::fromId(Roles::id(role)), std::optional<Role>(role));
    for (const QString& bad :
         {QStringLiteral("Admin"), QStringLiteral(" admin"), QStringLiteral("administrator"), QString(),
          QStringLiteral("root"), QStringLiteral("Administrator")})
        QVERIFY2(!Roles::fromId(bad).has_value(), qPrintable(bad));
}

void tst_Roles::displayNames()
{
    QCOMPARE(Roles::displayName(Role::Admin), QStringLiteral("Administrator"));
    QCOMPARE(Roles::displayName(Role::Helpdesk), QStringLiteral("Helpdesk"));
    QCOMPARE(Roles::displayName(Role::Auditor), QStringLiteral("Auditor"));
}

void tst_Roles::permissionDescriptions()
{
    QSet<QString> seen;
    for (Permission p : Roles::allPermissions()) {
        const QString d = Roles::permissionDescription(p);
        QVERIFY(!d.isEmpty());
        QVERIFY(!seen.contains(d));
        seen.insert(d);
    }
    QVERIFY(Roles::permissionDescription(Permission::IssueAndRevoke).contains(QStringLiteral("revoke")));
    QVERIFY(
        Roles::permissionDescription(Permission::ExportHistory).contains(QStringLiteral("yearly history")));
}

void tst_Roles::refusalMessage()
{
    const QString m = Roles::refusalMessage(QStringLiteral("sato"), Role::Helpdesk, Permission::Administer);
    QVERIFY(m.contains(QStringLiteral("sato")));
    QVERIFY(m.contains(QStringLiteral("Helpdesk")));
    QVERIFY(m.contains(Roles::permissionDescription(Permission::Administer)));
    QVERIFY(m.contains(QStringLiteral("administrator")));
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_Roles.moc"
