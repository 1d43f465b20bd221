# Bulk issuance and revocation from CSV, users CSV, ZIP export.
certdesk_core_library(bulk
  DEPS workflows export csv
  SOURCES
    bulk/BulkIssueForm.cpp
    bulk/BulkIssueForm.h
    bulk/BulkIssueJob.cpp
    bulk/BulkIssueJob.h
    bulk/BulkIssuePlan.h
    bulk/BulkIssueRunner.cpp
    bulk/BulkIssueRunner.h
    bulk/BulkIssueValidator.cpp
    bulk/BulkRevoke.cpp
    bulk/BulkRevoke.h
    bulk/BulkRowCommit.cpp
    bulk/BulkRowCommit.h
    bulk/CsvCells.cpp
    bulk/CsvCells.h
    bulk/CsvProblem.h
    bulk/UserCsv.cpp
    bulk/UserCsv.h
    bulk/ZipExport.cpp
    bulk/ZipExport.h
)
