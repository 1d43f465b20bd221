#include "AboutDialog.h"
#include "BundledLibraries.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

QIcon AboutDialog::applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/certdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowIcon(applicationIcon());

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(applicationIcon().pixmap(QSize(64, 64)));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tagline = new QLabel(this);
    m_versions = new QLabel(this);
    m_versions->setObjectName(QStringLiteral("versionsLabel"));
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* head = new QVBoxLayout;
    head->addWidget(m_title);
    head->addWidget(m_tagline);
    head->addWidget(m_versions);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(head, 1);

    m_librariesLabel = new QLabel(this);
    m_libraries = new QListWidget(this);
    m_libraries->setObjectName(QStringLiteral("librariesList"));
    m_librariesLabel->setBuddy(m_libraries);
    m_licenseText = new QPlainTextEdit(this);
    m_licenseText->setObjectName(QStringLiteral("licenseText"));
    m_licenseText->setReadOnly(true);
    m_licenseText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* libraries = new QHBoxLayout;
    libraries->addWidget(m_libraries, 1);
    libraries->addWidget(m_licenseText, 3);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_librariesLabel);
    layout->addLayout(libraries, 1);
    layout->addWidget(m_buttons);

    for (int i = 0; i < bundledLibraries().size(); ++i)
        m_libraries->addItem(QString());
    connect(m_libraries, &QListWidget::currentRowChanged, this, &AboutDialog::showLicense);
    retranslateUi();
    m_libraries->setCurrentRow(0);
    resize(860, 560);
}

void AboutDialog::showLicense(int row)
{
    const QList<BundledLibrary> libraries = bundledLibraries();
    if (row < 0 || row >= libraries.size()) {
        m_licenseText->clear();
        return;
    }
    m_licenseText->setPlainText(licenseText(libraries.at(row)));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About CertDesk"));
    m_title->setText(tr("CertDesk %1").arg(QStringLiteral(CERTDESK_VERSION)));
    m_tagline->setText(tr("Device certificates: issue, deliver, revoke."));
    m_versions->setText(tr("Version %1\nQt %2 (built with Qt %3)\n%4")
                            .arg(QStringLiteral(CERTDESK_VERSION), qtRuntimeVersion(), qtBuildVersion(),
                                 openSslVersionText()));
    m_librariesLabel->setText(tr("&Libraries and their licences:"));
    const QList<BundledLibrary> libraries = bundledLibraries();
    for (int i = 0; i < libraries.size() && i < m_libraries->count(); ++i) {
        const BundledLibrary& library = libraries.at(i);
        const QString version = library.version.isEmpty() ? QString() : QLatin1Char(' ') + library.version;
        //: A bundled library in Help → About: name and version, then its licence, e.g. "Qt 6.4.2 —
        //: LGPL-3.0-only".
        m_libraries->item(i)->setText(tr("%1%2 — %3").arg(library.name, version, library.licenseName));
    }
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace certdesk
