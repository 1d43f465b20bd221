// Issue 15 §4: the row locks and constraints under real concurrency, on the test PostgreSQL (and on a
// SQLite file, fewer rounds). Each test prints its run time.
//
// lastFreeSlot              two certdesk-cli processes issue into a user's last free slot at the same
//                           moment, 100 rounds: one certificate per slot, no duplicate serial (the DB and
//                           `openssl x509` on a sample), the loser gets the slot-limit message (exit 5).
// revocationRacesDownload   a revocation and a portal download (DownloadService) of the same certificate
//                           in two threads with their own connections, 100 rounds: the .p12 is served only
//                           by a download that committed before the revocation; nothing is "in use" after
//                           "revoked"; the PKCS#12 is gone afterwards.
// overlappingBulkIssues     two `certdesk-cli bulk-issue` of files naming the same users (existing ones and
//                           users the files create) at once: each user ends with what exactly one file
//                           asked for; the other file's row fails with the slot-limit message.
// portalsShareLoginLimit    two certdesk-portal processes on one database, wrong login IDs alternating
//                           between them: the link is locked after the shared limit, on both, with one
//                           "failure" history row.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "WorkflowFixture.h"
#include "bulk/BulkIssueForm.h"
#include "download/DownloadLink.h"
#include "download/DownloadService.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlRecord>
#include <QTcpServer>
#include <QThread>
#include <QtTest>
#include <barrier>

using namespace certdesk;
using namespace certdesk::test;

class TestRaces : public QObject
{
    Q_OBJECT
private slots:
    void lastFreeSlot();
    void revocationRacesDownload();
    void overlappingBulkIssues();
    void portalsShareLoginLimit();
    void sameNewLoginFromTwoProcesses();
};

namespace {

const QString kPassphraseEnv = QStringLiteral("CERTDESK_CA_PASSPHRASE=") + QString::fromLatin1(kPassphrase);

int rounds()
{
    return TestDatabase::isPostgresRun() ? 100 : 25;
}

// certdesk-cli signed in as the fixture's administrator, English messages, the CA passphrase, no keychain.
QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_OPERATOR"), kAdminLogin);
    env.insert(QStringLiteral("CERTDESK_OPERATOR_PASSWORD"), kOperatorPassword);
    env.insert(QStringLiteral("CERTDESK_CA_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
    return env;
}

// Starts every command at once, then waits for all of them.
QList<ProcessResult> runTogether(const QString& program, const QList<QStringList>& commands,
                                 const QProcessEnvironment& env)
{
    std::vector<std::unique_ptr<QProcess>> procs;
    for (const QStringList& args : commands) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->setProgram(program);
        p->setArguments(args);
        procs.push_back(std::move(p));
    }
    for (auto& p : procs)
        p->start();
    QList<ProcessResult> out;
    for (auto& p : procs) {
        ProcessResult r;
        // (waitForFinished is false for a process that has finished already.)
        if (p->state() != QProcess::NotRunning && !p->waitForFinished(120000)) {
            p->kill();
            p->waitForFinished(3000);
            r.err = "timed out: " + p->errorString().toUtf8();
        }
        if (p->error() == QProcess::FailedToStart)
            r.err = "could not start: " + p->errorString().toUtf8();
        r.out += p->readAllStandardOutput();
        r.err += p->readAllStandardError();
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        out << r;
    }
    return out;
}

QString sqlText(Database& db, const QString& sql, const QVariantList& binds = {})
{
    auto q = db.exec(sql, binds);
    if (!q)
        return QStringLiteral("(error) ") + q.error().message;
    QStringList rows;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < q->record().count(); ++i)
            fields << q->value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

// The slot-limit refusal as the workflow words it for `login` (asked in-process, so that the test does
// not depend on the text).
QString slotLimitMessage(WorkflowFixture& f, const QString& login)
{
    auto r = CertificateWorkflows(*f.ctx).issue(
        {login, QStringLiteral("android"), {}, PasswordMode::Auto, {}, {}, 0});
    return r ? QString() : r.error().message;
}

void checkWithOpenssl(WorkflowFixture& f, const QString& serial, const QByteArray& der)
{
    const QString pem = f.writePem(QStringLiteral("sample-%1.pem").arg(serial), der);
    auto shown = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                             QStringLiteral("-serial")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.all()));
    QCOMPARE(QString::fromLatin1(shown.out.trimmed()).section(QLatin1Char('='), 1).toUpper(),
             serial.toUpper());
    auto verified = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), f.caPem(), pem});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.all()));
}

} // namespace

void TestRaces::lastFreeSlot()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    // One slot per user: the race is for the last (only) free one.
    QVERIFY(Settings(*f.db).set(SettingKey::MaxCertsPerUser, QStringLiteral("1")).ok());
    const int n = rounds();
    for (int i = 0; i < n; ++i)
        QCOMPARE(f.addUserWithIdentity(QStringLiteral("race%1").arg(i)), QString());
    QElapsedTimer timer;
    timer.start();
    const QProcessEnvironment env = cliEnvironment();
    int exitedFirst[2] = {0, 0};
    for (int i = 0; i < n; ++i) {
        const QString login = QStringLiteral("race%1").arg(i);
        QList<QStringList> commands;
        for (int k = 0; k < 2; ++k)
            commands << QStringList{
                QStringLiteral("--db"),           tdb->url(),
                QStringLiteral("issue"),          login,
                QStringLiteral("--device"),       k == 0 ? QStringLiteral("windows") : QStringLiteral("mac"),
                QStringLiteral("--auto-password")};
        const auto results = runTogether(cliPath(), commands, env);
        const int winner = results[0].exitCode == 0 ? 0 : 1;
        const ProcessResult& won = results[winner];
        const ProcessResult& lost = results[1 - winner];
        QVERIFY2(
            won.exitCode == 0,
            qPrintable(QStringLiteral("round %1: %2 / %3").arg(i).arg(results[0].all(), results[1].all())));
        QVERIFY2(lost.exitCode == 5, qPrintable(QStringLiteral("round %1: the loser exited %2: %3")
                                                    .arg(i)
                                                    .arg(lost.exitCode)
                                                    .arg(lost.all())));
        const QString expected = slotLimitMessage(f, login);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(QString::fromUtf8(lost.err).contains(expected),
                 qPrintable(QStringLiteral("round %1: %2").arg(i).arg(lost.all())));
        ++exitedFirst[winner];
    }
    qInfo("lastFreeSlot: %d rounds in %lld ms (the windows process won %d, the mac process %d)", n,
          timer.elapsed(), exitedFirst[0], exitedFirst[1]);

    // Never more certificates than slots, never a duplicate serial, exactly one per user.
    QCOMPARE(sqlText(*f.db, QStringLiteral("SELECT COUNT(*) FROM certificates")), QString::number(n));
    QCOMPARE(sqlText(*f.db, QStringLiteral("SELECT login_id FROM certificates GROUP BY login_id, slot"
                                           " HAVING COUNT(*) > 1")),
             QString());
    QCOMPARE(
        sqlText(*f.db, QStringLiteral("SELECT serial FROM certificates GROUP BY serial HAVING COUNT(*) > 1")),
        QString());
    QCOMPARE(
        sqlText(*f.db, QStringLiteral("SELECT COUNT(DISTINCT user_id) FROM certificates WHERE slot = 1")),
        QString::number(n));
    HistoryFilter issues;
    issues.operation = Op::Issue;
    QCOMPARE(HistoryLog::list(*f.db, issues)->size(), n);
    // The issued certificates as openssl reads them: the serial the database holds, signed by the CA.
    auto q = f.db->exec(QStringLiteral("SELECT serial, cert_der FROM certificates ORDER BY id"));
    QVERIFY(q.ok());
    QSet<QString> serials;
    for (int i = 0; q->next(); ++i) {
        serials << q->value(0).toString();
        if (i % 10 == 0)
            checkWithOpenssl(f, q->value(0).toString(), q->value(1).toByteArray());
    }
    QCOMPARE(serials.size(), n);
}

void TestRaces::revocationRacesDownload()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::PortalBaseUrl, QStringLiteral("https://portal.example.jp")).ok());
    // 25 rounds per user: every certificate is issued before the races start, within the 50 slots.
    const int n = rounds();
    for (int u = 0; u * 25 < n; ++u)
        QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro%1").arg(u)), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::MaxCertsPerUser, QStringLiteral("25")).ok());
    struct Round
    {
        QString login;
        QString serial;
        QString token;
        Result<DownloadResult> download = DownloadResult{};
        Status revoke;
    };
    std::vector<Round> work(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        Round& r = work[size_t(i)];
        r.login = QStringLiteral("taro%1").arg(i / 25);
        auto issued = CertificateWorkflows(*f.ctx).issue(
            {r.login, QStringLiteral("android"), {}, PasswordMode::Manual, "Abc12345", {}, 0});
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        r.serial = issued->certificate.serialHex;
        r.token = issued->downloadUrl.section(QLatin1Char('/'), -1);
    }
    QElapsedTimer timer;
    timer.start();
    // Two threads, each with its own connection for all rounds; a barrier starts both sides of a round.
    std::barrier start(2);
    auto revoker = f.contextFor(f.ctx->actor());
    QThread* downloads = QThread::create([&] {
        DownloadService service(f.db);
        for (Round& r : work) {
            start.arrive_and_wait();
            r.download =
                service.download(r.token, r.login, {QStringLiteral("192.0.2.7"), QStringLiteral("race")});
            start.arrive_and_wait();
        }
    });
    QThread* revocations = QThread::create([&] {
        for (Round& r : work) {
            start.arrive_and_wait();
            auto s = RevocationWorkflows(*revoker).revoke(CertificateRef{r.serial, {}, 0},
                                                          RevocationReason::KeyCompromise);
            r.revoke = s ? Status() : Status(s.error());
            start.arrive_and_wait();
        }
    });
    downloads->start();
    revocations->start();
    QVERIFY(downloads->wait(300000));
    QVERIFY(revocations->wait(300000));
    delete downloads;
    delete revocations;

    int servedFirst = 0;
    HistoryFilter all;
    auto history = HistoryLog::list(*f.db, all);
    QVERIFY(history.ok());
    for (int i = 0; i < n; ++i) {
        const Round& r = work[size_t(i)];
        QVERIFY2(r.revoke.ok(), qPrintable(r.revoke.error().message));
        QVERIFY2(r.download.ok(), qPrintable(r.download.error().message));
        auto c = CertificateWorkflows(*f.ctx).find(CertificateRef{r.serial, {}, 0});
        QVERIFY(c.ok());
        QCOMPARE(c->status, CertStatus::Revoked); // never "in use" after "revoked"
        QVERIFY(!c->hasPkcs12);
        // Where each side's history row is: the download (if any) must come before the revocation.
        qint64 downloadRow = 0, revokeRow = 0;
        const QString tag = QStringLiteral("serial=") + r.serial + QLatin1Char(' ');
        for (const HistoryEntry& h : history.value()) {
            if (!h.details.startsWith(tag))
                continue;
            if (h.operation == Op::Download)
                downloadRow = h.id;
            else if (h.operation == Op::Revoke)
                revokeRow = h.id;
        }
        QVERIFY(revokeRow > 0);
        if (r.download->state == LinkState::Valid) {
            ++servedFirst;
            QVERIFY(!r.download->pkcs12.isEmpty());
            QVERIFY2(downloadRow > 0 && downloadRow < revokeRow, qPrintable(r.serial));
            QCOMPARE(c->downloadCount, 1);
            if (servedFirst <= 3) {
                // What was served is the certificate's PKCS#12, as openssl reads it.
                const QString p12 = writeFile(f.dir, r.serial + QStringLiteral(".p12"), r.download->pkcs12);
                auto shown = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12,
                                         QStringLiteral("-passin"), QStringLiteral("pass:Abc12345"),
                                         QStringLiteral("-nokeys"), QStringLiteral("-clcerts")});
                QVERIFY2(shown.exitCode == 0, qPrintable(shown.all()));
                const QString pem = writeFile(f.dir, r.serial + QStringLiteral(".pem"), shown.out);
                auto serial = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), pem,
                                          QStringLiteral("-noout"), QStringLiteral("-serial")});
                QCOMPARE(QString::fromLatin1(serial.out.trimmed()).section(QLatin1Char('='), 1).toUpper(),
                         r.serial.toUpper());
            }
        } else {
            QCOMPARE(r.download->state, LinkState::Revoked);
            QVERIFY(r.download->pkcs12.isEmpty());
            QCOMPARE(downloadRow, 0);
            QCOMPARE(c->downloadCount, 0);
        }
    }
    qInfo("revocationRacesDownload: %d rounds in %lld ms (downloaded before the revocation: %d, refused: %d)",
          n, timer.elapsed(), servedFirst, n - servedFirst);
    // Afterwards every link is refused.
    DownloadService service(f.db);
    auto late = service.download(work.front().token, work.front().login, {});
    QVERIFY(late.ok());
    QCOMPARE(late->state, LinkState::Revoked);
}

void TestRaces::overlappingBulkIssues()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::MaxCertsPerUser, QStringLiteral("1")).ok());
    const int existing = 12, created = 12, passes = TestDatabase::isPostgresRun() ? 3 : 1;
    QElapsedTimer timer;
    timer.start();
    for (int pass = 0; pass < passes; ++pass) {
        QStringList logins;
        for (int i = 0; i < existing; ++i) {
            logins << QStringLiteral("bulk%1x%2").arg(pass).arg(i);
            QCOMPARE(f.addUserWithIdentity(logins.last()), QString());
        }
        // The template lists the existing users with their registered names; both files mark all of them
        // (file A: Windows, file B: Mac) and add the same new users, which "create missing users" adds.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(BulkIssueForm::writeTemplate(*f.db, buffer).ok());
        const QStringList lines = QString::fromUtf8(buffer.data().mid(3)).split(QStringLiteral("\r\n"));
        QByteArray files[2];
        for (int k = 0; k < 2; ++k) {
            QStringList out{lines.first()};
            auto mark = [&](QStringList cells) {
                cells[0] = QStringLiteral("○");
                cells[k == 0 ? 11 : 14] = QStringLiteral("○"); // Windows / Mac
                cells[16] = QStringLiteral("○");               // auto-generated key password
                cells[18] = k == 0 ? QStringLiteral("file A") : QStringLiteral("file B");
                out << cells.join(QLatin1Char(','));
            };
            for (const QString& line : lines.mid(1)) {
                const QStringList cells = line.split(QLatin1Char(','));
                if (cells.size() == 19 && logins.contains(cells[1]))
                    mark(cells);
            }
            for (int i = 0; i < created; ++i) {
                const QString login = QStringLiteral("new%1x%2").arg(pass).arg(i);
                mark({QString(), login, login + QStringLiteral("@example.jp"), QString(), QString(),
                      QStringLiteral("大塚"), QStringLiteral("太郎"), QStringLiteral("オオツカ"),
                      QStringLiteral("タロウ"), QStringLiteral("Otsuka"), QStringLiteral("Taro"), QString(),
                      QString(), QString(), QString(), QString(), QString(), QString(), QString()});
            }
            // File B lists the users the other way round: the two jobs meet in the middle.
            if (k == 1)
                std::reverse(out.begin() + 1, out.end());
            files[k] = "\xEF\xBB\xBF" + out.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
        }
        QCOMPARE(int(files[0].count('\n')), existing + created + 1);
        const QString fileA = writeFile(f.dir, QStringLiteral("a%1.csv").arg(pass), files[0]);
        const QString fileB = writeFile(f.dir, QStringLiteral("b%1.csv").arg(pass), files[1]);
        const auto results = runTogether(
            cliPath(),
            {{QStringLiteral("--db"), tdb->url(), QStringLiteral("bulk-issue"), fileA,
              QStringLiteral("--create-missing-users"), QStringLiteral("--threads"), QStringLiteral("1")},
             {QStringLiteral("--db"), tdb->url(), QStringLiteral("bulk-issue"), fileB,
              QStringLiteral("--create-missing-users"), QStringLiteral("--threads"), QStringLiteral("1")}},
            cliEnvironment());
        for (const ProcessResult& r : results) // 0: all issued, 1: some rows failed, 4: rejected file
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 4, qPrintable(r.all()));
        qInfo("pass %d: exit codes %d, %d; rows done per job: %s", pass, results[0].exitCode,
              results[1].exitCode,
              qPrintable(sqlText(*f.db, QStringLiteral("SELECT job_id, state, COUNT(*) FROM bulk_job_rows"
                                                       " GROUP BY job_id, state ORDER BY job_id, state"))
                             .replace(QLatin1Char('\n'), QLatin1Char(' '))));

        QStringList everyone = logins;
        for (int i = 0; i < created; ++i)
            everyone << QStringLiteral("new%1x%2").arg(pass).arg(i);
        for (const QString& login : std::as_const(everyone)) {
            // Exactly one certificate, entirely from one file.
            const QString certs = sqlText(
                *f.db,
                QStringLiteral("SELECT device, remarks FROM certificates WHERE login_id = ? ORDER BY id"),
                {login});
            QVERIFY2(certs == QStringLiteral("windows|file A") || certs == QStringLiteral("mac|file B"),
                     qPrintable(login + QStringLiteral(": ") + certs));
            // Each file's row for the user: one done, the other (if the file was accepted) failed with
            // the slot-limit message, never a database error.
            const QString rows = sqlText(
                *f.db,
                QStringLiteral("SELECT state, error FROM bulk_job_rows WHERE login_id = ? ORDER BY job_id"),
                {login});
            int done = 0;
            for (const QString& row : rows.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (row.startsWith(QLatin1String("done|"))) {
                    ++done;
                    continue;
                }
                QVERIFY2(row ==
                             QStringLiteral("failed|\"%1\" already has 1 certificates, the most a user may "
                                            "have.")
                                 .arg(login),
                         qPrintable(login + QStringLiteral(": ") + row));
            }
            QCOMPARE(done, 1);
        }
        QCOMPARE(sqlText(*f.db,
                         QStringLiteral("SELECT login_id FROM users GROUP BY login_id HAVING COUNT(*) > 1")),
                 QString());
    }
    qInfo("overlappingBulkIssues: %d passes of 2 files x %d rows in %lld ms", passes, existing + created,
          timer.elapsed());
    auto q = f.db->exec(QStringLiteral("SELECT serial, cert_der FROM certificates ORDER BY id LIMIT 3"));
    QVERIFY(q.ok());
    while (q->next())
        checkWithOpenssl(f, q->value(0).toString(), q->value(1).toByteArray());
}

void TestRaces::portalsShareLoginLimit()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("hanako")), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::PortalBaseUrl, QStringLiteral("https://portal.example.jp")).ok());
    auto issued = CertificateWorkflows(*f.ctx).issue(
        {QStringLiteral("hanako"), QStringLiteral("windows"), {}, PasswordMode::Manual, "Abc12345", {}, 0});
    QVERIFY(issued.ok());
    const QString token = issued->downloadUrl.section(QLatin1Char('/'), -1);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTDESK_CA_PASSPHRASE"));
    env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
    const QString bin = qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-portal");
    QProcess portals[2];
    int ports[2] = {0, 0};
    auto stopAll = qScopeGuard([&] {
        for (QProcess& p : portals)
            stopProcess(p);
    });
    for (int k = 0; k < 2; ++k) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        ports[k] = probe.serverPort();
        probe.close();
        portals[k].setProcessEnvironment(env);
        portals[k].setProcessChannelMode(QProcess::MergedChannels);
        portals[k].start(bin, {QStringLiteral("--db"), tdb->url(), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(ports[k])});
        QByteArray log;
        for (int i = 0; i < 200 && !log.contains("listening on"); ++i) {
            portals[k].waitForReadyRead(100);
            log += portals[k].readAll();
        }
        QVERIFY2(log.contains("listening on"), log.constData());
    }
    auto post = [&](int k, const QString& loginId) {
        auto r = runProcess(QStringLiteral("curl"),
                            {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                             QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                             QStringLiteral("--data-urlencode"), QStringLiteral("login_id=") + loginId,
                             QStringLiteral("http://127.0.0.1:%1/download/%2").arg(ports[k]).arg(token)},
                            {}, 30000);
        return r.out.trimmed().toInt();
    };
    // Wrong login IDs alternate between the two portals: the fifth, wherever it lands, locks the link.
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(post(i % 2, QStringLiteral("guess%1").arg(i)), 403);
    QCOMPARE(post(1, QStringLiteral("guess5")), 429);
    // Locked on both, even with the right login ID.
    QCOMPARE(post(0, QStringLiteral("hanako")), 429);
    QCOMPARE(post(1, QStringLiteral("hanako")), 429);
    HistoryFilter failures;
    failures.operation = Op::Failure;
    auto rows = HistoryLog::list(*f.db, failures);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().targetLogin, QStringLiteral("hanako"));
    QCOMPARE(CertificateWorkflows(*f.ctx)
                 .find(CertificateRef{issued->certificate.serialHex, {}, 0})
                 ->downloadCount,
             0);
    // The shared table holds the link's SHA-256, never the token.
    QCOMPARE(sqlText(*f.db, QStringLiteral("SELECT DISTINCT token_hash FROM login_failures")),
             DownloadLink::tokenHash(token));
    QVERIFY(
        !sqlText(*f.db, QStringLiteral("SELECT token_hash || address FROM login_failures")).contains(token));
}

// Two desktops add the same new login ID at the same moment: one user is created, the other process is
// told that someone else saved it (Conflict, exit 5), never a raw database error (exit 8).
void TestRaces::sameNewLoginFromTwoProcesses()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    const QProcessEnvironment env = cliEnvironment();
    const int n = TestDatabase::isPostgresRun() ? 20 : 5;
    for (int i = 0; i < n; ++i) {
        const QString login = QStringLiteral("twin%1").arg(i);
        QList<QStringList> commands;
        for (int k = 0; k < 2; ++k)
            commands << QStringList{QStringLiteral("--db"),
                                    tdb->url(),
                                    QStringLiteral("user"),
                                    QStringLiteral("add"),
                                    login,
                                    QStringLiteral("--email"),
                                    QStringLiteral("%1.%2@example.jp").arg(login).arg(k)};
        const auto results = runTogether(cliPath(), commands, env);
        const int winner = results[0].exitCode == 0 ? 0 : 1;
        QVERIFY2(
            results[winner].exitCode == 0,
            qPrintable(QStringLiteral("round %1: %2 / %3").arg(i).arg(results[0].all(), results[1].all())));
        const ProcessResult& lost = results[1 - winner];
        QVERIFY2(lost.exitCode == 5, qPrintable(QStringLiteral("round %1: the loser exited %2: %3")
                                                    .arg(i)
                                                    .arg(lost.exitCode)
                                                    .arg(lost.all())));
    }
    QCOMPARE(sqlText(*f.db, QStringLiteral("SELECT COUNT(*) FROM users WHERE login_id LIKE 'twin%'")),
             QString::number(n));
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_Races.moc"
