#pragma once
// First start: language → database (local file by default, or PostgreSQL) → the first administrator
// (or an administrator's sign-in when the database has operators) → create or import the CA → summary.
// When it finishes, the database exists, is migrated, has an administrator signed in and an active CA,
// and the organisation name is saved with its history row.
#include "store/Database.h"
#include "store/Records.h"
#include "workflows/SignIn.h"
#include <QWizard>
#include <optional>

namespace certdesk {

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LanguagePageId, DatabasePageId, CaPageId, SummaryPageId, AdministratorPageId };

    explicit FirstRunWizard(const QString& presetDbUrl, QWidget* parent = nullptr);
    ~FirstRunWizard() override;
    QString databaseUrl() const { return m_url; }
    int nextId() const override;

    // Set by the administrator page: the administrator the rest of the wizard (and then the main window)
    // acts as; database() is then its connection.
    void setSignedIn(const SignedIn& signedIn);
    const std::optional<SignedIn>& signedIn() const { return m_signedIn; }
    // The signed-in administrator, or nobody.
    Actor actor() const;

    // Set by the database page once the database is open and migrated.
    void setDatabase(DatabasePtr db, const QString& url);
    const DatabasePtr& database() const { return m_db; }
    // Set by the CA page once the CA exists.
    void setCaResult(const CaRecord& ca, const QString& organisation, const QString& note);
    const CaRecord& caResult() const { return m_ca; }
    QString organisation() const { return m_organisation; }
    QString note() const { return m_note; }
    // Set by the CA page when the administrator typed the passphrase of the CA created or imported here:
    // the main window's session starts with the CA unlocked (not "CA locked" right after setting it up).
    // take…() hands it over once and forgets it here.
    void setCaPassphrase(const QByteArray& passphrase) { m_caPassphrase = passphrase; }
    QByteArray takeCaPassphrase();
    // Once the CA exists nothing is left to cancel: Cancel is disabled, and Escape or closing the window
    // finishes like Finish.
    bool setupFinished() const { return m_setupFinished; }
    // "What next" on the summary page: the screen the main window opens first ("users", "bulk", "mail",
    // "portal"; MainWindow::openScreen), empty for the default.
    QString firstScreen() const { return m_firstScreen; }
    void finishWith(const QString& screen);

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    DatabasePtr m_db;
    QString m_url;
    CaRecord m_ca;
    QString m_organisation;
    QString m_note;
    QByteArray m_caPassphrase;
    bool m_setupFinished = false;
    QString m_firstScreen;
    std::optional<SignedIn> m_signedIn;
};

} // namespace certdesk
