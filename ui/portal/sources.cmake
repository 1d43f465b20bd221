# Settings → Portal and CRL (issue #6): portal and CRL settings, "Publish CRL now", the in-process
# download portal (PortalService, started by the main window when enabled) and the GUI's CRL schedule.
list(APPEND CERTDESK_UI_SOURCES
  portal/PortalSettingsPanel.h portal/PortalSettingsPanel.cpp
  portal/PortalServerBox.h portal/PortalServerBox.cpp
  portal/PortalService.h portal/PortalService.cpp
  portal/CrlScheduleService.h portal/CrlScheduleService.cpp
  portal/CrlPublicationText.h portal/CrlPublicationText.cpp
)
