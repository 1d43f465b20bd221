// PKCS#12 profiles, checked with `openssl pkcs12` (without -legacy) and read back with Pkcs12Bundle::parse.
#include "OpensslCli.h"
#include "ca/ClientCertificate.h"
#include "ca/Pkcs12Bundle.h"

#include <QtTest>

using namespace certdesk;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {

const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
const QByteArray kPassword = "Xy7-bundle-pw";
const QString kFriendlyName = QStringLiteral("taro iPhone");

} // namespace

class tst_Pkcs12Bundle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<CertificateAuthority> m_ca;
    std::optional<CertificateAuthority> m_otherCa;
    std::optional<PrivateKey> m_key;
    Certificate m_leaf;

    QString pkcs12Info(const QByteArray& p12, const QByteArray& password, int* exitCode)
    {
        const QString path = writeFile(m_dir, QStringLiteral("bundle.p12"), p12);
        const auto r = runOpenssl(
            {"pkcs12", "-info", "-noout", "-in", path, "-passin", "pass:" + QString::fromUtf8(password)});
        *exitCode = r.exitCode;
        return r.all();
    }

private slots:
    void initTestCase()
    {
        auto ca = CertificateAuthority::createRoot({QStringLiteral("P12 Test CA"), {}, {}}, KeyType::EcP256,
                                                   3650, FixedClock(kNow));
        QVERIFY(ca.ok());
        m_ca.emplace(std::move(ca).value());
        auto other = CertificateAuthority::createRoot({QStringLiteral("Second CA"), {}, {}}, KeyType::EcP256,
                                                      3650, FixedClock(kNow));
        QVERIFY(other.ok());
        m_otherCa.emplace(std::move(other).value());
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        m_key.emplace(std::move(key).value());
        ClientCertificateRequest request;
        request.loginId = QStringLiteral("taro");
        request.email = QStringLiteral("taro@example.com");
        auto leaf = ClientCertificateSigner::sign(*m_ca, *m_key, request, FixedClock(kNow));
        QVERIFY(leaf.ok());
        m_leaf = leaf.value();
    }

    void profiles_data()
    {
        QTest::addColumn<Pkcs12Profile>("profile");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("compatible")
            << Pkcs12Profile::Compatible
            << QStringList{"MAC: sha1, Iteration 2048", "MAC length: 20, salt length: 8",
                           "PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048",
                           "Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048"};
        QTest::newRow("modern") << Pkcs12Profile::Modern
                                << QStringList{
                                       "MAC: sha256, Iteration 2048", "MAC length: 32, salt length: 8",
                                       "PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, Iteration 2048, "
                                       "PRF hmacWithSHA256",
                                       "Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 2048, "
                                       "PRF hmacWithSHA256"};
    }
    void profiles()
    {
        QFETCH(Pkcs12Profile, profile);
        QFETCH(QStringList, expected);
        auto p12 =
            Pkcs12Bundle::build(profile, *m_key, m_leaf, {m_ca->certificate()}, kFriendlyName, kPassword);
        QVERIFY2(p12.ok(), qPrintable(p12.error().message + p12.error().detail));

        int exitCode = -1;
        const QString info = pkcs12Info(p12.value(), kPassword, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(info));
        for (const QString& line : expected)
            QVERIFY2(info.contains(line),
                     qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(line, info)));
        // Nothing else: no RC2/legacy algorithm anywhere, no unencrypted key bag.
        QVERIFY2(!info.contains(QLatin1String("RC2")), qPrintable(info));
        QVERIFY2(!info.contains(QLatin1String("\nKey bag")), qPrintable(info));

        // Contents: the leaf and the CA certificate, the key, and the friendly name on both bags.
        const QString path = writeFile(m_dir, QStringLiteral("dump.p12"), p12.value());
        const auto dump =
            runOpenssl({"pkcs12", "-in", path, "-passin", "pass:" + QString::fromUtf8(kPassword), "-nodes"});
        QVERIFY2(dump.exitCode == 0, qPrintable(dump.all()));
        const QString out = QString::fromUtf8(dump.out);
        QCOMPARE(out.count(QLatin1String("-----BEGIN CERTIFICATE-----")), 2);
        QCOMPARE(out.count(QLatin1String("-----BEGIN PRIVATE KEY-----")), 1);
        QVERIFY2(out.contains(QLatin1String("subject=CN = taro")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("subject=CN = P12 Test CA")), qPrintable(out));
        QCOMPARE(out.count(QLatin1String("friendlyName: ") + kFriendlyName), 2);

        // Wrong password: openssl refuses, and so does the parser (Locked).
        const QString wrongInfo = pkcs12Info(p12.value(), "not-the-password", &exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY2(wrongInfo.contains(QLatin1String("Mac verify error")), qPrintable(wrongInfo));
        auto wrong = Pkcs12Bundle::parse(p12.value(), "not-the-password");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Locked);

        // Read back.
        auto parsed = Pkcs12Bundle::parse(p12.value(), kPassword);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message + parsed.error().detail));
        QCOMPARE(EVP_PKEY_eq(parsed->key.get(), m_key->get()), 1);
        QCOMPARE(parsed->certificate.toDer(), m_leaf.toDer());
        QCOMPARE(parsed->caCertificates.size(), 1);
        QCOMPARE(parsed->caCertificates.first().toDer(), m_ca->certificate().toDer());
    }

    void wholeChainIncluded()
    {
        auto p12 = Pkcs12Bundle::build(Pkcs12Profile::Modern, *m_key, m_leaf,
                                       {m_ca->certificate(), m_otherCa->certificate()},
                                       QStringLiteral("device"), kPassword);
        QVERIFY(p12.ok());
        const QString path = writeFile(m_dir, QStringLiteral("chain.p12"), p12.value());
        const auto dump = runOpenssl({"pkcs12", "-in", path, "-passin",
                                      "pass:" + QString::fromUtf8(kPassword), "-nokeys", "-cacerts"});
        QVERIFY2(dump.exitCode == 0, qPrintable(dump.all()));
        QCOMPARE(dump.out.count("-----BEGIN CERTIFICATE-----"), 2);
        QVERIFY(dump.out.contains("subject=CN = P12 Test CA"));
        QVERIFY(dump.out.contains("subject=CN = Second CA"));
        auto parsed = Pkcs12Bundle::parse(p12.value(), kPassword);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->caCertificates.size(), 2);
    }

    void unicodeFriendlyName()
    {
        // Stored as a BMPString (UTF-16BE). The key bag's attributes are not encrypted, so the name is
        // visible in the DER. (The OpenSSL 3.0 command prints BMPStrings lossily, so it cannot check this.)
        const QString name = QStringLiteral("taro — iPhone 山田");
        auto p12 = Pkcs12Bundle::build(Pkcs12Profile::Modern, *m_key, m_leaf, {}, name, kPassword);
        QVERIFY(p12.ok());
        QByteArray bmp = "\x1e";
        bmp += static_cast<char>(name.size() * 2);
        for (const QChar c : name) {
            bmp += static_cast<char>(c.unicode() >> 8);
            bmp += static_cast<char>(c.unicode() & 0xFF);
        }
        QVERIFY(p12->contains(bmp));
        const QString path = writeFile(m_dir, QStringLiteral("unicode.p12"), p12.value());
        const auto dump =
            runOpenssl({"pkcs12", "-in", path, "-passin", "pass:" + QString::fromUtf8(kPassword), "-nokeys"});
        QVERIFY2(dump.exitCode == 0, qPrintable(dump.all()));
        QVERIFY(dump.out.contains("friendlyName: taro "));
    }

    void emptyPasswordRefused()
    {
        for (const auto profile : {Pkcs12Profile::Compatible, Pkcs12Profile::Modern}) {
            auto p12 = Pkcs12Bundle::build(profile, *m_key, m_leaf, {m_ca->certificate()}, kFriendlyName, {});
            QVERIFY(!p12.ok());
            QCOMPARE(p12.error().code, ErrorCode::Invalid);
        }
    }

    void keyMustMatchCertificate()
    {
        auto p12 =
            Pkcs12Bundle::build(Pkcs12Profile::Modern, m_ca->key(), m_leaf, {}, kFriendlyName, kPassword);
        QVERIFY(!p12.ok());
        QCOMPARE(p12.error().code, ErrorCode::Invalid);
    }

    void parseRejectsGarbage()
    {
        auto parsed = Pkcs12Bundle::parse("definitely not DER", kPassword);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Invalid);
        auto p12 =
            Pkcs12Bundle::build(Pkcs12Profile::Compatible, *m_key, m_leaf, {}, kFriendlyName, kPassword);
        QVERIFY(p12.ok());
        auto truncated = Pkcs12Bundle::parse(p12->left(p12->size() - 40), kPassword);
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code, ErrorCode::Invalid);
    }

    void readsOpensslExports()
    {
        // A bundle written by `openssl pkcs12 -export` with its own defaults.
        const QString keyPath =
            writeFile(m_dir, QStringLiteral("k.pem"), m_key->toEncryptedPkcs8Pem("k").value());
        const QString certPath = writeFile(m_dir, QStringLiteral("c.pem"), m_leaf.toPem());
        const QString out = m_dir.filePath(QStringLiteral("openssl.p12"));
        const auto r = runOpenssl({"pkcs12", "-export", "-inkey", keyPath, "-passin", "pass:k", "-in",
                                   certPath, "-passout", "pass:exported", "-out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto parsed = Pkcs12Bundle::parse(f.readAll(), "exported");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message + parsed.error().detail));
        QCOMPARE(parsed->certificate.toDer(), m_leaf.toDer());
        QVERIFY(parsed->caCertificates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Pkcs12Bundle)
#include "tst_Pkcs12Bundle.moc"
