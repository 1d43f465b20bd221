// The settings workflows are the only writers of settings: one key, a whole form (validated first, field
// labels in the messages), the mail server, the mail templates, an export record, and the organisation
// name saved with the CA. Every change commits with its history rows; an unchanged value writes none.
#include "WorkflowFixture.h"
#include "mail/MailConfig.h"
#include "store/Settings.h"
#include "workflows/HistoryWorkflows.h"
#include "workflows/MailSettingsWorkflows.h"
#include "workflows/SettingsWorkflows.h"
#include <QtTest>
#include <algorithm>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// "operation details" of every history row, oldest first, without the rows of the fixture's
// administrator being added and signing in.
QStringList historyRows(Database& db)
{
    auto rows = HistoryLog::list(db, HistoryFilter{});
    if (!rows)
        return {QStringLiteral("error: ") + rows.error().message};
    QList<HistoryEntry> sorted = rows.value();
    std::sort(sorted.begin(), sorted.end(),
              [](const HistoryEntry& a, const HistoryEntry& b) { return a.id < b.id; });
    QStringList out;
    for (const HistoryEntry& e : sorted) {
        if (e.operation != Op::OperatorAdded && e.operation != Op::Login)
            out << e.operation + QLatin1Char(' ') + e.details;
    }
    return out;
}

QString settingsRow(const QString& details)
{
    return Op::SettingsChanged + QLatin1Char(' ') + details;
}

SmtpSettings smtp(const QString& host)
{
    SmtpSettings s;
    s.host = host;
    s.port = 587;
    s.security = SmtpSecurity::StartTls;
    s.sender = QStringLiteral("certdesk@example.jp");
    return s;
}

} // namespace

class TestSettingsWorkflows : public QObject
{
    Q_OBJECT
private slots:
    void setWritesOnlyAChange();
    void formIsValidatedBeforeAnythingIsWritten();
    void mailServerRowPerChangedKey();
    void mailTemplateSaveAndReset();
    void exportIsRecorded();
    void organisationNameIsSavedWithTheCa();
};

void TestSettingsWorkflows::setWritesOnlyAChange()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    SettingsWorkflows settings(*f.ctx);
    auto changed = settings.set(SettingKey::MaxCertsPerUser, QStringLiteral("7"));
    QVERIFY2(changed.ok(), qPrintable(changed.error().message));
    QVERIFY(changed.value());
    QCOMPARE(Settings(*f.db).intValue(SettingKey::MaxCertsPerUser), 7);
    QCOMPARE(historyRows(*f.db), QStringList{settingsRow(QStringLiteral("limits.max_certs_per_user=7"))});

    // The same value again: no row, nothing committed.
    auto same = settings.set(SettingKey::MaxCertsPerUser, QStringLiteral("7"));
    QVERIFY(same.ok());
    QVERIFY(!same.value());
    QCOMPARE(historyRows(*f.db).size(), 1);

    // An invalid value: the store's message, nothing written.
    auto invalid = settings.set(SettingKey::MaxCertsPerUser, QStringLiteral("99"));
    QCOMPARE(invalid.error().code, ErrorCode::Invalid);
    QCOMPARE(invalid.error().message,
             QStringLiteral("limits.max_certs_per_user must be a whole number from 1 to 50."));
    auto unknown = settings.set(QStringLiteral("no.such.key"), QStringLiteral("1"));
    QCOMPARE(unknown.error().message, QStringLiteral("Unknown setting \"no.such.key\"."));
    QCOMPARE(Settings(*f.db).intValue(SettingKey::MaxCertsPerUser), 7);
    QCOMPARE(historyRows(*f.db).size(), 1);

    // Several keys: one row per changed key, in the order given.
    auto written = settings.write({{SettingKey::MaxCertsPerUser, QStringLiteral("7")},
                                   {SettingKey::OrgName, QStringLiteral("Example KK")},
                                   {SettingKey::DownloadLimit, QStringLiteral("5")}});
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 2);
    QCOMPARE(historyRows(*f.db).mid(1),
             (QStringList{settingsRow(QStringLiteral("org.name=Example KK")),
                          settingsRow(QStringLiteral("delivery.download_limit=5"))}));
    QVERIFY(HistoryLog::verify(*f.db)->intact);
}

void TestSettingsWorkflows::formIsValidatedBeforeAnythingIsWritten()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    const QHash<QString, QString> labels = {
        {SettingKey::MaxCertsPerUser, QStringLiteral("Certificates per user")},
        {SettingKey::MailAdminAddress, QStringLiteral("Administrator")}};
    const QList<SettingsWorkflows::Change> form = {
        {SettingKey::MaxCertsPerUser, QStringLiteral("0")},
        {SettingKey::OrgName, QStringLiteral("Example KK")},
        {SettingKey::MailAdminAddress, QStringLiteral("not-an-address")}};
    // A message naming the key shows the label instead; any other is prefixed with it.
    QCOMPARE(
        SettingsWorkflows::validate(form, labels),
        (QStringList{QStringLiteral("Certificates per user must be a whole number from 1 to 50."),
                     QStringLiteral("Administrator: \"not-an-address\" is not a valid e-mail address.")}));
    QCOMPARE(SettingsWorkflows::validate(form).first(),
             QStringLiteral("limits.max_certs_per_user must be a whole number from 1 to 50."));

    SettingsWorkflows settings(*f.ctx);
    auto refused = settings.saveForm(form, {{SettingKey::OrgName, QStringLiteral("Example KK")}}, labels);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QCOMPARE(refused.error().message,
             QStringLiteral("Nothing was saved. Correct these values:\n"
                            "Certificates per user must be a whole number from 1 to 50.\n"
                            "Administrator: \"not-an-address\" is not a valid e-mail address."));
    QCOMPARE(Settings(*f.db).value(SettingKey::OrgName),
             QString()); // the valid change was not written either
    QVERIFY(historyRows(*f.db).isEmpty());

    const QList<SettingsWorkflows::Change> valid = {{SettingKey::MaxCertsPerUser, QStringLiteral("5")},
                                                    {SettingKey::OrgName, QStringLiteral("Example KK")},
                                                    {SettingKey::DownloadLimit, QStringLiteral("4")}};
    auto saved = settings.saveForm(valid, {valid.at(1), valid.at(2)}, labels);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved.value(), 2);
    QCOMPARE(historyRows(*f.db), (QStringList{settingsRow(QStringLiteral("org.name=Example KK")),
                                              settingsRow(QStringLiteral("delivery.download_limit=4"))}));
    // Nothing changed: nothing to do.
    auto nothing = settings.saveForm(valid, {}, labels);
    QVERIFY(nothing.ok());
    QCOMPARE(nothing.value(), 0);
    QCOMPARE(historyRows(*f.db).size(), 2);
}

void TestSettingsWorkflows::mailServerRowPerChangedKey()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    MailSettingsWorkflows mail(*f.ctx);
    auto saved = mail.saveServer(smtp(QStringLiteral("smtp.example.jp")), QStringLiteral("admin@example.jp"));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved.value(), 3); // port and security are the defaults
    QCOMPARE(historyRows(*f.db),
             (QStringList{settingsRow(QStringLiteral("mail.smtp.host=smtp.example.jp")),
                          settingsRow(QStringLiteral("mail.smtp.sender=certdesk@example.jp")),
                          settingsRow(QStringLiteral("mail.admin_address=admin@example.jp"))}));
    QCOMPARE(MailConfig::load(Settings(*f.db)).host, QStringLiteral("smtp.example.jp"));

    // The same values (no administrator address given): nothing changed, no row.
    auto again = mail.saveServer(smtp(QStringLiteral("smtp.example.jp")), std::nullopt);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QCOMPARE(Settings(*f.db).value(SettingKey::MailAdminAddress), QStringLiteral("admin@example.jp"));
    QCOMPARE(historyRows(*f.db).size(), 3);

    // An invalid administrator address: nothing of the form is stored.
    auto invalid = mail.saveServer(smtp(QStringLiteral("mail.example.jp")), QStringLiteral("nobody"));
    QCOMPARE(invalid.error().message, QStringLiteral("\"nobody\" is not a valid e-mail address."));
    QCOMPARE(MailConfig::load(Settings(*f.db)).host, QStringLiteral("smtp.example.jp"));
    auto noHost = mail.saveServer(smtp(QString()), std::nullopt);
    QCOMPARE(noHost.error().message, QStringLiteral("Enter the mail server's host name."));
    QCOMPARE(historyRows(*f.db).size(), 3);
}

void TestSettingsWorkflows::mailTemplateSaveAndReset()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    MailSettingsWorkflows mail(*f.ctx);
    const MailTemplateId dl = MailTemplateId::DownloadRequest;
    const MailTemplate bad{QStringLiteral("Subject"), QStringLiteral("no link")};
    auto refused = mail.saveTemplate(dl, QStringLiteral("en"), bad);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QCOMPARE(refused.error().message, MailTemplates::validate(dl, bad));
    QVERIFY(historyRows(*f.db).isEmpty());

    const MailTemplate mine{QStringLiteral("Your certificate"), QStringLiteral("Get it: {download_url}\n")};
    QVERIFY(mail.saveTemplate(dl, QStringLiteral("en"), mine).ok());
    QCOMPARE(MailTemplates::load(Settings(*f.db), dl, QStringLiteral("en")).body, mine.body);
    QVERIFY(mail.resetTemplate(dl, QStringLiteral("en")).ok());
    QVERIFY(!MailTemplates::isCustomised(Settings(*f.db), dl, QStringLiteral("en")));
    QCOMPARE(historyRows(*f.db),
             (QStringList{settingsRow(QStringLiteral("mail.template.download-request.en")),
                          settingsRow(QStringLiteral("mail.template.download-request.en=default"))}));
}

void TestSettingsWorkflows::exportIsRecorded()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    QVERIFY(HistoryWorkflows(*f.ctx)
                .recordExport(QStringLiteral("history year=2025 rows=3"), QStringLiteral("note"))
                .ok());
    HistoryFilter exports;
    exports.operation = Op::Export;
    auto rows = HistoryLog::list(*f.db, exports);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().operation, Op::Export);
    QCOMPARE(rows->first().details, QStringLiteral("history year=2025 rows=3"));
    QCOMPARE(rows->first().remarks, QStringLiteral("note"));
    QCOMPARE(rows->first().operatorName, QStringLiteral("tester"));
}

void TestSettingsWorkflows::organisationNameIsSavedWithTheCa()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    CaWorkflows cas(*f.ctx);
    // Refused before anything is stored: no CA, no organisation name.
    auto refused = cas.createRoot(CaSubject{QStringLiteral("Example CA"), QStringLiteral("Example KK"), {}},
                                  KeyType::EcP256, 3650, "short", QStringLiteral("Example KK"));
    QVERIFY(!refused.ok());
    QCOMPARE(Settings(*f.db).value(SettingKey::OrgName), QString());
    QVERIFY(historyRows(*f.db).isEmpty());

    auto ca = cas.createRoot(CaSubject{QStringLiteral("Example CA"), QStringLiteral("Example KK"), {}},
                             KeyType::EcP256, 3650, kPassphrase, QStringLiteral("Example KK"));
    QVERIFY2(ca.ok(), qPrintable(ca.error().message));
    QCOMPARE(Settings(*f.db).value(SettingKey::OrgName), QStringLiteral("Example KK"));
    const QStringList rows = historyRows(*f.db);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).startsWith(Op::CaCreated + QStringLiteral(" subject=")), qPrintable(rows.at(0)));
    QCOMPARE(rows.at(1), settingsRow(QStringLiteral("org.name=Example KK")));
    QVERIFY(HistoryLog::verify(*f.db)->intact);
}

QTEST_GUILESS_MAIN(TestSettingsWorkflows)
#include "tst_SettingsWorkflows.moc"
