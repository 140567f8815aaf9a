"""Finds time-expression candidates in a document and resolves them on the document date, printing draft
decision lines (`M | text | @start | kind | start | end | basis`) with a little context on stderr-free stdout
for review. The draft is only a starting point: every line is read in its sentence and corrected by hand.

usage: draft_times.py SLUG [--context N]"""
import re, sys
from goldlib import DOCUMENTS, load, cn_number, month_end, iso

CNY = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
NUM = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
DASH = r"[—–\-－~～至到]"
QO, QC = "“?", "”?"

PATTERNS = [
    # 2026年1月14日, 到2026年1月14日
    ("date", rf"(?P<cue>到|截至|截止到|截止)?(?P<y>{CNY})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日(?P<suf>前|以前|以来)?"),
    # 2025年1—11月
    ("ymrange", rf"(?P<y>{CNY})年(?P<m1>\d{{1,2}})月?{DASH}(?P<m2>\d{{1,2}})月"),
    # 2023—2026年, 2021-2025年
    ("yrange", rf"(?P<y1>{CNY})年?{DASH}(?P<y2>{CNY})年"),
    # 2026年6月底前, 到2026年6月
    ("ym", rf"(?P<cue>到|截至|截止到|截止)?(?P<y>{CNY})年(?P<m>\d{{1,2}})月(?P<pos>底|末|份)?(?P<suf>前|以前|以来|之前)?"),
    # 到2030年, 2027年前, 2025年底, 2020年以来, 2026年上半年
    ("y", rf"(?P<cue>到|截至|截止到|截止|至)?(?P<y>{CNY})年(?P<pos>底|末|年底|年末|上半年|下半年|一季度|第一季度|二季度|三季度|四季度)?(?P<suf>前|以前|之前|以来|内)?"),
    ("rel", rf"(?P<w>今明两年|今年|去年|上年|明年|前年|新的一年)(?P<pos>底|末|年底|年初|上半年|下半年|一季度|第一季度)?(?P<suf>前|以前|以来|内)?"),
    ("yearin", r"(?P<w>年内|年底前|年底|年末|上半年|下半年|一季度末|一季度|第一季度)"),
    ("monthend", rf"(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?P<pos>底|末)(?P<suf>前)?"),
    ("past", rf"(?P<w>过去的?|近)(?P<n>{NUM})年|(?P<n2>{NUM})年来|这(?P<n3>{NUM})年"),
    ("future", rf"(?:未来|今后)(?P<n>{NUM})年"),
    ("within", rf"(?:用|花)?(?P<n>{NUM})年(?:左右)?(?:时间|内)"),
    ("fyp", rf"(?P<q>“)?十(?P<k>[一二三四五])五(?:”)?(?P<suf>时期|期间|期末|末|开局之年|起步之年|收官之年|以来)?"),
    ("century", r"(?P<cue>到)?本世纪中叶"),
]


def resolve(kind, m, year, date):
    g = m.groupdict()
    def y(s): return cn_number(s)
    if kind == "date":
        Y, M, D = y(g["y"]), int(g["m"]), int(g["d"])
        if g["suf"] == "以来": return "since", iso(Y, M, D), date, "document-date"
        if g["cue"] or g["suf"]: return "by", None, iso(Y, M, D), "absolute"
        return "point", iso(Y, M, D), iso(Y, M, D), "absolute"
    if kind == "ymrange":
        Y, a, b = y(g["y"]), int(g["m1"]), int(g["m2"])
        return "period", iso(Y, a, 1), iso(Y, b, month_end(Y, b)), "absolute"
    if kind == "yrange":
        return "period", iso(y(g["y1"]), 1, 1), iso(y(g["y2"]), 12, 31), "absolute"
    if kind == "ym":
        Y, M = y(g["y"]), int(g["m"])
        if g["suf"] == "以来": return "since", iso(Y, M, 1), date, "document-date"
        if g["cue"] or g["suf"]: return "by", None, iso(Y, M, month_end(Y, M)), "absolute"
        if g["pos"] in ("底", "末"): return "point", iso(Y, M, month_end(Y, M)), iso(Y, M, month_end(Y, M)), "absolute"
        return "point", iso(Y, M, 1), iso(Y, M, month_end(Y, M)), "absolute"
    if kind in ("y", "rel"):
        if kind == "y":
            Y, basis = y(g["y"]), "absolute"
        else:
            w = g["w"]
            if w == "今明两年":
                return "period", iso(year, 1, 1), iso(year + 1, 12, 31), "document-date"
            Y, basis = {"今年": year, "新的一年": year, "去年": year - 1, "上年": year - 1, "明年": year + 1, "前年": year - 2}[w], "document-date"
        pos, suf = g.get("pos"), g.get("suf")
        s, e = iso(Y, 1, 1), iso(Y, 12, 31)
        if pos in ("底", "末", "年底", "年末"): s = e
        elif pos == "年初": e = s
        elif pos == "上半年": e = iso(Y, 6, 30)
        elif pos == "下半年": s = iso(Y, 7, 1)
        elif pos in ("一季度", "第一季度"): e = iso(Y, 3, 31)
        if suf == "以来": return "since", s, date, "document-date"
        if suf == "内": return "within", s, e, basis
        if g.get("cue") or suf: return "by", None, e, basis
        return ("period" if pos in ("上半年", "下半年", "一季度", "第一季度") else "point"), s, e, basis
    if kind == "yearin":
        w = g["w"]
        return {"年内": ("within", iso(year, 1, 1), iso(year, 12, 31)),
                "年底前": ("by", None, iso(year, 12, 31)),
                "年底": ("point", iso(year, 12, 31), iso(year, 12, 31)),
                "年末": ("point", iso(year, 12, 31), iso(year, 12, 31)),
                "上半年": ("period", iso(year, 1, 1), iso(year, 6, 30)),
                "下半年": ("period", iso(year, 7, 1), iso(year, 12, 31)),
                "一季度末": ("point", iso(year, 3, 31), iso(year, 3, 31)),
                "一季度": ("period", iso(year, 1, 1), iso(year, 3, 31)),
                "第一季度": ("period", iso(year, 1, 1), iso(year, 3, 31))}[w] + ("document-date",)
    if kind == "monthend":
        M = cn_number(g["m"])
        e = iso(year, M, month_end(year, M))
        return ("by", None, e, "document-date") if g["suf"] else ("point", e, e, "document-date")
    if kind == "past":
        n = cn_number(g["n"] or g["n2"] or g["n3"])
        return "period", iso(year - n, 1, 1), iso(year - 1, 12, 31), "document-date"
    if kind == "future":
        n = cn_number(g["n"])
        return "period", iso(year, 1, 1), iso(year + n - 1, 12, 31), "document-date"
    if kind == "within":
        n = cn_number(g["n"])
        return "within", iso(year, 1, 1), iso(year + n - 1, 12, 31), "document-date"
    if kind == "fyp":
        k = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15}[g["k"]]
        a = 2006 + (k - 11) * 5
        s, e = iso(a, 1, 1), iso(a + 4, 12, 31)
        suf = g["suf"]
        if suf in ("期末", "末"): s = iso(a + 4, 12, 31)
        elif suf in ("开局之年", "起步之年"): e = iso(a, 12, 31)
        elif suf == "收官之年": s = iso(a + 4, 1, 1)
        elif suf == "以来": return "since", s, date, "absolute"
        return ("point" if suf in ("期末", "末", "开局之年", "起步之年", "收官之年") else "period"), s, e, "absolute"
    if kind == "century":
        return ("by" if g["cue"] else "point"), (None if g["cue"] else "2050-01-01"), "2050-12-31", "absolute"
    raise ValueError(kind)


def find(view, date):
    year = int(date[:4]) if date else 2023
    found = []
    for kind, pattern in PATTERNS:
        for m in re.finditer(pattern, view):
            s, e = m.span()
            if kind == "fyp" and not m.group("suf"):
                # bare 十四五: no quotes in the span
                s = m.start() + (1 if m.group("q") else 0)
                e = s + 3
            elif kind == "fyp" and m.group("q") is None and view[s:e].find("”") >= 0:
                pass
            if kind in ("y", "ym") and view[e - 1] == "年" and e < len(view) and view[e] in "级届度":
                continue
            try:
                r = resolve(kind, m, year, date)
            except (ValueError, KeyError):
                continue
            found.append((s, e, kind, r))
    # longest leftmost, no overlaps
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    chosen, last = [], -1
    for item in found:
        if item[0] >= last:
            chosen.append(item)
            last = item[1]
    return chosen


def draft(view, date):
    """Decision fields for every drafted time."""
    return [["M", view[s:e], f"@{s}", k, start or "-", end or "-", basis] for s, e, kind, (k, start, end, basis) in find(view, date)]


def main():
    slug = sys.argv[1]
    ctx = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    source, view, offsets = load(slug)
    date = DOCUMENTS[slug][2]
    for s, e, kind, (k, start, end, basis) in find(view, date):
        left = view[max(0, s - ctx):s].replace("\n", "⏎")
        right = view[e:e + ctx].replace("\n", "⏎")
        print(f"M | {view[s:e]} | @{s} | {k} | {start or '-'} | {end or '-'} | {basis}    # {left}【{view[s:e]}】{right}")


if __name__ == "__main__":
    main()
