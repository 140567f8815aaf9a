// C bridge to the system libxml2 (libxml2-dev) and zlib: HTML pages and .docx files to plain text.
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

/// Inflates raw DEFLATE data (a ZIP entry with method 8) with zlib. Stops once the output passes `limit` bytes.
/// Returns a malloc'd buffer (free with cxml_free) and sets `*status`: 0 complete, 1 larger than `limit`,
/// 2 corrupt or truncated data, 3 out of memory (NULL returned for 2 and 3).
uint8_t *cxml_inflate_raw(const uint8_t *data, int64_t length, int64_t limit, int64_t *out_length, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
