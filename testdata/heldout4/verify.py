#!/usr/bin/env python3
"""Check testdata/heldout4/events: every member substring occurs exactly once in its
outlet's file, each claim has members from two or more outlets, types are known, ids are
unique within an event, diverge values sit inside a member of that outlet, and members
in one file never overlap. Prints counts per event and by type."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = os.path.join(HERE, "events")
TYPES = ("quote", "paraphrase", "headline")


def check_event(name, errors, by_type):
    d = os.path.join(EVENTS, name)
    texts = {f[:-4]: open(os.path.join(d, f), encoding="utf-8").read()
             for f in sorted(os.listdir(d)) if f.endswith(".txt")}
    claims = json.load(open(os.path.join(d, "claims.json"), encoding="utf-8"))
    ids, spans, diverging = set(), collections.defaultdict(list), 0
    for c in claims:
        cid = c.get("id")
        where = f"{name}/{cid}"
        if cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        if c.get("type") not in TYPES:
            errors.append(f"{where}: unknown type {c.get('type')!r}")
        by_type[c.get("type")] += 1
        outlets = set()
        for outlet, sub in c["members"]:
            if outlet not in texts:
                errors.append(f"{where}: no file for outlet {outlet}")
                continue
            n = texts[outlet].count(sub)
            if n != 1:
                errors.append(f"{where}: {outlet} substring found {n} times: {sub!r}")
                continue
            if "\n" in sub:
                errors.append(f"{where}: {outlet} substring spans lines: {sub!r}")
            if len(sub) > 90:
                errors.append(f"{where}: {outlet} substring longer than 90: {sub!r}")
            start = texts[outlet].index(sub)
            spans[outlet].append((start, start + len(sub), cid))
            outlets.add(outlet)
        if len(outlets) < 2:
            errors.append(f"{where}: members from fewer than two outlets")
        if c.get("diverge"):
            diverging += 1
        for outlet, value in c.get("diverge", []):
            if not any(o == outlet and value in s for o, s in c["members"]):
                errors.append(f"{where}: diverge value {value!r} not inside a member of {outlet}")
    for outlet, lst in spans.items():
        lst.sort()
        for (a0, a1, ca), (b0, b1, cb) in zip(lst, lst[1:]):
            if b0 < a1:
                errors.append(f"{name}: {outlet} members of {ca} and {cb} overlap")
    lines = {o: len(t.splitlines()) for o, t in texts.items()}
    return len(claims), diverging, lines


def main():
    errors, by_type, total, total_div = [], collections.Counter(), 0, 0
    for name in sorted(os.listdir(EVENTS)):
        if not os.path.exists(os.path.join(EVENTS, name, "claims.json")):
            errors.append(f"{name}: no claims.json")
            continue
        n, dv, lines = check_event(name, errors, by_type)
        total += n
        total_div += dv
        ls = ", ".join(f"{o} {k}" for o, k in lines.items())
        print(f"{name}: {n} claims, {dv} with planted divergences; lines: {ls}")
    print(f"all: {total} claims ({', '.join(f'{t} {by_type[t]}' for t in TYPES)}), "
          f"{total_div} with planted divergences")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
