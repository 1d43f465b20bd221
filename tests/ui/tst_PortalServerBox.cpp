// Settings → Portal and CRL → the in-process portal: it listens on this computer only (127.0.0.1 by
// default) unless a TLS certificate and key are given; another address without TLS is refused with the
// reason; with TLS it serves HTTPS with the whole chain, checked with curl and `openssl s_client` trusting
// only the root; the TLS files are remembered per computer.
#include "GuiFixture.h"
#include "OpensslCli.h"
#include "portal/PortalServerBox.h"
#include "portal/PortalService.h"
#include "util/AppTranslator.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// Runs a program while the event loop keeps serving the in-process portal.
ProcessResult runAsync(const QString& program, const QStringList& args)
{
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished(3000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

// A root CA, an intermediate and a server certificate for 127.0.0.1 (chain file: leaf + intermediate).
QString makeTlsFiles(const QTemporaryDir& dir)
{
    auto path = [&dir](const QString& name) { return dir.filePath(name); };
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    const QString caExt = writeFile(dir, QStringLiteral("ca.ext"), "basicConstraints=critical,CA:TRUE\n");
    const QString leafExt = writeFile(dir, QStringLiteral("leaf.ext"), "subjectAltName=IP:127.0.0.1\n");
    auto r = runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                        QStringList{QStringLiteral("-keyout"), path(QStringLiteral("root.key")),
                                    QStringLiteral("-out"), path(QStringLiteral("root.pem")),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=Portal Test Root"),
                                    QStringLiteral("-days"), QStringLiteral("2")});
    if (r.exitCode != 0)
        return r.all();
    const QList<QStringList> steps{
        {QStringLiteral("int"), QStringLiteral("/CN=Portal Test Intermediate"), QStringLiteral("root"),
         caExt},
        {QStringLiteral("leaf"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("int"), leafExt}};
    for (const QStringList& st : steps) {
        r = runOpenssl(QStringList{QStringLiteral("req")} + ec +
                       QStringList{QStringLiteral("-keyout"), path(st[0] + QStringLiteral(".key")),
                                   QStringLiteral("-out"), path(st[0] + QStringLiteral(".csr")),
                                   QStringLiteral("-subj"), st[1]});
        if (r.exitCode != 0)
            return r.all();
        r = runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(st[0] + QStringLiteral(".csr")), QStringLiteral("-CA"),
                        path(st[2] + QStringLiteral(".pem")), QStringLiteral("-CAkey"),
                        path(st[2] + QStringLiteral(".key")), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), st[3],
                        QStringLiteral("-out"), path(st[0] + QStringLiteral(".pem"))});
        if (r.exitCode != 0)
            return r.all();
    }
    QFile leaf(path(QStringLiteral("leaf.pem"))), inter(path(QStringLiteral("int.pem")));
    if (!leaf.open(QIODevice::ReadOnly) || !inter.open(QIODevice::ReadOnly))
        return QStringLiteral("no leaf / intermediate");
    writeFile(dir, QStringLiteral("chain.pem"), leaf.readAll() + inter.readAll());
    return {};
}

} // namespace

class TstPortalServerBox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsToThisComputerOnly();
    void otherAddressWithoutTlsIsRefused();
    void servesHttpsWithTheWholeChain();
};

void TstPortalServerBox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_PortalServerBox"));
    installTranslators(QStringLiteral("en"));
}

void TstPortalServerBox::init()
{
    QSettings().remove(QStringLiteral("portal"));
    Prompts::clearShownMessages();
}

void TstPortalServerBox::cleanup()
{
    QVERIFY2(!Prompts::hasQueuedAnswers(), "a queued prompt answer was not used");
}

void TstPortalServerBox::defaultsToThisComputerOnly()
{
    CERTDESK_GUI_FIXTURE(f, true);
    PortalServerBox box(*f.session);
    QCOMPARE(child<QLineEdit>(&box, "portalAddressEdit")->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(child<QLineEdit>(&box, "portalTlsCertEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&box, "portalTlsKeyEdit")->text().isEmpty());
    QVERIFY(
        !child<QLineEdit>(&box, "portalAddressEdit")->placeholderText().contains(QLatin1String("0.0.0.0")));
}

void TstPortalServerBox::otherAddressWithoutTlsIsRefused()
{
    CERTDESK_GUI_FIXTURE(f, true);
    PortalServerBox box(*f.session);
    PortalService& service = PortalService::of(*f.session);
    for (const QString& address :
         {QStringLiteral("0.0.0.0"), QStringLiteral("::"), QStringLiteral("192.0.2.7")}) {
        child<QLineEdit>(&box, "portalAddressEdit")->setText(address);
        child<QSpinBox>(&box, "portalPortSpin")->setValue(0);
        Prompts::clearShownMessages();
        Prompts::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(&box, "startPortalButton"), Qt::LeftButton);
        QVERIFY2(!service.isRunning(), qPrintable(address));
        const QString shown = Prompts::shownMessages().join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QLatin1String("Without TLS the portal listens only on this computer")),
                 qPrintable(shown));
        QVERIFY2(child<QLabel>(&box, "portalStatusLabel")->text().startsWith(QLatin1String("Not running: ")),
                 qPrintable(child<QLabel>(&box, "portalStatusLabel")->text()));
    }
    QVERIFY(!PortalService::preferences().enabled);
    // A remembered wildcard address without TLS (an older version suggested it) does not start either.
    PortalService::savePreferences({true, QStringLiteral("0.0.0.0"), 0, {}, {}});
    QVERIFY(!service.startIfEnabled());
    QVERIFY(!service.isRunning());
    // Only one of the two TLS files: refused.
    QVERIFY(!service.start(QStringLiteral("127.0.0.1"), 0, QStringLiteral("/tmp/cert.pem"), QString()));
    QVERIFY(!service.isRunning());
}

void TstPortalServerBox::servesHttpsWithTheWholeChain()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(makeTlsFiles(dir), QString());
    const QString chain = dir.filePath(QStringLiteral("chain.pem"));
    const QString key = dir.filePath(QStringLiteral("leaf.key"));
    const QString root = dir.filePath(QStringLiteral("root.pem"));
    PortalService& service = PortalService::of(*f.session);
    {
        PortalServerBox box(*f.session);
        child<QSpinBox>(&box, "portalPortSpin")->setValue(0);
        // The file fields take what the file dialog returns.
        Prompts::setNextFileName(chain);
        QTest::mouseClick(child<QPushButton>(&box, "portalTlsCertBrowseButton"), Qt::LeftButton);
        Prompts::setNextFileName(key);
        QTest::mouseClick(child<QPushButton>(&box, "portalTlsKeyBrowseButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&box, "portalTlsCertEdit")->text(), chain);
        QCOMPARE(child<QLineEdit>(&box, "portalTlsKeyEdit")->text(), key);
        Prompts::setNextAnswer(QMessageBox::No); // do not set the portal URL
        QTest::mouseClick(child<QPushButton>(&box, "startPortalButton"), Qt::LeftButton);
        QVERIFY2(service.isRunning(), qPrintable(Prompts::shownMessages().join(QLatin1Char('\n'))));
        QCOMPARE(service.baseUrl(), QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
        QVERIFY(child<QLabel>(&box, "portalStatusLabel")->text().contains(service.baseUrl()));
        QVERIFY(!child<QLineEdit>(&box, "portalTlsCertEdit")->isEnabled());
    }
    // Trusting only the root, curl verifies the server: the portal sends the intermediate too.
    const ProcessResult got =
        runAsync(QStringLiteral("curl"),
                 {QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                  QStringLiteral("--cacert"), root, service.baseUrl() + QStringLiteral("/ca.pem")});
    QVERIFY2(got.exitCode == 0 && got.out.endsWith("\n200"), qPrintable(got.all()));
    QVERIFY(got.out.startsWith("-----BEGIN CERTIFICATE-----"));
    const ProcessResult shown =
        runAsync(QStringLiteral("openssl"),
                 {QStringLiteral("s_client"), QStringLiteral("-connect"),
                  QStringLiteral("127.0.0.1:%1").arg(service.port()), QStringLiteral("-CAfile"), root,
                  QStringLiteral("-verify_return_error"), QStringLiteral("-showcerts")});
    QVERIFY2(shown.all().contains(QLatin1String("Verify return code: 0 (ok)")), qPrintable(shown.all()));
    QCOMPARE(shown.out.count("-----BEGIN CERTIFICATE-----"), 2);
    // Plain HTTP to the same port gets no page.
    const ProcessResult plain = runAsync(
        QStringLiteral("curl"),
        {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
         QStringLiteral("%{http_code}"), QStringLiteral("http://127.0.0.1:%1/ca.pem").arg(service.port())});
    QVERIFY2(plain.out != "200", plain.out.constData());

    // Remembered per computer, shown again by a new box; with TLS every address may be used.
    const PortalService::Preferences prefs = PortalService::preferences();
    QCOMPARE(prefs.tlsCertFile, chain);
    QCOMPARE(prefs.tlsKeyFile, key);
    service.stop();
    PortalServerBox again(*f.session);
    QCOMPARE(child<QLineEdit>(&again, "portalTlsCertEdit")->text(), chain);
    QVERIFY(service.start(QStringLiteral("0.0.0.0"), 0, chain, key));
    QVERIFY(service.baseUrl().startsWith(QLatin1String("https://")));
    QVERIFY(service.suggestedPortalUrl().startsWith(QLatin1String("https://")));
    service.stop();
}

QTEST_MAIN(TstPortalServerBox)
#include "tst_PortalServerBox.moc"
