// RevokeDialog (失効): reason, consequence, confirm; Cancel is the default and Escape cancels.
#include "GuiFixture.h"
#include "SlotsModel.h"
#include "UsersTestHelpers.h"
#include "users/CertificatePanel.h"
#include "users/RevokeDialog.h"
#include "users/RevokeForm.h"
#include "users/UsersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace certdesk;
using namespace certdesk::test;

class tst_RevokeDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::clearShownMessages(); }
    void cleanup() { QVERIFY2(!Prompts::hasQueuedAnswers(), "a queued prompt answer was not used"); }

    void revokeFromSlotTable();
    void defaultsAndConsequence();
    void cancelChangesNothing();
    void escapeChangesNothing();
    void strayEnterNeverRevokes();
    void otherReasonAndRemarksAreRecorded();
    void alreadyRevokedShowsError();
    void conflictRefreshesTheStatusRow();
};

void tst_RevokeDialog::revokeFromSlotTable()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("ios-app"), QStringLiteral("iPhone"));
    QVERIFY(cert);
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("taro"));
    auto* revokeButton = child<QPushButton>(&page, "revokeButton_1");
    QVERIFY(revokeButton && revokeButton->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "issueButton_1")->isEnabled());

    bool done = false;
    later([&] {
        auto* d = visibleDialog<RevokeDialog>();
        QVERIFY(d);
        QTest::mouseClick(child<QPushButton>(d, "revokeConfirmButton"), Qt::LeftButton);
        QVERIFY(d->revoked());
        QVERIFY(child<QLabel>(d, "resultLabel")->text().contains(cert->serialHex));
        QVERIFY(child<QLabel>(d, "crlHintLabel")->text().contains(QStringLiteral("CRL")));
        QVERIFY(child<QPushButton>(d, "closeButton")->isDefault());
        done = true;
        QTest::mouseClick(child<QPushButton>(d, "closeButton"), Qt::LeftButton);
    });
    QTest::mouseClick(revokeButton, Qt::LeftButton);
    QVERIFY(done);

    auto* table = child<QTableView>(&page, "slotsTable");
    QCOMPARE(table->model()->index(0, SlotsModel::StatusColumn).data().toString(), QStringLiteral("Revoked"));
    QVERIFY(child<QPushButton>(&page, "issueButton_1")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "revokeButton_1")->isEnabled());
    QCOMPARE(historyCount(f, Op::Revoke), 1);
    auto after = CertificateWorkflows(*f.wf.ctx).find(CertificateRef{cert->serialHex, {}, 0});
    QVERIFY(after);
    QCOMPARE(after->status, CertStatus::Revoked);
    QCOMPARE(after->revocationReason, revocationReasonId(RevocationReason::KeyCompromise));
    QVERIFY(child<QLabel>(&page, "panelNoticeLabel")->text().contains(QStringLiteral("CRL")));
}

void tst_RevokeDialog::defaultsAndConsequence()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"), QStringLiteral("laptop"));
    QVERIFY(cert);
    RevokeDialog d(*f.session, *cert);
    d.show();
    auto* reason = child<QComboBox>(&d, "reasonCombo");
    QCOMPARE(RevocationReason(reason->currentData().toInt()), RevocationReason::KeyCompromise);
    QCOMPARE(reason->count(), 5);
    QVERIFY(child<QPushButton>(&d, "cancelButton")->isDefault());
    QVERIFY(!child<QPushButton>(&d, "revokeConfirmButton")->isDefault());
    QVERIFY(child<QLabel>(&d, "consequenceLabel")
                ->text()
                .contains(QStringLiteral("can no longer use the service")));
    QCOMPARE(child<QLabel>(&d, "revokeSerialValue")->text(), cert->serialHex);
    QCOMPARE(child<QLabel>(&d, "revokeSlotValue")->text(), QStringLiteral("1"));
    QVERIFY(child<QLabel>(&d, "revokeUserValue")->text().contains(QStringLiteral("taro")));
    QCOMPARE(child<QLabel>(&d, "revokeDeviceValue")->text(), QStringLiteral("Windows"));
}

void tst_RevokeDialog::cancelChangesNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    const QString before = dumpContent(*f.wf.db);
    RevokeDialog d(*f.session, *cert);
    d.show();
    QTest::keyClicks(child<QLineEdit>(&d, "remarksEdit"), QStringLiteral("lost"));
    QTest::mouseClick(child<QPushButton>(&d, "cancelButton"), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QVERIFY(!d.revoked());
    QCOMPARE(dumpContent(*f.wf.db), before);
}

void tst_RevokeDialog::escapeChangesNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    const QString before = dumpContent(*f.wf.db);
    RevokeDialog d(*f.session, *cert);
    d.show();
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QCOMPARE(dumpContent(*f.wf.db), before);
}

void tst_RevokeDialog::strayEnterNeverRevokes()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    const QString before = dumpContent(*f.wf.db);
    for (const char* target : {"reasonCombo", "remarksEdit"}) {
        RevokeDialog d(*f.session, *cert);
        d.show();
        QTest::keyClick(child<QWidget>(&d, target), Qt::Key_Return);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
    }
    QCOMPARE(dumpContent(*f.wf.db), before);
}

void tst_RevokeDialog::otherReasonAndRemarksAreRecorded()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert =
        issueDirect(f, QStringLiteral("taro"), QStringLiteral("android"), QStringLiteral("old phone"));
    QVERIFY(cert);
    RevokeDialog d(*f.session, *cert);
    d.show();
    auto* reason = child<QComboBox>(&d, "reasonCombo");
    reason->setCurrentIndex(reason->findData(int(RevocationReason::Superseded)));
    QTest::keyClicks(child<QLineEdit>(&d, "remarksEdit"), QStringLiteral("replaced by a new phone"));
    QTest::mouseClick(child<QPushButton>(&d, "revokeConfirmButton"), Qt::LeftButton);
    QVERIFY(d.revoked());
    QCOMPARE(d.revokedCertificate()->revocationReason, revocationReasonId(RevocationReason::Superseded));
    HistoryFilter filter;
    filter.operation = Op::Revoke;
    auto rows = HistoryLog::list(*f.wf.db, filter);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().remarks, QStringLiteral("replaced by a new phone"));
    QTest::keyClick(&d, Qt::Key_Escape); // after revoking, closing is "done"
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void tst_RevokeDialog::alreadyRevokedShowsError()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    RevokeDialog d(*f.session, *cert);
    d.show();
    // Someone else revokes it meanwhile.
    QVERIFY(RevocationWorkflows(*f.wf.ctx).revoke(CertificateRef{cert->serialHex, {}, 0},
                                                  RevocationReason::Unspecified));
    Prompts::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(&d, "revokeConfirmButton"), Qt::LeftButton);
    QVERIFY(!d.revoked());
    QVERIFY(d.isVisible());
    QVERIFY(shownMessageContains(QStringLiteral("already revoked")));
}

// Issue 17: after "revoked meanwhile" the details above say Revoked, not the status of when it opened.
void tst_RevokeDialog::conflictRefreshesTheStatusRow()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto cert = issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows"));
    QVERIFY(cert);
    RevokeDialog d(*f.session, *cert);
    d.show();
    auto* status = child<QLabel>(&d, "revokeStatusValue");
    QCOMPARE(status->text(), certStatusDisplayName(cert->status));
    QVERIFY(cert->status != CertStatus::Revoked);
    QVERIFY(RevocationWorkflows(*f.wf.ctx).revoke(CertificateRef{cert->serialHex, {}, 0},
                                                  RevocationReason::Unspecified));
    Prompts::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(&d, "revokeConfirmButton"), Qt::LeftButton);
    QVERIFY(d.revokedMeanwhile());
    QCOMPARE(status->text(), certStatusDisplayName(CertStatus::Revoked));
    QVERIFY(!child<QPushButton>(&d, "revokeConfirmButton")->isEnabled());
    QVERIFY(!d.form()->reasonCombo()->isEnabled());
    QVERIFY(!d.form()->remarksEdit()->isEnabled());
}

QTEST_MAIN(tst_RevokeDialog)
#include "tst_RevokeDialog.moc"
