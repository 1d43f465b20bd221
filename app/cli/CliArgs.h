#pragma once
// Minimal argument parser for "certdesk-cli [global options] COMMAND [SUBCOMMAND] [args] [options]".
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace certdesk::cli {

class CliArgs
{
    Q_DECLARE_TR_FUNCTIONS(CliArgs)
public:
    explicit CliArgs(QStringList words) : m_words(std::move(words)) {}

    // Splits into positionals and options. valueOptions take one value ("--out F" or "--out=F");
    // flags take none. Unknown options are an error.
    bool parse(const QStringList& valueOptions, const QStringList& flags, QString* error);

    const QStringList& positional() const { return m_positional; }
    QString positional(int i) const { return m_positional.value(i); }
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const;
    QStringList values(const QString& option) const { return m_values.value(option); }
    bool flag(const QString& option) const { return m_flags.contains(option); }
    // Requires exactly `count` positionals.
    bool expectPositional(int count, const QString& usage, QString* error) const;

private:
    QStringList m_words;
    QStringList m_positional;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
};

} // namespace certdesk::cli
