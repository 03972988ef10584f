// The module is one inline function in include/CPrefetch.h; SwiftPM wants a source file.
#include "CPrefetch.h"
