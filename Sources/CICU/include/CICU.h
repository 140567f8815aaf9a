// C bridge to the system ICU (libicu-dev).
//
// This header deliberately exposes only <stdint.h> types and opaque pointers: Swift's Foundation on Linux
// carries its own ICU copy (the Clang module _FoundationICU), and a Swift file that sees both its headers and
// the system's <unicode/*.h> fails to compile. The ICU headers are included in the .c files only.
//
// Conventions: text is UTF-16 (uint16_t) with explicit lengths; every call that can fail takes an
// `int32_t *status` holding an ICU UErrorCode (0 = U_ZERO_ERROR, > 0 = failure, < 0 = warning).
// Handles are not thread-safe: use one per thread.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The name of an ICU error code, e.g. "U_BUFFER_OVERFLOW_ERROR".
const char *cicu_error_name(int32_t status);

// MARK: Word break (ubrk)

/// Opens a word break iterator for `locale` (e.g. "zh"). Returns NULL on failure.
void *cicu_wordbreak_open(const char *locale, int32_t *status);
/// Points the iterator at `text`; the text must outlive the iteration.
void cicu_wordbreak_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *status);
/// The first boundary (0).
int32_t cicu_wordbreak_first(void *iterator);
/// The next boundary, or -1 when done.
int32_t cicu_wordbreak_next(void *iterator);
/// The rule status of the segment ending at the current boundary (UBRK_WORD_* ranges:
/// 0-99 none, 100-199 number, 200-299 letter, 300-399 kana, 400-499 ideo).
int32_t cicu_wordbreak_rule_status(void *iterator);
void cicu_wordbreak_close(void *iterator);

// MARK: Transliteration (utrans)

/// Opens a transliterator by ID, e.g. "Traditional-Simplified" or "Han-Latin". Returns NULL on failure.
void *cicu_translit_open(const char *id, int32_t *status);
/// Transliterates `text[0..<*length]` in place; `capacity` is the buffer size in UTF-16 units.
/// On return `*length` is the new length. U_BUFFER_OVERFLOW_ERROR when it does not fit.
void cicu_translit_run(void *translit, uint16_t *text, int32_t *length, int32_t capacity, int32_t *status);
void cicu_translit_close(void *translit);

// MARK: Charset detection (ucsdet)

/// Detects the charset of `bytes`. Writes up to `max_matches` results: names as NUL-terminated strings of at most
/// 31 bytes into `names` (32 bytes each) and confidences (0-100). Returns the number of matches written.
int32_t cicu_detect_charsets(const char *bytes, int32_t length, char *names, int32_t *confidences,
                             int32_t max_matches, int32_t *status);

// MARK: Conversion (ucnv)

/// Opens a converter for the charset `name` (e.g. "GB18030", "Big5", "UTF-16LE"). Returns NULL on failure.
void *cicu_converter_open(const char *name, int32_t *status);
/// Decodes `bytes` into `dest` (UTF-16). Invalid or unmapped byte sequences become U+FFFD and are counted in
/// `*invalid_bytes`. Returns the number of UTF-16 units written (or needed, with U_BUFFER_OVERFLOW_ERROR).
int32_t cicu_converter_decode(void *converter, const char *bytes, int32_t length, uint16_t *dest, int32_t capacity,
                              int32_t *invalid_bytes, int32_t *status);
/// Encodes UTF-16 `text` into `dest`. Characters the charset cannot represent stop the conversion with
/// U_INVALID_CHAR_FOUND. Returns the number of bytes written (or needed, with U_BUFFER_OVERFLOW_ERROR).
int32_t cicu_converter_encode(void *converter, const uint16_t *text, int32_t length, char *dest, int32_t capacity,
                              int32_t *status);
void cicu_converter_close(void *converter);

#ifdef __cplusplus
}
#endif

#endif
