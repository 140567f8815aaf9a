"""Lists time-like stretches (…年/月/日/季度/期间/以来) not covered by the draft times, to catch misses.
usage: uncovered.py SLUG"""
import re, sys
from goldlib import DOCUMENTS, load
from draft_times import find

slug = sys.argv[1]
source, view, offsets = load(slug)
covered = [False] * (len(view) + 1)
for s, e, *_ in find(view, DOCUMENTS[slug][2]):
    for i in range(s, e):
        covered[i] = True
pat = r"[\d〇零一二两三四五六七八九十几多]+(?:年|月|日|季度)|以来|期间|时期|年底|年初|年末|年内|当年|同期|届时|近年|今后|未来|世纪|周年|春节|元旦|季度"
for m in re.finditer(pat, view):
    if not covered[m.start()]:
        s = m.start()
        print(f"@{s}\t{m.group()}\t" + (view[max(0, s - 12):s] + "【" + m.group() + "】" + view[m.end():m.end() + 10]).replace("\n", "⏎"))
