// DatabaseUrl: the PostgreSQL URL's TLS parameters (libpq's sslmode, sslrootcert, sslcert, sslkey), what is
// refused, how the URL is shown and stored, and how the parameters are quoted for libpq's conninfo.
#include "store/DatabaseUrl.h"

#include <QDir>
#include <QTest>

using namespace certdesk;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void parsesTlsParameters();
    void acceptsEveryLibpqMode_data();
    void acceptsEveryLibpqMode();
    void refusesBadParameters_data();
    void refusesBadParameters();
    void relativeFilesBecomeAbsolute();
    void displayShowsParametersNeverThePassword();
    void quotesConninfoValues();
    void withoutParametersNothingChanges();
};

void TestDatabaseUrl::parsesTlsParameters()
{
    auto p = DatabaseUrl::parse(QStringLiteral(
        "postgresql://ad%40min:s%3Bcret@db.example.jp:6543/cert%20desk?sslmode=verify-full"
        "&sslrootcert=/etc/certdesk/my%20root.pem&sslcert=/home/a/client.crt&sslkey=/home/a/client%27s.key"));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p->kind, DatabaseUrl::Kind::Postgres);
    QCOMPARE(p->user, QStringLiteral("ad@min"));
    QCOMPARE(p->password, QStringLiteral("s;cret"));
    QCOMPARE(p->host, QStringLiteral("db.example.jp"));
    QCOMPARE(p->port, 6543);
    QCOMPARE(p->database, QStringLiteral("cert desk"));
    QCOMPARE(p->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(p->sslRootCert, QStringLiteral("/etc/certdesk/my root.pem"));
    QCOMPARE(p->sslCert, QStringLiteral("/home/a/client.crt"));
    QCOMPARE(p->sslKey, QStringLiteral("/home/a/client's.key"));
}

void TestDatabaseUrl::acceptsEveryLibpqMode_data()
{
    QTest::addColumn<QString>("mode");
    for (const char* mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        QTest::newRow(mode) << QString::fromLatin1(mode);
}

void TestDatabaseUrl::acceptsEveryLibpqMode()
{
    QFETCH(QString, mode);
    QVERIFY(DatabaseUrl::sslModes().contains(mode));
    auto p = DatabaseUrl::parse(QStringLiteral("postgresql://u@h/db?sslmode=") + mode);
    QVERIFY(p.ok());
    QCOMPARE(p->sslMode, mode);
    QCOMPARE(p->tlsConnectOptions(), QStringLiteral(";sslmode='%1'").arg(mode));
}

void TestDatabaseUrl::refusesBadParameters_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named"); // the message names this
    QTest::newRow("unknown parameter") << "postgresql://u@h/db?sslmode=require&sslcompression=1"
                                       << "sslcompression";
    QTest::newRow("libpq parameter CertDesk does not pass") << "postgresql://u@h/db?host=evil"
                                                            << "host";
    QTest::newRow("bad mode") << "postgresql://u@h/db?sslmode=verify"
                              << "verify";
    QTest::newRow("mode in capitals") << "postgresql://u@h/db?sslmode=REQUIRE"
                                      << "REQUIRE";
    QTest::newRow("twice") << "postgresql://u@h/db?sslmode=require&sslmode=disable"
                           << "sslmode";
    QTest::newRow("no value") << "postgresql://u@h/db?sslrootcert="
                              << "sslrootcert";
    QTest::newRow("no '='") << "postgresql://u@h/db?sslmode"
                            << "sslmode";
    QTest::newRow("newline in a file") << "postgresql://u@h/db?sslrootcert=/a%0A/b.pem"
                                       << "sslrootcert";
    QTest::newRow("NUL in the mode") << "postgresql://u@h/db?sslmode=require%00"
                                     << "sslmode";
    QTest::newRow("tab in the key file") << "postgresql://u@h/db?sslkey=/a%09b"
                                         << "sslkey";
    QTest::newRow("';' in a file") << "postgresql://u@h/db?sslcert=/a%3Bb.crt"
                                   << "sslcert";
    QTest::newRow("control character in the user") << "postgresql://u%0A@h/db"
                                                   << "postgresql://";
    QTest::newRow("control character in the database") << "postgresql://u@h/d%1Bb"
                                                       << "postgresql://";
}

void TestDatabaseUrl::refusesBadParameters()
{
    QFETCH(QString, url);
    QFETCH(QString, named);
    auto p = DatabaseUrl::parse(url);
    QVERIFY2(!p.ok(), qPrintable(url));
    QCOMPARE(p.error().code, ErrorCode::Invalid);
    QVERIFY2(p.error().message.contains(named), qPrintable(p.error().message));
}

void TestDatabaseUrl::relativeFilesBecomeAbsolute()
{
    auto p = DatabaseUrl::parse(QStringLiteral("postgresql://u@h/db?sslrootcert=certs/root.pem"));
    QVERIFY(p.ok());
    QCOMPARE(p->sslRootCert,
             QDir::cleanPath(QDir::current().absoluteFilePath(QStringLiteral("certs/root.pem"))));
}

void TestDatabaseUrl::displayShowsParametersNeverThePassword()
{
    const QString text = QStringLiteral("postgresql://admin:p%40ss%20word@db.example:5433/certdesk"
                                        "?sslmode=verify-ca&sslrootcert=/etc/a%20b/r%26t.pem");
    auto p = DatabaseUrl::parse(text);
    QVERIFY(p.ok());
    const QString shown = p->display();
    QVERIFY2(!shown.contains(QLatin1String("p@ss")) && !shown.contains(QLatin1String("p%40ss")),
             qPrintable(shown));
    QCOMPARE(shown, QStringLiteral("postgresql://admin@db.example:5433/certdesk?sslmode=verify-ca"
                                   "&sslrootcert=/etc/a%20b/r%26t.pem"));
    // What is shown (and stored as the last database) opens the same server with the same TLS settings.
    auto again = DatabaseUrl::parse(shown);
    QVERIFY(again.ok());
    QCOMPARE(again->sslMode, p->sslMode);
    QCOMPARE(again->sslRootCert, QStringLiteral("/etc/a b/r&t.pem"));
    QVERIFY(again->password.isEmpty());
    // toString() keeps the password, for the wizard handing the URL on.
    auto full = DatabaseUrl::parse(p->toString());
    QVERIFY(full.ok());
    QCOMPARE(full->password, QStringLiteral("p@ss word"));
    QCOMPARE(full->tlsConnectOptions(), p->tlsConnectOptions());
}

void TestDatabaseUrl::quotesConninfoValues()
{
    QCOMPARE(DatabaseUrl::conninfoQuoted(QStringLiteral("/a b/c.pem")), QStringLiteral("'/a b/c.pem'"));
    QCOMPARE(DatabaseUrl::conninfoQuoted(QStringLiteral("it's")), QStringLiteral("'it\\'s'"));
    QCOMPARE(DatabaseUrl::conninfoQuoted(QStringLiteral("C:\\certs\\r.pem")),
             QStringLiteral("'C:\\\\certs\\\\r.pem'"));
    auto p = DatabaseUrl::parse(QStringLiteral("postgresql://u@h/db?sslmode=verify-full&sslrootcert=/tmp/"
                                               "a%20b/it%27s%5Cr.pem&sslcert=/c.crt&sslkey=/k%20y"));
    QVERIFY(p.ok());
    QCOMPARE(p->tlsConnectOptions(),
             QStringLiteral(";sslmode='verify-full';sslrootcert='/tmp/a b/it\\'s\\\\r.pem'"
                            ";sslcert='/c.crt';sslkey='/k y'"));
}

void TestDatabaseUrl::withoutParametersNothingChanges()
{
    auto p = DatabaseUrl::parse(QStringLiteral("postgresql://u@h:5432/db"));
    QVERIFY(p.ok());
    QVERIFY(p->sslMode.isEmpty());
    QVERIFY(p->tlsConnectOptions().isEmpty());
    QCOMPARE(p->display(), QStringLiteral("postgresql://u@h:5432/db"));
    auto s = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db"));
    QVERIFY(s.ok());
    QVERIFY(s->tlsConnectOptions().isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_DatabaseUrl.moc"
