#!/usr/bin/env python3
"""Checks the held-out check data in testdata/check (run from anywhere):

  python3 testdata/check/verify.py

events/<name>/claims.json: every member substring occurs exactly once in <outlet>.txt, is at most 100
characters, each claim has members from 2+ outlets, ids are unique, types are known, and every diverge
value occurs inside one of that outlet's member substrings; no two members overlap in one file. feed/: every record parses, has the five
fields, a unique url and an RFC 3339 date, and gold.json names exactly the feed's urls.
Prints the counts and exits 1 on the first kind of problem found (after listing them all).
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"quote", "paraphrase", "headline"}
problems = []


def bad(msg):
    problems.append(msg)


def check_event(d):
    name = os.path.basename(d)
    texts = {f[:-4]: open(os.path.join(d, f), encoding="utf-8").read() for f in os.listdir(d) if f.endswith(".txt")}
    claims = json.load(open(os.path.join(d, "claims.json"), encoding="utf-8"))
    ids = set()
    for c in claims:
        cid = f"{name}/{c.get('id')}"
        if c["id"] in ids:
            bad(f"{cid}: duplicate id")
        ids.add(c["id"])
        if c.get("type") not in TYPES:
            bad(f"{cid}: type {c.get('type')!r}")
        outlets = {o for o, _ in c["members"]}
        if len(outlets) < 2:
            bad(f"{cid}: members from {len(outlets)} outlet(s)")
        for o, sub in c["members"]:
            if o not in texts:
                bad(f"{cid}: no outlet {o!r}")
                continue
            n = texts[o].count(sub)
            if n != 1:
                bad(f"{cid}: {o}: {sub!r} occurs {n} times")
            if len(sub) > 100:
                bad(f"{cid}: {o}: substring of {len(sub)} characters")
        for o, val in c.get("diverge", []):
            if not any(o == mo and val in ms for mo, ms in c["members"]):
                bad(f"{cid}: diverge {o} {val!r} is in none of its members")
    spans = sorted((o, texts[o].find(sub), texts[o].find(sub) + len(sub), c["id"])
                   for c in claims for o, sub in c["members"] if o in texts and texts[o].count(sub) == 1)
    for a, b in zip(spans, spans[1:]):
        if a[0] == b[0] and b[1] < a[2]:
            bad(f"{name}: {a[0]}: members of {a[3]} and {b[3]} overlap")
    lines = {o: sum(1 for l in t.splitlines() if l.strip()) for o, t in texts.items()}
    div = sum(1 for c in claims if c.get("diverge"))
    kinds = ", ".join(f"{t} {sum(c['type'] == t for c in claims)}" for t in sorted(TYPES))
    print(f"events/{name}: {len(texts)} outlets ({', '.join(f'{o} {n} lines' for o, n in sorted(lines.items()))}); "
          f"{len(claims)} claims ({kinds}), "
          f"{div} with planted divergences")
    return len(claims)


def check_feed(d):
    urls, events = [], {}
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    with open(os.path.join(d, "records.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                bad(f"feed line {i}: empty")
                continue
            r = json.loads(line)
            for k in ("source", "title", "url", "published", "text"):
                if not isinstance(r.get(k), str) or not r[k].strip():
                    bad(f"feed line {i}: field {k}")
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", r.get("published", "")):
                bad(f"feed line {i}: published {r.get('published')!r} is not RFC 3339")
            else:
                datetime.datetime.fromisoformat(r["published"].replace("Z", "+00:00"))
            urls.append(r["url"])
            events.setdefault(gold.get(r["url"]), []).append(r["source"])
    if len(set(urls)) != len(urls):
        bad("feed: duplicate urls")
    if set(urls) != set(gold):
        bad(f"feed: gold.json and records.jsonl differ: {sorted(set(urls) ^ set(gold))}")
    sources = {s for v in events.values() for s in v}
    single = sum(1 for v in events.values() if len(v) == 1)
    print(f"feed: {len(urls)} records from {len(sources)} outlets, {len(events)} events "
          f"({len(events) - single} stories of 2+ articles, {single} singletons)")


def main():
    ev = os.path.join(HERE, "events")
    total = sum(check_event(os.path.join(ev, n)) for n in sorted(os.listdir(ev)) if os.path.isdir(os.path.join(ev, n)))
    print(f"events: {total} claims in all")
    if os.path.isdir(os.path.join(HERE, "feed")):
        check_feed(os.path.join(HERE, "feed"))
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
