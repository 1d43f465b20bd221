// Generated and manually set key passwords (秘密の鍵).
#include "text/PasswordGenerator.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <array>

using certdesk::generateKeyPassword;
using certdesk::keyPasswordError;

namespace {
const QByteArray kAlphabet = QByteArrayLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz");
}

class tst_PasswordGenerator : public QObject
{
    Q_OBJECT

private slots:
    void lengthAndClasses_data();
    void lengthAndClasses();
    void noLookAlikes();
    void generatedPasswordsAreAcceptedAsManual();
    void unique();
    void distributionIsRoughlyUniform();
    void manual_data();
    void manual();
    void manualReasonsDiffer();
};

void tst_PasswordGenerator::lengthAndClasses_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << -1 << 12;
    QTest::newRow("12") << 12 << 12;
    QTest::newRow("20") << 20 << 20;
    QTest::newRow("32") << 32 << 32;
    QTest::newRow("too short is raised to 12") << 4 << 12;
    QTest::newRow("too long is capped at 32") << 100 << 32;
}

void tst_PasswordGenerator::lengthAndClasses()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    for (int i = 0; i < 200; ++i) {
        const QByteArray pw = requested < 0 ? generateKeyPassword() : generateKeyPassword(requested);
        QCOMPARE(pw.size(), expected);
        QVERIFY2(std::any_of(pw.cbegin(), pw.cend(), [](char c) { return c >= '0' && c <= '9'; }),
                 pw.constData());
        QVERIFY2(std::any_of(pw.cbegin(), pw.cend(), [](char c) { return c >= 'A' && c <= 'Z'; }),
                 pw.constData());
        QVERIFY2(std::any_of(pw.cbegin(), pw.cend(), [](char c) { return c >= 'a' && c <= 'z'; }),
                 pw.constData());
    }
}

void tst_PasswordGenerator::noLookAlikes()
{
    for (int i = 0; i < 500; ++i) {
        const QByteArray pw = generateKeyPassword(32);
        for (char c : pw) {
            QVERIFY2(kAlphabet.contains(c), pw.constData());
            QVERIFY2(!QByteArrayLiteral("0Oo1lI").contains(c), pw.constData());
        }
    }
}

void tst_PasswordGenerator::generatedPasswordsAreAcceptedAsManual()
{
    for (int length : {12, 16, 32}) {
        const QByteArray pw = generateKeyPassword(length);
        QVERIFY2(keyPasswordError(pw).isEmpty(), qPrintable(keyPasswordError(pw)));
    }
}

void tst_PasswordGenerator::unique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 2000; ++i)
        seen.insert(generateKeyPassword());
    QCOMPARE(seen.size(), 2000);
}

// 56 symbols, 200,000 draws of 32: each symbol is expected ~114,286 times. A modulo bias over
// 256 bytes (256 % 56 = 32 symbols with 5/256 instead of 4/256) would put those 25 % above the rest.
void tst_PasswordGenerator::distributionIsRoughlyUniform()
{
    std::array<qint64, 256> counts{};
    qint64 total = 0;
    for (int i = 0; i < 200000; ++i) {
        for (char c : generateKeyPassword(32)) {
            ++counts[static_cast<unsigned char>(c)];
            ++total;
        }
    }
    const double expected = double(total) / double(kAlphabet.size());
    double chiSquare = 0;
    for (char c : kAlphabet) {
        const double observed = double(counts[static_cast<unsigned char>(c)]);
        QVERIFY2(
            observed > expected * 0.95 && observed < expected * 1.05,
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(QChar::fromLatin1(c)).arg(observed).arg(expected)));
        chiSquare += (observed - expected) * (observed - expected) / expected;
    }
    // The class requirement slightly favours rare classes (digits); allow for it, but a modulo bias
    // would give a chi-square in the thousands.
    QVERIFY2(chiSquare < 2000, qPrintable(QString::number(chiSquare)));
}

void tst_PasswordGenerator::manual_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("valid");
    QTest::newRow("6 letters") << QByteArray("abcdef") << true;
    QTest::newRow("6 digits") << QByteArray("123456") << true;
    QTest::newRow("mixed 12") << QByteArray("Abc123Xyz789") << true;
    QTest::newRow("32") << QByteArray(32, 'a') << true;
    QTest::newRow("look-alikes allowed when typed") << QByteArray("O0l1Io") << true;
    QTest::newRow("5") << QByteArray("abcde") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("33") << QByteArray(33, 'a') << false;
    QTest::newRow("space") << QByteArray("abc def") << false;
    QTest::newRow("symbol") << QByteArray("abcdef!") << false;
    QTest::newRow("full-width") << QString::fromUtf8("ａｂｃｄｅｆ").toUtf8() << false;
    QTest::newRow("japanese") << QString::fromUtf8("パスワードです").toUtf8() << false;
    QTest::newRow("nul") << QByteArray("abc\0def", 7) << false;
}

void tst_PasswordGenerator::manual()
{
    QFETCH(QByteArray, password);
    QFETCH(bool, valid);
    QCOMPARE(keyPasswordError(password).isEmpty(), valid);
}

void tst_PasswordGenerator::manualReasonsDiffer()
{
    const QString tooShort = keyPasswordError("abc");
    const QString tooLong = keyPasswordError(QByteArray(40, 'a'));
    const QString invalid = keyPasswordError("abcdef#");
    QVERIFY(!tooShort.isEmpty() && !tooLong.isEmpty() && !invalid.isEmpty());
    QVERIFY(tooShort != tooLong && tooLong != invalid && tooShort != invalid);
    QVERIFY2(tooShort.contains(u'6'), qPrintable(tooShort));
    QVERIFY2(tooLong.contains(u"32"), qPrintable(tooLong));
}

QTEST_GUILESS_MAIN(tst_PasswordGenerator)
#include "tst_PasswordGenerator.moc"
