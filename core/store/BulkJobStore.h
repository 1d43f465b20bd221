#pragma once
// SQL access to bulk issuance jobs and their rows (migration 7). No business rules here.
#include "store/Database.h"

#include <QDateTime>

namespace certdesk {

namespace BulkRowState {
inline const QString Pending = QStringLiteral("pending");
inline const QString Done = QStringLiteral("done");
inline const QString Failed = QStringLiteral("failed");
} // namespace BulkRowState

struct BulkJobRecord
{
    qint64 id = 0;
    QString fileName;
    QDateTime createdAt;
    QString createdBy;
    bool createMissingUsers = false;
    QString state; // "open" while rows are pending, "finished" afterwards
    int total = 0;
    int done = 0;   // computed
    int failed = 0; // computed
    int pending() const { return total - done - failed; }
    QDateTime finishedAt;
};

struct BulkJobRow
{
    qint64 jobId = 0;
    int line = 0;
    QString loginId;
    QString device;
    QString notifyEmail;
    QString remarks;
    bool passwordAuto = true;
    QByteArray passwordSealed; // manual password sealed to the CA; wiped when the row is done
    QString newUserJson;       // empty unless the user is created with the certificate
    QString newIdentityJson;   // empty unless the certificate information is registered with it
    QString state;
    qint64 certificateId = 0;
    QString error;
};

class BulkJobStore
{
    Q_DECLARE_TR_FUNCTIONS(BulkJobStore)
public:
    explicit BulkJobStore(Database& db) : m_db(db) {}

    Result<qint64> insertJob(const BulkJobRecord& job);
    Status insertRows(qint64 jobId, const QList<BulkJobRow>& rows);
    Result<std::optional<BulkJobRecord>> job(qint64 id);
    Result<QList<BulkJobRecord>> jobs(int limit = 50); // newest first
    Result<QList<BulkJobRow>> rows(qint64 jobId, const QString& state = {});
    // Row state under lock (inside the caller's transaction); empty when the row does not exist.
    Result<QString> lockRowState(qint64 jobId, int line);
    Status markDone(qint64 jobId, int line, qint64 certificateId);
    Status markFailed(qint64 jobId, int line, const QString& error);
    // "finished" (with the time) once no row is pending.
    Status finishIfComplete(qint64 jobId, const QDateTime& atUtc);

private:
    Database& m_db;
};

} // namespace certdesk
