#pragma once
// The e-mail address rule of the product (users' addresses, notification and administrator addresses).
#include <QString>

namespace certdesk {

// A plain addr-spec: local part of atext and dots, "@", a domain with at least one dot; at most 254.
bool isValidEmailAddress(const QString& address);

} // namespace certdesk
