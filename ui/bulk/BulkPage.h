#pragma once
// 一括処理: bulk issuance from certificateform.csv, bulk revocation from a CSV file, ZIP export of the
// certificates awaiting download with their password list, and user import/export — one tab each.
#include "Page.h"

class QTabWidget;

namespace certdesk {
class BulkIssueSection;
class BulkRevokeSection;
class UserCsvSection;
class ZipExportSection;

class BulkPage : public Page
{
    Q_OBJECT
public:
    enum Tab { IssueTab, RevokeTab, ZipTab, UsersTab, TabCount };

    explicit BulkPage(AppSession& session, QWidget* parent = nullptr);
    QString title() const override;
    void refresh() override;
    void showTab(Tab tab);

    BulkIssueSection* issueSection() const { return m_issue; }
    BulkRevokeSection* revokeSection() const { return m_revoke; }
    ZipExportSection* zipSection() const { return m_zip; }
    UserCsvSection* usersSection() const { return m_users; }

protected:
    void retranslateUi() override;

private:
    QTabWidget* m_tabs;
    BulkIssueSection* m_issue;
    BulkRevokeSection* m_revoke;
    ZipExportSection* m_zip;
    UserCsvSection* m_users;
};

} // namespace certdesk
