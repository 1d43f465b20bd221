// Values for the placeholders: the recipient's mail language, dates in that language, preview samples.
#include "mail/MailTemplates.h"

#include "mail/MailTemplateInfo.h"

#include <QLocale>
#include <QTimeZone>

namespace certdesk {

using mailtemplates::kKeyPassword;
using mailtemplates::normalisedLanguage;

QString MailTemplates::mailLanguage(const Settings& settings, const UserRecord& user)
{
    if (languages().contains(user.mailLanguage))
        return user.mailLanguage;
    const QString org = settings.value(SettingKey::MailLanguage);
    return languages().contains(org) ? org : QStringLiteral("ja");
}

QString MailTemplates::formatDateTime(const QDateTime& when, const QString& language)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    const QString text = normalisedLanguage(language) == QLatin1String("en")
                             ? QLocale(QLocale::English).toString(local, QStringLiteral("d MMM yyyy HH:mm"))
                             : QLocale(QLocale::Japanese).toString(local, QStringLiteral("yyyy/MM/dd HH:mm"));
    return zone.isEmpty() ? text : text + QStringLiteral(" (") + zone + QLatin1Char(')');
}

QHash<QString, QString> MailTemplates::sampleValues(MailTemplateId which, const QString& language)
{
    const bool en = normalisedLanguage(language) == QLatin1String("en");
    const QDateTime deadline(QDate(2025, 8, 15), QTime(10, 39));
    const QHash<QString, QString> all = {
        {QStringLiteral("org_name"), en ? QStringLiteral("Example KK") : QStringLiteral("サンプル株式会社")},
        {QStringLiteral("user_name"), en ? QStringLiteral("Taro Otsuka") : QStringLiteral("大塚 太郎")},
        {QStringLiteral("login_id"), QStringLiteral("otsuka.taro")},
        {QStringLiteral("device"), QStringLiteral("Windows")},
        {QStringLiteral("download_url"), QStringLiteral("https://certs.example.jp/d/7Qm2xK9pWc4Z")},
        {QStringLiteral("download_deadline"), formatDateTime(deadline, language)},
        {kKeyPassword, QStringLiteral("k7Pq-29xM-vR4t")},
        {QStringLiteral("file_name"), QStringLiteral("certificateform.csv")},
        {QStringLiteral("count"), QStringLiteral("25")},
        {QStringLiteral("problems"),
         en ? QStringLiteral("3: Device: \"iphone\": unknown device type.")
            : QStringLiteral("3: デバイス: \"iphone\": デバイスの種類が正しくありません。")},
        {QStringLiteral("error"), en ? QStringLiteral("The CA passphrase is wrong.")
                                     : QStringLiteral("認証局のパスフレーズが正しくありません。")},
        {QStringLiteral("expiry_date"), formatDateTime(deadline.addDays(365), language)},
    };
    QHash<QString, QString> out;
    for (const QString& name : placeholders(which))
        out.insert(name, all.value(name));
    return out;
}

} // namespace certdesk
