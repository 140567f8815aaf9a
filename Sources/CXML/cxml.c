// Implementation of include/CXML.h over libxml2. libxml2 headers stay in this file.
#define _GNU_SOURCE
#include "CXML.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

// A growable UTF-8 buffer.
typedef struct {
    char *data;
    size_t length, capacity;
    int failed;
} Buffer;

static void append(Buffer *b, const char *text, size_t n) {
    if (b->failed || n == 0) return;
    if (b->length + n + 1 > b->capacity) {
        size_t cap = b->capacity ? b->capacity : 4096;
        while (cap < b->length + n + 1) cap *= 2;
        char *grown = realloc(b->data, cap);
        if (!grown) { b->failed = 1; return; }
        b->data = grown;
        b->capacity = cap;
    }
    memcpy(b->data + b->length, text, n);
    b->length += n;
    b->data[b->length] = 0;
}

static void append_newline(Buffer *b) {
    if (b->length > 0 && b->data[b->length - 1] != '\n') append(b, "\n", 1);
}

static char *finish(Buffer *b, int32_t *out_length) {
    if (b->failed) { free(b->data); *out_length = 0; return NULL; }
    if (!b->data) append(b, "", 0), b->data = calloc(1, 1);
    *out_length = (int32_t)(b->length > INT32_MAX ? INT32_MAX : b->length);
    return b->data;
}

void cxml_free(char *text) { free(text); }

// MARK: HTML

static const char *dropped[] = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                                "select", "button", "template", "svg", "canvas", "object", "embed", "head", "title",
                                NULL};
static const char *blocks[] = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                               "section", "article", "blockquote", "pre", "dd", "dt", "dl", "hr", "td", "th",
                               "center", "main", "body", NULL};
// Class or id fragments that mark navigation chrome.
static const char *chrome[] = {"nav", "menu", "breadcrumb", "crumb", "footer", "header", "share", "sidebar", "toolbar",
                               "copyright", NULL};

static int in_list(const char *name, const char **list) {
    for (int i = 0; list[i]; i++)
        if (strcasecmp(name, list[i]) == 0) return 1;
    return 0;
}

static int is_chrome(xmlNodePtr node) {
    const char *attributes[] = {"class", "id"};
    for (int a = 0; a < 2; a++) {
        xmlChar *value = xmlGetProp(node, (const xmlChar *)attributes[a]);
        if (!value) continue;
        int hit = 0;
        for (int i = 0; chrome[i] && !hit; i++) hit = strcasestr((const char *)value, chrome[i]) != NULL;
        xmlFree(value);
        if (hit) return 1;
    }
    return 0;
}

// Pushes `node`'s children on a walk stack, last first so they pop in document order, preceded by `node` itself
// with the low bit set when `close_marker` is set (popping that entry marks the element's end). Returns 0 when the
// stack cannot grow.
static int push_children(xmlNodePtr node, int close_marker, xmlNodePtr **stack, size_t *top, size_t *cap) {
    size_t children = 0;
    for (xmlNodePtr c = node->children; c; c = c->next) children++;
    if (*top + children + 2 > *cap) {
        size_t grown_cap = *cap;
        while (*top + children + 2 > grown_cap) grown_cap *= 2;
        xmlNodePtr *grown = realloc(*stack, grown_cap * sizeof **stack);
        if (!grown) return 0;
        *stack = grown;
        *cap = grown_cap;
    }
    if (close_marker) (*stack)[(*top)++] = (xmlNodePtr)((uintptr_t)node | 1);
    *top += children;
    size_t i = *top;
    for (xmlNodePtr c = node->children; c; c = c->next) (*stack)[--i] = c;
    return 1;
}

// Depth-first walk with an explicit stack, so no page nests deep enough to overflow the C stack.
static void walk_html(xmlNodePtr root, Buffer *out) {
    size_t cap = 256, top = 0;
    xmlNodePtr *stack = malloc(cap * sizeof *stack);
    // Entries with the low bit set mark "close this block element".
    if (!stack) { out->failed = 1; return; }
    stack[top++] = root;
    while (top > 0) {
        xmlNodePtr node = stack[--top];
        if ((uintptr_t)node & 1) { append_newline(out); continue; }
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) append(out, (const char *)node->content, strlen((const char *)node->content));
            continue;
        }
        if (node->type != XML_ELEMENT_NODE) continue;
        const char *name = (const char *)node->name;
        if (!name || in_list(name, dropped) || is_chrome(node)) continue;
        int block = in_list(name, blocks);
        if (block) append_newline(out);
        if (!push_children(node, block, &stack, &top, &cap)) { free(stack); out->failed = 1; return; }
    }
    free(stack);
}

char *cxml_html_text(const char *utf8, int32_t length, int32_t max_depth, int32_t *out_length) {
    (void)max_depth;  // the walk is iterative; kept in the API for callers that want a bound later
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(utf8, length, NULL, "UTF-8", options);
    if (!doc) { *out_length = 0; return NULL; }
    Buffer out = {0};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root) walk_html(root, &out);
    xmlFreeDoc(doc);
    return finish(&out, out_length);
}

// MARK: DOCX

static void walk_docx(xmlNodePtr root, Buffer *out) {
    size_t cap = 256, top = 0;
    xmlNodePtr *stack = malloc(cap * sizeof *stack);
    if (!stack) { out->failed = 1; return; }
    stack[top++] = root;
    while (top > 0) {
        xmlNodePtr node = stack[--top];
        if ((uintptr_t)node & 1) { append(out, "\n", 1); continue; }
        if (node->type != XML_ELEMENT_NODE) continue;
        const char *name = (const char *)node->name;
        if (strcmp(name, "t") == 0) {
            xmlChar *text = xmlNodeGetContent(node);
            if (text) { append(out, (const char *)text, strlen((const char *)text)); xmlFree(text); }
            continue;
        }
        if (strcmp(name, "tab") == 0) { append(out, "\t", 1); continue; }
        if (strcmp(name, "br") == 0 || strcmp(name, "cr") == 0) { append(out, "\n", 1); continue; }
        int paragraph = strcmp(name, "p") == 0;
        if (!push_children(node, paragraph, &stack, &top, &cap)) { free(stack); out->failed = 1; return; }
    }
    free(stack);
}

char *cxml_docx_text(const char *xml, int32_t length, int32_t *out_length) {
    // XML_PARSE_NONET: never fetch; no entity substitution (XXE/billion-laughs stay inert); HUGE off keeps limits.
    xmlDocPtr doc = xmlReadMemory(xml, length, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) { *out_length = 0; return NULL; }
    Buffer out = {0};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root) walk_docx(root, &out);
    xmlFreeDoc(doc);
    return finish(&out, out_length);
}

// MARK: Inflate

uint8_t *cxml_inflate_raw(const uint8_t *data, int64_t length, int64_t limit, int64_t *out_length, int32_t *status) {
    *out_length = 0;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) { *status = 3; return NULL; }
    size_t capacity = 65536, used = 0;
    uint8_t *out = malloc(capacity);
    if (!out) { inflateEnd(&stream); *status = 3; return NULL; }
    int64_t consumed = 0;
    int result = Z_OK;
    *status = 2;
    while (result != Z_STREAM_END) {
        if (stream.avail_in == 0 && consumed < length) {
            int64_t piece = length - consumed > (1 << 30) ? (1 << 30) : length - consumed;
            stream.next_in = (Bytef *)(data + consumed);
            stream.avail_in = (uInt)piece;
            consumed += piece;
        }
        if (used == capacity) {
            if ((int64_t)used > limit) { *status = 1; break; }
            size_t grown = capacity * 2;
            uint8_t *bigger = realloc(out, grown);
            if (!bigger) { *status = 3; break; }
            out = bigger;
            capacity = grown;
        }
        stream.next_out = out + used;
        stream.avail_out = (uInt)(capacity - used);
        result = inflate(&stream, Z_NO_FLUSH);
        used = capacity - stream.avail_out;
        if ((int64_t)used > limit) { *status = 1; break; }
        if (result == Z_STREAM_END) { *status = 0; break; }
        if (result != Z_OK) break;                                  // corrupt data
        if (stream.avail_in == 0 && consumed >= length && stream.avail_out != 0) break;  // truncated
    }
    inflateEnd(&stream);
    if (*status != 0 && *status != 1) { free(out); return NULL; }
    *out_length = (int64_t)used;
    return out;
}
