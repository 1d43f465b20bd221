// certdesk: the desktop console. `certdesk [--db URL] [--lang ja|en]`; without --db it opens the last
// database, and on a first start (or a database without a CA) the first-run wizard.
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "shell/Prompts.h"
#include "shell/UiLanguage.h"
#include "store/CaStore.h"
#include "util/AppTranslator.h"
#include "wizard/FirstRunWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace certdesk;

namespace {

bool hasCa(const QString& url)
{
    auto db = Database::open(url);
    if (!db)
        return false;
    auto ca = CaStore(*db.value()).active();
    return ca && ca.value();
}

QString withoutPassword(const QString& url)
{
    auto parsed = DatabaseUrl::parse(url);
    return parsed ? parsed->display() : QString();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CertDesk"));
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DB"),
                                QStringLiteral("url"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("ja or en"),
                                  QStringLiteral("language"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    QSettings prefs;
    const QString lang = parser.isSet(langOption) ? parser.value(langOption)
                                                  : prefs.value(QStringLiteral("language")).toString();
    switchUiLanguage(lang);

    QString url = parser.isSet(dbOption) ? parser.value(dbOption)
                                         : prefs.value(QStringLiteral("lastDatabase")).toString();
    if (url.isEmpty() || !hasCa(url)) {
        FirstRunWizard wizard(url);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        url = wizard.databaseUrl();
        prefs.setValue(QStringLiteral("language"), currentLanguage());
    }
    auto db = Database::open(url);
    if (!db) {
        Prompts::error(nullptr, QCoreApplication::translate("main", "CertDesk"), db.error());
        return 1;
    }
    if (!parser.isSet(dbOption) || url.startsWith(QLatin1String("sqlite:")))
        prefs.setValue(QStringLiteral("lastDatabase"), withoutPassword(url));

    AppSession session(db.value());
    MainWindow window(session);
    window.show();
    return app.exec();
}
