// CRL v2: checked with `openssl crl` and used by `openssl verify -crl_check`.
#include "OpensslCli.h"
#include "ca/ClientCertificate.h"
#include "ca/CrlBuilder.h"

#include <QtTest>

using namespace certdesk;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {
const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
} // namespace

class tst_CrlBuilder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<CertificateAuthority> m_ca;
    QString m_caPath;
    Certificate m_revoked;
    Certificate m_good;

    Certificate issue(const QString& login)
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        if (!key)
            return {};
        ClientCertificateRequest r;
        r.loginId = login;
        auto cert = ClientCertificateSigner::sign(*m_ca, key.value(), r, FixedClock(kNow.addDays(-1)));
        return cert ? cert.value() : Certificate();
    }

    QString crlPem(const QList<CrlEntry>& entries, qint64 number, const QString& name)
    {
        auto der = CrlBuilder::buildDer(*m_ca, entries, number, kNow, kNow.addDays(7));
        if (!der)
            return {};
        return writeFile(m_dir, name, pemEncode(der.value(), "X509 CRL"));
    }

    certdesk::test::ProcessResult verifyClient(const QString& crlPath, const Certificate& cert)
    {
        const QString certPath = writeFile(m_dir, QStringLiteral("client.pem"), cert.toPem());
        return runOpenssl({"verify", "-attime", QString::number(kNow.addSecs(3600).toSecsSinceEpoch()),
                           "-crl_check", "-CRLfile", crlPath, "-CAfile", m_caPath, certPath});
    }

private slots:
    void initTestCase()
    {
        auto ca = CertificateAuthority::createRoot({QStringLiteral("CRL Test CA"), {}, {}}, KeyType::EcP384,
                                                   3650, FixedClock(kNow.addDays(-30)));
        QVERIFY(ca.ok());
        m_ca.emplace(std::move(ca).value());
        m_caPath = writeFile(m_dir, QStringLiteral("ca.pem"), m_ca->certificate().toPem());
        m_revoked = issue(QStringLiteral("lost-device"));
        m_good = issue(QStringLiteral("still-fine"));
        QVERIFY(!m_revoked.isNull() && !m_good.isNull());
    }

    void contentAndSignature()
    {
        const QList<CrlEntry> entries = {
            {m_revoked.serialHex(), kNow.addSecs(-600), RevocationReason::KeyCompromise},
            {QStringLiteral("0A1B2C3D"), kNow.addDays(-2), RevocationReason::AffiliationChanged},
            {QStringLiteral("7F00000000000000000000000000FF01"), kNow.addDays(-3),
             RevocationReason::Superseded},
            {QStringLiteral("1234"), kNow.addDays(-4), RevocationReason::CessationOfOperation},
            {QStringLiteral("5678"), kNow.addDays(-5), RevocationReason::Unspecified},
        };
        const QString path = crlPem(entries, 42, QStringLiteral("crl.pem"));
        QVERIFY(!path.isEmpty());

        const auto verify = runOpenssl({"crl", "-in", path, "-verify", "-CAfile", m_caPath, "-noout"});
        QVERIFY2(verify.exitCode == 0 && verify.all().contains(QLatin1String("verify OK")),
                 qPrintable(verify.all()));

        const auto textRun = runOpenssl({"crl", "-in", path, "-noout", "-text"});
        QVERIFY2(textRun.exitCode == 0, qPrintable(textRun.all()));
        const QString text = QString::fromUtf8(textRun.out).simplified();
        QVERIFY2(text.contains(QLatin1String("Version 2 (0x1)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Signature Algorithm: ecdsa-with-SHA384")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Issuer: CN = CRL Test CA")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Last Update: Mar 1 12:00:00 2024 GMT")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Next Update: Mar 8 12:00:00 2024 GMT")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("X509v3 CRL Number: 42")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("X509v3 Authority Key Identifier:")), qPrintable(text));
        for (const char* reason :
             {"Key Compromise", "Affiliation Changed", "Superseded", "Cessation Of Operation"})
            QVERIFY2(text.contains(QLatin1String(reason)), reason);
        // Unspecified carries no reasonCode extension (RFC 5280 5.3.1).
        QCOMPARE(text.count(QLatin1String("X509v3 CRL Reason Code:")), 4);
        QCOMPARE(text.count(QLatin1String("Serial Number: ")), 5);
        QVERIFY2(
            text.contains(QLatin1String("Serial Number: ") + m_revoked.serialHex() +
                          QLatin1String(" Revocation Date: Mar 1 11:50:00 2024 GMT CRL entry extensions: "
                                        "X509v3 CRL Reason Code: Key Compromise")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Serial Number: 0A1B2C3D")), qPrintable(text));

        // The AKI names the CA's key.
        const auto caText = runOpenssl({"x509", "-in", m_caPath, "-noout", "-ext", "subjectKeyIdentifier"});
        const QString ski = QString::fromUtf8(caText.out).simplified().section(QLatin1Char(' '), -1);
        QVERIFY(ski.size() >= 20);
        QVERIFY2(text.contains(QLatin1String("X509v3 Authority Key Identifier: ") + ski), qPrintable(text));
    }

    void revokedCertificateIsRejected()
    {
        const QString path =
            crlPem({{m_revoked.serialHex(), kNow.addSecs(-600), RevocationReason::KeyCompromise}}, 1,
                   QStringLiteral("crl1.pem"));
        QVERIFY(!path.isEmpty());
        const auto revoked = verifyClient(path, m_revoked);
        QVERIFY(revoked.exitCode != 0);
        QVERIFY2(revoked.all().contains(QLatin1String("certificate revoked")), qPrintable(revoked.all()));
        const auto good = verifyClient(path, m_good);
        QVERIFY2(good.exitCode == 0 && good.out.contains(": OK"), qPrintable(good.all()));
    }

    void emptyCrlVerifies()
    {
        const QString path = crlPem({}, 0, QStringLiteral("empty.pem"));
        QVERIFY(!path.isEmpty());
        const auto verify = runOpenssl({"crl", "-in", path, "-verify", "-CAfile", m_caPath, "-noout"});
        QVERIFY2(verify.all().contains(QLatin1String("verify OK")), qPrintable(verify.all()));
        const auto good = verifyClient(path, m_revoked);
        QVERIFY2(good.exitCode == 0, qPrintable(good.all()));
    }

    void otherCaDoesNotVerify()
    {
        auto other = CertificateAuthority::createRoot({QStringLiteral("CRL Test CA"), {}, {}},
                                                      KeyType::EcP256, 3650, FixedClock(kNow));
        QVERIFY(other.ok());
        const QString otherPath = writeFile(m_dir, QStringLiteral("other.pem"), other->certificate().toPem());
        const QString path = crlPem({}, 2, QStringLiteral("crl2.pem"));
        const auto verify = runOpenssl({"crl", "-in", path, "-verify", "-CAfile", otherPath, "-noout"});
        QVERIFY2(!verify.all().contains(QLatin1String("verify OK")), qPrintable(verify.all()));
    }

    void invalidInput()
    {
        const QList<CrlEntry> badSerial = {{QStringLiteral("XYZ"), kNow, RevocationReason::Superseded}};
        auto r = CrlBuilder::buildDer(*m_ca, badSerial, 1, kNow, kNow.addDays(7));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        r = CrlBuilder::buildDer(*m_ca, {}, 1, kNow, kNow);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        r = CrlBuilder::buildDer(*m_ca, {}, -1, kNow, kNow.addDays(7));
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        const QList<CrlEntry> noDate = {{QStringLiteral("01"), QDateTime(), RevocationReason::Superseded}};
        r = CrlBuilder::buildDer(*m_ca, noDate, 1, kNow, kNow.addDays(7));
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        r = CrlBuilder::buildDer(CertificateAuthority(), {}, 1, kNow, kNow.addDays(7));
        QCOMPARE(r.error().code, ErrorCode::Locked);
    }
};

QTEST_GUILESS_MAIN(tst_CrlBuilder)
#include "tst_CrlBuilder.moc"
