"""Prints the sentences of a document (from an offset on) that hold a number, with their view offsets, for
reading target candidates. usage: numbered_sentences.py SLUG [FROM] [TO]"""
import re, sys
from goldlib import load

slug = sys.argv[1]
source, view, offsets = load(slug)
lo = int(sys.argv[2]) if len(sys.argv) > 2 else 0
hi = int(sys.argv[3]) if len(sys.argv) > 3 else len(view)
for m in re.finditer(r"[^。；！？\n]+", view[lo:hi]):
    t = m.group()
    if re.search(r"\d|倍|翻[一两]番|[一二三四五六七八九十百千万]+(?:个|家|项|万|亿|所|座|条)", t):
        print(f"@{lo + m.start()}\t{t}")
