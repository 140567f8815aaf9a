"""Cuts a stretch of a document into commitment units (Corpus/gold/README.md, "Commitments"): a sentence ends at
。！？ (closing quotes or brackets right after it stay with it) or at the paragraph end, and is cut after every
；/;. A unit spans from its first non-blank character through its final punctuation. Prints one line per unit
(`@start<TAB>text`, view offsets) for writing the commitment decisions; it decides nothing.
usage: units.py SLUG [FROM [TO]]"""
import sys
from goldlib import load

ENDS = set("。！？；;")
CLOSERS = set("”’」』）)】》\"'")


def units(view, lo, hi):
    """(start, end) view offsets of the units that start in lo..<hi (a unit running past hi is kept whole)."""
    out = []
    i = lo
    n = len(view)
    while i < n and i < hi:
        # Skip blanks (and line breaks) before a unit.
        while i < n and view[i] in " \t\u3000\r\n\ufeff":
            i += 1
        if i >= n or i >= hi:
            break
        j = i
        while j < n and view[j] != "\n" and view[j] not in ENDS:
            j += 1
        if j < n and view[j] in ENDS:
            j += 1
            while j < n and view[j] in CLOSERS:
                j += 1
        e = j
        while e > i and view[e - 1] in " \t\u3000\r":
            e -= 1
        out.append((i, e))
        i = j
    return out


if __name__ == "__main__":
    slug = sys.argv[1]
    source, view, offsets = load(slug)
    lo = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    hi = int(sys.argv[3]) if len(sys.argv) > 3 else len(view)
    for s, e in units(view, lo, hi):
        print(f"@{s}\t{view[s:e]}")
