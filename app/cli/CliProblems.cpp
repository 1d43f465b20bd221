#include "CliProblems.h"

namespace certdesk::cli {

void printProblems(CliEnv& env, const CsvProblems& problems)
{
    for (const CsvProblem& p : problems) {
        QString text = QString::number(p.line) + QStringLiteral(": ");
        if (!p.column.isEmpty())
            text += p.column + QStringLiteral(": ");
        if (!p.value.isEmpty())
            text += QLatin1Char('"') + p.value + QStringLiteral("\": ");
        env.note(text + p.message);
    }
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
