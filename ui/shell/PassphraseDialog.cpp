#include "PassphraseDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

PassphraseDialog::PassphraseDialog(const QString& caName, QWidget* parent)
    : QDialog(parent), m_caName(caName), m_text(new QLabel(this)), m_edit(new QLineEdit(this)),
      m_remember(new QCheckBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    m_text->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_edit);
    layout->addWidget(m_remember);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.isEmpty()); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslateUi();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_edit->text().toUtf8();
}

bool PassphraseDialog::remember() const
{
    return m_remember->isChecked();
}

void PassphraseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Unlock the CA"));
    m_text->setText(tr("Signing needs the passphrase of the CA \"%1\".").arg(m_caName));
    m_remember->setText(tr("Remember on this computer (OS keychain)"));
}

} // namespace certdesk
