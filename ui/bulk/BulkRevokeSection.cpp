#include "BulkRevokeSection.h"
#include "BulkFiles.h"
#include "BulkUi.h"
#include "CsvProblemTable.h"
#include "Prompts.h"
#include "policy/DeviceTypes.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk {
namespace {

// The reasons of the single revocation (RevokeForm), in the same order; "device lost" first.
const RevocationReason kReasons[] = {RevocationReason::KeyCompromise, RevocationReason::Unspecified,
                                     RevocationReason::AffiliationChanged, RevocationReason::Superseded,
                                     RevocationReason::CessationOfOperation};

} // namespace

BulkRevokeSection::BulkRevokeSection(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("bulkRevokeSection"));
    buildUi();
    connect(m_choose, &QPushButton::clicked, this, &BulkRevokeSection::chooseFile);
    connect(m_revoke, &QPushButton::clicked, this, &BulkRevokeSection::revoke);
    retranslateUi();
}

void BulkRevokeSection::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseRevokeFileButton"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("revokeFileLabel"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_choose);
    fileRow->addSpacing(12);
    fileRow->addWidget(m_fileLabel, 1);
    m_status = bulkui::makeStatusLabel(this, "revokeStatusLabel");

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("revokeStack"));
    m_stack->addWidget(new QWidget(m_stack)); // EmptyState
    m_problems = new CsvProblemTable(CsvProblemTable::Outcome::NothingRevoked, m_stack);
    m_problems->setObjectName(QStringLiteral("revokeProblems"));
    m_stack->addWidget(m_problems);

    auto* ready = new QWidget(m_stack);
    m_targetsTitle = new QLabel(ready);
    m_targetsTitle->setObjectName(QStringLiteral("revokeTargetsTitle"));
    QFont bold = m_targetsTitle->font();
    bold.setBold(true);
    m_targetsTitle->setFont(bold);
    m_targets = new QTableWidget(0, TargetColumnCount, ready);
    m_targets->setObjectName(QStringLiteral("revokeTargetsTable"));
    m_targets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targets->setAlternatingRowColors(true);
    m_targets->verticalHeader()->setVisible(false);
    QHeaderView* header = m_targets->horizontalHeader();
    for (int c = 0; c < TargetColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SerialColumn, QHeaderView::Stretch);
    m_consequence = new QLabel(ready);
    m_consequence->setObjectName(QStringLiteral("bulkRevokeConsequenceLabel"));
    m_consequence->setWordWrap(true);
    m_consequence->setFont(bold);
    m_reasonLabel = new QLabel(ready);
    m_reason = new QComboBox(ready);
    m_reason->setObjectName(QStringLiteral("bulkReasonCombo"));
    for (RevocationReason r : kReasons)
        m_reason->addItem(QString(), int(r));
    m_reasonLabel->setBuddy(m_reason);
    m_remarksLabel = new QLabel(ready);
    m_remarks = new QLineEdit(ready);
    m_remarks->setObjectName(QStringLiteral("bulkRevokeRemarksEdit"));
    m_remarks->setMaxLength(256);
    m_remarksLabel->setBuddy(m_remarks);
    m_revoke = new QPushButton(ready);
    m_revoke->setObjectName(QStringLiteral("bulkRevokeButton"));
    auto* form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_remarksLabel, m_remarks);
    auto* revokeRow = new QHBoxLayout;
    revokeRow->addWidget(m_revoke);
    revokeRow->addStretch();
    auto* readyLayout = new QVBoxLayout(ready);
    readyLayout->setContentsMargins(0, 0, 0, 0);
    readyLayout->addWidget(m_targetsTitle);
    readyLayout->addWidget(m_targets, 1);
    readyLayout->addWidget(m_consequence);
    readyLayout->addLayout(form);
    readyLayout->addLayout(revokeRow);
    m_stack->addWidget(ready);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
}

BulkRevokeSection::State BulkRevokeSection::state() const
{
    return State(m_stack->currentIndex());
}

void BulkRevokeSection::chooseFile()
{
    const QString path =
        Prompts::openFileName(this, tr("Choose the file of certificates to revoke"), BulkFiles::csvFilter());
    if (!path.isEmpty())
        loadFile(path);
}

void BulkRevokeSection::loadFile(const QString& path)
{
    const QString title = tr("Bulk revocation");
    auto bytes = BulkFiles::read(path);
    if (!bytes) {
        Prompts::error(this, title, bytes.error());
        return;
    }
    m_fileName = QFileInfo(path).fileName();
    bulkui::setStatus(m_status, QString());
    m_plan.reset();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = BulkRevoke::validate(m_session.context(), bytes.value(), m_fileName);
    QGuiApplication::restoreOverrideCursor();
    if (!plan) {
        m_stack->setCurrentIndex(EmptyState);
        retranslateUi();
        Prompts::error(this, title, plan.error());
        return;
    }
    m_plan = std::move(plan.value());
    if (!m_plan->problems.isEmpty()) {
        m_problems->setProblems(m_plan->problems, m_fileName);
        m_stack->setCurrentIndex(ProblemsState);
    } else {
        showTargets();
        m_reason->setCurrentIndex(0);
        m_remarks->clear();
        m_stack->setCurrentIndex(ReadyState);
    }
    retranslateUi();
}

void BulkRevokeSection::showTargets()
{
    const QList<BulkRevokeTarget>& targets = m_plan->targets;
    m_targets->setRowCount(int(targets.size()));
    for (int r = 0; r < targets.size(); ++r) {
        const BulkRevokeTarget& t = targets.at(r);
        auto* line = new QTableWidgetItem(QString::number(t.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_targets->setItem(r, LineColumn, line);
        m_targets->setItem(r, LoginColumn, new QTableWidgetItem(t.certificate.loginId));
        m_targets->setItem(r, DeviceColumn,
                           new QTableWidgetItem(DeviceTypes::displayName(t.certificate.device)));
        m_targets->setItem(r, SerialColumn, new QTableWidgetItem(t.certificate.serialHex));
        m_targets->setItem(r, StatusColumn,
                           new QTableWidgetItem(certStatusDisplayName(t.certificate.status)));
    }
}

void BulkRevokeSection::revoke()
{
    if (!m_plan || !m_plan->ok())
        return;
    const QString title = tr("Bulk revocation");
    const int certificates = int(m_plan->targets.size());
    const QString question =
        tr("Revoke %1 of %2?")
            .arg(tr("%n certificate(s)", nullptr, certificates),
                 tr("%n user(s)", nullptr, m_plan->userCount())) +
        QStringLiteral("\n\n") +
        tr("The devices with these certificates can no longer use the service. Revoking cannot be undone.") +
        QStringLiteral("\n") + tr("Reason: %1").arg(m_reason->currentText());
    // The destructive answer is not the default.
    if (Prompts::ask(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     QMessageBox::Warning) != QMessageBox::Yes)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto revoked =
        BulkRevoke::apply(m_session.context(), *m_plan, RevocationReason(m_reason->currentData().toInt()),
                          m_remarks->text().trimmed());
    QGuiApplication::restoreOverrideCursor();
    if (!revoked) {
        Prompts::error(this, title, revoked.error());
        return;
    }
    m_plan.reset();
    m_targets->setRowCount(0);
    m_stack->setCurrentIndex(EmptyState);
    bulkui::setStatus(
        m_status, tr("Revoked %n certificate(s) from %1. Publish the CRL (CA & revocation) so that the web "
                     "service refuses them.",
                     nullptr, revoked->revoked)
                      .arg(m_fileName));
    if (revoked->crl.published())
        m_session.notifyCrlPublished();
    m_session.notifyCertificatesChanged(QString());
    retranslateUi();
}

void BulkRevokeSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkRevokeSection::retranslateUi()
{
    m_intro->setText(
        tr("Revoke many certificates from a CSV file with one certificate per line: a serial number, a "
           "common name (the login ID: every certificate of that user that is not revoked), or a login "
           "ID and a device in two cells. If any line has a problem, nothing is revoked."));
    m_choose->setText(tr("Cho&ose file…"));
    m_fileLabel->setText(m_fileName.isEmpty() ? tr("No file chosen.")
                         : m_plan && !m_plan->encoding.isEmpty()
                             ? tr("%1 (%2)").arg(m_fileName, m_plan->encoding)
                             : m_fileName);
    if (m_plan && m_plan->ok())
        m_targetsTitle->setText(tr("%1 of %2 will be revoked:")
                                    .arg(tr("%n certificate(s)", nullptr, int(m_plan->targets.size())),
                                         tr("%n user(s)", nullptr, m_plan->userCount())));
    m_targets->setHorizontalHeaderLabels(
        {tr("Line"), tr("Login ID"), tr("Device"), tr("Serial number"), tr("Status")});
    m_consequence->setText(
        tr("When the certificates are revoked, the devices with them can no longer use the service."));
    m_reasonLabel->setText(tr("Rea&son:"));
    for (int i = 0; i < m_reason->count(); ++i)
        m_reason->setItemText(i,
                              revocationReasonDisplayName(RevocationReason(m_reason->itemData(i).toInt())));
    m_remarksLabel->setText(tr("Re&marks for the history (optional):"));
    m_remarks->setPlaceholderText(tr("For example: employees who left in March"));
    m_revoke->setText(tr("&Revoke…"));
}

} // namespace certdesk
