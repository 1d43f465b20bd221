#include "SignInForm.h"

#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace certdesk {

SignInForm::SignInForm(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_caps(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("signInForm"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_login->setObjectName(QStringLiteral("signInLoginEdit"));
    m_password->setObjectName(QStringLiteral("signInPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->installEventFilter(this);
    m_caps->setObjectName(QStringLiteral("capsLockLabel"));
    m_caps->setWordWrap(true);
    m_caps->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_form->addRow(QStringLiteral("-"), m_login);
    m_form->addRow(QStringLiteral("-"), m_password);
    m_form->addRow(m_caps);
    m_form->addRow(m_error);
    for (QLineEdit* e : {m_login, m_password})
        connect(e, &QLineEdit::textChanged, this, &SignInForm::changed);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &SignInForm::submitted);
    retranslateUi();
}

QString SignInForm::login() const
{
    return m_login->text().trimmed();
}

QString SignInForm::password() const
{
    return m_password->text();
}

void SignInForm::setLogin(const QString& login, bool fixed)
{
    m_login->setText(login);
    m_login->setReadOnly(fixed);
}

void SignInForm::clearPassword()
{
    m_password->clear();
}

void SignInForm::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString SignInForm::error() const
{
    return m_error->text();
}

bool SignInForm::isComplete() const
{
    return !login().isEmpty() && !password().isEmpty();
}

void SignInForm::focusFirstEmpty()
{
    (login().isEmpty() ? m_login : m_password)->setFocus();
}

// Qt cannot ask the keyboard whether Caps Lock is on; a letter whose case contradicts the Shift key
// tells it, so the hint turns into a warning as soon as the operator types one.
bool SignInForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_password && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).toUpper() != text.at(0).toLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            const bool capsLockOn = text.at(0).isUpper() != shift;
            if (capsLockOn != m_capsLockOn) {
                m_capsLockOn = capsLockOn;
                retranslateUi();
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SignInForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SignInForm::retranslateUi()
{
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_login)))
        label->setText(tr("&Operator:"));
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_password)))
        label->setText(tr("&Password:"));
    m_login->setPlaceholderText(tr("Login name"));
    m_caps->setStyleSheet(m_capsLockOn ? QStringLiteral("color: #b00020;") : QString());
    m_caps->setText(m_capsLockOn ? tr("Caps Lock seems to be on. Passwords are case-sensitive.")
                                 : tr("Passwords are case-sensitive: check Caps Lock."));
}

} // namespace certdesk
