#!/usr/bin/env python3
"""Checks testdata/basil/claims.json against the BASIL clusters it annotates.

  python3 testdata/basil/check.py [-split] [CLAIMS_JSON] [CLUSTERS_JSONL]     (from the project root)

Defaults: claims.json beside this script, and clusters.jsonl under $CLAIMDIFF_SHARED_DATA/news
(or /work/shared/data/news). Checks that every cluster of the data file is annotated once; that claim ids
run c1, c2, ...; that each claim has a known type, a summary and members from two or more sources; that
every member and every diverge value is a non-empty string of at most 90 characters on one line that
occurs exactly once in its article's text, or, if it is absent from the text, exactly once in the title;
that a claim is of type "headline" exactly when one of its members is in the title (or in a text line
that repeats the title); and that each diverge value sits in a paragraph holding a member of the same
source. With -split it also builds ./cmd/claimdiff and checks that each member in a text lies inside one
sentence of `claimdiff split` that is not furniture, so that a report's sentences can be matched to
members. Prints each problem, then the counts per cluster and type as a Markdown table. Exit status 0
when there is no problem.
"""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ("quote", "paraphrase", "headline")
MAX_LEN = 80


def locate(article, sub):
    """Returns ("text", start) or ("title", start), or an error string."""
    if not sub or "\n" in sub or len(sub) > MAX_LEN:
        return f"must be 1-{MAX_LEN} characters on one line ({len(sub)})"
    n = article["text"].count(sub)
    if n == 1:
        return ("text", article["text"].index(sub))
    if n > 1:
        return f"occurs {n} times in the text"
    m = article["title"].count(sub)
    if m == 1:
        return ("title", article["title"].index(sub))
    return "not in the text" if m == 0 else f"occurs {m} times in the title"


def line_of(text, start):
    """The paragraph (line) of text holding offset start."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return text[lo:] if hi < 0 else text[lo:hi]


def sentences(binary, workdir, name, text):
    """The (start, end, furniture) byte spans of `claimdiff split` on text."""
    path = os.path.join(workdir, name + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    r = subprocess.run([binary, "split", path], capture_output=True, text=True, timeout=60)
    if r.returncode:
        sys.exit(f"claimdiff split {name}: {r.stderr[:300]}")
    rows = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    return [(x["start"], x["end"], x.get("furniture", False)) for x in rows]


def main():
    args = sys.argv[1:]
    split = "-split" in args
    args = [a for a in args if a != "-split"]
    claims_path = args[0] if args else os.path.join(HERE, "claims.json")
    shared = os.environ.get("CLAIMDIFF_SHARED_DATA", "/work/shared/data")
    data_path = args[1] if len(args) > 1 else os.path.join(shared, "news", "clusters.jsonl")
    binary = workdir = None
    if split:
        workdir = tempfile.mkdtemp(prefix="basil-check")
        binary = os.path.join(workdir, "claimdiff")
        r = subprocess.run(["go", "build", "-o", binary, "./cmd/claimdiff"], capture_output=True, text=True)
        if r.returncode:
            sys.exit("go build failed: " + r.stderr[-500:])
    clusters = {}
    with open(data_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                clusters[c["cluster_id"]] = {a["source"]: a for a in c["articles"]}
    with open(claims_path, encoding="utf-8") as f:
        annotated = json.load(f)

    problems = []
    spans = {}
    counts = {}
    seen = set()
    for entry in annotated:
        cid = entry["cluster_id"]
        if cid not in clusters:
            problems.append(f"{cid}: no such cluster in {data_path}")
            continue
        if cid in seen:
            problems.append(f"{cid}: annotated twice")
        seen.add(cid)
        articles = clusters[cid]
        row = counts.setdefault(cid, {t: 0 for t in TYPES} | {"members": 0, "diverge": 0})
        for i, claim in enumerate(entry["claims"], 1):
            where = f"{cid} {claim.get('id')}"
            if claim.get("id") != f"c{i}":
                problems.append(f"{where}: id should be c{i}")
            if claim.get("type") not in TYPES:
                problems.append(f"{where}: type {claim.get('type')!r} is not one of {TYPES}")
            else:
                row[claim["type"]] += 1
            if not claim.get("summary"):
                problems.append(f"{where}: no summary")
            sources = set()
            in_title = False
            member_lines = {}
            for src, sub in claim.get("members", []):
                if src not in articles:
                    problems.append(f"{where}: unknown source {src!r}")
                    continue
                loc = locate(articles[src], sub)
                if isinstance(loc, str):
                    problems.append(f"{where}: {src} member {sub!r}: {loc}")
                    continue
                sources.add(src)
                row["members"] += 1
                field, start = loc
                text, title = articles[src]["text"], articles[src]["title"]
                if field == "title" or line_of(text, start).strip() == title.strip():
                    in_title = True
                if field == "text":
                    member_lines.setdefault(src, set()).add(line_of(text, start))
                if field == "text" and split:
                    key = (cid, src)
                    if key not in spans:
                        spans[key] = sentences(binary, workdir, f"{cid}-{len(spans)}", text)
                    b0 = len(text[:start].encode("utf-8"))
                    b1 = b0 + len(sub.encode("utf-8"))
                    inside = [s for s in spans[key] if s[0] <= b0 and b1 <= s[1]]
                    if not inside:
                        problems.append(f"{where}: {src} member {sub!r} crosses a sentence boundary")
                    elif inside[0][2]:
                        problems.append(f"{where}: {src} member {sub!r} is in a furniture line")
            if len(sources) < 2:
                problems.append(f"{where}: members from {len(sources)} source(s); a shared claim needs two")
            if in_title != (claim.get("type") == "headline"):
                problems.append(f"{where}: type {claim.get('type')} but a member in a title: {in_title}")
            for src, val in claim.get("diverge", []):
                if src not in sources:
                    problems.append(f"{where}: diverge source {src!r} has no member")
                    continue
                loc = locate(articles[src], val)
                if isinstance(loc, str):
                    problems.append(f"{where}: {src} diverge value {val!r}: {loc}")
                    continue
                row["diverge"] += 1
                field, start = loc
                if field == "text" and line_of(articles[src]["text"], start) not in member_lines.get(src, set()):
                    problems.append(f"{where}: {src} diverge value {val!r} is in no paragraph of its members")
    for cid in clusters:
        if cid not in seen:
            problems.append(f"{cid}: not annotated")

    if workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    for p in problems:
        print("FAIL", p)
    print("| cluster | quote | paraphrase | headline | claims | members | diverging claims |")
    print("|---|---|---|---|---|---|---|")
    total = {t: 0 for t in TYPES} | {"members": 0, "div": 0}
    for entry in annotated:
        cid = entry["cluster_id"]
        if cid not in counts:
            continue
        r = counts[cid]
        ndiv = sum(1 for c in entry["claims"] if c.get("diverge"))
        n = sum(r[t] for t in TYPES)
        print(f"| {cid[:14]} | {r['quote']} | {r['paraphrase']} | {r['headline']} | {n} | {r['members']} | {ndiv} |")
        for t in TYPES:
            total[t] += r[t]
        total["members"] += r["members"]
        total["div"] += ndiv
    n = sum(total[t] for t in TYPES)
    print(f"| all | {total['quote']} | {total['paraphrase']} | {total['headline']} | {n} | {total['members']} | {total['div']} |")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
