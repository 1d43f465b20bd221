#pragma once
// The worker threads of the Bulk screen (bulk issuance runs, ZIP exports). Their threads never
// expire: Database keeps one connection per thread, keyed by the thread's id, and a thread that ended
// would leave a connection behind that a new thread with a reused id could not use.
class QThreadPool;

namespace certdesk {

QThreadPool* bulkThreadPool();

} // namespace certdesk
