// PrivateKey: generation, encrypted PKCS#8 export (checked with the openssl command) and PEM import.
#include "OpensslCli.h"
#include "ca/PrivateKey.h"

#include <QtTest>

using namespace certdesk;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {
const QByteArray kPass = "correct horse battery";
} // namespace

class tst_PrivateKey : public QObject
{
    Q_OBJECT
private slots:
    void generate_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("opensslText");
        QTest::newRow("p256") << KeyType::EcP256 << "ECDSA P-256"
                              << "NIST CURVE: P-256";
        QTest::newRow("p384") << KeyType::EcP384 << "ECDSA P-384"
                              << "NIST CURVE: P-384";
        QTest::newRow("rsa2048") << KeyType::Rsa2048 << "RSA 2048"
                                 << "Private-Key: (2048 bit, 2 primes)";
        QTest::newRow("rsa3072") << KeyType::Rsa3072 << "RSA 3072"
                                 << "Private-Key: (3072 bit, 2 primes)";
    }
    void generate()
    {
        QFETCH(KeyType, type);
        QFETCH(QString, description);
        QFETCH(QString, opensslText);
        auto key = PrivateKey::generate(type);
        QVERIFY2(key.ok(), qPrintable(key.error().message + key.error().detail));
        QCOMPARE(key->type(), std::optional<KeyType>(type));
        QCOMPARE(key->description(), description);

        auto pem = key->toEncryptedPkcs8Pem(kPass);
        QVERIFY(pem.ok());
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("key.pem"), pem.value());
        const auto text = runOpenssl(
            {"pkey", "-in", path, "-passin", "pass:" + QString::fromUtf8(kPass), "-noout", "-text"});
        QVERIFY2(text.exitCode == 0, qPrintable(text.all()));
        QVERIFY2(text.all().contains(opensslText), qPrintable(text.all()));
    }

    void encryptedPkcs8Format()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto pem = key->toEncryptedPkcs8Pem(kPass);
        QVERIFY(pem.ok());
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(!pem->contains("BEGIN PRIVATE KEY"));

        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("key.pem"), pem.value());
        // Right passphrase: openssl reads it; wrong one: it refuses.
        const auto good =
            runOpenssl({"pkey", "-in", path, "-passin", "pass:" + QString::fromUtf8(kPass), "-noout"});
        QVERIFY2(good.exitCode == 0, qPrintable(good.all()));
        const auto bad = runOpenssl({"pkey", "-in", path, "-passin", "pass:wrong", "-noout"});
        QVERIFY(bad.exitCode != 0);

        // PBES2 / PBKDF2 with HMAC-SHA256, 600000 (0x0927C0) iterations, AES-256-CBC.
        const auto asn1 = runOpenssl({"asn1parse", "-in", path});
        QVERIFY2(asn1.exitCode == 0, qPrintable(asn1.all()));
        const QString dump = asn1.all();
        QVERIFY2(dump.contains(QLatin1String(":PBES2")), qPrintable(dump));
        QVERIFY2(dump.contains(QLatin1String(":PBKDF2")), qPrintable(dump));
        QVERIFY2(dump.contains(QLatin1String(":hmacWithSHA256")), qPrintable(dump));
        QVERIFY2(dump.contains(QLatin1String(":aes-256-cbc")), qPrintable(dump));
        static const QRegularExpression iter(QStringLiteral("INTEGER\\s+:([0-9A-F]+)"));
        const auto match = iter.match(dump);
        QVERIFY2(match.hasMatch(), qPrintable(dump));
        QCOMPARE(match.captured(1).toInt(nullptr, 16), 600000);
        // 16-byte salt.
        QVERIFY2(dump.contains(QRegularExpression(
                     QStringLiteral("prim: OCTET STRING\\s+\\[HEX DUMP\\]:[0-9A-F]{32}\\n"))),
                 qPrintable(dump));
    }

    void roundTrip()
    {
        auto key = PrivateKey::generate(KeyType::EcP384);
        QVERIFY(key.ok());
        auto pem = key->toEncryptedPkcs8Pem(kPass);
        QVERIFY(pem.ok());
        auto back = PrivateKey::fromPem(pem.value(), kPass);
        QVERIFY2(back.ok(), qPrintable(back.error().message + back.error().detail));
        QCOMPARE(EVP_PKEY_eq(back->get(), key->get()), 1);
        QCOMPARE(back->type(), std::optional(KeyType::EcP384));
    }

    void wrongPassphraseIsLocked()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto pem = key->toEncryptedPkcs8Pem(kPass);
        QVERIFY(pem.ok());

        auto wrong = PrivateKey::fromPem(pem.value(), "not the passphrase");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Locked);
        QVERIFY(!wrong.error().message.isEmpty());
        QVERIFY(!wrong.error().message.contains(QLatin1String("not the passphrase")));
        QVERIFY(!wrong.error().detail.contains(QLatin1String("not the passphrase")));

        auto missing = PrivateKey::fromPem(pem.value());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::Locked);
    }

    void emptyPassphraseRefused()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto pem = key->toEncryptedPkcs8Pem({});
        QVERIFY(!pem.ok());
        QCOMPARE(pem.error().code, ErrorCode::Invalid);
        QCOMPARE(PrivateKey().toEncryptedPkcs8Pem(kPass).error().code, ErrorCode::Invalid);
    }

    void corruptInputIsInvalid_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("hello world");
        QTest::newRow("bad base64") << QByteArray("-----BEGIN PRIVATE KEY-----\n!!!!not base64@@@@\n"
                                                  "-----END PRIVATE KEY-----\n");
        QTest::newRow("bad der") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAECAwQFBgcICQ==\n"
                                               "-----END PRIVATE KEY-----\n");
        QTest::newRow("certificate only") << QByteArray("-----BEGIN CERTIFICATE-----\nAAECAwQFBgcICQ==\n"
                                                        "-----END CERTIFICATE-----\n");
    }
    void corruptInputIsInvalid()
    {
        QFETCH(QByteArray, pem);
        auto key = PrivateKey::fromPem(pem, kPass);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::Invalid);
        QVERIFY(!key.error().message.isEmpty());
    }

    void readsKeysMadeByOpenssl()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.pem"));
        auto r =
            runOpenssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", plain});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString enc = dir.filePath(QStringLiteral("enc.pem"));
        r = runOpenssl({"pkey", "-in", plain, "-aes-256-cbc", "-passout", "pass:secret", "-out", enc});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString trad = dir.filePath(QStringLiteral("trad.pem"));
        r = runOpenssl(
            {"genrsa", "-traditional", "-aes256", "-passout", "pass:secret", "-out", trad, "2048"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        auto readFile = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        auto a = PrivateKey::fromPem(readFile(plain));
        QVERIFY2(a.ok(), qPrintable(a.error().message + a.error().detail));
        QCOMPARE(a->type(), std::optional(KeyType::EcP384));
        auto b = PrivateKey::fromPem(readFile(enc), "secret");
        QVERIFY2(b.ok(), qPrintable(b.error().message + b.error().detail));
        QCOMPARE(EVP_PKEY_eq(a->get(), b->get()), 1);
        QCOMPARE(PrivateKey::fromPem(readFile(enc), "nope").error().code, ErrorCode::Locked);

        QVERIFY(readFile(trad).contains("Proc-Type: 4,ENCRYPTED"));
        auto c = PrivateKey::fromPem(readFile(trad), "secret");
        QVERIFY2(c.ok(), qPrintable(c.error().message + c.error().detail));
        QCOMPARE(c->type(), std::optional(KeyType::Rsa2048));
        QCOMPARE(PrivateKey::fromPem(readFile(trad), "nope").error().code, ErrorCode::Locked);
        QCOMPARE(PrivateKey::fromPem(readFile(trad)).error().code, ErrorCode::Locked);
    }

    void unsupportedKeyTypeHasDescription()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rsa4096.pem"));
        auto r =
            runOpenssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-521", "-out", path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto key = PrivateKey::fromPem(f.readAll());
        QVERIFY(key.ok());
        QVERIFY(!key->type());
        QCOMPARE(key->description(), QStringLiteral("ECDSA P-521"));
    }
};

QTEST_GUILESS_MAIN(tst_PrivateKey)
#include "tst_PrivateKey.moc"
