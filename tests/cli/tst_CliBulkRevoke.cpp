// certdesk-cli bulk-revoke / export-zip (seed 002): a broken file exits 4 with every problem on
// stderr as `LINE: "VALUE": message`; without --yes the command states what it would revoke and exits 2;
// --dry-run exits 0; neither changes the database. --yes revokes in one go (--json summary) and the CRL
// lists the serials; export-zip writes the ZIP (0600) of the awaiting certificates and their passwords,
// and without the CA passphrase exits 6 without writing anything.
#include "CliRunner.h"
#include "WorkflowFixture.h"
#include "store/CertificateStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include "TestPlatform.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kPassphraseEnv = QStringLiteral("CERTDESK_CA_PASSPHRASE=") + QString::fromLatin1(kPassphrase);
const QString kNoKeychain = QStringLiteral("DBUS_SESSION_BUS_ADDRESS=");

QString fixturePath(const QString& name)
{
    return QDir(qEnvironmentVariable("CERTDESK_TEST_DATA")).filePath(QStringLiteral("revoke/") + name);
}

QString contentOf(TestDatabase& tdb)
{
    auto db = tdb.open();
    return db ? contentApartFromSignIns(*db) : QString();
}

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Empty when `actual` has the `expected` lines. A "(s)" of a %n message in `expected` (the tr() source) also
// matches the English catalogue's singular or plural form, whether or not that entry is translated yet.
QString sameLines(const QStringList& actual, const QStringList& expected)
{
    bool same = actual.size() == expected.size();
    for (qsizetype i = 0; same && i < expected.size(); ++i) {
        QString pattern = QRegularExpression::escape(expected.at(i));
        pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("(?:\\(s\\)|s)?"));
        same =
            QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(actual.at(i)).hasMatch();
    }
    if (same)
        return {};
    return QStringLiteral("got:\n  ") + actual.join(QStringLiteral("\n  ")) +
           QStringLiteral("\nexpected:\n  ") + expected.join(QStringLiteral("\n  "));
}

int fileMode(const QString& path)
{
    return certdesk::test::filePermissionBits(path);
}

using Certs = QHash<QString, CertificateRecord>; // "login:slot" -> certificate

// The CA (passphrase kPassphrase) and the certificates of tests/data/revoke/make_fixtures.py, through the
// core API (the CLI path of these is covered by tst_Cli): tanaka.jiro's one is revoked.
QString setUpCertificates(TestDatabase& tdb, Certs* out)
{
    WorkflowFixture f;
    if (QString e = f.setUp(tdb); !e.isEmpty())
        return e;
    for (const char* login :
         {"yamada.taro", "suzuki.hanako", "sato.ichiro", "tanaka.jiro", "takahashi.yuko"}) {
        if (QString e = f.addUserWithIdentity(QString::fromLatin1(login)); !e.isEmpty())
            return e;
    }
    const QList<QPair<const char*, const char*>> plan = {
        {"yamada.taro", "windows"},   {"yamada.taro", "ios-app"}, {"suzuki.hanako", "mac"},
        {"suzuki.hanako", "android"}, {"sato.ichiro", "windows"}, {"sato.ichiro", "ios-browser"},
        {"sato.ichiro", "ios-app"},   {"tanaka.jiro", "windows"}};
    CertificateWorkflows wf(*f.ctx);
    for (const auto& [login, device] : plan) {
        auto r = wf.issue(IssueRequest{
            QString::fromLatin1(login), QString::fromLatin1(device), {}, PasswordMode::Auto, {}, {}, 0});
        if (!r)
            return r.error().message;
        out->insert(QStringLiteral("%1:%2").arg(r->certificate.loginId).arg(r->certificate.slot),
                    r->certificate);
    }
    auto revoked = RevocationWorkflows(*f.ctx).revoke(
        CertificateRef{out->value(QStringLiteral("tanaka.jiro:1")).serialHex, {}, 0},
        RevocationReason::CessationOfOperation);
    return revoked ? QString() : revoked.error().message;
}

QList<CertificateRecord> certificatesOf(TestDatabase& tdb, const QString& where)
{
    QList<CertificateRecord> out;
    auto db = tdb.open();
    if (!db)
        return out;
    auto q = db->exec(QStringLiteral("SELECT id FROM certificates WHERE ") + where +
                      QStringLiteral(" ORDER BY id"));
    QList<qint64> ids;
    while (q && q->next())
        ids << q->value(0).toLongLong();
    for (qint64 id : ids) {
        auto c = CertificateStore(*db).findById(id);
        if (c && c.value())
            out << *c.value();
    }
    return out;
}

QStringList keysOf(const QList<CertificateRecord>& certs)
{
    QStringList out;
    for (const CertificateRecord& c : certs)
        out << QStringLiteral("%1:%2").arg(c.loginId).arg(c.slot);
    out.sort();
    return out;
}

QList<HistoryEntry> historyOf(TestDatabase& tdb, const QString& op)
{
    auto db = tdb.open();
    if (!db)
        return {};
    HistoryFilter filter;
    filter.operation = op;
    auto rows = HistoryLog::list(*db, filter);
    return rows ? rows.value() : QList<HistoryEntry>();
}

QStringList zipNames(const QString& zip)
{
    auto r = runProcess(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    QStringList names = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    names.sort();
    return names;
}

// The five targets of ok-cp932.csv, as the command lists them.
QStringList okTargetLines(const Certs& certs)
{
    auto line = [&](int n, const QString& key, const QString& device) {
        const CertificateRecord c = certs.value(key);
        return QStringLiteral("line %1: %2 slot %3 %4 serial %5")
            .arg(n)
            .arg(c.loginId)
            .arg(c.slot)
            .arg(device, c.serialHex);
    };
    return {line(2, QStringLiteral("yamada.taro:1"), QStringLiteral("Windows")),
            line(2, QStringLiteral("yamada.taro:2"), QStringLiteral("iOS/iPadOS (app/browser)")),
            line(3, QStringLiteral("suzuki.hanako:2"), QStringLiteral("Android")),
            line(5, QStringLiteral("sato.ichiro:2"), QStringLiteral("iOS/iPadOS (dedicated browser)")),
            line(6, QStringLiteral("sato.ichiro:3"), QStringLiteral("iOS/iPadOS (app/browser)"))};
}

const QStringList kOkTargets = {QStringLiteral("sato.ichiro:2"), QStringLiteral("sato.ichiro:3"),
                                QStringLiteral("suzuki.hanako:2"), QStringLiteral("yamada.taro:1"),
                                QStringLiteral("yamada.taro:2")};

} // namespace

class TestCliBulkRevoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void brokenFileRevokesNothing();
    void withoutYesStatesWhatAndRevokesNothing();
    void withoutYesJsonIsOneDocument();
    void dryRunRevokesNothing();
    void yesRevokesAndTheCrlListsThem();
    void exportZipWritesTheAwaitingCertificates();
    void exportZipWithoutPassphraseWritesNothing();

private:
    ProcessResult cli(TestDatabase& tdb, const QStringList& args, const QStringList& env = {})
    {
        // Signed in as the administrator WorkflowFixture bootstrapped.
        return runCli(tdb.url(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args,
                      cliSignInEnv(kAdminLogin, kOperatorPassword) + (env.isEmpty() ? m_env : env));
    }
    QStringList m_env;
    QTemporaryDir m_dir;
};

void TestCliBulkRevoke::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_env = {kPassphraseEnv, kNoKeychain};
}

void TestCliBulkRevoke::brokenFileRevokesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    Certs certs;
    QCOMPARE(setUpCertificates(*tdb, &certs), QString());
    const QString before = contentOf(*tdb);
    const QString device = QStringLiteral(
        "Unknown device. Write Windows, iOS(アプリ/ブラウザ), iOS(専用ブラウザ), Mac, Android or other.");

    auto r =
        cli(*tdb, {QStringLiteral("bulk-revoke"), fixturePath(QStringLiteral("bad-unknown-device-cp932.csv")),
                   QStringLiteral("--reason"), QStringLiteral("lost"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(sameLines(lines(r.err),
                       {QStringLiteral("2: \"iPhone\": ") + device, QStringLiteral("4: \"iOS\": ") + device,
                        QStringLiteral("2 problem(s) found; nothing was revoked.")}),
             QString());

    // The same certificate twice: the serial is in the message.
    r = cli(*tdb, {QStringLiteral("bulk-revoke"), fixturePath(QStringLiteral("bad-duplicate-cp932.csv")),
                   QStringLiteral("--reason"), QStringLiteral("lost"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(
        sameLines(lines(r.err),
                  {QStringLiteral("3: \"yamada.taro,Windows\": Certificate %1 is already named on line 2.")
                       .arg(certs.value(QStringLiteral("yamada.taro:1")).serialHex),
                   QStringLiteral("5: \"sato.ichiro\": Certificate %1 is already named on line 4.")
                       .arg(certs.value(QStringLiteral("sato.ichiro:2")).serialHex),
                   QStringLiteral("2 problem(s) found; nothing was revoked.")}),
        QString());

    // A problem without line cell: line 0, no value.
    r = cli(*tdb, {QStringLiteral("bulk-revoke"), fixturePath(QStringLiteral("empty.csv")),
                   QStringLiteral("--reason"), QStringLiteral("lost")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(sameLines(lines(r.err), {QStringLiteral("0: The file names no certificate."),
                                      QStringLiteral("1 problem(s) found; nothing was revoked.")}),
             QString());

    // --json: the same problems as objects.
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-revoke"),
                   fixturePath(QStringLiteral("bad-three-cells-cp932.csv")), QStringLiteral("--reason"),
                   QStringLiteral("lost"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 4);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toObject(),
             (QJsonObject{
                 {QStringLiteral("line"), 3},
                 {QStringLiteral("column"), QString()},
                 {QStringLiteral("value"), QStringLiteral("yamada.taro,Windows,ノートPC")},
                 {QStringLiteral("message"),
                  QStringLiteral(
                      "Write one serial number or common name, or a login ID and a device, per line.")}}));

    // No reason: a usage error.
    r = cli(*tdb, {QStringLiteral("bulk-revoke"), fixturePath(QStringLiteral("ok-cp932.csv")),
                   QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(contentOf(*tdb), before);
}

void TestCliBulkRevoke::withoutYesStatesWhatAndRevokesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    Certs certs;
    QCOMPARE(setUpCertificates(*tdb, &certs), QString());
    const QString before = contentOf(*tdb);
    auto r = cli(*tdb, {QStringLiteral("bulk-revoke"), fixturePath(QStringLiteral("ok-cp932.csv")),
                        QStringLiteral("--reason"), QStringLiteral("lost")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(lines(r.out), okTargetLines(certs));
    QCOMPARE(
        sameLines(lines(r.err),
                  {QStringLiteral("certdesk-cli: Revoke 5 certificate(s) of 3 user(s)? Those devices can no "
                                  "longer use the service. Add --yes to confirm."),
                   QStringLiteral("Run \"certdesk-cli help\" for the commands.")}),
        QString());
    QCOMPARE(contentOf(*tdb), before);
}

void TestCliBulkRevoke::withoutYesJsonIsOneDocument()
{
    // --json promises one JSON document on stdout; the refused command is not "ok".
    CERTDESK_TEST_DATABASE(tdb);
    Certs certs;
    QCOMPARE(setUpCertificates(*tdb, &certs), QString());
    const QString before = contentOf(*tdb);
    auto r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-revoke"),
                        fixturePath(QStringLiteral("ok-cp932.csv")), QStringLiteral("--reason"),
                        QStringLiteral("lost")});
    QCOMPARE(r.exitCode, 2);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
             qPrintable(error.errorString() + QStringLiteral(" in:\n") + QString::fromUtf8(r.out)));
    QCOMPARE(doc.object().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(contentOf(*tdb), before);
}

void TestCliBulkRevoke::dryRunRevokesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    Certs certs;
    QCOMPARE(setUpCertificates(*tdb, &certs), QString());
    const QString before = contentOf(*tdb);
    const QString file = fixturePath(QStringLiteral("ok-cp932.csv"));
    auto r = cli(*tdb, {QStringLiteral("bulk-revoke"), file, QStringLiteral("--reason"),
                        QStringLiteral("lost"), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(
        sameLines(lines(r.out), okTargetLines(certs) << QStringLiteral(
                                    "Revoke 5 certificate(s) of 3 user(s)? Dry run: nothing was revoked.")),
        QString());
    QCOMPARE(r.err, QByteArray());

    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-revoke"), file, QStringLiteral("--reason"),
                   QStringLiteral("lost"), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("users")).toInt(), 3);
    QStringList serials;
    for (const QJsonValue& v : o.value(QStringLiteral("certificates")).toArray())
        serials << v.toObject().value(QStringLiteral("serial")).toString();
    QStringList expected;
    for (const QString& key :
         {QStringLiteral("yamada.taro:1"), QStringLiteral("yamada.taro:2"), QStringLiteral("suzuki.hanako:2"),
          QStringLiteral("sato.ichiro:2"), QStringLiteral("sato.ichiro:3")})
        expected << certs.value(key).serialHex;
    QCOMPARE(serials, expected);
    QCOMPARE(contentOf(*tdb), before);
}

void TestCliBulkRevoke::yesRevokesAndTheCrlListsThem()
{
    CERTDESK_TEST_DATABASE(tdb);
    Certs certs;
    QCOMPARE(setUpCertificates(*tdb, &certs), QString());
    auto r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("bulk-revoke"),
                        fixturePath(QStringLiteral("ok-cp932.csv")), QStringLiteral("--reason"),
                        QStringLiteral("lost"), QStringLiteral("--remarks"), QStringLiteral("総務部 一括"),
                        QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("revoked")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("users")).toInt(), 3);
    QVERIFY(!o.contains(QStringLiteral("dry_run")));
    QStringList listed;
    for (const QJsonValue& v : o.value(QStringLiteral("certificates")).toArray()) {
        const QJsonObject c = v.toObject();
        listed << QStringLiteral("%1:%2")
                      .arg(c.value(QStringLiteral("login_id")).toString())
                      .arg(c.value(QStringLiteral("slot")).toInt());
        QCOMPARE(c.value(QStringLiteral("serial")).toString(), certs.value(listed.last()).serialHex);
    }
    listed.sort();
    QCOMPARE(listed, kOkTargets);
    const QList<CertificateRecord> lost = certificatesOf(*tdb, QStringLiteral("revocation_reason = 'lost'"));
    QCOMPARE(keysOf(lost), kOkTargets);
    QCOMPARE(keysOf(certificatesOf(*tdb, QStringLiteral("status <> 'revoked'"))),
             (QStringList{QStringLiteral("sato.ichiro:1"), QStringLiteral("suzuki.hanako:1")}));
    const QList<HistoryEntry> accepted = historyOf(*tdb, Op::BulkAccepted);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().details, QStringLiteral("kind=revoke certificates=5 users=3 reason=lost"));
    QCOMPARE(accepted.first().remarks, QStringLiteral("ok-cp932.csv"));
    int withRemarks = 0;
    for (const HistoryEntry& h : historyOf(*tdb, Op::Revoke))
        withRemarks += h.remarks == QStringLiteral("総務部 一括") ? 1 : 0;
    QCOMPARE(withRemarks, 5);

    // Text mode: the rest, by common name and by login ID and device.
    const QString rest =
        writeFile(m_dir, QStringLiteral("rest.csv"), QByteArray("suzuki.hanako\r\nsato.ichiro,Windows\r\n"));
    r = cli(*tdb, {QStringLiteral("bulk-revoke"), rest, QStringLiteral("--reason"), QStringLiteral("lost"),
                   QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    // The CRL is re-signed by the revocation itself (the CA passphrase is in the environment).
    const QStringList out = lines(r.out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(
        sameLines(out.mid(0, 1),
                  {QStringLiteral("Revoked 2 certificate(s) of 2 user(s): Device lost (key compromise).")}),
        QString());
    static const QRegularExpression crlLine(
        QStringLiteral("^CRL number \\d+ \\(8 revoked\\) signed; the portal serves it at /crl\\.$"));
    QVERIFY2(crlLine.match(out.at(1)).hasMatch(), qPrintable(out.at(1)));
    QVERIFY(certificatesOf(*tdb, QStringLiteral("status <> 'revoked'")).isEmpty());
    r = cli(*tdb, {QStringLiteral("history"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

    // The CRL lists every serial.
    const QString crl = m_dir.filePath(QStringLiteral("bulk.crl"));
    r = cli(*tdb, {QStringLiteral("crl"), QStringLiteral("--out"), crl});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    auto shown = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                             QStringLiteral("-in"), crl, QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.all()));
    static const QRegularExpression re(QStringLiteral("Serial Number: ([0-9A-F]+)"));
    QStringList inCrl;
    for (auto it = re.globalMatch(QString::fromUtf8(shown.out)); it.hasNext();)
        inCrl << it.next().captured(1);
    inCrl.sort();
    QStringList all;
    for (const CertificateRecord& c : std::as_const(certs))
        all << c.serialHex;
    all.sort();
    QCOMPARE(inCrl, all);
}

void TestCliBulkRevoke::exportZipWritesTheAwaitingCertificates()
{
    CERTDESK_TEST_DATABASE(tdb);
    Certs certs;
    QCOMPARE(setUpCertificates(*tdb, &certs), QString());
    QCOMPARE(cli(*tdb, {QStringLiteral("export-zip")}).exitCode, 2); // needs --out

    const QString zip = m_dir.filePath(QStringLiteral("export.zip"));
    auto r = cli(*tdb, {QStringLiteral("export-zip"), QStringLiteral("--out"), zip});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(lines(r.out),
             QStringList{
                 QStringLiteral("Wrote %1: 7 PKCS#12 files, cacert.pem, cacert.crt and passwords.csv with 7 "
                                "passwords. It contains private keys and their passwords: hand it over "
                                "safely and delete it afterwards.")
                     .arg(zip)});
    if (certdesk::test::hasPosixPermissions())
        QCOMPARE(fileMode(zip), 0600);
    const QStringList fixed = {QStringLiteral("cacert.crt"), QStringLiteral("cacert.pem"),
                               QStringLiteral("passwords.csv")};
    QCOMPARE(
        zipNames(zip),
        (fixed +
         QStringList{QStringLiteral("sato.ichiro-ios-app.p12"), QStringLiteral("sato.ichiro-ios-browser.p12"),
                     QStringLiteral("sato.ichiro-windows.p12"), QStringLiteral("suzuki.hanako-android.p12"),
                     QStringLiteral("suzuki.hanako-mac.p12"), QStringLiteral("yamada.taro-ios-app.p12"),
                     QStringLiteral("yamada.taro-windows.p12")}));
    const QByteArray csv =
        runProcess(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, QStringLiteral("passwords.csv")}).out;
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    const QStringList rows = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.first(), QStringLiteral("ファイル名,ログインID,デバイス,シリアル番号,秘密の鍵"));
    QCOMPARE(rows.at(1).section(QLatin1Char(','), 0, 3),
             QStringLiteral("sato.ichiro-windows.p12,sato.ichiro,Windows,") +
                 certs.value(QStringLiteral("sato.ichiro:1")).serialHex);

    // One revoked by bulk-revoke leaves the next export; --json gives the counts.
    const QString one = writeFile(m_dir, QStringLiteral("one.csv"), QByteArray("yamada.taro\r\n"));
    r = cli(*tdb, {QStringLiteral("bulk-revoke"), one, QStringLiteral("--reason"),
                   QStringLiteral("cessation"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QString zip2 = m_dir.filePath(QStringLiteral("export-2.zip"));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("export-zip"), QStringLiteral("--out"), zip2});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), (QJsonObject{{QStringLiteral("ok"), true},
                                                                   {QStringLiteral("file"), zip2},
                                                                   {QStringLiteral("certificates"), 5},
                                                                   {QStringLiteral("passwords"), 5}}));
    QCOMPARE(zipNames(zip2), (fixed + QStringList{QStringLiteral("sato.ichiro-ios-app.p12"),
                                                  QStringLiteral("sato.ichiro-ios-browser.p12"),
                                                  QStringLiteral("sato.ichiro-windows.p12"),
                                                  QStringLiteral("suzuki.hanako-android.p12"),
                                                  QStringLiteral("suzuki.hanako-mac.p12")}));
    const QList<HistoryEntry> exports = historyOf(*tdb, Op::Export);
    QCOMPARE(exports.size(), 2);
    QCOMPARE(exports.at(0).details, QStringLiteral("kind=zip certificates=5 passwords=5"));
    QCOMPARE(exports.at(0).remarks, QStringLiteral("export-2.zip"));
    QCOMPARE(exports.at(1).details, QStringLiteral("kind=zip certificates=7 passwords=7"));
}

void TestCliBulkRevoke::exportZipWithoutPassphraseWritesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    Certs certs;
    QCOMPARE(setUpCertificates(*tdb, &certs), QString());
    const QString before = contentOf(*tdb);
    QTemporaryDir out;
    const QString zip = QDir(out.path()).filePath(QStringLiteral("export.zip"));
    auto r = cli(*tdb, {QStringLiteral("export-zip"), QStringLiteral("--out"), zip},
                 {QStringLiteral("CERTDESK_CA_PASSPHRASE="), kNoKeychain});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.all().contains(QStringLiteral("CA passphrase is needed")), qPrintable(r.all()));
    QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    QCOMPARE(contentOf(*tdb), before);
}

QTEST_GUILESS_MAIN(TestCliBulkRevoke)
#include "tst_CliBulkRevoke.moc"
