#include "TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace certdesk::test {
namespace {

// Runs one statement on the maintenance database of the test server.
bool adminExec(const QString& sql, QString* error)
{
    const QUrl base(qEnvironmentVariable("CERTDESK_TEST_PG_URL"));
    const QString name =
        QStringLiteral("certdesk-test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(base.userName());
        db.setPassword(base.password());
        db.setDatabaseName(base.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestDatabase::isPostgresRun()
{
    return qEnvironmentVariable("CERTDESK_TEST_BACKEND") == QLatin1String("postgres");
}

std::unique_ptr<TestDatabase> TestDatabase::create(QString* why, bool* mustFail)
{
    std::unique_ptr<TestDatabase> t(new TestDatabase());
    if (!isPostgresRun()) {
        t->m_url = QStringLiteral("sqlite:") + t->m_dir.filePath(QStringLiteral("certdesk.db"));
        return t;
    }
    *mustFail = qEnvironmentVariable("CERTDESK_REQUIRE_PG") == QLatin1String("1");
    const QString base = qEnvironmentVariable("CERTDESK_TEST_PG_URL");
    if (base.isEmpty()) {
        *why = QStringLiteral(
            "CERTDESK_TEST_PG_URL is not set: no PostgreSQL server for this run (scripts/test starts one).");
        return nullptr;
    }
    const QString dbName =
        QStringLiteral("certdesk_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!adminExec(QStringLiteral("CREATE DATABASE ") + dbName, &error)) {
        *why = QStringLiteral("Cannot create a PostgreSQL test database: ") + error;
        return nullptr;
    }
    QUrl url(base);
    url.setPath(QLatin1Char('/') + dbName);
    t->m_url = url.toString();
    t->m_pgName = dbName;
    return t;
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty()) {
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"),
                  &error);
    }
}

DatabasePtr TestDatabase::open()
{
    auto db = Database::open(m_url);
    if (!db)
        qWarning("cannot open test database %s: %s", qPrintable(m_url), qPrintable(db.error().message));
    return db ? db.value() : nullptr;
}

QString dumpContent(Database& db)
{
    static const QStringList tables = {
        QStringLiteral("schema_version"), QStringLiteral("settings"),      QStringLiteral("cas"),
        QStringLiteral("users"),          QStringLiteral("user_groups"),   QStringLiteral("identities"),
        QStringLiteral("certificates"),   QStringLiteral("history"),       QStringLiteral("history_head"),
        QStringLiteral("bulk_jobs"),      QStringLiteral("bulk_job_rows"), QStringLiteral("operators")};
    // sealed_keys is left out: the data key that protects auto-generated passwords is created once per
    // CA in its own transaction before the first issuance; it is not part of any change.
    QString out;
    for (const QString& table : tables) {
        auto q = db.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2"));
        out += QStringLiteral("== ") + table + QLatin1Char('\n');
        if (!q) {
            out += QStringLiteral("(error) ") + q.error().message + QLatin1Char('\n');
            continue;
        }
        while (q->next()) {
            const QSqlRecord rec = q->record();
            QStringList fields;
            for (int i = 0; i < rec.count(); ++i) {
                const QVariant v = q->value(i);
                if (v.isNull())
                    fields << QStringLiteral("NULL");
                else if (v.typeId() == QMetaType::QByteArray)
                    fields << QString::fromLatin1(v.toByteArray().toHex());
                else
                    fields << v.toString();
            }
            out += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace certdesk::test
