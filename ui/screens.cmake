# Screens besides users/: certificate-authentication selection, history, CA & revocation, settings,
# and the first-run wizard (CaSetupWidget is shared by the CA screen and the wizard).
list(APPEND CERTDESK_UI_SOURCES
  selection/SelectionPage.h selection/SelectionPage.cpp
  selection/SelectionExport.h selection/SelectionExport.cpp
  selection/RadioCheckDelegate.h selection/RadioCheckDelegate.cpp
  history/HistoryPage.h history/HistoryPage.cpp
  ca/CaPage.h ca/CaPage.cpp
  ca/CaSetupWidget.h ca/CaSetupWidget.cpp
  ca/CaSetupDialog.h ca/CaSetupDialog.cpp
  settings/SettingsPage.h settings/SettingsPage.cpp
  settings/DevicePolicyTable.h settings/DevicePolicyTable.cpp
  settings/SettingsFields.h settings/SettingsFields.cpp
  wizard/FirstRunWizard.h wizard/FirstRunWizard.cpp
  wizard/LanguageWizardPage.h wizard/LanguageWizardPage.cpp
  wizard/DatabaseWizardPage.h wizard/DatabaseWizardPage.cpp
  wizard/AdministratorWizardPage.h wizard/AdministratorWizardPage.cpp
  wizard/CaWizardPage.h wizard/CaWizardPage.cpp
  wizard/SummaryWizardPage.h wizard/SummaryWizardPage.cpp
)
