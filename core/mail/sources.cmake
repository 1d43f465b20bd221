list(APPEND CERTDESK_CORE_SOURCES
  mail/MailMessage.h
  mail/SmtpSettings.h mail/SmtpSettings.cpp
  mail/SmtpClient.h mail/SmtpClient.cpp
  mail/MailHeaders.h mail/MailHeaders.cpp
)
# Notification mail templates; the defaults are resources/mail/*.txt, embedded through mail.qrc (AUTORCC).
list(APPEND CERTDESK_CORE_SOURCES mail/MailTemplates.h mail/MailTemplates.cpp ${PROJECT_SOURCE_DIR}/resources/mail/mail.qrc)
list(APPEND CERTDESK_CORE_SOURCES mail/MailConfig.h mail/MailConfig.cpp mail/OutboxSender.h mail/OutboxSender.cpp)
list(APPEND CERTDESK_CORE_SOURCES mail/MailQueue.h mail/MailQueue.cpp)
