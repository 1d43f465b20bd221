// Issue 17 §7 and §8 through certdesk-cli:
// licenceCounts        `licence` (text and --json) with no limit and with licence.contracted set; issued =
//                      active certificates (a revoked one frees its place).
// issuePastLimitRefused `issue` and `reissue` past the contracted number exit 5 with the licence message and
//                      write nothing.
// bulkPastLimitRejected a bulk file with more rows than places left is rejected whole (exit 4, no job, no
//                      certificate); with enough places the same file issues.
// initSignsFirstCrl    `init` signs the first (empty) CRL; `crl --out` exports the current CRL without the
//                      CA passphrase and signs a new one only with --sign (checked with `openssl crl`).
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kPassphraseEnv = QStringLiteral("CERTDESK_CA_PASSPHRASE=cli licence passphrase");

qint64 countOf(TestDatabase& tdb, const QString& sql)
{
    auto db = tdb.open();
    if (!db)
        return -1;
    auto q = db->exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString contentOf(TestDatabase& tdb)
{
    auto db = tdb.open();
    return db ? contentApartFromSignIns(*db) : QString();
}

} // namespace

class TestCliLicence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void licenceCounts();
    void issuePastLimitRefused();
    void bulkPastLimitRejected();
    void initSignsFirstCrl();

private:
    ProcessResult cli(TestDatabase& tdb, const QStringList& args, bool withPassphrase = true)
    {
        QStringList env{QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")};
        if (withPassphrase)
            env << kPassphraseEnv;
        return runCli(tdb.url(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, env);
    }
    QJsonObject json(TestDatabase& tdb, const QStringList& args)
    {
        auto r = cli(tdb, QStringList{QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.all()));
        return QJsonDocument::fromJson(r.out).object();
    }
    // init, then users u1..uN with certificate information. Empty on success.
    QString setUp(TestDatabase& tdb, int users);
    QString issue(TestDatabase& tdb, int user, int* exitCode = nullptr, QString* output = nullptr);
    QTemporaryDir m_dir;
};

void TestCliLicence::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
}

QString TestCliLicence::setUp(TestDatabase& tdb, int users)
{
    QList<QStringList> commands = {QStringList{QStringLiteral("init"), QStringLiteral("--org"),
                                               QStringLiteral("Licence KK"), QStringLiteral("--ca-name"),
                                               QStringLiteral("Licence CA")} +
                                   cliAdminOptions()};
    for (int i = 1; i <= users; ++i) {
        const QString login = QStringLiteral("u%1").arg(i);
        commands << QStringList{QStringLiteral("user"), QStringLiteral("add"), login,
                                QStringLiteral("--email"), login + QStringLiteral("@example.jp")};
        commands << QStringList{
            QStringLiteral("identity"),     QStringLiteral("register"),      login,
            QStringLiteral("--family"),     QStringLiteral("山田"),          QStringLiteral("--given"),
            QStringLiteral("太郎"),         QStringLiteral("--family-kana"), QStringLiteral("ヤマダ"),
            QStringLiteral("--given-kana"), QStringLiteral("タロウ")};
    }
    for (const QStringList& c : commands) {
        auto r = cli(tdb, c);
        if (r.exitCode != 0)
            return c.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.all();
    }
    return {};
}

QString TestCliLicence::issue(TestDatabase& tdb, int user, int* exitCode, QString* output)
{
    auto r = cli(tdb, {QStringLiteral("issue"), QStringLiteral("u%1").arg(user), QStringLiteral("--device"),
                       QStringLiteral("windows"), QStringLiteral("--auto-password")});
    if (exitCode)
        *exitCode = r.exitCode;
    if (output)
        *output = r.all();
    return r.exitCode == 0 || exitCode ? QString() : r.all();
}

void TestCliLicence::licenceCounts()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb, 3), QString());
    // No limit: contracted and remaining are null.
    QJsonObject o = json(*tdb, {QStringLiteral("licence")});
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("contracted")).isNull());
    QVERIFY(o.value(QStringLiteral("remaining")).isNull());
    QCOMPARE(o.value(QStringLiteral("issued")).toInt(-1), 0);

    QCOMPARE(issue(*tdb, 1), QString());
    QCOMPARE(issue(*tdb, 2), QString());
    auto r = cli(*tdb, {QStringLiteral("settings"), QStringLiteral("set"),
                        QStringLiteral("licence.contracted"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    o = json(*tdb, {QStringLiteral("licence")});
    QCOMPARE(o.value(QStringLiteral("contracted")).toInt(-1), 5);
    QCOMPARE(o.value(QStringLiteral("issued")).toInt(-1), 2);
    QCOMPARE(o.value(QStringLiteral("remaining")).toInt(-1), 3);
    r = cli(*tdb, {QStringLiteral("licence")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Contracted:")) &&
                 lines.at(0).endsWith(QStringLiteral(" 5")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Issued:")) && lines.at(1).contains(QStringLiteral(" 2 ")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Remaining:")) &&
                 lines.at(2).endsWith(QStringLiteral(" 3")),
             qPrintable(lines.at(2)));

    // A revoked certificate is no longer counted.
    r = cli(*tdb, {QStringLiteral("revoke"), QStringLiteral("u1:1"), QStringLiteral("--reason"),
                   QStringLiteral("lost"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    o = json(*tdb, {QStringLiteral("licence")});
    QCOMPARE(o.value(QStringLiteral("issued")).toInt(-1), 1);
    QCOMPARE(o.value(QStringLiteral("remaining")).toInt(-1), 4);

    // Out of range values are refused.
    r = cli(*tdb, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("licence.contracted"),
                   QStringLiteral("-1")});
    QCOMPARE(r.exitCode, 4);
}

void TestCliLicence::issuePastLimitRefused()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb, 3), QString());
    auto r = cli(*tdb, {QStringLiteral("settings"), QStringLiteral("set"),
                        QStringLiteral("licence.contracted"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(issue(*tdb, 1), QString());
    QCOMPARE(issue(*tdb, 2), QString());

    const QString before = contentOf(*tdb);
    int rc = 0;
    QString out;
    QCOMPARE(issue(*tdb, 3, &rc, &out), QString());
    QCOMPARE(rc, 5);
    QVERIFY2(out.contains(QStringLiteral("The licence allows 2 active certificates and 2 are issued")),
             qPrintable(out));
    QCOMPARE(contentOf(*tdb), before);

    // Revoking frees a place; re-issuing the revoked slot takes it, a second re-issue is refused.
    r = cli(*tdb, {QStringLiteral("revoke"), QStringLiteral("u1:1"), QStringLiteral("--reason"),
                   QStringLiteral("lost"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(issue(*tdb, 3), QString());
    const QString full = contentOf(*tdb);
    r = cli(*tdb, {QStringLiteral("reissue"), QStringLiteral("u1:1")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.all().contains(QStringLiteral("The licence allows 2 active certificates")),
             qPrintable(r.all()));
    QCOMPARE(contentOf(*tdb), full);
    QCOMPARE(countOf(*tdb, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status <> 'revoked'")),
             qint64(2));
}

void TestCliLicence::bulkPastLimitRejected()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb, 3), QString());
    QCOMPARE(issue(*tdb, 1), QString());
    auto r = cli(*tdb, {QStringLiteral("settings"), QStringLiteral("set"),
                        QStringLiteral("licence.contracted"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    // tests/data/bulk/licence-three-cp932.csv issues one certificate each to u1, u2 and u3: 3 > 2 places.
    const QString file = QDir(qEnvironmentVariable("CERTDESK_TEST_DATA"))
                             .filePath(QStringLiteral("bulk/licence-three-cp932.csv"));
    QVERIFY(QFile::exists(file));
    const QString before = contentOf(*tdb);
    r = cli(*tdb, {QStringLiteral("bulk-issue"), file, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(QString::fromUtf8(r.err).contains(
                 QStringLiteral("3 certificates would be issued, but the licence allows only 2 more (3 "
                                "contracted, 1 issued)")),
             qPrintable(r.all()));
    QCOMPARE(contentOf(*tdb), before);
    r = cli(*tdb, {QStringLiteral("bulk-issue"), file});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("nothing was issued")), qPrintable(r.all()));
    QCOMPARE(countOf(*tdb, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(1));
    QCOMPARE(countOf(*tdb, QStringLiteral("SELECT COUNT(*) FROM bulk_jobs")), qint64(0));

    // With enough places the same file issues all three.
    r = cli(*tdb, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("licence.contracted"),
                   QStringLiteral("4")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    r = cli(*tdb, {QStringLiteral("bulk-issue"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QCOMPARE(countOf(*tdb, QStringLiteral("SELECT COUNT(*) FROM certificates")), qint64(4));
    const QJsonObject o = json(*tdb, {QStringLiteral("licence")});
    QCOMPARE(o.value(QStringLiteral("remaining")).toInt(-1), 0);
}

void TestCliLicence::initSignsFirstCrl()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUp(*tdb, 1), QString());
    // init signed CRL number 1 with no entry.
    QJsonObject o = json(*tdb, {QStringLiteral("crl"), QStringLiteral("status")});
    QCOMPARE(o.value(QStringLiteral("has_crl")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("crl_number")).toInt(-1), 1);

    // crl --out exports it as it is: no passphrase needed, nothing signed.
    const QString pem = m_dir.filePath(QStringLiteral("first-crl.pem"));
    auto r = cli(*tdb,
                 {QStringLiteral("--json"), QStringLiteral("crl"), QStringLiteral("--out"), pem,
                  QStringLiteral("--pem")},
                 false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("signed")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("crl_number")).toInt(-1), 1);
    QCOMPARE(o.value(QStringLiteral("entries")).toInt(-1), 0);
    QCOMPARE(countOf(*tdb, QStringLiteral("SELECT COUNT(*) FROM crls")), qint64(1));
    const QString caPem = m_dir.filePath(QStringLiteral("ca.pem"));
    r = cli(*tdb, {QStringLiteral("ca"), QStringLiteral("export-cert"), QStringLiteral("--out"), caPem});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    auto checked = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), pem, QStringLiteral("-CAfile"),
                               caPem, QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.all()));
    QVERIFY2(checked.all().contains(QStringLiteral("verify OK")), qPrintable(checked.all()));
    QVERIFY2(checked.all().contains(QStringLiteral("No Revoked Certificates")), qPrintable(checked.all()));

    // --sign signs (and needs the passphrase): number 2.
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("crl"), QStringLiteral("--out"), pem,
                   QStringLiteral("--pem"), QStringLiteral("--sign")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("signed")).toBool(false), true);
    QCOMPARE(o.value(QStringLiteral("crl_number")).toInt(-1), 2);
    QCOMPARE(countOf(*tdb, QStringLiteral("SELECT COUNT(*) FROM crls")), qint64(2));
}

QTEST_GUILESS_MAIN(TestCliLicence)
#include "tst_CliLicence.moc"
