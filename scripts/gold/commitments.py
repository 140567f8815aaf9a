"""Commitment decisions: scripts/gold/commitments/<slug>.txt -> the `commitmentWindow` and `commitments` of a gold
file (called by build.py). Lines (`#` comments): `W | @start | @end` the window in view offsets (its end is trimmed
to the end of the last unit that starts before it); `@start | H` a heading; `@start | N | why` a unit that is not a
commitment; `@start | C | strength | actor | action start` a commitment, actor `-` for null, the action running
from the first occurrence of `action start` in the unit (`-`: from its first character) to the unit's end without
its final punctuation. Units are cut by units.py; every unit of the window needs exactly one line, and no line may
name a unit that does not exist."""
import os
from goldlib import HERE
from units import units, CLOSERS

FOLDER = os.path.join(HERE, "commitments")
STRENGTHS = ("obligation", "directive", "intention", "aspiration", "encouragement", "forecast")
FINAL = set("。！？；;：:，,、")


def has_decisions(slug):
    return os.path.exists(os.path.join(FOLDER, slug + ".txt"))


def action_of(unit):
    """The unit without its final punctuation (a closing quote after a sentence end goes with it)."""
    end = len(unit)
    while end > 0 and unit[end - 1] in CLOSERS and end > 1 and unit[end - 2] in FINAL:
        end -= 1
    while end > 0 and unit[end - 1] in FINAL:
        end -= 1
    return unit[:end]


def build(slug, view, offsets, errors):
    path = os.path.join(FOLDER, slug + ".txt")
    where = f"commitments/{slug}.txt"
    window, decisions = None, {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.split(" | ")]
            here = f"{where}:{number}"
            if fields[0] == "W":
                window = (int(fields[1][1:]), int(fields[2][1:]))
                continue
            if not fields[0].startswith("@"):
                errors.append(f"{here}: expected @start")
                continue
            start = int(fields[0][1:])
            if start in decisions:
                errors.append(f"{here}: second decision for the unit at @{start}")
            decisions[start] = (here, fields[1:])
    if window is None:
        errors.append(f"{where}: no window line (W | @start | @end)")
        return None, []
    cut = units(view, window[0], window[1])
    if not cut or cut[0][0] != window[0]:
        errors.append(f"{where}: the window does not start at a unit")
        return None, []
    starts = {s: e for s, e in cut}
    for s in sorted(set(starts) - set(decisions)):
        errors.append(f"{where}: no decision for the unit at @{s}: {view[s:starts[s]][:30]}")
    for s in sorted(set(decisions) - set(starts)):
        errors.append(f"{decisions[s][0]}: no unit starts at @{s}")

    def span(s, e):
        return {"start": offsets[s], "end": offsets[e - 1] + 1, "text": view[s:e]}

    ws, we = cut[0][0], cut[-1][1]
    text = view[ws:we]
    window_span = {"start": offsets[ws], "end": offsets[we - 1] + 1, "text": text[:20] + ("…" if len(text) > 20 else "")}
    items = []
    for s, e in cut:
        if s not in decisions:
            continue
        here, f = decisions[s]
        kind = f[0] if f else ""
        if kind in ("H", "N"):
            continue
        if kind != "C" or len(f) != 4:
            errors.append(f"{here}: expected H, N | why, or C | strength | actor | action start")
            continue
        _, strength, actor, anchor = f
        if strength not in STRENGTHS:
            errors.append(f"{here}: strength {strength} is not one of {', '.join(STRENGTHS)}")
        unit = view[s:e]
        at = 0 if anchor == "-" else unit.find(anchor)
        if at < 0:
            errors.append(f"{here}: action start {anchor!r} not in the unit {unit[:30]!r}")
            continue
        action = action_of(unit)[at:]
        if not action:
            errors.append(f"{here}: empty action")
        items.append({"span": span(s, e), "actor": None if actor == "-" else actor, "strength": strength,
                      "action": action})
    return window_span, items
