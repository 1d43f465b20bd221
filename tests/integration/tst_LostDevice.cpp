// Issue #6 end to end with a real nginx: "someone loses a laptop, helpdesk clicks Revoke, the device is
// refused by nginx within seconds". Everything runs as the administrator would run it: certdesk-cli for the
// CA, the users and the revocation, certdesk-portal for OCSP and the download links, nginx
// (tests/support/NginxFront) as the organisation's web service asking for a client certificate, and curl
// (a fresh process per request) as the device. Every certificate, CRL and PKCS#12 is also read with the
// openssl command.
//
// crlMode        ssl_crl = the CRL the CLI publishes (the folder of its local crl-publish.conf) and nginx
//                reloaded by the CLI (the command there): the lost device gets 400, the other device 200.
// ocspMode       ssl_ocsp leaf with certdesk-portal as responder: refused on the very next connection,
//                without any reload.
// portalDownload a download link gives a .p12 that openssl opens; the certificate is then in use; the
//                fourth download, an expired link and an unknown link are refused.
#include "CliRunner.h"
#include "NginxFront.h"
#include "TestDatabase.h"
#include "WorkflowFixture.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kPassphraseEnv = QStringLiteral("CERTDESK_CA_PASSPHRASE=") + QString::fromLatin1(kPassphrase);
const QString kNoKeychain = QStringLiteral("DBUS_SESSION_BUS_ADDRESS=");
const QByteArray kKeyPassword = "Lost2Device9Key";
const QString kLogin = QStringLiteral("otsuka.taro");
// nginx (level info) when the CRL lists the certificate: OpenSSL's X509_V_ERR_CERT_REVOKED text.
const QString kCrlRefusal = QStringLiteral("client SSL certificate verify error: (23:certificate revoked)");
// nginx when the OCSP responder answered "revoked" (no "(23:" here: the text is nginx's own).
const QString kOcspRefusal = QStringLiteral("client SSL certificate verify error: certificate revoked while");

struct Device
{
    int slot = 0;
    QString serial;
    QString p12;
    ClientCertificate client;
};

struct Http
{
    int status = 0;
    QByteArray headers; // raw, as curl -D wrote them
    QByteArray body;
    QString error;
    QString header(const QByteArray& name) const
    {
        for (const QByteArray& line : headers.split('\n')) {
            const auto colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
        return {};
    }
};

// One request with curl; `loginId` given: POST application/x-www-form-urlencoded login_id=....
Http curlRequest(const QString& url, const QTemporaryDir& dir, const QString& loginId = {}, bool post = false)
{
    const QString headers = QDir(dir.path()).filePath(QStringLiteral("curl-headers"));
    const QString body = QDir(dir.path()).filePath(QStringLiteral("curl-body"));
    QFile::remove(headers);
    QFile::remove(body);
    QStringList args{QStringLiteral("-sS"),
                     QStringLiteral("--max-time"),
                     QStringLiteral("20"),
                     QStringLiteral("-D"),
                     headers,
                     QStringLiteral("-o"),
                     body,
                     QStringLiteral("-w"),
                     QStringLiteral("%{http_code}")};
    if (post || !loginId.isNull())
        args << QStringLiteral("--data-urlencode") << QStringLiteral("login_id=") + loginId;
    args << url;
    const auto r = runProcess(QStringLiteral("curl"), args, {}, 30000);
    Http h;
    h.status = r.out.trimmed().toInt();
    h.error = QString::fromUtf8(r.err);
    QFile hf(headers);
    if (hf.open(QIODevice::ReadOnly))
        h.headers = hf.readAll();
    QFile bf(body);
    if (bf.open(QIODevice::ReadOnly))
        h.body = bf.readAll();
    return h;
}

// The serial numbers `openssl crl -text` lists, with the reason under each.
QHash<QString, QString> crlEntries(const QString& crlFile, bool der, QString* error)
{
    QStringList args{QStringLiteral("crl"), QStringLiteral("-in"), crlFile, QStringLiteral("-noout"),
                     QStringLiteral("-text")};
    if (der)
        args << QStringLiteral("-inform") << QStringLiteral("DER");
    const auto r = runOpenssl(args);
    QHash<QString, QString> out;
    if (r.exitCode != 0) {
        *error = r.all();
        return out;
    }
    static const QRegularExpression re(QStringLiteral(
        "Serial Number: ([0-9A-F]+)\\s+Revocation Date:[^\\n]*\\n(?:\\s+CRL entry extensions:\\s+"
        "X509v3 CRL Reason Code:\\s+([^\\n]+))?"));
    for (auto it = re.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2).trimmed());
    }
    return out;
}

// Empty when the certdesk-portal these tests run is there; CTest sets CERTDESK_BIN_DIR to its folder.
QString portalMissing()
{
    const QString binary = PortalProcess::defaultBinary();
    if (QFileInfo(binary).isExecutable())
        return {};
    return QStringLiteral("no certdesk-portal at \"%1\": build the certdesk-portal target, and run through "
                          "ctest (which sets CERTDESK_BIN_DIR) or set CERTDESK_BIN_DIR to its folder")
        .arg(binary);
}

} // namespace

class TestLostDevice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void crlMode();
    void ocspMode();
    void portalDownload();

private:
    ProcessResult cli(TestDatabase& tdb, const QStringList& args)
    {
        return runCli(tdb.url(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args,
                      QStringList{kPassphraseEnv, kNoKeychain} + m_cliEnv);
    }
    // CA, one user with certificate information, the CA certificate in m_caPem (checked by openssl).
    QString setUpCa(TestDatabase& tdb);
    // `issue --device windows` (the Modern AES-256 profile), its .p12 opened by openssl, the leaf verified
    // against the CA by openssl.
    QString issueDevice(TestDatabase& tdb, const QString& name, Device* out, QJsonObject* json = nullptr);
    QString devicePath(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QStringList m_cliEnv; // more environment for the CLI (the CRL publish configuration of "this computer")
    QString m_passwordFile;
    QString m_caPem;
};

void TestLostDevice::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_passwordFile = writeFile(m_dir, QStringLiteral("key-password.txt"), kKeyPassword + '\n');
}

QString TestLostDevice::setUpCa(TestDatabase& tdb)
{
    auto r =
        cli(tdb, QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Example KK"),
                             QStringLiteral("--ca-name"), QStringLiteral("Example Device CA")} +
                     cliAdminOptions());
    if (r.exitCode != 0)
        return QStringLiteral("init: ") + r.all();
    r = cli(tdb, {QStringLiteral("user"), QStringLiteral("add"), kLogin, QStringLiteral("--email"),
                  QStringLiteral("taro@example.jp"), QStringLiteral("--name"), QStringLiteral("大塚 太郎")});
    if (r.exitCode != 0)
        return QStringLiteral("user add: ") + r.all();
    r = cli(tdb, {QStringLiteral("identity"), QStringLiteral("register"), kLogin, QStringLiteral("--family"),
                  QStringLiteral("大塚"), QStringLiteral("--given"), QStringLiteral("太郎"),
                  QStringLiteral("--family-kana"), QStringLiteral("オオツカ"), QStringLiteral("--given-kana"),
                  QStringLiteral("タロウ")});
    if (r.exitCode != 0)
        return QStringLiteral("identity register: ") + r.all();
    m_caPem = devicePath(QStringLiteral("ca-%1.pem").arg(QTest::currentTestFunction()));
    r = cli(tdb, {QStringLiteral("ca"), QStringLiteral("export-cert"), QStringLiteral("--out"), m_caPem});
    if (r.exitCode != 0)
        return QStringLiteral("ca export-cert: ") + r.all();
    const auto x =
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), m_caPem, QStringLiteral("-noout"),
                    QStringLiteral("-subject"), QStringLiteral("-ext"), QStringLiteral("basicConstraints")});
    if (x.exitCode != 0 || !x.all().contains(QStringLiteral("CN = Example Device CA")) ||
        !x.all().contains(QStringLiteral("CA:TRUE")))
        return QStringLiteral("openssl x509 of the CA: ") + x.all();
    return {};
}

QString TestLostDevice::issueDevice(TestDatabase& tdb, const QString& name, Device* out, QJsonObject* json)
{
    const QString base = QStringLiteral("%1-%2").arg(QTest::currentTestFunction(), name);
    out->p12 = devicePath(base + QStringLiteral(".p12"));
    const auto r =
        cli(tdb, {QStringLiteral("--json"), QStringLiteral("issue"), kLogin, QStringLiteral("--device"),
                  QStringLiteral("windows"), QStringLiteral("--password-file"), m_passwordFile,
                  QStringLiteral("--remarks"), name, QStringLiteral("--out"), out->p12});
    if (r.exitCode != 0)
        return QStringLiteral("issue: ") + r.all();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    if (json)
        *json = o;
    const QJsonObject cert = o.value(QStringLiteral("certificate")).toObject();
    out->serial = cert.value(QStringLiteral("serial")).toString();
    out->slot = cert.value(QStringLiteral("slot")).toInt();
    if (cert.value(QStringLiteral("pkcs12_profile")).toString() != QLatin1String("modern"))
        return QStringLiteral("expected the modern profile: ") + QString::fromUtf8(r.out);
    // openssl opens the .p12 (MAC and both bags) with the key password ...
    const auto info = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), out->p12,
                                  QStringLiteral("-passin"), QStringLiteral("file:") + m_passwordFile,
                                  QStringLiteral("-info"), QStringLiteral("-noout")});
    if (info.exitCode != 0 || !info.all().contains(QStringLiteral("AES-256-CBC")))
        return QStringLiteral("openssl pkcs12 -info: ") + info.all();
    // ... and the leaf in it is the issued serial and verifies against the CA.
    if (QString e = extractClientCertificate(out->p12, m_passwordFile, m_dir.path(), base, &out->client);
        !e.isEmpty())
        return e;
    if (out->client.serialHex != out->serial.toUpper())
        return QStringLiteral("serial in the .p12 %1, issued %2").arg(out->client.serialHex, out->serial);
    const auto v =
        runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), m_caPem, QStringLiteral("-purpose"),
                    QStringLiteral("sslclient"), out->client.certFile});
    if (v.exitCode != 0)
        return QStringLiteral("openssl verify: ") + v.all();
    return {};
}

// ---------------------------------------------------------------------------------------------- CRL

void TestLostDevice::crlMode()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUpCa(*tdb), QString());
    Device laptop, desktop;
    QCOMPARE(issueDevice(*tdb, QStringLiteral("laptop"), &laptop), QString());
    QCOMPARE(issueDevice(*tdb, QStringLiteral("desktop"), &desktop), QString());
    QCOMPARE(laptop.slot, 1);
    QCOMPARE(desktop.slot, 2);

    // The CLI publishes into the nginx front's folder and reloads nginx itself.
    CERTDESK_NGINX_FRONT(front, "crl");
    const QString pem = front->dataPath(QStringLiteral("certdesk-crl.pem"));
    const QString der = front->dataPath(QStringLiteral("certdesk.crl"));
    // The folder and the command are the CLI computer's local configuration (crl-publish.conf), not
    // database settings: `settings set` refuses them.
    auto r = cli(*tdb, {QStringLiteral("settings"), QStringLiteral("set"),
                        QStringLiteral("crl.publish_command"), front->reloadCommandLine()});
    QVERIFY2(r.exitCode != 0 && r.all().contains(QStringLiteral("crl-publish.conf")), qPrintable(r.all()));
    const QString config = m_dir.filePath(QStringLiteral("crl-publish.conf"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("folder=%1\ncommand=%2\n")
                       .arg(front->dataDir(), front->reloadCommandLine())
                       .toUtf8());
    }
    m_cliEnv = {QStringLiteral("CERTDESK_CRL_PUBLISH_CONFIG=") + config};
    const auto resetEnv = qScopeGuard([this] { m_cliEnv.clear(); });
    // nginx needs a CRL before its first start: publish one on demand.
    r = cli(*tdb, {QStringLiteral("crl"), QStringLiteral("publish")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("CRL"), qPrintable(r.all()));
    QVERIFY2(QFile::exists(pem) && QFile::exists(der), qPrintable(r.all()));
    QString error;
    QVERIFY2(crlEntries(pem, false, &error).isEmpty() && error.isEmpty(), qPrintable(error));

    NginxFront::Site site;
    site.clientCaFile = m_caPem;
    site.crlFile = pem;
    QVERIFY2(front->start(site, &error), qPrintable(error));

    // Both devices of the user get in, each from a fresh curl process.
    HttpAnswer a = front->get(laptop.client);
    QVERIFY2(a.status == 200, qPrintable(a.error + QString::fromUtf8(a.body)));
    QCOMPARE(a.body.trimmed(), "device ok: " + laptop.serial.toUpper().toLatin1());
    a = front->get(desktop.client);
    QVERIFY2(a.status == 200, qPrintable(a.error + QString::fromUtf8(a.body)));
    QCOMPARE(a.body.trimmed(), "device ok: " + desktop.serial.toUpper().toLatin1());

    // The laptop is lost: helpdesk revokes it; the CLI re-signs and publishes the CRL and reloads nginx.
    QElapsedTimer timer;
    timer.start();
    r = cli(*tdb, {QStringLiteral("revoke"), kLogin + QStringLiteral(":1"), QStringLiteral("--reason"),
                   QStringLiteral("lost"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains("CRL"), qPrintable(r.all()));
    a = front->waitForStatus(laptop.client, 400, 10000);
    const qint64 refusedAfterMs = timer.elapsed();
    QVERIFY2(a.status == 400, qPrintable(QStringLiteral("laptop still gets %1 after %2 ms; revoke said: %3")
                                             .arg(a.status)
                                             .arg(refusedAfterMs)
                                             .arg(r.all())));
    qInfo("CRL mode: revoke -> laptop refused after %lld ms", refusedAfterMs);
    QVERIFY2(a.body.contains("SSL certificate error"), a.body.constData());
    QVERIFY2(front->waitForErrorLog(kCrlRefusal), qPrintable(front->errorLog()));
    a = front->get(desktop.client);
    QVERIFY2(a.status == 200, qPrintable(a.error + QString::fromUtf8(a.body)));

    // The published CRL, read by openssl: PEM and DER list the laptop with reason key compromise.
    for (bool isDer : {false, true}) {
        const auto entries = crlEntries(isDer ? der : pem, isDer, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.keys(), QStringList{laptop.serial.toUpper()});
        QCOMPARE(entries.value(laptop.serial.toUpper()), QStringLiteral("Key Compromise"));
    }
    auto v = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), pem, QStringLiteral("-CAfile"),
                         m_caPem, QStringLiteral("-noout")});
    QVERIFY2(v.exitCode == 0 && v.all().contains(QStringLiteral("verify OK")), qPrintable(v.all()));
    v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-crl_check"), QStringLiteral("-CRLfile"), pem,
                    QStringLiteral("-CAfile"), m_caPem, laptop.client.certFile});
    QVERIFY2(v.exitCode != 0 && v.all().contains(QStringLiteral("certificate revoked")), qPrintable(v.all()));
    v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-crl_check"), QStringLiteral("-CRLfile"), pem,
                    QStringLiteral("-CAfile"), m_caPem, desktop.client.certFile});
    QVERIFY2(v.exitCode == 0, qPrintable(v.all()));
}

// --------------------------------------------------------------------------------------------- OCSP

void TestLostDevice::ocspMode()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUpCa(*tdb), QString());
    Device laptop, desktop;
    QCOMPARE(issueDevice(*tdb, QStringLiteral("laptop"), &laptop), QString());
    QCOMPARE(issueDevice(*tdb, QStringLiteral("desktop"), &desktop), QString());

    const QString noPortal = portalMissing();
    QVERIFY2(noPortal.isEmpty(), qPrintable(noPortal));
    PortalProcess portal;
    QString error;
    QVERIFY2(portal.start(PortalProcess::defaultBinary(), tdb->url(), kPassphrase, &error),
             qPrintable(error));
    const QString responder = portal.baseUrl() + QStringLiteral("/ocsp");
    // nginx's OCSP client speaks HTTP/1.0 without keep-alive and takes the answer as complete when the
    // responder closes the connection; a responder that keeps it open stalls every handshake.
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(portal.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /ca.pem HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(
            socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000),
            "certdesk-portal keeps an HTTP/1.0 connection open after its answer; nginx's OCSP client waits "
            "for the close");
        QVERIFY(socket.readAll().startsWith("HTTP/1."));
    }

    CERTDESK_NGINX_FRONT(front, "ocsp");
    NginxFront::Site site;
    site.clientCaFile = m_caPem;
    site.ocspResponder = responder;
    QVERIFY2(front->start(site, &error), qPrintable(error));

    HttpAnswer a = front->get(laptop.client);
    QVERIFY2(a.status == 200,
             qPrintable(a.error + QString::fromUtf8(a.body) + front->errorLog() + portal.log()));
    a = front->get(desktop.client);
    QVERIFY2(a.status == 200, qPrintable(a.error + QString::fromUtf8(a.body)));

    // openssl as an independent OCSP client: the responder's signed answer verifies against the CA.
    auto ocsp = [&](const Device& d) {
        return runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), m_caPem,
                           QStringLiteral("-cert"), d.client.certFile, QStringLiteral("-url"), responder,
                           QStringLiteral("-CAfile"), m_caPem});
    };
    auto o = ocsp(laptop);
    QVERIFY2(o.exitCode == 0 && o.all().contains(QStringLiteral("Response verify OK")) &&
                 o.all().contains(laptop.client.certFile + QStringLiteral(": good")),
             qPrintable(o.all()));

    // No CRL folder or command is configured: nothing reloads nginx.
    QElapsedTimer timer;
    timer.start();
    const auto r = cli(*tdb, {QStringLiteral("revoke"), laptop.serial, QStringLiteral("--reason"),
                              QStringLiteral("lost"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    // The very next connection is refused.
    a = front->get(laptop.client);
    qInfo("OCSP mode: revoke -> laptop refused after %lld ms", timer.elapsed());
    QVERIFY2(a.status == 400, qPrintable(QStringLiteral("laptop gets %1: %2 %3\n%4")
                                             .arg(a.status)
                                             .arg(a.error, QString::fromUtf8(a.body), front->errorLog())));
    QVERIFY2(front->waitForErrorLog(kOcspRefusal), qPrintable(front->errorLog()));
    a = front->get(desktop.client);
    QVERIFY2(a.status == 200, qPrintable(a.error + QString::fromUtf8(a.body) + front->errorLog()));

    o = ocsp(laptop);
    QVERIFY2(o.exitCode == 0 && o.all().contains(QStringLiteral("Response verify OK")) &&
                 o.all().contains(laptop.client.certFile + QStringLiteral(": revoked")) &&
                 o.all().contains(QStringLiteral("Reason: keyCompromise")),
             qPrintable(o.all()));
    o = ocsp(desktop);
    QVERIFY2(o.all().contains(desktop.client.certFile + QStringLiteral(": good")), qPrintable(o.all()));
}

// ----------------------------------------------------------------------------------------- download

void TestLostDevice::portalDownload()
{
    CERTDESK_TEST_DATABASE(tdb);
    QCOMPARE(setUpCa(*tdb), QString());
    const QString noPortal = portalMissing();
    QVERIFY2(noPortal.isEmpty(), qPrintable(noPortal));
    PortalProcess portal;
    QString error;
    QVERIFY2(portal.start(PortalProcess::defaultBinary(), tdb->url(), kPassphrase, &error),
             qPrintable(error));
    auto r = cli(*tdb, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("urls.portal"),
                        portal.baseUrl()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

    Device laptop;
    QJsonObject issued;
    QCOMPARE(issueDevice(*tdb, QStringLiteral("laptop"), &laptop, &issued), QString());
    const QString link = issued.value(QStringLiteral("download_url")).toString();
    QVERIFY2(!link.isEmpty(),
             qPrintable(QStringLiteral("certdesk-cli --json issue gives no \"download_url\" although "
                                       "urls.portal is set: ") +
                        QString::fromUtf8(QJsonDocument(issued).toJson(QJsonDocument::Compact))));
    QVERIFY2(link.startsWith(portal.baseUrl() + QStringLiteral("/download/")), qPrintable(link));

    // The link opens a page with a form.
    Http h = curlRequest(link, m_dir);
    QVERIFY2(h.status == 200, qPrintable(h.error + QString::fromUtf8(h.headers + h.body)));
    QVERIFY2(h.header("Content-Type").startsWith(QLatin1String("text/html")), h.headers.constData());
    QVERIFY2(h.body.contains("<form"), h.body.constData());

    // A wrong login ID gets nothing.
    h = curlRequest(link, m_dir, QStringLiteral("someone.else"));
    QVERIFY2(h.status == 403, qPrintable(QString::number(h.status) + QString::fromUtf8(h.body)));

    // The right one: the .p12, which openssl opens with the key password; the certificate is then in use.
    const QString downloaded = devicePath(QStringLiteral("downloaded.p12"));
    for (int n = 1; n <= 3; ++n) {
        h = curlRequest(link, m_dir, kLogin);
        QVERIFY2(h.status == 200, qPrintable(QStringLiteral("download %1: %2 %3")
                                                 .arg(n)
                                                 .arg(h.status)
                                                 .arg(QString::fromUtf8(h.headers + h.body))));
        QCOMPARE(h.header("Content-Type"), QStringLiteral("application/x-pkcs12"));
        // (an RFC 6266 filename* may follow)
        const QString disposition = h.header("Content-Disposition");
        QVERIFY2(
            disposition.startsWith(QStringLiteral("attachment; filename=\"%1-windows.p12\"").arg(kLogin)),
            qPrintable(disposition));
        QFile f(downloaded);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(h.body);
        f.close();
        ClientCertificate client;
        QCOMPARE(extractClientCertificate(downloaded, m_passwordFile, m_dir.path(),
                                          QStringLiteral("downloaded"), &client),
                 QString());
        QCOMPARE(client.serialHex, laptop.serial.toUpper());
        if (n == 1) {
            r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("show"),
                           kLogin + QStringLiteral(":1")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
            const QJsonObject c =
                QJsonDocument::fromJson(r.out).object().value(QStringLiteral("certificate")).toObject();
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("in-use"));
            QCOMPARE(c.value(QStringLiteral("download_count")).toInt(), 1);
            r = cli(*tdb, {QStringLiteral("cert"), QStringLiteral("show"), kLogin + QStringLiteral(":1")});
            QVERIFY2(r.out.contains("In use"), qPrintable(r.all()));
        }
    }
    // The limit (delivery.download_limit, default 3) is used up.
    h = curlRequest(link, m_dir, kLogin);
    QVERIFY2(h.status == 410, qPrintable(QString::number(h.status) + QString::fromUtf8(h.body)));

    // A link whose deadline has passed.
    Device late;
    QCOMPARE(issueDevice(*tdb, QStringLiteral("late"), &late, &issued), QString());
    const QString lateLink = issued.value(QStringLiteral("download_url")).toString();
    QVERIFY2(lateLink.startsWith(portal.baseUrl() + QStringLiteral("/download/")) && lateLink != link,
             qPrintable(lateLink));
    {
        auto db = tdb->open();
        QVERIFY(db);
        auto q = db->exec(QStringLiteral("UPDATE certificates SET download_deadline = ? WHERE serial = ?"),
                          {QDateTime::currentSecsSinceEpoch() - 3600, late.serial.toUpper()});
        QVERIFY2(q && q->numRowsAffected() == 1, q ? "no row" : qPrintable(q.error().message));
    }
    h = curlRequest(lateLink, m_dir, kLogin);
    QVERIFY2(h.status == 410, qPrintable(QString::number(h.status) + QString::fromUtf8(h.body)));
    r = cli(*tdb, {QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("show"), late.serial});
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(QStringLiteral("certificate"))
                 .toObject()
                 .value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("awaiting")));

    // A link that never existed.
    h = curlRequest(
        portal.baseUrl() + QStringLiteral("/download/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), m_dir);
    QCOMPARE(h.status, 404);
}

QTEST_GUILESS_MAIN(TestLostDevice)
#include "tst_LostDevice.moc"
