#pragma once
// The selected user's 証明書情報 panel: user and certificate-authentication state, the six name fields,
// Register / Delete information, and the slot table whose Operation column holds real [Issue] and
// [Revoke] buttons (issueButton_<slot>, revokeButton_<slot>).
#include "AppSession.h"
#include "store/Records.h"
#include <QPointer>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace certdesk {
class SlotColumns;
class SlotsModel;

class CertificatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatePanel(AppSession& session, QWidget* parent = nullptr);

    void setUser(const QString& loginId); // empty: no user selected
    QString loginId() const { return m_loginId; }
    bool hasUser() const { return m_user.has_value(); }
    bool hasIdentity() const { return m_identity.has_value(); }
    void reload();      // user, information and slots
    void reloadSlots(); // slots only
    // Reloads in place after a change elsewhere: the slot table keeps its current row and scroll position.
    void refreshLive();
    SlotsModel* slotsModel() const { return m_slots; }

    // The actions behind the buttons (each opens its dialog or prompt).
    void issueSlot(int slot);
    void revokeSlot(int slot);
    void registerInformation();
    void deleteInformation();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildOperationButtons();
    void relayoutTable();
    void retireOperationButtons();
    void showUser();
    void setNotice(std::function<QString()> text);
    void retranslateUi();
    AppSession& m_session;
    QString m_loginId;
    std::optional<UserRecord> m_user;
    std::optional<IdentityRecord> m_identity;
    QString m_loadError;
    std::function<QString()> m_notice;
    SlotsModel* m_slots;
    QList<QPointer<QWidget>> m_cells; // the Operation column's button cells
    QLabel* m_title;
    QFormLayout* m_form;
    QLabel* m_userValue;
    QLabel* m_certAuth;
    QLabel* m_nameValues[6];
    QLabel* m_identityState;
    QPushButton* m_register;
    QPushButton* m_delete;
    QTableView* m_table;
    SlotColumns* m_columns = nullptr;
    QLabel* m_slotNote;
    QLabel* m_noticeLabel;
};

} // namespace certdesk
