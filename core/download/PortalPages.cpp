#include "download/PortalPages.h"
#include "policy/DeviceTypes.h"

#include <QTimeZone>
#include <QTranslator>

namespace certdesk {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// How to install the .p12 on each device type (the steps of the seed manuals: open the file, the
// import wizard or profile, the password, then choose the certificate when the service asks).
QList<const char*> installStepSources(const QString& device)
{
    if (device == QLatin1String("windows"))
        return {
            QT_TRANSLATE_NOOP("PortalPages", "Open the downloaded .p12 file (double-click it in Downloads)."),
            QT_TRANSLATE_NOOP("PortalPages",
                              "The Certificate Import Wizard opens: choose \"Current User\" and click Next."),
            QT_TRANSLATE_NOOP("PortalPages",
                              "Click Next, then enter the certificate password and click Next."),
            QT_TRANSLATE_NOOP("PortalPages",
                              "Keep \"Automatically select the certificate store\", click Next, "
                              "then Finish."),
            QT_TRANSLATE_NOOP("PortalPages",
                              "Restart the browser and open the service. When the browser asks "
                              "for a certificate, choose this one."),
        };
    if (device == QLatin1String("mac"))
        return {
            QT_TRANSLATE_NOOP("PortalPages", "Open the downloaded .p12 file (double-click it in Downloads)."),
            QT_TRANSLATE_NOOP("PortalPages", "Keychain Access opens: choose the \"login\" keychain and click "
                                             "Add."),
            QT_TRANSLATE_NOOP("PortalPages", "Enter the certificate password and click OK."),
            QT_TRANSLATE_NOOP("PortalPages",
                              "Open the service in Safari or Chrome. When the browser asks for a "
                              "certificate, choose this one."),
        };
    if (device == QLatin1String("ios-app"))
        return {
            QT_TRANSLATE_NOOP("PortalPages", "Open this page in Safari on the iPhone or iPad (the Gmail app "
                                             "cannot open certificates)."),
            QT_TRANSLATE_NOOP("PortalPages", "Download the certificate and tap Allow: the profile is "
                                             "downloaded."),
            QT_TRANSLATE_NOOP("PortalPages", "Open Settings, tap \"Profile Downloaded\" (or General > VPN & "
                                             "Device Management) and tap Install."),
            QT_TRANSLATE_NOOP("PortalPages",
                              "Enter the passcode of the device, then the certificate password, "
                              "and tap Install and Done."),
        };
    if (device == QLatin1String("ios-browser"))
        return {
            QT_TRANSLATE_NOOP("PortalPages", "Download the certificate on the iPhone or iPad."),
            QT_TRANSLATE_NOOP("PortalPages", "Open the .p12 file with the organisation's dedicated browser "
                                             "(Share > the browser) and import it there."),
            QT_TRANSLATE_NOOP("PortalPages", "Enter the certificate password when the browser asks for it."),
        };
    if (device == QLatin1String("android"))
        return {
            QT_TRANSLATE_NOOP("PortalPages", "Download the certificate with Chrome on the device."),
            QT_TRANSLATE_NOOP("PortalPages",
                              "Open Settings > Security > Encryption & credentials > Install a "
                              "certificate > VPN & app user certificate."),
            QT_TRANSLATE_NOOP("PortalPages", "Choose the downloaded .p12 file and enter the certificate "
                                             "password."),
            QT_TRANSLATE_NOOP("PortalPages",
                              "Give the certificate a name (for example the service's name) and "
                              "tap OK."),
        };
    return {
        QT_TRANSLATE_NOOP("PortalPages", "Download the certificate on the device that will use it."),
        QT_TRANSLATE_NOOP("PortalPages",
                          "Import the .p12 file into the device or browser as its manual says, "
                          "with the certificate password."),
    };
}
} // namespace

PortalPages::PortalPages(QString language, const QTranslator* japanese, QString orgName)
    : m_language(std::move(language)), m_ja(japanese), m_org(std::move(orgName))
{
}

QString PortalPages::languageFor(QByteArrayView acceptLanguage, const QString& fallback)
{
    double bestQ = -1;
    QString best;
    int order = 0;
    for (const QByteArray& item : acceptLanguage.toByteArray().split(',')) {
        if (++order > 32)
            break;
        const QList<QByteArray> parts = item.trimmed().split(';');
        const QByteArray tag = parts.value(0).trimmed().toLower();
        double q = 1.0;
        for (int i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        QString lang;
        if (tag == "ja" || tag.startsWith("ja-"))
            lang = QStringLiteral("ja");
        else if (tag == "en" || tag.startsWith("en-"))
            lang = QStringLiteral("en");
        if (!lang.isEmpty() && q > 0 && q > bestQ) {
            bestQ = q;
            best = lang;
        }
    }
    return best.isEmpty() ? fallback : best;
}

QString PortalPages::t(const char* source) const
{
    return t("PortalPages", source);
}

QString PortalPages::t(const char* context, const char* source) const
{
    if (m_language == QLatin1String("ja") && m_ja) {
        const QString translated = m_ja->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QByteArray PortalPages::page(const QString& title, const QString& bodyHtml) const
{
    const QString org =
        m_org.isEmpty() ? QString() : QStringLiteral("<p class=\"org\">%1</p>").arg(esc(m_org));
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta name=\"robots\" content=\"noindex\"><title>%2</title>"
            "<style>body{font-family:system-ui,'Hiragino Sans','Noto Sans CJK JP',sans-serif;max-width:34em;"
            "margin:2em auto;padding:0 1em;color:#222}h1{font-size:1.4em}.org{color:#666}"
            ".problem{color:#a00;font-weight:bold}label{display:block;margin:1em 0 .3em}"
            "input[type=text]{font-size:1.1em;width:100%;padding:.4em;box-sizing:border-box}"
            "button{font-size:1.1em;margin-top:1em;padding:.5em 1.5em}dt{color:#666}dd{margin:0 0 "
            ".6em}h2{font-size:1.15em;margin-top:2em}.password{background:#fff6d6;padding:.6em .8em;"
            "border-left:4px solid #d9a400}ol.steps li{margin:.4em 0}</style>"
            "</head><body>%3<h1>%2</h1>%4</body></html>\n")
            .arg(m_language, esc(title), org, bodyHtml);
    return html.toUtf8();
}

QByteArray PortalPages::downloadForm(const LinkInfo& link, const QString& token, const QString& problem) const
{
    const CertificateRecord& c = link.certificate;
    const char* device = DeviceTypes::displayNameSource(c.device);
    // Four-digit year, 24-hour clock, in both languages (issue 17: "12/4/27 9:23 PM" was ambiguous).
    const QString deadline = c.downloadDeadline.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm"));
    QString body;
    if (!problem.isEmpty())
        body += QStringLiteral("<p class=\"problem\" role=\"alert\">%1</p>").arg(esc(problem));
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("PortalPages",
                                             "Your client certificate is ready. Enter your login ID to "
                                             "download it, then install it on the device named below."))));
    body += QStringLiteral("<dl><dt>%1</dt><dd>%2</dd><dt>%3</dt><dd>%4</dd><dt>%5</dt><dd>%6</dd></dl>")
                .arg(esc(t(QT_TRANSLATE_NOOP("PortalPages", "Device"))),
                     esc(device ? t("DeviceTypes", device) : c.device),
                     esc(t(QT_TRANSLATE_NOOP("PortalPages", "Download by"))), esc(deadline),
                     esc(t(QT_TRANSLATE_NOOP("PortalPages", "Downloads left"))),
                     QString::number(link.downloadsLeft));
    body +=
        QStringLiteral("<form method=\"post\" action=\"/download/%1\" autocomplete=\"off\">"
                       "<label for=\"login_id\">%2</label>"
                       "<input type=\"text\" id=\"login_id\" name=\"login_id\" required maxlength=\"128\" "
                       "autocapitalize=\"none\" "
                       "autocorrect=\"off\" spellcheck=\"false\"><button type=\"submit\">%3</button></form>")
            .arg(esc(token), esc(t(QT_TRANSLATE_NOOP("PortalPages", "Login ID"))),
                 esc(t(QT_TRANSLATE_NOOP("PortalPages", "Download the certificate"))));
    body += installSteps(c);
    return page(t(QT_TRANSLATE_NOOP("PortalPages", "Download your client certificate")), body);
}

QString PortalPages::installSteps(const CertificateRecord& c) const
{
    const char* device = DeviceTypes::displayNameSource(c.device);
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(t(QT_TRANSLATE_NOOP("PortalPages", "How to install it on %1"))
                                    .arg(device ? t("DeviceTypes", device) : c.device)));
    // An auto-generated password is mailed on its own (MailQueue); a chosen one comes from the administrator.
    html += QStringLiteral("<p class=\"password\" id=\"password-note\">%1</p>")
                .arg(esc(c.passwordAuto
                             ? t(QT_TRANSLATE_NOOP("PortalPages",
                                                   "The certificate password comes in a separate mail. Keep "
                                                   "it at hand: the installation asks for it."))
                             : t(QT_TRANSLATE_NOOP("PortalPages",
                                                   "Your administrator gives you the certificate password. "
                                                   "Keep it at hand: the installation asks for it."))));
    html += QStringLiteral("<ol class=\"steps\" id=\"install-steps\" data-device=\"%1\">").arg(esc(c.device));
    for (const char* step : installStepSources(c.device))
        html += QStringLiteral("<li>%1</li>").arg(esc(t(step)));
    html += QStringLiteral("</ol>");
    return html;
}

QByteArray PortalPages::refusal(LinkState state) const
{
    const char* message = nullptr;
    switch (state) {
    case LinkState::Expired:
        message = QT_TRANSLATE_NOOP(
            "PortalPages",
            "This download link has expired. Ask your administrator to issue the certificate again.");
        break;
    case LinkState::Revoked:
        message = QT_TRANSLATE_NOOP("PortalPages",
                                    "This certificate has been revoked and can no longer be downloaded.");
        break;
    case LinkState::UsedUp:
        message = QT_TRANSLATE_NOOP("PortalPages", "This certificate has been downloaded as often as "
                                                   "allowed. Ask your administrator if you need it again.");
        break;
    case LinkState::Gone:
        message = QT_TRANSLATE_NOOP("PortalPages",
                                    "This certificate can no longer be downloaded. Ask your administrator.");
        break;
    case LinkState::Unknown:
    case LinkState::Valid:
        return notFound();
    }
    return page(t(QT_TRANSLATE_NOOP("PortalPages", "Download not possible")),
                QStringLiteral("<p class=\"problem\">%1</p>").arg(esc(t(message))));
}

QByteArray PortalPages::locked() const
{
    return page(t(QT_TRANSLATE_NOOP("PortalPages", "Too many attempts")),
                QStringLiteral("<p class=\"problem\">%1</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP(
                        "PortalPages", "The login ID was wrong too many times. Try again in 15 minutes, "
                                       "or ask your administrator.")))));
}

QByteArray PortalPages::badRequest(const QString& message) const
{
    return page(t(QT_TRANSLATE_NOOP("PortalPages", "Request not understood")),
                QStringLiteral("<p class=\"problem\">%1</p>").arg(esc(message)));
}

QByteArray PortalPages::notFound() const
{
    return page(t(QT_TRANSLATE_NOOP("PortalPages", "Page not found")),
                QStringLiteral("<p class=\"problem\">%1</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP(
                        "PortalPages",
                        "This link does not exist. Check that you opened the whole link from the mail.")))));
}

QString PortalPages::wrongLoginId(int triesLeft) const
{
    return t(QT_TRANSLATE_NOOP("PortalPages", "This login ID does not match the certificate. Tries left: %1"))
        .arg(triesLeft);
}

} // namespace certdesk
