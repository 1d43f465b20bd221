// Importing an existing CA (PEM and PKCS#12) made with the openssl command, including an intermediate
// with its chain, and the errors for broken or unsuitable input.
#include "OpensslCli.h"
#include "ca/ClientCertificate.h"

#include <QtTest>

using namespace certdesk;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {

const char* kConfig = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[v3_ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_inter]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_nosign]
basicConstraints = critical,CA:TRUE
keyUsage = critical,digitalSignature
[v3_leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
)";

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_CaImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cnf;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QByteArray file(const QString& name) const { return readFile(path(name)); }

    // Self-signed certificate `name`.pem with key `name`.key (unencrypted) and the given extensions.
    bool makeSelfSigned(const QString& name, const QString& cn, const QString& extensions)
    {
        const auto r =
            runOpenssl({"req", "-x509", "-config", m_cnf, "-extensions", extensions, "-newkey", "ec",
                        "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", path(name + ".key"),
                        "-out", path(name + ".pem"), "-days", "3650", "-subj", "/CN=" + cn});
        if (r.exitCode != 0)
            qWarning() << r.all();
        return r.exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cnf = writeFile(m_dir, QStringLiteral("openssl.cnf"), kConfig);
        QVERIFY(
            makeSelfSigned(QStringLiteral("root"), QStringLiteral("Imported Root"), QStringLiteral("v3_ca")));
        QVERIFY(
            makeSelfSigned(QStringLiteral("other"), QStringLiteral("Other Root"), QStringLiteral("v3_ca")));
        QVERIFY(
            makeSelfSigned(QStringLiteral("leaf"), QStringLiteral("Not A CA"), QStringLiteral("v3_leaf")));
        QVERIFY(makeSelfSigned(QStringLiteral("nosign"), QStringLiteral("No Cert Sign"),
                               QStringLiteral("v3_nosign")));

        // Intermediate signed by the root.
        auto r = runOpenssl({"req", "-new", "-config", m_cnf, "-newkey", "ec", "-pkeyopt",
                             "ec_paramgen_curve:P-384", "-nodes", "-keyout", path("inter.key"), "-out",
                             path("inter.csr"), "-subj", "/CN=Imported Intermediate"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = runOpenssl({"x509", "-req", "-in", path("inter.csr"), "-CA", path("root.pem"), "-CAkey",
                        path("root.key"), "-CAcreateserial", "-days", "1000", "-extfile", m_cnf,
                        "-extensions", "v3_inter", "-out", path("inter.pem")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        r = runOpenssl({"pkey", "-in", path("root.key"), "-aes-256-cbc", "-passout", "pass:keypass", "-out",
                        path("root-enc.key")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = runOpenssl({"pkcs12", "-export", "-inkey", path("root.key"), "-in", path("root.pem"), "-name",
                        "Root", "-passout", "pass:p12pass", "-out", path("root.p12")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = runOpenssl({"pkcs12", "-export", "-inkey", path("inter.key"), "-in", path("inter.pem"),
                        "-certfile", path("root.pem"), "-passout", "pass:p12pass", "-out",
                        path("inter.p12")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    }

    void importPemUnencryptedKey()
    {
        auto ca = CertificateAuthority::importPem(file("root.pem"), file("root.key"), {});
        QVERIFY2(ca.ok(), qPrintable(ca.error().message + ca.error().detail));
        QCOMPARE(ca->certificate().commonName(), QStringLiteral("Imported Root"));
        QCOMPARE(ca->certificate().toPem(), file("root.pem"));
        QVERIFY(ca->chain().isEmpty());
        QVERIFY(ca->certificate().matchesKey(ca->key().get()));
    }

    void importPemEncryptedKey()
    {
        auto ca = CertificateAuthority::importPem(file("root.pem"), file("root-enc.key"), "keypass");
        QVERIFY2(ca.ok(), qPrintable(ca.error().message + ca.error().detail));
        QCOMPARE(ca->certificate().commonName(), QStringLiteral("Imported Root"));

        auto wrong = CertificateAuthority::importPem(file("root.pem"), file("root-enc.key"), "nope");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Locked);
        auto missing = CertificateAuthority::importPem(file("root.pem"), file("root-enc.key"), {});
        QCOMPARE(missing.error().code, ErrorCode::Locked);
    }

    void importPemCombinedFile()
    {
        auto ca = CertificateAuthority::importPem(file("root.key") + file("root.pem"), {}, {});
        QVERIFY2(ca.ok(), qPrintable(ca.error().message + ca.error().detail));
        QCOMPARE(ca->certificate().commonName(), QStringLiteral("Imported Root"));
    }

    void importIntermediateWithChain()
    {
        // The chain may come in any order; the CA is the certificate that matches the key.
        for (const QByteArray& pem :
             {file("inter.pem") + file("root.pem"), file("root.pem") + file("inter.pem")}) {
            auto ca = CertificateAuthority::importPem(pem, file("inter.key"), {});
            QVERIFY2(ca.ok(), qPrintable(ca.error().message + ca.error().detail));
            QCOMPARE(ca->certificate().commonName(), QStringLiteral("Imported Intermediate"));
            QCOMPARE(ca->chain().size(), 1);
            QCOMPARE(ca->chain().first().commonName(), QStringLiteral("Imported Root"));
            QCOMPARE(ca->chainPem(), file("root.pem"));
        }
    }

    void issueFromImportedIntermediate()
    {
        auto ca = CertificateAuthority::importPkcs12(file("inter.p12"), "p12pass");
        QVERIFY2(ca.ok(), qPrintable(ca.error().message + ca.error().detail));
        QCOMPARE(ca->certificate().commonName(), QStringLiteral("Imported Intermediate"));
        QCOMPARE(ca->chain().size(), 1);
        QCOMPARE(ca->chain().first().toPem(), file("root.pem"));

        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        ClientCertificateRequest request;
        request.loginId = QStringLiteral("hanako");
        request.email = QStringLiteral("hanako@example.com");
        auto cert = ClientCertificateSigner::sign(ca.value(), key.value(), request, Clock::system());
        QVERIFY2(cert.ok(), qPrintable(cert.error().message + cert.error().detail));
        QCOMPARE(cert->issuer(), QStringLiteral("CN=Imported Intermediate"));
        const QString client = writeFile(m_dir, QStringLiteral("client.pem"), cert->toPem());
        const auto verify =
            runOpenssl({"verify", "-CAfile", path("root.pem"), "-untrusted", path("inter.pem"), client});
        QVERIFY2(verify.exitCode == 0 && verify.out.contains(": OK"), qPrintable(verify.all()));
        // Without the intermediate the chain cannot be built.
        const auto incomplete = runOpenssl({"verify", "-CAfile", path("root.pem"), client});
        QVERIFY(incomplete.exitCode != 0);

        // Stored and loaded again with its chain.
        auto encrypted = ca->encryptedKeyPem("store");
        QVERIFY(encrypted.ok());
        auto loaded =
            CertificateAuthority::load(ca->certificate().toDer(), ca->chainPem(), encrypted.value(), "store");
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->chain().size(), 1);
        QCOMPARE(loaded->chain().first().commonName(), QStringLiteral("Imported Root"));
    }

    void importPkcs12Root()
    {
        auto ca = CertificateAuthority::importPkcs12(file("root.p12"), "p12pass");
        QVERIFY2(ca.ok(), qPrintable(ca.error().message + ca.error().detail));
        QCOMPARE(ca->certificate().toPem(), file("root.pem"));
        QVERIFY(ca->chain().isEmpty());
        auto original = PrivateKey::fromPem(file("root.key"));
        QVERIFY(original.ok());
        QCOMPARE(EVP_PKEY_eq(original->get(), ca->key().get()), 1);
    }

    void importPkcs12WrongPassword()
    {
        auto ca = CertificateAuthority::importPkcs12(file("root.p12"), "Zq9-not-it");
        QVERIFY(!ca.ok());
        QCOMPARE(ca.error().code, ErrorCode::Locked);
        QVERIFY(!ca.error().message.contains(QLatin1String("Zq9-not-it")));
        QVERIFY(!ca.error().detail.contains(QLatin1String("Zq9-not-it")));
    }

    void importPkcs12Corrupt_data()
    {
        QTest::addColumn<QByteArray>("data");
        QByteArray truncated = file("root.p12");
        truncated.chop(truncated.size() / 2);
        QByteArray flipped = file("root.p12");
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5A);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not a pkcs12 file");
        QTest::newRow("pem instead") << file("root.pem");
        QTest::newRow("truncated") << truncated;
        QTest::newRow("flipped byte") << flipped;
    }
    void importPkcs12Corrupt()
    {
        QFETCH(QByteArray, data);
        auto ca = CertificateAuthority::importPkcs12(data, "p12pass");
        QVERIFY(!ca.ok());
        // A flipped byte inside the MAC-protected content makes the MAC fail, which looks like a wrong
        // password; every other damage is reported as invalid input.
        if (QByteArray(QTest::currentDataTag()) == "flipped byte")
            QVERIFY(ca.error().code == ErrorCode::Invalid || ca.error().code == ErrorCode::Locked);
        else
            QCOMPARE(ca.error().code, ErrorCode::Invalid);
        QVERIFY(!ca.error().message.isEmpty());
    }

    void rejectsUnsuitableInput_data()
    {
        QTest::addColumn<QString>("certs");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("key does not match") << "root.pem"
                                            << "other.key"
                                            << "does not belong";
        QTest::newRow("not a CA") << "leaf.pem"
                                  << "leaf.key"
                                  << "not a CA";
        QTest::newRow("no keyCertSign") << "nosign.pem"
                                        << "nosign.key"
                                        << "keyCertSign";
    }
    void rejectsUnsuitableInput()
    {
        QFETCH(QString, certs);
        QFETCH(QString, key);
        QFETCH(QString, messagePart);
        auto ca = CertificateAuthority::importPem(file(certs), file(key), {});
        QVERIFY(!ca.ok());
        QCOMPARE(ca.error().code, ErrorCode::Invalid);
        QVERIFY2(ca.error().message.contains(messagePart), qPrintable(ca.error().message));
    }

    void rejectsCorruptPem()
    {
        QByteArray pem = file("root.pem");
        pem.replace(40, 12, "!!!!@@@@####"); // inside the base64 body
        auto ca = CertificateAuthority::importPem(pem, file("root.key"), {});
        QVERIFY(!ca.ok());
        QCOMPARE(ca.error().code, ErrorCode::Invalid);

        auto noCert = CertificateAuthority::importPem("no certificate", file("root.key"), {});
        QCOMPARE(noCert.error().code, ErrorCode::Invalid);

        QByteArray key = file("root.key");
        key.replace(40, 12, "!!!!@@@@####");
        auto badKey = CertificateAuthority::importPem(file("root.pem"), key, {});
        QVERIFY(!badKey.ok());
        QCOMPARE(badKey.error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(tst_CaImport)
#include "tst_CaImport.moc"
