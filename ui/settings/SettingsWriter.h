#pragma once
// Writes settings the way every screen must: all values validated first, then every changed key and
// one "settings-changed" history row per key ("key=value") in ONE transaction.
#include "workflows/WorkflowContext.h"
#include <QList>
#include <QPair>

namespace certdesk {

class SettingsWriter
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWriter)
public:
    using Change = QPair<QString, QString>; // key, value

    // Translated "label: problem" lines for the invalid values (labels by key, the key itself otherwise).
    static QStringList validate(const QList<Change>& changes, const QHash<QString, QString>& labels = {});
    // Writes only the keys whose stored value differs. Returns how many keys changed.
    static Result<int> write(WorkflowContext& ctx, const QList<Change>& changes);
};

} // namespace certdesk
