#pragma once
// "Look at it": with CERTDESK_SCREENSHOT_DIR set, GUI tests save what a widget shows as PNG files.
#include <QDir>
#include <QWidget>

namespace certdesk::test {

inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace certdesk::test
