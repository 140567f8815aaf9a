// The parts of the system libxml2 (libxml2-dev) PolicyText uses: the HTML parser and the XML reader for .docx.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
