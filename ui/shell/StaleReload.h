#pragma once
// A screen that skipped reloads while hidden (it only marked itself stale) reloads once when shown —
// queued, because the main window (or the bulk page) often refreshes the screen it switches to right after
// showing it, and then nothing is stale any more.
#include <QMetaObject>
#include <QObject>

namespace certdesk {

template <typename Screen> void reloadWhenShownIfStale(Screen* screen, const bool& stale)
{
    if (!stale)
        return;
    QMetaObject::invokeMethod(
        screen,
        [screen, &stale] {
            if (stale)
                screen->refresh();
        },
        Qt::QueuedConnection);
}

} // namespace certdesk
