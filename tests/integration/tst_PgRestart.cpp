// Surviving a PostgreSQL restart or a dropped connection (issue 15 §3), on the second test cluster that
// scripts/test starts for this (CERTDESK_TEST_PG2_URL, CERTDESK_TEST_PG2_CTL stop|start|restart):
// a Database handle keeps working across a restart; an operation in flight when the server stops fails
// with ErrorCode::Unavailable and leaves nothing; operations while the server is down fail quickly with
// the translated message; certdesk-portal answers OCSP tryLater while the server is down and good again
// after it is back, and its download page works again; a desktop session (offscreen MainWindow) shows
// the message for the operation in flight and the next operation works; certdesk-cli exits with 12.
#include "GuiFixture.h"
#include "UsersTestHelpers.h"
#include "shell/MainWindow.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "users/RevokeDialog.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrl>
#include <QUuid>
#include <atomic>
#include <thread>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kLostText = QStringLiteral("The connection to the database was lost");
const QString kUnreachableText = QStringLiteral("cannot be reached");

// Opens a QPSQL connection of the test's own (not CertDesk's) under `name`; empty on success.
QString openRaw(const QString& url, const QString& name)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setDatabaseName(u.path().mid(1));
    return db.open() ? QString() : db.lastError().text();
}

void closeRaw(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

struct ProcessOutput
{
    int exitCode = -1;
    QString text; // stdout + stderr
};

ProcessOutput run(const QString& program, const QStringList& args, int timeoutMs = 60000,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    ProcessOutput r;
    if (!p.waitForStarted(10000)) {
        r.text = QStringLiteral("could not start ") + program;
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        r.text = QStringLiteral("timed out: ");
    }
    r.text += QString::fromUtf8(p.readAll());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

// The second cluster's control script: stop (fast shutdown) | start | restart; empty on success.
QString ctl(const QString& action)
{
    const ProcessOutput r = run(qEnvironmentVariable("CERTDESK_TEST_PG2_CTL"), {action}, 120000);
    return r.exitCode == 0 ? QString() : QStringLiteral("ctl %1: %2").arg(action, r.text);
}

// Stops the server from another thread as soon as a backend of `url`'s database waits for a lock, i.e. as
// soon as the operation under test is in flight inside its transaction.
class StopWhenBlocked
{
public:
    explicit StopWhenBlocked(const QString& url)
    {
        m_thread = std::thread([this, url] {
            const QString name = QStringLiteral("pgrestart-watch-") + QUuid::createUuid().toString();
            bool blocked = false;
            if (const QString e = openRaw(url, name); !e.isEmpty()) {
                m_error = QStringLiteral("watcher: ") + e;
            } else {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                QSqlQuery q(db);
                for (int i = 0; i < 600 && !blocked; ++i) {
                    if (q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                              "current_database() AND wait_event_type = 'Lock'")) &&
                        q.next() && q.value(0).toInt() > 0)
                        blocked = true;
                    else
                        std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
                q = QSqlQuery();
                db = QSqlDatabase();
            }
            closeRaw(name);
            if (!blocked && m_error.isEmpty())
                m_error = QStringLiteral("the operation never waited for the lock");
            // Stop in any case, so that the operation under test cannot wait forever.
            if (const QString e = ctl(QStringLiteral("stop")); !e.isEmpty())
                m_error += e;
            m_stopped = true;
        });
    }
    ~StopWhenBlocked() { join(); }
    QString join()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_error;
    }

private:
    std::thread m_thread;
    QString m_error;
    std::atomic<bool> m_stopped{false};
};

// A connection of the test's own holding LOCK TABLE history IN EXCLUSIVE MODE in an open transaction:
// reads go on, every workflow's history insert waits.
class HistoryLock
{
public:
    QString take(const QString& url)
    {
        if (const QString e = openRaw(url, m_name); !e.isEmpty())
            return e;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(QStringLiteral("BEGIN")) ||
            !q.exec(QStringLiteral("LOCK TABLE history IN EXCLUSIVE MODE")))
            return q.lastError().text();
        return {};
    }
    ~HistoryLock() { closeRaw(m_name); }

private:
    QString m_name = QStringLiteral("pgrestart-lock-") + QUuid::createUuid().toString();
};

QString openssl_ocsp(const QString& caPem, const QString& leafPem, const QString& url)
{
    return run(QStringLiteral("openssl"),
               {QStringLiteral("ocsp"), QStringLiteral("-issuer"), caPem, QStringLiteral("-cert"), leafPem,
                QStringLiteral("-url"), url, QStringLiteral("-CAfile"), caPem, QStringLiteral("-timeout"),
                QStringLiteral("20")})
        .text;
}

int curlStatus(const QString& url)
{
    return run(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{http_code}"), QStringLiteral("--max-time"), QStringLiteral("20"), url})
        .text.trimmed()
        .toInt();
}

} // namespace

class tst_PgRestart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void handleKeepsWorkingAcrossRestart();
    void operationInFlightFailsAndLeavesNothing();
    void whileStoppedOperationsFailQuickly();
    void portalAnswersTryLaterThenGoodAgain();
    void guiSessionSurvivesRestart();
    void cliExitsWithUnavailable();

private:
    QString stop()
    {
        m_stopped = true;
        return ctl(QStringLiteral("stop"));
    }
    QString start()
    {
        const QString e = ctl(QStringLiteral("start"));
        if (e.isEmpty())
            m_stopped = false;
        return e;
    }
    bool m_stopped = false;
};

void tst_PgRestart::initTestCase()
{
    const QString url = qEnvironmentVariable("CERTDESK_TEST_PG2_URL");
    if (url.isEmpty() || qEnvironmentVariable("CERTDESK_TEST_PG2_CTL").isEmpty()) {
        const char* why =
            "CERTDESK_TEST_PG2_URL / CERTDESK_TEST_PG2_CTL are not set: no restartable PostgreSQL "
            "for this run (scripts/test starts one)";
        if (qEnvironmentVariable("CERTDESK_REQUIRE_PG2") == QLatin1String("1"))
            QFAIL(why);
        QSKIP(why);
    }
    // TestDatabase, WorkflowFixture and GuiFixture make their fresh databases on the second cluster.
    qputenv("CERTDESK_TEST_PG_URL", url.toUtf8());
    qputenv("CERTDESK_TEST_BACKEND", "postgres");
    qputenv("CERTDESK_REQUIRE_PG", "1");
}

void tst_PgRestart::init()
{
    Prompts::clearShownMessages();
}

void tst_PgRestart::cleanup()
{
    // Whatever failed: the server runs again for the next test.
    if (m_stopped)
        QCOMPARE(start(), QString());
}

void tst_PgRestart::handleKeepsWorkingAcrossRestart()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());

    // A read outside any transaction: the statement fails on the dead connection, reopens, runs again.
    QCOMPARE(ctl(QStringLiteral("restart")), QString());
    auto users = f.db->exec(QStringLiteral("SELECT count(*) FROM users"));
    QVERIFY2(users.ok(), qPrintable(users.error().message + QLatin1Char(' ') + users.error().detail));
    QVERIFY(users->next());
    QCOMPARE(users->value(0).toInt(), 1);

    // A workflow (a transaction) first thing after a restart: BEGIN fails, reopens, begins again.
    QCOMPARE(ctl(QStringLiteral("restart")), QString());
    IssueRequest r;
    r.loginId = QStringLiteral("taro");
    r.device = QStringLiteral("windows");
    auto issued = CertificateWorkflows(*f.ctx).issue(r);
    QVERIFY2(issued.ok(), qPrintable(issued.error().message + QLatin1Char(' ') + issued.error().detail));
    const QString pem = f.writePem(QStringLiteral("leaf.pem"), issued->certificate.certDer);
    const ProcessOutput verified =
        run(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), f.caPem(), pem});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.text));

    // Prepared once, run after a restart (outside a transaction): prepared again on the new connection.
    auto prepared = f.db->prepare(QStringLiteral("SELECT count(*) FROM certificates WHERE login_id = ?"));
    QVERIFY(prepared.ok());
    QCOMPARE(ctl(QStringLiteral("restart")), QString());
    auto ran = f.db->execPrepared(prepared.value(), {QStringLiteral("taro")});
    QVERIFY2(ran.ok(), qPrintable(ran.error().message + QLatin1Char(' ') + ran.error().detail));
    QVERIFY(prepared->next());
    QCOMPARE(prepared->value(0).toInt(), 1);
}

void tst_PgRestart::operationInFlightFailsAndLeavesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    IssueRequest r;
    r.loginId = QStringLiteral("taro");
    r.device = QStringLiteral("windows");
    auto issued = CertificateWorkflows(*f.ctx).issue(r);
    QVERIFY(issued.ok());
    const QString before = dumpContent(*f.db);

    // The revocation updates the certificate, then waits for the history lock; the server stops under it.
    Result<RevokeResult> revoked = makeError(ErrorCode::None, {});
    {
        HistoryLock lock;
        QCOMPARE(lock.take(tdb->url()), QString());
        m_stopped = true;
        StopWhenBlocked stopper(tdb->url());
        revoked = RevocationWorkflows(*f.ctx).revoke(CertificateRef{issued->certificate.serialHex, {}, 0},
                                                     RevocationReason::KeyCompromise, {});
        QCOMPARE(stopper.join(), QString());
    }
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.error().code, ErrorCode::Unavailable);
    QVERIFY2(revoked.error().message.contains(kLostText), qPrintable(revoked.error().message));

    QCOMPARE(start(), QString());
    // Nothing half-written: the certificate is still in use, no history row, same content everywhere.
    QCOMPARE(dumpContent(*f.db), before);
    // And the same handle goes on: the revocation now succeeds.
    auto again = RevocationWorkflows(*f.ctx).revoke(CertificateRef{issued->certificate.serialHex, {}, 0},
                                                    RevocationReason::KeyCompromise, {});
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QVERIFY(dumpContent(*f.db) != before);
}

void tst_PgRestart::whileStoppedOperationsFailQuickly()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(stop(), QString());

    QElapsedTimer timer;
    timer.start();
    auto read = f.db->exec(QStringLiteral("SELECT count(*) FROM users"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::Unavailable);
    QVERIFY2(read.error().message.contains(kUnreachableText), qPrintable(read.error().message));
    UserInput hanako;
    hanako.loginId = QStringLiteral("hanako");
    hanako.email = QStringLiteral("hanako@example.jp");
    hanako.displayName = QStringLiteral("Hanako");
    auto added = UserWorkflows(*f.ctx).add(hanako);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::Unavailable);
    QVERIFY2(added.error().message.contains(kUnreachableText), qPrintable(added.error().message));
    // A fresh handle (as a program starting during the outage) fails the same way.
    auto fresh = Database::open(tdb->url());
    QVERIFY(!fresh.ok());
    QCOMPARE(fresh.error().code, ErrorCode::Unavailable);
    // Refused at once here; never longer than connect_timeout (10 s) per attempt.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

    QCOMPARE(start(), QString());
    auto after = UserWorkflows(*f.ctx).add(hanako);
    QVERIFY2(after.ok(), qPrintable(after.error().message));
}

void tst_PgRestart::portalAnswersTryLaterThenGoodAgain()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QVERIFY(Settings(*f.db).set(SettingKey::PortalBaseUrl, base).ok());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    IssueRequest r;
    r.loginId = QStringLiteral("taro");
    r.device = QStringLiteral("windows");
    auto issued = CertificateWorkflows(*f.ctx).issue(r);
    QVERIFY(issued.ok());
    QVERIFY2(issued->downloadUrl.startsWith(base), qPrintable(issued->downloadUrl));
    const QString leaf = f.writePem(QStringLiteral("leaf.pem"), issued->certificate.certDer);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("CERTDESK_CA_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    QProcess portal;
    portal.setProcessEnvironment(env);
    portal.setProcessChannelMode(QProcess::MergedChannels);
    portal.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-portal"),
                 {QStringLiteral("--db"), tdb->url(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(port)});
    QByteArray log;
    auto waitFor = [&](const QByteArray& text) {
        for (int i = 0; i < 200 && !log.contains(text); ++i) {
            portal.waitForReadyRead(100);
            log += portal.readAll();
        }
        return log.contains(text);
    };
    auto finish = qScopeGuard([&] {
        portal.terminate();
        if (!portal.waitForFinished(10000))
            portal.kill();
    });
    QVERIFY2(waitFor("OCSP responder on"), log.constData());
    const QString ocspUrl = base + QStringLiteral("/ocsp");

    const QString good = openssl_ocsp(f.caPem(), leaf, ocspUrl);
    QVERIFY2(good.contains(QStringLiteral("Response verify OK")) && good.contains(QStringLiteral(": good")),
             qPrintable(good));
    QCOMPARE(curlStatus(issued->downloadUrl), 200);

    QCOMPARE(stop(), QString());
    // While the database is down: tryLater, never good or unknown (a signed answer would be cached).
    const QString down = openssl_ocsp(f.caPem(), leaf, ocspUrl);
    QVERIFY2(!down.contains(QStringLiteral(": good")) && !down.contains(QStringLiteral(": unknown")),
             qPrintable(down));
    QVERIFY2(down.contains(QStringLiteral("trylater"), Qt::CaseInsensitive), qPrintable(down));

    QCOMPARE(start(), QString());
    QElapsedTimer timer;
    timer.start();
    QString again;
    while (timer.elapsed() < 5000) {
        again = openssl_ocsp(f.caPem(), leaf, ocspUrl);
        if (again.contains(QStringLiteral(": good")))
            break;
        QTest::qWait(200);
    }
    QVERIFY2(again.contains(QStringLiteral("Response verify OK")) && again.contains(QStringLiteral(": good")),
             qPrintable(again + QString::fromUtf8(log)));
    qInfo("OCSP good again %lld ms after the server was back", timer.elapsed());
    QCOMPARE(curlStatus(issued->downloadUrl), 200);
    log += portal.readAll();
    QCOMPARE(portal.state(), QProcess::Running);
}

void tst_PgRestart::guiSessionSurvivesRestart()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    MainWindow window(*f.session);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString before = dumpContent(*f.wf.db);

    RevokeDialog d(*f.session, *cert, &window);
    d.show();
    Prompts::setNextAnswer(QMessageBox::Ok); // the error box
    {
        HistoryLock lock;
        QCOMPARE(lock.take(f.tdb->url()), QString());
        m_stopped = true;
        StopWhenBlocked stopper(f.tdb->url());
        QTest::mouseClick(child<QPushButton>(&d, "revokeConfirmButton"), Qt::LeftButton);
        QCOMPARE(stopper.join(), QString());
    }
    QVERIFY(!d.revoked());
    const QStringList shown = Prompts::shownMessages();
    QVERIFY2(shown.join(QLatin1Char('\n')).contains(kLostText), qPrintable(shown.join(QLatin1Char('\n'))));

    QCOMPARE(start(), QString());
    QCOMPARE(dumpContent(*f.wf.db), before);
    // The next operation in the same session works.
    QTest::mouseClick(child<QPushButton>(&d, "revokeConfirmButton"), Qt::LeftButton);
    QVERIFY(d.revoked());
    QCOMPARE(historyCount(f, Op::Revoke), 1);
}

void tst_PgRestart::cliExitsWithUnavailable()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("CERTDESK_OPERATOR"), kAdminLogin);
    env.insert(QStringLiteral("CERTDESK_OPERATOR_PASSWORD"), kOperatorPassword);
    const QString cli = qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli");
    const QStringList args{QStringLiteral("--db"), tdb->url(), QStringLiteral("ca"), QStringLiteral("show")};
    const ProcessOutput up = run(cli, args, 60000, env);
    QVERIFY2(up.exitCode == 0, qPrintable(up.text));

    QCOMPARE(stop(), QString());
    const ProcessOutput down = run(cli, args, 60000, env);
    QCOMPARE(down.exitCode, 12);
    QVERIFY2(down.text.contains(kUnreachableText) && down.text.contains(QStringLiteral("try again")),
             qPrintable(down.text));
    const ProcessOutput json = run(cli, QStringList{QStringLiteral("--json")} + args, 60000, env);
    QCOMPARE(json.exitCode, 12);
    QVERIFY2(json.text.contains(QStringLiteral("\"unavailable\"")), qPrintable(json.text));

    QCOMPARE(start(), QString());
    const ProcessOutput back = run(cli, args, 60000, env);
    QVERIFY2(back.exitCode == 0, qPrintable(back.text));
}

QTEST_MAIN(tst_PgRestart)
#include "tst_PgRestart.moc"
