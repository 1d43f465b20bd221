// Client certificates: every extension of the profile and the validity rules, checked with `openssl x509`
// and `openssl verify`.
#include "OpensslCli.h"
#include "ca/ClientCertificate.h"

#include <QtTest>

using namespace certdesk;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {

const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);

ClientCertificateRequest fullRequest()
{
    ClientCertificateRequest r;
    r.loginId = QStringLiteral("taro.yamada");
    r.givenNameEn = QStringLiteral("Taro");
    r.familyNameEn = QStringLiteral("Yamada");
    r.email = QStringLiteral("taro@example.com");
    r.organization = QStringLiteral("Example 株式会社");
    r.upn = QStringLiteral("taro@corp.example");
    r.validityDays = 365;
    r.crlUrl = QStringLiteral("http://pki.example.com/ca.crl");
    r.ocspUrl = QStringLiteral("http://ocsp.example.com");
    r.caIssuersUrl = QStringLiteral("http://pki.example.com/ca.crt");
    return r;
}

// The extension's header line and its value lines, whitespace-normalised.
QString extensionBlock(const QString& text, const QString& name)
{
    const qsizetype at = text.indexOf(name);
    if (at < 0)
        return {};
    qsizetype end = text.indexOf(QLatin1Char('\n'), at);
    // Value lines are indented deeper than the 12-space extension names.
    while (end >= 0 && text.mid(end + 1, 16) == QString(16, QLatin1Char(' ')))
        end = text.indexOf(QLatin1Char('\n'), end + 1);
    return text.mid(at, end - at).simplified();
}

} // namespace

class tst_ClientCertificate : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<CertificateAuthority> m_ca;
    QString m_caPath;
    QString m_caSki;

    QString attime() const { return QString::number(kNow.toSecsSinceEpoch()); }

    QString text(const Certificate& cert, const QString& name)
    {
        const QString path = writeFile(m_dir, name, cert.toPem());
        const auto r = runOpenssl({"x509", "-in", path, "-noout", "-text"});
        return r.exitCode == 0 ? QString::fromUtf8(r.out) : QStringLiteral("openssl failed: ") + r.all();
    }

    bool verifies(const QString& caPath, const Certificate& cert, QString* output = nullptr)
    {
        const QString path = writeFile(m_dir, QStringLiteral("verify-me.pem"), cert.toPem());
        const auto r = runOpenssl({"verify", "-attime", attime(), "-CAfile", caPath, path});
        if (output)
            *output = r.all();
        return r.exitCode == 0 && r.out.contains(": OK");
    }

private slots:
    void initTestCase()
    {
        auto ca = CertificateAuthority::createRoot(
            {QStringLiteral("Client Test CA"), QStringLiteral("Example"), {}}, KeyType::EcP256, 3650,
            FixedClock(kNow.addDays(-10)));
        QVERIFY2(ca.ok(), qPrintable(ca.error().message));
        m_ca.emplace(std::move(ca).value());
        m_caPath = writeFile(m_dir, QStringLiteral("ca.pem"), m_ca->certificate().toPem());
        const QString caText = text(m_ca->certificate(), QStringLiteral("ca-text.pem"));
        m_caSki = extensionBlock(caText, QStringLiteral("X509v3 Subject Key Identifier"))
                      .section(QLatin1Char(' '), 4);
        QVERIFY2(m_caSki.size() >= 20, qPrintable(caText));
    }

    void allExtensions_data()
    {
        QTest::addColumn<KeyType>("keyType");
        QTest::addColumn<QString>("keyUsage");
        QTest::addColumn<QString>("publicKey");
        QTest::newRow("p256") << KeyType::EcP256 << "X509v3 Key Usage: critical Digital Signature"
                              << "Public-Key: (256 bit)";
        QTest::newRow("rsa2048") << KeyType::Rsa2048
                                 << "X509v3 Key Usage: critical Digital Signature, Key Encipherment"
                                 << "Public-Key: (2048 bit)";
        QTest::newRow("rsa3072") << KeyType::Rsa3072
                                 << "X509v3 Key Usage: critical Digital Signature, Key Encipherment"
                                 << "Public-Key: (3072 bit)";
    }
    void allExtensions()
    {
        QFETCH(KeyType, keyType);
        QFETCH(QString, keyUsage);
        QFETCH(QString, publicKey);
        auto key = PrivateKey::generate(keyType);
        QVERIFY(key.ok());
        auto cert = ClientCertificateSigner::sign(*m_ca, key.value(), fullRequest(), FixedClock(kNow));
        QVERIFY2(cert.ok(), qPrintable(cert.error().message + cert.error().detail));
        const QString t = text(cert.value(), QStringLiteral("client.pem"));

        QVERIFY2(t.contains(QLatin1String("Version: 3 (0x2)")), qPrintable(t));
        QVERIFY2(t.contains(publicKey), qPrintable(t));
        QVERIFY2(t.contains(QLatin1String("Signature Algorithm: ecdsa-with-SHA256")), qPrintable(t));
        QCOMPARE(extensionBlock(t, QStringLiteral("X509v3 Basic Constraints")),
                 QStringLiteral("X509v3 Basic Constraints: critical CA:FALSE"));
        QCOMPARE(extensionBlock(t, QStringLiteral("X509v3 Key Usage")), keyUsage);
        QCOMPARE(extensionBlock(t, QStringLiteral("X509v3 Extended Key Usage")),
                 QStringLiteral("X509v3 Extended Key Usage: TLS Web Client Authentication"));
        QCOMPARE(extensionBlock(t, QStringLiteral("X509v3 Subject Alternative Name")),
                 QStringLiteral("X509v3 Subject Alternative Name: email:taro@example.com, "
                                "othername: UPN::taro@corp.example"));
        QVERIFY2(extensionBlock(t, QStringLiteral("X509v3 Subject Key Identifier")).size() > 40,
                 qPrintable(t));
        QVERIFY2(extensionBlock(t, QStringLiteral("X509v3 Authority Key Identifier")).contains(m_caSki),
                 qPrintable(t));
        QCOMPARE(
            extensionBlock(t, QStringLiteral("X509v3 CRL Distribution Points")),
            QStringLiteral("X509v3 CRL Distribution Points: Full Name: URI:http://pki.example.com/ca.crl"));
        QCOMPARE(extensionBlock(t, QStringLiteral("Authority Information Access")),
                 QStringLiteral("Authority Information Access: OCSP - URI:http://ocsp.example.com "
                                "CA Issuers - URI:http://pki.example.com/ca.crt"));
        // Only non-critical extensions besides basicConstraints and keyUsage.
        QCOMPARE(t.count(QLatin1String("critical")), 2);

        const QString path = writeFile(m_dir, QStringLiteral("subject.pem"), cert->toPem());
        const auto subject =
            runOpenssl({"x509", "-in", path, "-noout", "-subject", "-nameopt", "RFC2253,-esc_msb"});
        QCOMPARE(QString::fromUtf8(subject.out).trimmed(),
                 QStringLiteral("subject=CN=taro.yamada,GN=Taro,SN=Yamada,O=Example 株式会社"));
        QCOMPARE(cert->subject(), QStringLiteral("CN=taro.yamada,GN=Taro,SN=Yamada,O=Example 株式会社"));
        QCOMPARE(cert->issuer(), m_ca->certificate().subject());
        QCOMPARE(cert->commonName(), QStringLiteral("taro.yamada"));
        QVERIFY(!cert->isCa());
        QVERIFY(cert->matchesKey(key->get()));
        QVERIFY(!cert->matchesKey(m_ca->key().get()));

        QString out;
        QVERIFY2(verifies(m_caPath, cert.value(), &out), qPrintable(out));
        // Also as a TLS client certificate.
        const auto purpose =
            runOpenssl({"verify", "-attime", attime(), "-purpose", "sslclient", "-CAfile", m_caPath, path});
        QVERIFY2(purpose.exitCode == 0, qPrintable(purpose.all()));
    }

    void optionalPartsOmitted()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        ClientCertificateRequest r;
        r.loginId = QStringLiteral("minimal");
        r.email = QStringLiteral("minimal@example.com");
        auto cert = ClientCertificateSigner::sign(*m_ca, key.value(), r, FixedClock(kNow));
        QVERIFY2(cert.ok(), qPrintable(cert.error().message));
        const QString t = text(cert.value(), QStringLiteral("minimal.pem"));
        QCOMPARE(extensionBlock(t, QStringLiteral("X509v3 Subject Alternative Name")),
                 QStringLiteral("X509v3 Subject Alternative Name: email:minimal@example.com"));
        QVERIFY2(!t.contains(QLatin1String("othername")), qPrintable(t));
        QVERIFY2(!t.contains(QLatin1String("CRL Distribution Points")), qPrintable(t));
        QVERIFY2(!t.contains(QLatin1String("Authority Information Access")), qPrintable(t));
        QCOMPARE(cert->subject(), QStringLiteral("CN=minimal"));

        // Without e-mail and UPN there is no SAN at all; OCSP alone gives an AIA with only OCSP.
        r.email.clear();
        r.ocspUrl = QStringLiteral("http://ocsp.example.com/");
        auto bare = ClientCertificateSigner::sign(*m_ca, key.value(), r, FixedClock(kNow));
        QVERIFY(bare.ok());
        const QString b = text(bare.value(), QStringLiteral("bare.pem"));
        QVERIFY2(!b.contains(QLatin1String("Subject Alternative Name")), qPrintable(b));
        QCOMPARE(extensionBlock(b, QStringLiteral("Authority Information Access")),
                 QStringLiteral("Authority Information Access: OCSP - URI:http://ocsp.example.com/"));
        QString out;
        QVERIFY2(verifies(m_caPath, bare.value(), &out), qPrintable(out));
    }

    void validityAndSerial()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto a = ClientCertificateSigner::sign(*m_ca, key.value(), fullRequest(), FixedClock(kNow));
        auto b = ClientCertificateSigner::sign(*m_ca, key.value(), fullRequest(), FixedClock(kNow));
        QVERIFY(a.ok() && b.ok());
        const QString path = writeFile(m_dir, QStringLiteral("dates.pem"), a->toPem());
        const auto dates =
            runOpenssl({"x509", "-in", path, "-noout", "-dates", "-dateopt", "iso_8601", "-serial"});
        QCOMPARE(QString::fromUtf8(dates.out).section(QLatin1Char('\n'), 0, 1),
                 QStringLiteral("notBefore=2024-03-01 11:55:00Z\nnotAfter=2025-03-01 12:00:00Z"));
        QCOMPARE(a->notBefore(), kNow.addSecs(-5 * 60));
        QCOMPARE(a->notAfter(), kNow.addDays(365));

        const QString serial = QString::fromUtf8(dates.out).section(QLatin1String("serial="), 1).trimmed();
        QCOMPARE(serial.size(), 32);                                   // 16 bytes
        QVERIFY2(serial.at(0) < QLatin1Char('8'), qPrintable(serial)); // positive
        QCOMPARE(a->serialHex(), serial);
        QVERIFY(a->serialHex() != b->serialHex());
    }

    void validityCappedAtCaNotAfter()
    {
        auto shortCa = CertificateAuthority::createRoot({QStringLiteral("Short CA"), {}, {}}, KeyType::EcP384,
                                                        30, FixedClock(kNow));
        QVERIFY(shortCa.ok());
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto cert =
            ClientCertificateSigner::sign(shortCa.value(), key.value(), fullRequest(), FixedClock(kNow));
        QVERIFY2(cert.ok(), qPrintable(cert.error().message));
        QCOMPARE(cert->notAfter(), shortCa->certificate().notAfter());

        const QString caPath =
            writeFile(m_dir, QStringLiteral("short-ca.pem"), shortCa->certificate().toPem());
        const QString path = writeFile(m_dir, QStringLiteral("capped.pem"), cert->toPem());
        const auto caEnd = runOpenssl({"x509", "-in", caPath, "-noout", "-enddate"});
        const auto end = runOpenssl({"x509", "-in", path, "-noout", "-enddate"});
        QCOMPARE(end.out, caEnd.out);
        QCOMPARE(QString::fromUtf8(end.out).trimmed(), QStringLiteral("notAfter=Mar 31 12:00:00 2024 GMT"));

        // The P-384 CA signs with SHA-384.
        const auto t = runOpenssl({"x509", "-in", path, "-noout", "-text"});
        QVERIFY2(t.out.contains("Signature Algorithm: ecdsa-with-SHA384"), t.out.constData());
        QString out;
        QVERIFY2(verifies(caPath, cert.value(), &out), qPrintable(out));

        // An expired CA issues nothing.
        auto late = ClientCertificateSigner::sign(shortCa.value(), key.value(), fullRequest(),
                                                  FixedClock(kNow.addDays(31)));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::Invalid);
    }

    void rsaCaSignsClients()
    {
        auto rsaCa = CertificateAuthority::createRoot({QStringLiteral("RSA CA"), {}, {}}, KeyType::Rsa3072,
                                                      3650, FixedClock(kNow));
        QVERIFY(rsaCa.ok());
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto cert =
            ClientCertificateSigner::sign(rsaCa.value(), key.value(), fullRequest(), FixedClock(kNow));
        QVERIFY2(cert.ok(), qPrintable(cert.error().message));
        const QString caPath = writeFile(m_dir, QStringLiteral("rsa-ca.pem"), rsaCa->certificate().toPem());
        QString out;
        QVERIFY2(verifies(caPath, cert.value(), &out), qPrintable(out));
        QVERIFY(!verifies(m_caPath, cert.value())); // not by the other CA
        const QString t = text(cert.value(), QStringLiteral("rsa-signed.pem"));
        QVERIFY2(t.contains(QLatin1String("Signature Algorithm: sha256WithRSAEncryption")), qPrintable(t));
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("no login") << "loginId"
                                  << "";
        QTest::newRow("non-ascii email") << "email"
                                         << "太郎@example.com";
        QTest::newRow("email without @") << "email"
                                         << "taro.example.com";
        QTest::newRow("upn without @") << "upn"
                                       << "taro";
        QTest::newRow("crl url with comma") << "crlUrl"
                                            << "http://pki.example.com/a,b.crl";
        QTest::newRow("ocsp not a url") << "ocspUrl"
                                        << "ocsp server";
        QTest::newRow("ftp caIssuers") << "caIssuersUrl"
                                       << "ftp://pki.example.com/ca.crt";
        QTest::newRow("zero days") << "validityDays"
                                   << "0";
        QTest::newRow("long cn") << "loginId" << QString(65, QLatin1Char('a'));
    }
    void invalidRequests()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        ClientCertificateRequest r = fullRequest();
        if (field == QLatin1String("loginId"))
            r.loginId = value;
        else if (field == QLatin1String("email"))
            r.email = value;
        else if (field == QLatin1String("upn"))
            r.upn = value;
        else if (field == QLatin1String("crlUrl"))
            r.crlUrl = value;
        else if (field == QLatin1String("ocspUrl"))
            r.ocspUrl = value;
        else if (field == QLatin1String("caIssuersUrl"))
            r.caIssuersUrl = value;
        else if (field == QLatin1String("validityDays"))
            r.validityDays = value.toInt();
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto cert = ClientCertificateSigner::sign(*m_ca, key.value(), r, FixedClock(kNow));
        QVERIFY(!cert.ok());
        QCOMPARE(cert.error().code, ErrorCode::Invalid);
        QVERIFY(!cert.error().message.isEmpty());
    }

    void lockedCaRefuses()
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto cert = ClientCertificateSigner::sign(CertificateAuthority(), key.value(), fullRequest(),
                                                  FixedClock(kNow));
        QVERIFY(!cert.ok());
        QCOMPARE(cert.error().code, ErrorCode::Locked);
    }
};

QTEST_GUILESS_MAIN(tst_ClientCertificate)
#include "tst_ClientCertificate.moc"
