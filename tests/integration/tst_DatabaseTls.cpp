// TLS to PostgreSQL against the second test cluster (ssl=on, a throw-away CA; scripts/test exports
// CERTDESK_TEST_PG2_URL and CERTDESK_TEST_PG2_ROOTCERT): verify-full with the right and a wrong root
// certificate, the host name against the server certificate's subject alternative names, require,
// disable, a root certificate path with a space, a quote and a backslash, and the first-run wizard's
// warning for an unencrypted connection. Every "encrypted" is cross-checked with psql on pg_stat_ssl.
#include "GuiFixture.h"
#include "OpensslCli.h"
#include "store/Database.h"
#include "store/DatabaseTls.h"
#include "wizard/FirstRunWizard.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace certdesk;

namespace {

// The second cluster; empty when this run has none.
DatabaseUrl pg2()
{
    auto url = DatabaseUrl::parse(qEnvironmentVariable("CERTDESK_TEST_PG2_URL"));
    return url && url->kind == DatabaseUrl::Kind::Postgres ? url.value() : DatabaseUrl();
}

QString rootCert()
{
    return qEnvironmentVariable("CERTDESK_TEST_PG2_ROOTCERT");
}

DatabaseUrl withTls(DatabaseUrl url, const QString& mode, const QString& root = QString(),
                    const QString& host = QString())
{
    url.sslMode = mode;
    url.sslRootCert = root;
    if (!host.isEmpty())
        url.host = host;
    return url;
}

// psql (libpq's own URL parser) on what DatabaseUrl shows: is CertDesk's connection named `application`
// encrypted, as the server sees it?
QString serverSideSsl(const DatabaseUrl& url)
{
    const auto r = test::runProcess(
        QStringLiteral("psql"),
        {QStringLiteral("-X"), QStringLiteral("-At"), url.display(), QStringLiteral("-c"),
         QStringLiteral(
             "SELECT string_agg(s.ssl::text || ' ' || coalesce(s.version, '-'), ',') FROM pg_stat_ssl s "
             "JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'certdesk'")});
    if (r.exitCode != 0)
        return QStringLiteral("psql failed: ") + r.all();
    return QString::fromUtf8(r.out).trimmed();
}

// The subject alternative names of the server's certificate, as openssl sees them.
QString serverSan(const DatabaseUrl& url)
{
    const auto chain =
        test::runOpenssl({QStringLiteral("s_client"), QStringLiteral("-starttls"), QStringLiteral("postgres"),
                          QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(url.port)});
    const auto san = test::runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                       QStringLiteral("-ext"), QStringLiteral("subjectAltName")},
                                      chain.out);
    return QString::fromUtf8(san.out);
}

} // namespace

class TestDatabaseTls : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void verifyFullWithTheRightRootIsEncrypted();
    void wrongRootIsAClearError();
    void hostNameIsCheckedAgainstTheCertificate_data();
    void hostNameIsCheckedAgainstTheCertificate();
    void requireEncryptsWithoutARoot();
    void disableIsPlain();
    void rootPathWithSpaceQuoteAndBackslash();
    void wizardWarnsWhenPlainAndExplainsAWrongRoot();
    void wizardStoresTheTlsUrl();

private:
    QTemporaryDir m_dir;
    QString wrongRoot();
    QString m_wrongRoot;
};

void TestDatabaseTls::init()
{
    if (!pg2().host.isEmpty() && QFile::exists(rootCert()))
        return;
    if (qEnvironmentVariable("CERTDESK_REQUIRE_PG2") == QLatin1String("1"))
        QFAIL("CERTDESK_REQUIRE_PG2=1 but CERTDESK_TEST_PG2_URL / CERTDESK_TEST_PG2_ROOTCERT are not usable");
    QSKIP("No TLS PostgreSQL cluster (CERTDESK_TEST_PG2_URL, CERTDESK_TEST_PG2_ROOTCERT); scripts/test "
          "starts one.");
}

// Another throw-away CA, which did not sign the server's certificate.
QString TestDatabaseTls::wrongRoot()
{
    if (!m_wrongRoot.isEmpty())
        return m_wrongRoot;
    const QString key = m_dir.filePath(QStringLiteral("wrong.key"));
    const QString cert = m_dir.filePath(QStringLiteral("wrong root.pem"));
    const auto r = test::runOpenssl(
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
         QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=Not the PostgreSQL CA")});
    if (r.exitCode == 0)
        m_wrongRoot = cert;
    else
        qWarning("openssl req failed: %s", qPrintable(r.all()));
    return m_wrongRoot;
}

void TestDatabaseTls::verifyFullWithTheRightRootIsEncrypted()
{
    const DatabaseUrl url = withTls(pg2(), QStringLiteral("verify-full"), rootCert());
    auto db = Database::open(url);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    auto encrypted = DatabaseTls::isEncrypted(*db.value());
    QVERIFY(encrypted.ok());
    QVERIFY(encrypted.value());
    // The server's view, through psql and libpq's own parsing of the URL CertDesk shows.
    const QString seen = serverSideSsl(url);
    QVERIFY2(seen.startsWith(QLatin1String("true TLSv1.")) && !seen.contains(QLatin1String("false")),
             qPrintable(seen));
}

void TestDatabaseTls::wrongRootIsAClearError()
{
    const QString wrong = wrongRoot();
    QVERIFY(!wrong.isEmpty());
    const DatabaseUrl url = withTls(pg2(), QStringLiteral("verify-full"), wrong);
    auto db = Database::open(url);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Database);
    const QString cause = DatabaseTls::failureCause(url, db.error().message);
    QVERIFY2(cause.contains(QLatin1String("was not issued by the root certificate")) && cause.contains(wrong),
             qPrintable(db.error().message + QLatin1String(" → ") + cause));
    // verify-ca checks the issuer too.
    auto ca = Database::open(withTls(pg2(), QStringLiteral("verify-ca"), wrong));
    QVERIFY(!ca.ok());
    // A missing root certificate file is named as such.
    const DatabaseUrl missing =
        withTls(pg2(), QStringLiteral("verify-full"), m_dir.filePath(QStringLiteral("none.pem")));
    auto none = Database::open(missing);
    QVERIFY(!none.ok());
    QVERIFY2(
        DatabaseTls::failureCause(missing, none.error().message).contains(QLatin1String("does not exist")),
        qPrintable(none.error().message));
}

void TestDatabaseTls::hostNameIsCheckedAgainstTheCertificate_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("sanEntry");
    QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("DNS:localhost");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("IP Address:127.0.0.1");
}

void TestDatabaseTls::hostNameIsCheckedAgainstTheCertificate()
{
    QFETCH(QString, host);
    QFETCH(QString, sanEntry);
    const QString san = serverSan(pg2());
    QVERIFY2(san.contains(QLatin1String("Subject Alternative Name")), qPrintable(san));
    const bool named = san.contains(sanEntry);
    const DatabaseUrl url = withTls(pg2(), QStringLiteral("verify-full"), rootCert(), host);
    auto db = Database::open(url);
    QVERIFY2(db.ok() == named, qPrintable(san + (db.ok() ? QString() : db.error().message)));
    if (!named) {
        const QString cause = DatabaseTls::failureCause(url, db.error().message);
        QVERIFY2(cause.contains(QLatin1String("does not name the host")) && cause.contains(host),
                 qPrintable(cause));
    }
    // verify-ca checks the issuer only: either name connects.
    auto ca = Database::open(withTls(pg2(), QStringLiteral("verify-ca"), rootCert(), host));
    QVERIFY2(ca.ok(), qPrintable(ca.ok() ? QString() : ca.error().message));
}

void TestDatabaseTls::requireEncryptsWithoutARoot()
{
    const DatabaseUrl url = withTls(pg2(), QStringLiteral("require"));
    auto db = Database::open(url);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QVERIFY(DatabaseTls::isEncrypted(*db.value()).value());
    QVERIFY2(serverSideSsl(url).startsWith(QLatin1String("true")), qPrintable(serverSideSsl(url)));
}

void TestDatabaseTls::disableIsPlain()
{
    const DatabaseUrl url = withTls(pg2(), QStringLiteral("disable"));
    auto db = Database::open(url);
    if (!db.ok()) {
        // A server that accepts this user only on hostssl lines: the cause is named.
        QVERIFY2(DatabaseTls::failureCause(url, db.error().message).contains(QLatin1String("only over TLS")),
                 qPrintable(db.error().message));
        return;
    }
    auto encrypted = DatabaseTls::isEncrypted(*db.value());
    QVERIFY(encrypted.ok());
    QVERIFY(!encrypted.value());
    QCOMPARE(serverSideSsl(url), QStringLiteral("false -"));
}

void TestDatabaseTls::rootPathWithSpaceQuoteAndBackslash()
{
    const QString dir = m_dir.filePath(QStringLiteral("root certs/it's \\ here"));
    QVERIFY(QDir().mkpath(dir));
    const QString copy = dir + QStringLiteral("/root ca.pem");
    QVERIFY(QFile::copy(rootCert(), copy));
    // Through the URL text, as an administrator would type it.
    DatabaseUrl url = withTls(pg2(), QStringLiteral("verify-full"), copy);
    auto parsed = DatabaseUrl::parse(url.toString());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->sslRootCert, copy);
    auto db = Database::open(url.toString());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QVERIFY(DatabaseTls::isEncrypted(*db.value()).value());
    QVERIFY2(serverSideSsl(url).startsWith(QLatin1String("true")), qPrintable(serverSideSsl(url)));
}

void TestDatabaseTls::wizardWarnsWhenPlainAndExplainsAWrongRoot()
{
    const DatabaseUrl plain = withTls(pg2(), QStringLiteral("disable"));
    if (!Database::open(plain).ok())
        QSKIP("The TLS cluster refuses unencrypted connections for this user; nothing to warn about.");
    Prompts::clearShownMessages();
    FirstRunWizard wizard{QString()};
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePageId));
    test::child<QRadioButton>(&wizard, "dbPostgresRadio")->setChecked(true);
    auto* address = test::child<QLineEdit>(&wizard, "pgUrlEdit");
    // sslmode typed into the address moves into the TLS field.
    address->setText(plain.toString());
    emit address->editingFinished();
    QVERIFY(!address->text().contains(QLatin1String("sslmode")));
    auto* mode = test::child<QComboBox>(&wizard, "pgSslModeCombo");
    QCOMPARE(mode->currentData().toString(), QStringLiteral("disable"));
    auto* warning = test::child<QLabel>(&wizard, "dbTlsWarningLabel");
    QVERIFY(warning->isHidden());
    QTest::mouseClick(test::child<QAbstractButton>(&wizard, "testConnectionButton"), Qt::LeftButton);
    QVERIFY2(test::child<QLabel>(&wizard, "dbStatusLabel")->text().startsWith(QLatin1String("Connected")),
             qPrintable(test::child<QLabel>(&wizard, "dbStatusLabel")->text()));
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QLatin1String("not encrypted")));
    QVERIFY(warning->text().contains(QLatin1String("hostssl")));
    // Next asks before going on without encryption; No stays on the page.
    Prompts::setNextAnswer(QMessageBox::No);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePageId));
    QVERIFY(Prompts::shownMessages().join(QLatin1Char('\n')).contains(QLatin1String("not encrypted")));

    // A wrong root certificate, chosen with Browse…, switches the mode to verify-full and is named.
    Prompts::setNextFileName(wrongRoot());
    QTest::mouseClick(test::child<QAbstractButton>(&wizard, "pgRootCertBrowseButton"), Qt::LeftButton);
    QCOMPARE(test::child<QLineEdit>(&wizard, "pgRootCertEdit")->text(), wrongRoot());
    QCOMPARE(mode->currentData().toString(), QStringLiteral("disable")); // chosen by hand: kept
    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
    QTest::mouseClick(test::child<QAbstractButton>(&wizard, "testConnectionButton"), Qt::LeftButton);
    const QString status = test::child<QLabel>(&wizard, "dbStatusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("was not issued by the root certificate")), qPrintable(status));
    QVERIFY(warning->isHidden());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePageId));
}

void TestDatabaseTls::wizardStoresTheTlsUrl()
{
    FirstRunWizard wizard{QString()};
    wizard.show();
    wizard.next();
    test::child<QRadioButton>(&wizard, "dbPostgresRadio")->setChecked(true);
    test::child<QLineEdit>(&wizard, "pgUrlEdit")->setText(pg2().toString());
    auto* mode = test::child<QComboBox>(&wizard, "pgSslModeCombo");
    QCOMPARE(mode->currentData().toString(), QStringLiteral("prefer")); // no root certificate yet
    Prompts::setNextFileName(rootCert());
    QTest::mouseClick(test::child<QAbstractButton>(&wizard, "pgRootCertBrowseButton"), Qt::LeftButton);
    QCOMPARE(mode->currentData().toString(), QStringLiteral("verify-full"));
    QTest::mouseClick(test::child<QAbstractButton>(&wizard, "testConnectionButton"), Qt::LeftButton);
    const QString status = test::child<QLabel>(&wizard, "dbStatusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("encrypted (TLS)")), qPrintable(status));
    QVERIFY(test::child<QLabel>(&wizard, "dbTlsWarningLabel")->isHidden());
    const int shown = Prompts::shownMessages().size();
    wizard.next(); // encrypted: no question
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QCOMPARE(Prompts::shownMessages().size(), shown);
    auto stored = DatabaseUrl::parse(wizard.databaseUrl());
    QVERIFY(stored.ok());
    QCOMPARE(stored->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(stored->sslRootCert, rootCert());
    QVERIFY(DatabaseTls::isEncrypted(*wizard.database()).value());
}

QTEST_MAIN(TestDatabaseTls)
#include "tst_DatabaseTls.moc"
