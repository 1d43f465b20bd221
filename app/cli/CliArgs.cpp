#include "CliArgs.h"

namespace certdesk::cli {

bool CliArgs::parse(const QStringList& valueOptions, const QStringList& flags, QString* error)
{
    for (int i = 0; i < m_words.size(); ++i) {
        const QString w = m_words.at(i);
        if (w == QLatin1String("--")) {
            m_positional += m_words.mid(i + 1);
            break;
        }
        if (!w.startsWith(QLatin1String("--")) || w.size() == 2) {
            m_positional << w;
            continue;
        }
        QString name = w.mid(2);
        QString val;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            val = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flags.contains(name)) {
            if (inlineValue) {
                *error = tr("The option --%1 takes no value.").arg(name);
                return false;
            }
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= m_words.size()) {
                    *error = tr("The option --%1 needs a value.").arg(name);
                    return false;
                }
                val = m_words.at(++i);
            }
            m_values[name] << val;
        } else {
            *error = tr("Unknown option --%1.").arg(name);
            return false;
        }
    }
    return true;
}

QString CliArgs::value(const QString& option, const QString& fallback) const
{
    const QStringList v = m_values.value(option);
    return v.isEmpty() ? fallback : v.constLast();
}

bool CliArgs::expectPositional(int count, const QString& usage, QString* error) const
{
    if (m_positional.size() == count)
        return true;
    *error = m_positional.size() < count ? tr("Missing arguments. Usage: %1").arg(usage)
                                         : tr("Too many arguments. Usage: %1").arg(usage);
    return false;
}

} // namespace certdesk::cli
