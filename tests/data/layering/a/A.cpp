#include "a/A.h"
#include "b/B.h" // upward: b is not a dependency of a
