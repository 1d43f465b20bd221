// bench_ui: the GUI targets on a large database (what `bench_scale --db PATH` keeps): time from start to
// a usable main window (users table and dashboard filled; target 1 s), a user search through the users
// screen's model and the history day view through its model (150 ms each). Prints figures; no thresholds.
//   QT_QPA_PLATFORM=offscreen bench_ui --db /tmp/scale.db [--runs 7]
#include "HistoryModel.h"
#include "UsersModel.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"
#include "store/UserSummaryStore.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
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
    parser.addOptions({dbOpt, runsOpt});
    parser.process(app);
    QString url = parser.value(dbOpt);
    if (!url.contains(QLatin1Char(':')))
        url = QStringLiteral("sqlite:") + url;
    const int runs = std::max(1, parser.value(runsOpt).toInt());

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
    for (const QString& text : {QStringLiteral("t.sa"), QStringLiteral("k.tanaka12"), QStringLiteral("田中"),
                                QStringLiteral("美咲"), QStringLiteral("タカハシ"),
                                QStringLiteral("yamamoto"), QStringLiteral("zzzz-no-match")}) {
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
    users->setFilter({}, {});

    // 3. History day view through its model (page of 500 + count), today and some days back.
    HistoryModel history(db.value());
    const QDate today = QDate::currentDate();
    for (int back : {0, 1, 7, 30}) {
        const QDate day = today.addDays(-back);
        HistoryFilter f;
        f.fromUtc = QDateTime(day, QTime(0, 0)).toUTC();
        f.toUtc = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
        row(QStringLiteral("history day view, %1 day(s) ago").arg(back),
            measure(runs, [&] { history.setFilter(f); }));
    }
    out() << QStringLiteral("(history rows on the last day measured: %1)").arg(history.totalCount())
          << Qt::endl;
    return 0;
}
