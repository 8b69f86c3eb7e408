#!/usr/bin/env python3
"""Check testdata/heldout6: member substrings, outlets, types, ids, diverge values, overlaps.

Run from anywhere: python3 testdata/heldout6/verify.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ("quote", "paraphrase", "headline")


def check_event(path, name, errors):
    texts = {}
    for fn in sorted(os.listdir(path)):
        if fn.endswith(".txt"):
            with open(os.path.join(path, fn), encoding="utf-8") as f:
                texts[fn[:-4]] = f.read()
    cpath = os.path.join(path, "claims.json")
    if not os.path.exists(cpath):
        errors.append("%s: no claims.json" % name)
        claims = []
    else:
        with open(cpath, encoding="utf-8") as f:
            claims = json.load(f)
    ids = set()
    spans = collections.defaultdict(list)  # outlet -> [(start, end, id)]
    types = collections.Counter()
    ndiv = 0
    for c in claims:
        cid = c.get("id")
        where = "%s/%s" % (name, cid)
        if cid in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(cid)
        if c.get("type") not in TYPES:
            errors.append("%s: unknown type %r" % (where, c.get("type")))
        types[c.get("type")] += 1
        outlets = set()
        for outlet, sub in c["members"]:
            if outlet not in texts:
                errors.append("%s: unknown outlet %r" % (where, outlet))
                continue
            n = texts[outlet].count(sub)
            if n != 1:
                errors.append("%s: %r occurs %d times in %s" % (where, sub, n, outlet))
                continue
            if len(sub) > 90:
                errors.append("%s: member longer than 90 chars in %s" % (where, outlet))
            start = texts[outlet].index(sub)
            spans[outlet].append((start, start + len(sub), cid))
            outlets.add(outlet)
        if len(outlets) < 2:
            errors.append("%s: members from fewer than two outlets" % where)
        if c.get("diverge"):
            ndiv += 1
            for outlet, value in c["diverge"]:
                subs = [s for o, s in c["members"] if o == outlet]
                if not any(value in s for s in subs):
                    errors.append("%s: diverge value %r not inside a member of %s" % (where, value, outlet))
    for outlet, ss in spans.items():
        ss.sort()
        for a, b in zip(ss, ss[1:]):
            if b[0] < a[1]:
                errors.append("%s: members of %s and %s overlap in %s" % (name, a[2], b[2], outlet))
    lines = {o: len(t.rstrip("\n").split("\n")) for o, t in texts.items()}
    return len(claims), types, ndiv, lines


def main():
    errors = []
    total = collections.Counter()
    nclaims = ndivs = 0
    root = os.path.join(HERE, "events")
    for name in sorted(os.listdir(root)):
        n, types, ndiv, lines = check_event(os.path.join(root, name), name, errors)
        nclaims += n
        ndivs += ndiv
        total.update(types)
        print("%-14s %s  claims %d  diverging %d  %s" % (
            name, ", ".join("%s %d" % kv for kv in sorted(lines.items())), n, ndiv,
            ", ".join("%s %d" % kv for kv in sorted(types.items()))))
    print("total: %d claims (%s), %d with planted divergences" % (
        nclaims, ", ".join("%s %d" % kv for kv in sorted(total.items())), ndivs))
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
