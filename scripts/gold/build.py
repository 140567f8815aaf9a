"""Builds Corpus/gold/<slug>.gold.json from scripts/gold/decisions/<slug>.txt (and, when it exists,
scripts/gold/commitments/<slug>.txt: the commitment window and a decision for every unit in it) and validates it.

Decision offsets are into the simplified view of the document (for shared documents, the text itself); spans in
the gold are mapped back to source offsets. Checks: each decision's text is found at its offset, kinds/bounds/
forms/dates are valid, no duplicates, times sorted. usage: build.py [SLUG ...] (default: all with decisions)"""
import json, os, sys
from datetime import date as Date
from goldlib import DOCUMENTS, DECISIONS, GOLD, load, read_decisions
import draft_times, draft_slogans
import commitments

TARGET_KINDS = {"growth", "level", "share", "count", "amount", "multiplier", "reduction"}
BOUNDS = {"approx", "atLeast", "atMost", "range", "exact"}
TIME_KINDS = {"point", "period", "by", "within", "since"}
BASES = {"absolute", "document-date"}
FORMS = {"numbered", "formula", "coined", "brand"}


def null(x):
    return None if x == "-" else x


def number(x):
    v = float(x)
    return int(v) if v == int(v) else v


def check_date(x, where, errors):
    if x is None:
        return
    try:
        Date.fromisoformat(x)
    except ValueError:
        errors.append(f"{where}: bad date {x}")


def build(slug):
    document, root, date = DOCUMENTS[slug]
    source, view, offsets = load(slug)
    errors = []
    gold = {"document": document, "root": root, "date": date, "targets": [], "times": [], "slogans": []}

    def span(text, at, where):
        if not at.startswith("@"):
            errors.append(f"{where}: offset must be @N")
            return None
        s = int(at[1:])
        e = s + len(text)
        # A `?` of mojibake in the view (the seed's GBK damage) stands for any one character.
        if len(view[s:e]) != len(text) or any(a != b and a != "?" for a, b in zip(view[s:e], text)):
            errors.append(f"{where}: text {text!r} not at {s} (found {view[s:e]!r})")
            return None
        return {"start": offsets[s], "end": offsets[e - 1] + 1 if e > s else offsets[s], "text": text}

    # Drafted times and lexicon slogans first; the hand-written decisions add items, replace a drafted item
    # of the same type at the same start, or drop one (`X | M | @start`).
    manual = read_decisions(slug)
    drops = {(f[1], f[2]) for _, f in manual if f[0] == "X"}
    written = {(f[0], f[2]) for _, f in manual if f[0] in "MS"}
    drafted = [(0, f) for f in draft_times.draft(view, date)] + [(0, r[1]) for r in draft_slogans.draft(view)[0]]
    used = set()
    for _, f in drafted:
        if (f[0], f[2]) in drops: used.add((f[0], f[2]))
    for key in drops - used:
        errors.append(f"decisions/{slug}.txt: drop {key} matches no drafted item")
    items = [(n, f) for n, f in drafted if (f[0], f[2]) not in drops and (f[0], f[2]) not in written]
    items += [(n, f) for n, f in manual if f[0] != "X"]
    for line, f in items:
        where = f"decisions/{slug}.txt:{line}" if line else f"draft {f[0]} {f[2]}"
        try:
            if f[0] == "T":
                _, text, at, metric, kind, value, upper, unit, bound, year = f
                sp = span(text, at, where)
                if kind not in TARGET_KINDS: errors.append(f"{where}: kind {kind}")
                if bound not in BOUNDS: errors.append(f"{where}: bound {bound}")
                if (bound == "range") != (upper != "-"): errors.append(f"{where}: range/upper mismatch")
                if metric not in text and metric.replace("和", "") not in text:
                    print(f"note {where}: metric {metric!r} not in span")
                gold["targets"].append({"span": sp, "metric": metric, "kind": kind, "value": number(value),
                                        "upper": None if upper == "-" else number(upper), "unit": unit,
                                        "bound": bound, "year": None if year == "-" else int(year)})
            elif f[0] == "M":
                _, text, at, kind, start, end, basis = f
                sp = span(text, at, where)
                if kind not in TIME_KINDS: errors.append(f"{where}: kind {kind}")
                if basis not in BASES: errors.append(f"{where}: basis {basis}")
                check_date(null(start), where, errors)
                check_date(null(end), where, errors)
                if null(start) and null(end) and null(start) > null(end): errors.append(f"{where}: start after end")
                if end == "-": errors.append(f"{where}: end is required")
                gold["times"].append({"span": sp, "text": text, "kind": kind, "start": null(start), "end": null(end),
                                      "basis": basis})
            elif f[0] == "S":
                _, text, at, form, head = f
                sp = span(text, at, where)
                if form not in FORMS: errors.append(f"{where}: form {form}")
                gold["slogans"].append({"span": sp, "text": text, "form": form, "head": null(head)})
            else:
                errors.append(f"{where}: unknown line type {f[0]}")
        except ValueError as e:
            errors.append(f"{where}: {e} in {f}")
    for key in ("targets", "times", "slogans"):
        gold[key].sort(key=lambda x: (x["span"]["start"], x["span"]["end"]) if x["span"] else (0, 0))
        seen = set()
        for item in gold[key]:
            k = (item["span"]["start"], item["span"]["end"], item.get("metric"), item.get("value")) if item["span"] else None
            if k in seen: errors.append(f"{slug}: duplicate {key} {k}")
            seen.add(k)
    # Times must not overlap each other; slogans neither.
    for key in ("times", "slogans"):
        items = gold[key]
        for a, b in zip(items, items[1:]):
            if a["span"] and b["span"] and b["span"]["start"] < a["span"]["end"]:
                errors.append(f"{slug}: overlapping {key} {a['span']} {b['span']}")
    if commitments.has_decisions(slug):
        window, items = commitments.build(slug, view, offsets, errors)
        gold["commitmentWindow"] = window
        gold["commitments"] = items
    if errors:
        print("\n".join(errors))
        return False
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, slug + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    extra = f", {len(gold['commitments'])} commitments" if "commitments" in gold else ""
    print(f"{slug}: {len(gold['targets'])} targets, {len(gold['times'])} times, {len(gold['slogans'])} slogans{extra}")
    return True


if __name__ == "__main__":
    slugs = sys.argv[1:] or sorted(s[:-4] for s in os.listdir(DECISIONS) if s.endswith(".txt"))
    ok = all([build(s) for s in slugs])
    sys.exit(0 if ok else 1)
