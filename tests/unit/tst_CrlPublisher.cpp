// CRL publishing: every revocation re-signs the CRL, writes it atomically to this computer's folder, runs
// its command and records it; a locked CA or a failing folder/command is reported, never silent. The
// folder and the command come from the local configuration file (PublishTarget), never the database.
#include "WorkflowFixture.h"
#include "ca/Certificate.h"
#include "revocation/CrlPublisher.h"
#include "revocation/CrlSchedule.h"
#include "revocation/PublishTarget.h"
#include "store/CaStore.h"
#include "store/CrlStore.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"
#include <QScopeGuard>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestCrlPublisher : public QObject
{
    Q_OBJECT
private slots:
    void revocationPublishesToTheFolderAndRunsTheCommand();
    void lockedCaIsReportedAndCaughtUpBySchedule();
    void revokeResultCarriesTheCrlOutcome();
    void failingCommandAndFolderAreRecorded();
    void healthWarnsBeforeNextUpdate();
    void scheduleRepairsThePublishedFile();

private:
    static QList<HistoryEntry> rows(Database& db, const QString& op)
    {
        HistoryFilter f;
        f.operation = op;
        auto list = HistoryLog::list(db, f);
        return list ? list.value() : QList<HistoryEntry>();
    }
};

namespace {
QString issue(WorkflowFixture& f, const QString& login, const QString& device)
{
    IssueRequest r{login, device, {}, PasswordMode::Manual, "Abc12345", {}, 0};
    auto i = CertificateWorkflows(*f.ctx).issue(r);
    return i ? i->certificate.serialHex : QString();
}

// This process publishes to `folder` and runs `command`, through a configuration file in the fixture's
// folder (as a desktop's crl-publish.conf); back to the default location when the guard goes.
[[nodiscard]] auto useLocalTarget(WorkflowFixture& f, const QString& folder, const QString& command)
{
    const QString path = f.dir.filePath(QStringLiteral("crl-publish.conf"));
    PublishTarget t;
    t.folder = folder;
    t.command = command;
    const Status saved = t.save(path);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().message));
    PublishTarget::useConfigFile(path);
    return qScopeGuard([] { PublishTarget::useConfigFile(QString()); });
}
} // namespace

void TestCrlPublisher::revocationPublishesToTheFolderAndRunsTheCommand()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    const QString folder = f.dir.filePath(QStringLiteral("pub"));
    const QString marker = f.dir.filePath(QStringLiteral("reloaded"));
    const auto target =
        useLocalTarget(f, folder, QStringLiteral("/bin/sh -c \"echo reload >> %1\"").arg(marker));
    const QString lost = issue(f, QStringLiteral("taro"), QStringLiteral("windows"));
    const QString kept = issue(f, QStringLiteral("taro"), QStringLiteral("mac"));
    QVERIFY(!lost.isEmpty() && !kept.isEmpty());

    auto revoked =
        RevocationWorkflows(*f.ctx).revoke(CertificateRef{lost, {}, 0}, RevocationReason::KeyCompromise, {});
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(revoked->crl.state, CrlOutcome::State::Published);
    const CrlPublication* p = &revoked->crl.publication;
    QVERIFY2(p->published && p->problem.isEmpty(), qPrintable(p->problem));
    QVERIFY(p->commandRan);
    QCOMPARE(p->files.size(), 3); // DER, PEM and the bundle of every CA's CRL

    QFile ran(marker);
    QVERIFY(ran.open(QIODevice::ReadOnly));
    QCOMPARE(ran.readAll(), QByteArray("reload\n"));
    // The PEM and DER files are the same CRL, listing the lost device with keyCompromise and not the other.
    auto pem = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"),
                           QDir(folder).filePath(CrlPublisher::PemFileName), QStringLiteral("-noout"),
                           QStringLiteral("-text"), QStringLiteral("-CAfile"), f.caPem()});
    QVERIFY2(pem.exitCode == 0, qPrintable(pem.all()));
    QVERIFY2(pem.all().contains(QStringLiteral("verify OK")), qPrintable(pem.all()));
    QVERIFY2(pem.all().contains(lost), qPrintable(pem.all()));
    QVERIFY2(!pem.all().contains(kept), qPrintable(pem.all()));
    QVERIFY2(pem.all().contains(QStringLiteral("Key Compromise")), qPrintable(pem.all()));
    auto der = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                           QStringLiteral("-in"), QDir(folder).filePath(CrlPublisher::DerFileName),
                           QStringLiteral("-noout"), QStringLiteral("-crlnumber")});
    QVERIFY2(der.exitCode == 0, qPrintable(der.all()));
    QVERIFY2(der.all().contains(QStringLiteral("crlNumber=0x%1").arg(p->number, 2, 16, QLatin1Char('0'))),
             qPrintable(der.all()));
    // Verify the leaf against that CRL: revoked; the other one still fine.
    auto verify = [&](const QString& serial) {
        auto cert = CertificateWorkflows(*f.ctx).find(CertificateRef{serial, {}, 0});
        const QString leaf = f.writePem(serial + QStringLiteral(".pem"), cert->certDer);
        return runOpenssl({QStringLiteral("verify"), QStringLiteral("-crl_check"), QStringLiteral("-CAfile"),
                           f.caPem(), QStringLiteral("-CRLfile"),
                           QDir(folder).filePath(CrlPublisher::PemFileName), leaf});
    };
    QVERIFY2(verify(lost).all().contains(QStringLiteral("certificate revoked")),
             qPrintable(verify(lost).all()));
    QVERIFY2(verify(kept).exitCode == 0, qPrintable(verify(kept).all()));

    // Stored: the newest CRL is that one; history has one "CRL published" row and no failure.
    auto latest = CrlStore(*f.db).latest(f.ctx->unlockedCaId());
    QVERIFY(latest.ok() && latest.value());
    QCOMPARE(latest.value()->der, p->der);
    QCOMPARE(rows(*f.db, Op::CrlPublished).size(), 1);
    QCOMPARE(rows(*f.db, Op::Failure).size(), 0);
    auto due = CrlPublisher(*f.ctx).isDue();
    QVERIFY(due.ok());
    QVERIFY(!due.value());
}

void TestCrlPublisher::lockedCaIsReportedAndCaughtUpBySchedule()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("hanako")), QString());
    const QString serial = issue(f, QStringLiteral("hanako"), QStringLiteral("android"));
    QVERIFY(!serial.isEmpty());

    // A helpdesk desktop without the passphrase: the revocation works, the CRL is not re-signed, and it says
    // so.
    WorkflowContext helpdesk(f.db, f.actorFor(Role::Helpdesk));
    helpdesk.setPassphraseProvider(
        [](const CaRecord&) -> Result<QByteArray> { return QByteArray("interactive prompt"); });
    helpdesk.setQuietPassphraseProvider([](const CaRecord&) -> Result<QByteArray> {
        return makeError(ErrorCode::Locked, QStringLiteral("locked here"));
    });
    auto revoked = RevocationWorkflows(helpdesk).revoke(CertificateRef{serial, {}, 0},
                                                        RevocationReason::KeyCompromise, {});
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(revoked->certificate.status, CertStatus::Revoked);
    QCOMPARE(revoked->crl.state, CrlOutcome::State::Locked);
    const CrlPublication* p = &revoked->crl.publication;
    QVERIFY(!p->published);
    QVERIFY2(p->problem.contains(QStringLiteral("locked here")), qPrintable(p->problem));
    QVERIFY2(p->problem.contains(QStringLiteral("OCSP")), qPrintable(p->problem));

    auto health = CrlPublisher::health(*f.db, f.ctx->now());
    QVERIFY(health.ok());
    QVERIFY(health->missesRevocation);
    QVERIFY(health->needsAttention());
    auto due = CrlPublisher(*f.ctx).isDue();
    QVERIFY(due.ok() && due.value());

    // The schedule (a context with the passphrase) catches up.
    auto published = CrlPublisher(*f.ctx).publish();
    QVERIFY2(published.ok(), qPrintable(published.error().message));
    QCOMPARE(published->entries, 1);
    health = CrlPublisher::health(*f.db, f.ctx->now());
    QVERIFY(!health->missesRevocation);
    QVERIFY(!health->needsAttention());
}

// A desktop or CLI context unlocks the CA for the post-revocation CRL only quietly (here from
// CERTDESK_CA_PASSPHRASE, as the apps do) and never prompts. The revoke's result says what happened: the
// CRL published with its number (openssl agrees), or not re-signed because the CA stayed locked.
void TestCrlPublisher::revokeResultCarriesTheCrlOutcome()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("jiro")), QString());
    const QString first = issue(f, QStringLiteral("jiro"), QStringLiteral("windows"));
    const QString second = issue(f, QStringLiteral("jiro"), QStringLiteral("mac"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const bool hadPassphrase = qEnvironmentVariableIsSet("CERTDESK_CA_PASSPHRASE");
    const QByteArray saved = qgetenv("CERTDESK_CA_PASSPHRASE");
    const auto restore = qScopeGuard([&] {
        if (hadPassphrase)
            qputenv("CERTDESK_CA_PASSPHRASE", saved);
        else
            qunsetenv("CERTDESK_CA_PASSPHRASE");
    });
    int prompts = 0;
    // A helpdesk desktop: re-signing the CRL after its revocation needs no more than the revocation.
    const Actor helpdesk = f.actorFor(Role::Helpdesk);
    auto desk = [&] {
        auto ctx = std::make_unique<WorkflowContext>(f.db, helpdesk);
        ctx->setPassphraseProvider([&prompts](const CaRecord&) -> Result<QByteArray> {
            ++prompts;
            return makeError(ErrorCode::Cancelled, QStringLiteral("prompted"));
        });
        ctx->setQuietPassphraseProvider([](const CaRecord&) -> Result<QByteArray> {
            const QByteArray passphrase = qgetenv("CERTDESK_CA_PASSPHRASE");
            if (passphrase.isEmpty())
                return makeError(ErrorCode::Locked, QStringLiteral("no passphrase in the environment"));
            return passphrase;
        });
        return ctx;
    };

    // Unlocked quietly: published, with the number and the DER of the new CRL.
    qputenv("CERTDESK_CA_PASSPHRASE", kPassphrase);
    auto unlocked = desk();
    auto revoked =
        RevocationWorkflows(*unlocked).revoke(CertificateRef{first, {}, 0}, RevocationReason::KeyCompromise);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(revoked->certificate.serialHex, first);
    QCOMPARE(revoked->certificate.status, CertStatus::Revoked);
    const CrlOutcome published = revoked->crl;
    QCOMPARE(published.state, CrlOutcome::State::Published);
    QVERIFY(published.published());
    QVERIFY2(published.problem().isEmpty(), qPrintable(published.problem()));
    QCOMPARE(published.publication.number, 1);
    QCOMPARE(published.publication.entries, 1);
    QCOMPARE(prompts, 0);
    const QString reported = f.dir.filePath(QStringLiteral("reported.crl"));
    {
        QFile out(reported);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(published.publication.der), published.publication.der.size());
    }
    auto text = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                            QStringLiteral("-in"), reported, QStringLiteral("-noout"),
                            QStringLiteral("-text"), QStringLiteral("-CAfile"), f.caPem()});
    QVERIFY2(text.exitCode == 0, qPrintable(text.all()));
    QVERIFY2(text.all().contains(QStringLiteral("verify OK")), qPrintable(text.all()));
    QVERIFY2(text.all().contains(first), qPrintable(text.all()));
    QVERIFY2(!text.all().contains(second), qPrintable(text.all()));
    QVERIFY2(text.all().contains(QStringLiteral("Key Compromise")), qPrintable(text.all()));
    auto number =
        runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                    QStringLiteral("-in"), reported, QStringLiteral("-noout"), QStringLiteral("-crlnumber")});
    QVERIFY2(number.exitCode == 0, qPrintable(number.all()));
    QVERIFY2(number.all().contains(QStringLiteral("crlNumber=0x01")), qPrintable(number.all()));
    // The CRL reported is the one stored (and served by the portal).
    auto latest = CrlStore(*f.db).latest(f.ctx->unlockedCaId());
    QVERIFY(latest.ok() && latest.value());
    QCOMPARE(latest.value()->der, published.publication.der);

    // Without the passphrase: revoked all the same, the CRL not re-signed, and the result says why.
    qunsetenv("CERTDESK_CA_PASSPHRASE");
    auto locked = desk();
    auto revokedLocked =
        RevocationWorkflows(*locked).revoke(CertificateRef{second, {}, 0}, RevocationReason::Superseded);
    QVERIFY2(revokedLocked.ok(), qPrintable(revokedLocked.error().message));
    QCOMPARE(revokedLocked->certificate.status, CertStatus::Revoked);
    const CrlOutcome notResigned = revokedLocked->crl;
    QCOMPARE(notResigned.state, CrlOutcome::State::Locked);
    QVERIFY(!notResigned.published());
    QVERIFY(!notResigned.publication.published);
    QVERIFY(notResigned.publication.der.isEmpty());
    QVERIFY2(notResigned.problem().contains(QStringLiteral("not re-signed")),
             qPrintable(notResigned.problem()));
    QVERIFY2(notResigned.problem().contains(QStringLiteral("no passphrase in the environment")),
             qPrintable(notResigned.problem()));
    QCOMPARE(prompts, 0);
    // The newest CRL is still number 1, without the second certificate; the schedule will catch up.
    latest = CrlStore(*f.db).latest(f.ctx->unlockedCaId());
    QVERIFY(latest.ok() && latest.value());
    QCOMPARE(latest.value()->number, 1);
    QCOMPARE(latest.value()->der, published.publication.der);
    QCOMPARE(rows(*f.db, Op::CrlPublished).size(), 1);
    auto due = CrlPublisher(*f.ctx).isDue();
    QVERIFY(due.ok() && due.value());
}

void TestCrlPublisher::failingCommandAndFolderAreRecorded()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QString folder = f.dir.filePath(QStringLiteral("pub"));
    auto target = useLocalTarget(f, folder, QStringLiteral("/bin/sh -c \"echo broken config >&2; exit 3\""));
    auto p = CrlPublisher(*f.ctx).publish();
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QVERIFY(p->published);
    QVERIFY2(p->problem.contains(QStringLiteral("exit status 3")) &&
                 p->problem.contains(QStringLiteral("broken config")),
             qPrintable(p->problem));
    QVERIFY(
        QFile::exists(QDir(folder).filePath(CrlPublisher::DerFileName))); // written before the command ran
    auto failures = rows(*f.db, Op::Failure);
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first().remarks.contains(QStringLiteral("exit status 3")));

    // A folder that cannot be created (a file is in the way): nothing half-written, the problem said.
    QFile blocker(f.dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    target.dismiss();
    const auto blocked = useLocalTarget(f, blocker.fileName() + QStringLiteral("/sub"), QString());
    p = CrlPublisher(*f.ctx).publish();
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QVERIFY(p->files.isEmpty());
    QVERIFY2(p->problem.contains(QStringLiteral("could not be created")), qPrintable(p->problem));
    QCOMPARE(rows(*f.db, Op::Failure).size(), 2);
    auto verified = HistoryLog::verify(*f.db);
    QVERIFY(verified.ok() && verified->intact);
}

void TestCrlPublisher::healthWarnsBeforeNextUpdate()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QVERIFY(Settings(*f.db).set(SettingKey::CrlNextUpdateDays, QStringLiteral("1")).ok());
    auto p = CrlPublisher(*f.ctx).publish();
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    auto health = CrlPublisher::health(*f.db, f.ctx->now());
    QVERIFY(health.ok());
    QVERIFY(health->hasCrl);
    QVERIFY(health->expiresSoon); // next update in 1 day: within a day
    QVERIFY(Settings(*f.db).set(SettingKey::CrlNextUpdateDays, QStringLiteral("7")).ok());
    p = CrlPublisher(*f.ctx).publish();
    health = CrlPublisher::health(*f.db, f.ctx->now());
    QVERIFY(!health->expiresSoon);
    QVERIFY(!health->needsAttention());
    health = CrlPublisher::health(*f.db, f.ctx->now().addDays(6).addSecs(3600));
    QVERIFY(health->expiresSoon);
}

void TestCrlPublisher::scheduleRepairsThePublishedFile()
{
    // A crash between the commit and the rename, or a lost or damaged file: the next schedule check
    // writes the newest stored CRL again, byte for byte, without signing a new one.
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    const QString folder = f.dir.filePath(QStringLiteral("crl"));
    const QString marker = f.dir.filePath(QStringLiteral("reloaded"));
    const auto target =
        useLocalTarget(f, folder, QStringLiteral("/bin/sh -c \"echo reload >> %1\"").arg(marker));
    auto published = CrlPublisher(*f.ctx).publish();
    QVERIFY2(published.ok(), qPrintable(published.error().message));
    const QString derPath = QDir(folder).filePath(CrlPublisher::DerFileName);
    const QString pemPath = QDir(folder).filePath(CrlPublisher::PemFileName);
    auto readAll = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QCOMPARE(readAll(derPath), published->der);

    CrlSchedule schedule(std::make_shared<WorkflowContext>(f.db, Actor::system()));
    for (int round = 0; round < 2; ++round) {
        if (round == 0) {
            QVERIFY(QFile::remove(derPath));
            QVERIFY(QFile::remove(pemPath));
        } else {
            QFile damaged(derPath);
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.write(published->der.left(published->der.size() / 2));
        }
        QCOMPARE(schedule.runNow(), CrlSchedule::Outcome::NotDue);
        QCOMPARE(readAll(derPath), published->der);
        QCOMPARE(readAll(pemPath), pemEncode(published->der, "X509 CRL"));
        QCOMPARE(readAll(QDir(folder).filePath(CrlPublisher::BundleFileName)),
                 pemEncode(published->der, "X509 CRL"));
        // The web server is reloaded after the repair too: once for the publication, once per repair.
        QCOMPARE(readAll(marker), QByteArray("reload\n").repeated(round + 2));
        auto text = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                QStringLiteral("-in"), derPath, QStringLiteral("-noout"),
                                QStringLiteral("-crlnumber")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.all()));
    }
    // Files as they should be: nothing rewritten, nothing run.
    QCOMPARE(schedule.runNow(), CrlSchedule::Outcome::NotDue);
    QCOMPARE(readAll(marker), QByteArray("reload\n").repeated(3));
    auto active = CaStore(*f.db).active();
    QVERIFY(active.ok() && active.value());
    auto latest = CrlStore(*f.db).latest(active.value()->id);
    QVERIFY(latest.ok() && latest.value());
    QCOMPARE(latest.value()->number, published->number); // nothing re-signed
}

QTEST_GUILESS_MAIN(TestCrlPublisher)
#include "tst_CrlPublisher.moc"
