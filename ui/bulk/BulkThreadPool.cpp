#include "BulkThreadPool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace certdesk {

QThreadPool* bulkThreadPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance()); // joined when the application ends
        pool->setObjectName(QStringLiteral("bulkThreadPool"));
        pool->setMaxThreadCount(2); // an issuance run and a ZIP export at the same time
        pool->setExpiryTimeout(-1);
    }
    return pool;
}

} // namespace certdesk
