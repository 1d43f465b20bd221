#include "UserDialog.h"
#include "Prompts.h"
#include "UiHelpers.h"
#include "workflows/UserWorkflows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace certdesk {

UserDialog::UserDialog(AppSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    build();
}

UserDialog::UserDialog(AppSession& session, const UserRecord& user, QWidget* parent)
    : QDialog(parent), m_session(session), m_editing(true), m_user(user)
{
    build();
    m_login->setText(user.loginId);
    m_login->setReadOnly(true);
    m_email->setText(user.email);
    m_displayName->setText(user.displayName);
    m_department->setText(user.department);
    m_title->setText(user.title);
    m_groups->setText(user.groups.join(QStringLiteral(", ")));
    m_language->setCurrentIndex(std::max(0, m_language->findData(user.mailLanguage)));
    m_email->setFocus();
    validate();
}

void UserDialog::build()
{
    setObjectName(QStringLiteral("userDialog"));
    auto line = [this](const char* name, int maxLength) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setMaxLength(maxLength);
        e->setMinimumWidth(320);
        return e;
    };
    m_login = line("loginIdEdit", 64);
    m_loginError = uihelpers::makeErrorLabel(this, "loginIdErrorLabel");
    m_email = line("emailEdit", 254);
    m_emailError = uihelpers::makeErrorLabel(this, "emailErrorLabel");
    m_displayName = line("displayNameEdit", 128);
    m_department = line("departmentEdit", 128);
    m_title = line("titleEdit", 128);
    m_groups = line("groupsEdit", 1000);
    m_groupsHint = uihelpers::makeNoteLabel(this, "groupsHint");
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("mailLanguageCombo"));
    for (const char* id : {"", "ja", "en"})
        m_language->addItem(QString(), QString::fromLatin1(id));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* form = new QFormLayout;
    QWidget* fields[7] = {m_login, m_email, m_displayName, m_department, m_title, m_groups, m_language};
    for (int i = 0; i < 7; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(fields[i]);
        form->addRow(m_labels[i], fields[i]);
        if (fields[i] == m_login)
            form->addRow(QString(), m_loginError);
        else if (fields[i] == m_email)
            form->addRow(QString(), m_emailError);
        else if (fields[i] == m_groups)
            form->addRow(QString(), m_groupsHint);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textEdited, this, [this] { m_loginTouched = true; });
    connect(m_email, &QLineEdit::textEdited, this, [this] { m_emailTouched = true; });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        m_emailTouched = m_emailTouched || !m_email->text().isEmpty();
        validate();
    });
    for (QLineEdit* e : {m_login, m_email})
        connect(e, &QLineEdit::textChanged, this, &UserDialog::validate);
    m_login->setFocus();
    retranslateUi();
}

QStringList UserDialog::parseGroups(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、]"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        const QString group = part.trimmed();
        if (!group.isEmpty() && !out.contains(group))
            out << group;
    }
    return out;
}

void UserDialog::validate()
{
    const QString login = m_login->text().trimmed();
    const QString email = m_email->text().trimmed();
    const QString loginError = m_editing ? QString() : UserWorkflows::loginIdError(login);
    QString emailError = UserWorkflows::emailError(email);
    if (email.isEmpty())
        emailError = tr("The e-mail address is required.");
    uihelpers::setError(m_loginError, m_loginTouched && !login.isEmpty() ? loginError : QString());
    uihelpers::setError(m_emailError, m_emailTouched ? emailError : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(loginError.isEmpty() && emailError.isEmpty());
    uihelpers::growToFit(this);
}

void UserDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    UserInput in;
    in.loginId = m_editing ? m_user.loginId : m_login->text().trimmed();
    in.email = m_email->text().trimmed();
    in.displayName = m_displayName->text().trimmed();
    in.department = m_department->text().trimmed();
    in.title = m_title->text().trimmed();
    in.groups = parseGroups(m_groups->text());
    in.mailLanguage = m_language->currentData().toString();
    UserWorkflows users(m_session.context());
    auto saved = m_editing ? users.edit(m_user.loginId, in) : users.add(in);
    if (!saved) {
        Prompts::error(this, m_editing ? tr("Edit user") : tr("Add user"), saved.error());
        return; // stays open with everything typed
    }
    m_user = saved.value();
    m_session.notifyUsersChanged();
    QDialog::accept();
}

void UserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UserDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit user %1").arg(m_user.loginId) : tr("Add user"));
    const QString labels[7] = {tr("&Login ID:"),     tr("E-&mail address:"), tr("&Display name:"),
                               tr("De&partment:"),   tr("&Title:"),          tr("&Groups:"),
                               tr("Mail l&anguage:")};
    for (int i = 0; i < 7; ++i)
        m_labels[i]->setText(labels[i]);
    m_login->setToolTip(m_editing ? tr("The login ID cannot be changed.") : QString());
    m_displayName->setPlaceholderText(tr("The login ID when left empty"));
    m_groupsHint->setText(tr("Separate several groups with commas."));
    m_language->setItemText(0, tr("Organisation default"));
    m_language->setItemText(1, tr("Japanese"));
    m_language->setItemText(2, tr("English"));
    validate();
}

} // namespace certdesk
