#!/usr/bin/env python3
"""Validate the held-out sentence-splitting documents (the check* sets beside this script).

Each *.json holds {"genre", "text", "sentences", "furniture"}. The sentences must be exact substrings
of text, in order, trimmed of white space at both ends, and together with the white space between them
cover the whole text; furniture lists indices of sentences, strictly increasing.

Usage: python3 validate.py [DIR...]   (DIRs default to the check* folders beside this script; dev/
documents may leave out "furniture", so it is not checked here). Exit status 1 on any error.
"""
import json
import os
import sys


def check(path):
    """Returns (sentences, furniture, errors) for one file."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        d = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return 0, 0, [f"not UTF-8 JSON: {e}"]
    errs = []
    if set(d) != {"genre", "text", "sentences", "furniture"}:
        errs.append(f"keys are {sorted(d)}, want furniture, genre, sentences, text")
        return 0, 0, errs
    text, sents, furn = d["text"], d["sentences"], d["furniture"]
    if not isinstance(d["genre"], str) or not d["genre"].strip():
        errs.append("genre is empty")
    if not isinstance(text, str) or "\x00" in text:
        errs.append("text is not a string without NUL bytes")
        return 0, 0, errs
    pos = 0
    for i, s in enumerate(sents):
        if not isinstance(s, str) or not s:
            errs.append(f"sentence {i} is empty or not a string")
            continue
        if s != s.strip():
            errs.append(f"sentence {i} has white space at an end: {s!r}")
        gap_end = pos
        while gap_end < len(text) and text[gap_end].isspace():
            gap_end += 1
        if not text.startswith(s, gap_end):
            found = text.find(s, pos)
            where = f"found at char {found}" if found >= 0 else f"not found after char {pos}"
            errs.append(f"sentence {i} does not follow sentence {i - 1} after white space "
                        f"(expected at char {gap_end}, {where}): {s!r}; text there: {text[gap_end:gap_end + 60]!r}")
            if found < 0:
                continue
            gap_end = found
        pos = gap_end + len(s)
    if text[pos:].strip():
        errs.append(f"text after the last sentence is not covered: {text[pos:pos + 60]!r}")
    if not isinstance(furn, list) or not all(isinstance(i, int) for i in furn):
        errs.append("furniture is not a list of integers")
    else:
        if any(b <= a for a, b in zip(furn, furn[1:])):
            errs.append("furniture indices are not strictly increasing")
        if any(i < 0 or i >= len(sents) for i in furn):
            errs.append("a furniture index is out of range")
    return len(sents), len(furn), errs


def validate(folder):
    """Checks every document of one set folder; returns how many are bad."""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    bad = 0
    total_s = total_f = 0
    for n in names:
        ns, nf, errs = check(os.path.join(folder, n))
        total_s += ns
        total_f += nf
        status = "ok" if not errs else "FAIL"
        print(f"{status:4} {n}: {ns} sentences, {nf} furniture")
        for e in errs:
            print(f"     {e}")
        bad += bool(errs)
    print(f"{folder}: {len(names)} documents, {total_s} sentences, {total_f} furniture; {bad} with errors")
    return bad if names else 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folders = sys.argv[1:] or sorted(
        os.path.join(here, d) for d in os.listdir(here) if d.startswith("check") and os.path.isdir(os.path.join(here, d)))
    if sum(validate(f) for f in folders):
        sys.exit(1)


if __name__ == "__main__":
    main()
