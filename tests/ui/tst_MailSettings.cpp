// Settings → Mail: the server form saves the settings with history rows (password only to the
// keychain), the test mail reaches a real SMTP server (STARTTLS + AUTH) or shows the translated error,
// the template editor refuses unknown placeholders with the exact message and previews a saved edit,
// and the outbox view sends a queued mail ("Send now") and shows it as Sent.
#include "GuiFixture.h"
#include "SmtpSink.h"
#include "mail/MailConfig.h"
#include "mail/MailSenderService.h"
#include "mail/MailServerForm.h"
#include "mail/MailSettingsPanel.h"
#include "mail/MailTemplateEditor.h"
#include "mail/MailTemplates.h"
#include "mail/OutboxView.h"
#include "secrets/Keychain.h"
#include "settings/SettingsPage.h"
#include "store/OutboxStore.h"
#include "store/Transaction.h"
#include "util/AppTranslator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QList<HistoryEntry> settingsRows(Database& db)
{
    HistoryFilter filter;
    filter.operation = Op::SettingsChanged;
    filter.limit = 1000;
    auto rows = HistoryLog::list(db, filter);
    return rows ? rows.value() : QList<HistoryEntry>();
}

void setText(QWidget* root, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(root, name);
    QVERIFY(edit);
    edit->setText(text); // keyClicks takes Latin-1 only
}

void click(QWidget* root, const char* name)
{
    auto* button = child<QPushButton>(root, name);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void fillServerForm(QWidget* form, const SmtpSink& sink, const QString& password)
{
    setText(form, "smtpHostEdit", sink.host());
    child<QSpinBox>(form, "smtpPortSpin")->setValue(sink.port());
    auto* security = child<QComboBox>(form, "smtpSecurityCombo");
    security->setCurrentIndex(security->findData(QStringLiteral("starttls")));
    setText(form, "smtpUserEdit", sink.user());
    setText(form, "smtpPasswordEdit", password);
    setText(form, "smtpSenderEdit", QStringLiteral("certdesk@example.jp"));
    setText(form, "smtpSenderNameEdit", QStringLiteral("証明書窓口"));
    setText(form, "smtpReplyToEdit", QStringLiteral("helpdesk@example.jp"));
    setText(form, "smtpCaFileEdit", sink.caFile());
    setText(form, "mailAdminAddressEdit", QStringLiteral("it-admin@example.jp"));
}

bool keychainUsable()
{
    return Keychain::sessionPresent() && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
           Keychain::isAvailable();
}

} // namespace

class TstMailSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void reachableFromSettingsPage();
    void serverFormSavesAndSendsTestMail();
    void templateEditor();
    void outboxSendNow();
    void outboxUnknownMailAndPlainAuthOption();
};

void TstMailSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MailSettings"));
    installTranslators(QStringLiteral("en"));
}

void TstMailSettings::cleanup()
{
    qunsetenv("CERTDESK_SMTP_PASSWORD");
}

void TstMailSettings::reachableFromSettingsPage()
{
    CERTDESK_GUI_FIXTURE(f, false);
    SettingsPage page(*f.session);
    auto* tabs = child<QTabWidget>(&page, "settingsTabs");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4); // General, Mail, Portal and CRL, Operators
    QCOMPARE(tabs->tabText(1), QStringLiteral("Mail"));
    auto* panel = child<MailSettingsPanel>(&page, "mailSettingsPanel");
    QVERIFY(panel);
    auto* mailTabs = child<QTabWidget>(panel, "mailTabs");
    QCOMPARE(mailTabs->count(), 3);
    QCOMPARE(mailTabs->tabText(2), QStringLiteral("Outbox"));
    // Switching the language reaches the mail screens.
    installTranslators(QStringLiteral("ja"));
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("メール"));
    QTRY_COMPARE(mailTabs->tabText(2), QStringLiteral("送信キュー"));
    installTranslators(QStringLiteral("en"));
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Mail"));
}

void TstMailSettings::serverFormSavesAndSendsTestMail()
{
    CERTDESK_GUI_FIXTURE(f, false);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("mail-secret-77")}));
    MailServerForm form(*f.session);
    form.show();
    const bool keychain = keychainUsable();
    fillServerForm(&form, *sink, keychain ? QStringLiteral("mail-secret-77") : QString());
    const int rowsBefore = int(settingsRows(*f.wf.db).size());
    click(&form, "saveMailServerButton");
    QCOMPARE(child<QLabel>(&form, "mailServerErrorLabel")->text(), QString());

    const SmtpSettings stored = MailConfig::load(Settings(*f.wf.db));
    QCOMPARE(stored.host, sink->host());
    QCOMPARE(stored.port, sink->port());
    QCOMPARE(stored.security, SmtpSecurity::StartTls);
    QCOMPARE(stored.user, QStringLiteral("certdesk"));
    QCOMPARE(stored.sender, QStringLiteral("certdesk@example.jp"));
    QCOMPARE(stored.senderName, QStringLiteral("証明書窓口"));
    QCOMPARE(stored.replyTo, QStringLiteral("helpdesk@example.jp"));
    QCOMPARE(stored.caFile, sink->caFile());
    QCOMPARE(Settings(*f.wf.db).value(SettingKey::MailAdminAddress), QStringLiteral("it-admin@example.jp"));
    const QList<HistoryEntry> rows = settingsRows(*f.wf.db);
    QVERIFY(rows.size() >= rowsBefore + 7);                                     // one per changed key
    QVERIFY(!dumpContent(*f.wf.db).contains(QStringLiteral("mail-secret-77"))); // never in the database
    if (keychain) {
        auto pw = Keychain::load(stored.keychainKey());
        QVERIFY(pw.ok());
        QCOMPARE(pw.value(), QByteArrayLiteral("mail-secret-77"));
    } else {
        QVERIFY(!child<QLabel>(&form, "keychainNoteLabel")->text().isEmpty());
        qputenv("CERTDESK_SMTP_PASSWORD", sink->password());
    }
    QVERIFY(child<QLineEdit>(&form, "smtpPasswordEdit")->text().isEmpty() || !keychain);
    child<QLineEdit>(&form, "smtpPasswordEdit")->clear();

    // Test mail with the stored password: arrives.
    const QString to = QStringLiteral("tester-%1@example.jp").arg(QCoreApplication::applicationPid());
    setText(&form, "testMailRecipientEdit", to);
    QSignalSpy done(&form, &MailServerForm::testMailFinished);
    click(&form, "sendTestMailButton");
    QVERIFY(done.wait(30000));
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    QCOMPARE(child<QLabel>(&form, "testMailResultLabel")->text(),
             QStringLiteral("The test mail was sent to %1.").arg(to));
    QVERIFY(sink->waitForMessages(1, 15000, to));
    const ReceivedMail mail = sink->messagesTo(to).first();
    QVERIFY(mail.tls());
    QCOMPARE(mail.authUser(), QStringLiteral("certdesk"));
    QCOMPARE(mail.mailFrom(), QStringLiteral("certdesk@example.jp"));

    // Wrong password typed into the form: the translated refusal is shown, nothing arrives.
    setText(&form, "smtpPasswordEdit", QStringLiteral("wrong-one"));
    click(&form, "sendTestMailButton");
    QVERIFY(done.wait(30000));
    QCOMPARE(done.takeFirst().at(0).toBool(), false);
    QCOMPARE(
        child<QLabel>(&form, "testMailResultLabel")->text(),
        QStringLiteral("The test mail was not sent: The mail server refused the user name or password."));
    QTest::qWait(300);
    QCOMPARE(sink->messagesTo(to).size(), 1);
    if (keychain)
        QVERIFY(Keychain::remove(stored.keychainKey()).ok());
}

void TstMailSettings::templateEditor()
{
    CERTDESK_GUI_FIXTURE(f, false);
    MailTemplateEditor editor(*f.session);
    editor.show();
    auto* combo = child<QComboBox>(&editor, "templateCombo");
    combo->setCurrentIndex(combo->findData(int(MailTemplateId::DownloadRequest)));
    auto* lang = child<QComboBox>(&editor, "templateLanguageCombo");
    lang->setCurrentIndex(lang->findData(QStringLiteral("en")));
    QCOMPARE(child<QLabel>(&editor, "templateDescriptionLabel")->text(),
             MailTemplates::description(MailTemplateId::DownloadRequest));
    auto* subject = child<QLineEdit>(&editor, "templateSubjectEdit");
    auto* body = child<QPlainTextEdit>(&editor, "templateBodyEdit");
    const MailTemplate shipped =
        MailTemplates::defaultTemplate(MailTemplateId::DownloadRequest, QStringLiteral("en"));
    QCOMPARE(subject->text(), shipped.subject);
    QCOMPARE(body->toPlainText(), shipped.body);
    auto* list = child<QListWidget>(&editor, "placeholderList");
    QCOMPARE(list->count(), MailTemplates::placeholders(MailTemplateId::DownloadRequest).size());
    QCOMPARE(list->item(0)->toolTip(),
             MailTemplates::placeholderDescription(
                 MailTemplates::placeholders(MailTemplateId::DownloadRequest).first()));

    // A typo: {loginid} — the exact validation message, and nothing stored.
    const QString badBody = QStringLiteral("Hello {user_name} ({loginid}), get it at {download_url}\n");
    body->setPlainText(badBody);
    click(&editor, "saveTemplateButton");
    const QString expected =
        MailTemplates::validate(MailTemplateId::DownloadRequest, MailTemplate{subject->text(), badBody});
    QVERIFY(expected.contains(QStringLiteral("{loginid}")));
    QCOMPARE(child<QLabel>(&editor, "templateErrorLabel")->text(), expected);
    QVERIFY(!MailTemplates::isCustomised(Settings(*f.wf.db), MailTemplateId::DownloadRequest,
                                         QStringLiteral("en")));

    // A valid edit: placeholder inserted by clicking, previewed with example values, saved.
    body->setPlainText(QStringLiteral("Hello , get it at {download_url}\n"));
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(6);
    body->setTextCursor(cursor);
    body->setFocus();
    QListWidgetItem* userName = list->findItems(QStringLiteral("{user_name}"), Qt::MatchExactly).value(0);
    QVERIFY(userName);
    emit list->itemClicked(userName);
    QCOMPARE(body->toPlainText(), QStringLiteral("Hello {user_name}, get it at {download_url}\n"));
    const auto samples = MailTemplates::sampleValues(MailTemplateId::DownloadRequest, QStringLiteral("en"));
    const QString preview = child<QTextBrowser>(&editor, "templatePreview")->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("Hello %1, get it at %2")
                                  .arg(samples.value(QStringLiteral("user_name")),
                                       samples.value(QStringLiteral("download_url")))),
             qPrintable(preview));
    click(&editor, "saveTemplateButton");
    QCOMPARE(child<QLabel>(&editor, "templateErrorLabel")->text(), QString());
    const MailTemplate saved =
        MailTemplates::load(Settings(*f.wf.db), MailTemplateId::DownloadRequest, QStringLiteral("en"));
    QCOMPARE(saved.body, QStringLiteral("Hello {user_name}, get it at {download_url}\n"));
    QVERIFY(MailTemplates::isCustomised(Settings(*f.wf.db), MailTemplateId::DownloadRequest,
                                        QStringLiteral("en")));
    QVERIFY(!settingsRows(*f.wf.db).isEmpty());

    // Reset to default.
    click(&editor, "resetTemplateButton");
    QCOMPARE(body->toPlainText(), shipped.body);
    QVERIFY(!MailTemplates::isCustomised(Settings(*f.wf.db), MailTemplateId::DownloadRequest,
                                         QStringLiteral("en")));
}

void TstMailSettings::outboxSendNow()
{
    CERTDESK_GUI_FIXTURE(f, false);
    CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, QStringLiteral("certdesk"),
                                                QStringLiteral("outbox-secret")}));
    qputenv("CERTDESK_SMTP_PASSWORD", sink->password());
    Settings settings(*f.wf.db);
    QVERIFY(MailConfig::save(settings, sink->settings()).ok());
    OutboxRecord m;
    m.createdAt = f.session->context().now();
    m.kind = QStringLiteral("test");
    m.recipient = QStringLiteral("queued@example.jp");
    m.subject = QStringLiteral("待機中のメール");
    m.body = QStringLiteral("本文\n");
    qint64 id = 0;
    {
        Transaction tx(*f.wf.db);
        QVERIFY(tx.begin().ok());
        auto inserted = OutboxStore(*f.wf.db).insert(m);
        QVERIFY(inserted.ok());
        id = inserted.value();
        QVERIFY(tx.commit().ok());
    }

    OutboxView view(*f.session);
    view.show();
    auto* table = child<QTableWidget>(&view, "outboxTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QString::number(id));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Queued"));
    QCOMPARE(child<QLabel>(&view, "outboxSummaryLabel")->text(), QStringLiteral("Queued: 1 · Failed: 0"));

    QSignalSpy finished(&view, &OutboxView::sendFinished);
    click(&view, "sendNowButton");
    QVERIFY(finished.wait(30000));
    QCOMPARE(child<QLabel>(&view, "outboxResultLabel")->text(), QStringLiteral("Sent 1 of 1 mail(s)."));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Sent"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(&view, "outboxSummaryLabel")->text(), QStringLiteral("Queued: 0 · Failed: 0"));
    QVERIFY(sink->waitForMessages(1, 15000, QStringLiteral("queued@example.jp")));

    // Cancel asks through Prompts; a queued mail answered "No" stays queued, "Yes" cancels it.
    m.recipient = QStringLiteral("later@example.jp");
    {
        Transaction tx(*f.wf.db);
        QVERIFY(tx.begin().ok());
        QVERIFY(OutboxStore(*f.wf.db).insert(m).ok());
        QVERIFY(tx.commit().ok());
    }
    click(&view, "refreshOutboxButton");
    QCOMPARE(table->rowCount(), 2);
    table->selectRow(0); // newest first
    Prompts::setNextAnswer(QMessageBox::No);
    click(&view, "cancelMailButton");
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Queued"));
    Prompts::setNextAnswer(QMessageBox::Yes);
    click(&view, "cancelMailButton");
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Cancelled"));
    QVERIFY(!Prompts::hasQueuedAnswers());

    // The background service sends on its own too (then nothing is left to send).
    MailSenderService service(*f.session);
    QSignalSpy ran(&service, &MailSenderService::runFinished);
    service.start();
    QVERIFY(ran.wait(30000));
    QCOMPARE(ran.first().at(0).toInt(), 0);
    service.stop();
}

// Security review #13 items 7 and 11 on screen: a "sending" mail whose lease passed shows as unknown and
// may be resent (one still within its lease may not); the server form's "Allow password over an
// unencrypted connection" is offered with a warning for security None with a user, and saved.
void TstMailSettings::outboxUnknownMailAndPlainAuthOption()
{
    CERTDESK_GUI_FIXTURE(f, false);
    Settings settings(*f.wf.db);
    SmtpSettings smtp;
    smtp.host = QStringLiteral("mail.invalid");
    smtp.sender = QStringLiteral("noreply@example.jp");
    QVERIFY(MailConfig::save(settings, smtp).ok());
    const QDateTime now = f.session->context().now();
    OutboxRecord m;
    m.createdAt = now;
    m.kind = QStringLiteral("test");
    m.subject = QStringLiteral("s");
    m.body = QStringLiteral("b");
    QList<qint64> ids;
    for (const QDateTime& lease : {now.addSecs(-60), now.addSecs(600)}) {
        m.recipient = QStringLiteral("lease%1@example.jp").arg(ids.size());
        Transaction tx(*f.wf.db);
        QVERIFY(tx.begin().ok());
        auto inserted = OutboxStore(*f.wf.db).insert(m);
        QVERIFY(inserted.ok());
        QVERIFY(OutboxStore(*f.wf.db).claim(inserted.value(), lease).value());
        QVERIFY(tx.commit().ok());
        ids << inserted.value();
    }
    OutboxView view(*f.session);
    view.show();
    auto* table = child<QTableWidget>(&view, "outboxTable");
    QCOMPARE(table->rowCount(), 2); // newest first: the one still within its lease
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Sending"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("Unknown — may have been sent"));
    QVERIFY(!table->item(1, 4)->toolTip().isEmpty());
    table->selectRow(0);
    QVERIFY(!child<QPushButton>(&view, "retryMailButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&view, "cancelMailButton")->isEnabled());
    table->selectRow(1);
    QVERIFY(child<QPushButton>(&view, "retryMailButton")->isEnabled());
    QVERIFY(child<QPushButton>(&view, "cancelMailButton")->isEnabled());
    click(&view, "retryMailButton");
    QCOMPARE(child<QLabel>(&view, "outboxResultLabel")->text(),
             QStringLiteral("Mail %1 will be sent on the next run.").arg(ids.at(0)));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("Queued"));

    MailServerForm form(*f.session);
    form.show();
    auto* allow = child<QCheckBox>(&form, "allowPlainAuthCheck");
    auto* warning = child<QLabel>(&form, "plainAuthWarningLabel");
    QVERIFY(!allow->isChecked());
    QVERIFY(!allow->isEnabled()); // STARTTLS: nothing to allow
    QVERIFY(warning->isHidden());
    auto* security = child<QComboBox>(&form, "smtpSecurityCombo");
    security->setCurrentIndex(security->findData(QStringLiteral("none")));
    setText(&form, "smtpUserEdit", QStringLiteral("certdesk"));
    QVERIFY(allow->isEnabled());
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("does not send the password")),
             qPrintable(warning->text()));
    allow->setChecked(true);
    QVERIFY2(warning->text().startsWith(QStringLiteral("Warning: the password is sent")),
             qPrintable(warning->text()));
    click(&form, "saveMailServerButton");
    QCOMPARE(Settings(*f.wf.db).value(SettingKey::SmtpAllowPlainAuth), QStringLiteral("1"));
    QVERIFY(MailConfig::load(Settings(*f.wf.db)).allowPlainAuth);
}

QTEST_MAIN(TstMailSettings)
#include "tst_MailSettings.moc"
