// bench_bulk_issue: bulk issuance (targets: 1,000 P-256 users in 2 s, issue 16: ≤ 1.3 s; RSA-2048 at 90 % of
// the raw parallel key-generation rate) — a generated N-user certificateform.csv (CP932, as Japanese Excel
// writes it) issued end to end (parse, validate, accept, key generation, signing, PKCS#12, sealed
// password, database, history) into a fresh SQLite database, per key type; in the same run a
// single-thread cost breakdown per certificate, the crypto bound (CA signature + PKCS#12 per certificate
// × N / threads) with the end-to-end time as a ratio of it, the same crypto run on every worker thread at
// once (whether the cores scale linearly), and for RSA the machine's raw parallel key-generation rate. Prints
// figures only (no thresholds). See bench/README.md.
#include "bulk/BulkIssueJob.h"
#include "bulk/BulkIssueRunner.h"
#include "ca/Pkcs12Bundle.h"
#include "session/PasswordSealer.h"
#include "store/Settings.h"
#include "store/UserStore.h"
#include "text/PasswordGenerator.h"
#include "workflows/CaWorkflows.h"
#include "workflows/OperatorWorkflows.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <thread>

using namespace certdesk;

namespace {

const QByteArray kPassphrase = "bench_bulk passphrase";

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

// Seconds `threads` threads take for the crypto of `count` certificates in parallel (each a share: a CA
// signature and a PKCS#12 per certificate, as the workers do; no database, no queue): what this machine's
// cores give when they all sign at once, which the single-thread figure × N / threads assumes is linear.
double parallelCryptoSeconds(const CertificateAuthority& ca, KeyType leaf, int count, int threads)
{
    ClientCertificateRequest cr;
    cr.loginId = QStringLiteral("probe");
    cr.email = QStringLiteral("probe@example.jp");
    std::vector<PrivateKey> keys; // generated beforehand: the bound has no key generation
    for (int t = 0; t < threads; ++t) {
        auto key = PrivateKey::generate(leaf);
        if (!key)
            return -1;
        keys.push_back(std::move(key.value()));
    }
    std::atomic<bool> failed{false};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            const int share = count / threads + (t < count % threads ? 1 : 0);
            for (int i = 0; i < share; ++i) {
                auto cert = ClientCertificateSigner::sign(ca, keys[size_t(t)], cr, Clock::system());
                auto p12 = cert ? Pkcs12Bundle::build(Pkcs12Profile::Modern, keys[size_t(t)], cert.value(),
                                                      {ca.certificate()}, cr.loginId, "probe-password")
                                : Result<QByteArray>(cert.error());
                if (!p12)
                    failed = true;
            }
        });
    for (auto& th : pool)
        th.join();
    return failed ? -1 : timer.nsecsElapsed() / 1e9;
}

// Keys generated per second by `threads` threads for about `seconds`.
double rawKeygenRate(KeyType type, int threads, double seconds)
{
    std::atomic<bool> stop{false};
    std::atomic<int> made{0};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            while (!stop) {
                if (PrivateKey::generate(type))
                    ++made;
            }
        });
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(seconds * 1000)));
    stop = true;
    for (auto& t : pool)
        t.join();
    return made / (timer.nsecsElapsed() / 1e9);
}

QByteArray makeCsv(int users, bool autoPasswords)
{
    QString csv = QStringLiteral(
        "発行する,ログインID,メールアドレス,役職,部署,氏名（姓）,氏名（名）,フリガナ（姓）,フリガナ（名）,"
        "氏名（姓）英語表記,氏名（名）英語表記,Windows,iOS（アプリ/"
        "ブラウザ）,iOS（専用ブラウザ）,Mac,Android,"
        "秘密の鍵の自動生成,秘密の鍵,備考\r\n");
    for (int i = 0; i < users; ++i) {
        const QString login = QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0'));
        csv += QStringLiteral("○,%1,%1@example.jp,,営業部,鈴木,一郎,スズキ,イチロウ,,,○,,,,,%2,%3,一括\r\n")
                   .arg(login, autoPasswords ? QStringLiteral("○") : QString(),
                        autoPasswords ? QString() : QStringLiteral("Pw-%1!x").arg(i));
    }
    QStringEncoder enc("Shift_JIS");
    return enc.encode(csv);
}

struct Fresh
{
    QTemporaryDir dir;
    std::unique_ptr<WorkflowContext> ctx;
};

std::unique_ptr<Fresh> freshDatabase(KeyType caKey)
{
    auto f = std::make_unique<Fresh>();
    auto db = Database::open(QStringLiteral("sqlite:") + f->dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        out() << "database: " << db.error().message << Qt::endl;
        return nullptr;
    }
    f->ctx = std::make_unique<WorkflowContext>(db.value(), Actor::localUser(QStringLiteral("bench")));
    // The bench acts as the database's first administrator.
    auto admin = OperatorWorkflows(*f->ctx).bootstrap(QStringLiteral("bench"), QStringLiteral("Bench"),
                                                      QStringLiteral("Bulk-Issue-Passw0rd!"));
    if (!admin) {
        out() << "operator: " << admin.error().message << Qt::endl;
        return nullptr;
    }
    f->ctx->setActor(Actor::forOperator(admin.value(), QStringLiteral("bench")));
    f->ctx->setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
    if (auto ca = CaWorkflows(*f->ctx).createRoot({QStringLiteral("Bench CA"), QStringLiteral("Bench"), {}},
                                                  caKey, 3650, kPassphrase);
        !ca) {
        out() << "CA: " << ca.error().message << Qt::endl;
        return nullptr;
    }
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bulk issuance benchmark (SPEC §13)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("users"), QStringLiteral("Rows in the file (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default: every core)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("keys"), QStringLiteral("Leaf key types (default p256,rsa2048)."),
                      QStringLiteral("LIST"), QStringLiteral("p256,rsa2048")});
    parser.addOption({QStringLiteral("ca-key"),
                      QStringLiteral("CA key type (default p384, as certdesk-cli init)."),
                      QStringLiteral("TYPE"), QStringLiteral("p384")});
    parser.addOption(
        {QStringLiteral("group-rows"),
         QStringLiteral("Rows per committed group (default 64; 1: a transaction per certificate)."),
         QStringLiteral("N"), QStringLiteral("64")});
    parser.addOption({QStringLiteral("manual-passwords"),
                      QStringLiteral("Key passwords written in the file instead of generated.")});
    parser.process(app);
    const int users = parser.value(QStringLiteral("users")).toInt();
    const int threads = parser.value(QStringLiteral("threads")).toInt() > 0
                            ? parser.value(QStringLiteral("threads")).toInt()
                            : QThread::idealThreadCount();
    const auto caKey = keyTypeFromId(parser.value(QStringLiteral("ca-key")));
    if (!caKey || users < 1) {
        out() << "bad --ca-key or --users" << Qt::endl;
        return 2;
    }
    const bool autoPasswords = !parser.isSet(QStringLiteral("manual-passwords"));
    const int groupRows = qMax(1, parser.value(QStringLiteral("group-rows")).toInt());
    out() << "bench_bulk_issue: " << users << " rows, " << threads << " worker thread(s), CA key "
          << keyTypeId(*caKey) << ", " << (autoPasswords ? "auto" : "manual") << " key passwords, SQLite, "
          << groupRows << " row(s) per commit" << Qt::endl;

    for (const QString& id : parser.value(QStringLiteral("keys")).split(QLatin1Char(','))) {
        const auto leaf = keyTypeFromId(id);
        if (!leaf) {
            out() << "unknown key type " << id << Qt::endl;
            return 2;
        }
        auto fresh = freshDatabase(*caKey);
        if (!fresh)
            return 1;
        WorkflowContext& ctx = *fresh->ctx;
        if (auto s = Settings(ctx.db()).set(SettingKey::device(QStringLiteral("windows"), "key_type"),
                                            keyTypeId(*leaf));
            !s) {
            out() << s.error().message << Qt::endl;
            return 1;
        }
        const QByteArray csv = makeCsv(users, autoPasswords);
        auto ca = ctx.unlockedCa();
        if (!ca) {
            out() << ca.error().message << Qt::endl;
            return 1;
        }

        // Single-thread cost of each step (microseconds per certificate), to see where the time goes.
        double cryptoBoundSeconds = 0;
        {
            const int n = *leaf == KeyType::EcP256 ? 200 : 20;
            ClientCertificateRequest cr;
            cr.loginId = QStringLiteral("probe");
            cr.email = QStringLiteral("probe@example.jp");
            double tKey = 0, tSign = 0, tSeal = 0, tP12 = 0;
            auto sealer = ctx.passwordSealer();
            if (!sealer) {
                out() << sealer.error().message << Qt::endl;
                return 1;
            }
            for (int i = 0; i < n; ++i) {
                QElapsedTimer t;
                t.start();
                auto key = PrivateKey::generate(*leaf);
                tKey += t.nsecsElapsed();
                t.restart();
                auto cert = ClientCertificateSigner::sign(*ca.value(), key.value(), cr, Clock::system());
                tSign += t.nsecsElapsed();
                t.restart();
                const QByteArray pw = generateKeyPassword(12);
                auto sealed =
                    sealer.value()->seal(pw, PasswordSealer::certificateBinding(cert.value().serialHex()));
                tSeal += t.nsecsElapsed();
                t.restart();
                auto p12 = Pkcs12Bundle::build(Pkcs12Profile::Modern, key.value(), cert.value(),
                                               {ca.value()->certificate()}, cr.loginId, pw);
                tP12 += t.nsecsElapsed();
                if (!sealed || !p12) {
                    out() << (sealed ? p12.error().message : sealed.error().message) << Qt::endl;
                    return 1;
                }
            }
            out() << "  " << id << " single thread, µs per certificate: key " << fmt(tKey / n / 1000, 0)
                  << ", sign " << fmt(tSign / n / 1000, 0) << ", seal password " << fmt(tSeal / n / 1000, 0)
                  << ", PKCS#12 (modern) " << fmt(tP12 / n / 1000, 0) << Qt::endl;
            // What no scheduling can beat: every certificate needs one CA signature and one PKCS#12.
            cryptoBoundSeconds = (tSign + tP12) / n / 1e9 * users / threads;
            out() << "  " << id << " crypto bound (sign + PKCS#12, single thread × " << users << " / "
                  << threads << " threads): " << fmt(cryptoBoundSeconds, 2) << " s" << Qt::endl;
        }
        // The same crypto on every worker thread at once: whether the cores scale linearly here.
        const double parallelSeconds = parallelCryptoSeconds(*ca.value(), *leaf, users, threads);
        if (parallelSeconds <= 0) {
            out() << "parallel crypto failed" << Qt::endl;
            return 1;
        }
        out() << "  " << id << " parallel crypto (sign + PKCS#12 × " << users << " on " << threads
              << " threads at once, no database): " << fmt(parallelSeconds, 2)
              << " s = " << fmt(parallelSeconds / cryptoBoundSeconds, 2) << " × the crypto bound" << Qt::endl;

        QElapsedTimer total;
        total.start();
        auto plan = BulkIssueValidator::validate(ctx, csv, QStringLiteral("bench.csv"), true);
        if (!plan || !plan->ok()) {
            out() << "validation failed" << (plan ? plan->problems.value(0).message : plan.error().message)
                  << Qt::endl;
            return 1;
        }
        const double tValidate = total.nsecsElapsed() / 1e6;
        auto job = BulkIssueJob::accept(ctx, plan.value());
        if (!job) {
            out() << job.error().message << Qt::endl;
            return 1;
        }
        const double tAccept = total.nsecsElapsed() / 1e6 - tValidate;
        BulkIssueRunner runner(ctx, job.value());
        runner.setThreadCount(threads);
        runner.setGroupLimits(groupRows, groupRows == 1 ? 0 : 50);
        auto summary = runner.run();
        if (!summary || summary->issued != users) {
            out() << "run failed: " << (summary ? summary->failures.value(0).error : summary.error().message)
                  << Qt::endl;
            return 1;
        }
        const double seconds = total.nsecsElapsed() / 1e9;
        const double rate = users / seconds;
        out() << "  " << id << " end to end: " << users << " certificates in " << fmt(seconds, 2) << " s ("
              << fmt(rate) << "/s; validate " << fmt(tValidate, 0) << " ms, accept " << fmt(tAccept, 0)
              << " ms, database on the calling thread " << summary->databaseMs
              << " ms) = " << fmt(seconds / cryptoBoundSeconds, 2) << " × the crypto bound, "
              << fmt(seconds / parallelSeconds, 2) << " × the parallel crypto" << Qt::endl;
        if (*leaf == KeyType::EcP256 || *leaf == KeyType::EcP384)
            continue; // EC keys are ~1 % of the cost: a raw key-generation rate says nothing here
        const double raw = rawKeygenRate(
            *leaf, threads,
            *leaf == KeyType::EcP256 ? 2.0 : 30.0); // RSA key generation time varies a lot: sample ~400 keys
        out() << "  " << id << " raw parallel key generation: " << fmt(raw) << " keys/s on " << threads
              << " thread(s); bulk issuance reaches " << fmt(100.0 * rate / raw) << " % of it" << Qt::endl;
    }
    return 0;
}
