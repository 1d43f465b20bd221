// libFuzzer target: DownloadRequest::parse (core/portal) on arbitrary method, path, content type, body.
// Input format (readable seeds): "METHOD\nPATH\nCONTENT-TYPE\nBODY" — the first three newlines split
// the fields, the body is the rest (may hold newlines and any byte); missing fields are empty.
// Invariant: parse never crashes, and a refusal carries a message.
#include "FuzzSupport.h"
#include "download/DownloadRequest.h"

#include <QByteArrayView>

#include <cstdint>

using namespace certdesk;

namespace {

QByteArrayView takeLine(QByteArrayView& rest)
{
    const qsizetype nl = rest.indexOf('\n');
    if (nl < 0) {
        const QByteArrayView line = rest;
        rest = {};
        return line;
    }
    const QByteArrayView line = rest.first(nl);
    rest = rest.sliced(nl + 1);
    return line;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArrayView rest(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArrayView method = takeLine(rest);
    const QByteArrayView path = takeLine(rest);
    const QByteArrayView contentType = takeLine(rest);
    const auto parsed = DownloadRequest::parse(method, path, contentType, rest);
    if (!parsed.ok() && parsed.error().message.isEmpty())
        fuzz::fail("a refused request without a message");
    return 0;
}
