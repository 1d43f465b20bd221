#include "text/EmailAddress.h"

#include <QRegularExpression>

namespace certdesk {

bool isValidEmailAddress(const QString& address)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")));
    return address.size() <= 254 && re.match(address).hasMatch();
}

} // namespace certdesk
