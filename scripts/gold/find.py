"""Prints the view offsets of a text in a document (each occurrence, with context), to write decision lines.
usage: find.py SLUG TEXT [TEXT ...]"""
import sys
from goldlib import load

slug = sys.argv[1]
source, view, offsets = load(slug)
for text in sys.argv[2:]:
    i = view.find(text)
    while i >= 0:
        ctx = (view[max(0, i - 12):i] + "【" + text + "】" + view[i + len(text):i + len(text) + 12]).replace("\n", "⏎")
        print(f"@{i}\t{text}\t{ctx}")
        i = view.find(text, i + 1)
