#pragma once
// First start: language → database (local file by default, or PostgreSQL) → create or import the CA
// → summary. When it finishes, the database exists, is migrated and has an active CA, and the
// organisation name is saved with its history row.
#include "store/Database.h"
#include "store/Records.h"
#include <QWizard>

namespace certdesk {

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LanguagePageId, DatabasePageId, CaPageId, SummaryPageId };

    explicit FirstRunWizard(const QString& presetDbUrl, QWidget* parent = nullptr);
    QString databaseUrl() const { return m_url; }

    // Set by the database page once the database is open and migrated.
    void setDatabase(DatabasePtr db, const QString& url);
    const DatabasePtr& database() const { return m_db; }
    // Set by the CA page once the CA exists.
    void setCaResult(const CaRecord& ca, const QString& organisation, const QString& note);
    const CaRecord& caResult() const { return m_ca; }
    QString organisation() const { return m_organisation; }
    QString note() const { return m_note; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    DatabasePtr m_db;
    QString m_url;
    CaRecord m_ca;
    QString m_organisation;
    QString m_note;
};

} // namespace certdesk
