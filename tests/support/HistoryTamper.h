#pragma once
// What an attacker with the database owner's rights does to the history in the tamper tests: recompute
// the chain after editing rows, and remove the signed checkpoints. Each returns an empty string or why
// it failed.
#include "store/Database.h"

#include <QString>

namespace certdesk::test {

// Recomputes every row's hash exactly like HistoryLog does, and the head (hash and row count).
QString rechainHistory(Database& db);
// Removes every signed checkpoint (on SQLite after dropping the triggers that refuse it).
QString deleteHistoryCheckpoints(Database& db);

} // namespace certdesk::test
