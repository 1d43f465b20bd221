#include "MailTemplateEditor.h"
#include "AppSession.h"
#include "store/Settings.h"
#include "workflows/MailSettingsWorkflows.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace certdesk {

MailTemplateEditor::MailTemplateEditor(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("mailTemplateEditor"));
    m_templateLabel = new QLabel(this);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    for (MailTemplateId id : MailTemplates::all())
        m_template->addItem(QString(), int(id));
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguageCombo"));
    for (const QString& lang : MailTemplates::languages())
        m_language->addItem(
            lang == QLatin1String("ja") ? QStringLiteral("日本語") : QStringLiteral("English"), lang);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("templateDescriptionLabel"));
    m_description->setWordWrap(true);
    m_subjectLabel = new QLabel(this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("templateSubjectEdit"));
    m_bodyLabel = new QLabel(this);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBodyEdit"));
    m_placeholdersLabel = new QLabel(this);
    m_placeholders = new QListWidget(this);
    m_placeholders->setObjectName(QStringLiteral("placeholderList"));
    m_placeholders->setMaximumWidth(220);
    m_previewLabel = new QLabel(this);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_customised = new QLabel(this);
    m_customised->setObjectName(QStringLiteral("templateCustomisedLabel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("templateErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("templateStatusLabel"));
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetTemplateButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_templateLabel);
    pick->addWidget(m_template, 1);
    pick->addWidget(m_languageLabel);
    pick->addWidget(m_language);
    auto* grid = new QGridLayout;
    grid->addWidget(m_subjectLabel, 0, 0);
    grid->addWidget(m_subject, 1, 0);
    grid->addWidget(m_bodyLabel, 2, 0);
    grid->addWidget(m_body, 3, 0);
    grid->addWidget(m_placeholdersLabel, 0, 1);
    grid->addWidget(m_placeholders, 1, 1, 3, 1);
    grid->addWidget(m_previewLabel, 4, 0, 1, 2);
    grid->addWidget(m_preview, 5, 0, 1, 2);
    grid->setRowStretch(3, 2);
    grid->setRowStretch(5, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_customised);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_description);
    layout->addLayout(grid, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, &MailTemplateEditor::load);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MailTemplateEditor::load);
    connect(m_subject, &QLineEdit::textChanged, this, &MailTemplateEditor::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MailTemplateEditor::updatePreview);
    connect(m_placeholders, &QListWidget::itemClicked, this, &MailTemplateEditor::insertPlaceholder);
    connect(m_placeholders, &QListWidget::itemActivated, this, &MailTemplateEditor::insertPlaceholder);
    connect(m_save, &QPushButton::clicked, this, &MailTemplateEditor::save);
    connect(m_reset, &QPushButton::clicked, this, &MailTemplateEditor::reset);
    m_lastFocused = m_body;
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_subject || now == m_body)
            m_lastFocused = now;
    });
    retranslateUi();
    load();
}

MailTemplateId MailTemplateEditor::currentTemplate() const
{
    return MailTemplateId(m_template->currentData().toInt());
}

QString MailTemplateEditor::currentLanguage() const
{
    return m_language->currentData().toString();
}

void MailTemplateEditor::retranslateUi()
{
    for (int i = 0; i < m_template->count(); ++i)
        m_template->setItemText(i,
                                MailTemplates::displayName(MailTemplateId(m_template->itemData(i).toInt())));
    m_templateLabel->setText(tr("Template"));
    m_languageLabel->setText(tr("Language"));
    m_description->setText(MailTemplates::description(currentTemplate()));
    m_subjectLabel->setText(tr("Subject"));
    m_bodyLabel->setText(tr("Body"));
    m_placeholdersLabel->setText(tr("Placeholders (click to insert)"));
    m_previewLabel->setText(tr("Preview with example values"));
    m_reset->setText(tr("Reset to default"));
    m_save->setText(tr("Save template"));
    fillPlaceholders();
    m_customised->setText(
        MailTemplates::isCustomised(Settings(*m_session.db()), currentTemplate(), currentLanguage())
            ? tr("Customised")
            : tr("Default text"));
    updatePreview();
}

void MailTemplateEditor::fillPlaceholders()
{
    m_placeholders->clear();
    for (const QString& name : MailTemplates::placeholders(currentTemplate())) {
        auto* item = new QListWidgetItem(QLatin1Char('{') + name + QLatin1Char('}'), m_placeholders);
        item->setData(Qt::UserRole, name);
        item->setToolTip(MailTemplates::placeholderDescription(name));
    }
}

void MailTemplateEditor::load()
{
    const Settings settings(*m_session.db());
    const MailTemplate t = MailTemplates::load(settings, currentTemplate(), currentLanguage());
    {
        const QSignalBlocker b1(m_subject);
        const QSignalBlocker b2(m_body);
        m_subject->setText(t.subject);
        m_body->setPlainText(t.body);
    }
    m_error->clear();
    m_status->clear();
    m_description->setText(MailTemplates::description(currentTemplate()));
    m_customised->setText(MailTemplates::isCustomised(settings, currentTemplate(), currentLanguage())
                              ? tr("Customised")
                              : tr("Default text"));
    fillPlaceholders();
    updatePreview();
}

void MailTemplateEditor::insertPlaceholder(QListWidgetItem* item)
{
    if (!item)
        return;
    const QString text = QLatin1Char('{') + item->data(Qt::UserRole).toString() + QLatin1Char('}');
    if (m_lastFocused == m_subject) {
        m_subject->insert(text);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(text);
        m_body->setFocus();
    }
}

void MailTemplateEditor::updatePreview()
{
    const MailTemplate shown{m_subject->text(), m_body->toPlainText()};
    const MailTemplate rendered =
        MailTemplates::render(shown, MailTemplates::sampleValues(currentTemplate(), currentLanguage()));
    m_preview->setPlainText(tr("Subject: %1").arg(rendered.subject) + QStringLiteral("\n\n") + rendered.body);
}

void MailTemplateEditor::save()
{
    m_error->clear();
    m_status->clear();
    const MailTemplate edited{m_subject->text(), m_body->toPlainText()};
    const Status s =
        MailSettingsWorkflows(m_session.context()).saveTemplate(currentTemplate(), currentLanguage(), edited);
    if (!s) {
        m_error->setText(s.error().message);
        return;
    }
    m_status->setText(tr("Template saved."));
    m_customised->setText(tr("Customised"));
    m_session.notifySettingsChanged();
}

void MailTemplateEditor::reset()
{
    m_error->clear();
    m_status->clear();
    const Status s =
        MailSettingsWorkflows(m_session.context()).resetTemplate(currentTemplate(), currentLanguage());
    if (!s) {
        m_error->setText(s.error().message);
        return;
    }
    load();
    m_status->setText(tr("The default text is back."));
    m_session.notifySettingsChanged();
}

} // namespace certdesk
