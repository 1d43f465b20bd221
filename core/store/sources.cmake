list(APPEND CERTDESK_CORE_SOURCES
  store/DatabaseUrl.h store/DatabaseUrl.cpp
  store/Database.h store/Database.cpp
  store/Transaction.h store/Transaction.cpp
  store/Migrations.h store/Migrations.cpp
  store/Records.h store/Records.cpp
  store/Settings.h store/Settings.cpp
  store/HistoryLog.h store/HistoryLog.cpp
  store/UserStore.h store/UserStore.cpp
  store/CertificateStore.h store/CertificateStore.cpp
  store/CaStore.h store/CaStore.cpp
  store/BulkJobStore.h store/BulkJobStore.cpp
  store/OutboxStore.h store/OutboxStore.cpp
  store/UserSummaryStore.h store/UserSummaryStore.cpp
  store/UserSearchText.h store/UserSearchText.cpp
  store/CrlStore.h store/CrlStore.cpp
)
