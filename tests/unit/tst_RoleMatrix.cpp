// Every workflow tried by each role (administrator, helpdesk, auditor, and nobody signed in), on SQLite
// and on PostgreSQL. What the role may do (auth/Roles) succeeds; anything else returns NotPermitted and
// changes nothing but one "refused" history row. The targets of each attempt are prepared by the
// administrator just before it, so every attempt starts from a state in which it could succeed.
#include "TestDatabase.h"
#include "WorkflowFixture.h"
#include "bulk/BulkIssueJob.h"
#include "bulk/BulkIssuePlan.h"
#include "bulk/BulkIssueRunner.h"
#include "bulk/BulkRevoke.h"
#include "bulk/UserCsv.h"
#include "bulk/ZipExport.h"
#include "ca/CertificateAuthority.h"
#include "mail/MailQueue.h"
#include "mail/MailTemplates.h"
#include "mail/OutboxSender.h"
#include "revocation/CrlPublisher.h"
#include "store/OutboxStore.h"
#include "store/Settings.h"
#include "workflows/DemoData.h"
#include "workflows/HistoryWorkflows.h"
#include "workflows/MailSettingsWorkflows.h"
#include "workflows/SettingsWorkflows.h"

#include <QBuffer>
#include <QDir>
#include <QSqlRecord>
#include <QTest>
#include <functional>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// What an attempt works on, prepared by the administrator.
struct Target
{
    QString login;
    CertificateRecord cert;
    qint64 mailId = 0;
    qint64 jobId = 0;
    BulkIssuePlan bulkPlan;
    BulkRevokePlan revokePlan;
    UserImportPlan userPlan;
    QString path; // a file the attempt may write
};

struct Attempt
{
    QString name;
    Permission permission;
    // Prepares `t` acting as the administrator; empty on success, else what went wrong.
    std::function<QString(WorkflowFixture&, Target&)> setUp;
    std::function<Status(WorkflowContext&, Target&)> run;
};

template <typename T> Status status(const Result<T>& r)
{
    if (r)
        return {};
    return r.error();
}

QString issueTo(WorkflowFixture& f, Target& t)
{
    if (const QString e = f.addUserWithIdentity(t.login); !e.isEmpty())
        return e;
    IssueRequest r;
    r.loginId = t.login;
    r.device = QStringLiteral("android");
    auto issued = CertificateWorkflows(*f.ctx).issue(r);
    if (!issued)
        return issued.error().message;
    t.cert = issued->certificate;
    return {};
}

QByteArray formCsv(const QString& login)
{
    return QStringLiteral(
               "発行する,ログインID,メールアドレス,役職,部署,氏名（姓）,氏名（名）,フリガナ（姓）,"
               "フリガナ（名）,氏名（姓）英語表記,氏名（名）英語表記,Windows,iOS（アプリ/ブラウザ）,"
               "iOS（専用ブラウザ）,Mac,Android,秘密の鍵の自動生成,秘密の鍵,備考\r\n"
               "○,%1,%1@example.jp,,,,,,,,,,,,,○,○,,\r\n")
        .arg(login)
        .toUtf8();
}

QString bulkPlanFor(WorkflowFixture& f, Target& t)
{
    if (const QString e = f.addUserWithIdentity(t.login); !e.isEmpty())
        return e;
    auto plan =
        BulkIssueValidator::validate(*f.ctx, formCsv(t.login), QStringLiteral("certificateform.csv"), false);
    if (!plan)
        return plan.error().message;
    if (!plan->ok())
        return QStringLiteral("the bulk file has problems: ") + plan->problems.value(0).text();
    t.bulkPlan = plan.value();
    return {};
}

QString revokePlanFor(WorkflowFixture& f, Target& t)
{
    if (const QString e = issueTo(f, t); !e.isEmpty())
        return e;
    auto plan =
        BulkRevoke::validate(*f.ctx, t.cert.serialHex.toLatin1() + "\r\n", QStringLiteral("revoke.csv"));
    if (!plan)
        return plan.error().message;
    if (!plan->ok())
        return QStringLiteral("the revocation file has problems");
    t.revokePlan = plan.value();
    return {};
}

QString nothing(WorkflowFixture&, Target&)
{
    return {};
}

QList<Attempt> attempts()
{
    using P = Permission;
    QList<Attempt> list;
    // Certificates: issue, re-issue, revoke, lost device, delivery, mails, certificate information.
    list << Attempt{QStringLiteral("issue"), P::IssueAndRevoke,
                    [](WorkflowFixture& f, Target& t) { return f.addUserWithIdentity(t.login); },
                    [](WorkflowContext& c, Target& t) {
                        IssueRequest r;
                        r.loginId = t.login;
                        r.device = QStringLiteral("android");
                        return status(CertificateWorkflows(c).issue(r));
                    }};
    list << Attempt{QStringLiteral("reissue"), P::IssueAndRevoke,
                    [](WorkflowFixture& f, Target& t) {
                        if (const QString e = issueTo(f, t); !e.isEmpty())
                            return e;
                        auto r = RevocationWorkflows(*f.ctx).revoke(CertificateRef{t.cert.serialHex, {}, 0},
                                                                    RevocationReason::Superseded);
                        return r ? QString() : r.error().message;
                    },
                    [](WorkflowContext& c, Target& t) {
                        return status(CertificateWorkflows(c).reissue(t.login, t.cert.slot));
                    }};
    list << Attempt{QStringLiteral("revoke"), P::IssueAndRevoke, issueTo, [](WorkflowContext& c, Target& t) {
                        return status(RevocationWorkflows(c).revoke(CertificateRef{t.cert.serialHex, {}, 0},
                                                                    RevocationReason::Superseded));
                    }};
    list << Attempt{QStringLiteral("lost device"), P::IssueAndRevoke, issueTo,
                    [](WorkflowContext& c, Target& t) {
                        return status(RevocationWorkflows(c).revoke(CertificateRef{{}, t.login, t.cert.slot},
                                                                    RevocationReason::KeyCompromise,
                                                                    QStringLiteral("lost on the train")));
                    }};
    list << Attempt{
        QStringLiteral("mark delivered"), P::IssueAndRevoke, issueTo, [](WorkflowContext& c, Target& t) {
            return status(CertificateWorkflows(c).markDelivered(CertificateRef{t.cert.serialHex, {}, 0}));
        }};
    list << Attempt{QStringLiteral("read PKCS#12"), P::IssueAndRevoke, issueTo,
                    [](WorkflowContext& c, Target& t) {
                        auto p12 = CertificateWorkflows(c).pkcs12(t.cert.id);
                        if (p12 && p12->isEmpty())
                            return Status(makeError(ErrorCode::NotFound, QStringLiteral("no PKCS#12")));
                        return status(p12);
                    }};
    list << Attempt{QStringLiteral("unlock the CA"), P::IssueAndRevoke, nothing,
                    [](WorkflowContext& c, Target&) { return status(c.unlockCa(kPassphrase)); }};
    const auto queuedMail = [](WorkflowFixture& f, Target& t) {
        if (const QString e = issueTo(f, t); !e.isEmpty())
            return e;
        auto q = f.db->exec(QStringLiteral("SELECT MAX(id) FROM outbox WHERE target_login = ?"), {t.login});
        if (!q || !q->next() || q->value(0).isNull())
            return QStringLiteral("no mail was queued");
        t.mailId = q->value(0).toLongLong();
        return QString();
    };
    list << Attempt{QStringLiteral("retry a mail"), P::IssueAndRevoke, queuedMail,
                    [](WorkflowContext& c, Target& t) { return status(OutboxSender(c).retry(t.mailId)); }};
    list << Attempt{QStringLiteral("cancel a mail"), P::IssueAndRevoke, queuedMail,
                    [](WorkflowContext& c, Target& t) { return status(OutboxSender(c).cancel(t.mailId)); }};
    list << Attempt{QStringLiteral("send the outbox"), P::IssueAndRevoke, queuedMail,
                    [](WorkflowContext& c, Target&) { return status(OutboxSender(c).sendDue(true)); }};
    list << Attempt{QStringLiteral("register certificate information"), P::IssueAndRevoke,
                    [](WorkflowFixture& f, Target& t) {
                        UserInput u;
                        u.loginId = t.login;
                        u.email = t.login + QStringLiteral("@example.jp");
                        auto added = UserWorkflows(*f.ctx).add(u);
                        return added ? QString() : added.error().message;
                    },
                    [](WorkflowContext& c, Target& t) {
                        IdentityInput i;
                        i.familyName = QStringLiteral("山田");
                        i.givenName = QStringLiteral("花子");
                        i.familyKana = QStringLiteral("ヤマダ");
                        i.givenKana = QStringLiteral("ハナコ");
                        return status(IdentityWorkflows(c).registerIdentity(t.login, i));
                    }};

    // Users.
    list << Attempt{QStringLiteral("add a user"), P::ManageUsers, nothing, [](WorkflowContext& c, Target& t) {
                        UserInput u;
                        u.loginId = t.login;
                        u.email = t.login + QStringLiteral("@example.jp");
                        return status(UserWorkflows(c).add(u));
                    }};
    list << Attempt{QStringLiteral("edit a user"), P::ManageUsers,
                    [](WorkflowFixture& f, Target& t) { return f.addUserWithIdentity(t.login); },
                    [](WorkflowContext& c, Target& t) {
                        UserInput u;
                        u.loginId = t.login;
                        u.email = t.login + QStringLiteral("@example.org");
                        return status(UserWorkflows(c).edit(t.login, u));
                    }};
    list << Attempt{QStringLiteral("delete a user"), P::ManageUsers, issueTo,
                    [](WorkflowContext& c, Target& t) { return status(UserWorkflows(c).remove(t.login)); }};
    list << Attempt{
        QStringLiteral("delete certificate information"), P::ManageUsers, issueTo,
        [](WorkflowContext& c, Target& t) { return status(IdentityWorkflows(c).deleteIdentity(t.login)); }};
    list << Attempt{QStringLiteral("certificate authentication on/off"), P::ManageUsers,
                    [](WorkflowFixture& f, Target& t) { return f.addUserWithIdentity(t.login); },
                    [](WorkflowContext& c, Target& t) {
                        auto before = UserWorkflows(c).get(t.login);
                        if (!before)
                            return Status(before.error());
                        return UserWorkflows(c).setCertAuth(t.login, !before->certAuth);
                    }};
    list << Attempt{QStringLiteral("bulk issue: check the file"), P::ManageUsers,
                    [](WorkflowFixture& f, Target& t) { return f.addUserWithIdentity(t.login); },
                    [](WorkflowContext& c, Target& t) {
                        return status(BulkIssueValidator::validate(
                            c, formCsv(t.login), QStringLiteral("certificateform.csv"), false));
                    }};
    list << Attempt{
        QStringLiteral("bulk issue: accept"), P::ManageUsers, bulkPlanFor,
        [](WorkflowContext& c, Target& t) { return status(BulkIssueJob::accept(c, t.bulkPlan)); }};
    list << Attempt{
        QStringLiteral("bulk issue: record a rejected file"), P::ManageUsers, bulkPlanFor,
        [](WorkflowContext& c, Target& t) { return BulkIssueJob::recordRejected(c, t.bulkPlan); }};
    list << Attempt{QStringLiteral("bulk issue: run"), P::ManageUsers,
                    [](WorkflowFixture& f, Target& t) {
                        if (const QString e = bulkPlanFor(f, t); !e.isEmpty())
                            return e;
                        auto job = BulkIssueJob::accept(*f.ctx, t.bulkPlan);
                        if (!job)
                            return job.error().message;
                        t.jobId = job.value();
                        return QString();
                    },
                    [](WorkflowContext& c, Target& t) {
                        BulkIssueRunner runner(c, t.jobId);
                        runner.setThreadCount(1);
                        auto run = runner.run();
                        if (run && run->issued != 1)
                            return Status(
                                makeError(ErrorCode::Invalid, QStringLiteral("nothing was issued")));
                        return status(run);
                    }};
    list << Attempt{QStringLiteral("bulk revoke: check the file"), P::ManageUsers, issueTo,
                    [](WorkflowContext& c, Target& t) {
                        return status(
                            BulkRevoke::validate(c, t.cert.serialHex.toLatin1(), QStringLiteral("r.csv")));
                    }};
    list << Attempt{
        QStringLiteral("bulk revoke"), P::ManageUsers, revokePlanFor, [](WorkflowContext& c, Target& t) {
            return status(BulkRevoke::apply(c, t.revokePlan, RevocationReason::CessationOfOperation));
        }};
    list << Attempt{QStringLiteral("ZIP export"), P::ManageUsers, issueTo, [](WorkflowContext& c, Target& t) {
                        return status(ZipExport::write(c, t.path + QStringLiteral(".zip")));
                    }};
    list << Attempt{
        QStringLiteral("import users CSV"), P::ManageUsers,
        [](WorkflowFixture&, Target& t) {
            auto plan = UserCsv::parse(
                QStringLiteral("ログインID,メールアドレス\r\n%1,%1@example.jp\r\n").arg(t.login).toUtf8());
            if (!plan)
                return plan.error().message;
            t.userPlan = plan.value();
            return t.userPlan.isValid() ? QString() : QStringLiteral("the users file has problems");
        },
        [](WorkflowContext& c, Target& t) {
            return status(UserCsv::apply(c, t.userPlan, QStringLiteral("users.csv")));
        }};
    list << Attempt{QStringLiteral("export users CSV"), P::ManageUsers, nothing,
                    [](WorkflowContext& c, Target&) {
                        QByteArray bytes;
                        QBuffer out(&bytes);
                        out.open(QIODevice::WriteOnly);
                        auto rows = UserCsv::exportCsv(c, out);
                        if (!rows)
                            return Status(rows.error());
                        return UserCsv::recordExport(c, rows.value(), QStringLiteral("users.csv"));
                    }};

    // Administration.
    list << Attempt{QStringLiteral("create the CA"), P::Administer, nothing, [](WorkflowContext& c, Target&) {
                        return status(CaWorkflows(c).createRoot(
                            CaSubject{QStringLiteral("Second CA"), QStringLiteral("Test KK"), {}},
                            KeyType::EcP256, 3650, kPassphrase));
                    }};
    list << Attempt{QStringLiteral("import a CA"), P::Administer, nothing, [](WorkflowContext& c, Target&) {
                        auto ca = CertificateAuthority::createRoot(
                            CaSubject{QStringLiteral("Imported CA"), QStringLiteral("Test KK"), {}},
                            KeyType::EcP256, 3650, c.clock());
                        if (!ca)
                            return Status(ca.error());
                        auto key = ca->encryptedKeyPem("import pass");
                        if (!key)
                            return Status(key.error());
                        return status(CaWorkflows(c).import(ca->certificate().toPem(), key.value(),
                                                            "import pass", kPassphrase));
                    }};
    list << Attempt{QStringLiteral("publish the CRL"), P::Administer, nothing,
                    [](WorkflowContext& c, Target&) { return status(CrlPublisher(c).publish()); }};
    list << Attempt{QStringLiteral("generate the CRL"), P::Administer, nothing,
                    [](WorkflowContext& c, Target&) { return status(CaWorkflows(c).generateCrl()); }};
    list << Attempt{QStringLiteral("change a setting"), P::Administer, nothing,
                    [](WorkflowContext& c, Target& t) {
                        return status(SettingsWorkflows(c).set(SettingKey::OrgName, t.login));
                    }};
    list << Attempt{QStringLiteral("save a settings form"), P::Administer, nothing,
                    [](WorkflowContext& c, Target& t) {
                        const QList<SettingsWorkflows::Change> form{
                            {SettingKey::OrgName, t.login + QStringLiteral(" KK")}};
                        return status(SettingsWorkflows(c).saveForm(form, form, {}));
                    }};
    list << Attempt{
        QStringLiteral("portal settings"), P::Administer, nothing, [](WorkflowContext& c, Target& t) {
            return status(SettingsWorkflows(c).set(SettingKey::PortalBaseUrl,
                                                   QStringLiteral("https://%1.example.jp/").arg(t.login)));
        }};
    list << Attempt{QStringLiteral("mail server"), P::Administer, nothing, [](WorkflowContext& c, Target& t) {
                        SmtpSettings smtp;
                        smtp.host = QStringLiteral("127.0.0.1");
                        smtp.port = 1;
                        smtp.security = SmtpSecurity::None;
                        smtp.sender = t.login + QStringLiteral("@example.jp");
                        return status(MailSettingsWorkflows(c).saveServer(smtp, std::nullopt));
                    }};
    list << Attempt{
        QStringLiteral("mail template"), P::Administer, nothing, [](WorkflowContext& c, Target& t) {
            MailTemplate tmpl =
                MailTemplates::defaultTemplate(MailTemplateId::ExpiryReminder, QStringLiteral("en"));
            tmpl.subject = t.login;
            return MailSettingsWorkflows(c).saveTemplate(MailTemplateId::ExpiryReminder, QStringLiteral("en"),
                                                         tmpl);
        }};
    list << Attempt{QStringLiteral("reset a mail template"), P::Administer,
                    [](WorkflowFixture& f, Target& t) {
                        MailTemplate tmpl = MailTemplates::defaultTemplate(MailTemplateId::ExpiryReminder,
                                                                           QStringLiteral("ja"));
                        tmpl.subject = t.login;
                        auto s = MailSettingsWorkflows(*f.ctx).saveTemplate(MailTemplateId::ExpiryReminder,
                                                                            QStringLiteral("ja"), tmpl);
                        return s ? QString() : s.error().message;
                    },
                    [](WorkflowContext& c, Target&) {
                        return MailSettingsWorkflows(c).resetTemplate(MailTemplateId::ExpiryReminder,
                                                                      QStringLiteral("ja"));
                    }};
    list << Attempt{
        QStringLiteral("expiry reminders"), P::Administer, issueTo,
        [](WorkflowContext& c, Target&) { return status(MailQueue::queueExpiryReminders(c, 365)); }};
    list << Attempt{
        QStringLiteral("add an operator"), P::Administer, nothing, [](WorkflowContext& c, Target& t) {
            return status(OperatorWorkflows(c).add(t.login, {}, Role::Auditor, kOperatorPassword));
        }};
    list << Attempt{QStringLiteral("list the operators"), P::Administer, nothing,
                    [](WorkflowContext& c, Target&) { return status(OperatorWorkflows(c).list()); }};
    list << Attempt{QStringLiteral("demo data"), P::Administer, nothing, [](WorkflowContext& c, Target& t) {
                        DemoOptions o;
                        o.users = 2;
                        o.historyPerUser = 1;
                        o.seed = quint32(qHash(t.login));
                        // The earlier attempts left real users here, so a permitted run ends in Conflict
                        // after the role check (tst_DemoData covers that refusal); a refused role never
                        // gets that far.
                        auto r = DemoData::generate(c, o);
                        if (!r && r.error().code == ErrorCode::Conflict)
                            return Status{};
                        return status(r);
                    }};

    // History.
    list << Attempt{QStringLiteral("export the yearly history"), P::ExportHistory, nothing,
                    [](WorkflowContext& c, Target&) {
                        QByteArray bytes;
                        QBuffer out(&bytes);
                        out.open(QIODevice::WriteOnly);
                        const int year = c.now().toLocalTime().date().year();
                        auto rows = HistoryWorkflows(c).exportYear(year, out);
                        if (!rows)
                            return Status(rows.error());
                        return HistoryWorkflows(c).recordExport(
                            QStringLiteral("history year=%1 rows=%2").arg(year).arg(rows.value()));
                    }};
    list << Attempt{QStringLiteral("verify the history"), P::ExportHistory, nothing,
                    [](WorkflowContext& c, Target&) {
                        auto v = HistoryWorkflows(c).verify();
                        if (v && !v->intact)
                            return Status(makeError(ErrorCode::Invalid, v->problem));
                        return status(v);
                    }};
    return list;
}

// The whole content, history aside (checked row by row), plus the tables dumpContent leaves out.
QString contentWithoutHistory(Database& db)
{
    QString dump = dumpContent(db);
    const qsizetype from = dump.indexOf(QStringLiteral("== history\n"));
    const qsizetype to = dump.indexOf(QStringLiteral("== bulk_jobs\n"));
    dump = dump.left(from) + dump.mid(to);
    for (const char* sql : {"SELECT id, state, attempts, recipient, subject FROM outbox ORDER BY id",
                            "SELECT certificate_id, threshold_days FROM reminders ORDER BY 1, 2",
                            "SELECT id, ca_id, number, entries FROM crls ORDER BY id",
                            "SELECT id FROM sealed_keys ORDER BY id"}) {
        dump += QStringLiteral("== ") + QString::fromLatin1(sql) + QLatin1Char('\n');
        auto q = db.exec(QString::fromLatin1(sql));
        if (!q) {
            dump += q.error().message + QLatin1Char('\n');
            continue;
        }
        while (q->next()) {
            QStringList fields;
            for (int i = 0; i < q->record().count(); ++i)
                fields << q->value(i).toString();
            dump += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

QList<QStringList> historyAfter(Database& db, qint64 id)
{
    QList<QStringList> rows;
    auto q = db.exec(
        QStringLiteral("SELECT operation, operator, details FROM history WHERE id > ? ORDER BY id"), {id});
    while (q && q->next())
        rows << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return rows;
}

qint64 lastHistoryId(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM history"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

class tst_RoleMatrix : public QObject
{
    Q_OBJECT

private slots:
    void everyWorkflowByEveryRole_data();
    void everyWorkflowByEveryRole();
    void systemMayDoEverything();
};

void tst_RoleMatrix::everyWorkflowByEveryRole_data()
{
    QTest::addColumn<int>("role"); // -1: nobody signed in
    QTest::newRow("administrator") << int(Role::Admin);
    QTest::newRow("helpdesk") << int(Role::Helpdesk);
    QTest::newRow("auditor") << int(Role::Auditor);
    QTest::newRow("nobody") << -1;
}

void tst_RoleMatrix::everyWorkflowByEveryRole()
{
    QFETCH(int, role);
    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    // Mail is configured (to a port where nothing listens), so that issuing queues mails.
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = 1;
    smtp.security = SmtpSecurity::None;
    smtp.timeoutSeconds = 2;
    smtp.sender = QStringLiteral("certdesk@example.jp");
    QVERIFY(MailSettingsWorkflows(*f.ctx).saveServer(smtp, QStringLiteral("admin@example.jp")));

    const std::optional<Role> acting = role < 0 ? std::nullopt : std::optional<Role>(Role(role));
    const Actor actor = f.actorFor(acting);
    QTemporaryDir out;
    int n = 0;
    for (const Attempt& a : attempts()) {
        Target t;
        t.login = QStringLiteral("m%1").arg(++n, 2, 10, QLatin1Char('0'));
        t.path = QDir(out.path()).filePath(t.login);
        const QString prepared = a.setUp(f, t);
        QVERIFY2(prepared.isEmpty(), qPrintable(a.name + QStringLiteral(": preparing: ") + prepared));
        // The CA may have changed (create, import): every context unlocks it again.
        f.ctx->forgetUnlockedCa();
        auto ctx = f.contextFor(actor);
        const bool allowed = acting && allows(*acting, a.permission);

        const QString before = contentWithoutHistory(*f.db);
        const qint64 mark = lastHistoryId(*f.db);
        const Status result = a.run(*ctx, t);
        if (allowed) {
            QVERIFY2(result.ok(), qPrintable(a.name + QStringLiteral(": ") + result.error().message));
            for (const QStringList& row : historyAfter(*f.db, mark))
                QVERIFY2(row.first() != Op::Refused,
                         qPrintable(a.name + QStringLiteral(": ") + row.join(u' ')));
            continue;
        }
        QVERIFY2(!result.ok(), qPrintable(a.name + QStringLiteral(" was not refused")));
        QVERIFY2(result.error().code == ErrorCode::NotPermitted,
                 qPrintable(a.name + QStringLiteral(": ") + result.error().message));
        QVERIFY2(!result.error().message.isEmpty(), qPrintable(a.name));
        if (acting)
            QVERIFY2(result.error().message.contains(Roles::displayName(*acting)),
                     qPrintable(a.name + QStringLiteral(": ") + result.error().message));
        // Nothing changed but one refusal row naming the operator and what was asked.
        QCOMPARE(contentWithoutHistory(*f.db), before);
        const QList<QStringList> rows = historyAfter(*f.db, mark);
        QVERIFY2(rows.size() == 1, qPrintable(a.name + QStringLiteral(": %1 history rows").arg(rows.size())));
        QCOMPARE(rows.first().at(0), Op::Refused);
        QCOMPARE(rows.first().at(1), actor.operatorName);
        QVERIFY2(rows.first().at(2).contains(QStringLiteral("permission=")), qPrintable(rows.first().at(2)));
        QVERIFY(QDir(out.path()).isEmpty());
    }
    auto verified = HistoryLog::verify(*f.db);
    QVERIFY(verified.ok() && verified->intact);
}

// Background work of the process (mail sender, CRL schedule, portal) acts as System, which no check
// refuses.
void tst_RoleMatrix::systemMayDoEverything()
{
    const Actor system = Actor::system();
    for (Permission p : Roles::allPermissions())
        QVERIFY(system.may(p));
    const Actor nobody = Actor::localUser(QStringLiteral("tests"));
    for (Permission p : Roles::allPermissions())
        QVERIFY(!nobody.may(p));

    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    auto ctx = f.contextFor(system);
    const qint64 mark = lastHistoryId(*f.db);
    QVERIFY(ctx->require(Permission::Administer, QStringLiteral("anything")));
    auto published = CrlPublisher(*ctx).publishScheduled();
    QVERIFY2(published.ok(), qPrintable(published.error().message));
    for (const QStringList& row : historyAfter(*f.db, mark))
        QVERIFY(row.first() != Op::Refused);
}

QTEST_GUILESS_MAIN(tst_RoleMatrix)
#include "tst_RoleMatrix.moc"
