#include "workflows/DemoData.h"
#include "auth/PasswordHash.h"
#include "auth/PasswordRules.h"
#include "ca/Pkcs12Bundle.h"
#include "store/CertificateStore.h"
#include "store/OperatorStore.h"
#include "store/PgRoles.h"
#include "store/Settings.h"
#include "store/Transaction.h"
#include "store/UserStore.h"
#include "text/PasswordGenerator.h"
#include "workflows/DemoHistory.h"
#include "workflows/DemoSigner.h"

#include <QElapsedTimer>
#include <QThread>

#include <cmath>
#include <future>

namespace certdesk {
namespace {

// Share of the progress bar taken by users and certificates; the history takes the rest.
constexpr int kCertificatePercent = 75;

QDateTime fromSecs(qint64 secs)
{
    return secs == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

struct Run
{
    WorkflowContext& ctx;
    const DemoOptions& options;
    const DemoProgress& progress;
    DemoPlanner& plan;
    const QList<DevicePolicy>& policies;
    std::shared_ptr<const CertificateAuthority> ca;
    const DemoSigner& signer;
    QByteArray pkcs12Password;
    std::vector<qint64> userIds;
    std::vector<QString> serials;
    int lastPercent = -1;

    Status report(int percent, const QString& stage)
    {
        if (!progress || percent == lastPercent)
            return {};
        lastPercent = percent;
        if (!progress(percent, stage))
            return makeError(
                ErrorCode::Cancelled,
                DemoData::tr("Demo data generation was cancelled. What was written so far stays."));
        return {};
    }

    Status writeUsers(int first, int end);
    Status writeCertificates(const DemoSigner::Batch& batch);
    Status writeHistory(qint64 rows);
};

Status Run::writeUsers(int first, int end)
{
    const QList<DemoName>& families = DemoNames::familyNames();
    const QList<DemoName>& givens = DemoNames::givenNames();
    QList<UserRecord> records;
    records.reserve(end - first);
    for (int i = first; i < end; ++i) {
        const DemoUserPlan& p = plan.users.at(i);
        const DemoName& f = families.at(p.family);
        const DemoName& g = givens.at(p.given);
        UserRecord u;
        u.loginId = p.loginId;
        u.email = p.email();
        u.displayName = f.kanji + QLatin1Char(' ') + g.kanji;
        u.department = DemoNames::departments().at(p.department);
        u.title = DemoNames::titles().at(p.title);
        u.groups = p.groups;
        u.certAuth = p.certAuth;
        u.createdAt = fromSecs(p.createdAt);
        u.updatedAt = fromSecs(std::max(p.createdAt, p.certAuth ? p.certAuthAt : p.registeredAt));
        records << u;
    }
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    UserStore store(ctx.db());
    auto ids = store.insertBatch(records);
    if (!ids)
        return ids.error();
    QList<std::pair<qint64, IdentityRecord>> identities;
    for (int i = first; i < end; ++i) {
        userIds[static_cast<size_t>(i)] = ids->at(i - first);
        const DemoUserPlan& p = plan.users.at(i);
        if (!p.identity)
            continue;
        const DemoName& f = families.at(p.family);
        const DemoName& g = givens.at(p.given);
        IdentityRecord r;
        r.familyName = f.kanji;
        r.givenName = g.kanji;
        r.familyKana = f.kana;
        r.givenKana = g.kana;
        r.familyEn = f.english;
        r.givenEn = g.english;
        r.registeredAt = fromSecs(p.registeredAt);
        r.registeredBy = DemoNames::operators().at(p.registeredAt % 3).name;
        identities.append({ids->at(i - first), r});
    }
    if (auto s = store.insertIdentityBatch(identities); !s)
        return s;
    return tx.commit();
}

Status Run::writeCertificates(const DemoSigner::Batch& batch)
{
    if (batch.error)
        return *batch.error;
    const QStringList deviceIds = DeviceTypes::ids();
    QList<Certificate> chain{ca->certificate()};
    chain += ca->chain();
    QList<CertificateRecord> records;
    QList<QByteArray> pkcs12s;
    records.reserve(static_cast<qsizetype>(batch.certificates.size()));
    for (size_t n = 0; n < batch.certificates.size(); ++n) {
        const int k = batch.first + static_cast<int>(n);
        const DemoCertPlan& p = plan.certs.at(k);
        const DemoUserPlan& u = plan.users.at(p.user);
        const Certificate& cert = batch.certificates.at(n);
        const DevicePolicy& policy = policies.at(p.device);
        CertificateRecord c;
        c.userId = userIds.at(static_cast<size_t>(p.user));
        c.loginId = u.loginId;
        c.caId = ctx.unlockedCaId();
        c.slot = p.slot;
        c.device = deviceIds.at(p.device);
        c.notifyEmail = u.email();
        c.remarks = p.remarks;
        c.status = p.status;
        c.serialHex = cert.serialHex();
        c.subject = cert.subject();
        c.keyType = keyTypeId(policy.keyType);
        c.pkcs12Profile = pkcs12ProfileId(policy.profile);
        c.notBefore = cert.notBefore();
        c.notAfter = cert.notAfter();
        c.downloadDeadline = fromSecs(p.deadline);
        c.downloadedAt = fromSecs(p.downloadedAt);
        c.downloadCount = p.downloadCount;
        c.revokedAt = fromSecs(p.revokedAt);
        c.revocationReason = p.revokedAt != 0 ? revocationReasonId(p.reason) : QString();
        c.certDer = cert.toDer();
        c.passwordAuto = p.passwordAuto;
        c.issuedBy = DemoNames::operators().at(p.actor).name;
        c.issuedAt = fromSecs(p.issuedAt);
        QByteArray p12;
        if (p.pkcs12) {
            const QString friendly =
                QStringLiteral("%1 (%2)").arg(u.loginId, DeviceTypes::displayName(c.device));
            auto built = Pkcs12Bundle::build(policy.profile, signer.key(policy.keyType), cert, chain,
                                             friendly, pkcs12Password);
            if (!built)
                return built.error();
            p12 = built.value();
        }
        serials[static_cast<size_t>(k)] = c.serialHex;
        records << c;
        pkcs12s << p12;
    }
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = CertificateStore(ctx.db()).insertBatch(records, pkcs12s); !s)
        return s;
    return tx.commit();
}

Status Run::writeHistory(qint64 rows)
{
    DemoHistory history(plan, serials, policies, options.seed);
    history.build(rows);
    // On PostgreSQL through an operator's own connection the database accepts history rows only in that
    // operator's name (or System's): the made-up operators and portal users of the demo history then
    // appear as the signed-in operator.
    auto own = PgRoles::connectedAs(ctx.db(), ctx.actor().operatorName);
    if (!own)
        return own.error();
    const QString systemName = Actor::system().operatorName;
    const QString stage = DemoData::tr("Writing the operation history");
    for (qint64 done = 0; done < history.size();) {
        const qint64 n = std::min<qint64>(options.batchRows, history.size() - done);
        QList<HistoryEntry> batch;
        batch.reserve(n);
        for (qint64 i = 0; i < n; ++i) {
            HistoryEntry h = history.next();
            if (own.value() && h.operatorName != systemName)
                h.operatorName = ctx.actor().operatorName;
            batch << std::move(h);
        }
        Transaction tx(ctx.db());
        if (auto s = tx.begin(); !s)
            return s;
        if (auto s = HistoryLog::appendBatch(ctx.db(), std::move(batch)); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        done += n;
        if (auto s = report(kCertificatePercent +
                                static_cast<int>((100 - kCertificatePercent - 1) * done / history.size()),
                            stage);
            !s)
            return s;
    }
    return {};
}

// The demo operators that do not exist yet, with their passwords, before the transaction (hashing is
// slow). Existing ones are listed without a password and left alone.
Result<QList<std::pair<DemoOperatorLogin, QString>>> planDemoOperators(Database& db)
{
    QList<std::pair<DemoOperatorLogin, QString>> out; // the operator and its password hash
    OperatorStore store(db);
    for (Role role : Roles::all()) {
        DemoOperatorLogin op;
        op.login = QStringLiteral("demo-") + Roles::id(role);
        op.role = role;
        auto existing = store.findByLoginFolded(op.login);
        if (!existing)
            return existing.error();
        QString hash;
        if (!existing.value()) {
            // generateKeyPassword: digits, upper and lower case, never "-": meets the password rules.
            do
                op.password = QString::fromLatin1(generateKeyPassword(16));
            while (!PasswordRules::check(op.password, op.login).isEmpty());
            auto h = PasswordHash::hash(op.password);
            if (!h)
                return h.error();
            hash = h.value();
            op.created = true;
        }
        out.append({op, hash});
    }
    return out;
}

// Inside the caller's transaction: each new demo operator, its PostgreSQL login role and its
// "operator-add" history row.
Status insertDemoOperators(WorkflowContext& ctx, const QList<std::pair<DemoOperatorLogin, QString>>& ops)
{
    OperatorStore store(ctx.db());
    for (const auto& [op, hash] : ops) {
        if (!op.created)
            continue;
        OperatorRecord r;
        r.login = op.login;
        r.displayName = QStringLiteral("Demo ") + Roles::displayName(op.role);
        r.role = Roles::id(op.role);
        r.passwordHash = hash;
        r.createdAt = ctx.now();
        r.updatedAt = r.createdAt;
        if (auto id = store.insert(r); !id)
            return id.error();
        if (auto s = PgRoles::createLogin(ctx.db(), r.login, r.role, op.password); !s)
            return s;
        HistoryEntry h = ctx.historyEntry(Op::OperatorAdded);
        h.details = QStringLiteral("login=%1 role=%2 demo").arg(r.login, r.role);
        if (auto s = HistoryLog::append(ctx.db(), h); !s)
            return s;
    }
    return {};
}

DemoSummary summarise(const DemoPlanner& plan, qint64 historyRows)
{
    DemoSummary s;
    const qint64 now = plan.policy().now;
    s.users = plan.users.size();
    for (const DemoUserPlan& u : plan.users) {
        s.identities += u.identity ? 1 : 0;
        s.certAuthOn += u.certAuth ? 1 : 0;
    }
    s.certificates = plan.certs.size();
    for (const DemoCertPlan& c : plan.certs) {
        switch (c.status) {
        case CertStatus::Issuing:
            ++s.issuing;
            break;
        case CertStatus::AwaitingDownload:
            ++s.awaiting;
            break;
        case CertStatus::InUse:
            ++s.inUse;
            break;
        case CertStatus::Revoked:
            ++s.revoked;
            break;
        }
        if (c.status == CertStatus::AwaitingDownload && c.deadline <= now)
            ++s.deadlinePassed;
        if (c.status != CertStatus::Revoked && c.issuedAt + c.validityDays * kDemoDay <= now)
            ++s.expired;
        s.pkcs12 += c.pkcs12 ? 1 : 0;
    }
    s.historyRows = historyRows + 1;
    return s;
}

} // namespace

QString DemoData::optionsError(const DemoOptions& o)
{
    if (o.users < 1 || o.users > 1000000)
        return tr("The number of demo users must be from 1 to 1,000,000.");
    if (!std::isfinite(o.certificatesPerUser) || o.certificatesPerUser < 0 || o.certificatesPerUser > 20)
        return tr("The certificates per user must be from 0 to 20.");
    if (!std::isfinite(o.historyPerUser) || o.historyPerUser < 0 || o.historyPerUser > 1000)
        return tr("The history rows per user must be from 0 to 1,000.");
    if (o.batchRows < 1 || o.pkcs12Count < 0 || o.signingThreads < 0)
        return tr("The batch size, PKCS#12 count and thread count must not be negative.");
    return {};
}

Status DemoData::refuseRealData(Database& db)
{
    // Demo users have e-mail addresses at example.jp (a domain reserved for examples, never delivered);
    // any other user, or a certificate of such a user, is real data that demo must not mix with.
    const QString pattern = QStringLiteral("%@") + QLatin1String(kDemoMailDomain);
    auto q =
        db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM users WHERE LOWER(COALESCE(email, ''))"
                               " NOT LIKE ?),"
                               " (SELECT COUNT(*) FROM certificates c LEFT JOIN users u ON u.id = c.user_id"
                               " WHERE LOWER(COALESCE(u.email, '')) NOT LIKE ?)"),
                {pattern, pattern});
    if (!q)
        return q.error();
    if (!q->next())
        return {};
    const qint64 users = q->value(0).toLongLong();
    const qint64 certificates = q->value(1).toLongLong();
    if (users == 0 && certificates == 0)
        return {};
    return makeError(ErrorCode::Conflict,
                     tr("This database already holds %1 user(s) and %2 certificate(s) that are not demo data "
                        "(demo users have e-mail addresses at %3). Demo data is only added to a new database "
                        "or to one that holds demo data only.")
                         .arg(users)
                         .arg(certificates)
                         .arg(QLatin1String(kDemoMailDomain)));
}

Result<DemoSummary> DemoData::generate(WorkflowContext& ctx, const DemoOptions& options,
                                       const DemoProgress& progress)
{
    if (auto s = ctx.require(Permission::Administer, QStringLiteral("demo users=%1").arg(options.users)); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    if (const QString e = optionsError(options); !e.isEmpty())
        return makeError(ErrorCode::Invalid, e);
    if (auto s = refuseRealData(ctx.db()); !s)
        return s.error();
    auto ca = ctx.unlockedCa();
    if (!ca)
        return ca.error();
    Database& db = ctx.db();
    const Settings settings(db);
    DemoPolicy policy;
    policy.now = ctx.now().toSecsSinceEpoch();
    policy.maxSlots = settings.intValue(SettingKey::MaxCertsPerUser);
    policy.deadlineDays = settings.intValue(SettingKey::DownloadDeadlineDays);
    policy.validityDays = settings.intValue(SettingKey::CertValidityDays);
    auto taken = UserStore(db).allLoginIds();
    if (!taken)
        return taken.error();
    DemoPlanner plan(options, policy, taken.value());
    plan.plan();

    QList<DevicePolicy> policies;
    for (const QString& id : DeviceTypes::ids())
        policies << DeviceTypes::policy(settings, id);
    ClientCertificateRequest base;
    base.organization = settings.value(SettingKey::OrgName);
    base.crlUrl = settings.value(SettingKey::CrlUrl);
    base.ocspUrl = settings.value(SettingKey::OcspUrl);
    base.caIssuersUrl = settings.value(SettingKey::CaIssuersUrl);
    const int threads =
        options.signingThreads > 0 ? options.signingThreads : std::max(1, QThread::idealThreadCount());
    DemoSigner signer(*ca.value(), plan, policies, base, threads);
    if (auto s = signer.generateKeys(); !s)
        return s.error();

    Run run{ctx, options, progress, plan, policies, ca.value(), signer, generateKeyPassword(12), {}, {}, -1};
    run.userIds.resize(static_cast<size_t>(plan.users.size()), 0);
    run.serials.resize(static_cast<size_t>(plan.certs.size()));
    const QString stage = tr("Creating users and signing certificates");
    if (auto s = run.report(0, stage); !s)
        return s.error();

    // Chunks of users with about batchRows certificates. While the main thread writes chunk n, the
    // signing threads already work on the certificates of chunk n + 1.
    const int usersPerChunk =
        std::max(1, static_cast<int>(options.batchRows / std::max(1.0, options.certificatesPerUser)));
    const int userCount = static_cast<int>(plan.users.size());
    std::future<DemoSigner::Batch> pending;
    for (int first = 0; first < userCount; first += usersPerChunk) {
        const int end = std::min(userCount, first + usersPerChunk);
        const int certFirst = plan.users.at(first).firstCert;
        const int certEnd =
            end < userCount ? plan.users.at(end).firstCert : static_cast<int>(plan.certs.size());
        std::future<DemoSigner::Batch> signing = std::async(
            std::launch::async, [&signer, certFirst, certEnd] { return signer.sign(certFirst, certEnd); });
        Status written = run.writeUsers(first, end);
        if (written && pending.valid())
            written = run.writeCertificates(pending.get());
        pending = std::move(signing);
        if (!written) {
            pending.wait();
            return written.error();
        }
        if (auto s = run.report(kCertificatePercent * end / userCount, stage); !s) {
            pending.wait();
            return s.error();
        }
    }
    if (pending.valid()) {
        if (auto s = run.writeCertificates(pending.get()); !s)
            return s.error();
    }

    const qint64 historyRows = std::llround(options.users * options.historyPerUser);
    if (auto s = run.writeHistory(historyRows); !s)
        return s.error();

    DemoSummary summary = summarise(plan, historyRows);
    summary.pkcs12Password = summary.pkcs12 > 0 ? run.pkcs12Password : QByteArray();
    auto operators = planDemoOperators(db);
    if (!operators)
        return operators.error();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = insertDemoOperators(ctx, operators.value()); !s)
        return s.error();
    for (const auto& entry : operators.value()) {
        summary.operators << entry.first;
        summary.historyRows += entry.first.created ? 1 : 0;
    }
    HistoryEntry h = ctx.historyEntry(Op::SettingsChanged);
    h.details = QStringLiteral("demo data: %1 users, %2 certificates, %3 history rows (seed %4)")
                    .arg(summary.users)
                    .arg(summary.certificates)
                    .arg(historyRows)
                    .arg(options.seed);
    if (auto s = HistoryLog::append(db, h); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    summary.elapsedMs = timer.elapsed();
    if (auto s = run.report(100, tr("Done")); !s)
        return s.error();
    return summary;
}

} // namespace certdesk
