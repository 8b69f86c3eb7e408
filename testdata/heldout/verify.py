#!/usr/bin/env python3
"""Check the held-out claim-grouping events and print their counts.

Run from anywhere: python3 testdata/heldout/verify.py
Exit status 1 when a check fails (each failure is printed), else 0.
"""
import collections
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "events")
TYPES = ("quote", "paraphrase", "headline")


def check_event(name, problems):
    folder = os.path.join(ROOT, name)
    texts = {}
    for fn in sorted(os.listdir(folder)):
        if fn.endswith(".txt"):
            with open(os.path.join(folder, fn), encoding="utf-8") as f:
                texts[fn[:-4]] = f.read()
    with open(os.path.join(folder, "claims.json"), encoding="utf-8") as f:
        claims = json.load(f)

    def bad(msg):
        problems.append("%s: %s" % (name, msg))

    seen_ids = set()
    spans = collections.defaultdict(list)  # outlet -> [(start, end, claim id)]
    for c in claims:
        cid = c.get("id")
        if not cid or cid in seen_ids:
            bad("missing or repeated id %r" % cid)
        seen_ids.add(cid)
        if c.get("type") not in TYPES:
            bad("%s: unknown type %r" % (cid, c.get("type")))
        outlets = set()
        located = collections.defaultdict(list)
        for outlet, sub in c.get("members", []):
            if outlet not in texts:
                bad("%s: no file for outlet %r" % (cid, outlet))
                continue
            n = texts[outlet].count(sub)
            if n != 1:
                bad("%s: %r occurs %d times in %s" % (cid, sub, n, outlet))
                continue
            if len(sub) > 90:
                bad("%s: member longer than 90 characters (%d)" % (cid, len(sub)))
            if "\n" in sub:
                bad("%s: member spans two lines" % cid)
            start = texts[outlet].index(sub)
            spans[outlet].append((start, start + len(sub), cid))
            located[outlet].append(sub)
            outlets.add(outlet)
        if len(outlets) < 2:
            bad("%s: members from %d outlet(s), need 2 or more" % (cid, len(outlets)))
        for outlet, value in c.get("diverge", []):
            if not any(value in sub for sub in located.get(outlet, [])):
                bad("%s: diverge value %r is in no member of %s" % (cid, value, outlet))
    for outlet, ss in spans.items():
        ss.sort()
        for (s1, e1, c1), (s2, e2, c2) in zip(ss, ss[1:]):
            if s2 < e1:
                bad("%s: members of %s and %s overlap" % (outlet, c1, c2))
    lines = {o: len(t.rstrip("\n").split("\n")) for o, t in texts.items()}
    return claims, lines


def main():
    problems = []
    total = collections.Counter()
    ndiv = nclaims = 0
    for name in sorted(os.listdir(ROOT)):
        if not os.path.isdir(os.path.join(ROOT, name)):
            continue
        claims, lines = check_event(name, problems)
        types = collections.Counter(c.get("type") for c in claims)
        div = [c["id"] for c in claims if c.get("diverge")]
        total.update(types)
        nclaims += len(claims)
        ndiv += len(div)
        print("%-14s lines %s  claims %d (%s)  diverge: %s" % (
            name,
            ", ".join("%s %d" % kv for kv in sorted(lines.items())),
            len(claims),
            ", ".join("%s %d" % (t, types[t]) for t in TYPES),
            ", ".join(div) or "-"))
    print("total: %d claims (%s), %d with planted divergences" % (
        nclaims, ", ".join("%s %d" % (t, total[t]) for t in TYPES), ndiv))
    for p in problems:
        print("FAIL", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
