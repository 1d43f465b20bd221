#include "DatabaseWizardPage.h"
#include "FirstRunWizard.h"
#include "Prompts.h"
#include "store/Database.h"

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
      m_pgUrl(new QLineEdit(this)), m_test(new QPushButton(this)), m_pgHint(new QLabel(this)),
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
    m_pgHint->setWordWrap(true);
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
        }
    }

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_intro, 0, 0, 1, 3);
    grid->addWidget(m_local, 1, 0, 1, 3);
    grid->addWidget(m_path, 2, 1);
    grid->addWidget(m_browse, 2, 2);
    grid->addWidget(m_postgres, 3, 0, 1, 3);
    grid->addWidget(m_pgUrl, 4, 1);
    grid->addWidget(m_test, 4, 2);
    grid->addWidget(m_pgHint, 5, 1, 1, 2);
    grid->addWidget(m_status, 6, 0, 1, 3);
    grid->setColumnMinimumWidth(0, 20);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(7, 1);

    connect(m_local, &QRadioButton::toggled, this, &DatabaseWizardPage::updateEnabled);
    connect(m_postgres, &QRadioButton::toggled, this, &DatabaseWizardPage::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_pgUrl, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &DatabaseWizardPage::browse);
    connect(m_test, &QPushButton::clicked, this, &DatabaseWizardPage::testConnection);
    retranslateUi();
    updateEnabled();
}

QString DatabaseWizardPage::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("certdesk.db"));
}

QString DatabaseWizardPage::url() const
{
    if (m_postgres->isChecked())
        return m_pgUrl->text().trimmed();
    return QStringLiteral("sqlite:") + QDir::fromNativeSeparators(m_path->text().trimmed());
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
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(target);
    QGuiApplication::restoreOverrideCursor();
    if (!db) {
        showStatus(tr("The database cannot be opened: %1").arg(db.error().message), true);
        return false;
    }
    showStatus(QString(), false);
    if (auto* w = qobject_cast<FirstRunWizard*>(wizard()))
        w->setDatabase(db.value(), target);
    return true;
}

void DatabaseWizardPage::updateEnabled()
{
    const bool local = m_local->isChecked();
    m_path->setEnabled(local);
    m_browse->setEnabled(local);
    m_pgUrl->setEnabled(!local);
    m_test->setEnabled(!local);
    m_status->clear();
    emit completeChanged();
}

void DatabaseWizardPage::browse()
{
    const QString path = Prompts::saveFileName(this, tr("Database file"), m_path->text(),
                                               tr("CertDesk databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void DatabaseWizardPage::testConnection()
{
    const QString target = m_pgUrl->text().trimmed();
    if (target.isEmpty())
        return;
    auto parsed = DatabaseUrl::parse(target);
    if (!parsed) {
        showStatus(parsed.error().message, true);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(parsed.value());
    QGuiApplication::restoreOverrideCursor();
    if (!db) {
        showStatus(tr("The connection failed: %1").arg(db.error().message), true);
        return;
    }
    showStatus(tr("Connected to %1.").arg(parsed->display()), false);
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
    m_pgHint->setText(tr("The password can be part of the address or come from the PGPASSWORD environment "
                         "variable or the .pgpass file."));
}

} // namespace certdesk
