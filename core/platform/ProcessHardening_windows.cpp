#include "platform/ProcessHardening.h"

#include <windows.h>

#include <werapi.h>

namespace certdesk {

bool ProcessHardening::disableCoreDumps()
{
    // Windows writes no core file of its own; crash dumps exist only where Windows Error Reporting
    // collects them (LocalDumps, a machine policy). Keep the heap out of those reports.
    return SUCCEEDED(WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP));
}

} // namespace certdesk
