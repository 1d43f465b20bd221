#pragma once
#include "CliArgs.h"
#include "CliEnv.h"

namespace certdesk::cli {

using Handler = int (*)(CliEnv&, const CliArgs&);

struct Command
{
    QString name;
    QString sub; // empty when the command has no subcommand
    QStringList valueOptions;
    QStringList flags;
    QString usage;
    Handler handler;
};

const QList<Command>& commands();

// Handlers, grouped by file.
int runInit(CliEnv&, const CliArgs&);
int runCaShow(CliEnv&, const CliArgs&);
int runCaImport(CliEnv&, const CliArgs&);
int runCaExportCert(CliEnv&, const CliArgs&);
int runCaRemember(CliEnv&, const CliArgs&);
int runCaForget(CliEnv&, const CliArgs&);
int runCrl(CliEnv&, const CliArgs&);
int runCrlPublish(CliEnv&, const CliArgs&);
int runCrlStatus(CliEnv&, const CliArgs&);
int runUserAdd(CliEnv&, const CliArgs&);
int runUserEdit(CliEnv&, const CliArgs&);
int runUserList(CliEnv&, const CliArgs&);
int runUserShow(CliEnv&, const CliArgs&);
int runUserDelete(CliEnv&, const CliArgs&);
int runIdentityRegister(CliEnv&, const CliArgs&);
int runIdentityDelete(CliEnv&, const CliArgs&);
int runSelectionSet(CliEnv&, const CliArgs&);
int runIssue(CliEnv&, const CliArgs&);
int runReissue(CliEnv&, const CliArgs&);
int runRevoke(CliEnv&, const CliArgs&);
int runDelivered(CliEnv&, const CliArgs&);
int runCertShow(CliEnv&, const CliArgs&);
int runHistoryList(CliEnv&, const CliArgs&);
int runHistoryExport(CliEnv&, const CliArgs&);
int runHistoryVerify(CliEnv&, const CliArgs&);
int runHistoryAnchor(CliEnv&, const CliArgs&);
int runSettingsGet(CliEnv&, const CliArgs&);
int runSettingsSet(CliEnv&, const CliArgs&);
int runSettingsList(CliEnv&, const CliArgs&);
int runLicence(CliEnv&, const CliArgs&); // LicenceCommand.cpp
int runDemo(CliEnv&, const CliArgs&);
int runUserImport(CliEnv&, const CliArgs&); // UserCsvCommands.cpp
int runUserExport(CliEnv&, const CliArgs&);
int runBulkTemplate(CliEnv&, const CliArgs&); // BulkCommands.cpp
int runBulkIssue(CliEnv&, const CliArgs&);
int runBulkJobs(CliEnv&, const CliArgs&);
int runBulkRevoke(CliEnv&, const CliArgs&); // BulkRevokeCommands.cpp
int runExportZip(CliEnv&, const CliArgs&);
int runMailConfigure(CliEnv&, const CliArgs&); // MailCommands.cpp
int runMailTest(CliEnv&, const CliArgs&);
int runMailSendPending(CliEnv&, const CliArgs&);
int runMailOutbox(CliEnv&, const CliArgs&);
int runMailRetry(CliEnv&, const CliArgs&);
int runMailCancel(CliEnv&, const CliArgs&);
int runRemind(CliEnv&, const CliArgs&);
int runOperatorBootstrap(CliEnv&, const CliArgs&); // OperatorCommands.cpp
int runOperatorAdd(CliEnv&, const CliArgs&);
int runOperatorList(CliEnv&, const CliArgs&);
int runOperatorSetRole(CliEnv&, const CliArgs&);
int runOperatorUnlock(CliEnv&, const CliArgs&);
int runOperatorResetPassword(CliEnv&, const CliArgs&);
int runOperatorDisable(CliEnv&, const CliArgs&);
int runPasswd(CliEnv&, const CliArgs&);

} // namespace certdesk::cli
