#include "UsersEmptyState.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

UsersEmptyState::UsersEmptyState(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_addUser(new QPushButton(this)), m_importCsv(new QPushButton(this)), m_mail(new QPushButton(this)),
      m_portal(new QPushButton(this))
{
    setObjectName(QStringLiteral("usersEmptyState"));
    m_title->setObjectName(QStringLiteral("usersEmptyTitle"));
    m_text->setObjectName(QStringLiteral("usersEmptyText"));
    m_addUser->setObjectName(QStringLiteral("emptyAddUserButton"));
    m_importCsv->setObjectName(QStringLiteral("emptyImportCsvButton"));
    m_mail->setObjectName(QStringLiteral("emptyMailButton"));
    m_portal->setObjectName(QStringLiteral("emptyPortalButton"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_text->setWordWrap(true);

    auto* steps = new QVBoxLayout;
    for (QPushButton* b : {m_addUser, m_importCsv, m_mail, m_portal}) {
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
        steps->addWidget(b);
    }
    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(m_text->fontMetrics().height());
    column->addLayout(steps);
    auto* box = new QWidget(this);
    box->setLayout(column);
    box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    auto* layout = new QGridLayout(this);
    layout->addWidget(box, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);

    connect(m_addUser, &QPushButton::clicked, this, &UsersEmptyState::addUserRequested);
    connect(m_importCsv, &QPushButton::clicked, this, [this] { openScreen(QStringLiteral("bulk")); });
    connect(m_mail, &QPushButton::clicked, this, [this] { openScreen(QStringLiteral("mail")); });
    connect(m_portal, &QPushButton::clicked, this, [this] { openScreen(QStringLiteral("portal")); });
    retranslateUi();
    updateButtons();
}

void UsersEmptyState::openScreen(const QString& name)
{
    QWidget* w = window();
    if (w->metaObject()->indexOfMethod("openScreen(QString)") >= 0)
        QMetaObject::invokeMethod(w, "openScreen", Q_ARG(QString, name));
}

void UsersEmptyState::updateButtons()
{
    // Users and their CSV import are for who manages users; mail and the portal for administrators.
    const bool manage = m_session.may(Permission::ManageUsers);
    const bool administer = m_session.may(Permission::Administer);
    m_addUser->setVisible(manage);
    m_importCsv->setVisible(manage);
    m_mail->setVisible(administer);
    m_portal->setVisible(administer);
    retranslateUi();
}

void UsersEmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersEmptyState::retranslateUi()
{
    m_title->setText(tr("No users yet"));
    m_text->setText(m_session.may(Permission::ManageUsers)
                        ? tr("Next steps: add users one by one or import them from a CSV file, set up mail "
                             "so that users receive their download links and key passwords, and start the "
                             "download portal.")
                        : tr("An administrator adds the users. They appear here as soon as they are "
                             "added."));
    m_addUser->setText(tr("Add a user…"));
    m_importCsv->setText(tr("Import users from a CSV file…"));
    m_mail->setText(tr("Set up mail…"));
    m_portal->setText(tr("Start the download portal…"));
}

} // namespace certdesk
