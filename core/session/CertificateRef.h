#pragma once
// A certificate as an operator names it: by serial number ("3F2A…", colons and leading zero bytes
// allowed) or by "LOGIN:SLOT" (the newest certificate of that slot). Revoking, marking delivered and
// re-issuing all resolve their target through it.
#include "session/WorkflowContext.h"

namespace certdesk {

struct CertificateRef
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRef)
public:
    QString serialHex;
    QString loginId;
    int slot = 0;

    // "SERIAL" or "LOGIN:SLOT"; a translated Invalid error for anything else.
    static Result<CertificateRef> parse(const QString& text);
    // "SERIAL" or "LOGIN:SLOT", as parse() reads it (history rows of refusals).
    QString text() const;
    // The certificate named (as stored now), or a translated NotFound error.
    Result<CertificateRecord> resolve(WorkflowContext& ctx) const;
};

} // namespace certdesk
