#include "RevokeForm.h"
#include "UiHelpers.h"
#include "policy/DeviceTypes.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certdesk {
namespace {

// Offered in this order; "device lost" first because it is the helpdesk's usual case.
const RevocationReason kReasons[] = {RevocationReason::KeyCompromise, RevocationReason::Unspecified,
                                     RevocationReason::AffiliationChanged, RevocationReason::Superseded,
                                     RevocationReason::CessationOfOperation};

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

RevokeForm::RevokeForm(QWidget* parent)
    : QWidget(parent), m_consequence(new QLabel(this)), m_details(new QLabel(this)), m_form(new QFormLayout),
      m_userValue(valueLabel(this, "revokeUserValue")), m_deviceValue(valueLabel(this, "revokeDeviceValue")),
      m_slotValue(valueLabel(this, "revokeSlotValue")), m_serialValue(valueLabel(this, "revokeSerialValue")),
      m_statusValue(valueLabel(this, "revokeStatusValue")),
      m_issuedValue(valueLabel(this, "revokeIssuedValue")),
      m_certRemarksValue(valueLabel(this, "revokeCertRemarksValue")), m_reasonLabel(new QLabel(this)),
      m_reason(new QComboBox(this)), m_remarksLabel(new QLabel(this)), m_remarks(new QLineEdit(this))
{
    setObjectName(QStringLiteral("revokeForm"));
    m_consequence->setObjectName(QStringLiteral("consequenceLabel"));
    m_consequence->setWordWrap(true);
    QFont bold = m_consequence->font();
    bold.setBold(true);
    m_consequence->setFont(bold);
    m_details->setObjectName(QStringLiteral("revokeDetailsLabel"));
    m_details->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    for (RevocationReason r : kReasons)
        m_reason->addItem(QString(), int(r));
    m_reasonLabel->setBuddy(m_reason);
    m_remarks->setObjectName(QStringLiteral("remarksEdit"));
    m_remarks->setMaxLength(256);
    m_remarksLabel->setBuddy(m_remarks);

    for (QLabel* value : {m_userValue, m_deviceValue, m_slotValue, m_serialValue, m_statusValue,
                          m_issuedValue, m_certRemarksValue})
        uihelpers::addLabelledRow(m_form, value);
    m_form->addRow(m_reasonLabel, m_reason);
    m_form->addRow(m_remarksLabel, m_remarks);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_consequence);
    layout->addWidget(m_details);
    layout->addLayout(m_form);
    setTabOrder(m_reason, m_remarks);
    retranslateUi();
}

void RevokeForm::setCertificate(const CertificateRecord& certificate, const QString& userName)
{
    m_cert = certificate;
    m_userName = userName;
    retranslateUi();
}

RevocationReason RevokeForm::reason() const
{
    return RevocationReason(m_reason->currentData().toInt());
}

QString RevokeForm::remarks() const
{
    return m_remarks->text().trimmed();
}

void RevokeForm::reset()
{
    m_reason->setCurrentIndex(0);
    m_remarks->clear();
}

void RevokeForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RevokeForm::retranslateUi()
{
    m_consequence->setText(tr(
        "When the certificate is revoked, the device with this certificate can no longer use the service."));
    m_details->setText(tr(
        "Revoking cannot be undone. The slot can be issued again afterwards, for example for a new device."));
    auto setRow = [this](QLabel* value, const QString& label, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(value)))
            l->setText(label);
        value->setText(text);
    };
    setRow(m_userValue, tr("User:"), m_userName);
    setRow(m_deviceValue, tr("Device:"),
           m_cert.device.isEmpty() ? QString() : DeviceTypes::displayName(m_cert.device));
    setRow(m_slotValue, tr("Slot:"), m_cert.slot > 0 ? QString::number(m_cert.slot) : QString());
    setRow(m_serialValue, tr("Serial number:"), m_cert.serialHex);
    setRow(m_statusValue, tr("Status:"), m_cert.id ? certStatusDisplayName(m_cert.status) : QString());
    setRow(m_issuedValue, tr("Issued:"), uihelpers::localDateTime(m_cert.issuedAt));
    setRow(m_certRemarksValue, tr("Remarks:"), m_cert.remarks.isEmpty() ? tr("(none)") : m_cert.remarks);
    m_reasonLabel->setText(tr("Rea&son:"));
    for (int i = 0; i < m_reason->count(); ++i)
        m_reason->setItemText(i,
                              revocationReasonDisplayName(RevocationReason(m_reason->itemData(i).toInt())));
    m_remarksLabel->setText(tr("Re&marks for the history (optional):"));
    m_remarks->setPlaceholderText(tr("For example: lost on the train, reported by phone"));
}

} // namespace certdesk
