#pragma once
// Keeps one widget live: while it is visible, it reloads once per burst of database changes that the
// session's change feed reports (another desktop, the CLI, the portal, or this desktop committed); while
// it is hidden (another page or tab, the lock screen) it is only marked stale and reloads when it is
// shown again. The reload function must keep what the operator is doing: the selection (by key), the
// scroll position, the sort, text being typed and pending edits.
#include "AppSession.h"
#include <QObject>
#include <functional>

class QAbstractScrollArea;

namespace certdesk {

class LiveReload : public QObject
{
    Q_OBJECT
public:
    // `tables`: the change kinds that concern the widget ("history", "outbox", "crls"); a change of
    // unknown kind ("*": SQLite, after a reconnect) always does.
    LiveReload(AppSession& session, QWidget* widget, std::function<void()> reload,
               QStringList tables = {QStringLiteral("history")});
    bool isStale() const { return m_stale; }
    int reloadCount() const { return m_reloads; } // for tests

    // Runs `refill` (which rebuilds a table) and puts the scroll position back.
    static void keepingScroll(QAbstractScrollArea* area, const std::function<void()>& refill);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onChanged(const QList<certdesk::Change>& changes);
    void reloadNow();
    QWidget* m_widget;
    std::function<void()> m_reload;
    QStringList m_tables;
    bool m_stale = false;
    int m_reloads = 0;
};

} // namespace certdesk
