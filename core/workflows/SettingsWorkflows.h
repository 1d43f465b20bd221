#pragma once
// Settings changes: every value is validated first, then each key whose stored value differs is written
// with one "settings-changed" history row ("key=value") in ONE transaction. When no value differs,
// nothing is written and nothing committed.
#include "session/WorkflowContext.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace certdesk {

class SettingsWorkflows
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWorkflows)
public:
    using Change = QPair<QString, QString>; // key, value

    explicit SettingsWorkflows(WorkflowContext& ctx) : m_ctx(ctx) {}

    // One setting. Returns whether the stored value changed.
    Result<bool> set(const QString& key, const QString& value);
    // Several settings; nothing is written while any value is invalid. Returns how many keys changed.
    Result<int> write(const QList<Change>& changes);
    // A settings form's Save: every value of `form` is checked and nothing is written while any is
    // invalid (Invalid: "Nothing was saved. Correct these values:" and one line per field, named by its
    // label); then the `changed` ones are written as write() does (a failure: "Nothing was saved: …").
    // Returns how many keys changed.
    Result<int> saveForm(const QList<Change>& form, const QList<Change>& changed,
                         const QHash<QString, QString>& labels);

    // Translated reason why `value` cannot be stored under `key`, or empty. A mail template key
    // ("mail.template.…") is checked against its template; every other key by the settings store.
    static QString validate(const QString& key, const QString& value);
    // Translated "label: problem" lines for the invalid values (labels by key, the key itself otherwise).
    static QStringList validate(const QList<Change>& changes, const QHash<QString, QString>& labels = {});
    // The steps of write() inside the caller's transaction: every value validated, then each changed key
    // and its history row. Returns how many keys changed. Also used when the CA is created with the
    // organisation name.
    static Result<int> writeWithHistory(WorkflowContext& ctx, const QList<Change>& changes);

private:
    static Status checkAll(const QList<Change>& changes);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
