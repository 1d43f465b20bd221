#include "CliRunner.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

namespace certdesk::test {

QString cliPath()
{
    return QDir(qEnvironmentVariable("CERTDESK_BIN_DIR")).filePath(QStringLiteral("certdesk-cli"));
}

QStringList cliSignInEnv(const QString& login, const QString& password)
{
    return {QStringLiteral("CERTDESK_OPERATOR=") + login,
            QStringLiteral("CERTDESK_OPERATOR_PASSWORD=") + password};
}

ProcessResult runCli(const QString& dbUrl, const QStringList& args, const QStringList& extraEnv,
                     const QByteArray& stdinData)
{
    QStringList all{QStringLiteral("--db"), dbUrl};
    all += args;
    QStringList env = extraEnv;
    const bool ownOperator = std::any_of(env.cbegin(), env.cend(), [](const QString& kv) {
        return kv.startsWith(QLatin1String("CERTDESK_OPERATOR="));
    });
    if (!ownOperator)
        env = cliSignInEnv() + env;
    return runProcess(cliPath(), all, stdinData, 120000, env);
}

QString cliPasswordFile(const QString& password)
{
    static QTemporaryDir dir;
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
    return writeFile(dir, name, password.toUtf8() + '\n');
}

QStringList cliAdminOptions()
{
    return {QStringLiteral("--admin"), kCliAdmin, QStringLiteral("--admin-password-file"),
            cliPasswordFile(kCliAdminPassword)};
}

QString bootstrapCliAdmin(const QString& dbUrl)
{
    auto r = runCli(dbUrl,
                    {QStringLiteral("operator"), QStringLiteral("bootstrap"), kCliAdmin,
                     QStringLiteral("--password-file"), cliPasswordFile(kCliAdminPassword)},
                    {QStringLiteral("CERTDESK_OPERATOR=")});
    if (r.exitCode != 0)
        return QStringLiteral("operator bootstrap %1 failed (exit %2): %3")
            .arg(kCliAdmin)
            .arg(r.exitCode)
            .arg(r.all());
    return {};
}

QString contentApartFromSignIns(Database& db)
{
    // Sections are "== table" lines followed by its rows, fields joined by '|'; the history's third
    // column is the operation.
    QStringList kept;
    QString table;
    for (const QString& line : dumpContent(db).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("== "))) {
            table = line.mid(3);
            kept << line;
            continue;
        }
        if (table == QLatin1String("history_head") || table == QLatin1String("operators"))
            continue;
        if (table == QLatin1String("history") &&
            line.section(QLatin1Char('|'), 2, 2) == QLatin1String("login"))
            continue;
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace certdesk::test
