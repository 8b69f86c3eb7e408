#!/usr/bin/env python3
"""Check testdata/heldout2/events: member substrings, claim shape, divergences.

Run from anywhere: python3 testdata/heldout2/verify.py
Exits 1 and names each fault when the data is wrong; prints counts either way.
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
TYPES = ("headline", "quote", "paraphrase")


def check_event(folder, faults):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    claims = json.loads((folder / "claims.json").read_text(encoding="utf-8"))
    seen_ids = set()
    spans = collections.defaultdict(list)  # outlet -> [(start, end, claim id)]
    kinds = collections.Counter()
    diverging = 0
    for c in claims:
        cid = c.get("id", "?")
        where = f"{folder.name}/{cid}"
        if cid in seen_ids:
            faults.append(f"{where}: id used twice")
        seen_ids.add(cid)
        if c.get("type") not in TYPES:
            faults.append(f"{where}: unknown type {c.get('type')!r}")
        kinds[c.get("type")] += 1
        outlets = set()
        for outlet, sub in c["members"]:
            text = texts.get(outlet)
            if text is None:
                faults.append(f"{where}: no file for outlet {outlet!r}")
                continue
            n = text.count(sub)
            if n != 1:
                faults.append(f"{where}: {outlet} substring found {n} times: {sub!r}")
                continue
            if len(sub) > 90:
                faults.append(f"{where}: {outlet} substring longer than 90 characters")
            if "\n" in sub:
                faults.append(f"{where}: {outlet} substring crosses a line")
            start = text.index(sub)
            spans[outlet].append((start, start + len(sub), cid))
            outlets.add(outlet)
        if len(outlets) < 2:
            faults.append(f"{where}: members from fewer than two outlets")
        if c.get("diverge"):
            diverging += 1
            for outlet, value in c["diverge"]:
                if not any(o == outlet and value in s for o, s in c["members"]):
                    faults.append(f"{where}: diverge value {value!r} not in a member of {outlet}")
    for outlet, lst in spans.items():
        lst.sort()
        for (s1, e1, c1), (s2, e2, c2) in zip(lst, lst[1:]):
            if s2 < e1:
                faults.append(f"{folder.name}: {outlet} members of {c1} and {c2} overlap")
    lines = {o: len(t.rstrip("\n").split("\n")) for o, t in texts.items()}
    return len(claims), kinds, diverging, lines


def main():
    faults = []
    total = collections.Counter()
    n_claims = n_div = 0
    for folder in sorted((HERE / "events").iterdir()):
        if not folder.is_dir():
            continue
        n, kinds, div, lines = check_event(folder, faults)
        n_claims += n
        n_div += div
        total.update(kinds)
        shown = ", ".join(f"{o} {k}" for o, k in lines.items())
        print(f"{folder.name}: {n} claims, {div} diverging; lines: {shown}")
    by_type = ", ".join(f"{t} {total[t]}" for t in TYPES)
    print(f"all: {n_claims} claims ({by_type}), {n_div} with planted divergences")
    for f in faults:
        print("FAULT", f)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
