#include "HistoryCountThread.h"

namespace certdesk {

HistoryCountThread::HistoryCountThread(DatabasePtr db, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("historyCount"));
    m_worker->moveToThread(&m_thread);
    // Emitted in the thread itself, as its last act: its connection goes with it.
    connect(
        &m_thread, &QThread::finished, m_worker, [db = m_db] { db->releaseThreadConnection(); },
        Qt::DirectConnection);
}

HistoryCountThread::~HistoryCountThread()
{
    m_latest = ~quint64(0); // nothing queued is counted any more
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 HistoryCountThread::request(const HistoryFilter& filter)
{
    const quint64 ticket = ++m_latest;
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    HistoryFilter f = filter;
    f.limit = 0;
    f.offset = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [this, f, ticket] {
            if (ticket != m_latest)
                return; // superseded before it started
            auto total = HistoryLog::count(*m_db, f);
            const qint64 n = total ? total.value() : -1;
            const QString error = total ? QString() : total.error().message;
            // This object outlives the thread (the destructor waits), so it is still there to receive.
            QMetaObject::invokeMethod(
                this,
                [this, ticket, n, error] {
                    if (ticket == m_latest)
                        emit counted(ticket, n, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace certdesk
