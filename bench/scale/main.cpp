// bench_scale: at the required size — 100,000 users / 300,000 certificates / 3,000,000 history rows on
// SQLite or PostgreSQL (--db postgresql://…) — and the figures the screens depend on: generation, user
// search, history day view, yearly export, history verification. Prints figures only (no thresholds). See
// bench/README.md.
#include "store/CertificateStore.h"
#include "store/HistoryLog.h"
#include "store/Settings.h"
#include "store/UserStore.h"
#include "workflows/CaWorkflows.h"
#include "workflows/DemoData.h"
#include "workflows/OperatorWorkflows.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace certdesk;

namespace {

const QByteArray kPassphrase = "bench_scale passphrase";

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QString num(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

struct Timing
{
    double median = 0;
    double max = 0;
    qint64 rows = 0;
};

// Runs `fn` `runs` times; `fn` returns a row count (or -1 on error). Milliseconds.
Timing measure(int runs, const std::function<qint64()>& fn)
{
    QList<double> times;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        t.rows = fn();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    t.median = times.at(times.size() / 2);
    t.max = times.constLast();
    return t;
}

// Columns in a terminal: East Asian wide characters take two cells.
QString padRight(const QString& text, int width)
{
    int cells = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        cells += wide ? 2 : 1;
    }
    return text + QString(std::max(0, width - cells), QLatin1Char(' '));
}

void row(const QString& step, const QString& rows, const QString& median, const QString& max,
         const QString& target)
{
    out() << padRight(step, 50) << rows.rightJustified(11) << median.rightJustified(12)
          << max.rightJustified(11) << QStringLiteral("   ") << target << Qt::endl;
}

void header(const QString& title)
{
    out() << Qt::endl << title << Qt::endl;
    row(QStringLiteral("step"), QStringLiteral("rows"), QStringLiteral("median ms"), QStringLiteral("max ms"),
        QStringLiteral("SPEC §13 (for reference)"));
    out() << QString(110, QLatin1Char('-')) << Qt::endl;
}

qint64 scalar(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString text(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

struct Sizes
{
    qint64 users = 0;
    qint64 certificates = 0;
    qint64 history = 0;
};

Sizes sizes(Database& db)
{
    return {scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")),
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates")),
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM history"))};
}

int fail(const Error& e)
{
    std::fprintf(stderr, "bench_scale: %s\n", qPrintable(e.message));
    return 1;
}

struct Elapsed
{
    qint64 wallMs = 0;
    double cpuSeconds = 0; // all threads of the process
};

// (a) A new database with a CA (ECDSA P-384, the default of certdesk-cli init) and the demo data.
Result<Elapsed> generate(const DatabasePtr& db, const DemoOptions& options)
{
    WorkflowContext ctx(db, Actor::localUser(QStringLiteral("bench_scale")));
    // The bench acts as the database's first administrator.
    auto admin = OperatorWorkflows(ctx).bootstrap(QStringLiteral("bench"), QStringLiteral("Bench"),
                                                  QStringLiteral("Scale-Passw0rd!7x"));
    if (!admin)
        return admin.error();
    ctx.setActor(Actor::forOperator(admin.value(), QStringLiteral("bench_scale")));
    ctx.setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
    if (auto s = Settings(*db).set(SettingKey::OrgName, QStringLiteral("Example KK")); !s)
        return s.error();
    auto ca = CaWorkflows(ctx).createRoot(
        CaSubject{QStringLiteral("CertDesk Bench CA"), QStringLiteral("Example KK"), {}}, KeyType::EcP384,
        3650, kPassphrase);
    if (!ca)
        return ca.error();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    int shown = -5;
    auto summary = DemoData::generate(ctx, options, [&](int percent, const QString& stage) {
        if (percent >= shown + 5 || percent == 100) {
            shown = percent;
            std::fprintf(stderr, "  %3d %%  %s  (%.0f s)\n", percent, qPrintable(stage),
                         timer.elapsed() / 1000.0);
        }
        return true;
    });
    if (!summary)
        return summary.error();
    return Elapsed{timer.elapsed(), double(std::clock() - cpuStart) / CLOCKS_PER_SEC};
}

// (d) The yearly export of the busiest of the last 5 years (the local year with the most rows) to a
// CSV file in `dir`, `runs` times: rows, median and maximum, and the median per 1,000,000 rows.
Status exportBusiestYear(Database& db, int runs, const QTemporaryDir& dir)
{
    header(QStringLiteral("(d) yearly export: HistoryLog::exportYearCsv"));
    const QDate today = QDate::currentDate();
    int busiest = today.year();
    qint64 busiestRows = -1;
    for (int year = today.year() - 4; year <= today.year(); ++year) {
        HistoryFilter f;
        f.fromUtc = QDateTime(QDate(year, 1, 1), QTime(0, 0));
        f.toUtc = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0));
        const qint64 n = HistoryLog::count(db, f).value();
        if (n > busiestRows) {
            busiest = year;
            busiestRows = n;
        }
    }
    QFile csv(dir.filePath(QStringLiteral("certificate-history-%1.csv").arg(busiest)));
    Error failure;
    const Timing t = measure(runs, [&]() -> qint64 {
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            failure = makeError(ErrorCode::Io, csv.errorString());
            return -1;
        }
        auto exported = HistoryLog::exportYearCsv(db, busiest, csv);
        csv.close();
        if (!exported)
            failure = exported.error();
        return exported ? exported.value() : -1;
    });
    if (t.rows < 0)
        return failure;
    row(QStringLiteral("certificate-history-%1.csv (%2 MB)").arg(busiest).arg(csv.size() >> 20), num(t.rows),
        ms(t.median), ms(t.max), QStringLiteral("1M rows ≤ 5 s"));
    row(QStringLiteral("  = per 1,000,000 rows"), QStringLiteral("1,000,000"),
        ms(t.rows > 0 ? t.median * 1e6 / t.rows : 0), ms(t.rows > 0 ? t.max * 1e6 / t.rows : 0),
        QStringLiteral("≤ 5000 ms"));
    return {};
}

// (e) Verification of the whole hash chain.
Result<bool> verifyChain(Database& db)
{
    header(QStringLiteral("(e) history verify: HistoryLog::verify"));
    QElapsedTimer verifyTimer;
    verifyTimer.start();
    auto verified = HistoryLog::verify(db);
    const double verifyMs = verifyTimer.nsecsElapsed() / 1e6;
    if (!verified)
        return verified.error();
    row(verified->intact ? QStringLiteral("whole chain: intact")
                         : QStringLiteral("whole chain: BROKEN ") + verified->problem,
        num(verified->rows), ms(verifyMs), QString(), QStringLiteral("(no target)"));
    return verified->intact;
}

// The dashboard strip's counts.
void dashboardCounts(Database& db, int runs)
{
    header(QStringLiteral("other"));
    const Timing dash = measure(runs, [&] {
        auto c = CertificateStore(db).counts(QDateTime::currentDateTimeUtc());
        return c ? c->issued : -1;
    });
    row(QStringLiteral("dashboard counts (CertificateStore::counts)"), num(dash.rows), ms(dash.median),
        ms(dash.max), QStringLiteral("part of \"main window ≤ 1 s\" (issue 16: ≤ 100 ms)"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CertDesk scale benchmark (SPEC §13): prints figures, no thresholds."));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   QStringLiteral("SQLite file to reuse (or create and keep), or a "
                                                  "postgresql:// URL (an empty database is filled)."),
                                   QStringLiteral("PATH|URL"));
    const QCommandLineOption usersOpt(QStringLiteral("users"), QStringLiteral("Users (default 100000)."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption certsOpt(QStringLiteral("certs-per-user"),
                                      QStringLiteral("Certificates per user (default 3)."),
                                      QStringLiteral("K"), QStringLiteral("3"));
    const QCommandLineOption historyOpt(QStringLiteral("history-per-user"),
                                        QStringLiteral("History rows per user (default 30)."),
                                        QStringLiteral("H"), QStringLiteral("30"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Demo data seed (default 1)."),
                                     QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per query (default 7)."),
                                     QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption exportRunsOpt(QStringLiteral("export-runs"),
                                           QStringLiteral("Runs of the yearly export (default 3)."),
                                           QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"),
                                     QStringLiteral("Only these steps, comma-separated: export, verify, "
                                                    "dashboard (default: every step)."),
                                     QStringLiteral("STEPS"));
    parser.addOptions({dbOpt, usersOpt, certsOpt, historyOpt, seedOpt, runsOpt, exportRunsOpt, onlyOpt});
    parser.process(app);

    DemoOptions options;
    options.users = parser.value(usersOpt).toInt();
    options.certificatesPerUser = parser.value(certsOpt).toDouble();
    options.historyPerUser = parser.value(historyOpt).toDouble();
    options.seed = parser.value(seedOpt).toUInt();
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int exportRuns = std::max(1, parser.value(exportRunsOpt).toInt());
    const QStringList only = parser.value(onlyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const QString e = DemoData::optionsError(options); !e.isEmpty())
        return fail(makeError(ErrorCode::Invalid, e));
    const qint64 wantCerts = std::llround(options.users * options.certificatesPerUser);
    const qint64 wantHistory = std::llround(options.users * options.historyPerUser);

    QTemporaryDir temp;
    const bool postgres = parser.value(dbOpt).startsWith(QLatin1String("postgres"));
    const QString path = postgres              ? parser.value(dbOpt)
                         : parser.isSet(dbOpt) ? QFileInfo(parser.value(dbOpt)).absoluteFilePath()
                                               : temp.filePath(QStringLiteral("bench_scale.db"));
    bool existed = !postgres && QFileInfo::exists(path);
    auto opened = Database::open(postgres ? path : QStringLiteral("sqlite:") + path);
    if (!opened)
        return fail(opened.error());
    const DatabasePtr db = opened.value();
    if (postgres) // PostgreSQL: the URL's database is reused when it holds users, otherwise filled
        existed = sizes(*db).users > 0;
    QString generation;
    QString cpu;
    if (existed) {
        const Sizes have = sizes(*db);
        if (have.users < options.users || have.certificates < wantCerts || have.history < wantHistory)
            return fail(makeError(
                ErrorCode::Invalid,
                QStringLiteral("%1 has %2 users / %3 certificates / %4 history rows, fewer than asked for "
                               "(%5 / %6 / %7). Give a new path to create one.")
                    .arg(path, num(have.users), num(have.certificates), num(have.history), num(options.users),
                         num(wantCerts), num(wantHistory))));
        generation = QStringLiteral("(reused)");
    } else {
        std::fprintf(stderr, "Generating %s users / %s certificates / %s history rows in %s ...\n",
                     qPrintable(num(options.users)), qPrintable(num(wantCerts)), qPrintable(num(wantHistory)),
                     qPrintable(path));
        auto elapsed = generate(db, options);
        if (!elapsed)
            return fail(elapsed.error());
        generation = QStringLiteral("%1 s").arg(elapsed->wallMs / 1000.0, 0, 'f', 1);
        cpu = QStringLiteral("CPU time %1 s (all threads)").arg(elapsed->cpuSeconds, 0, 'f', 1);
    }
    const Sizes have = sizes(*db);
    const qint64 sizeMb =
        postgres ? scalar(*db, QStringLiteral("SELECT pg_database_size(current_database())")) >> 20
                 : QFileInfo(path).size() >> 20;
    const QString engine =
        postgres ? text(*db, QStringLiteral("SELECT 'PostgreSQL ' || current_setting('server_version') || "
                                            "', shared_buffers ' || current_setting('shared_buffers') || "
                                            "', pg_trgm ' || COALESCE((SELECT extversion FROM pg_extension "
                                            "WHERE extname = 'pg_trgm'), 'absent')"))
                 : QStringLiteral("SQLite ") + text(*db, QStringLiteral("SELECT sqlite_version()"));
    out() << QStringLiteral("CertDesk scale benchmark — %1 %2 (%3 MB)")
                 .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"), path)
                 .arg(sizeMb)
          << Qt::endl
          << QStringLiteral("users %1 · certificates %2 · history rows %3 · %4 · Qt %5 · %6 cores · "
                            "%7 runs per query")
                 .arg(num(have.users), num(have.certificates), num(have.history), engine,
                      QString::fromLatin1(qVersion()))
                 .arg(QThread::idealThreadCount())
                 .arg(runs)
          << Qt::endl;

    header(QStringLiteral("(a) generation"));
    row(QStringLiteral("demo data (users, signed certificates, history)"),
        num(have.users + have.certificates + have.history), generation, QString(),
        QStringLiteral("\"a few minutes\" (issue 3)"));
    if (!cpu.isEmpty())
        row(QStringLiteral("  ") + cpu, QString(), QString(), QString(), QString());

    if (!only.isEmpty()) { // --only: the chosen steps of (d), (e) and the dashboard, nothing else
        bool intact = true;
        if (only.contains(QLatin1String("export"))) {
            if (auto s = exportBusiestYear(*db, exportRuns, temp); !s)
                return fail(s.error());
        }
        if (only.contains(QLatin1String("verify"))) {
            auto verified = verifyChain(*db);
            if (!verified)
                return fail(verified.error());
            intact = verified.value();
        }
        if (only.contains(QLatin1String("dashboard")))
            dashboardCounts(*db, runs);
        return intact ? 0 : 1;
    }

    // (b) User search as the users screen runs it: one page (limit 100) plus the total count.
    header(QStringLiteral("(b) user search: UserStore::list (limit 100) + count"));
    UserStore users(*db);
    struct Search
    {
        QString label;
        UserQuery query;
    };
    const QList<Search> searches = {
        {QStringLiteral("login ID prefix \"t.sa\""), {QStringLiteral("t.sa"), {}, 0, 100}},
        {QStringLiteral("login ID \"k.tanaka12\""), {QStringLiteral("k.tanaka12"), {}, 0, 100}},
        {QStringLiteral("kanji \"田中\""), {QStringLiteral("田中"), {}, 0, 100}},
        {QStringLiteral("kanji given name \"美咲\""), {QStringLiteral("美咲"), {}, 0, 100}},
        {QStringLiteral("katakana \"タカハシ\""), {QStringLiteral("タカハシ"), {}, 0, 100}},
        {QStringLiteral("romaji \"yamamoto\""), {QStringLiteral("yamamoto"), {}, 0, 100}},
        {QStringLiteral("group \"大阪支社\""), {QString(), QStringLiteral("大阪支社"), 0, 100}},
        {QStringLiteral("katakana \"ユウコ\" + group \"東京本社\""),
         {QStringLiteral("ユウコ"), QStringLiteral("東京本社"), 0, 100}},
        {QStringLiteral("no match \"zzzz\" (full scan)"), {QStringLiteral("zzzz"), {}, 0, 100}},
        {QStringLiteral("no filter (first page)"), {QString(), QString(), 0, 100}},
    };
    for (const Search& s : searches) {
        const Timing t = measure(runs, [&] {
            auto page = users.list(s.query);
            auto total = users.count(s.query);
            return page && total ? total.value() : -1;
        });
        const Timing list = measure(runs, [&] {
            auto page = users.list(s.query);
            return page ? qint64(page->size()) : -1;
        });
        row(s.label, num(t.rows), ms(t.median), ms(t.max),
            QStringLiteral("search ≤ 150 ms (page alone: %1 ms)").arg(ms(list.median)));
    }

    // (c) History day view: one local day, newest first, limit 500, plus the day's count.
    header(QStringLiteral("(c) history day view: HistoryLog::list (one day, limit 500) + count"));
    const QDate today = QDate::currentDate();
    for (int back : {0, 1, 2, 7, 14, 30}) {
        const QDate day = today.addDays(-back);
        HistoryFilter f;
        f.fromUtc = QDateTime(day, QTime(0, 0)).toUTC();
        f.toUtc = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
        f.limit = 500;
        const Timing t = measure(runs, [&] {
            auto rows = HistoryLog::list(*db, f);
            auto total = HistoryLog::count(*db, f);
            return rows && total ? total.value() : -1;
        });
        row(QStringLiteral("%1 (%2)").arg(day.toString(Qt::ISODate), day.toString(QStringLiteral("ddd"))),
            num(t.rows), ms(t.median), ms(t.max), QStringLiteral("day view ≤ 150 ms"));
    }
    {
        HistoryFilter f;
        f.fromUtc = QDateTime(today.addDays(-30), QTime(0, 0)).toUTC();
        f.toUtc = QDateTime(today.addDays(1), QTime(0, 0)).toUTC();
        f.text = QStringLiteral("t.sa");
        f.limit = 500;
        const Timing t = measure(runs, [&] {
            auto rows = HistoryLog::list(*db, f);
            auto total = HistoryLog::count(*db, f);
            return rows && total ? total.value() : -1;
        });
        row(QStringLiteral("last month, free text \"t.sa\""), num(t.rows), ms(t.median), ms(t.max),
            QStringLiteral("(filter)"));
    }

    if (auto s = exportBusiestYear(*db, exportRuns, temp); !s)
        return fail(s.error());
    auto intact = verifyChain(*db);
    if (!intact)
        return fail(intact.error());
    dashboardCounts(*db, runs);
    // The main window's own figure (opening to usable) needs the GUI: measured by bench_ui, added separately.
    out() << Qt::endl
          << QStringLiteral("main window: measured by bench_ui (see bench/README.md)") << Qt::endl;
    if (parser.isSet(dbOpt) && !existed && !postgres)
        out() << QStringLiteral("The database is kept at %1 (reuse it with --db).").arg(path) << Qt::endl;
    return intact.value() ? 0 : 1;
}
