// Security review issue 13, item 1: the CRL publish folder and command are local configuration of the
// computer that publishes, never a database value. A command stored in the database (as older versions
// did, or as an attacker with write access to the database would) is never run; the configured local
// command runs without the publishing process's environment (no CERTDESK_CA_PASSPHRASE); the settings
// workflow refuses the old keys.
#include "WorkflowFixture.h"
#include "revocation/CrlPublisher.h"
#include "revocation/PublishTarget.h"
#include "store/Settings.h"
#include "workflows/SettingsWorkflows.h"
#include <QScopeGuard>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestCrlPublishTarget : public QObject
{
    Q_OBJECT
private slots:
    void configFileRoundTrip();
    void databaseCommandIsNeverRun();
    void commandRunsWithoutTheProcessEnvironment();
    void settingsRefuseThePublishKeys();
    void fixedValuesNeedNoFile();
};

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString issueAndRevoke(WorkflowFixture& f, const QString& login, CrlOutcome* outcome)
{
    if (const QString e = f.addUserWithIdentity(login); !e.isEmpty())
        return e;
    IssueRequest r{login, QStringLiteral("windows"), {}, PasswordMode::Manual, "Abc12345", {}, 0};
    auto issued = CertificateWorkflows(*f.ctx).issue(r);
    if (!issued)
        return issued.error().message;
    auto revoked = RevocationWorkflows(*f.ctx).revoke(CertificateRef{issued->certificate.serialHex, {}, 0},
                                                      RevocationReason::KeyCompromise);
    if (!revoked)
        return revoked.error().message;
    *outcome = revoked->crl;
    return {};
}

} // namespace

void TestCrlPublishTarget::configFileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/crl-publish.conf"));
    auto missing = PublishTarget::load(path);
    QVERIFY(missing.ok() && missing->isEmpty());
    PublishTarget t;
    t.folder = QStringLiteral("/srv/crl dir");
    t.command = QStringLiteral("/bin/sh -c \"echo a, b = c >> /tmp/x\"");
    QVERIFY(t.save(path).ok());
    auto loaded = PublishTarget::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded->folder, t.folder);
    QCOMPARE(loaded->command, t.command);
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::WriteOther |
                                         QFileDevice::ReadGroup | QFileDevice::WriteGroup),
             QFileDevice::Permissions());
    // Written by hand: comments, spaces around '=', an unknown line refused with its number.
    QFile hand(path);
    QVERIFY(hand.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hand.write("# comment\n\nfolder = /srv/crl\ncommand=nginx -s reload\n");
    hand.close();
    loaded = PublishTarget::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->folder, QStringLiteral("/srv/crl"));
    QCOMPARE(loaded->command, QStringLiteral("nginx -s reload"));
    QVERIFY(hand.open(QIODevice::Append));
    hand.write("colour=blue\n");
    hand.close();
    loaded = PublishTarget::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QStringLiteral("Line 5")), qPrintable(loaded.error().message));
    // A line break would smuggle another key into the file.
    t.folder = QStringLiteral("/srv\ncommand=/usr/bin/touch /tmp/owned");
    QVERIFY(!t.save(path).ok());
}

// Reproduction of the review: the command (and a folder) stored in the database by SQL, then a revocation.
// Nothing may run, nothing may be written there; the CRL is still signed and stored.
void TestCrlPublishTarget::databaseCommandIsNeverRun()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    PublishTarget::useConfigFile(f.dir.filePath(QStringLiteral("no-such.conf"))); // nothing local
    const auto reset = qScopeGuard([] { PublishTarget::useConfigFile(QString()); });
    const QString planted = f.dir.filePath(QStringLiteral("planted"));
    const QString dbFolder = f.dir.filePath(QStringLiteral("db-folder"));
    for (const auto& [key, value] :
         {std::pair{SettingKey::CrlPublishCommand, QStringLiteral("/usr/bin/touch ") + planted},
          std::pair{SettingKey::CrlPublishDir, dbFolder}}) {
        auto q = f.db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value});
        QVERIFY2(q.ok(), qPrintable(q.error().message));
    }
    QVERIFY(PublishTarget::databaseHasIgnoredValues(*f.db));

    CrlOutcome outcome;
    QCOMPARE(issueAndRevoke(f, QStringLiteral("taro"), &outcome), QString());
    QCOMPARE(outcome.state, CrlOutcome::State::Published);
    QVERIFY2(outcome.problem().isEmpty(), qPrintable(outcome.problem()));
    QVERIFY(!outcome.publication.commandRan);
    QVERIFY(outcome.publication.files.isEmpty());
    QVERIFY(!QFile::exists(planted));
    QVERIFY(!QFile::exists(dbFolder));

    // Publishing on demand and the schedule's repair do not read them either.
    auto published = CrlPublisher(*f.ctx).publish();
    QVERIFY2(published.ok(), qPrintable(published.error().message));
    QVERIFY(!published->commandRan);
    auto repaired = CrlPublisher(*f.ctx).repairPublishedFiles();
    QVERIFY(repaired.ok() && !repaired.value());
    QVERIFY(!QFile::exists(planted));
    QVERIFY(!QFile::exists(dbFolder));
}

// The configured command runs, but sees only a fixed PATH and LANG=C: not the CA passphrase the
// publishing process holds in its environment, nor anything else of it.
void TestCrlPublishTarget::commandRunsWithoutTheProcessEnvironment()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QString envFile = f.dir.filePath(QStringLiteral("env.txt"));
    const QString folder = f.dir.filePath(QStringLiteral("pub"));
    const QString config = f.dir.filePath(QStringLiteral("crl-publish.conf"));
    PublishTarget t;
    t.folder = folder;
    t.command = QStringLiteral("/bin/sh -c \"/usr/bin/env > '%1'\"").arg(envFile);
    QVERIFY(t.save(config).ok());
    PublishTarget::useConfigFile(config);
    const bool had = qEnvironmentVariableIsSet("CERTDESK_CA_PASSPHRASE");
    const QByteArray saved = qgetenv("CERTDESK_CA_PASSPHRASE");
    qputenv("CERTDESK_CA_PASSPHRASE", "secret-ca-passphrase-42");
    qputenv("CERTDESK_TEST_MARKER", "inherited");
    const auto reset = qScopeGuard([&] {
        PublishTarget::useConfigFile(QString());
        if (had)
            qputenv("CERTDESK_CA_PASSPHRASE", saved);
        else
            qunsetenv("CERTDESK_CA_PASSPHRASE");
        qunsetenv("CERTDESK_TEST_MARKER");
    });

    CrlOutcome outcome;
    QCOMPARE(issueAndRevoke(f, QStringLiteral("hanako"), &outcome), QString());
    QCOMPARE(outcome.state, CrlOutcome::State::Published);
    QVERIFY2(outcome.problem().isEmpty(), qPrintable(outcome.problem()));
    QVERIFY(outcome.publication.commandRan);
    QVERIFY(QFile::exists(QDir(folder).filePath(CrlPublisher::PemFileName)));
    const QByteArray env = readAll(envFile);
    QVERIFY2(env.contains("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
             env.constData());
    QVERIFY2(env.contains("LANG=C"), env.constData());
    QVERIFY2(!env.contains("secret-ca-passphrase-42"), env.constData());
    QVERIFY2(!env.contains("CERTDESK_"), env.constData());
    QVERIFY2(!env.contains("HOME="), env.constData());
}

// `settings set crl.publish_command …` (the CLI and the settings screens go through this workflow) and the
// folder key are refused with a message that says where the values live now; nothing is stored.
void TestCrlPublishTarget::settingsRefuseThePublishKeys()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    for (const QString& key : {SettingKey::CrlPublishCommand, SettingKey::CrlPublishDir}) {
        auto set = SettingsWorkflows(*f.ctx).set(key, QStringLiteral("/usr/bin/touch /tmp/x"));
        QVERIFY(!set.ok());
        QCOMPARE(set.error().code, ErrorCode::Invalid);
        QVERIFY2(set.error().message.contains(QStringLiteral("crl-publish.conf")),
                 qPrintable(set.error().message));
        QVERIFY(!Settings::knownKeys().contains(key));
    }
    QVERIFY(!PublishTarget::databaseHasIgnoredValues(*f.db));
}

// certdesk-portal --crl-dir/--crl-command: the values themselves, no file read.
void TestCrlPublishTarget::fixedValuesNeedNoFile()
{
    QTemporaryDir dir;
    PublishTarget config;
    config.folder = dir.filePath(QStringLiteral("from-file"));
    QVERIFY(config.save(dir.filePath(QStringLiteral("c.conf"))).ok());
    PublishTarget::useConfigFile(dir.filePath(QStringLiteral("c.conf")));
    QCOMPARE(PublishTarget::current().folder, config.folder);
    PublishTarget fixed;
    fixed.folder = dir.filePath(QStringLiteral("fixed"));
    fixed.command = QStringLiteral("true");
    PublishTarget::useFixed(fixed);
    QVERIFY(PublishTarget::isFixed());
    QCOMPARE(PublishTarget::current().folder, fixed.folder);
    QCOMPARE(PublishTarget::current().command, fixed.command);
    PublishTarget::clearFixed();
    PublishTarget::useConfigFile(QString());
    QVERIFY(!PublishTarget::isFixed());
    QVERIFY(PublishTarget::configPath().endsWith(QStringLiteral("certdesk/crl-publish.conf")));
}

QTEST_GUILESS_MAIN(TestCrlPublishTarget)
#include "tst_CrlPublishTarget.moc"
