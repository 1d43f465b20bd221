// The history is tamper-evident: checkpoints of its hash chain are signed with the CA key (at every CRL
// signing, daily, for every anchor line) and `history verify` fails when rows before a signed checkpoint
// were changed, removed or re-chained, even by someone with the database owner's rights who recomputed
// the chain and its head. The signatures are checked with the openssl command too.
#include "HistoryTamper.h"
#include "PsqlClient.h"
#include "WorkflowFixture.h"
#include "ca/DetachedSignature.h"
#include "revocation/CrlPublisher.h"
#include "revocation/HistoryCheckpoints.h"
#include "store/HistoryAudit.h"
#include "store/HistoryCheckpointStore.h"
#include "store/HistoryLog.h"
#include "workflows/HistoryWorkflows.h"
#include "workflows/SignIn.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString addUser(WorkflowFixture& f, const QString& login)
{
    UserInput in;
    in.loginId = login;
    in.email = login + QStringLiteral("@example.jp");
    auto added = UserWorkflows(*f.ctx).add(in);
    return added ? QString() : added.error().message;
}

Result<HistoryCheckpoint> signNow(WorkflowFixture& f, const QString& kind = CheckpointKind::Crl)
{
    auto ca = f.ctx->unlockedCa();
    if (!ca)
        return ca.error();
    return HistoryCheckpoints(*f.ctx).sign(*ca.value(), f.ctx->unlockedCaId(), kind);
}

// openssl dgst checks `signature` over `message` with the public key of the certificate `certPem`.
ProcessResult opensslVerify(const QTemporaryDir& dir, const QString& certPem, const QString& digest,
                            const QByteArray& message, const QByteArray& signature)
{
    const ProcessResult pub = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), certPem,
                                          QStringLiteral("-pubkey"), QStringLiteral("-noout")});
    const QString pubPath = writeFile(dir, QStringLiteral("pub.pem"), pub.out);
    const QString msgPath = writeFile(dir, QStringLiteral("message.txt"), message);
    const QString sigPath = writeFile(dir, QStringLiteral("signature.bin"), signature);
    return runOpenssl({QStringLiteral("dgst"), QLatin1Char('-') + digest, QStringLiteral("-verify"), pubPath,
                       QStringLiteral("-signature"), sigPath, msgPath});
}

} // namespace

class TestHistoryCheckpoints : public QObject
{
    Q_OBJECT
private slots:
    void signaturesVerifyWithOpenssl_data();
    void signaturesVerifyWithOpenssl();
    void crlSigningStoresACheckpointAndVerifyReportsIt();
    void rechainedHistoryFailsNamingTheCheckpoint();
    void forgedCheckpointsFail();
    void removedNewestRowsFail();
    void anchorCatchesTamperingAfterCheckpointsAreDeleted();
    void anchorFileFormatIsChecked();
    void scheduleSignsAtLeastDaily();
    void checkpointsAreAppendOnly();
    void postgresRolesOnlyAppendCheckpoints();
};

void TestHistoryCheckpoints::signaturesVerifyWithOpenssl_data()
{
    QTest::addColumn<KeyType>("keyType");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("digest");
    QTest::newRow("ec-p256") << KeyType::EcP256 << QStringLiteral("ecdsa-sha256") << QStringLiteral("sha256");
    QTest::newRow("ec-p384") << KeyType::EcP384 << QStringLiteral("ecdsa-sha384") << QStringLiteral("sha384");
    QTest::newRow("rsa-2048") << KeyType::Rsa2048 << QStringLiteral("rsa-sha256") << QStringLiteral("sha256");
}

void TestHistoryCheckpoints::signaturesVerifyWithOpenssl()
{
    QFETCH(KeyType, keyType);
    QFETCH(QString, algorithm);
    QFETCH(QString, digest);
    auto ca = CertificateAuthority::createRoot(CaSubject{QStringLiteral("Signer CA"), {}, {}}, keyType, 365,
                                               Clock::system());
    QVERIFY2(ca.ok(), qPrintable(ca.error().message));
    HistoryCheckpoint c;
    c.at = QDateTime(QDate(2026, 4, 1), QTime(9, 30, 15, 120), Qt::UTC);
    c.rowCount = 42;
    c.headHash = QByteArray(64, 'a');
    c.caFingerprint = ca->certificate().sha256Fingerprint();
    QCOMPARE(c.message(), QByteArray("certdesk-history-checkpoint-v1\nrows 42\nhead ") + QByteArray(64, 'a') +
                              "\nat 2026-04-01T09:30:15.120Z\nca " + c.caFingerprint.toLatin1() + '\n');
    auto sig = DetachedSigner::sign(ca->key(), c.message());
    QVERIFY2(sig.ok(), qPrintable(sig.error().message));
    QCOMPARE(sig->algorithm, algorithm);
    QVERIFY(DetachedSigner::verify(ca->certificate(), sig.value(), c.message()));

    QTemporaryDir dir;
    const QString pem = writeFile(dir, QStringLiteral("ca.pem"), ca->certificate().toPem());
    const ProcessResult ok = opensslVerify(dir, pem, digest, c.message(), sig->signature);
    QVERIFY2(ok.exitCode == 0 && ok.all().contains(QStringLiteral("Verified OK")), qPrintable(ok.all()));
    // One changed byte, and neither openssl nor CertDesk accepts it.
    QByteArray changed = c.message();
    changed.replace("rows 42", "rows 41");
    const ProcessResult bad = opensslVerify(dir, pem, digest, changed, sig->signature);
    QVERIFY2(bad.exitCode != 0, qPrintable(bad.all()));
    QVERIFY(!DetachedSigner::verify(ca->certificate(), sig.value(), changed));
    // Nor under another algorithm name (no downgrade), nor with another CA's certificate.
    DetachedSignature renamed = sig.value();
    renamed.algorithm = algorithm.startsWith(QLatin1String("rsa")) ? QStringLiteral("rsa-sha512")
                                                                   : QStringLiteral("rsa-sha256");
    QVERIFY(!DetachedSigner::verify(ca->certificate(), renamed, c.message()));
    auto other = CertificateAuthority::createRoot(CaSubject{QStringLiteral("Other CA"), {}, {}}, keyType, 365,
                                                  Clock::system());
    QVERIFY(other.ok());
    QVERIFY(!DetachedSigner::verify(other->certificate(), sig.value(), c.message()));
}

void TestHistoryCheckpoints::crlSigningStoresACheckpointAndVerifyReportsIt()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addUser(f, QStringLiteral("taro")), QString());
    auto published = CrlPublisher(*f.ctx).publish();
    QVERIFY2(published.ok(), qPrintable(published.error().message));
    auto newest = HistoryCheckpointStore(*f.db).newest();
    QVERIFY(newest.ok() && newest->has_value());
    const HistoryCheckpoint c = *newest.value();
    QCOMPARE(c.kind, CheckpointKind::Crl);
    // The CRL's own history row is covered.
    QCOMPARE(c.rowCount, scalar(*f.db, QStringLiteral("SELECT row_count FROM history_head")));
    QCOMPARE(c.lastId, scalar(*f.db, QStringLiteral("SELECT MAX(id) FROM history")));

    // The stored signature, checked with openssl against the CA certificate.
    QTemporaryDir dir;
    const ProcessResult ok =
        opensslVerify(dir, f.caPem(), QStringLiteral("sha384"), c.message(), c.signature);
    QVERIFY2(ok.exitCode == 0 && ok.all().contains(QStringLiteral("Verified OK")), qPrintable(ok.all()));

    QCOMPARE(addUser(f, QStringLiteral("jiro")), QString());
    auto v = HistoryWorkflows(*f.ctx).verify();
    QVERIFY2(v.ok(), qPrintable(v.error().message));
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->checkpoints, 1);
    QCOMPARE(v->newestSignedRows, c.rowCount);
    QCOMPARE(v->newestSignedAt, c.at);
    QCOMPARE(v->rowsAfterNewestSigned(), 1);
    const QString summary = HistoryAudit::summary(v.value()).join(QLatin1Char('\n'));
    QVERIFY2(summary.contains(QStringLiteral("1 row(s) after the newest checkpoint are only hash-chained")),
             qPrintable(summary));
    QVERIFY2(summary.contains(c.caFingerprint), qPrintable(summary));
}

void TestHistoryCheckpoints::rechainedHistoryFailsNamingTheCheckpoint()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    for (const char* login : {"taro", "jiro", "saburo"})
        QCOMPARE(addUser(f, QString::fromLatin1(login)), QString());
    auto early = signNow(f);
    QVERIFY2(early.ok(), qPrintable(early.error().message));
    QCOMPARE(addUser(f, QStringLiteral("shiro")), QString());
    QCOMPARE(addUser(f, QStringLiteral("hachi")), QString());
    auto cp = signNow(f);
    QVERIFY2(cp.ok(), qPrintable(cp.error().message));
    QCOMPARE(addUser(f, QStringLiteral("goro")), QString());
    auto before = HistoryWorkflows(*f.ctx).verify();
    QVERIFY(before.ok() && before->intact);

    // The reproduction: as the owner, delete a row, edit another, recompute the chain and its head.
    const qint64 shiroRow = scalar(
        *f.db,
        QStringLiteral("SELECT id FROM history WHERE operation = 'user-add' AND target_login = 'shiro'"));
    QVERIFY(shiroRow > early->rowCount);
    QVERIFY(f.db->exec(QStringLiteral("DELETE FROM history WHERE id = ?"), {shiroRow}).ok());
    QVERIFY(f.db->exec(QStringLiteral(
                           "UPDATE history SET operator = 'someone-else' WHERE target_login = 'hachi'"))
                .ok());
    QCOMPARE(rechainHistory(*f.db), QString());
    // The hash chain alone cannot tell.
    auto chainOnly = HistoryLog::verify(*f.db);
    QVERIFY(chainOnly.ok());
    QVERIFY2(chainOnly->intact, qPrintable(chainOnly->problem));

    auto v = HistoryWorkflows(*f.ctx).verify();
    QVERIFY2(v.ok(), qPrintable(v.error().message));
    QVERIFY(!v->intact);
    QVERIFY(v->chainIntact);
    QCOMPARE(v->firstBadCheckpointId, cp->id);
    QVERIFY2(v->problem.contains(QStringLiteral("Signed checkpoint %1 ").arg(cp->id)),
             qPrintable(v->problem));
    // The rows in question: after the earlier checkpoint that still holds, up to this one.
    QVERIFY2(v->problem.contains(QStringLiteral("rows %1 to %2").arg(early->rowCount + 1).arg(cp->rowCount)),
             qPrintable(v->problem));
    QCOMPARE(v->newestSignedRows, early->rowCount);
}

void TestHistoryCheckpoints::forgedCheckpointsFail()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addUser(f, QStringLiteral("taro")), QString());
    auto genuine = signNow(f);
    QVERIFY(genuine.ok());

    // Signed with another key in the name of the database's CA.
    auto rogue = CertificateAuthority::createRoot(CaSubject{QStringLiteral("Test Device CA"), {}, {}},
                                                  KeyType::EcP384, 365, Clock::system());
    QVERIFY(rogue.ok());
    HistoryCheckpoint forged = genuine.value();
    forged.at = forged.at.addSecs(5);
    auto sig = DetachedSigner::sign(rogue->key(), forged.message());
    QVERIFY(sig.ok());
    forged.signature = sig->signature;
    {
        Transaction tx(*f.db);
        QVERIFY(tx.begin().ok());
        auto id = HistoryCheckpointStore(*f.db).insert(forged);
        QVERIFY(id.ok());
        forged.id = id.value();
        QVERIFY(tx.commit().ok());
    }
    auto v = HistoryWorkflows(*f.ctx).verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadCheckpointId, forged.id);
    QVERIFY2(v->problem.contains(QStringLiteral("no valid signature")), qPrintable(v->problem));
    QCOMPARE(v->newestSignedAt, genuine->at); // the genuine one still holds

    // A checkpoint in the name of a CA that is not in the database.
    QCOMPARE(deleteHistoryCheckpoints(*f.db), QString());
    HistoryCheckpoint unknown = genuine.value();
    unknown.caId = 999;
    {
        Transaction tx(*f.db);
        QVERIFY(tx.begin().ok());
        QVERIFY(HistoryCheckpointStore(*f.db).insert(unknown).ok());
        QVERIFY(tx.commit().ok());
    }
    v = HistoryWorkflows(*f.ctx).verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QVERIFY2(v->problem.contains(QStringLiteral("not in the database")), qPrintable(v->problem));
}

void TestHistoryCheckpoints::removedNewestRowsFail()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addUser(f, QStringLiteral("taro")), QString());
    QCOMPARE(addUser(f, QStringLiteral("jiro")), QString());
    auto cp = signNow(f);
    QVERIFY(cp.ok());
    // The newest row goes, and the head is set to the row before it: the chain holds.
    QVERIFY(f.db->exec(QStringLiteral("DELETE FROM history WHERE id = ?"), {cp->lastId}).ok());
    QCOMPARE(rechainHistory(*f.db), QString());
    QVERIFY(HistoryLog::verify(*f.db)->intact);
    auto v = HistoryWorkflows(*f.ctx).verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadCheckpointId, cp->id);
    QVERIFY2(v->problem.contains(QStringLiteral("rows were removed")), qPrintable(v->problem));
}

void TestHistoryCheckpoints::anchorCatchesTamperingAfterCheckpointsAreDeleted()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    QCOMPARE(addUser(f, QStringLiteral("taro")), QString());
    QCOMPARE(addUser(f, QStringLiteral("jiro")), QString());
    // Signing an anchor line needs Administer: helpdesk and auditor are refused before the CA is unlocked.
    for (Role role : {Role::Helpdesk, Role::Auditor}) {
        auto other = f.contextFor(f.actorFor(role));
        auto refused = HistoryWorkflows(*other).anchor();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
        QCOMPARE(other->unlockedCaId(), 0);
    }
    auto anchored = HistoryWorkflows(*f.ctx).anchor();
    QVERIFY2(anchored.ok(), qPrintable(anchored.error().message));
    QCOMPARE(anchored->kind, CheckpointKind::Anchor);
    const QByteArray line = HistoryCheckpointStore::anchorLine(anchored.value());
    QCOMPARE(line.count('\t'), 4);
    QVERIFY(line.startsWith(anchored->atText().toLatin1() + '\t' + QByteArray::number(anchored->rowCount) +
                            '\t' + anchored->headHash + '\t' + anchored->caFingerprint.toLatin1() + '\t'));
    QCOMPARE(addUser(f, QStringLiteral("saburo")), QString());

    auto lines = HistoryCheckpointStore::parseAnchorFile(line + '\n');
    QVERIFY2(lines.ok(), qPrintable(lines.error().message));
    QCOMPARE(lines->size(), 1);
    auto v = HistoryWorkflows(*f.ctx).verify(lines.value());
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->anchorLines, 1);
    QCOMPARE(v->newestSignedRows, anchored->rowCount);

    // The owner edits a row before the anchor, re-chains, and removes every checkpoint.
    QVERIFY(
        f.db->exec(QStringLiteral("UPDATE history SET target_login = 'mallory' WHERE target_login = 'jiro'"))
            .ok());
    QCOMPARE(rechainHistory(*f.db), QString());
    QCOMPARE(deleteHistoryCheckpoints(*f.db), QString());
    auto withoutAnchor = HistoryWorkflows(*f.ctx).verify();
    QVERIFY(withoutAnchor.ok());
    QVERIFY(withoutAnchor->intact); // nothing in the database can tell any more
    QCOMPARE(withoutAnchor->checkpoints, 0);
    QVERIFY(HistoryAudit::summary(withoutAnchor.value())
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("only hash-chained")));
    auto withAnchor = HistoryWorkflows(*f.ctx).verify(lines.value());
    QVERIFY(withAnchor.ok());
    QVERIFY(!withAnchor->intact);
    QCOMPARE(withAnchor->firstBadAnchorLine, 1);
    QVERIFY2(withAnchor->problem.contains(QStringLiteral("Line 1 of the anchor file")),
             qPrintable(withAnchor->problem));

    // The anchor line names its CA by fingerprint: a line signed by a CA that is not in the database fails.
    auto rogue = CertificateAuthority::createRoot(CaSubject{QStringLiteral("Rogue CA"), {}, {}},
                                                  KeyType::EcP256, 365, Clock::system());
    QVERIFY(rogue.ok());
    HistoryCheckpoint foreign = anchored.value();
    foreign.caFingerprint = rogue->certificate().sha256Fingerprint();
    foreign.signature = DetachedSigner::sign(rogue->key(), foreign.message())->signature;
    auto foreignLines = HistoryCheckpointStore::parseAnchorFile(HistoryCheckpointStore::anchorLine(foreign));
    QVERIFY(foreignLines.ok());
    auto v2 = HistoryWorkflows(*f.ctx).verify(foreignLines.value());
    QVERIFY(v2.ok());
    QVERIFY(!v2->intact);
    QVERIFY2(v2->problem.contains(QStringLiteral("not in the database")), qPrintable(v2->problem));
}

void TestHistoryCheckpoints::anchorFileFormatIsChecked()
{
    const QByteArray good = "2026-04-01T09:30:15.120Z\t12\t" + QByteArray(64, 'b') + '\t' +
                            QByteArray("AB:").repeated(31) + "CD\tMEUCIQ==";
    auto ok = HistoryCheckpointStore::parseAnchorFile("\n" + good + "\r\n\n" + good + "\n");
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(ok->size(), 2);
    QCOMPARE(ok->at(0).id, 2); // line numbers
    QCOMPARE(ok->at(1).id, 4);
    QCOMPARE(ok->at(0).rowCount, 12);
    for (const QByteArray& bad :
         {QByteArray(good).replace("\t12\t", "\tx\t"), QByteArray(good).replace("\t12\t", "\t0\t"),
          QByteArray(good).replace(".120Z", "Z"), QByteArray(good).replace("bbbb", "BBBB"),
          QByteArray(good).replace("MEUCIQ==", "!!"), QByteArray(good).replace("\tMEUCIQ==", ""),
          QByteArray(good) + "\textra"}) {
        auto r = HistoryCheckpointStore::parseAnchorFile(good + '\n' + bad);
        QVERIFY2(!r.ok(), bad.constData());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(QStringLiteral("Line 2")), qPrintable(r.error().message));
    }
}

void TestHistoryCheckpoints::scheduleSignsAtLeastDaily()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    FixedClock clock(QDateTime::currentDateTimeUtc());
    auto system = f.contextFor(Actor::system(), clock);
    system->setQuietPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
    auto first = HistoryCheckpoints(*system).signIfDue();
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(first.value()); // none yet
    QCOMPARE(HistoryCheckpointStore(*f.db).newest().value()->kind, CheckpointKind::Daily);
    QCOMPARE(system->unlockedCaId(), 0); // the key unlocked for it is forgotten again
    QCOMPARE(addUser(f, QStringLiteral("taro")), QString());
    clock.advanceSecs(23 * 3600);
    QVERIFY(!HistoryCheckpoints(*system).signIfDue().value()); // less than a day old
    clock.advanceSecs(2 * 3600);
    QVERIFY(HistoryCheckpoints(*system).signIfDue().value());
    clock.advanceSecs(25 * 3600);
    QVERIFY(!HistoryCheckpoints(*system).signIfDue().value()); // nothing written since
    QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM history_checkpoints")), 2);

    // Locked (no quiet passphrase, no fallback): nothing is signed, nothing fails.
    QCOMPARE(addUser(f, QStringLiteral("jiro")), QString());
    auto locked = std::make_unique<WorkflowContext>(f.db, Actor::system(), clock);
    locked->setQuietPassphraseProvider([](const CaRecord&) -> Result<QByteArray> {
        return makeError(ErrorCode::Locked, QStringLiteral("no"));
    });
    auto none = HistoryCheckpoints(*locked).signIfDue();
    QVERIFY(none.ok() && !none.value());
    // The fallback's CA, unlocked already, signs.
    auto viaFallback = HistoryCheckpoints(*locked).signIfDue([&]() { return f.ctx.get(); });
    QVERIFY2(viaFallback.ok() && viaFallback.value(), "fallback");
    QVERIFY(HistoryWorkflows(*f.ctx).verify()->intact);
}

void TestHistoryCheckpoints::checkpointsAreAppendOnly()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    auto cp = signNow(f);
    QVERIFY(cp.ok());
    if (f.db->isPostgres())
        QSKIP("on PostgreSQL: postgresRolesOnlyAppendCheckpoints (the owner may change anything)");
    // SQLite: triggers refuse changes and deletions (whoever can write the file can drop them; the signature
    // and the anchor file are what make tampering evident).
    QVERIFY(!f.db->exec(QStringLiteral("UPDATE history_checkpoints SET row_count = 1")).ok());
    QVERIFY(!f.db->exec(QStringLiteral("DELETE FROM history_checkpoints")).ok());
    QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM history_checkpoints")), 1);
}

void TestHistoryCheckpoints::postgresRolesOnlyAppendCheckpoints()
{
    if (!TestDatabase::isPostgresRun())
        QSKIP("PostgreSQL only");
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    auto url = DatabaseUrl::parse(tdb->url());
    QVERIFY(url.ok());
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    const QString hd = QStringLiteral("hdcp") + suffix;
    const QString au = QStringLiteral("aucp") + suffix;
    QVERIFY(OperatorWorkflows(*f.ctx).add(hd, hd, Role::Helpdesk, kOperatorPassword).ok());
    QVERIFY(OperatorWorkflows(*f.ctx).add(au, au, Role::Auditor, kOperatorPassword).ok());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());

    // A helpdesk revocation on the operator's own connection re-signs the CRL and signs a checkpoint.
    auto signedIn = SignIn::open(url.value(), hd, kOperatorPassword, QStringLiteral("tests"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    WorkflowContext hdCtx(signedIn->db, signedIn->result.actor);
    hdCtx.setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
    IssueRequest req{
        QStringLiteral("taro"), QStringLiteral("windows"), {}, PasswordMode::Manual, "Abc12345", {}, 0};
    auto issued = CertificateWorkflows(hdCtx).issue(req);
    QVERIFY2(issued.ok(), qPrintable(issued.error().message));
    auto revoked = RevocationWorkflows(hdCtx).revoke(CertificateRef{issued->certificate.serialHex, {}, 0},
                                                     RevocationReason::KeyCompromise);
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(int(revoked->crl.state), int(CrlOutcome::State::Published));
    QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM history_checkpoints WHERE kind = 'crl'")), 1);
    auto v = HistoryWorkflows(*f.ctx).verify();
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->checkpoints, 1);

    // psql as the operators' roles: all read, nobody changes or removes a checkpoint, the auditor adds none.
    for (const QString& login : {hd, au, kAdminLogin}) {
        QCOMPARE(psqlAs(url.value(), login, kOperatorPassword,
                        QStringLiteral("SELECT COUNT(*) FROM history_checkpoints"))
                     .exitCode,
                 0);
        for (const char* sql : {"UPDATE history_checkpoints SET row_count = 1",
                                "DELETE FROM history_checkpoints", "TRUNCATE history_checkpoints"})
            QVERIFY2(psqlAs(url.value(), login, kOperatorPassword, QString::fromLatin1(sql)).exitCode != 0,
                     sql);
    }
    QVERIFY(
        psqlAs(url.value(), au, kOperatorPassword,
               QStringLiteral("INSERT INTO history_checkpoints (at_ms, row_count, last_id, head_hash, ca_id,"
                              " ca_fingerprint, kind, algorithm, signature) VALUES (0, 1, 1, '', 1, '', 'x',"
                              " '', '\\x00')"))
            .exitCode != 0);
    QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM history_checkpoints")), 1);
}

QTEST_GUILESS_MAIN(TestHistoryCheckpoints)
#include "tst_HistoryCheckpoints.moc"
