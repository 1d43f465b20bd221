#include "store/StatementCache.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace certdesk {

std::optional<QSqlQuery> StatementCache::take(const QString& sql)
{
    auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return std::nullopt;
    std::optional<QSqlQuery> q(std::move(it->second.query));
    m_idle.erase(it);
    return q;
}

void StatementCache::giveBack(const QString& sql, QSqlQuery query, quint64 generation)
{
    // Reset (SQLite: sqlite3_reset, no snapshot or lock is held) whether it is kept or finalized below.
    query.finish();
    if (generation != m_generation || m_capacity <= 0 || m_idle.count(sql) > 0)
        return;
    if (int(m_idle.size()) >= m_capacity) {
        auto oldest = m_idle.begin();
        for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
            if (it->second.lastUse < oldest->second.lastUse)
                oldest = it;
        }
        m_idle.erase(oldest);
    }
    m_idle.emplace(sql, Idle{std::move(query), ++m_clock});
}

void StatementCache::clear()
{
    ++m_generation;
    m_idle.clear();
}

CachedStatement::CachedStatement(const std::shared_ptr<StatementCache>& cache, const QString& sql,
                                 QSqlQuery lent)
    : QSqlResult(lent.driver()), m_cache(cache), m_generation(cache->generation()), m_sql(sql),
      m_query(std::move(lent))
{
    setQuery(sql);
    QSqlResult::setForwardOnly(m_query.isForwardOnly());
    QSqlResult::setNumericalPrecisionPolicy(m_query.numericalPrecisionPolicy());
    sync();
}

CachedStatement::~CachedStatement()
{
    if (auto cache = m_cache.lock())
        cache->giveBack(m_sql, std::move(m_query), m_generation);
}

void CachedStatement::sync()
{
    setSelect(m_query.isSelect());
    setActive(m_query.isActive());
    setAt(m_query.at());
    setLastError(m_query.lastError());
}

bool CachedStatement::follow(bool moved)
{
    setAt(m_query.at());
    return moved;
}

void CachedStatement::detachFromCache()
{
    if (auto cache = m_cache.lock())
        cache->giveBack(m_sql, std::move(m_query), m_generation);
    m_cache.reset();
    m_query = QSqlQuery(driver()->createResult());
    m_query.setForwardOnly(isForwardOnly());
    m_query.setNumericalPrecisionPolicy(numericalPrecisionPolicy());
}

QVariant CachedStatement::handle() const
{
    return m_query.result() ? m_query.result()->handle() : QVariant();
}

QVariant CachedStatement::data(int i)
{
    return m_query.value(i);
}

bool CachedStatement::isNull(int i)
{
    return m_query.isNull(i);
}

bool CachedStatement::reset(const QString& sql)
{
    // QSqlQuery::exec(sql) on the lent query: other SQL, on a statement of its own.
    detachFromCache();
    const bool ok = m_query.exec(sql);
    sync();
    return ok;
}

bool CachedStatement::fetch(int i)
{
    return follow(m_query.seek(i));
}

bool CachedStatement::fetchNext()
{
    return follow(m_query.next());
}

bool CachedStatement::fetchPrevious()
{
    return follow(m_query.previous());
}

bool CachedStatement::fetchFirst()
{
    return follow(m_query.first());
}

bool CachedStatement::fetchLast()
{
    return follow(m_query.last());
}

int CachedStatement::size()
{
    return m_query.size();
}

int CachedStatement::numRowsAffected()
{
    return m_query.numRowsAffected();
}

QSqlRecord CachedStatement::record() const
{
    return m_query.record();
}

QVariant CachedStatement::lastInsertId() const
{
    return m_query.lastInsertId();
}

bool CachedStatement::prepare(const QString& sql)
{
    if (sql == m_sql && m_cache.lock()) {
        // The same statement again: it is prepared already.
        m_query.finish();
        sync();
        return true;
    }
    detachFromCache();
    m_sql = sql;
    setQuery(sql);
    const bool ok = m_query.prepare(sql);
    sync();
    return ok;
}

bool CachedStatement::savePrepare(const QString& sql)
{
    return prepare(sql);
}

bool CachedStatement::exec()
{
    // The values bound on the caller's query, positionally, onto the lent statement.
    const QVariantList& values = boundValues();
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    const bool ok = m_query.exec();
    sync();
    return ok;
}

void CachedStatement::setForwardOnly(bool forward)
{
    QSqlResult::setForwardOnly(forward);
    m_query.setForwardOnly(forward);
}

void CachedStatement::detachFromResultSet()
{
    m_query.finish();
}

void CachedStatement::setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy policy)
{
    QSqlResult::setNumericalPrecisionPolicy(policy);
    m_query.setNumericalPrecisionPolicy(policy);
}

bool CachedStatement::nextResult()
{
    const bool ok = m_query.nextResult();
    sync();
    return ok;
}

} // namespace certdesk
