// Secrets sealed for the CA certificate (CMS AuthEnvelopedData), opened with the CA key and, independently,
// with `openssl cms -decrypt`.
#include "OpensslCli.h"
#include "ca/AeadKey.h"
#include "ca/CertificateAuthority.h"
#include "ca/SealedBox.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace certdesk;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {

const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
const QByteArray kKeyPassphrase = "sealed-box-test";
// Binary-safe: CR/LF must not be translated, NUL and high bytes must survive.
const QByteArray kSecret = QByteArray("Xy7-pw\r\n\x00\xff", 10) + QByteArray("パスワード");

CertificateAuthority makeCa(KeyType type, const QString& name)
{
    auto ca = CertificateAuthority::createRoot({name, {}, {}}, type, 3650, FixedClock(kNow));
    if (!ca.ok())
        qFatal("createRoot: %s", qPrintable(ca.error().message + ca.error().detail));
    return std::move(ca).value();
}

QByteArray flipped(QByteArray data, qsizetype at)
{
    data[at] = static_cast<char>(data[at] ^ 0x01);
    return data;
}

} // namespace

class tst_SealedBox : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<CertificateAuthority> m_p384;
    std::optional<CertificateAuthority> m_rsa;
    std::optional<CertificateAuthority> m_other;

    const CertificateAuthority& ca(const QString& which) const { return which == "rsa" ? *m_rsa : *m_p384; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_p384.emplace(makeCa(KeyType::EcP384, QStringLiteral("Sealed P-384 CA")));
        m_rsa.emplace(makeCa(KeyType::Rsa3072, QStringLiteral("Sealed RSA CA")));
        m_other.emplace(makeCa(KeyType::EcP384, QStringLiteral("Other P-384 CA")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("p384") << "p384";
        QTest::newRow("rsa3072") << "rsa";
    }
    void roundTrip()
    {
        QFETCH(QString, which);
        const CertificateAuthority& authority = ca(which);
        for (const QByteArray& secret : {kSecret, QByteArray(64, 'a'), QByteArray()}) {
            auto sealed = SealedBox::seal(authority.certificate(), secret);
            QVERIFY2(sealed.ok(), qPrintable(sealed.error().message + sealed.error().detail));
            QVERIFY(!sealed->contains(kSecret));
            QVERIFY2(sealed->size() < 700, qPrintable(QString::number(sealed->size())));
            if (secret.size() == 64)
                qInfo("%s: %lld bytes for a 64-byte secret", qPrintable(which), qlonglong(sealed->size()));
            auto opened = SealedBox::open(authority.key(), authority.certificate(), sealed.value());
            QVERIFY2(opened.ok(), qPrintable(opened.error().message + opened.error().detail));
            QCOMPARE(opened.value(), secret);
        }
        // Fresh randomness each time.
        auto a = SealedBox::seal(authority.certificate(), kSecret);
        auto b = SealedBox::seal(authority.certificate(), kSecret);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value() != b.value());
    }

    void opensslDecrypts_data() { roundTrip_data(); }
    void opensslDecrypts()
    {
        QFETCH(QString, which);
        const CertificateAuthority& authority = ca(which);
        auto sealed = SealedBox::seal(authority.certificate(), kSecret);
        QVERIFY(sealed.ok());
        auto keyPem = authority.key().toEncryptedPkcs8Pem(kKeyPassphrase);
        QVERIFY(keyPem.ok());
        const QString cert = writeFile(m_dir, which + "-ca.pem", authority.certificate().toPem());
        const QString key = writeFile(m_dir, which + "-key.pem", keyPem.value());
        const QString in = writeFile(m_dir, which + "-sealed.der", sealed.value());

        const auto r = runOpenssl({"cms", "-decrypt", "-binary", "-inform", "DER", "-in", in, "-recip", cert,
                                   "-inkey", key, "-passin", "pass:" + QString::fromUtf8(kKeyPassphrase)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(r.out, kSecret);

        const auto print = runOpenssl({"cms", "-cmsout", "-print", "-inform", "DER", "-in", in});
        QVERIFY2(print.exitCode == 0, qPrintable(print.all()));
        const QString text = QString::fromUtf8(print.out);
        QVERIFY2(text.contains("id-smime-ct-authEnvelopedData"), qPrintable(text));
        QVERIFY2(text.contains("aes-256-gcm"), qPrintable(text));
        if (which == "rsa") {
            QVERIFY2(text.contains("rsaesOaep"), qPrintable(text));
            QVERIFY2(text.contains("sha256"), qPrintable(text));
        } else {
            QVERIFY2(text.contains("dhSinglePass-stdDH-sha384kdf-scheme"), qPrintable(text));
            QVERIFY2(text.contains("id-aes256-wrap"), qPrintable(text));
        }
    }

    void opensOpensslOutput()
    {
        // The other direction: what `openssl cms -encrypt` writes for the CA, SealedBox opens.
        const QString cert = writeFile(m_dir, "p384-only-ca.pem", m_p384->certificate().toPem());
        const QString plain = writeFile(m_dir, "plain.bin", kSecret);
        const auto r =
            runOpenssl({"cms", "-encrypt", "-binary", "-aes-256-gcm", "-in", plain, "-outform", "DER", cert});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        auto opened = SealedBox::open(m_p384->key(), m_p384->certificate(), r.out);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message + opened.error().detail));
        QCOMPARE(opened.value(), kSecret);
    }

    void otherCaKeyFails_data() { roundTrip_data(); }
    void otherCaKeyFails()
    {
        QFETCH(QString, which);
        auto sealed = SealedBox::seal(ca(which).certificate(), kSecret);
        QVERIFY(sealed.ok());
        auto opened = SealedBox::open(m_other->key(), m_other->certificate(), sealed.value());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Crypto);
        QCOMPARE(opened.error().message,
                 SealedBox::tr("The protected secret was not sealed for this CA key."));
        // A key that does not belong to the given certificate.
        auto mismatched = SealedBox::open(m_other->key(), ca(which).certificate(), sealed.value());
        QVERIFY(!mismatched.ok());
        QCOMPARE(mismatched.error().code, ErrorCode::Crypto);
    }

    void tamperedFails_data() { roundTrip_data(); }
    void tamperedFails()
    {
        QFETCH(QString, which);
        const CertificateAuthority& authority = ca(which);
        auto sealed = SealedBox::seal(authority.certificate(), kSecret);
        QVERIFY(sealed.ok());
        const QByteArray& good = sealed.value();
        // AuthEnvelopedData ends with mac OCTET STRING (16-byte GCM tag), preceded by the ciphertext.
        const qsizetype tag = good.size() - 1;
        const qsizetype ciphertext = good.size() - 18 - 1;
        const qsizetype middle = good.size() / 2; // recipient info: ephemeral key / wrapped key
        const QList<QByteArray> damaged{flipped(good, tag),
                                        flipped(good, ciphertext),
                                        flipped(good, middle),
                                        good.left(good.size() - 1),
                                        good + QByteArray(1, '\0'),
                                        QByteArray(),
                                        QByteArray("not a CMS message")};
        for (qsizetype i = 0; i < damaged.size(); ++i) {
            auto opened = SealedBox::open(authority.key(), authority.certificate(), damaged[i]);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("case %1 opened").arg(i)));
            QCOMPARE(opened.error().code, ErrorCode::Crypto);
            QVERIFY(!opened.error().message.isEmpty());
        }
    }

    void rejectsBadInput()
    {
        auto tooLong = SealedBox::seal(m_p384->certificate(), QByteArray(2048, 'x'));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code, ErrorCode::Invalid);
        auto noCert = SealedBox::seal(Certificate(), kSecret);
        QVERIFY(!noCert.ok());
        QCOMPARE(noCert.error().code, ErrorCode::Invalid);
    }

    void concurrentUse()
    {
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                const CertificateAuthority& authority = t % 2 ? *m_rsa : *m_p384;
                for (int i = 0; i < 10; ++i) {
                    const QByteArray secret = kSecret + QByteArray::number(t * 100 + i);
                    auto sealed = SealedBox::seal(authority.certificate(), secret);
                    auto opened = sealed.ok() ? SealedBox::open(authority.key(), authority.certificate(),
                                                                sealed.value())
                                              : Result<QByteArray>(sealed.error());
                    if (!opened.ok() || opened.value() != secret)
                        ++failures;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }

    void sealTiming()
    {
        constexpr int kIterations = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kIterations; ++i)
            QVERIFY(SealedBox::seal(m_p384->certificate(), kSecret).ok());
        const double micros = static_cast<double>(timer.nsecsElapsed()) / 1000.0 / kIterations;
        qInfo("SealedBox::seal, P-384: %.0f µs per seal (%d iterations)", micros, kIterations);
    }

    // The data key under which PasswordSealer encrypts each password (the key itself is sealed above).
    void aeadKeyRoundTripAndTamper()
    {
        auto key = AeadKey::generate();
        QVERIFY(key.ok());
        QCOMPARE(key->bytes().size(), 32);
        const QByteArray aad = QByteArrayLiteral("K\x00\x00\x00\x00\x00\x00\x00\x07");
        auto sealed = key->encrypt(kSecret, aad);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), 12 + kSecret.size() + 16);
        QVERIFY(!sealed->contains(kSecret));
        auto again = key->encrypt(kSecret, aad);
        QVERIFY(again.ok());
        QVERIFY(again.value() != sealed.value()); // fresh nonce each time
        auto opened = key->decrypt(sealed.value(), aad);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), kSecret);

        QCOMPARE(key->decrypt(sealed.value(), QByteArrayLiteral("other header")).error().code,
                 ErrorCode::Crypto);
        for (int i : {0, 12, int(sealed->size()) - 1}) {
            QByteArray bad = sealed.value();
            bad[i] = char(bad[i] ^ 0x01);
            QCOMPARE(key->decrypt(bad, aad).error().code, ErrorCode::Crypto);
        }
        QCOMPARE(key->decrypt(sealed->left(20), aad).error().code, ErrorCode::Crypto);
        auto otherKey = AeadKey::generate();
        QVERIFY(otherKey.ok());
        QCOMPARE(otherKey->decrypt(sealed.value(), aad).error().code, ErrorCode::Crypto);
        auto copy = AeadKey::fromBytes(key->bytes());
        QVERIFY(copy.ok());
        QCOMPARE(copy->decrypt(sealed.value(), aad).value(), kSecret);
        QCOMPARE(AeadKey::fromBytes(QByteArray(31, 'x')).error().code, ErrorCode::Crypto);
    }
};

QTEST_GUILESS_MAIN(tst_SealedBox)
#include "tst_SealedBox.moc"
