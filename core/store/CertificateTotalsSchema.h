#pragma once
// Migration 24 (issue 16 §4): the number of certificates per status without counting them. The dashboard
// refreshes after every change; counting 300,000 certificates per status took 15–30 ms of every Revoke
// click on PostgreSQL. Triggers on certificates append (status, +1 / -1) rows to certificate_status_totals
// — appends only, so concurrent writers never wait for each other or deadlock on a counter row — and the
// totals are SUM(n) GROUP BY status over a few hundred rows. Every 256th appended row folds the table into
// one row per status (on PostgreSQL only when no other transaction is folding: an advisory lock tried,
// never waited for). The rows are written by the triggers alone: on PostgreSQL the trigger function is
// SECURITY DEFINER and the operator roles may only read the table.
#include <QList>

namespace certdesk::CertificateTotalsSchema {

QList<const char*> postgres();
QList<const char*> sqlite();

} // namespace certdesk::CertificateTotalsSchema
