# The database: connection, migrations, typed settings, one store class per table, the history chain.
# Platform code: who may read the SQLite file.
if(WIN32)
  set(certdesk_store_platform store/platform/FilePermissions_windows.cpp)
else()
  set(certdesk_store_platform store/platform/FilePermissions_posix.cpp)
endif()
certdesk_core_library(store
  DEPS util ca csv text
  LINKS OpenSSL::Crypto
  SOURCES
    store/BulkJobStore.cpp
    store/BulkJobStore.h
    store/CaStore.cpp
    store/CaStore.h
    store/CertificateStatusQuery.cpp
    store/CertificateStatusQuery.h
    store/CertificateStore.cpp
    store/CertificateStore.h
    store/CertificateTotalsSchema.cpp
    store/CertificateTotalsSchema.h
    store/ChangeFeed.cpp
    store/ChangeFeed.h
    store/CrlStore.cpp
    store/CrlStore.h
    store/Database.cpp
    store/Database.h
    store/DatabaseTls.cpp
    store/DatabaseTls.h
    store/DatabaseUrl.cpp
    store/DatabaseUrl.h
    store/FilePermissions.h
    ${certdesk_store_platform}
    store/HistoryAudit.cpp
    store/HistoryAudit.h
    store/HistoryCheckpointStore.cpp
    store/HistoryCheckpointStore.h
    store/HistoryExport.cpp
    store/HistoryExport.h
    store/HistoryLog.cpp
    store/HistoryLog.h
    store/Migrations.cpp
    store/Migrations.h
    store/PostgresRoleSchema.cpp
    store/PostgresRoleSchema.h
    store/SearchIndexSchema.cpp
    store/SearchIndexSchema.h
    store/OperatorStore.cpp
    store/OperatorStore.h
    store/PgRoles.cpp
    store/PgRoles.h
    store/OutboxStore.cpp
    store/OutboxStore.h
    store/Records.cpp
    store/Records.h
    store/Settings.cpp
    store/Settings.h
    store/StatementCache.cpp
    store/StatementCache.h
    store/Transaction.cpp
    store/Transaction.h
    store/UserSearchText.cpp
    store/UserSearchText.h
    store/UserStore.cpp
    store/UserStore.h
    store/UserSummaryStore.cpp
    store/UserSummaryStore.h
)
