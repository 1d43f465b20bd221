#include "platform/ProcessHardening.h"

#include <sys/resource.h>

namespace certdesk {

bool ProcessHardening::disableCoreDumps()
{
    rlimit none{};
    none.rlim_cur = 0;
    none.rlim_max = 0; // lowering the hard limit cannot be undone without privileges
    return setrlimit(RLIMIT_CORE, &none) == 0;
}

} // namespace certdesk
