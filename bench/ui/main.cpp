// bench_ui: the GUI targets on a large database (what `bench_scale --db PATH|URL` keeps): time from start
// to a usable main window (users table and dashboard filled; target 1 s), a user search through the users
// screen's model and the history day view through its model (150 ms each; also free text over the last
// month: first page, then the background count), and the helpdesk's click in
// the lost-device dialog (Revoke → committed and the views updated; target 50 ms). Prints figures only.
//   QT_QPA_PLATFORM=offscreen bench_ui --db /tmp/scale.db [--runs 7] [--revocations 7]
//   QT_QPA_PLATFORM=offscreen bench_ui --db postgresql://certdesk@127.0.0.1:5432/certdesk
#include "HistoryModel.h"
#include "UsersModel.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "store/OperatorStore.h"
#include "store/UserSummaryStore.h"
#include "users/LostDeviceDialog.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextStream>
#include <algorithm>

using namespace certdesk;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

struct Stats
{
    double median;
    double max;
};

template <typename F> Stats measure(int runs, F&& f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

void pressReturn(QWidget* w)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
}

// The device list of step 2: the list widget on the dialog's current page.
QWidget* visibleList(QWidget& dialog)
{
    for (QListWidget* list : dialog.findChildren<QListWidget*>()) {
        if (list->isVisible())
            return list;
    }
    return &dialog;
}

void row(const QString& what, const Stats& s)
{
    out() << qSetFieldWidth(48) << Qt::left << what << qSetFieldWidth(0)
          << QStringLiteral("median %1 ms   max %2 ms").arg(s.median, 8, 'f', 1).arg(s.max, 8, 'f', 1)
          << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("SQLite file or URL"),
                             QStringLiteral("path"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("runs per query"), QStringLiteral("n"),
                               QStringLiteral("7"));
    QCommandLineOption revocationsOpt(QStringLiteral("revocations"),
                                      QStringLiteral("lost-device revocations to time (default 7)"),
                                      QStringLiteral("n"), QStringLiteral("7"));
    QCommandLineOption operatorOpt(QStringLiteral("operator"),
                                   QStringLiteral("operator who revokes (default bench, bench_scale's)"),
                                   QStringLiteral("login"), QStringLiteral("bench"));
    QCommandLineOption passphraseOpt(QStringLiteral("ca-passphrase"),
                                     QStringLiteral("CA passphrase: the CRL is re-signed after each "
                                                    "revocation (default: CA locked, no CRL)"),
                                     QStringLiteral("text"));
    QCommandLineOption stepsOpt(QStringLiteral("steps"),
                                QStringLiteral("what to time after the main window: search,history,click "
                                               "(default all)"),
                                QStringLiteral("list"), QStringLiteral("search,history,click"));
    parser.addOptions({dbOpt, runsOpt, revocationsOpt, operatorOpt, passphraseOpt, stepsOpt});
    parser.process(app);
    QString url = parser.value(dbOpt);
    if (!url.contains(QLatin1Char(':')))
        url = QStringLiteral("sqlite:") + url;
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const QStringList steps = parser.value(stepsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // AppSession reads the passphrase from here without asking (CERTDESK_CA_PASSPHRASE).
    if (parser.isSet(passphraseOpt))
        qputenv("CERTDESK_CA_PASSPHRASE", parser.value(passphraseOpt).toUtf8());
    else
        qunsetenv("CERTDESK_CA_PASSPHRASE");

    // 1. Start → usable main window: database opened, window shown, users table and dashboard filled.
    QElapsedTimer t;
    t.start();
    auto db = Database::open(url);
    if (!db) {
        out() << db.error().message << Qt::endl;
        return 1;
    }
    const double openMs = t.nsecsElapsed() / 1e6;
    AppSession session(db.value());
    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    const double windowMs = t.nsecsElapsed() / 1e6;
    const int firstRows = window.usersPage()->usersModel()->rowCount();
    out() << "database: " << url << "  users: " << window.usersPage()->usersModel()->totalCount() << Qt::endl;
    out() << QStringLiteral("main window usable (open %1 ms, first page of %2 users shown): %3 ms; %4 ms "
                            "since process start")
                 .arg(openMs, 0, 'f', 1)
                 .arg(firstRows)
                 .arg(windowMs, 0, 'f', 1)
                 .arg(sinceStart.nsecsElapsed() / 1e6, 0, 'f', 1)
          << Qt::endl;

    // 2. Search through the users screen's model (page + count, as typed into the search box).
    UsersModel* users = window.usersPage()->usersModel();
    QStringList searches;
    if (steps.contains(QStringLiteral("search")))
        searches = {QStringLiteral("t.sa"),         QStringLiteral("k.tanaka12"), QStringLiteral("田中"),
                    QStringLiteral("美咲"),         QStringLiteral("タカハシ"),   QStringLiteral("yamamoto"),
                    QStringLiteral("zzzz-no-match")};
    for (const QString& text : std::as_const(searches)) {
        row(QStringLiteral("search \"%1\" (screen)").arg(text),
            measure(runs, [&] { users->setFilter(text, {}); }));
        UserQuery q{text, {}, 0, UsersModel::PageSize};
        row(QStringLiteral("  of which count"),
            measure(runs, [&] { (void)UserStore(*db.value()).count(q); }));
        row(QStringLiteral("  of which page"), measure(runs, [&] {
                (void)UserSummaryStore(*db.value())
                    .list(q, UserSort::LoginId, false, QDateTime::currentDateTimeUtc());
            }));
    }
    if (!searches.isEmpty())
        users->setFilter({}, {});

    // 3. History day view through its model (page of 500 + count), today and some days back.
    HistoryModel history(db.value());
    const QDate today = QDate::currentDate();
    for (int back : steps.contains(QStringLiteral("history")) ? QList<int>{0, 1, 7, 30} : QList<int>{}) {
        const QDate day = today.addDays(-back);
        HistoryFilter f;
        f.fromUtc = QDateTime(day, QTime(0, 0)).toUTC();
        f.toUtc = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
        row(QStringLiteral("history day view, %1 day(s) ago").arg(back),
            measure(runs, [&] { history.setFilter(f); }));
    }
    if (steps.contains(QStringLiteral("history"))) {
        out() << QStringLiteral("(history rows on the last day measured: %1)").arg(history.totalCount())
              << Qt::endl;
        // Free text over the last month: the first page on screen, then the number of matches, which
        // the model counts in the background when there is more than a page of them.
        HistoryFilter f;
        f.fromUtc = QDateTime(today.addDays(-30), QTime(0, 0)).toUTC();
        f.toUtc = QDateTime(today.addDays(1), QTime(0, 0)).toUTC();
        f.text = QStringLiteral("t.sa");
        QList<double> shown, counted;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            history.setFilter(f);
            shown << clock.nsecsElapsed() / 1e6;
            while (history.isCounting())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            counted << clock.nsecsElapsed() / 1e6;
        }
        std::sort(shown.begin(), shown.end());
        std::sort(counted.begin(), counted.end());
        row(QStringLiteral("history month, text \"t.sa\": page"),
            {shown.at(shown.size() / 2), shown.constLast()});
        row(QStringLiteral("  … all %1 counted").arg(history.totalCount()),
            {counted.at(counted.size() / 2), counted.constLast()});
    }
    if (!steps.contains(QStringLiteral("click")))
        return 0;

    // 4. The helpdesk's click (issue 16 §4): the lost-device dialog at its confirmation step; the clock
    // runs from the Revoke click to the certificate committed revoked and every open view updated (the
    // click's own signal chain, then the event loop drained). A user with a certificate in use each time.
    auto op = OperatorStore(*db.value()).findByLogin(parser.value(operatorOpt));
    if (!op || !op->has_value()) {
        out() << QStringLiteral("lost-device click: no operator %1, skipped").arg(parser.value(operatorOpt))
              << Qt::endl;
        return 0;
    }
    session.setSignedIn(Actor::forOperator(op->value(), QStringLiteral("bench_ui")), op->value().displayName);
    QApplication::processEvents();
    const int revocations = std::max(1, parser.value(revocationsOpt).toInt());
    auto victims = db.value()->exec(
        QStringLiteral("SELECT u.login_id FROM users u WHERE EXISTS (SELECT 1 FROM certificates c WHERE"
                       " c.user_id = u.id AND c.status = 'in-use') AND (SELECT COUNT(*) FROM certificates c"
                       " WHERE c.user_id = u.id AND c.status <> 'revoked') = 1 ORDER BY u.id DESC LIMIT ?"),
        {revocations});
    QStringList logins;
    while (victims && victims->next())
        logins << victims->value(0).toString();
    QList<double> clicks;
    QString crl;
    for (const QString& login : std::as_const(logins)) {
        LostDeviceDialog dialog(session, &window);
        dialog.show();
        auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("lostSearchEdit"));
        search->setText(login);
        pressReturn(search);              // step 1: the user
        pressReturn(visibleList(dialog)); // step 2: its device
        if (dialog.step() != LostDeviceDialog::ConfirmStep) {
            out() << QStringLiteral("lost-device click: %1 did not reach the confirmation").arg(login)
                  << Qt::endl;
            return 1;
        }
        auto* revoke = dialog.findChild<QPushButton*>(QStringLiteral("revokeConfirmButton"));
        QElapsedTimer click;
        click.start();
        revoke->click();
        QApplication::processEvents();
        clicks << click.nsecsElapsed() / 1e6;
        if (dialog.step() != LostDeviceDialog::ResultStep || !dialog.revokedCertificate()) {
            out() << QStringLiteral("lost-device click: revoking %1 failed").arg(login) << Qt::endl;
            return 1;
        }
        dialog.accept();
    }
    if (!clicks.isEmpty()) {
        std::sort(clicks.begin(), clicks.end());
        row(QStringLiteral("lost-device Revoke click → committed + views (%1, CRL %2)")
                .arg(clicks.size())
                .arg(parser.isSet(passphraseOpt) ? QStringLiteral("re-signed") : QStringLiteral("CA locked")),
            {clicks.at(clicks.size() / 2), clicks.constLast()});
    }
    return 0;
}
