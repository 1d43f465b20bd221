#include "DateFormat.h"

namespace certdesk::dateformat {

QString dateTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm")) : QString();
}

QString dateTimeWithSeconds(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")) : QString();
}

QString date(const QDate& day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy/MM/dd")) : QString();
}

} // namespace certdesk::dateformat
