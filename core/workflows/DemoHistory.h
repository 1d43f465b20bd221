#pragma once
// Internal to DemoData: the operation history of a demo plan (issue, notify, download, revoke,
// register information, certificate authentication on/off, logins, exports ...) over the last
// 365 days, trimmed or filled to an exact number of rows and handed out oldest first.
#include "policy/DeviceTypes.h"
#include "session/Actor.h"
#include "store/HistoryLog.h"
#include "workflows/DemoPlanner.h"
#include <vector>

namespace certdesk {

class DemoHistory
{
public:
    // `serials` holds the serial number of each planned certificate (same index as plan.certs).
    DemoHistory(const DemoPlanner& plan, const std::vector<QString>& serials,
                const QList<DevicePolicy>& policies, quint32 seed);

    // Exactly `rows` events, sorted by time. Events tied to the plan take up to four fifths; when they
    // are more, the least important (notifications, user-add) are dropped first. Everyday rows
    // (logins, reminders, edits, exports ...) fill the rest.
    void build(qint64 rows);
    qint64 size() const { return static_cast<qint64>(m_events.size()); }
    // The next row, oldest first (CRL numbers and counts in the details follow that order).
    HistoryEntry next();

private:
    enum class Kind : quint8 {
        UserAdd,
        RegisterIdentity,
        CertAuthOn,
        CertAuthOff,
        Issue,
        NotifyDownload,
        NotifyPassword,
        Download,
        Delivered,
        Revoke,
        CrlPublished,
        Login,
        LoginFailed,
        UserEdit,
        Reminder,
        Export,
        MailFailure,
        BulkAccepted,
        SettingsChanged,
    };
    struct Event
    {
        qint64 atMs;
        qint32 user; // -1: none
        qint32 cert; // -1: none
        Kind kind;
        quint8 actor; // index into DemoNames::operators(), or kSystem / kPortal
        quint8 tier;  // 0 kept longest ... 3 filler
        quint8 variant;
    };
    static constexpr quint8 kSystem = 200; // mail, background work
    static constexpr quint8 kPortal = 201; // the user, through the download portal

    void add(qint64 atSecs, Kind kind, int user, int cert, int actor, int tier);
    void addPlanEvents();
    void addFiller(qint64 room);
    int anyOperator() { return m_random.below(3); }
    HistoryEntry entry(const Event& e);

    const DemoPlanner& m_plan;
    const std::vector<QString>& m_serials;
    QList<DevicePolicy> m_policies;
    QStringList m_deviceIds;
    DemoRandom m_random;
    Actor m_system;
    std::vector<Event> m_events;
    size_t m_cursor = 0;
    qint64 m_crlNumber = 0;
    qint64 m_revokedSoFar = 0;
};

} // namespace certdesk
