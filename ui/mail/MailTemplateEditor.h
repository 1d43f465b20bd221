#pragma once
// Settings → Mail → Templates: one template and language at a time — subject, body, the placeholders
// it accepts (click inserts {name} at the cursor), a live preview with example values, Save (refused
// with the validation message when a placeholder is unknown) and Reset to default.
#include "mail/MailTemplates.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace certdesk {
class AppSession;

class MailTemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MailTemplateEditor(AppSession& session, QWidget* parent = nullptr);
    void retranslateUi();
    void load(); // the selected template and language from the database (discards edits)
    MailTemplateId currentTemplate() const;
    QString currentLanguage() const;

private:
    void updatePreview();
    void insertPlaceholder(QListWidgetItem* item);
    void save();
    void reset();
    void fillPlaceholders();

    AppSession& m_session;
    QLabel* m_templateLabel;
    QComboBox* m_template;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_description;
    QLabel* m_subjectLabel;
    QLineEdit* m_subject;
    QLabel* m_bodyLabel;
    QPlainTextEdit* m_body;
    QLabel* m_placeholdersLabel;
    QListWidget* m_placeholders;
    QLabel* m_previewLabel;
    QTextBrowser* m_preview;
    QLabel* m_customised;
    QLabel* m_error;
    QLabel* m_status;
    QPushButton* m_reset;
    QPushButton* m_save;
    QWidget* m_lastFocused = nullptr; // subject or body: where a placeholder goes
};

} // namespace certdesk
