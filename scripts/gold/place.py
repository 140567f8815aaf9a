"""Turns target rows without offsets (`T | span | metric | kind | value | upper | unit | bound | year`, read from
stdin) into decision lines with the offset of the span's only occurrence after FROM; a span found twice or
not at all is reported. usage: place.py SLUG FROM < rows"""
import sys
from goldlib import load

slug, lo = sys.argv[1], int(sys.argv[2])
source, view, offsets = load(slug)
bad = 0
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        print(line)
        continue
    f = [x.strip() for x in line.split(" | ")]
    text = f[1]
    at = view.find(text, lo)
    again = view.find(text, at + 1) if at >= 0 else -1
    if at < 0 or again >= 0:
        print(f"PROBLEM {text}: at {at}, again {again}", file=sys.stderr)
        bad += 1
        continue
    print(" | ".join([f[0], text, f"@{at}"] + f[2:]))
sys.exit(1 if bad else 0)
