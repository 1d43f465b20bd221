#include "DatabaseWizardPage.h"
#include "FirstRunWizard.h"
#include "Prompts.h"
#include "store/Database.h"
#include "store/DatabaseTls.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

namespace certdesk {

DatabaseWizardPage::DatabaseWizardPage(const QString& presetUrl, QWidget* parent)
    : QWizardPage(parent), m_intro(new QLabel(this)), m_local(new QRadioButton(this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(this)), m_postgres(new QRadioButton(this)),
      m_pgUrl(new QLineEdit(this)), m_test(new QPushButton(this)), m_sslModeLabel(new QLabel(this)),
      m_sslMode(new QComboBox(this)), m_rootCertLabel(new QLabel(this)), m_rootCert(new QLineEdit(this)),
      m_rootCertBrowse(new QPushButton(this)), m_pgHint(new QLabel(this)), m_tlsWarning(new QLabel(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("databaseWizardPage"));
    m_intro->setWordWrap(true);
    m_local->setObjectName(QStringLiteral("dbLocalRadio"));
    m_path->setObjectName(QStringLiteral("dbPathEdit"));
    m_browse->setObjectName(QStringLiteral("dbBrowseButton"));
    m_postgres->setObjectName(QStringLiteral("dbPostgresRadio"));
    m_pgUrl->setObjectName(QStringLiteral("pgUrlEdit"));
    m_pgUrl->setPlaceholderText(QStringLiteral("postgresql://certdesk@db.example.jp:5432/certdesk"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_sslMode->setObjectName(QStringLiteral("pgSslModeCombo"));
    for (const QString& mode : DatabaseUrl::sslModes())
        m_sslMode->addItem(mode, mode);
    m_sslMode->setCurrentIndex(m_sslMode->findData(QStringLiteral("prefer")));
    m_sslModeLabel->setBuddy(m_sslMode);
    m_rootCert->setObjectName(QStringLiteral("pgRootCertEdit"));
    m_rootCertLabel->setBuddy(m_rootCert);
    m_rootCertBrowse->setObjectName(QStringLiteral("pgRootCertBrowseButton"));
    m_pgHint->setWordWrap(true);
    m_tlsWarning->setObjectName(QStringLiteral("dbTlsWarningLabel"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_tlsWarning->hide();
    m_status->setObjectName(QStringLiteral("dbStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_path->setText(QDir::toNativeSeparators(defaultPath()));
    m_local->setChecked(true);
    if (!presetUrl.isEmpty()) {
        auto parsed = DatabaseUrl::parse(presetUrl);
        if (parsed && parsed->kind == DatabaseUrl::Kind::Sqlite) {
            m_path->setText(QDir::toNativeSeparators(parsed->path));
        } else if (parsed) {
            m_postgres->setChecked(true);
            m_pgUrl->setText(presetUrl);
            takeTlsFromAddress();
        }
    }

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_intro, 0, 0, 1, 4);
    grid->addWidget(m_local, 1, 0, 1, 4);
    grid->addWidget(m_path, 2, 1, 1, 2);
    grid->addWidget(m_browse, 2, 3);
    grid->addWidget(m_postgres, 3, 0, 1, 4);
    grid->addWidget(m_pgUrl, 4, 1, 1, 2);
    grid->addWidget(m_test, 4, 3);
    grid->addWidget(m_sslModeLabel, 5, 1);
    grid->addWidget(m_sslMode, 5, 2);
    grid->addWidget(m_rootCertLabel, 6, 1);
    grid->addWidget(m_rootCert, 6, 2);
    grid->addWidget(m_rootCertBrowse, 6, 3);
    grid->addWidget(m_pgHint, 7, 1, 1, 3);
    grid->addWidget(m_status, 8, 0, 1, 4);
    grid->addWidget(m_tlsWarning, 9, 0, 1, 4);
    grid->setColumnMinimumWidth(0, 20);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(10, 1);

    connect(m_local, &QRadioButton::toggled, this, &DatabaseWizardPage::updateEnabled);
    connect(m_postgres, &QRadioButton::toggled, this, &DatabaseWizardPage::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_pgUrl, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_pgUrl, &QLineEdit::editingFinished, this, &DatabaseWizardPage::takeTlsFromAddress);
    connect(m_sslMode, &QComboBox::activated, this, [this] { m_modeChosen = true; });
    connect(m_rootCert, &QLineEdit::textEdited, this, &DatabaseWizardPage::rootCertEdited);
    connect(m_browse, &QPushButton::clicked, this, &DatabaseWizardPage::browse);
    connect(m_rootCertBrowse, &QPushButton::clicked, this, &DatabaseWizardPage::browseRootCert);
    connect(m_test, &QPushButton::clicked, this, &DatabaseWizardPage::testConnection);
    retranslateUi();
    updateEnabled();
}

QString DatabaseWizardPage::defaultPath()
{
    // The application data folder ends in organisation/application; both are "CertDesk" for the desktop,
    // which would give …/CertDesk/CertDesk/certdesk.db. One folder named CertDesk is enough.
    QString dir = QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString parent = QFileInfo(dir).path();
    if (QFileInfo(dir).fileName() == QFileInfo(parent).fileName() &&
        QCoreApplication::organizationName() == QCoreApplication::applicationName())
        dir = parent;
    return QDir(dir).filePath(QStringLiteral("certdesk.db"));
}

QString DatabaseWizardPage::url() const
{
    if (!m_postgres->isChecked())
        return QStringLiteral("sqlite:") + QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString typed = m_pgUrl->text().trimmed();
    auto parsed = DatabaseUrl::parse(typed);
    if (!parsed || parsed->kind != DatabaseUrl::Kind::Postgres)
        return typed; // opening it names what is wrong
    DatabaseUrl u = parsed.value();
    if (u.sslMode.isEmpty())
        u.sslMode = m_sslMode->currentData().toString();
    const QString root = m_rootCert->text().trimmed();
    if (u.sslRootCert.isEmpty() && !root.isEmpty())
        u.sslRootCert = QDir::cleanPath(QDir::current().absoluteFilePath(QDir::fromNativeSeparators(root)));
    return u.toString(); // parsed again when opened: a bad root certificate path is refused there
}

bool DatabaseWizardPage::isComplete() const
{
    return m_postgres->isChecked() ? !m_pgUrl->text().trimmed().isEmpty()
                                   : !m_path->text().trimmed().isEmpty();
}

bool DatabaseWizardPage::validatePage()
{
    if (m_local->isChecked()) {
        const QFileInfo file(QDir::fromNativeSeparators(m_path->text().trimmed()));
        if (file.isDir()) {
            showStatus(
                tr("\"%1\" is a folder. Enter the path of a database file.").arg(m_path->text().trimmed()),
                true);
            return false;
        }
        if (!QDir().mkpath(file.absolutePath())) {
            showStatus(
                tr("The folder \"%1\" cannot be created.").arg(QDir::toNativeSeparators(file.absolutePath())),
                true);
            return false;
        }
    }
    const QString target = url();
    auto parsed = DatabaseUrl::parse(target);
    if (!parsed) {
        showStatus(tr("The database cannot be opened: %1").arg(parsed.error().message), true);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(parsed.value());
    auto encrypted = db ? DatabaseTls::isEncrypted(*db.value()) : Result<bool>(false);
    QGuiApplication::restoreOverrideCursor();
    if (!db) {
        showStatus(failureText(parsed.value(), db.error().message), true);
        return false;
    }
    if (!encrypted) {
        showStatus(tr("The database cannot be opened: %1").arg(encrypted.error().message), true);
        return false;
    }
    m_tlsWarning->setVisible(!encrypted.value());
    showStatus(QString(), false);
    if (!encrypted.value()) {
        m_tlsWarning->setText(plainWarning());
        const auto answer =
            Prompts::ask(this, tr("Unencrypted database connection"),
                         plainWarning() + QStringLiteral("\n\n") + tr("Continue without encryption?"),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, QMessageBox::Warning);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (auto* w = qobject_cast<FirstRunWizard*>(wizard()))
        w->setDatabase(db.value(), target);
    return true;
}

void DatabaseWizardPage::updateEnabled()
{
    const bool local = m_local->isChecked();
    m_path->setEnabled(local);
    m_browse->setEnabled(local);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_pgUrl, m_test, m_sslMode, m_rootCert, m_rootCertBrowse})
        w->setEnabled(!local);
    m_status->clear();
    m_tlsWarning->hide();
    emit completeChanged();
}

void DatabaseWizardPage::browse()
{
    const QString path = Prompts::saveFileName(this, tr("Database file"), m_path->text(),
                                               tr("CertDesk databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void DatabaseWizardPage::browseRootCert()
{
    const QString path = Prompts::openFileName(this, tr("Root certificate of the PostgreSQL server"),
                                               tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    m_rootCert->setText(QDir::toNativeSeparators(path));
    rootCertEdited();
}

void DatabaseWizardPage::rootCertEdited()
{
    // With a root certificate the administrator expects the server to be checked; without one, libpq's
    // "prefer" (encrypted when the server offers TLS) is the only mode that can connect anywhere.
    if (m_modeChosen)
        return;
    const QString mode =
        m_rootCert->text().trimmed().isEmpty() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    m_sslMode->setCurrentIndex(m_sslMode->findData(mode));
}

void DatabaseWizardPage::takeTlsFromAddress()
{
    auto parsed = DatabaseUrl::parse(m_pgUrl->text());
    if (!parsed || parsed->kind != DatabaseUrl::Kind::Postgres ||
        (parsed->sslMode.isEmpty() && parsed->sslRootCert.isEmpty()))
        return;
    setTlsFields(parsed.value());
    DatabaseUrl rest = parsed.value();
    rest.sslMode.clear();
    rest.sslRootCert.clear();
    m_pgUrl->setText(rest.toString());
}

void DatabaseWizardPage::setTlsFields(const DatabaseUrl& url)
{
    if (!url.sslRootCert.isEmpty())
        m_rootCert->setText(QDir::toNativeSeparators(url.sslRootCert));
    if (!url.sslMode.isEmpty()) {
        m_sslMode->setCurrentIndex(m_sslMode->findData(url.sslMode));
        m_modeChosen = true;
    } else {
        rootCertEdited();
    }
}

void DatabaseWizardPage::testConnection()
{
    if (m_pgUrl->text().trimmed().isEmpty())
        return;
    auto parsed = DatabaseUrl::parse(url());
    if (!parsed) {
        showStatus(parsed.error().message, true);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(parsed.value());
    auto encrypted = db ? DatabaseTls::isEncrypted(*db.value()) : Result<bool>(false);
    QGuiApplication::restoreOverrideCursor();
    m_tlsWarning->hide();
    if (!db) {
        showStatus(failureText(parsed.value(), db.error().message), true);
        return;
    }
    if (!encrypted) {
        showStatus(tr("The connection failed: %1").arg(encrypted.error().message), true);
        return;
    }
    if (encrypted.value()) {
        showStatus(tr("Connected to %1. The connection is encrypted (TLS).").arg(parsed->display()), false);
        return;
    }
    showStatus(tr("Connected to %1.").arg(parsed->display()), false);
    m_tlsWarning->setText(plainWarning());
    m_tlsWarning->show();
}

QString DatabaseWizardPage::failureText(const DatabaseUrl& url, const QString& message) const
{
    const QString cause = DatabaseTls::failureCause(url, message);
    if (cause.isEmpty())
        return tr("The connection failed: %1").arg(message);
    return tr("The connection failed: %1\n\nPostgreSQL said: %2").arg(cause, message);
}

QString DatabaseWizardPage::plainWarning() const
{
    return tr("Warning: the connection to the database is not encrypted. Users, certificates and the "
              "history cross the network readable and changeable by anyone on the way. To fix it, turn on "
              "ssl in the server's postgresql.conf, accept this user only on \"hostssl\" lines in "
              "pg_hba.conf, and choose the TLS mode verify-full with the root certificate of the CA that "
              "signed the server's certificate.");
}

void DatabaseWizardPage::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void DatabaseWizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DatabaseWizardPage::retranslateUi()
{
    setTitle(tr("Database"));
    setSubTitle(tr("Where CertDesk keeps users, certificates and the operation history."));
    m_intro->setText(
        tr("A local file is right for one administrator's computer. Choose a PostgreSQL server when "
           "several administrators work on the same data."));
    m_local->setText(tr("&Local database file"));
    m_browse->setText(tr("Browse…"));
    m_postgres->setText(tr("&PostgreSQL server"));
    m_test->setText(tr("&Test connection"));
    m_sslModeLabel->setText(tr("TLS &mode:"));
    const QStringList modeTexts{
        tr("disable — never encrypted"),
        tr("allow — encrypted only when the server insists"),
        tr("prefer — encrypted when the server offers it; the server is not checked"),
        tr("require — always encrypted; the server is not checked"),
        tr("verify-ca — encrypted; the server's certificate is checked against the root certificate"),
        tr("verify-full — encrypted; the certificate and the host name are checked (recommended)")};
    for (int i = 0; i < modeTexts.size() && i < m_sslMode->count(); ++i)
        m_sslMode->setItemText(i, modeTexts.at(i));
    m_sslMode->setToolTip(tr(
        "How CertDesk protects its connection to PostgreSQL (libpq's sslmode). Choose verify-full with the "
        "root certificate of the CA that signed the server's certificate: only then is the connection both "
        "encrypted and known to reach your server. Choosing a root certificate selects verify-full. "
        "Without one CertDesk uses prefer: encrypted when the server offers TLS, but an impostor on the "
        "network would not be noticed."));
    m_rootCertLabel->setText(tr("&Root certificate:"));
    m_rootCert->setPlaceholderText(tr("PEM file of the CA that signed the server's certificate"));
    m_rootCert->setToolTip(m_rootCert->placeholderText());
    m_rootCertBrowse->setText(tr("Browse…"));
    m_pgHint->setText(tr("The password can be part of the address or come from the PGPASSWORD environment "
                         "variable or the .pgpass file."));
}

} // namespace certdesk
