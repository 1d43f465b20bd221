// Every rejected input gives a clear error and leaves the database content exactly as it was.
#include "WorkflowFixture.h"
#include "store/Settings.h"
#include <QtTest>

#include <limits>

using namespace certdesk;
using namespace certdesk::test;

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void rejectsAndChangesNothing_data();
    void rejectsAndChangesNothing();
    void wrongCaPassphraseIsClear();
    void corruptImportsAreRejected_data();
    void corruptImportsAreRejected();
    void slotsOutsideTheLimitAreRefused();
    void theDatabaseRefusesSlotsBelowOne();
};

namespace {
enum class Action { Identity, Issue, Revoke, AddUser };
}
Q_DECLARE_METATYPE(Action)

void TestBadInput::rejectsAndChangesNothing_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");
    const int invalid = int(ErrorCode::Invalid);
    // identity: login, family, given, familyKana, givenKana, familyEn, givenEn
    QTest::newRow("hiragana kana") << Action::Identity
                                   << QStringList{"newbie", "山田", "花子", "やまだ", "ハナコ", "", ""}
                                   << invalid << "katakana";
    QTest::newRow("latin kana") << Action::Identity
                                << QStringList{"newbie", "山田", "花子", "Yamada", "ハナコ", "", ""}
                                << invalid << "katakana";
    QTest::newRow("full-width English")
        << Action::Identity
        << QStringList{"newbie", "山田", "花子", "ヤマダ", "ハナコ", "ｙａｍａｄａ", "hanako"} << invalid
        << "half-width";
    QTest::newRow("empty family name")
        << Action::Identity << QStringList{"newbie", "", "花子", "ヤマダ", "ハナコ", "", ""} << invalid << "";
    QTest::newRow("identity of unknown user")
        << Action::Identity << QStringList{"ghost", "山田", "花子", "ヤマダ", "ハナコ", "", ""}
        << int(ErrorCode::NotFound) << "ghost";
    QTest::newRow("identity registered twice")
        << Action::Identity << QStringList{"taro", "山田", "花子", "ヤマダ", "ハナコ", "", ""}
        << int(ErrorCode::Conflict) << "cannot be changed";
    // issue: login, device, password ("" = auto)
    QTest::newRow("password of 5") << Action::Issue << QStringList{"taro", "windows", "Ab123"} << invalid
                                   << "6";
    QTest::newRow("password of 33") << Action::Issue
                                    << QStringList{"taro", "windows", QString(33, QLatin1Char('a'))}
                                    << invalid << "32";
    QTest::newRow("password with symbols")
        << Action::Issue << QStringList{"taro", "windows", "abc-12345"} << invalid << "letters";
    QTest::newRow("password full-width")
        << Action::Issue << QStringList{"taro", "windows", "ａｂｃ１２３４"} << invalid << "letters";
    // issue: login, device, password, slot
    QTest::newRow("slot -7") << Action::Issue << QStringList{"taro", "windows", "", "-7"} << invalid
                             << "Slot -7";
    QTest::newRow("slot above the limit")
        << Action::Issue << QStringList{"taro", "windows", "", "6"} << invalid << "Slot 6";
    QTest::newRow("remarks with a line break")
        << Action::Issue << QStringList{"taro", "windows", "", "0", "PC\nCN=admin"} << invalid << "control";
    QTest::newRow("unknown user") << Action::Issue << QStringList{"ghost", "windows", ""}
                                  << int(ErrorCode::NotFound) << "ghost";
    QTest::newRow("unknown device") << Action::Issue << QStringList{"taro", "blackberry", ""} << invalid
                                    << "blackberry";
    QTest::newRow("no identity yet") << Action::Issue << QStringList{"noident", "windows", ""} << invalid
                                     << "Register";
    // revoke: reference
    QTest::newRow("revoke revoked") << Action::Revoke << QStringList{"taro:1"} << int(ErrorCode::Conflict)
                                    << "already revoked";
    QTest::newRow("revoke unknown serial")
        << Action::Revoke << QStringList{"ABCDEF0123"} << int(ErrorCode::NotFound) << "ABCDEF0123";
    QTest::newRow("revoke empty slot")
        << Action::Revoke << QStringList{"taro:4"} << int(ErrorCode::NotFound) << "Slot 4";
    // user: login, email
    QTest::newRow("duplicate login") << Action::AddUser << QStringList{"taro", "t@example.jp"}
                                     << int(ErrorCode::Conflict) << "already exists";
    QTest::newRow("bad login") << Action::AddUser << QStringList{"大塚", "t@example.jp"} << invalid
                               << "login ID";
    QTest::newRow("bad email") << Action::AddUser << QStringList{"new", "not-an-address"} << invalid
                               << "e-mail";
    // A `$` pattern accepts a trailing line break: "taro\n" would be a second user with CN=taro.
    QTest::newRow("login with trailing newline")
        << Action::AddUser << QStringList{"taro\n", "t@example.jp"} << invalid << "login ID";
    QTest::newRow("login with trailing CR")
        << Action::AddUser << QStringList{"evil\r", "t@example.jp"} << invalid << "login ID";
    QTest::newRow("login differing only by case")
        << Action::AddUser << QStringList{"TARO", "t@example.jp"} << int(ErrorCode::Conflict) << "taro";
    QTest::newRow("login with surrounding space")
        << Action::AddUser << QStringList{" taro ", "t@example.jp"} << invalid << "login ID";
    QTest::newRow("email with trailing newline")
        << Action::AddUser << QStringList{"new", "n2@example.jp\n"} << invalid << "e-mail";
    QTest::newRow("name with a line break")
        << Action::AddUser << QStringList{"new", "n2@example.jp", "Evil\nName"} << invalid << "control";
    QTest::newRow("name with a line separator")
        << Action::AddUser << QStringList{"new", "n2@example.jp", QStringLiteral("Evil\u2028Name")} << invalid
        << "control";
}

void TestBadInput::rejectsAndChangesNothing()
{
    QFETCH(Action, action);
    QFETCH(QStringList, values);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    QVERIFY(
        UserWorkflows(*f.ctx)
            .add(UserInput{QStringLiteral("newbie"), QStringLiteral("n@example.jp"), {}, {}, {}, {}, {}, {}})
            .ok());
    QVERIFY(
        UserWorkflows(*f.ctx)
            .add(UserInput{QStringLiteral("noident"), QStringLiteral("x@example.jp"), {}, {}, {}, {}, {}, {}})
            .ok());
    CertificateWorkflows certs(*f.ctx);
    QVERIFY(
        certs.issue({QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 0})
            .ok());
    QVERIFY(RevocationWorkflows(*f.ctx)
                .revoke(CertificateRef{{}, QStringLiteral("taro"), 1}, RevocationReason::KeyCompromise)
                .ok());

    const QString before = dumpContent(*f.db);
    Error error;
    switch (action) {
    case Action::Identity: {
        IdentityInput in{values[1], values[2], values[3], values[4], values[5], values[6]};
        auto r = IdentityWorkflows(*f.ctx).registerIdentity(values[0], in);
        QVERIFY(!r.ok());
        error = r.error();
        break;
    }
    case Action::Issue: {
        IssueRequest req{values[0],
                         values[1],
                         {},
                         values[2].isEmpty() ? PasswordMode::Auto : PasswordMode::Manual,
                         values[2].toUtf8(),
                         values.value(4),
                         values.value(3).toInt()};
        auto r = certs.issue(req);
        QVERIFY(!r.ok());
        error = r.error();
        break;
    }
    case Action::Revoke: {
        auto ref = CertificateRef::parse(values[0]);
        QVERIFY(ref.ok());
        auto r = RevocationWorkflows(*f.ctx).revoke(ref.value(), RevocationReason::KeyCompromise);
        QVERIFY(!r.ok());
        error = r.error();
        break;
    }
    case Action::AddUser: {
        auto r =
            UserWorkflows(*f.ctx).add(UserInput{values[0], values[1], values.value(2), {}, {}, {}, {}, {}});
        QVERIFY(!r.ok());
        error = r.error();
        break;
    }
    }
    QCOMPARE(int(error.code), code);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message));
    QCOMPARE(dumpContent(*f.db), before);
}

void TestBadInput::wrongCaPassphraseIsClear()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    WorkflowContext other(f.db, f.ctx->actor());
    other.setPassphraseProvider(
        [](const CaRecord&) -> Result<QByteArray> { return QByteArray("wrong passphrase"); });
    const QString before = dumpContent(*f.db);
    auto r = CertificateWorkflows(other).issue(
        {QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 0});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Locked);
    QVERIFY2(r.error().message.contains(QStringLiteral("passphrase is wrong")),
             qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QStringLiteral("wrong passphrase")));
    auto crl = CaWorkflows(other).generateCrl();
    QCOMPARE(crl.error().code, ErrorCode::Locked);
    QCOMPARE(dumpContent(*f.db), before);
}

void TestBadInput::corruptImportsAreRejected_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("garbage PEM")
        << QByteArray("-----BEGIN CERTIFICATE-----\nnot base64 at all!!\n-----END CERTIFICATE-----\n")
        << QByteArray();
    QTest::newRow("truncated PKCS#12") << QByteArray::fromHex("3082010a020103308201") << QByteArray("pw");
    QTest::newRow("random bytes") << QByteArray(300, '\x5a') << QByteArray("pw");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestBadInput::corruptImportsAreRejected()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, password);
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QString before = dumpContent(*f.db);
    auto r = CaWorkflows(*f.ctx).import(data, {}, password, kPassphrase);
    QVERIFY(!r.ok());
    QVERIFY(r.error().code == ErrorCode::Invalid || r.error().code == ErrorCode::Locked);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(dumpContent(*f.db), before);
}

// Slots are numbered 1..limit: any other explicit slot is refused, 0 picks the lowest free one.
void TestBadInput::slotsOutsideTheLimitAreRefused()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    const int limit = Settings(*f.db).intValue(SettingKey::MaxCertsPerUser);
    CertificateWorkflows certs(*f.ctx);
    const QString before = dumpContent(*f.db);
    for (const int slot : {-7, -1, limit + 1, std::numeric_limits<int>::min()}) {
        auto r = certs.issue(
            {QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, slot});
        QVERIFY2(!r.ok(), qPrintable(QString::number(slot)));
        QCOMPARE(int(r.error().code), int(ErrorCode::Invalid));
    }
    QCOMPARE(dumpContent(*f.db), before);
    auto last = certs.issue(
        {QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, limit});
    QVERIFY2(last.ok(), last.ok() ? "" : qPrintable(last.error().message));
    auto lowest =
        certs.issue({QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 0});
    QVERIFY(lowest.ok());
    QCOMPARE(lowest->certificate.slot, 1);
}

// Whatever writes to the database directly, a certificate row never gets a slot below 1.
void TestBadInput::theDatabaseRefusesSlotsBelowOne()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    QVERIFY(CertificateWorkflows(*f.ctx)
                .issue({QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Auto, {}, {}, 1})
                .ok());
    const QString copy = QStringLiteral(
        "INSERT INTO certificates (user_id, login_id, ca_id, slot, device, status, serial, subject,"
        " key_type, p12_profile, not_before, not_after, cert_der, issued_by, issued_at)"
        " SELECT user_id, login_id, ca_id, ?, device, 'revoked', ?, subject, key_type, p12_profile,"
        " not_before, not_after, cert_der, issued_by, issued_at FROM certificates WHERE slot = 1");
    const QString before = dumpContent(*f.db);
    QVERIFY(!f.db->exec(copy, {-7, QStringLiteral("0A0B0C0D0E0F1011")}).ok());
    QVERIFY(!f.db->exec(copy, {0, QStringLiteral("0A0B0C0D0E0F1012")}).ok());
    QVERIFY(!f.db->exec(QStringLiteral("UPDATE certificates SET slot = -7 WHERE slot = 1")).ok());
    QCOMPARE(dumpContent(*f.db), before);
    // The same statement with a valid slot is accepted: the slot alone was refused.
    auto valid = f.db->exec(copy, {2, QStringLiteral("0A0B0C0D0E0F1013")});
    QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().message));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_BadInput.moc"
