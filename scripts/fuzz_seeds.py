#!/usr/bin/env python3
"""Seed inputs for one fuzz target, made from the bundled documents (nothing binary is committed).

usage: fuzz_seeds.py TARGET OUT_DIR CORPUS_DIR

Every target gets the documents cut into 2 KB pieces. The byte-level targets also get the shapes the readers
must recognise, so the fuzzer starts from inputs that reach past the first checks:
  decode, pipeline  the pieces in GB18030, Big5, UTF-16 LE/BE (with and without BOM), and HTML pages with a
                    <meta charset> and chrome (the pipeline target reads the last byte: even = text, odd = HTML)
  docx              real .docx archives (word/document.xml with paragraphs, runs and a table), deflated and stored
"""
import io
import os
import sys
import zipfile

PIECE = 2048


def pieces(corpus_dir):
    for name in sorted(os.listdir(corpus_dir)):
        path = os.path.join(corpus_dir, name)
        if not (os.path.isfile(path) and name.endswith(".txt")):
            continue
        data = open(path, "rb").read()
        for k in range(0, len(data), PIECE):
            yield f"{name}-{k // PIECE:04d}", data[k:k + PIECE]


def short_texts(corpus_dir, count=12, chars=160):
    """Whole lines of Chinese text, a few hundred bytes each: small enough to mutate quickly."""
    texts = []
    for _, piece in pieces(corpus_dir):
        text = piece.decode("utf-8", errors="ignore")
        for line in text.splitlines():
            line = line.strip()
            if len(line) >= 20:
                texts.append(line[:chars])
            if len(texts) >= count:
                return texts
    return texts


def encodings(text):
    yield "gb18030", text.encode("gb18030", errors="replace")
    yield "big5", text.encode("big5", errors="replace")
    yield "utf16le-bom", b"\xff\xfe" + text.encode("utf-16-le")
    yield "utf16be-bom", b"\xfe\xff" + text.encode("utf-16-be")
    yield "utf16le", text.encode("utf-16-le")


def html_page(text, charset):
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("。") if line)
    page = (f'<html><head><meta charset="{charset}"><title>政府工作报告</title>'
            "<style>p{margin:0}</style><script>var x=1;</script></head><body>"
            '<nav><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></nav>'
            f"<div class=\"content\">{paragraphs}<table><tr><td>指标</td><td>5%</td></tr></table></div>"
            "<footer>版权所有 &copy; 关闭窗口</footer></body></html>")
    return page.encode(charset, errors="replace")


def docx(text, compression):
    runs = "".join(
        f'<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{line}</w:t>'
        "</w:r><w:r><w:tab/><w:t>。</w:t></w:r></w:p>"
        for line in text.split("。") if line)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                f"{runs}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                "</w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.wordprocessingml.document.main+xml"/></Types>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    target, out, corpus_dir = sys.argv[1:]
    os.makedirs(out, exist_ok=True)

    def write(name, data):
        with open(os.path.join(out, "seed-" + name), "wb") as f:
            f.write(data)

    for name, data in pieces(corpus_dir):
        write(name, data)
    texts = short_texts(corpus_dir)
    if target in ("decode", "pipeline"):
        for k, text in enumerate(texts):
            for encoding, data in encodings(text):
                write(f"{encoding}-{k:02d}", data + b"\n")  # even last byte: text in the pipeline target
    if target == "pipeline":
        for k, text in enumerate(texts):
            for charset in ("utf-8", "gb18030", "big5"):
                write(f"html-{charset}-{k:02d}", html_page(text, charset) + b"\x01")  # odd last byte: HTML
    if target == "docx":
        for k, text in enumerate(texts):
            write(f"docx-deflated-{k:02d}", docx(text, zipfile.ZIP_DEFLATED))
            write(f"docx-stored-{k:02d}", docx(text, zipfile.ZIP_STORED))


main()
