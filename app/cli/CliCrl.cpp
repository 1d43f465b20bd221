#include "CliCrl.h"
#include "CliJson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace certdesk::cli {

namespace {
struct CliCrl
{
    Q_DECLARE_TR_FUNCTIONS(CliCrl)
};
} // namespace

QJsonObject crlPublicationJson(const CrlOutcome& outcome)
{
    if (outcome.state == CrlOutcome::State::Untouched)
        return {};
    return crlPublicationJson(outcome.publication);
}

QJsonObject crlPublicationJson(const CrlPublication& p)
{
    QJsonObject o{{QStringLiteral("published"), p.published}};
    if (p.published) {
        o.insert(QStringLiteral("crl_number"), p.number);
        o.insert(QStringLiteral("entries"), p.entries);
        o.insert(QStringLiteral("next_update"), isoTime(p.nextUpdate));
        o.insert(QStringLiteral("files"), QJsonArray::fromStringList(p.files));
        o.insert(QStringLiteral("command_ran"), p.commandRan);
        QJsonArray others; // CRLs of replaced CAs whose certificates are not expired, signed with their keys
        for (const OtherCaCrl& c : p.otherCas)
            others.append(QJsonObject{{QStringLiteral("ca_id"), c.caId},
                                      {QStringLiteral("ca_name"), c.caName},
                                      {QStringLiteral("crl_number"), c.number},
                                      {QStringLiteral("entries"), c.entries}});
        if (!others.isEmpty())
            o.insert(QStringLiteral("other_cas"), others);
    }
    if (!p.problem.isEmpty())
        o.insert(QStringLiteral("problem"), p.problem);
    return o;
}

void printCrlPublication(CliEnv& env, const CrlOutcome& outcome)
{
    if (outcome.state != CrlOutcome::State::Untouched)
        printCrlPublication(env, outcome.publication);
}

void printCrlPublication(CliEnv& env, const CrlPublication& p)
{
    if (p.published) {
        if (!p.files.isEmpty())
            env.print(CliCrl::tr("CRL number %1 (%2 revoked) published to %3.")
                          .arg(p.number)
                          .arg(p.entries)
                          .arg(QDir::toNativeSeparators(QFileInfo(p.files.constFirst()).absolutePath())));
        else
            env.print(CliCrl::tr("CRL number %1 (%2 revoked) signed; the portal serves it at /crl.")
                          .arg(p.number)
                          .arg(p.entries));
        for (const OtherCaCrl& c : p.otherCas)
            env.print(CliCrl::tr("CRL number %1 (%2 revoked) of the replaced CA \"%3\" signed with its key.")
                          .arg(c.number)
                          .arg(c.entries)
                          .arg(c.caName));
    }
    if (!p.problem.isEmpty())
        env.note(p.problem);
}

} // namespace certdesk::cli
