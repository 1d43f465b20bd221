// Demo data: counts, every status, slot limit, names, an intact history chain, and real certificates
// checked with the openssl command.
#include "WorkflowFixture.h"
#include "auth/PasswordRules.h"
#include "ca/Certificate.h"
#include "policy/DeviceTypes.h"
#include "store/CertificateStore.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"
#include "text/Hepburn.h"
#include "text/NameRules.h"
#include "workflows/DemoData.h"
#include "workflows/UserWorkflows.h"
#include <QRegularExpression>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

qint64 scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    auto q = db.exec(sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsAndStatuses();
    void slotsNeverExceedTheLimit();
    void namesAndLogins();
    void historyIsSpreadAndIntact();
    void certificatesVerifyWithOpenssl();
    void sameSeedSamePeople();
    void cancelStops();
    void demoOperatorsSignIn();
    void onlyAnAdministratorMakesDemoData();
    void refusesADatabaseWithRealData();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    WorkflowFixture m_f;
    DemoSummary m_summary;
    qint64 m_historyBefore = 0;
};

// One generation of 200 users (plus one user made by hand) shared by the checks below.
void TestDemoData::initTestCase()
{
    QString why;
    bool mustFail = false;
    m_tdb = TestDatabase::create(&why, &mustFail);
    if (!m_tdb) {
        if (mustFail)
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QCOMPARE(m_f.setUp(*m_tdb), QString());
    QCOMPARE(m_f.addUserWithIdentity(QStringLiteral("taro")), QString());
    m_historyBefore = HistoryLog::count(*m_f.db, {}).value();
    DemoOptions o;
    o.users = 200;
    o.seed = 42;
    o.batchRows = 700; // several transactions, and signing overlapping the writes
    auto r = DemoData::generate(*m_f.ctx, o);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    m_summary = r.value();
}

void TestDemoData::countsAndStatuses()
{
    Database& db = *m_f.db;
    QCOMPARE(m_summary.users, qint64(200));
    QCOMPARE(m_summary.certificates, qint64(600));
    // 2000 generated rows, the summary row and one operator-add row per demo operator.
    QCOMPARE(m_summary.historyRows, qint64(2004));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(201));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(600));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM identities")), m_summary.identities + 1);
    QVERIFY2(m_summary.identities >= 160 && m_summary.identities < 200,
             qPrintable(QString::number(m_summary.identities)));
    QVERIFY2(m_summary.certAuthOn >= 80 && m_summary.certAuthOn <= 160,
             qPrintable(QString::number(m_summary.certAuthOn)));
    QCOMPARE(HistoryLog::count(db, {}).value(), m_historyBefore + 2004);

    for (CertStatus status :
         {CertStatus::Issuing, CertStatus::AwaitingDownload, CertStatus::InUse, CertStatus::Revoked}) {
        const qint64 n = scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status = ?"),
                                {certStatusId(status)});
        QVERIFY2(n > 0, qPrintable(certStatusId(status)));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status = 'revoked'")),
             m_summary.revoked);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status = 'revoked'"
                                       " AND (revoked_at IS NULL OR revocation_reason IS NULL)")),
             qint64(0));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT revocation_reason) FROM certificates")) >= 3);
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM certificates WHERE status = 'in-use' AND downloaded_at IS NULL")),
        qint64(0));

    // The warning icon: download deadline passed while awaiting, and validity passed.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(
        scalar(db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM certificates WHERE status = 'awaiting' AND download_deadline <= ?"),
               {now}) > 0);
    QVERIFY(scalar(db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM certificates WHERE status <> 'revoked' AND not_after <= ?"),
                   {now}) > 0);

    // Deliverable bundles only for the first 20 awaiting download whose deadline is still ahead, none
    // after their deadline. How many of the planned certificates await download with a deadline ahead
    // depends on the wall clock (the plan is laid out in office hours before "now"), so the count is
    // the generator's own report, at most 20.
    const qint64 bundles =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE p12 IS NOT NULL"));
    QCOMPARE(bundles, m_summary.pkcs12);
    QVERIFY(bundles > 0 && bundles <= 20);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM certificates WHERE p12 IS NOT NULL"
                                   " AND (status <> 'awaiting' OR download_deadline <= ?)"),
                    {now}),
             qint64(0));
    QVERIFY(!m_summary.pkcs12Password.isEmpty());

    // Devices spread over the device types.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT device) FROM certificates")),
             qint64(DeviceTypes::ids().size()));
}

void TestDemoData::slotsNeverExceedTheLimit()
{
    Database& db = *m_f.db;
    const int maxSlots = Settings(db).intValue(SettingKey::MaxCertsPerUser);
    QVERIFY(
        scalar(db, QStringLiteral(
                       "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM certificates WHERE status <> 'revoked'"
                       " GROUP BY user_id) t")) <= maxSlots);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE slot < 1 OR slot > ?"),
                    {maxSlots}),
             qint64(0));
    // A user's first certificate always takes slot 1 (the lowest free slot).
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates c WHERE c.id IN"
                                  " (SELECT MIN(id) FROM certificates GROUP BY user_id) AND c.slot <> 1")),
        qint64(0));
}

void TestDemoData::namesAndLogins()
{
    Database& db = *m_f.db;
    auto q = db.exec(
        QStringLiteral("SELECT u.login_id, u.email, u.display_name, u.department, u.title, i.family_name,"
                       " i.given_name, i.family_kana, i.given_kana, i.family_en, i.given_en"
                       " FROM users u JOIN identities i ON i.user_id = u.id WHERE u.login_id <> 'taro'"));
    QVERIFY(q.ok());
    static const QRegularExpression login(QStringLiteral("^[a-z]\\.[a-z]+[0-9]{4}$"));
    const QStringList titles = {QStringLiteral("部長"), QStringLiteral("課長"), QStringLiteral("主任"),
                                QStringLiteral("一般")};
    int rows = 0;
    while (q->next()) {
        ++rows;
        const QString id = q->value(0).toString();
        QVERIFY2(login.match(id).hasMatch(), qPrintable(id));
        QVERIFY(UserWorkflows::loginIdError(id).isEmpty());
        QCOMPARE(q->value(1).toString(), id + QStringLiteral("@example.jp"));
        QCOMPARE(q->value(2).toString(), q->value(5).toString() + QLatin1Char(' ') + q->value(6).toString());
        QVERIFY(!q->value(3).toString().isEmpty());
        QVERIFY(titles.contains(q->value(4).toString()));
        QVERIFY2(NameRules::isValidName(q->value(5).toString()) &&
                     NameRules::isValidName(q->value(6).toString()),
                 qPrintable(id));
        QVERIFY2(NameRules::isValidKana(q->value(7).toString()) &&
                     NameRules::isValidKana(q->value(8).toString()),
                 qPrintable(id));
        QVERIFY2(NameRules::isValidEnglish(q->value(9).toString()) &&
                     NameRules::isValidEnglish(q->value(10).toString()),
                 qPrintable(id));
        QCOMPARE(q->value(9).toString(), passportHepburn(q->value(7).toString()));
        QCOMPARE(q->value(10).toString(), passportHepburn(q->value(8).toString()));
        QVERIFY(id.startsWith(q->value(10).toString().left(1) + QLatin1Char('.') + q->value(9).toString()));
    }
    QCOMPARE(qint64(rows), m_summary.identities);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT user_id FROM user_groups GROUP BY user_id"
                                  " HAVING COUNT(*) BETWEEN 1 AND 2) t")),
        qint64(200));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT department) FROM users")) >= 6);
}

void TestDemoData::historyIsSpreadAndIntact()
{
    Database& db = *m_f.db;
    auto v = HistoryLog::verify(db);
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->rows, m_historyBefore + 2004);

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(scalar(db, QStringLiteral("SELECT MIN(at_ms) FROM history")) >= nowMs - 366LL * 86400 * 1000);
    QVERIFY(scalar(db, QStringLiteral("SELECT MAX(at_ms) FROM history")) <= nowMs);
    QVERIFY(scalar(db, QStringLiteral("SELECT MIN(at_ms) FROM history")) < nowMs - 300LL * 86400 * 1000);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT at_ms / 86400000) FROM history")) > 150);
    for (const QString& op :
         {Op::Issue, Op::Reissue, Op::Revoke, Op::Download, Op::Delivered, Op::Notify, Op::RegisterIdentity,
          Op::CertAuthOn, Op::CertAuthOff, Op::Login, Op::UserAdd, Op::CrlPublished}) {
        HistoryFilter f;
        f.operation = op;
        QVERIFY2(HistoryLog::count(db, f).value() > 0, qPrintable(op));
    }
    HistoryFilter byOperator;
    byOperator.operatorName = QStringLiteral("helpdesk1");
    QVERIFY(HistoryLog::count(db, byOperator).value() > 0);
    HistoryFilter summary;
    summary.operation = Op::SettingsChanged;
    summary.text = QStringLiteral("demo data: 200 users");
    QCOMPARE(HistoryLog::count(db, summary).value(), qint64(1));
    // Every revocation row names a certificate that is revoked.
    HistoryFilter revokes;
    revokes.operation = Op::Revoke;
    revokes.limit = 5;
    const auto revokeRows = HistoryLog::list(db, revokes);
    QVERIFY(revokeRows.ok());
    for (const HistoryEntry& e : revokeRows.value()) {
        const QString serial = e.details.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1);
        auto c = CertificateStore(db).findBySerial(serial);
        QVERIFY2(c.ok() && c.value() && c.value()->status == CertStatus::Revoked, qPrintable(e.details));
        QCOMPARE(c.value()->loginId, e.targetLogin);
    }
}

void TestDemoData::certificatesVerifyWithOpenssl()
{
    Database& db = *m_f.db;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    struct Pick
    {
        QString where;
        QVariantList binds;
        QStringList extra;
    };
    const QList<Pick> picks = {
        {QStringLiteral("status = 'in-use' AND not_after > ?"), {now}, {}},
        {QStringLiteral("status = 'awaiting'"), {}, {}},
        {QStringLiteral("status = 'revoked' AND not_after > ?"), {now}, {}},
        {QStringLiteral("status = 'issuing'"), {}, {}},
        {QStringLiteral("status <> 'revoked' AND not_after <= ?"), {now}, {QStringLiteral("-no_check_time")}},
    };
    int n = 0;
    for (const Pick& p : picks) {
        auto q = db.exec(QStringLiteral("SELECT serial, cert_der, login_id FROM certificates WHERE ") +
                             p.where + QStringLiteral(" ORDER BY id LIMIT 2"),
                         p.binds);
        QVERIFY(q.ok());
        while (q->next()) {
            const QString pem =
                m_f.writePem(QStringLiteral("demo%1.pem").arg(++n), q->value(1).toByteArray());
            auto verify = runOpenssl(QStringList{QStringLiteral("verify")} + p.extra +
                                     QStringList{QStringLiteral("-CAfile"), m_f.caPem(), pem});
            QVERIFY2(verify.exitCode == 0 && verify.all().contains(QStringLiteral("OK")),
                     qPrintable(p.where + verify.all()));
            auto text =
                runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-serial"),
                            QStringLiteral("-subject"), QStringLiteral("-in"), pem});
            QVERIFY(text.all().contains(QStringLiteral("serial=") + q->value(0).toString()));
            QVERIFY(text.all().contains(QStringLiteral("CN = ") + q->value(2).toString()));
        }
    }
    QVERIFY(n >= 8);

    // A deliverable demo bundle opens with the password from the summary.
    auto q =
        db.exec(QStringLiteral("SELECT p12 FROM certificates WHERE p12 IS NOT NULL ORDER BY id LIMIT 1"));
    QVERIFY(q.ok() && q->next());
    const QString p12 = writeFile(m_f.dir, QStringLiteral("demo.p12"), q->value(0).toByteArray());
    auto info = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                            QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                            QStringLiteral("pass:") + QString::fromLatin1(m_summary.pkcs12Password)});
    QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
}

void TestDemoData::sameSeedSamePeople()
{
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    auto plan = [&clock](const QString& label, QString* dump) -> QString {
        QString why;
        bool mustFail = false;
        auto tdb = TestDatabase::create(&why, &mustFail);
        if (!tdb)
            return label + why;
        WorkflowFixture f;
        if (const QString e = f.setUp(*tdb); !e.isEmpty())
            return label + e;
        WorkflowContext ctx(f.db, f.ctx->actor(), clock);
        ctx.setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
        DemoOptions o;
        o.users = 30;
        o.certificatesPerUser = 2;
        o.historyPerUser = 3;
        o.seed = 7;
        auto r = DemoData::generate(ctx, o);
        if (!r)
            return label + r.error().message;
        auto q = f.db->exec(
            QStringLiteral("SELECT u.login_id, u.display_name, u.department, c.slot, c.device, c.status,"
                           " c.issued_at FROM users u LEFT JOIN certificates c ON c.user_id = u.id"
                           " ORDER BY u.login_id, c.id"));
        if (!q)
            return label + q.error().message;
        while (q->next())
            for (int i = 0; i < 7; ++i)
                *dump += q->value(i).toString() + QLatin1Char(i == 6 ? '\n' : '|');
        auto h =
            f.db->exec(QStringLiteral("SELECT at_ms, operation, operator, target_login, device FROM history"
                                      " WHERE operation NOT IN ('ca-created', 'operator-add', 'login')"
                                      " ORDER BY id"));
        if (!h)
            return label + h.error().message;
        while (h->next())
            for (int i = 0; i < 5; ++i)
                *dump += h->value(i).toString() + QLatin1Char(i == 4 ? '\n' : '|');
        return {};
    };
    QString a;
    QString b;
    QCOMPARE(plan(QStringLiteral("first: "), &a), QString());
    QCOMPARE(plan(QStringLiteral("second: "), &b), QString());
    QVERIFY(a.count(QLatin1Char('\n')) > 60);
    QCOMPARE(a, b); // serial numbers differ (random), everything else is the same
}

void TestDemoData::cancelStops()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    DemoOptions o;
    o.users = 10;
    auto r = DemoData::generate(*f.ctx, o, [](int, const QString&) { return false; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    DemoOptions bad;
    bad.users = 0;
    QVERIFY(!DemoData::optionsError(bad).isEmpty());
    QCOMPARE(DemoData::generate(*f.ctx, bad).error().code, ErrorCode::Invalid);
    auto v = HistoryLog::verify(*f.db);
    QVERIFY(v.ok() && v->intact);
}

// One demo operator per role, each able to sign in with the password the summary shows once; a second
// run leaves them as they are.
void TestDemoData::demoOperatorsSignIn()
{
    QCOMPARE(m_summary.operators.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const DemoOperatorLogin& op = m_summary.operators.at(i);
        QCOMPARE(op.role, Roles::all().at(i));
        QCOMPARE(op.login, QStringLiteral("demo-") + Roles::id(op.role));
        QVERIFY(op.created);
        QVERIFY2(PasswordRules::check(op.password, op.login).isEmpty(), qPrintable(op.password));
        WorkflowContext ctx(m_f.db, Actor::localUser(QStringLiteral("tests")));
        auto signedIn = OperatorWorkflows(ctx).signIn(op.login, op.password, QStringLiteral("tests"));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        QCOMPARE(signedIn->actor.role, std::optional<Role>(op.role));
        QVERIFY(!signedIn->mustChangePassword);
    }
    HistoryFilter added;
    added.operation = Op::OperatorAdded;
    added.text = QStringLiteral("demo");
    QCOMPARE(HistoryLog::count(*m_f.db, added).value(), qint64(3));

    DemoOptions o;
    o.users = 2;
    o.seed = 3;
    auto again = DemoData::generate(*m_f.ctx, o);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->operators.size(), 3);
    for (const DemoOperatorLogin& op : again->operators) {
        QVERIFY(!op.created);
        QVERIFY(op.password.isEmpty());
    }
    QCOMPARE(HistoryLog::count(*m_f.db, added).value(), qint64(3));
}

void TestDemoData::onlyAnAdministratorMakesDemoData()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    for (const std::optional<Role>& role :
         {std::optional<Role>(Role::Helpdesk), std::optional<Role>(Role::Auditor), std::optional<Role>()}) {
        auto ctx = f.contextFor(f.actorFor(role));
        DemoOptions o;
        o.users = 5;
        auto r = DemoData::generate(*ctx, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotPermitted);
    }
    QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(0));
}

// Demo data never mixes with real users: a user outside example.jp makes generate() a Conflict that
// writes nothing; a database holding demo data only takes a second run.
void TestDemoData::refusesADatabaseWithRealData()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    DemoOptions o;
    o.users = 5;
    o.historyPerUser = 1;
    QVERIFY(DemoData::generate(*f.ctx, o).ok());
    auto again = DemoData::generate(*f.ctx, o);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(10));

    UserInput u;
    u.loginId = QStringLiteral("real.user");
    u.email = QStringLiteral("real.user@corp.co.jp");
    u.displayName = QStringLiteral("Real User");
    QVERIFY(UserWorkflows(*f.ctx).add(u).ok());
    const qint64 history = HistoryLog::count(*f.db, {}).value();
    auto refused = DemoData::generate(*f.ctx, o);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("example.jp")),
             qPrintable(refused.error().message));
    QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM users")), qint64(11));
    QCOMPARE(HistoryLog::count(*f.db, {}).value(), history);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_DemoData.moc"
