#include "WorkerPools.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace certdesk {
namespace {

QThreadPool* longLivedPool(QPointer<QThreadPool>& pool, const QString& name)
{
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance()); // joined when the application ends
        pool->setObjectName(name);
        pool->setMaxThreadCount(2);
        pool->setExpiryTimeout(-1);
    }
    return pool;
}

} // namespace

QThreadPool* bulkThreadPool()
{
    static QPointer<QThreadPool> pool;
    return longLivedPool(pool, QStringLiteral("bulkThreadPool"));
}

QThreadPool* mailThreadPool()
{
    static QPointer<QThreadPool> pool;
    return longLivedPool(pool, QStringLiteral("mailThreadPool"));
}

} // namespace certdesk
