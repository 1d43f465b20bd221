// certdesk: the desktop console. `certdesk [--db URL] [--lang ja|en]`; without --db it opens the last
// database, and on a first start (or a database without a CA) the first-run wizard. Nothing is shown
// before an operator signed in: the wizard creates the first administrator, a database made before
// operators existed asks for one, every other start shows the sign-in dialog. Sign out returns to it.
#include "about/AboutDialog.h"
#include "operators/SignInFlow.h"
#include "platform/ProcessHardening.h"
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

// False only when the database can be read and has no CA. A PostgreSQL database that cannot be opened
// before an operator signed in (the address names no schema owner) goes to the sign-in.
bool needsSetup(const QString& url)
{
    auto db = Database::open(url);
    if (!db)
        return !url.startsWith(QLatin1String("postgres"));
    auto ca = CaStore(*db.value()).active();
    return ca && !ca.value();
}

QString withoutPassword(const QString& url)
{
    auto parsed = DatabaseUrl::parse(url);
    return parsed ? parsed->display() : QString();
}

} // namespace

int main(int argc, char** argv)
{
    ProcessHardening::disableCoreDumps(); // before anything holds a key or a password
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CertDesk"));
    // The icon for every window from the first (sign-in) on, and the .desktop file that names it (Wayland).
    QApplication::setWindowIcon(AboutDialog::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.certdesk.CertDesk"));
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
    std::optional<SignedIn> signedIn;
    if (url.isEmpty() || needsSetup(url)) {
        FirstRunWizard wizard(url);
        if (wizard.exec() != QDialog::Accepted || !wizard.signedIn())
            return 0;
        url = wizard.databaseUrl();
        signedIn = wizard.signedIn();
        prefs.setValue(QStringLiteral("language"), currentLanguage());
    } else {
        signedIn = SignInFlow::run(url);
        if (!signedIn)
            return 0;
    }
    if (!parser.isSet(dbOption) || url.startsWith(QLatin1String("sqlite:")))
        prefs.setValue(QStringLiteral("lastDatabase"), withoutPassword(url));

    // One session and window per sign-in: on PostgreSQL each operator has its own connection.
    for (;;) {
        auto session = std::make_unique<AppSession>(signedIn->db);
        session->setSignedIn(signedIn->result.actor, signedIn->result.op.displayName);
        auto window = std::make_unique<MainWindow>(*session);
        bool signedOut = false;
        QObject::connect(window.get(), &MainWindow::signedOut, &app, [&signedOut] {
            signedOut = true;
            QCoreApplication::quit();
        });
        window->show();
        const int rc = app.exec();
        window.reset();
        session.reset();
        if (!signedOut)
            return rc;
        signedIn = SignInFlow::run(url, nullptr, QString());
        if (!signedIn)
            return 0;
    }
}
