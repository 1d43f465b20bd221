#pragma once
// Helpers shared by the Users & certificates GUI suites: issuing through the core workflows to set
// up a scene, and reading the history.
#include "GuiFixture.h"
#include "store/HistoryLog.h"

namespace certdesk::test {

// Issues a certificate for `login` through the fixture's workflow context (no GUI); fails the test on error.
inline std::optional<CertificateRecord> issueDirect(GuiFixture& f, const QString& login,
                                                    const QString& device, const QString& remarks = {},
                                                    int slot = 0)
{
    IssueRequest r;
    r.loginId = login;
    r.device = device;
    r.remarks = remarks;
    r.slot = slot;
    auto issued = CertificateWorkflows(*f.wf.ctx).issue(r);
    if (!issued) {
        qWarning("issue failed: %s", qPrintable(issued.error().message));
        return std::nullopt;
    }
    return issued->certificate;
}

// A user with distinct names (the fixture's addUserWithIdentity gives everyone the same names).
inline bool addPerson(GuiFixture& f, const QString& login, const QString& family, const QString& given,
                      const QString& familyKana, const QString& givenKana, const QStringList& groups = {})
{
    UserInput u;
    u.loginId = login;
    u.email = login + QStringLiteral("@example.jp");
    u.displayName = family + QLatin1Char(' ') + given;
    u.groups = groups;
    if (auto added = UserWorkflows(*f.wf.ctx).add(u); !added) {
        qWarning("add user failed: %s", qPrintable(added.error().message));
        return false;
    }
    if (familyKana.isEmpty())
        return true;
    IdentityInput i;
    i.familyName = family;
    i.givenName = given;
    i.familyKana = familyKana;
    i.givenKana = givenKana;
    auto reg = IdentityWorkflows(*f.wf.ctx).registerIdentity(login, i);
    if (!reg)
        qWarning("register identity failed: %s", qPrintable(reg.error().message));
    return reg.ok();
}

inline qint64 historyCount(GuiFixture& f, const QString& operation)
{
    HistoryFilter filter;
    filter.operation = operation;
    auto n = HistoryLog::count(*f.wf.db, filter);
    return n ? n.value() : -1;
}

// Types any text key by key (QTest::keyClicks only handles Latin-1).
inline void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline bool shownMessageContains(const QString& text)
{
    for (const QString& m : Prompts::shownMessages()) {
        if (m.contains(text))
            return true;
    }
    return false;
}

} // namespace certdesk::test
