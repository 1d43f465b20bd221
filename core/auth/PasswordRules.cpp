#include "auth/PasswordRules.h"

namespace certdesk {
namespace {

struct Composition
{
    int length = 0; // code points
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool symbol = false;
    int kinds() const { return int(upper) + int(lower) + int(digit) + int(symbol); }
};

// Walks the password by code point (a surrogate pair is one character) without copying it.
Composition compose(const QString& password)
{
    Composition c;
    const qsizetype size = password.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t ucs4 = password.at(i).unicode();
        if (QChar::isHighSurrogate(ucs4) && i + 1 < size && password.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(password.at(i).unicode(), password.at(i + 1).unicode());
            ++i;
        }
        ++c.length;
        if (QChar::isUpper(ucs4) || QChar::category(ucs4) == QChar::Letter_Titlecase)
            c.upper = true;
        else if (QChar::isLower(ucs4))
            c.lower = true;
        else if (QChar::isDigit(ucs4))
            c.digit = true;
        else if (!QChar::isLetterOrNumber(ucs4) && QChar::category(ucs4) != QChar::Other_Control)
            c.symbol = true;
    }
    return c;
}

} // namespace

QList<PasswordRuleFailure> PasswordRules::check(const QString& password, const QString& loginName)
{
    QList<PasswordRuleFailure> failures;
    const Composition c = compose(password);
    if (c.length < kMinLength || c.length > kMaxLength) {
        failures.append(
            {PasswordRule::Length, tr("The password must be %1 to %2 characters long; this one has %3.")
                                       .arg(kMinLength)
                                       .arg(kMaxLength)
                                       .arg(c.length)});
    }
    if (c.kinds() < kMinKinds) {
        failures.append({PasswordRule::CharacterKinds,
                         tr("The password must contain at least three of these four kinds of characters: "
                            "upper-case letters, lower-case letters, digits and symbols.")});
    }
    const QString login = loginName.trimmed();
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive)) {
        failures.append({PasswordRule::NotLoginName,
                         tr("The password must not contain the login name “%1”.").arg(login)});
    }
    return failures;
}

QStringList PasswordRules::problems(const QString& password, const QString& loginName)
{
    QStringList messages;
    for (const PasswordRuleFailure& failure : check(password, loginName))
        messages << failure.message;
    return messages;
}

QString PasswordRules::description()
{
    return tr("%1 to %2 characters with at least three of: upper-case letters, lower-case letters, digits, "
              "symbols. It must not contain the login name.")
        .arg(kMinLength)
        .arg(kMaxLength);
}

} // namespace certdesk
