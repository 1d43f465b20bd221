#include "store/FilePermissions.h"

#include <QDir>

// <windows.h> first: <sddl.h> needs its declarations (a separate block, so that sorting keeps the order).
#include <windows.h>

#include <sddl.h>

namespace certdesk {

Status FilePermissions::createOwnerOnly(const QString& path)
{
    // A protected DACL (no inherited entries) with full access for the file's owner only.
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;;FA;;;OW)", SDDL_REVISION_1,
                                                              &descriptor, nullptr))
        return makeError(ErrorCode::Io, tr("Cannot create the file %1: %2").arg(path).arg(GetLastError()));
    SECURITY_ATTRIBUTES attributes{};
    attributes.nLength = sizeof(attributes);
    attributes.lpSecurityDescriptor = descriptor;
    attributes.bInheritHandle = FALSE;
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    HANDLE file = CreateFileW(native.c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    const DWORD error = GetLastError();
    LocalFree(descriptor);
    if (file == INVALID_HANDLE_VALUE) {
        if (error == ERROR_FILE_EXISTS)
            return {};
        return makeError(ErrorCode::Io, tr("Cannot create the file %1: %2").arg(path).arg(error));
    }
    CloseHandle(file);
    return {};
}

} // namespace certdesk
