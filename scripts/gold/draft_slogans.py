"""Slogan drafting for one document. Every "yes" entry of slogans.tsv is annotated at each occurrence (longest
first, no overlaps, never inside a time like “十四五”), with its head when one of its head nouns follows (after
an optional closing quote). Quoted stretches, numbered abbreviations and formulas not in slogans.tsv are listed
as UNDECIDED for reading. Prints decision lines `S | text | @start | form | head`.

usage: draft_slogans.py SLUG"""
import os, re, sys
from goldlib import DOCUMENTS, HERE, load

NUMERAL = "一二两三四五六七八九十百千万双"
CANDIDATES = [
    r"“([^“”\n]{1,14})”",
    rf"(?<![\d{NUMERAL}第])[{NUMERAL}](?:个|大|项|篇|张|条|链|区|保|稳|新|重|农|碳|型|高|强|基|带|北)[\u4e00-\u9fff]{{1,4}}",
    r"[0-9A-Za-z\u4e00-\u9fff]{1,6}\+[0-9A-Za-z\u4e00-\u9fff]{0,6}|\d{3,4}(?=”)",
]


def lexicon():
    yes, no = {}, set()
    with open(os.path.join(HERE, "slogans.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if parts[1] == "yes":
                yes[parts[0]] = (parts[2], parts[3].split("|") if len(parts) > 3 and parts[3] else [],
                                 len(parts) > 4 and parts[4] == "quoted")
            else:
                no.add(parts[0])
    return yes, no


def draft(view):
    """(start, decision fields, left context, right context) for every lexicon slogan, and the undecided."""
    yes, no = lexicon()
    taken = [False] * len(view)
    rows = []
    for text in sorted(yes, key=len, reverse=True):
        for m in re.finditer(re.escape(text), view):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            form, heads, quoted_only = yes[text]
            if quoted_only and not (view[s - 1:s] == "“" and view[e:e + 1] == "”"):
                continue
            for i in range(s, e):
                taken[i] = True
            after = e + (1 if view[e:e + 1] == "”" else 0)
            head = next((h for h in sorted(heads, key=len, reverse=True) if view.startswith(h, after)), "-")
            rows.append((s, ["S", text, f"@{s}", form, head], view[max(0, s - 8):s], view[e:e + 8]))
    undecided = []
    for pattern in CANDIDATES:
        for m in re.finditer(pattern, view):
            s, e = m.span(1) if m.groups() else m.span()
            t = view[s:e]
            if t in yes or t in no or any(taken[s:e]):
                continue
            undecided.append((s, t, view[max(0, s - 10):s], view[e:e + 10]))
    return sorted(rows), undecided


def main():
    slug = sys.argv[1]
    source, view, offsets = load(slug)
    rows, undecided = draft(view)
    for s, fields, left, right in rows:
        print(" | ".join(fields) + "    # " + (left + "【】" + right).replace("\n", "⏎"))
    seen = set()
    for s, t, left, right in sorted(undecided):
        if (s, t) in seen:
            continue
        seen.add((s, t))
        print(f"# UNDECIDED {t} @{s}    " + (left + "【" + t + "】" + right).replace("\n", "⏎"))


if __name__ == "__main__":
    main()
