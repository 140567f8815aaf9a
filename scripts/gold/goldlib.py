"""Shared helpers for the gold annotation scripts: load a document, build a simplified view with an offset map
back to the source (for the seed: pinyin annotations removed, Traditional converted to Simplified via ICU's uconv),
resolve time expressions, and read/write the decision files in scripts/gold/decisions/."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(PACKAGE, "..", "shared", "corpus"))
GOLD = os.path.join(PACKAGE, "Corpus", "gold")
DECISIONS = os.path.join(HERE, "decisions")

# slug -> (document, root, date)
DOCUMENTS = {
    "seed": ("Corpus/000_9710c98421749e77.txt", "project", None),
    "national-2023": ("national/work-reports/2023.txt", "shared", "2023-03-05"),
    "national-2024": ("national/work-reports/2024.txt", "shared", "2024-03-05"),
    "national-2025": ("national/work-reports/2025.txt", "shared", "2025-03-05"),
    "zhejiang-2026": ("provincial-2026/浙江省.txt", "shared", "2026-01-22"),
    "hebei-2026": ("provincial-2026/河北省.txt", "shared", "2026-02-02"),
    "henan-2026": ("provincial-2026/河南省.txt", "shared", "2026-02-03"),
    "guangdong-2026": ("provincial-2026/广东省.txt", "shared", "2026-01-31"),
    "jilin-2026": ("provincial-2026/吉林省.txt", "shared", "2026-02-01"),
    "xizang-2026": ("provincial-2026/西藏自治区.txt", "shared", "2026-02-12"),
}

PINYIN = re.compile(r"\(([a-zA-Z\u00c0-\u024f ]+)\)")


def source_path(slug):
    doc, root, _ = DOCUMENTS[slug]
    return os.path.join(SHARED if root == "shared" else PACKAGE, doc)


def load(slug):
    """Returns (source, view, offsets): the source text, the simplified view, and for each view index the
    source index (offsets has len(view)+1 entries)."""
    with open(source_path(slug), encoding="utf-8") as f:
        source = f.read()
    if DOCUMENTS[slug][1] == "shared":
        return source, source, list(range(len(source) + 1))
    kept, offsets = [], []
    i = 0
    while i < len(source):
        m = PINYIN.match(source, i)
        if m and i > 0:
            i = m.end()
            continue
        kept.append(source[i])
        offsets.append(i)
        i += 1
    offsets.append(len(source))
    stripped = "".join(kept)
    simplified = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=stripped, capture_output=True,
                                text=True, check=True).stdout
    if len(simplified) != len(stripped):
        sys.exit("simplification changed the length; cannot keep the offset map")
    return source, simplified, offsets


CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s):
    """Small Chinese numerals (一..九十九) and ASCII digits."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGITS.get(a, 1) if a else 1) * 10 + (CN_DIGITS.get(b, 0) if b else 0)
    if len(s) == 4 and all(c in CN_DIGITS for c in s):  # 二〇三五
        return int("".join(str(CN_DIGITS[c]) for c in s))
    if len(s) == 1 and s in CN_DIGITS:
        return CN_DIGITS[s]
    raise ValueError(s)


def month_end(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def iso(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"


def read_decisions(slug):
    """Decision lines: `T | text | @start | metric | kind | value | upper | unit | bound | year`,
    `M | text | @start | kind | start | end | basis`, `S | text | @start | form | head`. `-` is null. Offsets are
    into the view (simplified) text. Lines starting with # are comments."""
    items = []
    with open(os.path.join(DECISIONS, slug + ".txt"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.split(" | ")]
            items.append((number, fields))
    return items
