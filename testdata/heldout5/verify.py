#!/usr/bin/env python3
"""Check testdata/heldout5/events: every member substring occurs exactly once in its
outlet's file, each claim has members from two or more outlets, types are known, ids are
unique per event, diverge values sit inside a member of that outlet, and members of one
file never overlap. Prints counts per event and by type."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = os.path.join(HERE, "events")
TYPES = {"quote", "paraphrase", "headline"}

errors, by_type, total, total_div = [], Counter(), 0, 0
for ev in sorted(os.listdir(EVENTS)):
    d = os.path.join(EVENTS, ev)
    texts = {f[:-4]: open(os.path.join(d, f), encoding="utf-8").read()
             for f in os.listdir(d) if f.endswith(".txt")}
    claims = json.load(open(os.path.join(d, "claims.json"), encoding="utf-8"))
    spans, ids, ndiv = {o: [] for o in texts}, set(), 0
    for c in claims:
        cid = c.get("id")
        if cid in ids:
            errors.append(f"{ev}: duplicate id {cid}")
        ids.add(cid)
        if c.get("type") not in TYPES:
            errors.append(f"{ev}/{cid}: unknown type {c.get('type')}")
        by_type[c.get("type")] += 1
        outlets = set()
        for outlet, sub in c["members"]:
            if outlet not in texts:
                errors.append(f"{ev}/{cid}: unknown outlet {outlet}")
                continue
            n = texts[outlet].count(sub)
            if n != 1:
                errors.append(f"{ev}/{cid}: {outlet} substring occurs {n} times: {sub!r}")
                continue
            if len(sub) > 90:
                errors.append(f"{ev}/{cid}: {outlet} substring longer than 90: {sub!r}")
            if "\n" in sub:
                errors.append(f"{ev}/{cid}: {outlet} substring spans lines: {sub!r}")
            s = texts[outlet].index(sub)
            spans[outlet].append((s, s + len(sub), cid))
            outlets.add(outlet)
        if len(outlets) < 2:
            errors.append(f"{ev}/{cid}: members from fewer than two outlets")
        if c.get("diverge"):
            ndiv += 1
        for outlet, val in c.get("diverge", []):
            if not any(o == outlet and val in sub for o, sub in c["members"]):
                errors.append(f"{ev}/{cid}: diverge value {val!r} not inside a member of {outlet}")
    for outlet, sp in spans.items():
        sp.sort()
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                errors.append(f"{ev}: {outlet} members overlap: {a[2]} and {b[2]}")
    lines = ", ".join(f"{o} {len(t.splitlines())}" for o, t in sorted(texts.items()))
    print(f"{ev}: {len(claims)} claims, {ndiv} with planted divergences; lines: {lines}")
    total += len(claims)
    total_div += ndiv

print(f"total: {total} claims ({', '.join(f'{t} {n}' for t, n in sorted(by_type.items()))}), "
      f"{total_div} with planted divergences")
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
