#include "NewPasswordFields.h"
#include "auth/PasswordRules.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certdesk {

NewPasswordFields::NewPasswordFields(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_rules(new QLabel(this)), m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("newPasswordFields"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit* e : {m_password, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(PasswordRules::kMaxLength);
        connect(e, &QLineEdit::textChanged, this, [this] {
            updateProblems();
            emit changed();
        });
    }
    m_rules->setObjectName(QStringLiteral("passwordRulesLabel"));
    m_rules->setWordWrap(true);
    m_rules->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setObjectName(QStringLiteral("passwordProblemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_form->addRow(QStringLiteral("-"), m_password);
    m_form->addRow(QStringLiteral("-"), m_repeat);
    // The wrapped texts below the form, not in it: a form row does not grow with its wrapped text.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_rules);
    layout->addWidget(m_problems);
    retranslateUi();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

void NewPasswordFields::setLoginName(const QString& login)
{
    m_login = login;
    updateProblems();
}

QString NewPasswordFields::problem() const
{
    const QStringList broken = PasswordRules::problems(m_password->text(), m_login);
    if (!broken.isEmpty())
        return broken.join(QLatin1Char('\n'));
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ. Type the same password twice.");
    return {};
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

// Says what is wrong only once something was typed: an empty form is not an error yet.
void NewPasswordFields::updateProblems()
{
    if (m_password->text().isEmpty()) {
        m_problems->clear();
        return;
    }
    QString text = PasswordRules::problems(m_password->text(), m_login).join(QLatin1Char('\n'));
    if (text.isEmpty() && !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        text = tr("The two passwords differ. Type the same password twice.");
    m_problems->setText(text);
}

void NewPasswordFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NewPasswordFields::retranslateUi()
{
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_password)))
        label->setText(tr("New password:"));
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_repeat)))
        label->setText(tr("Repeat the new password:"));
    m_rules->setText(PasswordRules::description());
    updateProblems();
}

} // namespace certdesk
