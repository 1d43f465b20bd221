#include "PsqlClient.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace certdesk::test {

Psql psqlAs(const DatabaseUrl& url, const QString& login, const QString& password, const QString& sql)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), url.host, QStringLiteral("-p"),
             QString::number(url.port), QStringLiteral("-U"), login, QStringLiteral("-d"), url.database,
             QStringLiteral("-c"), sql});
    Psql r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace certdesk::test
