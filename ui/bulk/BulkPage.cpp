#include "BulkPage.h"
#include "BulkIssueSection.h"
#include "BulkRevokeSection.h"
#include "UserCsvSection.h"
#include "ZipExportSection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace certdesk {

BulkPage::BulkPage(AppSession& session, QWidget* parent)
    : Page(session, parent), m_tabs(new QTabWidget(this)), m_issue(new BulkIssueSection(session, m_tabs)),
      m_revoke(new BulkRevokeSection(session, m_tabs)), m_zip(new ZipExportSection(session, m_tabs)),
      m_users(new UserCsvSection(session, m_tabs))
{
    setObjectName(QStringLiteral("bulkPage"));
    m_tabs->setObjectName(QStringLiteral("bulkTabs"));
    m_tabs->addTab(m_issue, QString());
    m_tabs->addTab(m_revoke, QString());
    m_tabs->addTab(m_zip, QString());
    m_tabs->addTab(m_users, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
    retranslateUi();
}

QString BulkPage::title() const
{
    return tr("Bulk operations");
}

void BulkPage::refresh()
{
    m_issue->refresh();
    m_zip->refresh();
}

void BulkPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void BulkPage::retranslateUi()
{
    m_tabs->setTabText(IssueTab, tr("Bulk issuance"));
    m_tabs->setTabText(RevokeTab, tr("Bulk revocation"));
    m_tabs->setTabText(ZipTab, tr("Certificate download (ZIP)"));
    m_tabs->setTabText(UsersTab, tr("Users CSV"));
}

} // namespace certdesk
