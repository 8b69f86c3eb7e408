#!/usr/bin/env python3
"""Check the claim-grouping development events in this folder.

For every events/<name>/claims.json: each member substring occurs exactly once in
<outlet>.txt, each claim has members from two or more outlets, each diverge value
sits inside a member of that outlet, and substrings of different claims do not
overlap. Prints the counts per event and in all; exits 1 on any fault.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"quote", "paraphrase", "headline"}


def check_event(path):
    faults = []
    with open(os.path.join(path, "claims.json"), encoding="utf-8") as f:
        claims = json.load(f)
    texts = {}
    for fn in sorted(os.listdir(path)):
        if fn.endswith(".txt"):
            with open(os.path.join(path, fn), encoding="utf-8") as f:
                texts[fn[:-4]] = f.read()
    spans = {o: [] for o in texts}  # outlet -> [(start, end, claim id)]
    ids = set()
    for c in claims:
        cid = c.get("id")
        if cid in ids:
            faults.append(f"duplicate id {cid}")
        ids.add(cid)
        if c.get("type") not in TYPES:
            faults.append(f"{cid}: bad type {c.get('type')!r}")
        outlets = set()
        for outlet, sub in c["members"]:
            if outlet not in texts:
                faults.append(f"{cid}: no file {outlet}.txt")
                continue
            n = texts[outlet].count(sub)
            if n != 1:
                faults.append(f"{cid}: {outlet} substring occurs {n} times: {sub!r}")
                continue
            if "\n" in sub:
                faults.append(f"{cid}: {outlet} substring spans lines: {sub!r}")
            if len(sub) > 90:
                faults.append(f"{cid}: {outlet} substring longer than 90 characters: {sub!r}")
            start = texts[outlet].index(sub)
            spans[outlet].append((start, start + len(sub), cid))
            outlets.add(outlet)
        if len(outlets) < 2:
            faults.append(f"{cid}: members from {len(outlets)} outlet(s)")
        div = c.get("diverge", [])
        for outlet, value in div:
            mine = [s for o, s in c["members"] if o == outlet]
            if not any(value in s for s in mine):
                faults.append(f"{cid}: diverge value {value!r} not in a {outlet} member")
        if div and len(outlets) == 2 and len({o for o, _ in div}) != 2:
            faults.append(f"{cid}: two outlets state it, so both must be listed in diverge")
    for outlet, ss in spans.items():
        ss.sort()
        for (a0, a1, ca), (b0, b1, cb) in zip(ss, ss[1:]):
            if b0 < a1 and ca != cb:
                faults.append(f"{outlet}: substrings of {ca} and {cb} overlap")
    lines = {o: len([l for l in t.splitlines() if l.strip()]) for o, t in texts.items()}
    return claims, lines, faults


def main():
    total = Counter()
    ndiv = 0
    nclaims = 0
    bad = False
    print("| event | outlets | lines | claims | by type | planted divergences |")
    print("|---|---|---|---|---|---|")
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not os.path.isfile(os.path.join(path, "claims.json")):
            continue
        claims, lines, faults = check_event(path)
        types = Counter(c["type"] for c in claims)
        total.update(types)
        d = [c["id"] for c in claims if c.get("diverge")]
        ndiv += len(d)
        nclaims += len(claims)
        print(f"| {name} | {', '.join(lines)} | {', '.join(str(v) for v in lines.values())} | "
              f"{len(claims)} | {dict(sorted(types.items()))} | {', '.join(d)} |")
        for f in faults:
            bad = True
            print(f"  FAULT {name}: {f}")
    print(f"\n{nclaims} claims ({dict(sorted(total.items()))}), {ndiv} with planted divergences")
    if bad:
        print("FAULTS found")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
