// "Ask an administrator" names them (issue 17): OperatorStore::activeAdministrators lists the
// administrators who can act now, on both databases, and on PostgreSQL also for the helpdesk and the
// auditor, whose own connections see no other operators row: through migration 22's SECURITY DEFINER
// function, which shows the login and display name and nothing else (psql as those roles).
#include "PsqlClient.h"
#include "WorkflowFixture.h"
#include "store/OperatorStore.h"
#include "workflows/SignIn.h"

#include <QRandomGenerator>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QString uniqueLogin(const QString& prefix)
{
    return prefix + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

QStringList contactsText(const QList<AdministratorContact>& contacts)
{
    QStringList out;
    for (const AdministratorContact& c : contacts)
        out << c.login + QLatin1Char('|') + c.displayName;
    return out;
}

} // namespace

class tst_AdministratorContacts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_tdb;
    WorkflowFixture m_f;
    QString m_admin2, m_disabled, m_locked, m_helpdesk, m_auditor;

    // Administrators: the fixture's, one more with a display name, a disabled and a locked one; a
    // helpdesk and an auditor operator.
    bool setUpScene()
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
        if (const QString err = m_f.setUp(*m_tdb, false); !err.isEmpty()) {
            QTest::qFail(qPrintable(err), __FILE__, __LINE__);
            return false;
        }
        m_admin2 = uniqueLogin(QStringLiteral("adm"));
        m_disabled = uniqueLogin(QStringLiteral("off"));
        m_locked = uniqueLogin(QStringLiteral("lck"));
        m_helpdesk = uniqueLogin(QStringLiteral("hd"));
        m_auditor = uniqueLogin(QStringLiteral("au"));
        OperatorWorkflows ops(*m_f.ctx);
        const QList<std::pair<QString, Role>> wanted = {{m_admin2, Role::Admin},
                                                        {m_disabled, Role::Admin},
                                                        {m_locked, Role::Admin},
                                                        {m_helpdesk, Role::Helpdesk},
                                                        {m_auditor, Role::Auditor}};
        for (const auto& [login, role] : wanted) {
            const QString name = login == m_admin2 ? QStringLiteral("佐藤 花子") : login;
            if (auto added = ops.add(login, name, role, kOperatorPassword); !added) {
                QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
                return false;
            }
        }
        OperatorStore store(*m_f.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto disabled = store.findByLogin(m_disabled);
        auto locked = store.findByLogin(m_locked);
        if (!disabled || !disabled.value() || !locked || !locked.value() ||
            !store.setDisabled(disabled.value()->id, true, now) ||
            !store.setLocked(locked.value()->id, true, now)) {
            QTest::qFail("disabling / locking the test administrators", __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    QStringList expected() const
    {
        QStringList want = {kAdminLogin + QStringLiteral("|Test Administrator"), // WorkflowFixture::setUp
                            m_admin2 + QStringLiteral("|佐藤 花子")};
        std::sort(want.begin(), want.end());
        return want;
    }

private slots:
    void listsOnlyAdministratorsWhoCanActNow()
    {
        if (!setUpScene())
            return;
        auto admins = OperatorStore(*m_f.db).activeAdministrators();
        QVERIFY2(admins.ok(), qPrintable(admins.error().message));
        QStringList got = contactsText(admins.value());
        QCOMPARE(got, expected()); // ordered by login; no disabled, locked, helpdesk or auditor operator
    }

    void helpdeskAndAuditorSeeNamesButNoOtherColumn()
    {
        if (!TestDatabase::isPostgresRun())
            QSKIP("PostgreSQL only: SQLite has no row-level security.");
        if (!setUpScene())
            return;
        auto url = DatabaseUrl::parse(m_tdb->url());
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        auto everyone = OperatorStore(*m_f.db).list(); // the owner's connection: every row
        QVERIFY2(everyone.ok() && everyone->size() == 6, "the operators as the owner sees them");
        for (const QString& login : {m_helpdesk, m_auditor}) {
            // The operator's own connection, as the desktop opens it after signing in.
            auto signedIn = SignIn::open(url.value(), login, kOperatorPassword, QStringLiteral("tests"));
            QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
            auto admins = OperatorStore(*signedIn->db).activeAdministrators();
            QVERIFY2(admins.ok(), qPrintable(admins.error().message));
            QCOMPARE(contactsText(admins.value()), expected());
            // Row-level security still hides the table's other rows.
            auto all = OperatorStore(*signedIn->db).list();
            QVERIFY2(all.ok(), qPrintable(all.error().message));
            QCOMPARE(all->size(), 1);

            // psql as that role: exactly two columns, and no way to the hashes through the function.
            const Psql rows = psqlAs(url.value(), login, kOperatorPassword,
                                     QStringLiteral("SELECT * FROM certdesk_active_administrators()"));
            QCOMPARE(rows.exitCode, 0);
            QStringList lines = rows.out.split(QLatin1Char('\n'));
            std::sort(lines.begin(), lines.end());
            QCOMPARE(lines, expected());
            for (const QString& sql :
                 {QStringLiteral("SELECT password_hash FROM certdesk_active_administrators()"),
                  QStringLiteral("SELECT role, locked FROM certdesk_active_administrators()"),
                  QStringLiteral("SELECT password_hash FROM operators WHERE login <> session_user"),
                  QStringLiteral("CREATE OR REPLACE FUNCTION certdesk_active_administrators() RETURNS "
                                 "TABLE (login text, display_name text) LANGUAGE sql AS "
                                 "$$ SELECT login, password_hash FROM operators $$")}) {
                const Psql r = psqlAs(url.value(), login, kOperatorPassword, sql);
                QVERIFY2(r.exitCode != 0 || r.out.isEmpty(),
                         qPrintable(sql + QStringLiteral(" -> ") + r.out));
                for (const OperatorRecord& op : std::as_const(everyone.value()))
                    QVERIFY2(!r.out.contains(op.passwordHash), qPrintable(sql));
            }
            const Psql count = psqlAs(url.value(), login, kOperatorPassword,
                                      QStringLiteral("SELECT count(*) FROM operators"));
            QCOMPARE(count.out, QStringLiteral("1"));
        }
        // Nobody outside the three groups may call it (PUBLIC revoked).
        auto owner = m_f.db->exec(QStringLiteral(
            "SELECT has_function_privilege('certdesk_signin', 'certdesk_active_administrators()', "
            "'EXECUTE')"));
        QVERIFY2(owner.ok(), qPrintable(owner.error().message));
        QVERIFY(owner->next());
        QVERIFY(!owner->value(0).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_AdministratorContacts)
#include "tst_AdministratorContacts.moc"
