#include "LiveReload.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace certdesk {

LiveReload::LiveReload(AppSession& session, QWidget* widget, std::function<void()> reload, QStringList tables)
    : QObject(widget), m_widget(widget), m_reload(std::move(reload)), m_tables(std::move(tables))
{
    setObjectName(QStringLiteral("liveReload"));
    connect(&session, &AppSession::databaseChanged, this, &LiveReload::onChanged);
    widget->installEventFilter(this);
}

void LiveReload::onChanged(const QList<Change>& changes)
{
    const bool concerned = std::any_of(changes.cbegin(), changes.cend(), [this](const Change& c) {
        return c.isAnything() || m_tables.contains(c.table);
    });
    if (!concerned)
        return;
    if (m_widget->isVisible())
        reloadNow();
    else
        m_stale = true; // reloads when shown
}

void LiveReload::reloadNow()
{
    m_stale = false;
    ++m_reloads;
    m_reload();
}

void LiveReload::keepingScroll(QAbstractScrollArea* area, const std::function<void()>& refill)
{
    const int vertical = area->verticalScrollBar()->value();
    const int horizontal = area->horizontalScrollBar()->value();
    refill();
    area->verticalScrollBar()->setValue(vertical);
    area->horizontalScrollBar()->setValue(horizontal);
}

bool LiveReload::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::Show && m_stale)
        reloadNow();
    return QObject::eventFilter(watched, event);
}

} // namespace certdesk
