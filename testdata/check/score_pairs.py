#!/usr/bin/env python3
"""Runs `claimdiff match` on factpairs.tsv and prints, per kind, the pairs judged as expected.

  python3 testdata/check/score_pairs.py [-v] [FILE]   (from the repository root; -v lists the misses)

FILE defaults to this directory's factpairs.tsv; testdata/dev/factpairs.tsv is the development set
written apart from it, the one to tune rules on.

agree: `same` and no divergence other than `spelling`; note: `same` and at most `spelling`
divergences; diverge: `same` and a divergence other than `spelling` whose two values overlap
value_a and value_b (one contains the other, or they share a word). A diverge pair that is flagged
on other values is counted apart ("other values"), as is a pair judged not the same claim.
"""
import csv, json, os, re, subprocess, sys, tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def words(s):
    return set(re.findall(r"\w+", s.lower()))


def overlaps(got, want):
    g, w = got.lower(), want.lower()
    return g in w or w in g or bool(words(g) & words(w))


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    files = [a for a in args if a != "-v"]
    path = files[0] if files else os.path.join(HERE, "factpairs.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    binary = os.path.join(tempfile.mkdtemp(prefix="claimdiff-score"), "claimdiff")
    subprocess.run(["go", "build", "-o", binary, "./cmd/claimdiff"], check=True)
    stdin = "".join(f"{r['a']}\t{r['b']}\n" for r in rows)
    out = subprocess.run([binary, "match"], input=stdin, capture_output=True, text=True, check=True).stdout
    results = [json.loads(l) for l in out.splitlines()]
    assert len(results) == len(rows), (len(results), len(rows))
    tally = Counter()
    for r, m in zip(rows, results):
        divs = [d for d in m.get("divergences") or [] if d["kind"] != "spelling"]
        if not m["same"]:
            verdict = "not same"
        elif r["expect"] in ("agree", "note"):
            verdict = "ok" if not divs else "false divergence"
        elif any(overlaps(d["a"]["value"], r["value_a"]) and overlaps(d["b"]["value"], r["value_b"]) or
                 overlaps(d["a"]["value"], r["value_b"]) and overlaps(d["b"]["value"], r["value_a"]) for d in divs):
            verdict = "ok"
        else:
            verdict = "other values" if divs else "missed"
        tally[r["kind"], r["expect"], verdict] += 1
        if verbose and verdict != "ok":
            got = "; ".join(f"{d['kind']} {d['a']['value']!r}/{d['b']['value']!r}" for d in divs)
            print(f"{r['kind']}\t{r['expect']}\t{verdict}\t{r['value_a']!r}/{r['value_b']!r}\t{got}")
    kinds = list(dict.fromkeys(r["kind"] for r in rows))
    print(f"{'kind':<10} {'expect':<8} {'ok':>7}  other outcomes")
    for k in kinds:
        for e in ("agree", "note", "diverge"):
            n = sum(v for (kk, ee, _), v in tally.items() if (kk, ee) == (k, e))
            if n:
                rest = ", ".join(f"{v} {vv}" for (kk, ee, vv), v in sorted(tally.items()) if (kk, ee) == (k, e) and vv != "ok")
                print(f"{k:<10} {e:<8} {tally[k, e, 'ok']:>3}/{n:<3}  {rest}")
    for e in ("agree", "note", "diverge"):
        n = sum(v for (_, ee, _), v in tally.items() if ee == e)
        ok = sum(v for (_, ee, vv), v in tally.items() if ee == e and vv == "ok")
        print(f"all {e}: {ok}/{n}")


if __name__ == "__main__":
    main()
