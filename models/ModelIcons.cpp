#include "ModelIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace certdesk {

QIcon warningIcon()
{
    static const QIcon icon = [] {
        QIcon i;
        for (int size : {16, 24, 32}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            QPainterPath tri;
            tri.moveTo(size / 2.0, 1);
            tri.lineTo(size - 1, size - 1);
            tri.lineTo(1, size - 1);
            tri.closeSubpath();
            p.fillPath(tri, QColor(0xF5, 0xB3, 0x00));
            p.setPen(QPen(QColor(0x80, 0x50, 0x00), 1));
            p.drawPath(tri);
            p.setPen(QPen(Qt::black, size / 8.0));
            p.drawLine(QPointF(size / 2.0, size * 0.35), QPointF(size / 2.0, size * 0.68));
            p.drawPoint(QPointF(size / 2.0, size * 0.82));
            i.addPixmap(pm);
        }
        return i;
    }();
    return icon;
}

} // namespace certdesk
