#include "util/AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace certdesk {
namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_language = QStringLiteral("en");
} // namespace

QString installTranslators(const QString& language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang =
            QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    if (lang != QLatin1String("ja"))
        lang = QStringLiteral("en");
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/certdesk_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(g_app.get());
    if (g_qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    QLocale::setDefault(QLocale(lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    g_language = lang;
    return lang;
}

QString currentLanguage()
{
    return g_language;
}

} // namespace certdesk
