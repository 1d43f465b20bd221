// The download portal's rules without HTTP: request parsing, link validity (deadline, limit,
// revoked), login ID confirmation, and what one download changes (count, status, history with IP/UA).
#include "WorkflowFixture.h"
#include "download/DownloadLink.h"
#include "download/DownloadRequest.h"
#include "download/DownloadService.h"
#include "download/LoginAttemptLimiter.h"
#include "download/PortalPages.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"
#include "util/Clock.h"
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestDownload : public QObject
{
    Q_OBJECT
private slots:
    void parsesRequests_data();
    void parsesRequests();
    void acceptLanguage();
    void limiterLocksAfterFiveFailures();
    void limiterIsSharedBetweenConnections();
    void downloadCountsAndRecords();
    void expiredRevokedAndUnknownLinksAreRefused();
};

void TestDownload::parsesRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("error"); // -1 = ok
    QTest::addColumn<QString>("login");
    const QByteArray token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCd";
    QCOMPARE(token.size(), 42);
    const QByteArray t = token + "e";
    const QByteArray form = "application/x-www-form-urlencoded";
    const int nf = int(ErrorCode::NotFound), inv = int(ErrorCode::Invalid);
    QTest::newRow("get") << QByteArray("GET") << "/download/" + t << QByteArray() << QByteArray() << -1
                         << QString();
    QTest::newRow("get query") << QByteArray("GET") << "/download/" + t + "?x=1" << QByteArray()
                               << QByteArray() << -1 << QString();
    QTest::newRow("post") << QByteArray("POST") << "/download/" + t << form
                          << QByteArray("login_id=taro.yamada") << -1 << QStringLiteral("taro.yamada");
    QTest::newRow("post charset + other fields")
        << QByteArray("POST") << "/download/" + t << form + "; charset=UTF-8"
        << QByteArray("a=1&login_id=%E5%B1%B1%E7%94%B0+x&b") << -1 << QStringLiteral("山田 x");
    QTest::newRow("short token") << QByteArray("GET") << "/download/" + token << QByteArray() << QByteArray()
                                 << nf << QString();
    QTest::newRow("bad token char") << QByteArray("GET") << "/download/" + token + "." << QByteArray()
                                    << QByteArray() << nf << QString();
    QTest::newRow("path trick") << QByteArray("GET") << QByteArray("/download/../../etc/passwd")
                                << QByteArray() << QByteArray() << nf << QString();
    QTest::newRow("other path") << QByteArray("GET") << QByteArray("/downloads/") + t << QByteArray()
                                << QByteArray() << nf << QString();
    QTest::newRow("put") << QByteArray("PUT") << "/download/" + t << form << QByteArray("login_id=a") << inv
                         << QString();
    QTest::newRow("json") << QByteArray("POST") << "/download/" + t << QByteArray("application/json")
                          << QByteArray("{}") << inv << QString();
    QTest::newRow("no field") << QByteArray("POST") << "/download/" + t << form << QByteArray("user=a") << inv
                              << QString();
    QTest::newRow("empty") << QByteArray("POST") << "/download/" + t << form << QByteArray("login_id=+")
                           << inv << QString();
    QTest::newRow("twice") << QByteArray("POST") << "/download/" + t << form
                           << QByteArray("login_id=a&login_id=b") << inv << QString();
    QTest::newRow("bad percent") << QByteArray("POST") << "/download/" + t << form
                                 << QByteArray("login_id=a%G1") << inv << QString();
    QTest::newRow("cut percent") << QByteArray("POST") << "/download/" + t << form
                                 << QByteArray("login_id=a%4") << inv << QString();
    QTest::newRow("bad utf8") << QByteArray("POST") << "/download/" + t << form
                              << QByteArray("login_id=%FF%FE") << inv << QString();
    QTest::newRow("control") << QByteArray("POST") << "/download/" + t << form << QByteArray("login_id=a%0Ab")
                             << inv << QString();
    QTest::newRow("huge") << QByteArray("POST") << "/download/" + t << form
                          << "login_id=" + QByteArray(5000, 'a') << inv << QString();
    QTest::newRow("long id") << QByteArray("POST") << "/download/" + t << form
                             << "login_id=" + QByteArray(200, 'a') << inv << QString();
}

void TestDownload::parsesRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(int, error);
    QFETCH(QString, login);
    auto r = DownloadRequest::parse(method, path, type, body);
    if (error < 0) {
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->loginId, login);
        QCOMPARE(r->submit, method == "POST");
        QCOMPARE(r->token.size(), 43);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), error);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestDownload::acceptLanguage()
{
    QCOMPARE(PortalPages::languageFor("ja,en-US;q=0.9"), QStringLiteral("ja"));
    QCOMPARE(PortalPages::languageFor("en-US,en;q=0.9,ja;q=0.8"), QStringLiteral("en"));
    QCOMPARE(PortalPages::languageFor("fr-FR, ja;q=0.5, en;q=0.7"), QStringLiteral("en"));
    QCOMPARE(PortalPages::languageFor("de"), QStringLiteral("ja"));
    QCOMPARE(PortalPages::languageFor("", QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(PortalPages::languageFor("en;q=0, ja;q=0.1"), QStringLiteral("ja"));
}

void TestDownload::limiterLocksAfterFiveFailures()
{
    CERTDESK_TEST_DATABASE(tdb);
    DatabasePtr db = tdb->open();
    QVERIFY(db);
    LoginAttemptLimiter limiter(db, 5, 900);
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!limiter.recordFailure(QStringLiteral("tok"), QStringLiteral("10.0.0.1"), t0.addSecs(i)));
    QVERIFY(!limiter.isLocked(QStringLiteral("tok"), QStringLiteral("10.0.0.1"), t0.addSecs(5)));
    QCOMPARE(limiter.failures(QStringLiteral("tok"), t0.addSecs(5)), 4);
    QVERIFY(limiter.recordFailure(QStringLiteral("tok"), QStringLiteral("10.0.0.2"),
                                  t0.addSecs(6))); // 5th: locks the link
    QVERIFY(limiter.isLocked(QStringLiteral("tok"), QStringLiteral("10.0.0.9"),
                             t0.addSecs(7))); // from any address
    QVERIFY(!limiter.isLocked(QStringLiteral("other"), QStringLiteral("10.0.0.9"), t0.addSecs(7)));
    QVERIFY(!limiter.isLocked(QStringLiteral("tok"), QStringLiteral("10.0.0.9"),
                              t0.addSecs(910))); // window passed
    // A successful download forgets the link's failures.
    QVERIFY(!limiter.recordFailure(QStringLiteral("tok"), QStringLiteral("10.0.0.1"), t0.addSecs(8)));
    limiter.forget(QStringLiteral("tok"));
    QCOMPARE(limiter.failures(QStringLiteral("tok"), t0.addSecs(9)), 0);
    // One address trying many links is locked after 20 failures.
    LoginAttemptLimiter byAddress(db, 5, 900);
    for (int i = 0; i < 19; ++i)
        byAddress.recordFailure(QStringLiteral("t%1").arg(i), QStringLiteral("10.0.0.5"), t0);
    QVERIFY(!byAddress.isLocked(QStringLiteral("new"), QStringLiteral("10.0.0.5"), t0));
    QVERIFY(byAddress.recordFailure(QStringLiteral("t19"), QStringLiteral("10.0.0.5"), t0));
    QVERIFY(byAddress.isLocked(QStringLiteral("new"), QStringLiteral("10.0.0.5"), t0));
    // The table holds hashes of the tokens, never a token, and recording prunes what the window left.
    QVERIFY(!byAddress.recordFailure(QStringLiteral("late"), QStringLiteral("10.0.0.6"), t0.addSecs(2000)));
    auto rows = db->exec(QStringLiteral("SELECT token_hash FROM login_failures"));
    QVERIFY(rows.ok());
    QStringList hashes;
    while (rows->next())
        hashes << rows->value(0).toString();
    QCOMPARE(hashes, QStringList{DownloadLink::tokenHash(QStringLiteral("late"))});
}

void TestDownload::limiterIsSharedBetweenConnections()
{
    // Two portals = two connections on one database: their failures add up, and only the one failure that
    // reaches the limit reports the lock-out.
    CERTDESK_TEST_DATABASE(tdb);
    DatabasePtr a = tdb->open();
    DatabasePtr b = tdb->open();
    QVERIFY(a && b);
    LoginAttemptLimiter first(a, 5, 900);
    LoginAttemptLimiter second(b, 5, 900);
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    int lockOuts = 0;
    for (int i = 0; i < 4; ++i) {
        LoginAttemptLimiter& portal = i % 2 == 0 ? first : second;
        QVERIFY(!portal.isLocked(QStringLiteral("tok"), QStringLiteral("10.0.0.1"), t0.addSecs(i)));
        lockOuts += portal.recordFailure(QStringLiteral("tok"), QStringLiteral("10.0.0.1"), t0.addSecs(i));
    }
    QCOMPARE(lockOuts, 0);
    QCOMPARE(first.failures(QStringLiteral("tok"), t0.addSecs(4)), 4);
    QVERIFY(first.recordFailure(QStringLiteral("tok"), QStringLiteral("10.0.0.1"), t0.addSecs(4)));
    QVERIFY(second.isLocked(QStringLiteral("tok"), QStringLiteral("10.0.0.3"), t0.addSecs(5)));
    QVERIFY(!second.recordFailure(QStringLiteral("tok"), QStringLiteral("10.0.0.1"), t0.addSecs(5)));
}

void TestDownload::downloadCountsAndRecords()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    QVERIFY(
        Settings(*f.db).set(SettingKey::PortalBaseUrl, QStringLiteral("https://portal.example.jp/")).ok());
    IssueRequest req{
        QStringLiteral("taro"), QStringLiteral("ios-app"), {}, PasswordMode::Manual, "Abc12345", {}, 0};
    auto issued = CertificateWorkflows(*f.ctx).issue(req);
    QVERIFY2(issued.ok(), qPrintable(issued.error().message));
    QVERIFY(issued->downloadUrl.startsWith(QStringLiteral("https://portal.example.jp/download/")));
    const QString token = issued->downloadUrl.section(QLatin1Char('/'), -1);
    QVERIFY(DownloadLink::looksLikeToken(token));

    DownloadService service(f.db);
    auto info = service.inspect(token);
    QVERIFY(info.ok());
    QCOMPARE(info->state, LinkState::Valid);
    QCOMPARE(info->downloadsLeft, 3);

    const PortalClient client{QStringLiteral("192.0.2.7"), QStringLiteral("Mozilla/5.0 (iPhone) Safari")};
    auto wrong = service.download(token, QStringLiteral("jiro"), client);
    QVERIFY(wrong.ok());
    QVERIFY(wrong->wrongLoginId);
    QVERIFY(wrong->pkcs12.isEmpty());

    for (int n = 1; n <= 3; ++n) {
        auto got = service.download(token, QStringLiteral("taro"), client);
        QVERIFY2(got.ok(), qPrintable(got.error().message));
        QCOMPARE(got->state, LinkState::Valid);
        QCOMPARE(got->pkcs12, issued->pkcs12);
        QCOMPARE(got->fileName, QStringLiteral("taro-ios-app.p12"));
        QCOMPARE(got->certificate.downloadCount, n);
    }
    const QString p12 = writeFile(f.dir, QStringLiteral("d.p12"), issued->pkcs12);
    auto opened =
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                    QStringLiteral("pass:Abc12345"), QStringLiteral("-nokeys"), QStringLiteral("-legacy")});
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.all()));
    auto fourth = service.download(token, QStringLiteral("taro"), client);
    QVERIFY(fourth.ok());
    QCOMPARE(fourth->state, LinkState::UsedUp);
    QVERIFY(fourth->pkcs12.isEmpty());

    auto cert = CertificateWorkflows(*f.ctx).find(CertificateRef{issued->certificate.serialHex, {}, 0});
    QCOMPARE(cert->status, CertStatus::InUse);
    QCOMPARE(cert->downloadCount, 3);
    QVERIFY(cert->downloadedAt.isValid());
    HistoryFilter filter;
    filter.operation = Op::Download;
    auto rows = HistoryLog::list(*f.db, filter);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->first().host, client.address);
    QCOMPARE(rows->first().userAgent, client.userAgent);
    QCOMPARE(rows->first().targetLogin, QStringLiteral("taro"));
    QCOMPARE(rows->first().device, QStringLiteral("ios-app"));

    QVERIFY(service.recordLockout(token, client, 5).ok());
    filter.operation = Op::Failure;
    rows = HistoryLog::list(*f.db, filter);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().host, client.address);
    auto verified = HistoryLog::verify(*f.db);
    QVERIFY(verified.ok() && verified->intact);
}

void TestDownload::expiredRevokedAndUnknownLinksAreRefused()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("hanako")), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::PortalBaseUrl, QStringLiteral("http://127.0.0.1:1")).ok());
    auto a = CertificateWorkflows(*f.ctx).issue(
        {QStringLiteral("hanako"), QStringLiteral("windows"), {}, PasswordMode::Manual, "Abc12345", {}, 0});
    auto b = CertificateWorkflows(*f.ctx).issue(
        {QStringLiteral("hanako"), QStringLiteral("mac"), {}, PasswordMode::Manual, "Abc12345", {}, 0});
    QVERIFY(a.ok() && b.ok());
    const QString tokenA = a->downloadUrl.section(QLatin1Char('/'), -1);
    const QString tokenB = b->downloadUrl.section(QLatin1Char('/'), -1);

    FixedClock later(a->certificate.downloadDeadline.addSecs(1));
    DownloadService afterDeadline(f.db, later);
    auto expired = afterDeadline.download(tokenA, QStringLiteral("hanako"), {});
    QVERIFY(expired.ok());
    QCOMPARE(expired->state, LinkState::Expired);
    QVERIFY(expired->pkcs12.isEmpty());
    FixedClock before(a->certificate.downloadDeadline.addSecs(-1));
    QCOMPARE(DownloadService(f.db, before).inspect(tokenA)->state, LinkState::Valid);

    QVERIFY(RevocationWorkflows(*f.ctx)
                .revoke(CertificateRef{b->certificate.serialHex, {}, 0}, RevocationReason::KeyCompromise, {})
                .ok());
    DownloadService service(f.db);
    QCOMPARE(service.download(tokenB, QStringLiteral("hanako"), {})->state, LinkState::Revoked);
    QCOMPARE(service.inspect(QString(43, QLatin1Char('A')))->state, LinkState::Unknown);
    QCOMPARE(service.inspect(QStringLiteral("x"))->state, LinkState::Unknown);
    // Nothing was counted or recorded by refusals.
    HistoryFilter filter;
    filter.operation = Op::Download;
    QCOMPARE(HistoryLog::count(*f.db, filter).value(), 0);
}

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_Download.moc"
