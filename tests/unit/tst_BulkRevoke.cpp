// Bulk revocation from a CSV file and ZIP export (seed 002) through the core API: every kind of
// problem gives exactly its list (line, value, message) and changes nothing; the Excel (CP932) files are
// read with or without header, by common name, device id or certificateform.csv column name; apply
// revokes every target in one transaction (PKCS#12 and sealed password wiped, one history row each plus
// "bulk-accepted"), the CRL lists exactly those serials (checked with `openssl crl` and `openssl verify
// -crl_check`); a target revoked meanwhile makes apply revoke nothing; the ZIP holds exactly the
// awaiting .p12 files, cacert.pem/.crt and the auto passwords, which `openssl pkcs12` accepts.
#include "WorkflowFixture.h"
#include "bulk/BulkRevoke.h"
#include "bulk/ZipExport.h"
#include "ca/Certificate.h"
#include "store/CertificateStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include "TestPlatform.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QDir(qEnvironmentVariable("CERTDESK_TEST_DATA")).filePath(QStringLiteral("revoke/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString problem(int line, const QString& value, const QString& message)
{
    return QStringLiteral("%1||%2|%3")
        .arg(line)
        .arg(value, message); // line|column (always empty)|value|message
}

QStringList text(const CsvProblems& problems)
{
    QStringList out;
    for (const CsvProblem& p : problems)
        out << QStringLiteral("%1|%2|%3|%4").arg(p.line).arg(p.column, p.value, p.message);
    return out;
}

// Messages, as the untranslated tr() source strings.
const QString kNoCertificate =
    QStringLiteral("No certificate that is not already revoked has this serial number or common name.");
const QString kNothingForDevice =
    QStringLiteral("This login ID has no certificate for this device that is not already revoked.");
const QString kUnknownDevice = QStringLiteral(
    "Unknown device. Write Windows, iOS(アプリ/ブラウザ), iOS(専用ブラウザ), Mac, Android or other.");
const QString kOneReference =
    QStringLiteral("Write one serial number or common name, or a login ID and a device, per line.");
const QString kAlreadyRevoked = QStringLiteral("This certificate is already revoked.");
const QString kNoneNamed = QStringLiteral("The file names no certificate.");

QString namedOn(const QString& serial, int line)
{
    return QStringLiteral("Certificate %1 is already named on line %2.").arg(serial).arg(line);
}

using Certs = QHash<QString, CertificateRecord>; // "login:slot" -> certificate

const QStringList kUsers = {QStringLiteral("yamada.taro"), QStringLiteral("suzuki.hanako"),
                            QStringLiteral("sato.ichiro"), QStringLiteral("tanaka.jiro"),
                            QStringLiteral("takahashi.yuko")};

QString addUsers(WorkflowFixture& f)
{
    for (const QString& login : kUsers) {
        if (const QString e = f.addUserWithIdentity(login); !e.isEmpty())
            return e;
    }
    return {};
}

Result<IssueResult> issue(WorkflowFixture& f, const QString& login, const QString& device,
                          const QByteArray& manual = {})
{
    IssueRequest r{login,  device, {}, manual.isEmpty() ? PasswordMode::Auto : PasswordMode::Manual,
                   manual, {},     0};
    return CertificateWorkflows(*f.ctx).issue(r);
}

CertificateRecord reload(WorkflowFixture& f, qint64 id)
{
    auto c = CertificateStore(*f.db).findById(id);
    return c && c.value() ? *c.value() : CertificateRecord();
}

// The certificates of tests/data/revoke/make_fixtures.py: tanaka.jiro's one revoked (cessation).
QString issueFixtureCertificates(WorkflowFixture& f, Certs* out)
{
    if (const QString e = addUsers(f); !e.isEmpty())
        return e;
    const QList<QPair<const char*, const char*>> plan = {
        {"yamada.taro", "windows"},   {"yamada.taro", "ios-app"}, {"suzuki.hanako", "mac"},
        {"suzuki.hanako", "android"}, {"sato.ichiro", "windows"}, {"sato.ichiro", "ios-browser"},
        {"sato.ichiro", "ios-app"},   {"tanaka.jiro", "windows"}};
    for (const auto& [login, device] : plan) {
        auto r = issue(f, QString::fromLatin1(login), QString::fromLatin1(device));
        if (!r)
            return r.error().message;
        out->insert(QStringLiteral("%1:%2").arg(r->certificate.loginId).arg(r->certificate.slot),
                    r->certificate);
    }
    const QString tanaka = QStringLiteral("tanaka.jiro:1");
    auto revoked = RevocationWorkflows(*f.ctx).revoke(CertificateRef{out->value(tanaka).serialHex, {}, 0},
                                                      RevocationReason::CessationOfOperation);
    if (!revoked)
        return revoked.error().message;
    out->insert(tanaka, reload(f, out->value(tanaka).id));
    return {};
}

// "LINE|login:slot|serial" per target, in plan order.
QStringList targetsOf(const BulkRevokePlan& plan)
{
    QStringList out;
    for (const BulkRevokeTarget& t : plan.targets)
        out << QStringLiteral("%1|%2:%3|%4")
                   .arg(t.line)
                   .arg(t.certificate.loginId)
                   .arg(t.certificate.slot)
                   .arg(t.certificate.serialHex);
    return out;
}

QString target(const Certs& certs, int line, const QString& key)
{
    return QStringLiteral("%1|%2|%3").arg(line).arg(key, certs.value(key).serialHex);
}

QList<HistoryEntry> historyOf(Database& db, const QString& op)
{
    HistoryFilter filter;
    filter.operation = op;
    auto rows = HistoryLog::list(db, filter);
    return rows ? rows.value() : QList<HistoryEntry>();
}

bool historyIntact(Database& db)
{
    auto v = HistoryLog::verify(db);
    return v && v->intact;
}

QString colonSerial(const QString& serial)
{
    QStringList pairs;
    for (qsizetype i = 0; i < serial.size(); i += 2)
        pairs << serial.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

QStringList serialsInCrl(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("Serial Number: ([0-9A-F]+)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    out.sort();
    return out;
}

QStringList zipNames(const QString& zip)
{
    auto r = runProcess(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    QStringList names = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    names.sort();
    return names;
}

QByteArray zipEntry(const QString& zip, const QString& name)
{
    return runProcess(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, name}).out;
}

int fileMode(const QString& path)
{
    return certdesk::test::filePermissionBits(path);
}

// Opens the PKCS#12 with `openssl pkcs12 -nokeys` and the password; empty when it holds `c`'s certificate.
QString opensWith(const QTemporaryDir& dir, const QByteArray& p12, const QByteArray& password,
                  const CertificateRecord& c)
{
    const QString name = QStringLiteral("%1-%2").arg(c.loginId).arg(c.slot);
    const QString p12File = writeFile(dir, name + QStringLiteral(".p12"), p12);
    const QString pwFile = writeFile(dir, name + QStringLiteral(".pw"), password + '\n');
    auto r = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12File, QStringLiteral("-passin"),
                         QStringLiteral("file:") + pwFile, QStringLiteral("-nokeys")});
    if (r.exitCode != 0)
        return QStringLiteral("%1: openssl pkcs12 failed: %2").arg(name, r.all());
    if (!r.out.contains(Certificate::fromDer(c.certDer).value().toPem().trimmed()))
        return QStringLiteral("%1: the PKCS#12 does not hold the stored certificate").arg(name);
    return {};
}

QByteArray caDer(WorkflowFixture& f)
{
    auto ca = CaWorkflows(*f.ctx).active();
    return ca && ca.value() ? ca.value()->certDer : QByteArray();
}

} // namespace

class TestBulkRevoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rejects_data();
    void rejects();
    void acceptsExcelFile();
    void acceptsFileWithoutHeader();
    void acceptsSerialsAndDisplayNames();
    void acceptsSerialsWithColons();
    void applyRevokesEveryTargetAndTheCrlListsThem();
    void applyRevokesNothingWhenATargetWasRevokedMeanwhile();
    void zipExportsAwaitingCertificatesWithPasswords();
    void zipNamesClashingFilesBySlot();
    void zipWithNothingDeliverableWritesNothing();
    void zipNeedsTheUnlockedCa();

private:
    // Validation only reads: one database with the fixture certificates for all validation tests.
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<WorkflowFixture> m_f;
    Certs m_certs;
    QString m_content; // dumpContent right after set-up
    QString serial(const QString& key) const { return m_certs.value(key).serialHex; }
    Result<BulkRevokePlan> validate(const QByteArray& bytes,
                                    const QString& name = QStringLiteral("revoke.csv"))
    {
        return BulkRevoke::validate(*m_f->ctx, bytes, name);
    }
};

void TestBulkRevoke::initTestCase()
{
    QString why;
    bool mustFail = false;
    m_tdb = TestDatabase::create(&why, &mustFail);
    if (!m_tdb) {
        if (mustFail)
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_f = std::make_unique<WorkflowFixture>();
    QCOMPARE(m_f->setUp(*m_tdb), QString());
    QCOMPARE(issueFixtureCertificates(*m_f, &m_certs), QString());
    QCOMPARE(m_certs.size(), 8);
    m_content = dumpContent(*m_f->db);
}

void TestBulkRevoke::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("unknown common name")
        << fixture(QStringLiteral("bad-unknown-cn-cp932.csv"))
        << QStringList{problem(3, QStringLiteral("kimura.shin"), kNoCertificate),
                       problem(4, QStringLiteral("takahashi.yuko"), kNoCertificate),
                       problem(5, QStringLiteral("tanaka.jiro"), kNoCertificate)};
    QTest::newRow("login ID and device with nothing active")
        << fixture(QStringLiteral("bad-nothing-active-cp932.csv"))
        << QStringList{problem(2, QStringLiteral("tanaka.jiro,Windows"), kNothingForDevice),
                       problem(3, QStringLiteral("yamada.taro,Mac"), kNothingForDevice),
                       problem(4, QStringLiteral("kimura.shin,Windows"), kNothingForDevice)};
    QTest::newRow("unknown device") << fixture(QStringLiteral("bad-unknown-device-cp932.csv"))
                                    << QStringList{problem(2, QStringLiteral("iPhone"), kUnknownDevice),
                                                   problem(4, QStringLiteral("iOS"), kUnknownDevice)};
    QTest::newRow("three cells") << fixture(QStringLiteral("bad-three-cells-cp932.csv"))
                                 << QStringList{problem(3, QStringLiteral("yamada.taro,Windows,ノートPC"),
                                                        kOneReference)};
    QTest::newRow("same certificate by common name and device")
        << fixture(QStringLiteral("bad-duplicate-cp932.csv"))
        << QStringList{problem(3, QStringLiteral("yamada.taro,Windows"),
                               namedOn(serial(QStringLiteral("yamada.taro:1")), 2)),
                       problem(5, QStringLiteral("sato.ichiro"),
                               namedOn(serial(QStringLiteral("sato.ichiro:2")), 4))};

    const QString yamada2 = serial(QStringLiteral("yamada.taro:2"));
    QTest::newRow("same certificate by serial and common name")
        << (QStringLiteral("Serial number\r\n") + yamada2 + QStringLiteral("\r\nyamada.taro\r\n")).toUtf8()
        << QStringList{problem(3, QStringLiteral("yamada.taro"), namedOn(yamada2, 2))};
    QTest::newRow("same serial twice, upper and lower case")
        << (yamada2 + QStringLiteral("\n") + yamada2.toLower() + QStringLiteral("\n")).toUtf8()
        << QStringList{problem(2, yamada2.toLower(), namedOn(yamada2, 1))};
    QTest::newRow("unknown serial") << QStringLiteral("シリアル番号\r\n0123456789ABCDEF0123\r\n").toUtf8()
                                    << QStringList{problem(2, QStringLiteral("0123456789ABCDEF0123"),
                                                           kNoCertificate)};
    const QString tanaka = serial(QStringLiteral("tanaka.jiro:1"));
    QTest::newRow("already revoked serial")
        << (tanaka + QStringLiteral("\r\n")).toUtf8() << QStringList{problem(1, tanaka, kAlreadyRevoked)};
    QTest::newRow("empty file") << fixture(QStringLiteral("empty.csv"))
                                << QStringList{problem(0, QString(), kNoneNamed)};
    QTest::newRow("header only") << fixture(QStringLiteral("header-only-cp932.csv"))
                                 << QStringList{problem(0, QString(), kNoneNamed)};
}

void TestBulkRevoke::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    auto plan = validate(bytes);
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems), expected);
    QVERIFY(plan->targets.isEmpty());
    QVERIFY(!plan->ok());
    // Even when asked to, nothing is revoked.
    auto applied = BulkRevoke::apply(*m_f->ctx, plan.value(), RevocationReason::KeyCompromise);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::Invalid);
    QCOMPARE(dumpContent(*m_f->db), m_content);
}

void TestBulkRevoke::acceptsExcelFile()
{
    auto plan = validate(fixture(QStringLiteral("ok-cp932.csv")));
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QCOMPARE(plan->encoding, QStringLiteral("Shift_JIS"));
    // The header (line 1) and the blank row (line 4) are skipped; full-width and ASCII parentheses.
    QCOMPARE(targetsOf(plan.value()), (QStringList{target(m_certs, 2, QStringLiteral("yamada.taro:1")),
                                                   target(m_certs, 2, QStringLiteral("yamada.taro:2")),
                                                   target(m_certs, 3, QStringLiteral("suzuki.hanako:2")),
                                                   target(m_certs, 5, QStringLiteral("sato.ichiro:2")),
                                                   target(m_certs, 6, QStringLiteral("sato.ichiro:3"))}));
    QCOMPARE(plan->userCount(), 3);
    QVERIFY(plan->ok());
    QCOMPARE(dumpContent(*m_f->db), m_content);
}

void TestBulkRevoke::acceptsFileWithoutHeader()
{
    auto plan = validate(fixture(QStringLiteral("ok-noheader-cp932.csv")));
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QCOMPARE(plan->encoding, QStringLiteral("Shift_JIS"));
    QCOMPARE(targetsOf(plan.value()), (QStringList{target(m_certs, 1, QStringLiteral("suzuki.hanako:1")),
                                                   target(m_certs, 2, QStringLiteral("sato.ichiro:3"))}));
    QCOMPARE(plan->userCount(), 2);
    QCOMPARE(dumpContent(*m_f->db), m_content);
}

void TestBulkRevoke::acceptsSerialsAndDisplayNames()
{
    // English header; a lower-case serial; one with the leading 00 byte some tools print; the device's
    // display name; cells with spaces around them.
    const QString file =
        QStringLiteral("Serial number\r\n") + serial(QStringLiteral("yamada.taro:1")).toLower() +
        QStringLiteral("\r\n00") + serial(QStringLiteral("suzuki.hanako:2")) +
        QStringLiteral("\r\nsato.ichiro,iOS/iPadOS (dedicated browser)\r\n sato.ichiro , ios-app \r\n");
    auto plan = validate(file.toUtf8());
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QCOMPARE(targetsOf(plan.value()), (QStringList{target(m_certs, 2, QStringLiteral("yamada.taro:1")),
                                                   target(m_certs, 3, QStringLiteral("suzuki.hanako:2")),
                                                   target(m_certs, 4, QStringLiteral("sato.ichiro:2")),
                                                   target(m_certs, 5, QStringLiteral("sato.ichiro:3"))}));
    QCOMPARE(plan->userCount(), 3);
    QCOMPARE(dumpContent(*m_f->db), m_content);
}

void TestBulkRevoke::acceptsSerialsWithColons()
{
    // As `openssl x509 -text` and certificate viewers show them: byte pairs separated by colons.
    const QString file = colonSerial(serial(QStringLiteral("yamada.taro:2"))) + QStringLiteral("\r\n") +
                         colonSerial(serial(QStringLiteral("suzuki.hanako:1"))).toLower() +
                         QStringLiteral("\r\n");
    auto plan = validate(file.toUtf8());
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(text(plan->problems).join(QLatin1Char('\n')), QString());
    QCOMPARE(targetsOf(plan.value()), (QStringList{target(m_certs, 1, QStringLiteral("yamada.taro:2")),
                                                   target(m_certs, 2, QStringLiteral("suzuki.hanako:1"))}));
    QCOMPARE(dumpContent(*m_f->db), m_content);
}

void TestBulkRevoke::applyRevokesEveryTargetAndTheCrlListsThem()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    Certs certs;
    QCOMPARE(issueFixtureCertificates(f, &certs), QString());
    auto plan =
        BulkRevoke::validate(*f.ctx, fixture(QStringLiteral("ok-cp932.csv")), QStringLiteral("ok-cp932.csv"));
    QVERIFY2(plan && plan->ok(), plan ? qPrintable(text(plan->problems).join(QLatin1Char('\n')))
                                      : qPrintable(plan.error().message));
    const QString remarks = QStringLiteral("一括失効 (紛失)");
    auto revoked = BulkRevoke::apply(*f.ctx, plan.value(), RevocationReason::KeyCompromise, remarks);
    QVERIFY2(revoked, qPrintable(revoked.error().message));
    QCOMPARE(revoked->revoked, 5);

    const QStringList targets = {QStringLiteral("yamada.taro:1"), QStringLiteral("yamada.taro:2"),
                                 QStringLiteral("suzuki.hanako:2"), QStringLiteral("sato.ichiro:2"),
                                 QStringLiteral("sato.ichiro:3")};
    CertificateStore store(*f.db);
    QSet<QString> expectedRows;
    for (const QString& key : targets) {
        const CertificateRecord c = reload(f, certs.value(key).id);
        QCOMPARE(c.status, CertStatus::Revoked);
        QCOMPARE(c.revocationReason, QStringLiteral("lost"));
        QVERIFY(c.revokedAt.isValid());
        QVERIFY2(store.pkcs12(c.id).value().isEmpty(), qPrintable(key));
        QVERIFY2(store.sealedPassword(c.id).value().isEmpty(), qPrintable(key));
        expectedRows << QStringLiteral("%1|%2|%3|serial=%4 slot=%5 reason=lost")
                            .arg(c.loginId, c.device, remarks, c.serialHex)
                            .arg(c.slot);
    }
    for (const QString& key : {QStringLiteral("suzuki.hanako:1"), QStringLiteral("sato.ichiro:1")}) {
        const CertificateRecord c = reload(f, certs.value(key).id);
        QCOMPARE(c.status, CertStatus::AwaitingDownload);
        QVERIFY2(!store.pkcs12(c.id).value().isEmpty(), qPrintable(key));
        QVERIFY2(!store.sealedPassword(c.id).value().isEmpty(), qPrintable(key));
    }

    // One revoke row per certificate (plus tanaka.jiro's earlier one), then one bulk-accepted row.
    const QList<HistoryEntry> revokeRows = historyOf(*f.db, Op::Revoke);
    QCOMPARE(revokeRows.size(), 6);
    QSet<QString> rows;
    qint64 lastRevokeId = 0;
    for (const HistoryEntry& h : revokeRows) {
        if (h.targetLogin == QLatin1String("tanaka.jiro"))
            continue;
        rows << QStringLiteral("%1|%2|%3|%4").arg(h.targetLogin, h.device, h.remarks, h.details);
        lastRevokeId = qMax(lastRevokeId, h.id);
    }
    QCOMPARE(rows, expectedRows);
    const QList<HistoryEntry> accepted = historyOf(*f.db, Op::BulkAccepted);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().details, QStringLiteral("kind=revoke certificates=5 users=3 reason=lost"));
    QCOMPARE(accepted.first().remarks, QStringLiteral("ok-cp932.csv"));
    QVERIFY(accepted.first().id > lastRevokeId);
    QVERIFY(historyIntact(*f.db));

    // The CRL lists exactly the revoked serials with their reasons, signed by the CA.
    auto crl = CaWorkflows(*f.ctx).generateCrl();
    QVERIFY2(crl, qPrintable(crl.error().message));
    QCOMPARE(crl->entries, 6);
    const QString crlDer = writeFile(f.dir, QStringLiteral("crl.der"), crl->der);
    auto shown =
        runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                    QStringLiteral("-in"), crlDer, QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.all()));
    QStringList expectedSerials{certs.value(QStringLiteral("tanaka.jiro:1")).serialHex};
    for (const QString& key : targets)
        expectedSerials << certs.value(key).serialHex;
    expectedSerials.sort();
    QCOMPARE(serialsInCrl(QString::fromUtf8(shown.out)), expectedSerials);
    QCOMPARE(QString::fromUtf8(shown.out).count(QStringLiteral("Key Compromise")), 5);
    QCOMPARE(QString::fromUtf8(shown.out).count(QStringLiteral("Cessation Of Operation")), 1);
    const QString crlPem = f.dir.filePath(QStringLiteral("crl.pem"));
    auto signedBy = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                QStringLiteral("-in"), crlDer, QStringLiteral("-CAfile"), f.caPem(),
                                QStringLiteral("-out"), crlPem});
    QVERIFY2(signedBy.exitCode == 0 && signedBy.all().contains(QStringLiteral("verify OK")),
             qPrintable(signedBy.all()));

    // A revoked leaf is refused with the CRL; the same user's certificate that stays is accepted.
    auto verify = [&](const QString& key) {
        const QString leaf = f.writePem(key.section(QLatin1Char(':'), 0, 0) +
                                            key.section(QLatin1Char(':'), 1) + QStringLiteral(".pem"),
                                        certs.value(key).certDer);
        return runOpenssl({QStringLiteral("verify"), QStringLiteral("-crl_check"), QStringLiteral("-CAfile"),
                           f.caPem(), QStringLiteral("-CRLfile"), crlPem, leaf});
    };
    auto bad = verify(QStringLiteral("suzuki.hanako:2"));
    QVERIFY2(bad.exitCode != 0 && bad.all().contains(QStringLiteral("certificate revoked")),
             qPrintable(bad.all()));
    auto good = verify(QStringLiteral("suzuki.hanako:1"));
    QVERIFY2(good.exitCode == 0 && good.all().contains(QStringLiteral(": OK")), qPrintable(good.all()));
}

void TestBulkRevoke::applyRevokesNothingWhenATargetWasRevokedMeanwhile()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    Certs certs;
    QCOMPARE(issueFixtureCertificates(f, &certs), QString());
    const QByteArray bytes = fixture(QStringLiteral("ok-cp932.csv"));
    auto plan = BulkRevoke::validate(*f.ctx, bytes, QStringLiteral("ok-cp932.csv"));
    QVERIFY(plan && plan->ok());
    QCOMPARE(plan->targets.size(), 5);
    // The last target (line 6) is revoked by another operator, on another connection, before apply.
    const CertificateRecord last = certs.value(QStringLiteral("sato.ichiro:3"));
    QCOMPARE(plan->targets.last().certificate.id, last.id);
    {
        DatabasePtr other = tdb->open();
        QVERIFY(other);
        WorkflowContext otherCtx(other, f.actorFor(Role::Helpdesk));
        auto r = RevocationWorkflows(otherCtx).revoke(CertificateRef{last.serialHex, {}, 0},
                                                      RevocationReason::Superseded);
        QVERIFY2(r, qPrintable(r.error().message));
    }
    const QString afterOther = dumpContent(*f.db);
    auto applied = BulkRevoke::apply(*f.ctx, plan.value(), RevocationReason::KeyCompromise);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::Conflict);
    QCOMPARE(applied.error().message,
             QStringLiteral(
                 "Certificate %1 (line 6) was revoked meanwhile; nothing was revoked. Check the file again.")
                 .arg(last.serialHex));
    QCOMPARE(dumpContent(*f.db), afterOther);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(reload(f, plan->targets.at(i).certificate.id).status, CertStatus::AwaitingDownload);
    QVERIFY(historyOf(*f.db, Op::BulkAccepted).isEmpty());
    QVERIFY(historyIntact(*f.db));

    // Checked again, the file names the problem; without that line it applies, and the log stays intact.
    auto again = BulkRevoke::validate(*f.ctx, bytes, QStringLiteral("ok-cp932.csv"));
    QVERIFY(again);
    QCOMPARE(text(again->problems),
             QStringList{problem(6, QStringLiteral("sato.ichiro,iOS(アプリ/ブラウザ)"), kNothingForDevice)});
    QByteArray fixed = bytes;
    fixed.truncate(bytes.lastIndexOf("sato.ichiro,"));
    auto corrected = BulkRevoke::validate(*f.ctx, fixed, QStringLiteral("ok-cp932.csv"));
    QVERIFY(corrected && corrected->ok());
    auto revoked = BulkRevoke::apply(*f.ctx, corrected.value(), RevocationReason::KeyCompromise);
    QVERIFY2(revoked, qPrintable(revoked.error().message));
    QCOMPARE(revoked->revoked, 4);
    QVERIFY(historyIntact(*f.db));
}

void TestBulkRevoke::zipExportsAwaitingCertificatesWithPasswords()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addUsers(f), QString());
    const QByteArray manualPassword = "SatoPass2024";
    auto a = issue(f, QStringLiteral("yamada.taro"), QStringLiteral("windows"));
    auto b = issue(f, QStringLiteral("suzuki.hanako"), QStringLiteral("mac"));
    auto m = issue(f, QStringLiteral("sato.ichiro"), QStringLiteral("android"), manualPassword);
    auto r = issue(f, QStringLiteral("tanaka.jiro"), QStringLiteral("windows"));
    auto d = issue(f, QStringLiteral("takahashi.yuko"), QStringLiteral("windows"));
    QVERIFY(a && b && m && r && d);
    QVERIFY(!a->generatedPassword.isEmpty() && !b->generatedPassword.isEmpty() &&
            m->generatedPassword.isEmpty());
    CertificateWorkflows wf(*f.ctx);
    QVERIFY(RevocationWorkflows(*f.ctx).revoke(CertificateRef{r->certificate.serialHex, {}, 0},
                                               RevocationReason::KeyCompromise));
    QVERIFY(wf.markDelivered(CertificateRef{d->certificate.serialHex, {}, 0}));
    CertificateStore store(*f.db);
    QVERIFY(!store.sealedPassword(a->certificate.id).value().isEmpty());
    QVERIFY(store.sealedPassword(m->certificate.id).value().isEmpty()); // manual passwords are not kept
    QVERIFY(store.sealedPassword(r->certificate.id).value().isEmpty());
    QVERIFY(store.sealedPassword(d->certificate.id).value().isEmpty());
    QCOMPARE(ZipExport::deliverableCount(*f.db).value(), 3);

    const QString zip = f.dir.filePath(QStringLiteral("certificates.zip"));
    auto summary = ZipExport::write(*f.ctx, zip);
    QVERIFY2(summary, qPrintable(summary.error().message));
    QCOMPARE(summary->path, zip);
    QCOMPARE(summary->certificates, 3);
    QCOMPARE(summary->passwords, 2);
    if (certdesk::test::hasPosixPermissions())
        QCOMPARE(fileMode(zip), 0600);
    QCOMPARE(
        zipNames(zip),
        (QStringList{QStringLiteral("cacert.crt"), QStringLiteral("cacert.pem"),
                     QStringLiteral("passwords.csv"), QStringLiteral("sato.ichiro-android.p12"),
                     QStringLiteral("suzuki.hanako-mac.p12"), QStringLiteral("yamada.taro-windows.p12")}));
    const QStringList listing =
        QString::fromUtf8(runProcess(QStringLiteral("unzip"), {QStringLiteral("-Z"), zip}).out)
            .split(QLatin1Char('\n'));
    for (const QString& line : listing) {
        if (line.startsWith(QLatin1Char('-')))
            QVERIFY2(line.startsWith(QLatin1String("-rw-------")), qPrintable(line));
    }

    // passwords.csv: UTF-8 with BOM, CRLF, exactly the two auto-generated passwords (QString::fromUtf8
    // drops a BOM: the bytes are checked for it, the text after it compared).
    const QString expectedCsv =
        QStringLiteral("ファイル名,ログインID,デバイス,シリアル番号,秘密の鍵\r\n") +
        QStringLiteral("suzuki.hanako-mac.p12,suzuki.hanako,Mac,%1,%2\r\n")
            .arg(b->certificate.serialHex, QString::fromLatin1(b->generatedPassword)) +
        QStringLiteral("yamada.taro-windows.p12,yamada.taro,Windows,%1,%2\r\n")
            .arg(a->certificate.serialHex, QString::fromLatin1(a->generatedPassword));
    const QByteArray csv = zipEntry(zip, QStringLiteral("passwords.csv"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(csv.mid(3)), expectedCsv);

    // Each .p12 is the stored one and opens with the listed (or the manual) password.
    QTemporaryDir work;
    const QList<QPair<const IssueResult*, QString>> p12s = {
        {&a.value(), QStringLiteral("yamada.taro-windows.p12")},
        {&b.value(), QStringLiteral("suzuki.hanako-mac.p12")},
        {&m.value(), QStringLiteral("sato.ichiro-android.p12")}};
    for (const auto& [issued, name] : p12s) {
        const QByteArray p12 = zipEntry(zip, name);
        QCOMPARE(p12, store.pkcs12(issued->certificate.id).value());
        QString listed; // the password column of this file's row
        for (const QString& row : expectedCsv.split(QStringLiteral("\r\n"))) {
            if (row.startsWith(name + QLatin1Char(',')))
                listed = row.section(QLatin1Char(','), 4);
        }
        const QByteArray password = issued == &m.value() ? manualPassword : listed.toLatin1();
        QVERIFY2(!password.isEmpty(), qPrintable(name));
        QCOMPARE(opensWith(work, p12, password, issued->certificate), QString());
    }

    // The CA certificate as PEM and as DER.
    const QByteArray der = caDer(f);
    QVERIFY(!der.isEmpty());
    QCOMPARE(zipEntry(zip, QStringLiteral("cacert.crt")), der);
    QCOMPARE(zipEntry(zip, QStringLiteral("cacert.pem")), Certificate::fromDer(der).value().toPem());
    const QString crt =
        writeFile(work, QStringLiteral("cacert.crt"), zipEntry(zip, QStringLiteral("cacert.crt")));
    auto x509 = runOpenssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                            QStringLiteral("-in"), crt, QStringLiteral("-outform"), QStringLiteral("PEM")});
    QVERIFY2(x509.exitCode == 0, qPrintable(x509.all()));
    QFile caPem(f.caPem());
    QVERIFY(caPem.open(QIODevice::ReadOnly));
    QCOMPARE(x509.out.trimmed(), caPem.readAll().trimmed());

    QList<HistoryEntry> exports = historyOf(*f.db, Op::Export);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().details, QStringLiteral("kind=zip certificates=3 passwords=2"));
    QCOMPARE(exports.first().remarks, QStringLiteral("certificates.zip"));

    // Once delivered, a certificate leaves the next export and its kept password is wiped.
    QVERIFY(wf.markDelivered(CertificateRef{a->certificate.serialHex, {}, 0}));
    QVERIFY(store.sealedPassword(a->certificate.id).value().isEmpty());
    const QString zip2 = f.dir.filePath(QStringLiteral("certificates-2.zip"));
    summary = ZipExport::write(*f.ctx, zip2);
    QVERIFY2(summary, qPrintable(summary.error().message));
    QCOMPARE(summary->certificates, 2);
    QCOMPARE(summary->passwords, 1);
    QCOMPARE(zipNames(zip2),
             (QStringList{QStringLiteral("cacert.crt"), QStringLiteral("cacert.pem"),
                          QStringLiteral("passwords.csv"), QStringLiteral("sato.ichiro-android.p12"),
                          QStringLiteral("suzuki.hanako-mac.p12")}));
    QCOMPARE(QString::fromUtf8(zipEntry(zip2, QStringLiteral("passwords.csv")).mid(3)),
             expectedCsv.section(QStringLiteral("\r\n"), 0, 1) + QStringLiteral("\r\n"));
    exports = historyOf(*f.db, Op::Export);
    QCOMPARE(exports.size(), 2);
    QCOMPARE(exports.first().details, QStringLiteral("kind=zip certificates=2 passwords=1")); // newest first
    QVERIFY(historyIntact(*f.db));
}

void TestBulkRevoke::zipNamesClashingFilesBySlot()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("yamada.taro")), QString());
    auto w1 = issue(f, QStringLiteral("yamada.taro"), QStringLiteral("windows"));
    auto w2 = issue(f, QStringLiteral("yamada.taro"), QStringLiteral("windows"));
    auto mac = issue(f, QStringLiteral("yamada.taro"), QStringLiteral("mac"), "YamadaMac99");
    QVERIFY(w1 && w2 && mac);
    QCOMPARE(w2->certificate.slot, 2);
    const QString zip = f.dir.filePath(QStringLiteral("yamada.zip"));
    auto summary = ZipExport::write(*f.ctx, zip);
    QVERIFY2(summary, qPrintable(summary.error().message));
    QCOMPARE(zipNames(zip),
             (QStringList{QStringLiteral("cacert.crt"), QStringLiteral("cacert.pem"),
                          QStringLiteral("passwords.csv"), QStringLiteral("yamada.taro-mac.p12"),
                          QStringLiteral("yamada.taro-windows-2.p12"),
                          QStringLiteral("yamada.taro-windows.p12")}));
    QCOMPARE(zipEntry(zip, QStringLiteral("passwords.csv")),
             (QStringLiteral("\uFEFFファイル名,ログインID,デバイス,シリアル番号,秘密の鍵\r\n") +
              QStringLiteral("yamada.taro-windows.p12,yamada.taro,Windows,%1,%2\r\n")
                  .arg(w1->certificate.serialHex, QString::fromLatin1(w1->generatedPassword)) +
              QStringLiteral("yamada.taro-windows-2.p12,yamada.taro,Windows,%1,%2\r\n")
                  .arg(w2->certificate.serialHex, QString::fromLatin1(w2->generatedPassword)))
                 .toUtf8());
    // Each name holds its own certificate.
    QTemporaryDir work;
    QCOMPARE(opensWith(work, zipEntry(zip, QStringLiteral("yamada.taro-windows.p12")), w1->generatedPassword,
                       w1->certificate),
             QString());
    QCOMPARE(opensWith(work, zipEntry(zip, QStringLiteral("yamada.taro-windows-2.p12")),
                       w2->generatedPassword, w2->certificate),
             QString());
    QCOMPARE(opensWith(work, zipEntry(zip, QStringLiteral("yamada.taro-mac.p12")), "YamadaMac99",
                       mac->certificate),
             QString());
}

void TestBulkRevoke::zipWithNothingDeliverableWritesNothing()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("yamada.taro")), QString());
    QTemporaryDir out;
    const QString zip = QDir(out.path()).filePath(QStringLiteral("certificates.zip"));
    auto expectNothing = [&]() -> QString {
        const QString before = dumpContent(*f.db);
        auto r = ZipExport::write(*f.ctx, zip);
        if (r)
            return QStringLiteral("the export succeeded");
        if (r.error().code != ErrorCode::NotFound)
            return QStringLiteral("not NotFound: ") + r.error().message;
        if (r.error().message !=
            QLatin1String("No certificate is awaiting download; there is nothing to export."))
            return r.error().message;
        if (!QDir(out.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            return QStringLiteral("files were left: ") +
                   QDir(out.path())
                       .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                       .join(QLatin1Char(' '));
        if (dumpContent(*f.db) != before)
            return QStringLiteral("the database changed");
        return {};
    };
    QCOMPARE(expectNothing(), QString()); // no certificate at all
    auto delivered = issue(f, QStringLiteral("yamada.taro"), QStringLiteral("windows"));
    auto revoked = issue(f, QStringLiteral("yamada.taro"), QStringLiteral("mac"));
    QVERIFY(delivered && revoked);
    CertificateWorkflows wf(*f.ctx);
    QVERIFY(wf.markDelivered(CertificateRef{delivered->certificate.serialHex, {}, 0}));
    QVERIFY(RevocationWorkflows(*f.ctx).revoke(CertificateRef{revoked->certificate.serialHex, {}, 0},
                                               RevocationReason::Superseded));
    QCOMPARE(ZipExport::deliverableCount(*f.db).value(), 0);
    QCOMPARE(expectNothing(), QString()); // only delivered and revoked ones
    QVERIFY(historyOf(*f.db, Op::Export).isEmpty());
}

void TestBulkRevoke::zipNeedsTheUnlockedCa()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("yamada.taro")), QString());
    QVERIFY(issue(f, QStringLiteral("yamada.taro"), QStringLiteral("windows")));
    QTemporaryDir out;
    const QString zip = QDir(out.path()).filePath(QStringLiteral("certificates.zip"));
    const QString before = dumpContent(*f.db);

    WorkflowContext locked(f.db, f.ctx->actor());
    auto r = ZipExport::write(locked, zip);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Locked);
    // A wrong passphrase is refused the same way.
    WorkflowContext wrong(f.db, f.ctx->actor());
    wrong.setPassphraseProvider(
        [](const CaRecord&) -> Result<QByteArray> { return QByteArray("not the passphrase"); });
    r = ZipExport::write(wrong, zip);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Locked);

    QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    QCOMPARE(dumpContent(*f.db), before);
    QVERIFY(historyOf(*f.db, Op::Export).isEmpty());
}

QTEST_GUILESS_MAIN(TestBulkRevoke)
#include "tst_BulkRevoke.moc"
