// certdesk-screenshots: renders every screen and the main dialogs of CertDesk into PNG files, for
// the README and for reviewing both languages. Used by scripts/screenshots under Xvfb.
//   certdesk-screenshots --db URL --lang ja|en --out DIR --user LOGIN --operator ADMIN
// The database should hold demo data (certdesk-cli demo) and LOGIN a user with certificates; ADMIN is
// an administrator whose password is in CERTDESK_OPERATOR_PASSWORD (the tool signs in as it, after
// shooting the sign-in dialog); CERTDESK_CA_PASSPHRASE unlocks the CA for the issue-result screenshot.
#include "bulk/BulkIssueForm.h"
#include "bulk/BulkIssueSection.h"
#include "bulk/BulkPage.h"
#include "ca/CaSetupDialog.h"
#include "operators/ChangePasswordDialog.h"
#include "operators/OperatorsPanel.h"
#include "operators/SignInDialog.h"
#include "operators/SignInForm.h"
#include "shell/AppSession.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"
#include "shell/PassphraseDialog.h"
#include "shell/Prompts.h"
#include "shell/UiLanguage.h"
#include "store/UserStore.h"
#include "users/IdentityDialog.h"
#include "users/IssueDialog.h"
#include "users/LostDeviceDialog.h"
#include "users/RevokeDialog.h"
#include "users/UserDialog.h"
#include "users/UsersPage.h"
#include "util/AppTranslator.h"
#include "wizard/FirstRunWizard.h"
#include "workflows/CertificateWorkflows.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace certdesk;

namespace {

QString g_out;
QString g_lang;
int g_count = 0;

void settle(int ms = 150)
{
    QTest::qWait(ms);
    QApplication::processEvents();
}

void shoot(QWidget* w, const QString& name)
{
    settle();
    const QString path = QDir(g_out).filePath(QStringLiteral("%1-%2.png").arg(g_lang, name));
    if (!w->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        ++g_count;
}

void click(QWidget* root, const char* name)
{
    if (auto* b = root->findChild<QAbstractButton*>(QString::fromLatin1(name)))
        b->click();
    else
        std::fprintf(stderr, "no button %s\n", name);
    settle();
}

void type(QWidget* root, const char* name, const QString& text)
{
    if (auto* e = root->findChild<QLineEdit*>(QString::fromLatin1(name))) {
        e->setFocus();
        e->setText(text);
    }
    settle(50);
}

// A user of the demo data without registered certificate information, for the identity dialog.
QString userWithoutIdentity(Database& db)
{
    auto users = UserStore(db).list(UserQuery{{}, {}, 0, 200});
    if (users) {
        for (const UserRecord& u : users.value()) {
            auto id = UserStore(db).identity(u.id);
            if (id && !id.value())
                return u.loginId;
        }
    }
    return {};
}

// A certificateform.csv as Japanese Excel saves it (Shift_JIS) with typical mistakes, for the Bulk
// screen's problem table: two devices on one row, a short key password, an unknown login ID, and
// a name that differs from the registered certificate information.
QString writeBulkProblemsFile(Database& db, const QString& dir)
{
    QStringList header;
    for (int c = 0; c < kFormColumnCount; ++c)
        header << BulkIssueForm::japaneseName(FormColumn(c));
    auto row = [](const QString& login, FormColumn device, const QString& password = {}) {
        QStringList cells(kFormColumnCount);
        cells[int(FormColumn::Issue)] = QStringLiteral("○");
        cells[int(FormColumn::LoginId)] = login;
        cells[int(device)] = QStringLiteral("○");
        if (password.isEmpty())
            cells[int(FormColumn::AutoPassword)] = QStringLiteral("○");
        else
            cells[int(FormColumn::Password)] = password;
        return cells;
    };
    QStringList logins;
    if (auto users = UserStore(db).list(UserQuery{{}, {}, 0, 4}); users) {
        for (const UserRecord& u : users.value())
            logins << u.loginId;
    }
    while (logins.size() < 4)
        logins << QStringLiteral("user%1").arg(logins.size() + 1);
    QList<QStringList> rows;
    rows << row(logins.at(0), FormColumn::Windows);
    QStringList twoDevices = row(logins.at(1), FormColumn::IosApp);
    twoDevices[int(FormColumn::Android)] = QStringLiteral("○");
    rows << twoDevices;
    rows << row(logins.at(2), FormColumn::Mac, QStringLiteral("abc12"));
    QStringList unknown = row(QStringLiteral("y.tanaka"), FormColumn::Windows);
    unknown[int(FormColumn::Email)] = QStringLiteral("y.tanaka@example.jp");
    unknown[int(FormColumn::Department)] = QStringLiteral("営業部");
    rows << unknown;
    QStringList otherName = row(logins.at(3), FormColumn::Android);
    otherName[int(FormColumn::Family)] = QStringLiteral("髙橋");
    rows << otherName;
    QString text = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QStringList& r : std::as_const(rows))
        text += r.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    const QString path = QDir(dir).filePath(BulkIssueForm::fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QStringEncoder encoder("Shift_JIS");
    file.write(encoder.encode(text));
    return path;
}

// --help: QApplication aborts without a display, a QCoreApplication answers anywhere.
bool asksHelp(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all")
            return true;
    }
    return false;
}

// The client size MainWindow::fittedGeometry gives on a screen of `screen` ("1366x768") above a 40-pixel
// taskbar (Windows) with a title bar of 30 pixels and 1-pixel borders: what an office laptop shows.
QSize mainWindowSize(const QString& screen)
{
    const QStringList parts = screen.split(QLatin1Char('x'));
    const int width = parts.value(0).toInt();
    const int height = parts.value(1).toInt();
    if (parts.size() != 2 || width < 640 || height < 480)
        return mainWindowSize(QStringLiteral("1366x768"));
    const QRect available(0, 0, width, height - 40);
    return MainWindow::fittedGeometry(available, QMargins(1, 30, 1, 1)).size();
}

struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("url")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("ja|en"), QStringLiteral("lang"),
                            QStringLiteral("en")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("folder"), QStringLiteral("dir")};
    QCommandLineOption user{QStringLiteral("user"), QStringLiteral("login ID to show"),
                            QStringLiteral("login")};
    QCommandLineOption op{
        QStringLiteral("operator"),
        QStringLiteral("administrator to sign in as (password: CERTDESK_OPERATOR_PASSWORD)"),
        QStringLiteral("login")};
    QCommandLineOption size{
        QStringLiteral("screen"),
        QStringLiteral("screen the main window opens on, WIDTHxHEIGHT (default 1366x768: "
                       "the window as MainWindow fits it there, above a 40-pixel taskbar)"),
        QStringLiteral("size"), QStringLiteral("1366x768")};
    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(QStringLiteral(
            "Renders every screen and the main dialogs of CertDesk into PNG files (needs a "
            "display, e.g. Xvfb; CERTDESK_CA_PASSPHRASE unlocks the CA for the issue result)."));
        parser.addHelpOption();
        parser.addOptions({db, lang, out, user, op, size});
    }
};

} // namespace

int main(int argc, char** argv)
{
    const Options options;
    if (asksHelp(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("certdesk-screenshots"));
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(core); // prints the help and exits
        return 0;
    }
    QApplication app(argc, argv);
    qputenv("CERTDESK_NO_MAIL_SENDER", "1");  // demo data: no mail leaves the screenshot run
    qputenv("CERTDESK_NO_CRL_SCHEDULE", "1"); // and no CRL is signed behind the screens' backs
    QApplication::setApplicationName(QStringLiteral("CertDesk"));
    QApplication::setOrganizationName(QStringLiteral("CertDesk-screenshots"));
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption& dbOpt = options.db;
    const QCommandLineOption& langOpt = options.lang;
    const QCommandLineOption& outOpt = options.out;
    const QCommandLineOption& userOpt = options.user;
    const QCommandLineOption& operatorOpt = options.op;
    g_out = parser.value(outOpt);
    g_lang = switchUiLanguage(parser.value(langOpt));
    QDir().mkpath(g_out);

    auto url = DatabaseUrl::parse(parser.value(dbOpt));
    if (!url) {
        std::fprintf(stderr, "%s\n", qPrintable(url.error().message));
        return 1;
    }
    const QString admin = parser.value(operatorOpt);
    const QString adminPassword = qEnvironmentVariable("CERTDESK_OPERATOR_PASSWORD");

    // The sign-in dialog: as it opens, then after a wrong password.
    std::optional<SignedIn> signedIn;
    {
        SignInDialog signIn(url.value());
        signIn.show();
        signIn.setLogin(admin);
        shoot(&signIn, QStringLiteral("21-sign-in"));
        type(&signIn, "signInPasswordEdit", QStringLiteral("not the password"));
        click(&signIn, "signInButton");
        shoot(&signIn, QStringLiteral("22-sign-in-wrong-password"));
        type(&signIn, "signInPasswordEdit", adminPassword);
        click(&signIn, "signInButton");
        signedIn = signIn.signedIn();
    }
    if (!signedIn) {
        std::fprintf(stderr, "cannot sign in as %s (set --operator and CERTDESK_OPERATOR_PASSWORD)\n",
                     qPrintable(admin));
        return 1;
    }
    const DatabasePtr db = signedIn->db;
    AppSession session(db);
    session.setSignedIn(signedIn->result.actor, signedIn->result.op.displayName);
    const QString login = parser.value(userOpt);

    {
        MainWindow window(session);
        window.resize(mainWindowSize(parser.value(options.size)));
        window.show();
        window.usersPage()->selectUser(login);
        const QMap<int, QString> names{{MainWindow::UsersIndex, QStringLiteral("1-users")},
                                       {MainWindow::SelectionIndex, QStringLiteral("2-selection")},
                                       {MainWindow::HistoryIndex, QStringLiteral("3-history")},
                                       {MainWindow::CaIndex, QStringLiteral("4-ca")},
                                       {MainWindow::SettingsIndex, QStringLiteral("5-settings")}};
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            if (!names.contains(i))
                continue; // the Bulk screen is shot below, with a file loaded
            window.showPage(MainWindow::PageIndex(i));
            if (i == MainWindow::UsersIndex)
                window.usersPage()->selectUser(login);
            shoot(&window, names.value(i));
        }

        // Settings → Mail (server form).
        window.showPage(MainWindow::SettingsIndex);
        if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))) {
            tabs->setCurrentIndex(1);
            shoot(&window, QStringLiteral("19-settings-mail"));
            tabs->setCurrentIndex(2); // Settings → Portal and CRL
            shoot(&window, QStringLiteral("20-settings-portal"));
            // Settings → Operators, with the demo auditor locked by six wrong passwords.
            for (int i = 0; i < 6; ++i)
                (void)SignIn::open(url.value(), QStringLiteral("demo-auditor"),
                                   QStringLiteral("wrong password"), QStringLiteral("certdesk-screenshots"));
            tabs->setCurrentIndex(3);
            if (auto* operators = window.findChild<OperatorsPanel*>(QStringLiteral("operatorsPanel")))
                operators->selectOperator(QStringLiteral("demo-helpdesk"));
            shoot(&window, QStringLiteral("23-settings-operators"));
            tabs->setCurrentIndex(0);
        }

        // The idle lock, then unlocked again by the same operator.
        window.showPage(MainWindow::UsersIndex);
        window.lock();
        shoot(&window, QStringLiteral("24-idle-lock"));
        type(window.lockScreen(), "signInPasswordEdit", adminPassword);
        window.lockScreen()->tryUnlock();

        // File → Change password…
        {
            ChangePasswordDialog change(session.context(), false, &window);
            change.show();
            type(&change, "currentPasswordEdit", adminPassword);
            type(&change, "newPasswordEdit", QStringLiteral("short"));
            shoot(&change, QStringLiteral("25-change-password"));
            change.close();
        }

        // Bulk screen: a certificateform.csv with problems, listed in the problem table.
        QTemporaryDir bulkDir;
        if (const QString form = writeBulkProblemsFile(*db, bulkDir.path()); !form.isEmpty()) {
            window.showPage(MainWindow::BulkIndex);
            static_cast<BulkPage*>(window.page(MainWindow::BulkIndex))->issueSection()->loadFile(form);
            shoot(&window, QStringLiteral("18-bulk-issue-problems"));
        }
        window.showPage(MainWindow::UsersIndex);

        UserDialog addUser(session, &window);
        addUser.show();
        shoot(&addUser, QStringLiteral("6-user-dialog"));
        addUser.close();

        if (const QString bare = userWithoutIdentity(*db); !bare.isEmpty()) {
            IdentityDialog identity(session, bare, &window);
            identity.show();
            type(&identity, "familyNameEdit", QStringLiteral("大塚"));
            type(&identity, "givenNameEdit", QStringLiteral("真一"));
            type(&identity, "familyKanaEdit", QStringLiteral("オオツカ"));
            type(&identity, "givenKanaEdit", QStringLiteral("シンイチ"));
            shoot(&identity, QStringLiteral("7-identity-dialog"));
            identity.close();
        }

        IssueDialog issue(session, login, 0, &window);
        issue.show();
        type(&issue, "remarksEdit", QStringLiteral("ノートPC"));
        shoot(&issue, QStringLiteral("8-issue-form"));
        click(&issue, "nextButton");
        shoot(&issue, QStringLiteral("9-issue-confirm"));
        if (!qEnvironmentVariableIsEmpty("CERTDESK_CA_PASSPHRASE")) {
            click(&issue, "issueConfirmButton");
            shoot(&issue, QStringLiteral("10-issue-result"));
            Prompts::setNextAnswer(QMessageBox::Yes); // "close without copying the password?"
        }
        issue.close();

        auto slotRows = CertificateWorkflows(session.context()).slotTable(login);
        if (slotRows) {
            for (const CertificateRecord& c : slotRows.value()) {
                if (c.status == CertStatus::Revoked)
                    continue;
                RevokeDialog revoke(session, c, &window);
                revoke.show();
                shoot(&revoke, QStringLiteral("11-revoke-dialog"));
                revoke.close();
                break;
            }
        }

        LostDeviceDialog lost(session, &window);
        lost.show();
        type(&lost, "lostSearchEdit", login.left(4));
        settle(500);
        shoot(&lost, QStringLiteral("12-lost-device"));
        lost.close();

        CaSetupDialog caSetup(session, CaSetupWidget::Mode::Create, &window);
        caSetup.show();
        shoot(&caSetup, QStringLiteral("13-ca-create"));
        caSetup.close();

        PassphraseDialog pass(QStringLiteral("Example Device CA"), &window);
        pass.show();
        shoot(&pass, QStringLiteral("14-passphrase"));
        pass.close();
    }

    {
        QTemporaryDir tmp;
        FirstRunWizard wizard(QStringLiteral("sqlite:") + tmp.filePath(QStringLiteral("new.db")));
        wizard.resize(720, 540);
        wizard.show();
        shoot(&wizard, QStringLiteral("15-wizard-language"));
        wizard.next();
        shoot(&wizard, QStringLiteral("16-wizard-database"));
        wizard.next();
        type(&wizard, "operatorLoginEdit", QStringLiteral("t.otsuka"));
        type(&wizard, "operatorNameEdit", QStringLiteral("大塚 太郎"));
        type(&wizard, "newPasswordEdit", QStringLiteral("Kirin-Batt3ry-Staple"));
        type(&wizard, "repeatPasswordEdit", QStringLiteral("Kirin-Batt3ry-Staple"));
        shoot(&wizard, QStringLiteral("26-wizard-administrator"));
        wizard.next();
        shoot(&wizard, QStringLiteral("17-wizard-ca"));
        wizard.close();
        switchUiLanguage(g_lang);
    }
    std::printf("%d screenshots in %s\n", g_count, qPrintable(g_out));
    return g_count > 0 ? 0 : 1;
}
