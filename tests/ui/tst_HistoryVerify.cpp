// 操作履歴 → Verify history: the same check as certdesk-cli history verify (hash chain, signed
// checkpoints, an anchor file), shown with the newest signed checkpoint, and a history that the database
// owner re-chained after a checkpoint was signed reported as tampered with, naming the checkpoint.
#include "GuiFixture.h"
#include "HistoryTamper.h"
#include "history/HistoryPage.h"
#include "revocation/HistoryCheckpoints.h"
#include "store/HistoryCheckpointStore.h"

#include <QLabel>
#include <QPushButton>

using namespace certdesk;
using certdesk::test::rechainHistory;

class TstHistoryVerify : public QObject
{
    Q_OBJECT
private slots:
    void verifyShowsCheckpointsAndTampering();
};

void TstHistoryVerify::verifyShowsCheckpointsAndTampering()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto ca = f.wf.ctx->unlockedCa();
    QVERIFY(ca.ok());
    auto cp = HistoryCheckpoints(*f.wf.ctx).sign(*ca.value(), f.wf.ctx->unlockedCaId(), CheckpointKind::Crl);
    QVERIFY2(cp.ok(), qPrintable(cp.error().message));
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("hanako")), QString());

    HistoryPage page(*f.session);
    page.show();
    auto* verify = test::child<QPushButton>(&page, "verifyHistoryButton");
    QVERIFY(verify->isVisible());
    QVERIFY(test::child<QPushButton>(&page, "verifyHistoryAnchorButton")->isVisible());
    Prompts::clearShownMessages();
    Prompts::setNextAnswer(QMessageBox::Ok);
    verify->click();
    QString shown = Prompts::shownMessages().join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("The history is intact.")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Newest signed checkpoint:")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("are only hash-chained")), qPrintable(shown));

    // The owner edits a row before the checkpoint and recomputes the chain and the head.
    QVERIFY(f.wf.db->exec(QStringLiteral("UPDATE history SET operator = 'someone' WHERE id = 1")).ok());
    QCOMPARE(rechainHistory(*f.wf.db), QString());

    Prompts::clearShownMessages();
    Prompts::setNextAnswer(QMessageBox::Ok);
    verify->click();
    shown = Prompts::shownMessages().join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("tampered")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Signed checkpoint %1 ").arg(cp->id)), qPrintable(shown));
    QVERIFY2(test::child<QLabel>(&page, "historyStatusLabel")->text().contains(QStringLiteral("tampered")),
             qPrintable(test::child<QLabel>(&page, "historyStatusLabel")->text()));
}

QTEST_MAIN(TstHistoryVerify)
#include "tst_HistoryVerify.moc"
