#pragma once
// How every date and time is shown on screen, in both languages: 2027/11/06 09:23 (four-digit year,
// zero-padded 24-hour clock, local time), never the locale's short format ("12/4/27 9:23 PM").
#include <QDateTime>
#include <QString>

namespace certdesk::dateformat {

// yyyy/MM/dd HH:mm of a UTC (or any) time in local time; empty for an invalid time.
QString dateTime(const QDateTime& at);
// yyyy/MM/dd HH:mm:ss (the history, where seconds tell rows apart).
QString dateTimeWithSeconds(const QDateTime& at);
// yyyy/MM/dd
QString date(const QDate& day);

} // namespace certdesk::dateformat
