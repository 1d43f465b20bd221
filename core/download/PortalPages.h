#pragma once
// The portal's HTML pages in Japanese or English (chosen per request from Accept-Language). Texts are
// marked with QT_TRANSLATE_NOOP("PortalPages", ...) and translated with the portal's own Japanese
// translator, so a portal inside the desktop app never changes the app's language.
#include "download/DownloadService.h"
#include <QByteArray>
#include <QString>

class QTranslator;

namespace certdesk {

class PortalPages
{
public:
    PortalPages(QString language, const QTranslator* japanese, QString orgName);

    // "ja" or "en": the first of the two in Accept-Language order of preference (q-values); `fallback`
    // when neither is named.
    static QString languageFor(QByteArrayView acceptLanguage, const QString& fallback = QStringLiteral("ja"));

    QByteArray downloadForm(const LinkInfo& link, const QString& token, const QString& problem = {}) const;
    QByteArray refusal(LinkState state) const;
    QByteArray locked() const;
    QByteArray badRequest(const QString& message) const;
    QByteArray notFound() const;
    QString wrongLoginId(int triesLeft) const;
    const QString& language() const { return m_language; }

    QString t(const char* source) const; // translated in this page's language
    QString t(const char* context, const char* source) const;

private:
    QByteArray page(const QString& title, const QString& bodyHtml) const;
    // The steps for the certificate's device type and where its password comes from.
    QString installSteps(const CertificateRecord& c) const;
    QString m_language;
    const QTranslator* m_ja;
    QString m_org;
};

} // namespace certdesk
