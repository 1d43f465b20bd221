# Notification mail: SMTP (libcurl), templates (defaults are data in resources/mail), outbox queue and sender.
certdesk_core_library(mail
  DEPS session policy store secrets text
  LINKS CURL::libcurl
  SOURCES
    mail/MailConfig.cpp
    mail/MailConfig.h
    mail/MailHeaders.cpp
    mail/MailHeaders.h
    mail/MailMessage.h
    mail/MailQueue.cpp
    mail/MailQueue.h
    mail/MailTemplateCatalog.cpp
    mail/MailTemplateDefaults.cpp
    mail/MailTemplateInfo.h
    mail/MailTemplateSettings.cpp
    mail/MailTemplateText.cpp
    mail/MailTemplateValues.cpp
    mail/MailTemplates.h
    mail/OutboxSender.cpp
    mail/OutboxSender.h
    mail/SmtpClient.cpp
    mail/SmtpClient.h
    mail/SmtpSettings.cpp
    mail/SmtpSettings.h
    ${PROJECT_SOURCE_DIR}/resources/mail/mail.qrc
)
