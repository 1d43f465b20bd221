// Notification mail templates: the shipped defaults, placeholder rules, rendering, overrides in the
// settings table and the mail language.
#include "TestDatabase.h"
#include "WorkflowFixture.h"
#include "mail/MailTemplates.h"
#include "store/Settings.h"
#include "workflows/SettingsWorkflows.h"
#include <QRegularExpression>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// Japanese values for every placeholder any template accepts.
QHash<QString, QString> japaneseValues()
{
    return {
        {QStringLiteral("org_name"), QStringLiteral("大塚商会テスト株式会社")},
        {QStringLiteral("user_name"), QStringLiteral("大塚 太郎")},
        {QStringLiteral("login_id"), QStringLiteral("otsuka.taro")},
        {QStringLiteral("device"), QStringLiteral("iOS/iPadOS（アプリ/ブラウザ）")},
        {QStringLiteral("download_url"), QStringLiteral("https://certs.example.jp/d/AbC123")},
        {QStringLiteral("download_deadline"), QStringLiteral("2025/08/15 10:39 (JST)")},
        {QStringLiteral("key_password"), QStringLiteral("Pw-7x!q{2}")},
        {QStringLiteral("file_name"), QStringLiteral("証明書フォーム.csv")},
        {QStringLiteral("count"), QStringLiteral("1000")},
        {QStringLiteral("problems"),
         QStringLiteral("3: デバイス: \"iphone\": 不明なデバイスです。\n5: 発行: \"x\": 不正な値です。")},
        {QStringLiteral("error"), QStringLiteral("認証局のパスフレーズが正しくありません。")},
        {QStringLiteral("expiry_date"), QStringLiteral("2026/08/15 10:39 (JST)")},
    };
}

MailTemplate tmpl(const char* subject, const char* body)
{
    return {QString::fromUtf8(subject), QString::fromUtf8(body)};
}

const QString kDownloadAllowed =
    QStringLiteral("{org_name}, {user_name}, {login_id}, {device}, {download_url}, {download_deadline}");

} // namespace

class TestMailTemplates : public QObject
{
    Q_OBJECT
private slots:
    void idsRoundTrip();
    void everyDefaultExistsAndIsValid();
    void japaneseDefaultsReadAsExpected();
    void renderFillsEveryPlaceholder();
    void renderEscapeAndUnknownNames();
    void unknownPlaceholdersAreListedOnceInOrder();
    void validationMessages();
    void saveRejectsUnknownPlaceholders();
    void saveAndLoadOverride();
    void keyPasswordOnlyInItsOwnMail();
    void settingsSetValidatesTemplateKeys();
    void mailLanguageRules();
    void datesInTheMailLanguage();
    void sampleValuesCoverEveryPlaceholder();
};

void TestMailTemplates::idsRoundTrip()
{
    QCOMPARE(MailTemplates::all().size(), 6);
    QStringList ids;
    for (MailTemplateId which : MailTemplates::all()) {
        ids << MailTemplates::id(which);
        MailTemplateId back{};
        QVERIFY(MailTemplates::fromId(MailTemplates::id(which), &back));
        QCOMPARE(back, which);
        QVERIFY(!MailTemplates::displayName(which).isEmpty());
        QVERIFY(!MailTemplates::description(which).isEmpty());
        for (const QString& p : MailTemplates::placeholders(which))
            QVERIFY2(!MailTemplates::placeholderDescription(p).isEmpty(), qPrintable(p));
    }
    QCOMPARE(ids, QStringList({QStringLiteral("download-request"), QStringLiteral("key-password"),
                               QStringLiteral("bulk-accepted"), QStringLiteral("bulk-rejected"),
                               QStringLiteral("issuance-failed"), QStringLiteral("expiry-reminder")}));
    QVERIFY(!MailTemplates::fromId(QStringLiteral("download_request"), nullptr));
    QCOMPARE(SettingKey::mailTemplate(MailTemplateId::KeyPassword, QStringLiteral("en"), "body"),
             QStringLiteral("mail.template.key-password.en.body"));
}

void TestMailTemplates::everyDefaultExistsAndIsValid()
{
    for (MailTemplateId which : MailTemplates::all()) {
        for (const QString& lang : MailTemplates::languages()) {
            const QString what = MailTemplates::id(which) + QLatin1Char('.') + lang;
            const MailTemplate t = MailTemplates::defaultTemplate(which, lang);
            QVERIFY2(!t.subject.trimmed().isEmpty(), qPrintable(what));
            QVERIFY2(!t.subject.contains(QLatin1Char('\n')), qPrintable(what));
            QVERIFY2(!t.subject.startsWith(QLatin1String("Subject")), qPrintable(what));
            QVERIFY2(t.body.size() > 100, qPrintable(what));
            QVERIFY2(!t.body.startsWith(QLatin1Char('\n')) && t.body.endsWith(QLatin1Char('\n')),
                     qPrintable(what));
            QVERIFY2(!t.body.endsWith(QLatin1String("\n\n")), qPrintable(what));
            QVERIFY2(!t.body.contains(QLatin1Char('\r')), qPrintable(what));
            QVERIFY2(MailTemplates::unknownPlaceholders(which, t.subject + t.body).isEmpty(),
                     qPrintable(what));
            for (const QString& r : MailTemplates::requiredPlaceholders(which))
                QVERIFY2(MailTemplates::usedPlaceholders(t.body).contains(r),
                         qPrintable(what + QLatin1Char(' ') + r));
            QVERIFY2(MailTemplates::usedPlaceholders(t.subject).contains(QStringLiteral("org_name")),
                     qPrintable(what));
            const bool hasPassword =
                MailTemplates::usedPlaceholders(t.subject + t.body).contains(QStringLiteral("key_password"));
            QCOMPARE(hasPassword, which == MailTemplateId::KeyPassword);
            QVERIFY2(MailTemplates::validate(which, t).isEmpty(),
                     qPrintable(MailTemplates::validate(which, t)));
        }
        // ja and en really differ, and an unknown language falls back to Japanese.
        QVERIFY(MailTemplates::defaultTemplate(which, QStringLiteral("ja")).body !=
                MailTemplates::defaultTemplate(which, QStringLiteral("en")).body);
        QCOMPARE(MailTemplates::defaultTemplate(which, QStringLiteral("fr")).body,
                 MailTemplates::defaultTemplate(which, QStringLiteral("ja")).body);
    }
    QCOMPARE(MailTemplates::requiredPlaceholders(MailTemplateId::DownloadRequest),
             QStringList{QStringLiteral("download_url")});
    QCOMPARE(MailTemplates::requiredPlaceholders(MailTemplateId::KeyPassword),
             QStringList{QStringLiteral("key_password")});
}

void TestMailTemplates::japaneseDefaultsReadAsExpected()
{
    const auto ja = [](MailTemplateId w) { return MailTemplates::defaultTemplate(w, QStringLiteral("ja")); };
    QCOMPARE(ja(MailTemplateId::DownloadRequest).subject,
             QStringLiteral("【{org_name}】証明書ダウンロードのお願い"));
    QCOMPARE(ja(MailTemplateId::KeyPassword).subject,
             QStringLiteral("【{org_name}】証明書パスワードのお知らせ"));
    QCOMPARE(ja(MailTemplateId::BulkAccepted).subject,
             QStringLiteral("【{org_name}】証明書一括発行を受付けました"));
    QCOMPARE(ja(MailTemplateId::BulkRejected).subject,
             QStringLiteral("【{org_name}】証明書一括発行が失敗しました"));
    QCOMPARE(ja(MailTemplateId::IssuanceFailed).subject,
             QStringLiteral("【{org_name}】証明書の発行に失敗しました"));
    QCOMPARE(ja(MailTemplateId::ExpiryReminder).subject,
             QStringLiteral("【{org_name}】証明書の有効期限が近づいています"));
    const MailTemplate dl = ja(MailTemplateId::DownloadRequest);
    QVERIFY(dl.body.startsWith(QStringLiteral("{user_name} 様\n")));
    QVERIFY(dl.body.contains(QStringLiteral("添付されている場合")));
    QVERIFY(MailTemplates::defaultTemplate(MailTemplateId::DownloadRequest, QStringLiteral("en"))
                .body.contains(QStringLiteral("If a certificate file (.p12) is attached")));
    // The download URL stands on a line of its own, so that mail clients link it.
    QVERIFY(dl.body.contains(QStringLiteral("\n{download_url}\n")));
}

void TestMailTemplates::renderFillsEveryPlaceholder()
{
    const QHash<QString, QString> values = japaneseValues();
    for (MailTemplateId which : MailTemplates::all()) {
        for (const QString& lang : MailTemplates::languages()) {
            const MailTemplate t = MailTemplates::defaultTemplate(which, lang);
            const MailTemplate r = MailTemplates::render(t, values);
            const QString what = MailTemplates::id(which) + QLatin1Char('.') + lang;
            for (const QString& p : MailTemplates::placeholders(which)) {
                QVERIFY2(!r.subject.contains(QLatin1Char('{') + p + QLatin1Char('}')), qPrintable(what + p));
                QVERIFY2(!r.body.contains(QLatin1Char('{') + p + QLatin1Char('}')), qPrintable(what + p));
                if (MailTemplates::usedPlaceholders(t.subject + t.body).contains(p))
                    QVERIFY2((r.subject + r.body).contains(values.value(p)), qPrintable(what + p));
            }
        }
    }
    const MailTemplate r = MailTemplates::render(
        MailTemplates::defaultTemplate(MailTemplateId::DownloadRequest, QStringLiteral("ja")), values);
    QCOMPARE(r.subject, QStringLiteral("【大塚商会テスト株式会社】証明書ダウンロードのお願い"));
    QVERIFY(r.body.startsWith(QStringLiteral("大塚 太郎 様\n")));
    QVERIFY(r.body.contains(QStringLiteral("ログインID：otsuka.taro\n")));
    QVERIFY(r.body.contains(QStringLiteral("有効期限：2025/08/15 10:39 (JST) まで\n")));
    QVERIFY(r.body.contains(QStringLiteral("\nhttps://certs.example.jp/d/AbC123\n")));
    // The key password (with braces in it) arrives verbatim in its own mail.
    const MailTemplate pw = MailTemplates::render(
        MailTemplates::defaultTemplate(MailTemplateId::KeyPassword, QStringLiteral("ja")), values);
    QVERIFY(pw.body.contains(QStringLiteral("証明書パスワード：Pw-7x!q{2}\n")));
    QVERIFY(!pw.body.contains(values.value(QStringLiteral("download_url"))));
}

void TestMailTemplates::renderEscapeAndUnknownNames()
{
    const QHash<QString, QString> v = {{QStringLiteral("login_id"), QStringLiteral("大塚")},
                                       {QStringLiteral("device"), QStringLiteral("Windows")}};
    QCOMPARE(MailTemplates::render(QStringLiteral("{{login_id} = {login_id}"), v),
             QStringLiteral("{login_id} = 大塚"));
    QCOMPARE(MailTemplates::render(QStringLiteral("{{{login_id}}"), v), QStringLiteral("{大塚}"));
    QCOMPARE(MailTemplates::render(QStringLiteral("a {{ b"), v), QStringLiteral("a { b"));
    QCOMPARE(MailTemplates::render(QStringLiteral("{{{{"), v), QStringLiteral("{{"));
    // Unknown names, lone braces and text that is not a name stay as written.
    QCOMPARE(MailTemplates::render(QStringLiteral("{foo} {login_id}"), v), QStringLiteral("{foo} 大塚"));
    QCOMPARE(MailTemplates::render(QStringLiteral("{ a } } { {}"), v), QStringLiteral("{ a } } { {}"));
    QCOMPARE(MailTemplates::render(QStringLiteral("end {login_id"), v), QStringLiteral("end {login_id"));
    QCOMPARE(MailTemplates::render(QStringLiteral("{{device}{device}"), v),
             QStringLiteral("{device}Windows"));
    // Values are inserted verbatim, never expanded again.
    const QHash<QString, QString> tricky = {{QStringLiteral("login_id"), QStringLiteral("{device} {{x")},
                                            {QStringLiteral("device"), QStringLiteral("Mac")}};
    QCOMPARE(MailTemplates::render(QStringLiteral("{login_id}/{device}"), tricky),
             QStringLiteral("{device} {{x/Mac"));
    QCOMPARE(MailTemplates::render(QString(), v), QString());
}

void TestMailTemplates::unknownPlaceholdersAreListedOnceInOrder()
{
    const QString text =
        QStringLiteral("{zeta} {login_id} {{alpha} {ログインID} {zeta} {org_name} {key_password}");
    QCOMPARE(
        MailTemplates::unknownPlaceholders(MailTemplateId::DownloadRequest, text),
        QStringList({QStringLiteral("zeta"), QStringLiteral("ログインID"), QStringLiteral("key_password")}));
    QCOMPARE(MailTemplates::unknownPlaceholders(MailTemplateId::KeyPassword, text),
             QStringList({QStringLiteral("zeta"), QStringLiteral("ログインID")}));
    QCOMPARE(MailTemplates::usedPlaceholders(text),
             QStringList({QStringLiteral("zeta"), QStringLiteral("login_id"), QStringLiteral("ログインID"),
                          QStringLiteral("org_name"), QStringLiteral("key_password")}));
    QCOMPARE(MailTemplates::unknownPlaceholders(MailTemplateId::BulkAccepted,
                                                QStringLiteral("{count} {file_name}")),
             QStringList());
    QCOMPARE(MailTemplates::unknownPlaceholders(MailTemplateId::BulkAccepted, QStringLiteral("{login_id}")),
             QStringList{QStringLiteral("login_id")});
}

void TestMailTemplates::validationMessages()
{
    const MailTemplateId dl = MailTemplateId::DownloadRequest;
    QCOMPARE(MailTemplates::validate(dl, tmpl(" ", "{download_url}")),
             QStringLiteral("The subject must not be empty."));
    QCOMPARE(MailTemplates::validate(dl, tmpl("a\nBcc: x@example.jp", "{download_url}")),
             QStringLiteral("The subject must be a single line."));
    QCOMPARE(MailTemplates::validate(dl, tmpl("件名", "URL なし")),
             QStringLiteral("The body of \"Download request\" must contain {download_url}."));
    // Required placeholders count only in the body.
    QCOMPARE(MailTemplates::validate(dl, tmpl("{download_url}", "本文")),
             QStringLiteral("The body of \"Download request\" must contain {download_url}."));
    QCOMPARE(MailTemplates::validate(MailTemplateId::KeyPassword, tmpl("件名", "パスワードなし")),
             QStringLiteral("The body of \"Certificate password\" must contain {key_password}."));
    QCOMPARE(
        MailTemplates::validate(dl, tmpl("【{org_name}】", "{{key_password} は別メール: {download_url}")),
        QString());
    QCOMPARE(MailTemplates::validate(MailTemplateId::BulkRejected, tmpl("x", "{problems}")), QString());
    QCOMPARE(MailTemplates::validate(MailTemplateId::BulkRejected, tmpl("x", "")), QString());
}

void TestMailTemplates::saveRejectsUnknownPlaceholders()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    Settings settings(*db);
    const QString before = dumpContent(*db);

    auto one = MailTemplates::save(settings, MailTemplateId::DownloadRequest, QStringLiteral("ja"),
                                   tmpl("【{org_name}】お願い", "{loginid} 様\n{download_url}\n"));
    QVERIFY(!one.ok());
    QCOMPARE(one.error().code, ErrorCode::Invalid);
    QCOMPARE(one.error().message, QStringLiteral("Unknown placeholder {loginid} in \"Download request\". "
                                                 "Allowed placeholders: ") +
                                      kDownloadAllowed + QLatin1Char('.'));

    auto several =
        MailTemplates::save(settings, MailTemplateId::DownloadRequest, QStringLiteral("en"),
                            tmpl("{company} notice", "{name}: {download_url} {company} {{escaped}\n"));
    QVERIFY(!several.ok());
    QCOMPARE(several.error().code, ErrorCode::Invalid);
    QCOMPARE(several.error().message,
             QStringLiteral("Unknown placeholders {company}, {name} in \"Download request\". "
                            "Allowed placeholders: ") +
                 kDownloadAllowed + QLatin1Char('.'));

    auto bulk = MailTemplates::save(settings, MailTemplateId::BulkAccepted, QStringLiteral("ja"),
                                    tmpl("受付", "{user_name}: {count}"));
    QCOMPARE(bulk.error().message,
             QStringLiteral("Unknown placeholder {user_name} in \"Bulk issuance accepted\". "
                            "Allowed placeholders: {org_name}, {file_name}, {count}."));

    auto lang =
        MailTemplates::save(settings, MailTemplateId::BulkAccepted, QStringLiteral("fr"), tmpl("x", "y"));
    QCOMPARE(lang.error().code, ErrorCode::Invalid);
    QCOMPARE(lang.error().message, QStringLiteral("Unknown mail language \"fr\" (ja or en)."));

    QCOMPARE(dumpContent(*db), before); // nothing was written
    QCOMPARE(MailTemplates::load(settings, MailTemplateId::DownloadRequest, QStringLiteral("ja")).body,
             MailTemplates::defaultTemplate(MailTemplateId::DownloadRequest, QStringLiteral("ja")).body);
}

void TestMailTemplates::saveAndLoadOverride()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    Settings settings(*db);
    const MailTemplateId dl = MailTemplateId::DownloadRequest;
    QVERIFY(!MailTemplates::isCustomised(settings, dl, QStringLiteral("ja")));
    const MailTemplate mine =
        tmpl("【{org_name}】証明書のご案内", "{user_name} 様\n\n{download_url}\n{{ではなく}\n");
    QVERIFY(MailTemplates::save(settings, dl, QStringLiteral("ja"), mine).ok());

    const MailTemplate loaded = MailTemplates::load(settings, dl, QStringLiteral("ja"));
    QCOMPARE(loaded.subject, mine.subject);
    QCOMPARE(loaded.body, mine.body);
    QVERIFY(MailTemplates::isCustomised(settings, dl, QStringLiteral("ja")));
    QCOMPARE(settings.value(QStringLiteral("mail.template.download-request.ja.subject")), mine.subject);
    // Another language, another template: still the shipped text.
    QCOMPARE(MailTemplates::load(settings, dl, QStringLiteral("en")).body,
             MailTemplates::defaultTemplate(dl, QStringLiteral("en")).body);
    QCOMPARE(MailTemplates::load(settings, MailTemplateId::ExpiryReminder, QStringLiteral("ja")).subject,
             MailTemplates::defaultTemplate(MailTemplateId::ExpiryReminder, QStringLiteral("ja")).subject);

    // A second save replaces the first (upsert).
    const MailTemplate again = tmpl("二回目", "{download_url}");
    QVERIFY(MailTemplates::save(settings, dl, QStringLiteral("ja"), again).ok());
    QCOMPARE(MailTemplates::load(settings, dl, QStringLiteral("ja")).subject, again.subject);

    // Only the body stored (e.g. with `settings set`): the subject stays the default.
    QVERIFY(settings
                .set(SettingKey::mailTemplate(dl, QStringLiteral("en"), "body"),
                     QStringLiteral("Get it: {download_url}\n"))
                .ok());
    const MailTemplate half = MailTemplates::load(settings, dl, QStringLiteral("en"));
    QCOMPARE(half.subject, MailTemplates::defaultTemplate(dl, QStringLiteral("en")).subject);
    QCOMPARE(half.body, QStringLiteral("Get it: {download_url}\n"));

    QVERIFY(MailTemplates::reset(settings, dl, QStringLiteral("ja")).ok());
    QVERIFY(!MailTemplates::isCustomised(settings, dl, QStringLiteral("ja")));
    QCOMPARE(MailTemplates::load(settings, dl, QStringLiteral("ja")).subject,
             QStringLiteral("【{org_name}】証明書ダウンロードのお願い"));

    // Every shipped default can be saved as it is.
    for (MailTemplateId which : MailTemplates::all())
        for (const QString& lang : MailTemplates::languages())
            QVERIFY(
                MailTemplates::save(settings, which, lang, MailTemplates::defaultTemplate(which, lang)).ok());
}

void TestMailTemplates::keyPasswordOnlyInItsOwnMail()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    Settings settings(*db);
    const QStringList names = {QStringLiteral("Download request"), QStringLiteral("Bulk issuance accepted"),
                               QStringLiteral("Bulk issuance rejected"), QStringLiteral("Issuance failed"),
                               QStringLiteral("Expiry reminder")};
    int n = 0;
    for (MailTemplateId which : MailTemplates::all()) {
        if (which == MailTemplateId::KeyPassword)
            continue;
        MailTemplate t = MailTemplates::defaultTemplate(which, QStringLiteral("ja"));
        t.body += QStringLiteral("パスワード：{key_password}\n");
        auto s = MailTemplates::save(settings, which, QStringLiteral("ja"), t);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Invalid);
        QCOMPARE(s.error().message,
                 QStringLiteral("{key_password} may only be used in the certificate password mail, "
                                "not in \"%1\".")
                     .arg(names.at(n++)));
        MailTemplate inSubject = MailTemplates::defaultTemplate(which, QStringLiteral("en"));
        inSubject.subject += QStringLiteral(" {key_password}");
        QVERIFY(!MailTemplates::save(settings, which, QStringLiteral("en"), inSubject).ok());
    }
    MailTemplate pw = MailTemplates::defaultTemplate(MailTemplateId::KeyPassword, QStringLiteral("ja"));
    pw.subject = QStringLiteral("パスワード {key_password}");
    auto s = MailTemplates::save(settings, MailTemplateId::KeyPassword, QStringLiteral("ja"), pw);
    QCOMPARE(s.error().message, QStringLiteral("{key_password} must not appear in the subject."));
    QVERIFY(MailTemplates::save(settings, MailTemplateId::KeyPassword, QStringLiteral("ja"),
                                tmpl("【{org_name}】パスワード", "{login_id}: {key_password}"))
                .ok());
    // The escape is not a placeholder: "{{key_password}" may be mentioned anywhere.
    QVERIFY(MailTemplates::save(settings, MailTemplateId::DownloadRequest, QStringLiteral("ja"),
                                tmpl("件名", "{download_url}\n{{key_password} は別メールで届きます。"))
                .ok());
}

void TestMailTemplates::settingsSetValidatesTemplateKeys()
{
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb, false), QString());
    // `certdesk-cli settings set` goes through SettingsWorkflows: the template rules apply.
    SettingsWorkflows settings(*f.ctx);
    auto leak = settings.set(QStringLiteral("mail.template.download-request.ja.body"),
                             QStringLiteral("{download_url} {key_password}"));
    QCOMPARE(leak.error().code, ErrorCode::Invalid);
    auto noLink =
        settings.set(QStringLiteral("mail.template.download-request.ja.body"), QStringLiteral("no link"));
    QCOMPARE(noLink.error().message,
             QStringLiteral("The body of \"Download request\" must contain {download_url}."));
    auto subject = settings.set(QStringLiteral("mail.template.key-password.en.subject"),
                                QStringLiteral("{key_password}"));
    QCOMPARE(subject.error().message, QStringLiteral("{key_password} must not appear in the subject."));
    auto unknown =
        settings.set(QStringLiteral("mail.template.bulk-rejected.ja.body"), QStringLiteral("{problem}"));
    QVERIFY(unknown.error().message.startsWith(
        QStringLiteral("Unknown placeholder {problem} in \"Bulk issuance rejected\".")));
    auto badKey = settings.set(QStringLiteral("mail.template.welcome.ja.body"), QStringLiteral("x"));
    QCOMPARE(badKey.error().message,
             QStringLiteral("Unknown mail template setting \"mail.template.welcome.ja.body\"."));
    QVERIFY(!settings.set(QStringLiteral("mail.template.key-password.ja.footer"), QStringLiteral("x")).ok());
    QVERIFY(!settings.set(QStringLiteral("mail.template.key-password.de.body"), QStringLiteral("x")).ok());
    QVERIFY(settings.set(QStringLiteral("mail.template.key-password.ja.body"), QString()).ok()); // = default
    QVERIFY(settings
                .set(QStringLiteral("mail.template.issuance-failed.ja.subject"),
                     QStringLiteral("失敗 {login_id}"))
                .ok());
    QCOMPARE(
        MailTemplates::load(Settings(*f.db), MailTemplateId::IssuanceFailed, QStringLiteral("ja")).subject,
        QStringLiteral("失敗 {login_id}"));
}

void TestMailTemplates::mailLanguageRules()
{
    CERTDESK_TEST_DATABASE(tdb);
    auto db = tdb->open();
    QVERIFY(db);
    Settings settings(*db);
    UserRecord user;
    QCOMPARE(MailTemplates::mailLanguage(settings, user), QStringLiteral("ja")); // organisation default
    user.mailLanguage = QStringLiteral("en");
    QCOMPARE(MailTemplates::mailLanguage(settings, user), QStringLiteral("en"));
    QVERIFY(settings.set(SettingKey::MailLanguage, QStringLiteral("en")).ok());
    user.mailLanguage.clear();
    QCOMPARE(MailTemplates::mailLanguage(settings, user), QStringLiteral("en")); // organisation's choice
    user.mailLanguage = QStringLiteral("ja");
    QCOMPARE(MailTemplates::mailLanguage(settings, user), QStringLiteral("ja")); // the user's wins
    user.mailLanguage = QStringLiteral("xx");
    QCOMPARE(MailTemplates::mailLanguage(settings, user), QStringLiteral("en")); // nonsense: organisation
    QVERIFY(settings.set(SettingKey::MailLanguage, QString()).ok());
    user.mailLanguage.clear();
    QCOMPARE(MailTemplates::mailLanguage(settings, user), QStringLiteral("ja"));
}

void TestMailTemplates::datesInTheMailLanguage()
{
    const QDateTime local(QDate(2025, 8, 15), QTime(10, 39));
    const QString ja = MailTemplates::formatDateTime(local, QStringLiteral("ja"));
    const QString en = MailTemplates::formatDateTime(local, QStringLiteral("en"));
    QVERIFY2(ja.startsWith(QStringLiteral("2025/08/15 10:39")), qPrintable(ja));
    QVERIFY2(en.startsWith(QStringLiteral("15 Aug 2025 10:39")), qPrintable(en));
    const QString zone = local.timeZoneAbbreviation();
    if (!zone.isEmpty())
        QCOMPARE(ja, QStringLiteral("2025/08/15 10:39 (%1)").arg(zone));
    // A UTC time is shown in local time.
    QCOMPARE(MailTemplates::formatDateTime(local.toUTC(), QStringLiteral("ja")), ja);
    QCOMPARE(MailTemplates::formatDateTime(QDateTime(), QStringLiteral("ja")), QString());
}

void TestMailTemplates::sampleValuesCoverEveryPlaceholder()
{
    for (MailTemplateId which : MailTemplates::all()) {
        for (const QString& lang : MailTemplates::languages()) {
            const auto values = MailTemplates::sampleValues(which, lang);
            QCOMPARE(values.size(), MailTemplates::placeholders(which).size());
            const MailTemplate r = MailTemplates::render(MailTemplates::defaultTemplate(which, lang), values);
            static const QRegularExpression token(QStringLiteral("\\{[a-z_]+\\}"));
            QVERIFY2(!token.match(r.subject + r.body).hasMatch(), qPrintable(r.subject + r.body));
        }
    }
}

QTEST_GUILESS_MAIN(TestMailTemplates)
#include "tst_MailTemplates.moc"
