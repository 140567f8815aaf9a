// C bridge to the system libxml2 (libxml2-dev): HTML pages and .docx XML to plain text.
//
// Like CICU, this header exposes only <stdint.h> types: libxml2's own headers pull in the system ICU, whose C types
// clash with Foundation's ICU copy in Swift. Returned strings are malloc'd UTF-8; free them with cxml_free.
#ifndef CXML_H
#define CXML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The readable text of a UTF-8 HTML page: scripts, styles and navigation chrome dropped, block elements as line
/// breaks. `max_depth` bounds recursion; deeper content is still collected, iteratively. Returns NULL when the page
/// cannot be parsed at all; `*length` receives the byte length.
char *cxml_html_text(const char *utf8, int32_t length, int32_t max_depth, int32_t *out_length);

/// The text of a WordprocessingML `word/document.xml`: `w:t` runs, `w:tab` as tab, `w:br` and paragraph ends as
/// line breaks. Returns NULL when the XML cannot be parsed.
char *cxml_docx_text(const char *xml, int32_t length, int32_t *out_length);

void cxml_free(char *text);

#ifdef __cplusplus
}
#endif

#endif
