# Settings → Mail (SPEC §8, issue 5): mail server form, template editor, outbox view, and the background
# sender the main window starts.
list(APPEND CERTDESK_UI_SOURCES
  mail/MailSettingsPanel.h mail/MailSettingsPanel.cpp
  mail/MailServerForm.h mail/MailServerForm.cpp
  mail/MailTemplateEditor.h mail/MailTemplateEditor.cpp
  mail/OutboxView.h mail/OutboxView.cpp
  mail/MailSenderService.h mail/MailSenderService.cpp
)
