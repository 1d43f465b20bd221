#pragma once
// Counts the history rows of a filter on a thread of its own (with its own database connection, closed when
// the thread ends), so that a slow count does not hold up the first page: free text over a month reads every
// row of the month (517,000 rows at full size: ~270 ms on SQLite) while its first 500 matches take ~35 ms.
#include "store/Database.h"
#include "store/HistoryLog.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace certdesk {

class HistoryCountThread : public QObject
{
    Q_OBJECT
public:
    explicit HistoryCountThread(DatabasePtr db, QObject* parent = nullptr);
    ~HistoryCountThread() override; // waits for a count under way

    // Counts the rows matching `filter` (its limit and offset ignored); counted() follows with the ticket
    // returned here. A newer request supersedes the older ones: their results are never delivered.
    quint64 request(const HistoryFilter& filter);

signals:
    // `total` -1 and `error` set when the count failed.
    void counted(quint64 ticket, qint64 total, const QString& error);

private:
    DatabasePtr m_db;
    QThread m_thread;
    QObject* m_worker; // lives in m_thread
    std::atomic<quint64> m_latest{0};
};

} // namespace certdesk
