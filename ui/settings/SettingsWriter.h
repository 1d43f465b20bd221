#pragma once
// Writes settings the way every screen must: all values validated first, then every changed key and
// one "settings-changed" history row per key ("key=value") in ONE transaction.
#include "session/WorkflowContext.h"
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

    // A settings form's Save: every value of `form` is checked (nothing is written while any is invalid),
    // then the `changed` ones are written. `error` is the translated text for the form's error label;
    // `saved` how many keys changed.
    struct FormSave
    {
        QString error;
        bool written = false; // the changed values were written (perhaps none differed from the stored ones)
        int saved = 0;
    };
    static FormSave saveForm(WorkflowContext& ctx, const QList<Change>& form, const QList<Change>& changed,
                             const QHash<QString, QString>& labels);
};

} // namespace certdesk
