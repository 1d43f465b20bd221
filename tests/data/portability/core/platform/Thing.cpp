// Fixture: under a platform/ folder, POSIX headers are where they belong (no violation).
#include <sys/resource.h>
#include <unistd.h>

int fixtureUid()
{
    return int(getuid());
}
