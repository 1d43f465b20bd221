#pragma once
// Parsing of the portal's download requests (fuzzed: fuzz/fuzz_download_request). Nothing here trusts the
// input: sizes are bounded, the token must look like one, the login ID is percent-decoded UTF-8 without
// control characters.
#include "util/Result.h"
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace certdesk {

struct DownloadRequest
{
    Q_DECLARE_TR_FUNCTIONS(DownloadRequest)
public:
    static constexpr int MaxBodyBytes = 4096;
    static constexpr int MaxLoginIdChars = 128;

    QString token;       // 43 base64url characters
    bool submit = false; // POST: the user confirmed a login ID
    QString loginId;     // POST only

    // method "GET" or "POST"; path as sent ("/download/TOKEN", an optional query is ignored); for POST the
    // content type must be application/x-www-form-urlencoded with a `login_id` field.
    // Errors: NotFound (not a download path / malformed token), Invalid (bad method, content type or form).
    static Result<DownloadRequest> parse(QByteArrayView method, QByteArrayView path,
                                         QByteArrayView contentType, QByteArrayView body);
};

} // namespace certdesk
