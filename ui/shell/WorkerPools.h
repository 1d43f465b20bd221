#pragma once
// Worker threads for background work in the GUI. Their threads never expire: Database keeps one
// connection per thread, keyed by the thread's id, and a thread that ended would leave a connection
// behind that a new thread with a reused id could not use.
class QThreadPool;

namespace certdesk {

QThreadPool* bulkThreadPool(); // bulk issuance runs, ZIP exports (2 threads)
QThreadPool* mailThreadPool(); // outbox runs, test mails: SMTP may wait up to its timeout (2 threads)

} // namespace certdesk
