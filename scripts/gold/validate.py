"""Validates every Corpus/gold/*.gold.json against its source document, independently of the decision files:
span offsets inside the text; span text equal to the source at those offsets (for project documents such as
the seed: after dropping pinyin annotations and converting Traditional to Simplified with ICU's uconv, a `?` of
mojibake matching any character); time text equal to span text; valid kinds, bounds, forms, bases and ISO dates;
start <= end; no duplicate items; and, where a file has them, the commitment window (its text is the first 20
characters and `…`) and the commitments (span text, sorted, inside the window, one of the six strengths, an
action that the span text holds). Exit status 1 on any problem. usage: validate.py [GOLD_DIR]"""
import json, os, re, subprocess, sys
from datetime import date
from goldlib import GOLD, PACKAGE, SHARED, PINYIN

KINDS = {"targets": {"growth", "level", "share", "count", "amount", "multiplier", "reduction"},
         "times": {"point", "period", "by", "within", "since"}}
BOUNDS = {"approx", "atLeast", "atMost", "range", "exact"}
FORMS = {"numbered", "formula", "coined", "brand"}
STRENGTHS = {"obligation", "directive", "intention", "aspiration", "encouragement", "forecast"}


def simplify(text):
    return subprocess.run(["uconv", "-x", "Traditional-Simplified"], input=text, capture_output=True, text=True,
                          check=True).stdout


def same(source_piece, gold_text, exact):
    if source_piece == gold_text:
        return True
    if exact:
        return False
    read = simplify(PINYIN.sub("", source_piece))
    return len(read) == len(gold_text) and all(a == b or a == "?" for a, b in zip(read, gold_text))


def check_span(where, sp, text, exact, problems):
    """Adds what is wrong with a span against the source text to `problems`: out of range, or its text not what the
    source reads there. False when it is out of range (nothing more can be checked)."""
    if not (0 <= sp["start"] < sp["end"] <= len(text)):
        problems.append(f"{where}: span out of range")
        return False
    if not same(text[sp["start"]:sp["end"]], sp["text"], exact):
        problems.append(f"{where}: source {text[sp['start']:sp['end']]!r} != {sp['text']!r}")
    return True


def validate(path):
    problems = []
    gold = json.load(open(path, encoding="utf-8"))
    base = SHARED if gold["root"] == "shared" else PACKAGE
    text = open(os.path.join(base, gold["document"]), encoding="utf-8").read()
    exact = gold["root"] == "shared"
    if gold["date"] is not None:
        date.fromisoformat(gold["date"])
    for key in ("targets", "times", "slogans"):
        seen = set()
        for i, item in enumerate(gold[key]):
            where = f"{os.path.basename(path)} {key}[{i}]"
            sp = item["span"]
            if not check_span(where, sp, text, exact, problems):
                continue
            ident = (sp["start"], sp["end"], item.get("metric"), item.get("value"))
            if ident in seen:
                problems.append(f"{where}: duplicate")
            seen.add(ident)
            if key in KINDS and item["kind"] not in KINDS[key]:
                problems.append(f"{where}: kind {item['kind']}")
            if key == "targets":
                if item["bound"] not in BOUNDS: problems.append(f"{where}: bound")
                if (item["bound"] == "range") != (item["upper"] is not None): problems.append(f"{where}: upper/range")
                if item["upper"] is not None and item["upper"] <= item["value"]: problems.append(f"{where}: upper <= value")
            if key == "times":
                if item["text"] != sp["text"]: problems.append(f"{where}: text differs from span")
                if item["basis"] not in ("absolute", "document-date"): problems.append(f"{where}: basis")
                if item["basis"] == "document-date" and gold["date"] is None: problems.append(f"{where}: no date")
                s = date.fromisoformat(item["start"]) if item["start"] else None
                e = date.fromisoformat(item["end"]) if item["end"] else None
                if e is None: problems.append(f"{where}: no end")
                if s and e and s > e: problems.append(f"{where}: start after end")
            if key == "slogans" and item["form"] not in FORMS:
                problems.append(f"{where}: form")
    name = os.path.basename(path)
    window = gold.get("commitmentWindow")
    if window is not None:
        piece = text[window["start"]:window["end"]] if 0 <= window["start"] < window["end"] <= len(text) else None
        prefix = window["text"][:-1] if window["text"].endswith("…") else window["text"]
        if piece is None:
            problems.append(f"{name} commitmentWindow: span out of range")
        elif not (same(piece[:len(prefix)], prefix, True) or (not exact and simplify(PINYIN.sub("", piece)).startswith(prefix))):
            problems.append(f"{name} commitmentWindow: source does not start with {prefix!r}")
    elif gold.get("commitments"):
        problems.append(f"{name}: commitments without a commitmentWindow")
    previous = None
    for i, item in enumerate(gold.get("commitments", [])):
        where = f"{name} commitments[{i}]"
        sp = item["span"]
        if not check_span(where, sp, text, exact, problems):
            continue
        if window is not None and not (window["start"] <= sp["start"] and sp["end"] <= window["end"]):
            problems.append(f"{where}: outside the window")
        if previous is not None and (sp["start"], sp["end"]) <= previous:
            problems.append(f"{where}: not sorted by span (or a duplicate)")
        previous = (sp["start"], sp["end"])
        if item["strength"] not in STRENGTHS:
            problems.append(f"{where}: strength {item['strength']}")
        if not item["action"] or item["action"] not in sp["text"]:
            problems.append(f"{where}: action is empty or not in the span text")
    counts = {k: len(gold[k]) for k in ("targets", "times", "slogans", "commitments") if k in gold}
    return problems, gold["document"], counts


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else GOLD
    bad = 0
    for name in sorted(os.listdir(folder)):
        if name.endswith(".gold.json"):
            problems, doc, counts = validate(os.path.join(folder, name))
            bad += len(problems)
            print(f"{'OK ' if not problems else 'BAD'} {name}: {doc} {counts}")
            for p in problems:
                print("   ", p)
    sys.exit(1 if bad else 0)
