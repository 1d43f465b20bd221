#pragma once
// A fresh database per test: a SQLite file in a temporary folder, or a new database on the real
// PostgreSQL server named by CERTDESK_TEST_PG_URL (started by scripts/test). The backend comes from
// CERTDESK_TEST_BACKEND ("sqlite" default, or "postgres"), so CTest runs each suite against both.
#include "store/Database.h"
#include <QTemporaryDir>
#include <memory>

namespace certdesk::test {

class TestDatabase
{
public:
    ~TestDatabase();
    // nullptr and *why set when the backend is not available; *mustFail says whether that is a failure
    // (CERTDESK_REQUIRE_PG=1) rather than a skip.
    static std::unique_ptr<TestDatabase> create(QString* why, bool* mustFail);
    static bool isPostgresRun();

    QString url() const { return m_url; }
    DatabasePtr open(); // a new Database handle on it (runs migrations)
    QString tempPath() const { return m_dir.path(); }

private:
    TestDatabase() = default;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgName; // database to drop
};

// Every row of every CertDesk table, in key order, as text (blobs in hex): compare before/after to prove
// that a rejected operation left the content unchanged.
QString dumpContent(Database& db);

} // namespace certdesk::test

// In a test slot: creates m_db (unique_ptr<TestDatabase>) or fails/skips with the reason.
#define CERTDESK_TEST_DATABASE(var)                                                                          \
    QString why_;                                                                                            \
    bool mustFail_ = false;                                                                                  \
    auto var = certdesk::test::TestDatabase::create(&why_, &mustFail_);                                      \
    if (!var) {                                                                                              \
        if (mustFail_)                                                                                       \
            QFAIL(qPrintable(why_));                                                                         \
        QSKIP(qPrintable(why_));                                                                             \
    }
