#include "CliProblems.h"

namespace certdesk::cli {

void printProblems(CliEnv& env, const CsvProblems& problems)
{
    for (const CsvProblem& p : problems)
        env.note(p.text());
}

QJsonArray problemsJson(const CsvProblems& problems)
{
    QJsonArray out;
    for (const CsvProblem& p : problems)
        out.append(QJsonObject{{QStringLiteral("line"), p.line},
                               {QStringLiteral("column"), p.column},
                               {QStringLiteral("value"), p.value},
                               {QStringLiteral("message"), p.message}});
    return out;
}

} // namespace certdesk::cli
