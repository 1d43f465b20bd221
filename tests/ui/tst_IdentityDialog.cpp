// IdentityDialog (証明書情報): live validation, katakana conversion, Hepburn auto-fill, confirmation,
// and Delete information (asks, then revokes everything).
#include "GuiFixture.h"
#include "SlotsModel.h"
#include "UsersTestHelpers.h"
#include "users/CertificatePanel.h"
#include "users/IdentityDialog.h"
#include "users/UsersPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace certdesk;
using namespace certdesk::test;

class tst_IdentityDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::clearShownMessages(); }
    void cleanup() { QVERIFY2(!Prompts::hasQueuedAnswers(), "a queued prompt answer was not used"); }

    void liveValidationAndHepburnAutoFill();
    void englishTypedByHandIsKept();
    void confirmationAndRegister();
    void cancelOnConfirmationRegistersNothing();
    void registerFromThePanel();
    void deleteInformationAsksAndRevokesEverything();
    void deleteInformationWithoutCertificates();
    void prefillsNamesFromDisplayName();
};

namespace {

QLineEdit* edit(QWidget* d, const char* name)
{
    return child<QLineEdit>(d, name);
}

void fillNames(QWidget* d)
{
    edit(d, "familyNameEdit")->clear(); // prefilled from the display name
    edit(d, "givenNameEdit")->clear();
    typeText(edit(d, "familyNameEdit"), QStringLiteral("大塚"));
    typeText(edit(d, "givenNameEdit"), QStringLiteral("恭子"));
    typeText(edit(d, "familyKanaEdit"), QStringLiteral("おおつか"));
    typeText(edit(d, "givenKanaEdit"), QStringLiteral("ｷｮｳｺ"));
}

} // namespace

void tst_IdentityDialog::liveValidationAndHepburnAutoFill()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addPerson(f, QStringLiteral("kyoko"), QStringLiteral("大塚"), QStringLiteral("恭子"), {}, {}));
    IdentityDialog d(*f.session, QStringLiteral("kyoko"));
    d.show();
    auto* next = child<QPushButton>(&d, "nextButton");
    QVERIFY(!next->isEnabled());
    // Nothing typed yet: no wall of red.
    QVERIFY(!child<QLabel>(&d, "familyKanaError")->isVisible());

    // Hiragana becomes katakana as it is typed; the English name follows (passport Hepburn).
    typeText(edit(&d, "familyKanaEdit"), QStringLiteral("おおつか"));
    QCOMPARE(edit(&d, "familyKanaEdit")->text(), QStringLiteral("オオツカ"));
    QCOMPARE(edit(&d, "familyEnEdit")->text(), QStringLiteral("otsuka"));
    QVERIFY(!child<QLabel>(&d, "familyKanaError")->isVisible());

    // Half-width katakana too.
    typeText(edit(&d, "givenKanaEdit"), QStringLiteral("ｷｮｳｺ"));
    QCOMPARE(edit(&d, "givenKanaEdit")->text(), QStringLiteral("キョウコ"));
    QCOMPARE(edit(&d, "givenEnEdit")->text(), QStringLiteral("kyoko"));

    // Latin letters in a furigana field: an error right under the field, Next blocked.
    typeText(edit(&d, "givenKanaEdit"), QStringLiteral("x"));
    auto* kanaError = child<QLabel>(&d, "givenKanaError");
    QVERIFY(kanaError->isVisible());
    QVERIFY(kanaError->text().contains(QStringLiteral("katakana")));
    QVERIFY(!next->isEnabled());
    QTest::keyClick(edit(&d, "givenKanaEdit"), Qt::Key_Backspace);
    QVERIFY(!kanaError->isVisible());
    QCOMPARE(edit(&d, "givenEnEdit")->text(), QStringLiteral("kyoko"));

    // A kanji name is required: typing then deleting shows the error (the prefilled names cleared first).
    edit(&d, "familyNameEdit")->clear();
    edit(&d, "givenNameEdit")->clear();
    typeText(edit(&d, "familyNameEdit"), QStringLiteral("大"));
    QTest::keyClick(edit(&d, "familyNameEdit"), Qt::Key_Backspace);
    QVERIFY(child<QLabel>(&d, "familyNameError")->isVisible());
    typeText(edit(&d, "familyNameEdit"), QStringLiteral("大塚"));
    QVERIFY(!child<QLabel>(&d, "familyNameError")->isVisible());
    typeText(edit(&d, "givenNameEdit"), QStringLiteral("恭子"));
    QVERIFY(next->isEnabled());

    // A full-width letter in the English name is rejected live.
    typeText(edit(&d, "familyEnEdit"), QStringLiteral("Ａ"));
    QVERIFY(child<QLabel>(&d, "familyEnError")->isVisible());
    QVERIFY(!next->isEnabled());
}

void tst_IdentityDialog::englishTypedByHandIsKept()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addPerson(f, QStringLiteral("kyoko"), QStringLiteral("大塚"), QStringLiteral("恭子"), {}, {}));
    IdentityDialog d(*f.session, QStringLiteral("kyoko"));
    d.show();
    typeText(edit(&d, "familyKanaEdit"), QStringLiteral("オオツカ"));
    QCOMPARE(edit(&d, "familyEnEdit")->text(), QStringLiteral("otsuka"));
    edit(&d, "familyEnEdit")->selectAll();
    typeText(edit(&d, "familyEnEdit"), QStringLiteral("ohtsuka"));
    QCOMPARE(edit(&d, "familyEnEdit")->text(), QStringLiteral("ohtsuka"));
    // Editing the furigana no longer overwrites what was typed by hand...
    QTest::keyClick(edit(&d, "familyKanaEdit"), Qt::Key_Backspace);
    typeText(edit(&d, "familyKanaEdit"), QStringLiteral("か"));
    QCOMPARE(edit(&d, "familyKanaEdit")->text(), QStringLiteral("オオツカ"));
    QCOMPARE(edit(&d, "familyEnEdit")->text(), QStringLiteral("ohtsuka"));
    // ...until the English field is emptied by hand: then it follows the furigana again.
    edit(&d, "familyEnEdit")->selectAll();
    QTest::keyClick(edit(&d, "familyEnEdit"), Qt::Key_Delete);
    QCOMPARE(edit(&d, "familyEnEdit")->text(), QStringLiteral("otsuka"));
}

void tst_IdentityDialog::confirmationAndRegister()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addPerson(f, QStringLiteral("kyoko"), QStringLiteral("大塚"), QStringLiteral("恭子"), {}, {}));
    IdentityDialog d(*f.session, QStringLiteral("kyoko"));
    d.show();
    fillNames(&d);
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QVERIFY(d.onConfirmPage());
    QCOMPARE(child<QLabel>(&d, "confirmFamilyKana")->text(), QStringLiteral("オオツカ"));
    QCOMPARE(child<QLabel>(&d, "confirmGivenKana")->text(), QStringLiteral("キョウコ"));
    QCOMPARE(child<QLabel>(&d, "confirmFamilyEn")->text(), QStringLiteral("otsuka"));
    QCOMPARE(child<QLabel>(&d, "confirmGivenEn")->text(), QStringLiteral("kyoko"));
    QVERIFY(child<QLabel>(&d, "immutableWarningLabel")->text().contains(QStringLiteral("cannot be changed")));

    // Back keeps every value.
    QTest::mouseClick(child<QPushButton>(&d, "backButton"), Qt::LeftButton);
    QVERIFY(!d.onConfirmPage());
    QCOMPARE(edit(&d, "givenNameEdit")->text(), QStringLiteral("恭子"));
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QVERIFY(child<QPushButton>(&d, "registerButton")->isDefault());
    QTest::mouseClick(child<QPushButton>(&d, "registerButton"), Qt::LeftButton);
    QVERIFY(d.registered());
    QCOMPARE(d.result(), int(QDialog::Accepted));

    auto identity = IdentityWorkflows(*f.wf.ctx).get(QStringLiteral("kyoko"));
    QVERIFY(identity && identity.value());
    QCOMPARE(identity.value()->familyKana, QStringLiteral("オオツカ"));
    QCOMPARE(identity.value()->givenEn, QStringLiteral("kyoko"));
    QCOMPARE(historyCount(f, Op::RegisterIdentity), 1);
}

void tst_IdentityDialog::cancelOnConfirmationRegistersNothing()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addPerson(f, QStringLiteral("kyoko"), QStringLiteral("大塚"), QStringLiteral("恭子"), {}, {}));
    const QString before = dumpContent(*f.wf.db);
    IdentityDialog d(*f.session, QStringLiteral("kyoko"));
    d.show();
    fillNames(&d);
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    QTest::keyClick(&d, Qt::Key_Escape);
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QCOMPARE(dumpContent(*f.wf.db), before);
}

void tst_IdentityDialog::registerFromThePanel()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addPerson(f, QStringLiteral("kyoko"), QStringLiteral("大塚"), QStringLiteral("恭子"), {}, {}));
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("kyoko"));
    QVERIFY(!child<QPushButton>(&page, "deleteInfoButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "issueButton_1")->isEnabled()); // information first
    QCOMPARE(child<QLabel>(&page, "familyKanaValue")->text(), QStringLiteral("Not registered"));
    auto* registerButton = child<QPushButton>(&page, "registerInfoButton");
    QVERIFY(registerButton->isEnabled());
    later([&] {
        auto* d = visibleDialog<IdentityDialog>();
        QVERIFY(d);
        fillNames(d);
        QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(d, "registerButton"), Qt::LeftButton);
    });
    QTest::mouseClick(registerButton, Qt::LeftButton);
    QCOMPARE(child<QLabel>(&page, "familyKanaValue")->text(), QStringLiteral("オオツカ"));
    QCOMPARE(child<QLabel>(&page, "givenEnValue")->text(), QStringLiteral("kyoko"));
    QVERIFY(!registerButton->isEnabled());
    QVERIFY(child<QPushButton>(&page, "deleteInfoButton")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "issueButton_1")->isEnabled());
}

void tst_IdentityDialog::deleteInformationAsksAndRevokesEverything()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    QVERIFY(issueDirect(f, QStringLiteral("taro"), QStringLiteral("windows")));
    QVERIFY(issueDirect(f, QStringLiteral("taro"), QStringLiteral("android")));
    UsersPage page(*f.session);
    page.show();
    page.selectUser(QStringLiteral("taro"));
    auto* deleteButton = child<QPushButton>(&page, "deleteInfoButton");
    QVERIFY(deleteButton->isEnabled());

    // No: nothing changes, and the question spelled out the consequence.
    const QString before = dumpContent(*f.wf.db);
    Prompts::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(dumpContent(*f.wf.db), before);
    QVERIFY(shownMessageContains(QStringLiteral("This revokes all 2 certificate")));
    QVERIFY(shownMessageContains(QStringLiteral("can no longer use the service")));

    // Yes: both certificates are revoked and the information is gone.
    Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    auto identity = IdentityWorkflows(*f.wf.ctx).get(QStringLiteral("taro"));
    QVERIFY(identity);
    QVERIFY(!identity.value());
    SlotsModel* slotModel = page.certificatePanel()->slotsModel();
    for (int row = 0; row < 2; ++row)
        QCOMPARE(slotModel->index(row, SlotsModel::StatusColumn).data().toString(),
                 QStringLiteral("Revoked"));
    QCOMPARE(historyCount(f, Op::Revoke), 2);
    QCOMPARE(historyCount(f, Op::DeleteIdentity), 1);
    QVERIFY(child<QPushButton>(&page, "registerInfoButton")->isEnabled());
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "revokeButton_1")->isEnabled());
    QCOMPARE(child<QLabel>(&page, "familyKanaValue")->text(), QStringLiteral("Not registered"));
    QVERIFY(child<QLabel>(&page, "panelNoticeLabel")->text().contains(QStringLiteral("and 2 certificate")));
}

void tst_IdentityDialog::deleteInformationWithoutCertificates()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QCOMPARE(f.wf.addUserWithIdentity(QStringLiteral("taro")), QString());
    Prompts::setNextAnswer(QMessageBox::Yes);
    const auto revoked = IdentityDialog::confirmAndDelete(*f.session, QStringLiteral("taro"), nullptr);
    QVERIFY(revoked);
    QCOMPARE(*revoked, 0);
    QVERIFY(shownMessageContains(QStringLiteral("no certificate in use")));
}

// Issue 17 §5: the kanji family and given names start from the display name when it splits in two on a
// space (ASCII or full-width); otherwise they stay empty.
void tst_IdentityDialog::prefillsNamesFromDisplayName()
{
    CERTDESK_GUI_FIXTURE(f, true);
    QVERIFY(addPerson(f, QStringLiteral("kyoko"), QStringLiteral("大塚"), QStringLiteral("恭子"), {}, {}));
    const QList<std::pair<QString, QString>> others = {
        {QStringLiteral("hanako"), QStringLiteral("山田　花子")},
        {QStringLiteral("solo"), QStringLiteral("佐藤")},
        {QStringLiteral("three"), QStringLiteral("a b c")}};
    for (const auto& [login, name] : others) {
        UserInput u;
        u.loginId = login;
        u.email = login + QStringLiteral("@example.jp");
        u.displayName = name;
        QVERIFY(UserWorkflows(*f.wf.ctx).add(u));
    }
    const QList<std::tuple<QString, QString, QString>> expected = {
        {QStringLiteral("kyoko"), QStringLiteral("大塚"), QStringLiteral("恭子")},
        {QStringLiteral("hanako"), QStringLiteral("山田"), QStringLiteral("花子")},
        {QStringLiteral("solo"), QString(), QString()},
        {QStringLiteral("three"), QString(), QString()}};
    for (const auto& [login, family, given] : expected) {
        IdentityDialog d(*f.session, login);
        d.show();
        QCOMPARE(edit(&d, "familyNameEdit")->text(), family);
        QCOMPARE(edit(&d, "givenNameEdit")->text(), given);
        QVERIFY(!child<QLabel>(&d, "familyNameError")->isVisible()); // nothing typed: no error yet
        if (login == QLatin1String("hanako")) {
            // Only the furigana left to type.
            typeText(edit(&d, "familyKanaEdit"), QStringLiteral("やまだ"));
            typeText(edit(&d, "givenKanaEdit"), QStringLiteral("はなこ"));
            QVERIFY(child<QPushButton>(&d, "nextButton")->isEnabled());
            QCOMPARE(d.input().familyName, QStringLiteral("山田"));
            QCOMPARE(d.input().givenName, QStringLiteral("花子"));
        }
    }
}

QTEST_MAIN(tst_IdentityDialog)
#include "tst_IdentityDialog.moc"
