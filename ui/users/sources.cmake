list(APPEND CERTDESK_UI_SOURCES
  users/UiHelpers.h
  users/UsersPage.h users/UsersPage.cpp
  users/UsersEmptyState.h users/UsersEmptyState.cpp
  users/CertificatePanel.h users/CertificatePanel.cpp
  users/SlotColumns.h users/SlotColumns.cpp
  users/UserDialog.h users/UserDialog.cpp
  users/IdentityDialog.h users/IdentityDialog.cpp
  users/IssueDialogUi.h users/IssueDialogUi.cpp
  users/IssueDialog.h users/IssueDialog.cpp
  users/RevokeForm.h users/RevokeForm.cpp
  users/RevokeDialog.h users/RevokeDialog.cpp
  users/RevocationCrlPanel.h users/RevocationCrlPanel.cpp
  users/LostDeviceDialog.h users/LostDeviceDialog.cpp
)
