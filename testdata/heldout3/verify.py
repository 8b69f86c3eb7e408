#!/usr/bin/env python3
"""Check testdata/heldout3/events: every member substring occurs exactly once in its outlet's file,
each claim has members from two or more outlets, types are known, ids are unique per event, diverge
values sit inside a member of that outlet, an outlet has at most two members of a claim, and no two
members overlap in one file. Prints the counts."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = os.path.join(HERE, "events")
TYPES = {"quote", "paraphrase", "headline"}


def main():
    errors = []
    by_type = Counter()
    total = diverging = 0
    for name in sorted(os.listdir(EVENTS)):
        d = os.path.join(EVENTS, name)
        if not os.path.isfile(os.path.join(d, "claims.json")):
            continue
        texts = {f[:-4]: open(os.path.join(d, f), encoding="utf-8").read()
                 for f in sorted(os.listdir(d)) if f.endswith(".txt")}
        claims = json.load(open(os.path.join(d, "claims.json"), encoding="utf-8"))
        spans = {o: [] for o in texts}
        ids = set()
        for c in claims:
            cid = c.get("id")
            where = "%s/%s" % (name, cid)
            if cid in ids:
                errors.append("%s: duplicate id" % where)
            ids.add(cid)
            if c.get("type") not in TYPES:
                errors.append("%s: unknown type %r" % (where, c.get("type")))
            outlets = set()
            for outlet, sub in c.get("members", []):
                if outlet not in texts:
                    errors.append("%s: no file for outlet %r" % (where, outlet))
                    continue
                n = texts[outlet].count(sub)
                if n != 1:
                    errors.append("%s: %r occurs %d times in %s.txt" % (where, sub, n, outlet))
                    continue
                if len(sub) > 100:
                    errors.append("%s: member longer than 100 characters: %r" % (where, sub))
                start = texts[outlet].index(sub)
                spans[outlet].append((start, start + len(sub), cid))
                outlets.add(outlet)
            per = Counter(o for o, _ in c.get("members", []))
            for o, n in per.items():
                if n > 2:
                    errors.append("%s: %d members from %s (at most two)" % (where, n, o))
            if len(outlets) < 2:
                errors.append("%s: members from fewer than two outlets" % where)
            for outlet, value in c.get("diverge", []):
                if not any(o == outlet and value in s for o, s in c["members"]):
                    errors.append("%s: diverge value %r not inside a member of %s" % (where, value, outlet))
            if c.get("diverge"):
                diverging += 1
            by_type[c.get("type")] += 1
            total += 1
        for outlet, ss in spans.items():
            ss.sort()
            for (a0, a1, ai), (b0, b1, bi) in zip(ss, ss[1:]):
                if b0 < a1:
                    errors.append("%s: members of %s and %s overlap in %s.txt" % (name, ai, bi, outlet))
        lines = ", ".join("%s %d" % (o, len(t.splitlines())) for o, t in texts.items())
        print("%-14s %2d claims, %d diverging; lines: %s" % (
            name, len(claims), sum(1 for c in claims if c.get("diverge")), lines))
    print("%d claims in all (%s), %d with planted divergences" % (
        total, ", ".join("%s %d" % kv for kv in sorted(by_type.items())), diverging))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
