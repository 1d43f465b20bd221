# Settings → Portal and CRL: portal and CRL settings, "Publish CRL now", the in-process download portal
# (PortalService, started by the main window when enabled) and the text that says what happened to a CRL.
list(APPEND CERTDESK_UI_SOURCES
  portal/PortalSettingsPanel.h portal/PortalSettingsPanel.cpp
  portal/PortalServerBox.h portal/PortalServerBox.cpp
  portal/PortalService.h portal/PortalService.cpp
  portal/CrlPublicationText.h portal/CrlPublicationText.cpp
)
