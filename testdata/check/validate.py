#!/usr/bin/env python3
"""Checks the formats of the held-out data in this folder (see README.md); prints problems, exit 1 if any.

  python3 testdata/check/validate.py        (from the repository root, or anywhere)
"""
import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"number", "unit", "time", "date", "entity", "spelling", "negation", "direction", "role", "predicate"}
problems = []


def pairs():
    path = os.path.join(HERE, "factpairs.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != ["kind", "expect", "a", "b", "value_a", "value_b"]:
        problems.append(f"factpairs.tsv: bad header {rows[0]}")
    for n, r in enumerate(rows[1:], start=2):
        if len(r) != 6:
            problems.append(f"factpairs.tsv:{n}: {len(r)} columns, want 6")
            continue
        kind, expect, a, b, va, vb = r
        if kind not in KINDS:
            problems.append(f"factpairs.tsv:{n}: unknown kind {kind!r}")
        if expect not in ("agree", "diverge", "note") or (expect == "note" and kind != "spelling"):
            problems.append(f"factpairs.tsv:{n}: bad expect {expect!r}")
        if not va or va not in a or not vb or vb not in b:
            problems.append(f"factpairs.tsv:{n}: value_a/value_b not substrings of a/b")
    return len(rows) - 1


def story(d):
    exp = json.load(open(os.path.join(d, "expect.json"), encoding="utf-8"))
    text = {f[:-4]: open(os.path.join(d, f), encoding="utf-8").read().splitlines()
            for f in os.listdir(d) if f.endswith(".txt")}
    name = os.path.basename(d)
    for row in exp["rows"]:
        sources = {s for s, _ in row["members"]}
        for s, sub in row["members"]:
            if sum(sub in line for line in text.get(s, [])) != 1:
                problems.append(f"{name}: {row['name']!r}: {s} {sub!r} not on exactly one line")
        for s, val in row.get("diverge", []):
            lines = [l for src, sub in row["members"] if src == s for l in text[s] if sub in l]
            if s not in sources or not any(val in l for l in lines):
                problems.append(f"{name}: {row['name']!r}: diverge {s} {val!r} not in a member line")
        for x, y in row.get("calm", []):
            if x not in sources or y not in sources or x in {s for s, _ in row.get("diverge", [])}:
                problems.append(f"{name}: {row['name']!r}: calm {x}/{y} not two agreeing members")
    alltext = "\n".join(l for ls in text.values() for l in ls)
    for sub in exp.get("furniture", []) + exp.get("not_claims", []):
        if sub not in alltext:
            problems.append(f"{name}: {sub!r} occurs in no outlet")
    return len(exp["rows"])


n = pairs()
stories = os.path.join(HERE, "stories")
rows = {s: story(os.path.join(stories, s)) for s in sorted(os.listdir(stories))}
print(f"factpairs.tsv: {n} pairs; stories: " + ", ".join(f"{s} {r} rows" for s, r in rows.items()))
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
