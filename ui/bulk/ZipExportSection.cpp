#include "ZipExportSection.h"
#include "Prompts.h"
#include "WorkerPools.h"

#include "shell/StaleReload.h"

#include <QDir>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk {

// Unsealing the passwords and writing the ZIP run on a worker thread; the result comes back here.
struct ZipExportSection::Job
{
    QString path;
    std::optional<Result<ZipExportSummary>> result;
};

ZipExportSection::ZipExportSection(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_watcher(new QFutureWatcher<void>(this)),
      m_intro(new QLabel(this)), m_countLabel(new QLabel(this)), m_warning(new QLabel(this)),
      m_export(new QPushButton(this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("zipExportSection"));
    m_intro->setWordWrap(true);
    m_countLabel->setObjectName(QStringLiteral("zipCountLabel"));
    QFont bold = m_countLabel->font();
    bold.setBold(true);
    m_countLabel->setFont(bold);
    m_warning->setObjectName(QStringLiteral("zipWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setMargin(6);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #7a4d00; background: #fff4d6; }"));
    m_export->setObjectName(QStringLiteral("exportZipButton"));
    m_result->setObjectName(QStringLiteral("zipResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->addWidget(m_export);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_warning);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_export, &QPushButton::clicked, this, &ZipExportSection::exportZip);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &ZipExportSection::finish);
    // Each revocation changes the count: a hidden section (the usual case) counts when it is shown.
    connect(&session, &AppSession::certificatesChanged, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    refresh();
}

ZipExportSection::~ZipExportSection()
{
    if (m_running)
        m_watcher->waitForFinished();
}

void ZipExportSection::refresh()
{
    m_stale = false;
    auto count = ZipExport::deliverableCount(*m_session.db());
    m_count = count ? std::optional<int>(count.value()) : std::nullopt;
    m_countError = count ? QString() : count.error().message;
    retranslateUi();
}

void ZipExportSection::showEvent(QShowEvent* event)
{
    reloadWhenShownIfStale(this, m_stale);
    QWidget::showEvent(event);
}

void ZipExportSection::exportZip()
{
    if (m_running)
        return;
    const QString title = tr("Export certificates as ZIP");
    const QString name =
        QStringLiteral("certificates-%1.zip")
            .arg(m_session.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        Prompts::saveFileName(this, title, QDir::home().filePath(name), tr("ZIP files (*.zip)"));
    if (path.isEmpty())
        return;
    // The passphrase is asked here, on the GUI thread; the export then uses the cached CA.
    auto ca = m_session.context().unlockedCa();
    if (!ca) {
        Prompts::error(this, title, ca.error());
        return;
    }
    emit m_session.caLockChanged(true);
    m_summary.reset();
    m_running = true;
    m_job = std::make_shared<Job>();
    m_job->path = path;
    std::shared_ptr<Job> job = m_job;
    WorkflowContext* ctx = &m_session.context();
    m_watcher->setFuture(QtConcurrent::run(
        bulkThreadPool(), [job, ctx] { job->result.emplace(ZipExport::write(*ctx, job->path)); }));
    retranslateUi();
}

void ZipExportSection::finish()
{
    if (!m_running)
        return;
    m_running = false;
    std::shared_ptr<Job> job = std::move(m_job);
    emit m_session.historyChanged(); // the export is a history row
    if (!job || !job->result) {
        retranslateUi();
        return;
    }
    if (!*job->result) {
        retranslateUi();
        Prompts::error(this, tr("Export certificates as ZIP"), job->result->error());
        return;
    }
    m_summary = job->result->value();
    refresh();
}

void ZipExportSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ZipExportSection::retranslateUi()
{
    m_intro->setText(
        tr("Export every certificate that is awaiting download as one ZIP file, to hand the devices' "
           "certificates over yourself: one PKCS#12 file per certificate, the CA certificate (cacert.pem "
           "and cacert.crt) and %1 with the automatically generated key passwords.")
            .arg(ZipExport::passwordListName()));
    if (!m_countError.isEmpty())
        m_countLabel->setText(m_countError);
    else
        m_countLabel->setText(tr("%n certificate(s) awaiting download.", nullptr, m_count.value_or(0)));
    m_warning->setText(
        tr("The ZIP file contains the certificates' private keys and the passwords that open them. "
           "Anyone who has it can use the service as these users: save it only where no one else can "
           "read it, hand it over securely, and delete it afterwards."));
    m_export->setText(m_running ? tr("Exporting…") : tr("&Export ZIP…"));
    m_export->setEnabled(!m_running && m_count.value_or(0) > 0);
    if (m_running)
        m_result->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(m_job ? m_job->path : QString())));
    else if (m_summary)
        m_result->setText(
            tr("Exported %1 and %2 to %3.")
                .arg(tr("%n certificate(s)", nullptr, m_summary->certificates),
                     tr("%n password(s)", nullptr, m_summary->passwords),
                     QDir::toNativeSeparators(m_summary->path)) +
            (m_summary->passwords < m_summary->certificates
                 ? QLatin1Char(' ') +
                       tr("%n certificate(s) have a key password that was entered by hand or shown "
                          "only once at issuance; it is not in the list.",
                          nullptr, m_summary->certificates - m_summary->passwords)
                 : QString()));
    else
        m_result->clear();
}

} // namespace certdesk
