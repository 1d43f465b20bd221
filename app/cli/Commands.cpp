#include "Commands.h"

namespace certdesk::cli {

const QList<Command>& commands()
{
    static const QString L = QStringLiteral("certdesk-cli --db URL ");
    static const QList<Command> list = {
        {QStringLiteral("init"), {}, {QStringLiteral("org"), QStringLiteral("ca-name"), QStringLiteral("key"), QStringLiteral("days")}, {},
         L + QStringLiteral("init --org NAME --ca-name NAME [--key p384|rsa3072] [--days N]"), runInit},
        {QStringLiteral("ca"), QStringLiteral("show"), {}, {}, L + QStringLiteral("ca show"), runCaShow},
        {QStringLiteral("ca"), QStringLiteral("import"), {QStringLiteral("key"), QStringLiteral("import-password-file")}, {},
         L + QStringLiteral("ca import FILE [--key KEYFILE] [--import-password-file F]"), runCaImport},
        {QStringLiteral("ca"), QStringLiteral("export-cert"), {QStringLiteral("out")}, {QStringLiteral("der")},
         L + QStringLiteral("ca export-cert --out FILE [--der]"), runCaExportCert},
        {QStringLiteral("ca"), QStringLiteral("remember-passphrase"), {}, {}, L + QStringLiteral("ca remember-passphrase"), runCaRemember},
        {QStringLiteral("ca"), QStringLiteral("forget-passphrase"), {}, {}, L + QStringLiteral("ca forget-passphrase"), runCaForget},
        {QStringLiteral("crl"), {}, {QStringLiteral("out")}, {QStringLiteral("pem")}, L + QStringLiteral("crl --out FILE [--pem]"), runCrl},
        {QStringLiteral("user"), QStringLiteral("add"),
         {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("department"), QStringLiteral("title"),
          QStringLiteral("group"), QStringLiteral("cert-auth"), QStringLiteral("mail-language")},
         {}, L + QStringLiteral("user add LOGIN --email E [--name N] [--department D] [--title T] [--group G]... [--cert-auth on|off]"),
         runUserAdd},
        {QStringLiteral("user"), QStringLiteral("edit"),
         {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("department"), QStringLiteral("title"),
          QStringLiteral("group"), QStringLiteral("mail-language")},
         {QStringLiteral("clear-groups")}, L + QStringLiteral("user edit LOGIN [--email E] [--name N] [--department D] [--title T] [--group G]..."),
         runUserEdit},
        {QStringLiteral("user"), QStringLiteral("list"), {QStringLiteral("search"), QStringLiteral("group"), QStringLiteral("limit")}, {},
         L + QStringLiteral("user list [--search TEXT] [--group G] [--limit N]"), runUserList},
        {QStringLiteral("user"), QStringLiteral("show"), {}, {}, L + QStringLiteral("user show LOGIN"), runUserShow},
        {QStringLiteral("user"), QStringLiteral("delete"), {}, {QStringLiteral("yes")}, L + QStringLiteral("user delete LOGIN --yes"), runUserDelete},
        {QStringLiteral("identity"), QStringLiteral("register"),
         {QStringLiteral("family"), QStringLiteral("given"), QStringLiteral("family-kana"), QStringLiteral("given-kana"),
          QStringLiteral("family-en"), QStringLiteral("given-en")},
         {}, L + QStringLiteral("identity register LOGIN --family F --given G --family-kana FK --given-kana GK [--family-en FE --given-en GE]"),
         runIdentityRegister},
        {QStringLiteral("identity"), QStringLiteral("delete"), {}, {QStringLiteral("yes")}, L + QStringLiteral("identity delete LOGIN --yes"),
         runIdentityDelete},
        {QStringLiteral("selection"), QStringLiteral("set"), {}, {}, L + QStringLiteral("selection set LOGIN on|off"), runSelectionSet},
        {QStringLiteral("issue"), {},
         {QStringLiteral("device"), QStringLiteral("notify"), QStringLiteral("password-file"), QStringLiteral("remarks"),
          QStringLiteral("slot"), QStringLiteral("out")},
         {QStringLiteral("auto-password")},
         L + QStringLiteral("issue LOGIN --device windows|ios-app|ios-browser|mac|android|other [--notify E] "
                            "[--password-file F | --auto-password] [--remarks R] [--out FILE.p12]"),
         runIssue},
        {QStringLiteral("reissue"), {}, {QStringLiteral("password-file"), QStringLiteral("out")}, {QStringLiteral("auto-password")},
         L + QStringLiteral("reissue LOGIN:SLOT [--password-file F | --auto-password] [--out FILE.p12]"), runReissue},
        {QStringLiteral("revoke"), {}, {QStringLiteral("reason"), QStringLiteral("remarks")}, {QStringLiteral("yes")},
         L + QStringLiteral("revoke SERIAL|LOGIN:SLOT --reason lost|unspecified|affiliation-changed|superseded|cessation --yes"),
         runRevoke},
        {QStringLiteral("delivered"), {}, {}, {}, L + QStringLiteral("delivered SERIAL|LOGIN:SLOT"), runDelivered},
        {QStringLiteral("cert"), QStringLiteral("show"), {QStringLiteral("out")}, {},
         L + QStringLiteral("cert show SERIAL|LOGIN:SLOT [--out FILE.pem]"), runCertShow},
        {QStringLiteral("history"), QStringLiteral("list"),
         {QStringLiteral("date"), QStringLiteral("operation"), QStringLiteral("operator"), QStringLiteral("search"), QStringLiteral("limit")},
         {}, L + QStringLiteral("history list [--date YYYY-MM-DD] [--operation OP] [--operator NAME] [--search TEXT]"), runHistoryList},
        {QStringLiteral("history"), QStringLiteral("export"), {QStringLiteral("year"), QStringLiteral("out")}, {},
         L + QStringLiteral("history export --year YYYY --out FILE"), runHistoryExport},
        {QStringLiteral("history"), QStringLiteral("verify"), {}, {}, L + QStringLiteral("history verify"), runHistoryVerify},
        {QStringLiteral("settings"), QStringLiteral("get"), {}, {}, L + QStringLiteral("settings get KEY"), runSettingsGet},
        {QStringLiteral("settings"), QStringLiteral("set"), {}, {}, L + QStringLiteral("settings set KEY VALUE"), runSettingsSet},
        {QStringLiteral("settings"), QStringLiteral("list"), {}, {}, L + QStringLiteral("settings list"), runSettingsList},
        {QStringLiteral("demo"), {},
         {QStringLiteral("users"), QStringLiteral("certs-per-user"), QStringLiteral("history-per-user"), QStringLiteral("seed")}, {},
         L + QStringLiteral("demo --users N [--certs-per-user K] [--history-per-user H] [--seed S]"), runDemo},
    };
    return list;
}

} // namespace certdesk::cli
