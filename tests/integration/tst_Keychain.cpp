// OS keychain through QtKeychain, against a real backend (gnome-keyring under dbus-run-session on
// Linux). Skips when no backend answers, unless CERTDESK_REQUIRE_KEYCHAIN=1 makes that a failure.
#include "mail/MailConfig.h"
#include "secrets/Keychain.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using certdesk::ErrorCode;
using certdesk::Keychain;

class tst_Keychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeLoadRemove();
    void overwrite();
    void missingEntry();
    void smtpPasswordKeyedByHostAndUser();
    void cleanupTestCase();

private:
    QString uniqueKey(const char* purpose);
    QStringList m_keys;
};

namespace {

#ifdef Q_OS_LINUX
// Independent check with gdbus: does the Secret Service hold an item for this key? QtKeychain
// stores items with the attributes server=<service>, user=<key>.
int secretServiceItemCount(const QString& key)
{
    const QString gdbus = QStandardPaths::findExecutable(QStringLiteral("gdbus"));
    if (gdbus.isEmpty())
        return -1;
    QProcess process;
    process.start(
        gdbus, {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                QStringLiteral("org.freedesktop.Secret.Service.SearchItems"),
                QStringLiteral("{'server': '%1', 'user': '%2'}").arg(QLatin1String(Keychain::service), key)});
    if (!process.waitForFinished(15000) || process.exitCode() != 0)
        return -1;
    // Reply: ([unlocked paths], [locked paths]); each item is an object path.
    return int(QString::fromUtf8(process.readAllStandardOutput())
                   .count(QStringLiteral("/org/freedesktop/secrets/collection/")));
}
#endif

} // namespace

QString tst_Keychain::uniqueKey(const char* purpose)
{
    const QString key = QStringLiteral("test/%1/%2")
                            .arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_keys.append(key);
    return key;
}

void tst_Keychain::initTestCase()
{
    if (Keychain::isAvailable())
        return;
    if (qEnvironmentVariable("CERTDESK_REQUIRE_KEYCHAIN") == u"1")
        QFAIL("No keychain backend answers, and CERTDESK_REQUIRE_KEYCHAIN=1 requires one.");
    QSKIP("No keychain backend available (set CERTDESK_REQUIRE_KEYCHAIN=1 to make this a failure).");
}

void tst_Keychain::storeLoadRemove()
{
    const QString key = uniqueKey("roundtrip");
    // Binary secret: NUL, high bytes, invalid UTF-8.
    const QByteArray secret = QByteArray("ca-pass\0phrase\xff\xfe\x80", 17) + QUuid::createUuid().toRfc4122();

    const auto stored = Keychain::store(key, secret);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message + QStringLiteral(" / ") + stored.error().detail));

#ifdef Q_OS_LINUX
    const int items = secretServiceItemCount(key);
    if (items >= 0)
        QCOMPARE(items, 1);
#endif

    const auto loaded = Keychain::load(key);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message + QStringLiteral(" / ") + loaded.error().detail));
    QCOMPARE(loaded.value(), secret);

    const auto removed = Keychain::remove(key);
    QVERIFY2(removed.ok(),
             qPrintable(removed.error().message + QStringLiteral(" / ") + removed.error().detail));

    const auto gone = Keychain::load(key);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
    QVERIFY(!gone.error().message.isEmpty());
#ifdef Q_OS_LINUX
    const int itemsAfter = secretServiceItemCount(key);
    if (itemsAfter >= 0)
        QCOMPARE(itemsAfter, 0);
#endif
}

void tst_Keychain::overwrite()
{
    const QString key = uniqueKey("overwrite");
    QVERIFY(Keychain::store(key, "first").ok());
    QVERIFY(Keychain::store(key, "second secret").ok());
    const auto loaded = Keychain::load(key);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), QByteArray("second secret"));
    // A different key is a different entry.
    const QString other = uniqueKey("overwrite-other");
    QVERIFY(Keychain::store(other, "other").ok());
    QCOMPARE(Keychain::load(key).value(), QByteArray("second secret"));
    QCOMPARE(Keychain::load(other).value(), QByteArray("other"));
    QVERIFY(Keychain::remove(key).ok());
    QVERIFY(Keychain::remove(other).ok());
}

void tst_Keychain::missingEntry()
{
    const QString key = uniqueKey("missing");
    const auto loaded = Keychain::load(key);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::NotFound);
    // Removing an entry that does not exist is not an error.
    const auto removed = Keychain::remove(key);
    QVERIFY2(removed.ok(),
             qPrintable(removed.error().message + QStringLiteral(" / ") + removed.error().detail));
}

// Security review #13 item 11: one SMTP password entry per user, host and port; the single entry of older
// versions is moved on first read (read, stored under the new key, deleted).
void tst_Keychain::smtpPasswordKeyedByHostAndUser()
{
    using certdesk::MailConfig;
    using certdesk::SmtpSettings;
    const QByteArray envBefore = qgetenv("CERTDESK_SMTP_PASSWORD");
    qunsetenv("CERTDESK_SMTP_PASSWORD");
    const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    SmtpSettings alice;
    alice.host = QStringLiteral("Mail-%1.Example.JP").arg(tag);
    alice.port = 587;
    alice.user = QStringLiteral("alice");
    alice.sender = QStringLiteral("certdesk@example.jp");
    SmtpSettings bob = alice;
    bob.user = QStringLiteral("bob");
    SmtpSettings elsewhere = alice;
    elsewhere.host = QStringLiteral("other-%1.example.jp").arg(tag);
    QCOMPARE(alice.keychainKey(), QStringLiteral("smtp-password/alice@mail-%1.example.jp:587").arg(tag));
    m_keys << alice.keychainKey() << bob.keychainKey() << elsewhere.keychainKey();

    // The old single entry: read once for alice's server, then only under alice's key.
    QVERIFY(Keychain::store(SmtpSettings::legacyKeychainKey(), "old-single-entry").ok());
    auto first = MailConfig::password(alice);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first.value(), QByteArray("old-single-entry"));
    QCOMPARE(Keychain::load(alice.keychainKey()).value(), QByteArray("old-single-entry"));
    QCOMPARE(Keychain::load(SmtpSettings::legacyKeychainKey()).error().code, ErrorCode::NotFound);
#ifdef Q_OS_LINUX
    if (const int items = secretServiceItemCount(SmtpSettings::legacyKeychainKey()); items >= 0)
        QCOMPARE(items, 0);
    if (const int items = secretServiceItemCount(alice.keychainKey()); items >= 0)
        QCOMPARE(items, 1);
#endif

    // Another user on the same server, and the same user on another server: separate entries.
    QVERIFY(MailConfig::storePassword(bob, "bob-secret").ok());
    QCOMPARE(MailConfig::password(bob).value(), QByteArray("bob-secret"));
    QCOMPARE(MailConfig::password(alice).value(), QByteArray("old-single-entry"));
    auto missing = MailConfig::password(elsewhere);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Locked);
    QVERIFY2(missing.error().message.contains(elsewhere.host), qPrintable(missing.error().message));
    if (!envBefore.isEmpty())
        qputenv("CERTDESK_SMTP_PASSWORD", envBefore);
}

void tst_Keychain::cleanupTestCase()
{
    for (const QString& key : std::as_const(m_keys))
        (void)Keychain::remove(key);
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_Keychain.moc"
