// The operator password rules: length, kinds of characters, not the login name.
#include "auth/PasswordRules.h"

#include <QTest>

using namespace certdesk;

using RuleList = QList<int>;

namespace {

RuleList failedRules(const QString& password, const QString& login)
{
    RuleList rules;
    for (const PasswordRuleFailure& failure : PasswordRules::check(password, login))
        rules << int(failure.rule);
    return rules;
}

constexpr int kLength = int(PasswordRule::Length);
constexpr int kKinds = int(PasswordRule::CharacterKinds);
constexpr int kLogin = int(PasswordRule::NotLoginName);

} // namespace

class tst_PasswordRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void messagesSayWhatFailed();
    void describesAllRules();
};

void tst_PasswordRules::rules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("login");
    QTest::addColumn<RuleList>("failed");

    const QString login = QStringLiteral("tanaka");
    // Length, in characters (code points).
    QTest::newRow("10 characters, four kinds") << QStringLiteral("Abcdefgh1!") << login << RuleList{};
    QTest::newRow("9 characters") << QStringLiteral("Abcdefg1!") << login << RuleList{kLength};
    QTest::newRow("empty") << QString() << login << RuleList{kLength, kKinds};
    QTest::newRow("128 characters") << QStringLiteral("Aa1") + QString(125, QLatin1Char('x')) << login
                                    << RuleList{};
    QTest::newRow("129 characters") << QStringLiteral("Aa1") + QString(126, QLatin1Char('x')) << login
                                    << RuleList{kLength};
    QTest::newRow("emoji count once: 10") << QStringLiteral("😀😀😀😀😀😀😀Ab1") << login << RuleList{};
    QTest::newRow("emoji count once: 9") << QStringLiteral("😀😀😀😀😀😀Ab1") << login << RuleList{kLength};
    QTest::newRow("128 emoji")
        << QString(128, QLatin1Char('x')).replace(QLatin1Char('x'), QStringLiteral("😀")) << login
        << RuleList{kKinds};
    QTest::newRow("kana count for length")
        << QStringLiteral("ひみつのあいことばA1") << login << RuleList{kKinds};

    // Kinds: upper, lower, digit, symbol; three of four.
    QTest::newRow("lower only") << QStringLiteral("abcdefghijkl") << login << RuleList{kKinds};
    QTest::newRow("upper only") << QStringLiteral("ABCDEFGHIJKL") << login << RuleList{kKinds};
    QTest::newRow("digits only") << QStringLiteral("123456789012") << login << RuleList{kKinds};
    QTest::newRow("symbols only") << QStringLiteral("!#$%&()*+,-.") << login << RuleList{kKinds};
    QTest::newRow("lower and digit") << QStringLiteral("abcdefgh12") << login << RuleList{kKinds};
    QTest::newRow("upper and lower") << QStringLiteral("Abcdefghij") << login << RuleList{kKinds};
    QTest::newRow("lower digit symbol") << QStringLiteral("abcdefgh1!") << login << RuleList{};
    QTest::newRow("upper digit symbol") << QStringLiteral("ABCDEFGH1!") << login << RuleList{};
    QTest::newRow("upper lower digit") << QStringLiteral("Abcdefgh12") << login << RuleList{};
    QTest::newRow("upper lower symbol") << QStringLiteral("Abcdefgh-_") << login << RuleList{};
    QTest::newRow("space is a symbol") << QStringLiteral("correct horse 42") << login << RuleList{};
    QTest::newRow("kana are no kind") << QStringLiteral("ひみつのあいことばAb1") << login << RuleList{};
    QTest::newRow("full-width letters and digits")
        << QStringLiteral("Ａｂｃｄｅｆｇｈ１２") << login << RuleList{};

    // The login name, trimmed and without regard to case.
    QTest::newRow("contains login") << QStringLiteral("xtanaka-2024") << login << RuleList{kLogin};
    QTest::newRow("contains login, other case")
        << QStringLiteral("X-TaNaKa-2024") << login << RuleList{kLogin};
    QTest::newRow("login with spaces")
        << QStringLiteral("X-TANAKA-2024") << QStringLiteral(" tanaka ") << RuleList{kLogin};
    QTest::newRow("is the login") << QStringLiteral("tanaka") << login << RuleList{kLength, kKinds, kLogin};
    QTest::newRow("part of the login is fine") << QStringLiteral("Tanak-2024!") << login << RuleList{};
    QTest::newRow("no login given") << QStringLiteral("X-tanaka-2024") << QString() << RuleList{};
    QTest::newRow("blank login") << QStringLiteral("X-tanaka-2024") << QStringLiteral("  ") << RuleList{};
}

void tst_PasswordRules::rules()
{
    QFETCH(QString, password);
    QFETCH(QString, login);
    QFETCH(RuleList, failed);
    QCOMPARE(failedRules(password, login), failed);
    QCOMPARE(PasswordRules::problems(password, login).size(), failed.size());
}

void tst_PasswordRules::messagesSayWhatFailed()
{
    const auto failures = PasswordRules::check(QStringLiteral("tanaka"), QStringLiteral("Tanaka"));
    QCOMPARE(failures.size(), 3);
    QCOMPARE(failures[0].rule, PasswordRule::Length);
    QVERIFY(failures[0].message.contains(QStringLiteral("10")));
    QVERIFY(failures[0].message.contains(QStringLiteral("128")));
    QVERIFY(failures[0].message.contains(QStringLiteral("6")));
    QCOMPARE(failures[1].rule, PasswordRule::CharacterKinds);
    QVERIFY(failures[1].message.contains(QStringLiteral("three")));
    QVERIFY(failures[1].message.contains(QStringLiteral("digits")));
    QCOMPARE(failures[2].rule, PasswordRule::NotLoginName);
    QVERIFY(failures[2].message.contains(QStringLiteral("Tanaka")));
    QVERIFY(failures[2].message.contains(QStringLiteral("login name")));
    QStringList distinct;
    for (const auto& f : failures) {
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!distinct.contains(f.message));
        distinct << f.message;
    }
}

void tst_PasswordRules::describesAllRules()
{
    const QString text = PasswordRules::description();
    QVERIFY(text.contains(QStringLiteral("10")));
    QVERIFY(text.contains(QStringLiteral("128")));
    QVERIFY(text.contains(QStringLiteral("login name")));
}

QTEST_GUILESS_MAIN(tst_PasswordRules)
#include "tst_PasswordRules.moc"
