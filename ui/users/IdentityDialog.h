#pragma once
// 証明書情報: registers a user's certificate information (six name fields) in two steps — the form
// with live validation (katakana conversion, Hepburn auto-fill of the English names), then a
// confirmation that warns that registered information cannot be changed. The family and given names
// start from the user's display name when it splits in two on a space (full-width or ASCII).
#include "AppSession.h"
#include "workflows/IdentityWorkflows.h"
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace certdesk {

class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    enum Field { FamilyName, GivenName, FamilyKana, GivenKana, FamilyEn, GivenEn, FieldCount };

    IdentityDialog(AppSession& session, const QString& loginId, QWidget* parent = nullptr);

    IdentityInput input() const; // the values as they would be registered (trimmed, kana normalised)
    bool isValid() const;
    bool onConfirmPage() const;
    bool registered() const { return m_registered; }

    // Delete information: asks with the consequence spelled out (default No) and on Yes deletes it,
    // which revokes every certificate of the user. Returns the number revoked, nullopt if not deleted.
    static std::optional<int> confirmAndDelete(AppSession& session, const QString& loginId, QWidget* parent);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString fieldLabel(Field field);
    void buildForm(QWidget* page);
    void buildConfirm(QWidget* page);
    void prefillNames(); // from the user's display name when it splits in two on a space
    void kanaEdited(Field kana, const QString& text);
    void fillEnglish(Field kana);
    void validate();
    void goToConfirm();
    void goToForm();
    void registerIdentity();
    void retranslateUi();
    AppSession& m_session;
    QString m_loginId;
    QString m_userName;
    bool m_registered = false;
    bool m_touched[FieldCount] = {};
    bool m_englishByHand[2] = {}; // FamilyEn, GivenEn typed by hand: no more auto-fill
    QLineEdit* m_edits[FieldCount] = {};
    QLabel* m_labels[FieldCount] = {};
    QLabel* m_hints[FieldCount] = {};
    QLabel* m_errors[FieldCount] = {};
    QLabel* m_confirmLabels[FieldCount] = {};
    QLabel* m_confirmValues[FieldCount] = {};
    QLabel* m_intro;
    QLabel* m_requiredNote;
    QLabel* m_confirmIntro;
    QLabel* m_immutableWarning;
    QStackedWidget* m_pages;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_register;
    QPushButton* m_cancel;
};

} // namespace certdesk
