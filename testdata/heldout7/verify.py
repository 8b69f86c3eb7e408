#!/usr/bin/env python3
"""Check the held-out claim-grouping events in this folder and print counts.

For every events/<name>/claims.json: ids are unique, types are known, each
claim has members from two or more outlets, every member substring occurs
exactly once in <outlet>.txt, members of one file never overlap, and every
diverge value lies inside a member of the same outlet.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"quote", "paraphrase", "headline"}


def check_event(path):
    errs = []
    texts = {}
    for fn in sorted(os.listdir(path)):
        if fn.endswith(".txt"):
            with open(os.path.join(path, fn), encoding="utf-8") as f:
                texts[fn[:-4]] = f.read()
    with open(os.path.join(path, "claims.json"), encoding="utf-8") as f:
        claims = json.load(f)
    ids = Counter(c["id"] for c in claims)
    for i, n in ids.items():
        if n > 1:
            errs.append("duplicate id %s" % i)
    spans = {o: [] for o in texts}
    types = Counter()
    ndiv = 0
    for c in claims:
        cid = c["id"]
        if c.get("type") not in TYPES:
            errs.append("%s: unknown type %r" % (cid, c.get("type")))
        types[c.get("type")] += 1
        outlets = {o for o, _ in c["members"]}
        if len(outlets) < 2:
            errs.append("%s: members from fewer than two outlets" % cid)
        for o, s in c["members"]:
            if o not in texts:
                errs.append("%s: unknown outlet %s" % (cid, o))
                continue
            n = texts[o].count(s)
            if n != 1:
                errs.append("%s: %s occurs %d times in %s" % (cid, s, n, o))
                continue
            if len(s) > 90:
                errs.append("%s: member longer than 90 chars (%d)" % (cid, len(s)))
            start = texts[o].index(s)
            spans[o].append((start, start + len(s), cid))
        if c.get("diverge"):
            ndiv += 1
            for o, v in c["diverge"]:
                if not any(mo == o and v in ms for mo, ms in c["members"]):
                    errs.append("%s: diverge value %r not in a member of %s" % (cid, v, o))
    for o, sp in spans.items():
        sp.sort()
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                errs.append("%s: members of %s and %s overlap" % (o, a[2], b[2]))
    lines = {o: len([l for l in t.split("\n") if l.strip()]) for o, t in texts.items()}
    return claims, types, ndiv, lines, errs


def main():
    root = os.path.join(HERE, "events")
    total, alltypes, alldiv, bad = 0, Counter(), 0, 0
    for name in sorted(os.listdir(root)):
        claims, types, ndiv, lines, errs = check_event(os.path.join(root, name))
        total += len(claims)
        alltypes.update(types)
        alldiv += ndiv
        print("%-18s %s  claims %d  diverge %d  %s" % (
            name, ", ".join("%s %d" % kv for kv in sorted(lines.items())), len(claims), ndiv,
            dict(sorted(types.items()))))
        for e in errs:
            print("  ERROR", e)
        bad += len(errs)
    print("total claims %d (%s), %d with planted divergences" % (
        total, ", ".join("%s %d" % kv for kv in sorted(alltypes.items())), alldiv))
    if bad:
        print("%d errors" % bad)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
