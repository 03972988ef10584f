// The parts of the system libxml2 that Entente reads HTML pages and feeds with.
//
// One header for the module map, so Swift sees a single module; the include path
// (/usr/include/libxml2 on Debian) comes from pkg-config's libxml-2.0.
#ifndef ENTENTE_CLIBXML2_SHIM_H
#define ENTENTE_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so its encoding.h pulls in the system's ICU headers, whose
// enums clash with the ICU that Foundation bundles in any file importing both. Entente only
// passes encoding handlers around by pointer (never reads their ICU fields), so it can go
// without those declarations.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
