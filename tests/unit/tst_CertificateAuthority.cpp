// Root CA creation, storage round trip and Certificate accessors, checked with the openssl command.
#include "OpensslCli.h"
#include "ca/CertificateAuthority.h"

#include <QtTest>

using namespace certdesk;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {

const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);

QString x509(const QString& path, const QStringList& args)
{
    auto r = runOpenssl(QStringList{"x509", "-in", path, "-noout"} + args);
    return r.exitCode == 0 ? QString::fromUtf8(r.out) : QStringLiteral("openssl failed: ") + r.all();
}

// "X509v3 Basic Constraints: critical" followed by its value on the next line.
QString extensionBlock(const QString& text, const QString& name)
{
    const qsizetype at = text.indexOf(name);
    if (at < 0)
        return {};
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at);
    const qsizetype valueEnd = text.indexOf(QLatin1Char('\n'), lineEnd + 1);
    return text.mid(at, valueEnd - at).simplified();
}

} // namespace

class tst_CertificateAuthority : public QObject
{
    Q_OBJECT
private slots:
    void createRoot_data()
    {
        QTest::addColumn<KeyType>("keyType");
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<QString>("signature");
        QTest::newRow("p384") << KeyType::EcP384 << "Public-Key: (384 bit)"
                              << "ecdsa-with-SHA384";
        QTest::newRow("rsa3072") << KeyType::Rsa3072 << "Public-Key: (3072 bit)"
                                 << "sha256WithRSAEncryption";
        QTest::newRow("p256") << KeyType::EcP256 << "Public-Key: (256 bit)"
                              << "ecdsa-with-SHA256";
    }
    void createRoot()
    {
        QFETCH(KeyType, keyType);
        QFETCH(QString, publicKey);
        QFETCH(QString, signature);
        const FixedClock clock(kNow);
        const CaSubject subject{QStringLiteral("Example Root CA"), QStringLiteral("株式会社サンプル"),
                                QStringLiteral("jp")};
        auto ca = CertificateAuthority::createRoot(subject, keyType, 3650, clock);
        QVERIFY2(ca.ok(), qPrintable(ca.error().message + ca.error().detail));
        QVERIFY(ca->chain().isEmpty());
        QVERIFY(ca->chainPem().isEmpty());
        QCOMPARE(ca->key().type(), std::optional(keyType));

        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("ca.pem"), ca->certificate().toPem());
        const QString text = x509(path, {"-text"});
        QVERIFY2(text.contains(QLatin1String("Version: 3 (0x2)")), qPrintable(text));
        QCOMPARE(extensionBlock(text, QStringLiteral("X509v3 Basic Constraints")),
                 QStringLiteral("X509v3 Basic Constraints: critical CA:TRUE, pathlen:0"));
        QCOMPARE(extensionBlock(text, QStringLiteral("X509v3 Key Usage")),
                 QStringLiteral("X509v3 Key Usage: critical Certificate Sign, CRL Sign"));
        const QString ski = extensionBlock(text, QStringLiteral("X509v3 Subject Key Identifier"));
        QVERIFY2(ski.startsWith(QLatin1String("X509v3 Subject Key Identifier: ")), qPrintable(text));
        const QString keyId = ski.section(QLatin1Char(' '), 4);
        QVERIFY(keyId.size() >= 20);
        // The self-signed AKI repeats the SKI.
        QVERIFY2(extensionBlock(text, QStringLiteral("X509v3 Authority Key Identifier")).contains(keyId),
                 qPrintable(text));
        QVERIFY2(text.contains(publicKey), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Signature Algorithm: ") + signature), qPrintable(text));

        QCOMPARE(x509(path, {"-subject", "-nameopt", "RFC2253,-esc_msb"}).trimmed(),
                 QStringLiteral("subject=CN=Example Root CA,O=株式会社サンプル,C=JP"));
        QCOMPARE(ca->certificate().subject(), QStringLiteral("CN=Example Root CA,O=株式会社サンプル,C=JP"));
        QCOMPARE(ca->certificate().issuer(), ca->certificate().subject());
        QCOMPARE(ca->certificate().commonName(), QStringLiteral("Example Root CA"));

        // Validity: five minutes back-dated, 3650 days ahead.
        QCOMPARE(x509(path, {"-dates", "-dateopt", "iso_8601"}),
                 QStringLiteral("notBefore=2024-03-01 11:55:00Z\nnotAfter=2034-02-27 12:00:00Z\n"));
        QCOMPARE(ca->certificate().notBefore(), kNow.addSecs(-300));
        QCOMPARE(ca->certificate().notAfter(), kNow.addDays(3650));

        // Serial: 16 bytes, positive, as reported by Certificate::serialHex().
        const QString serial = x509(path, {"-serial"}).trimmed().section(QLatin1Char('='), 1);
        QCOMPARE(serial.size(), 32);
        QVERIFY2(serial.at(0) < QLatin1Char('8'), qPrintable(serial));
        QCOMPARE(ca->certificate().serialHex(), serial);

        const QString fingerprint =
            x509(path, {"-fingerprint", "-sha256"}).trimmed().section(QLatin1Char('='), 1);
        QCOMPARE(ca->certificate().sha256Fingerprint(), fingerprint);

        QVERIFY(ca->certificate().isCa());
        QCOMPARE(ca->certificate().keyDescription(), keyTypeDisplayName(keyType));
        QVERIFY(ca->certificate().matchesKey(ca->key().get()));

        const auto verify = runOpenssl(
            {"verify", "-attime", QString::number(kNow.toSecsSinceEpoch()), "-CAfile", path, path});
        QVERIFY2(verify.exitCode == 0 && verify.out.contains(": OK"), qPrintable(verify.all()));
    }

    void serialsAreRandom()
    {
        const FixedClock clock(kNow);
        QSet<QString> serials;
        for (int i = 0; i < 3; ++i) {
            auto ca = CertificateAuthority::createRoot({QStringLiteral("Root"), {}, {}}, KeyType::EcP256, 30,
                                                       clock);
            QVERIFY(ca.ok());
            QCOMPARE(ca->certificate().subject(), QStringLiteral("CN=Root"));
            serials.insert(ca->certificate().serialHex());
        }
        QCOMPARE(serials.size(), 3);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("cn");
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("days");
        QTest::newRow("no cn") << "  "
                               << "" << 3650;
        QTest::newRow("country 3 letters") << "Root"
                                           << "JPN" << 3650;
        QTest::newRow("country digits") << "Root"
                                        << "12" << 3650;
        QTest::newRow("zero days") << "Root"
                                   << "" << 0;
        QTest::newRow("cn too long") << QString(65, QLatin1Char('x')) << "" << 3650;
    }
    void invalidInput()
    {
        QFETCH(QString, cn);
        QFETCH(QString, country);
        QFETCH(int, days);
        auto ca =
            CertificateAuthority::createRoot({cn, {}, country}, KeyType::EcP256, days, FixedClock(kNow));
        QVERIFY(!ca.ok());
        QCOMPARE(ca.error().code, ErrorCode::Invalid);
        QVERIFY(!ca.error().message.isEmpty());
    }

    void storeAndLoad()
    {
        auto ca = CertificateAuthority::createRoot({QStringLiteral("Root"), {}, {}}, KeyType::EcP256, 365,
                                                   FixedClock(kNow));
        QVERIFY(ca.ok());
        auto encrypted = ca->encryptedKeyPem("pass phrase");
        QVERIFY(encrypted.ok());
        QVERIFY(encrypted->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

        auto loaded =
            CertificateAuthority::load(ca->certificate().toDer(), {}, encrypted.value(), "pass phrase");
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->certificate().toDer(), ca->certificate().toDer());
        QCOMPARE(EVP_PKEY_eq(loaded->key().get(), ca->key().get()), 1);

        auto wrong = CertificateAuthority::load(ca->certificate().toDer(), {}, encrypted.value(), "wrong");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Locked);

        auto other = CertificateAuthority::createRoot({QStringLiteral("Other"), {}, {}}, KeyType::EcP256, 365,
                                                      FixedClock(kNow));
        QVERIFY(other.ok());
        auto otherKey = other->encryptedKeyPem("pass phrase");
        QVERIFY(otherKey.ok());
        auto mismatch =
            CertificateAuthority::load(ca->certificate().toDer(), {}, otherKey.value(), "pass phrase");
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().code, ErrorCode::Invalid);

        auto corrupt =
            CertificateAuthority::load(QByteArray("not der"), {}, encrypted.value(), "pass phrase");
        QVERIFY(!corrupt.ok());
        QCOMPARE(corrupt.error().code, ErrorCode::Invalid);

        QVERIFY(!ca->encryptedKeyPem({}).ok());
    }

    void certificateCopiesShareTheX509()
    {
        auto ca = CertificateAuthority::createRoot({QStringLiteral("Root"), {}, {}}, KeyType::EcP256, 365,
                                                   FixedClock(kNow));
        QVERIFY(ca.ok());
        Certificate copy = ca->certificate();
        QCOMPARE(copy.get(), ca->certificate().get());
        Certificate assigned;
        QVERIFY(assigned.isNull());
        assigned = copy;
        QCOMPARE(assigned.toDer(), ca->certificate().toDer());
        auto fromPem = Certificate::fromPem(copy.toPem());
        QVERIFY(fromPem.ok());
        QCOMPARE(fromPem->toDer(), copy.toDer());
        auto list = Certificate::listFromPem(copy.toPem() + "junk between\n" + copy.toPem());
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(Certificate::listFromPem("nothing here").error().code, ErrorCode::Invalid);
        QCOMPARE(Certificate::fromDer(copy.toDer() + "x").error().code, ErrorCode::Invalid);
        QCOMPARE(pemEncode(QByteArray("\x01\x02", 2), "X509 CRL"),
                 QByteArray("-----BEGIN X509 CRL-----\nAQI=\n-----END X509 CRL-----\n"));
    }
};

QTEST_GUILESS_MAIN(tst_CertificateAuthority)
#include "tst_CertificateAuthority.moc"
