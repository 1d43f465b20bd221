#pragma once
// How certdesk-cli shows the problems of a rejected CSV file (bulk issue, bulk revoke, user import).
#include "CliEnv.h"
#include "bulk/CsvProblem.h"
#include <QJsonArray>

namespace certdesk::cli {

// One line per problem on stderr: `LINE: COLUMN: "VALUE": message` (column and value left out when empty).
void printProblems(CliEnv& env, const CsvProblems& problems);
QJsonArray problemsJson(const CsvProblems& problems);

} // namespace certdesk::cli
