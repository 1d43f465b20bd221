#pragma once
// RAII owners for the OpenSSL OCSP handles (the rest are in ca/OsslHandles.h).
#include "ca/OsslHandles.h"

#include <openssl/ocsp.h>

namespace certdesk::ossl {

using OcspRequest = std::unique_ptr<OCSP_REQUEST, Deleter<OCSP_REQUEST_free>>;
using OcspResponse = std::unique_ptr<OCSP_RESPONSE, Deleter<OCSP_RESPONSE_free>>;
using OcspBasicResp = std::unique_ptr<OCSP_BASICRESP, Deleter<OCSP_BASICRESP_free>>;
using OcspCertId = std::unique_ptr<OCSP_CERTID, Deleter<OCSP_CERTID_free>>;

} // namespace certdesk::ossl
