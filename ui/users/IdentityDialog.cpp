#include "IdentityDialog.h"
#include "Prompts.h"
#include "RevokeDialog.h"
#include "UiHelpers.h"
#include "text/Hepburn.h"
#include "text/NameRules.h"
#include "workflows/CertificateWorkflows.h"
#include "workflows/UserWorkflows.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace certdesk {
namespace {

const char* const kEditNames[] = {"familyNameEdit", "givenNameEdit", "familyKanaEdit",
                                  "givenKanaEdit",  "familyEnEdit",  "givenEnEdit"};
const char* const kErrorNames[] = {"familyNameError", "givenNameError", "familyKanaError",
                                   "givenKanaError",  "familyEnError",  "givenEnError"};
const char* const kHintNames[] = {"familyNameHint", "givenNameHint", "familyKanaHint",
                                  "givenKanaHint",  "familyEnHint",  "givenEnHint"};
const char* const kConfirmNames[] = {"confirmFamilyName", "confirmGivenName", "confirmFamilyKana",
                                     "confirmGivenKana",  "confirmFamilyEn",  "confirmGivenEn"};

// Katakana as the user types: hiragana and half-width kana become full-width katakana at once, while
// a space just typed is kept (as an ideographic space) so that the next word can follow.
QString liveKana(const QString& text)
{
    QString out = NameRules::normaliseKana(text);
    if (!out.isEmpty() && !text.isEmpty() && text.back().isSpace())
        out += QChar(u'\u3000');
    return out;
}

} // namespace

IdentityDialog::IdentityDialog(AppSession& session, const QString& loginId, QWidget* parent)
    : QDialog(parent), m_session(session), m_loginId(loginId), m_intro(new QLabel(this)),
      m_requiredNote(uihelpers::makeNoteLabel(this, "requiredNote")), m_confirmIntro(new QLabel(this)),
      m_immutableWarning(new QLabel(this)), m_pages(new QStackedWidget(this)), m_back(new QPushButton(this)),
      m_next(new QPushButton(this)), m_register(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("identityDialog"));
    m_userName = userDisplayText(session, loginId);
    auto* formPage = new QWidget(m_pages);
    formPage->setObjectName(QStringLiteral("formPage"));
    auto* confirmPage = new QWidget(m_pages);
    confirmPage->setObjectName(QStringLiteral("confirmPage"));
    buildForm(formPage);
    buildConfirm(confirmPage);
    m_pages->addWidget(formPage);
    m_pages->addWidget(confirmPage);

    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    buttons->addWidget(m_register);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &IdentityDialog::goToConfirm);
    connect(m_back, &QPushButton::clicked, this, &IdentityDialog::goToForm);
    connect(m_register, &QPushButton::clicked, this, &IdentityDialog::registerIdentity);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    prefillNames();
    goToForm();
    retranslateUi();
}

void IdentityDialog::prefillNames()
{
    // 大塚 大輔 / 大塚　大輔 (a full-width space): the family and given names, to check and correct.
    auto user = UserWorkflows(m_session.context()).get(m_loginId);
    if (!user)
        return;
    QString name = user->displayName;
    name.replace(QChar(u'\u3000'), QLatin1Char(' '));
    const QStringList parts = name.simplified().split(QLatin1Char(' '));
    if (parts.size() != 2)
        return;
    m_edits[FamilyName]->setText(parts.at(0));
    m_edits[GivenName]->setText(parts.at(1));
}

void IdentityDialog::buildForm(QWidget* page)
{
    auto* grid = new QGridLayout;
    for (int f = 0; f < FieldCount; ++f) {
        m_labels[f] = new QLabel(page);
        m_edits[f] = new QLineEdit(page);
        m_edits[f]->setObjectName(QString::fromLatin1(kEditNames[f]));
        m_edits[f]->setMaxLength(64);
        m_edits[f]->setMinimumWidth(220);
        m_labels[f]->setBuddy(m_edits[f]);
        m_hints[f] = uihelpers::makeNoteLabel(page, kHintNames[f]);
        m_hints[f]->setWordWrap(false);
        m_errors[f] = uihelpers::makeErrorLabel(page, kErrorNames[f]);
        grid->addWidget(m_labels[f], 2 * f, 0);
        grid->addWidget(m_edits[f], 2 * f, 1);
        grid->addWidget(m_hints[f], 2 * f, 2);
        grid->addWidget(m_errors[f], 2 * f + 1, 1, 1, 2);
        connect(m_edits[f], &QLineEdit::textEdited, this, [this, f] {
            m_touched[f] = true;
            validate();
        });
        connect(m_edits[f], &QLineEdit::textChanged, this, &IdentityDialog::validate);
    }
    m_hints[FamilyName]->hide();
    m_hints[GivenName]->hide();
    grid->setColumnStretch(1, 1);
    for (Field kana : {FamilyKana, GivenKana}) {
        connect(m_edits[kana], &QLineEdit::textEdited, this,
                [this, kana](const QString& t) { kanaEdited(kana, t); });
        connect(m_edits[kana], &QLineEdit::editingFinished, this, [this, kana] {
            const QString normal = NameRules::normaliseKana(m_edits[kana]->text());
            if (normal != m_edits[kana]->text())
                m_edits[kana]->setText(normal);
        });
        connect(m_edits[kana], &QLineEdit::textChanged, this, [this, kana] { fillEnglish(kana); });
    }
    for (int i = 0; i < 2; ++i) {
        const int en = FamilyEn + i;
        // Typed by hand: keep it. Emptied by hand: auto-fill again from the furigana.
        connect(m_edits[en], &QLineEdit::textEdited, this, [this, i](const QString& t) {
            m_englishByHand[i] = !t.trimmed().isEmpty();
            if (!m_englishByHand[i])
                fillEnglish(Field(FamilyKana + i));
        });
    }
    auto* layout = new QVBoxLayout(page);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setMinimumWidth(560);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_requiredNote);
    layout->addStretch(1);
}

void IdentityDialog::buildConfirm(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    m_confirmIntro->setObjectName(QStringLiteral("confirmIntroLabel"));
    m_confirmIntro->setWordWrap(true);
    layout->addWidget(m_confirmIntro);
    auto* grid = new QGridLayout;
    for (int f = 0; f < FieldCount; ++f) {
        m_confirmLabels[f] = new QLabel(page);
        m_confirmValues[f] = new QLabel(page);
        m_confirmValues[f]->setObjectName(QString::fromLatin1(kConfirmNames[f]));
        m_confirmValues[f]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = m_confirmValues[f]->font();
        bold.setBold(true);
        m_confirmValues[f]->setFont(bold);
        grid->addWidget(m_confirmLabels[f], f, 0);
        grid->addWidget(m_confirmValues[f], f, 1);
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_immutableWarning->setObjectName(QStringLiteral("immutableWarningLabel"));
    m_immutableWarning->setWordWrap(true);
    m_immutableWarning->setStyleSheet(QStringLiteral("color: #c0001a;"));
    layout->addWidget(m_immutableWarning);
    layout->addStretch(1);
}

QString IdentityDialog::fieldLabel(Field field)
{
    switch (field) {
    case FamilyName:
        return tr("Family name");
    case GivenName:
        return tr("Given name");
    case FamilyKana:
        return tr("Furigana (family name)");
    case GivenKana:
        return tr("Furigana (given name)");
    case FamilyEn:
        return tr("Family name in English");
    case GivenEn:
        return tr("Given name in English");
    case FieldCount:
        break;
    }
    return {};
}

void IdentityDialog::kanaEdited(Field kana, const QString& text)
{
    const QString converted = liveKana(text);
    if (converted == text)
        return;
    QLineEdit* edit = m_edits[kana];
    const qsizetype fromEnd = text.size() - edit->cursorPosition();
    edit->setText(converted);
    edit->setCursorPosition(int(std::max<qsizetype>(0, converted.size() - fromEnd)));
}

void IdentityDialog::fillEnglish(Field kana)
{
    const int i = kana - FamilyKana;
    if (m_englishByHand[i])
        return;
    const QString normal = NameRules::normaliseKana(m_edits[kana]->text());
    const QString en = NameRules::isValidKana(normal) ? passportHepburn(normal) : QString();
    QLineEdit* edit = m_edits[FamilyEn + i];
    if (edit->text() != en)
        edit->setText(en);
}

IdentityInput IdentityDialog::input() const
{
    IdentityInput in;
    in.familyName = m_edits[FamilyName]->text().trimmed();
    in.givenName = m_edits[GivenName]->text().trimmed();
    in.familyKana = NameRules::normaliseKana(m_edits[FamilyKana]->text());
    in.givenKana = NameRules::normaliseKana(m_edits[GivenKana]->text());
    in.familyEn = m_edits[FamilyEn]->text().trimmed();
    in.givenEn = m_edits[GivenEn]->text().trimmed();
    return in;
}

bool IdentityDialog::isValid() const
{
    IdentityInput in = input();
    return IdentityWorkflows::validate(in).isEmpty();
}

void IdentityDialog::validate()
{
    const IdentityInput in = input();
    const QString values[FieldCount] = {in.familyName, in.givenName, in.familyKana,
                                        in.givenKana,  in.familyEn,  in.givenEn};
    bool valid = true;
    for (int f = 0; f < FieldCount; ++f) {
        QString error;
        if (f == FamilyName || f == GivenName)
            error = NameRules::nameError(fieldLabel(Field(f)), values[f]);
        else if (f == FamilyKana || f == GivenKana)
            error = NameRules::kanaError(fieldLabel(Field(f)), values[f]);
        else
            error = NameRules::englishError(fieldLabel(Field(f)), values[f]);
        valid = valid && error.isEmpty();
        uihelpers::setError(m_errors[f], m_touched[f] ? error : QString());
    }
    m_next->setEnabled(valid);
    uihelpers::growToFit(this);
}

bool IdentityDialog::onConfirmPage() const
{
    return m_pages->currentIndex() == 1;
}

void IdentityDialog::goToConfirm()
{
    for (Field kana : {FamilyKana, GivenKana})
        m_edits[kana]->setText(NameRules::normaliseKana(m_edits[kana]->text()));
    if (!isValid()) {
        std::fill(std::begin(m_touched), std::end(m_touched), true);
        validate();
        return;
    }
    const IdentityInput in = input();
    const QString values[FieldCount] = {in.familyName, in.givenName, in.familyKana,
                                        in.givenKana,  in.familyEn,  in.givenEn};
    for (int f = 0; f < FieldCount; ++f)
        m_confirmValues[f]->setText(values[f]);
    m_pages->setCurrentIndex(1);
    m_back->setVisible(true);
    m_next->setVisible(false);
    m_register->setVisible(true);
    m_register->setDefault(true);
    m_register->setFocus();
}

void IdentityDialog::goToForm()
{
    m_pages->setCurrentIndex(0);
    m_back->setVisible(false);
    m_next->setVisible(true);
    m_register->setVisible(false);
    m_next->setDefault(true);
    m_edits[FamilyName]->setFocus();
    validate();
}

void IdentityDialog::registerIdentity()
{
    auto result = IdentityWorkflows(m_session.context()).registerIdentity(m_loginId, input());
    if (!result) {
        Prompts::error(this, tr("Register certificate information"), result.error());
        return;
    }
    m_registered = true;
    m_session.notifyUsersChanged();
    accept();
}

std::optional<int> IdentityDialog::confirmAndDelete(AppSession& session, const QString& loginId,
                                                    QWidget* parent)
{
    auto slotTable = CertificateWorkflows(session.context()).slotTable(loginId);
    if (!slotTable) {
        Prompts::error(parent, tr("Delete certificate information"), slotTable.error());
        return std::nullopt;
    }
    int live = 0;
    for (const CertificateRecord& c : slotTable.value())
        live += c.status != CertStatus::Revoked ? 1 : 0;
    const QString user = userDisplayText(session, loginId);
    const QString text =
        live > 0 ? tr("Delete the certificate information of %1?\n\nThis revokes all %n certificate(s) of "
                      "%1; their "
                      "devices can no longer use the service. The information can then be registered again.",
                      nullptr, live)
                       .arg(user)
                 : tr("Delete the certificate information of %1?\n\nThe user has no certificate in use. The "
                      "information can then be registered again.")
                       .arg(user);
    if (Prompts::ask(parent, tr("Delete certificate information"), text, QMessageBox::Yes | QMessageBox::No,
                     QMessageBox::No, QMessageBox::Warning) != QMessageBox::Yes)
        return std::nullopt;
    auto deleted = IdentityWorkflows(session.context()).deleteIdentity(loginId);
    if (!deleted) {
        Prompts::error(parent, tr("Delete certificate information"), deleted.error());
        return std::nullopt;
    }
    if (deleted->crl.published())
        session.notifyCrlPublished();
    session.notifyCertificatesChanged(loginId);
    return deleted->revoked;
}

void IdentityDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IdentityDialog::retranslateUi()
{
    setWindowTitle(tr("Register certificate information"));
    m_intro->setText(
        tr("Certificate information of %1. The names go into the user's certificates.").arg(m_userName));
    const QString labels[FieldCount] = {tr("&Family name:"),
                                        tr("&Given name:"),
                                        tr("F&urigana (family name):"),
                                        tr("Fur&igana (given name):"),
                                        tr("Family name in &English:"),
                                        tr("Given name in Eng&lish:")};
    for (int f = 0; f < FieldCount; ++f) {
        m_labels[f]->setText(labels[f]);
        m_confirmLabels[f]->setText(fieldLabel(Field(f)));
    }
    m_hints[FamilyKana]->setText(tr("Full-width katakana"));
    m_hints[GivenKana]->setText(tr("Full-width katakana"));
    m_hints[FamilyEn]->setText(tr("Half-width letters, filled in from the furigana"));
    m_hints[GivenEn]->setText(tr("Half-width letters, filled in from the furigana"));
    m_requiredNote->setText(
        tr("All six fields are required. Hiragana typed into the furigana fields becomes katakana."));
    m_confirmIntro->setText(
        tr("The following information will be registered for %1. Check what you entered.").arg(m_userName));
    m_immutableWarning->setText(
        tr("Registered information cannot be changed. To change it, delete the information "
           "(this revokes all certificates of the user) and register it again."));
    m_back->setText(tr("&Back"));
    m_next->setText(tr("&Next"));
    m_register->setText(tr("&Register"));
    m_cancel->setText(tr("Cancel"));
    validate();
}

} // namespace certdesk
