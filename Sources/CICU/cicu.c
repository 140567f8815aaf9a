// Implementation of the ICU bridge declared in include/CICU.h. ICU headers stay in this file.
#include "CICU.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>
#include <unicode/ucsdet.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

// MARK: Word break

void *cicu_wordbreak_open(const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, locale, NULL, 0, &err);
    *status = err;
    return U_FAILURE(err) ? NULL : it;
}

void cicu_wordbreak_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &err);
    *status = err;
}

int32_t cicu_wordbreak_first(void *iterator) { return ubrk_first((UBreakIterator *)iterator); }

int32_t cicu_wordbreak_next(void *iterator) {
    int32_t next = ubrk_next((UBreakIterator *)iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t cicu_wordbreak_rule_status(void *iterator) { return ubrk_getRuleStatus((UBreakIterator *)iterator); }

void cicu_wordbreak_close(void *iterator) { ubrk_close((UBreakIterator *)iterator); }

// MARK: Transliteration

void *cicu_translit_open(const char *id, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar uid[128];
    int32_t n = (int32_t)strlen(id);
    if (n >= 128) { *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL; }
    u_charsToUChars(id, uid, n);
    UTransliterator *t = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = err;
    return U_FAILURE(err) ? NULL : t;
}

void cicu_translit_run(void *translit, uint16_t *text, int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)translit, (UChar *)text, length, capacity, 0, &limit, &err);
    *status = err;
}

void cicu_translit_close(void *translit) { utrans_close((UTransliterator *)translit); }

// MARK: Charset detection

int32_t cicu_detect_charsets(const char *bytes, int32_t length, char *names, int32_t *confidences,
                             int32_t max_matches, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucsdet_setText(det, bytes, length, &err);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &err);
    int32_t written = 0;
    if (U_SUCCESS(err)) {
        for (int32_t i = 0; i < found && written < max_matches; i++) {
            UErrorCode e2 = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &e2);
            int32_t conf = ucsdet_getConfidence(matches[i], &e2);
            if (U_FAILURE(e2) || name == NULL) continue;
            strncpy(names + 32 * written, name, 31);
            names[32 * written + 31] = 0;
            confidences[written] = conf;
            written++;
        }
    }
    ucsdet_close(det);
    *status = err;
    return written;
}

// MARK: Conversion

// Counts invalid or unmapped input bytes, then substitutes U+FFFD as ICU's default callback does.
static void count_and_substitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                 int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    if (reason <= UCNV_IRREGULAR) {
        *(int32_t *)context += length;
        static const UChar replacement = 0xFFFD;
        *err = U_ZERO_ERROR;
        ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
    }
}

void *cicu_converter_open(const char *name, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *c = ucnv_open(name, &err);
    if (U_SUCCESS(err)) {
        ucnv_setFromUCallBack(c, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    }
    *status = err;
    return U_FAILURE(err) ? NULL : c;
}

int32_t cicu_converter_decode(void *converter, const char *bytes, int32_t length, uint16_t *dest, int32_t capacity,
                              int32_t *invalid_bytes, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *c = (UConverter *)converter;
    ucnv_resetToUnicode(c);
    *invalid_bytes = 0;
    ucnv_setToUCallBack(c, count_and_substitute, invalid_bytes, NULL, NULL, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t n = ucnv_toUChars(c, (UChar *)dest, capacity, bytes, length, &err);
    *status = err;
    return n;
}

int32_t cicu_converter_encode(void *converter, const uint16_t *text, int32_t length, char *dest, int32_t capacity,
                              int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *c = (UConverter *)converter;
    ucnv_resetFromUnicode(c);
    int32_t n = ucnv_fromUChars(c, dest, capacity, (const UChar *)text, length, &err);
    *status = err;
    return n;
}

void cicu_converter_close(void *converter) { ucnv_close((UConverter *)converter); }
