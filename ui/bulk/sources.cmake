# Bulk screen (一括処理): bulk issuance, bulk revocation, ZIP export, user CSV — one section per tab.
list(APPEND CERTDESK_UI_SOURCES
  bulk/BulkPage.h bulk/BulkPage.cpp
  bulk/BulkIssueSection.h bulk/BulkIssueSection.cpp
  bulk/BulkRunPanel.h bulk/BulkRunPanel.cpp
  bulk/UnfinishedJobsBox.h bulk/UnfinishedJobsBox.cpp
  bulk/BulkRevokeSection.h bulk/BulkRevokeSection.cpp
  bulk/ZipExportSection.h bulk/ZipExportSection.cpp
  bulk/UserCsvSection.h bulk/UserCsvSection.cpp
  bulk/CsvProblemTable.h bulk/CsvProblemTable.cpp
  bulk/BulkFiles.h bulk/BulkFiles.cpp bulk/BulkUi.h
)
