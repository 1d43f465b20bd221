#pragma once
// The rules for operator passwords, checked when an operator is created, resets or changes a password:
//  - 10 to 128 characters (Unicode code points);
//  - characters of at least three of four kinds: upper-case letters, lower-case letters, digits, symbols
//    (anything that is neither a letter nor a number nor a control character: punctuation, signs, spaces;
//    kana and kanji count for the length but are none of the four kinds);
//  - must not contain the login name, compared without regard to case.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk {

enum class PasswordRule { Length, CharacterKinds, NotLoginName };

struct PasswordRuleFailure
{
    PasswordRule rule;
    QString message; // translated, says what the rule requires
};

class PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)
public:
    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 128;
    static constexpr int kMinKinds = 3;

    // Every rule the password breaks, in the order above; empty when it is acceptable.
    static QList<PasswordRuleFailure> check(const QString& password, const QString& loginName);
    // The messages of check() alone.
    static QStringList problems(const QString& password, const QString& loginName);
    // All rules in one translated paragraph, for the password fields of the dialogs and the CLI help.
    static QString description();
};

} // namespace certdesk
