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
#include <utility>

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

// The command line; --help and --version are answered before any window system is needed.
struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DB"),
                          QStringLiteral("url")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("ja or en"), QStringLiteral("language")};
    void addTo(QCommandLineParser& parser) const
    {
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(db);
        parser.addOption(lang);
    }
};

// --help / --version: QApplication aborts without a display, a QCoreApplication answers anywhere.
bool asksHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
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
    const Options options;
    if (asksHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("CertDesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CertDesk"));
    // The icon for every window from the first (sign-in) on, and the .desktop file that names it (Wayland).
    QApplication::setWindowIcon(AboutDialog::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.certdesk.CertDesk"));
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));

    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption& dbOption = options.db;
    const QCommandLineOption& langOption = options.lang;

    QSettings prefs;
    const QString lang = parser.isSet(langOption) ? parser.value(langOption)
                                                  : prefs.value(QStringLiteral("language")).toString();
    switchUiLanguage(lang);

    QString url = parser.isSet(dbOption) ? parser.value(dbOption)
                                         : prefs.value(QStringLiteral("lastDatabase")).toString();
    std::optional<SignedIn> signedIn;
    QByteArray setupPassphrase; // the CA passphrase typed in the wizard: the first session starts unlocked
    QString firstScreen;        // the wizard's "what next"
    if (url.isEmpty() || needsSetup(url)) {
        FirstRunWizard wizard(url);
        if (wizard.exec() != QDialog::Accepted || !wizard.signedIn())
            return 0;
        url = wizard.databaseUrl();
        signedIn = wizard.signedIn();
        setupPassphrase = wizard.takeCaPassphrase();
        firstScreen = wizard.firstScreen();
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
        if (!setupPassphrase.isEmpty()) {
            (void)session->context().unlockCa(setupPassphrase); // locked as usual if it fails
            setupPassphrase.fill('\0');
            setupPassphrase.clear();
        }
        auto window = std::make_unique<MainWindow>(*session);
        bool signedOut = false;
        QObject::connect(window.get(), &MainWindow::signedOut, &app, [&signedOut] {
            signedOut = true;
            QCoreApplication::quit();
        });
        window->show();
        if (!firstScreen.isEmpty())
            window->openScreen(std::exchange(firstScreen, QString()));
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
