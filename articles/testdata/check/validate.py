#!/usr/bin/env python3
"""Validate the held-out web pages in this folder.

For each <name>.html there must be <name>.txt (UTF-8, the article text a reader sees: one paragraph
per line, headline first) and <name>.json ({"title", "published", "byline"}). The page is decoded with
the charset it declares; every line of the .txt must be one block of the page's visible text (white
space collapsed, entities decoded), in the same order, or, for a page whose body is only in JSON-LD,
the headline and the paragraphs of its articleBody. The title must be the first line; the byline must
appear on the page; the publication date must appear in the page's markup (as
written, or as a date such as "October 17, 2024").

Usage: python3 validate.py [DIR]   (DIR defaults to this script's folder). Exit status 1 on any error.
"""
import codecs
import datetime
import html.parser
import json
import os
import re
import sys

INLINE = {"a", "abbr", "b", "bdi", "cite", "code", "em", "font", "i", "label", "mark", "q", "s", "small",
          "span", "strong", "sub", "sup", "time", "u"}
HIDDEN = {"script", "style", "noscript", "template", "head", "title", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Visible(html.parser.HTMLParser):
    """Collects the page's visible text as blocks, and the JSON-LD scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.hidden, self.jsonld = [], [], [], []
        self.in_jsonld = False

    def flush(self):
        text = " ".join("".join(self.cur).split())
        if text:
            self.blocks.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.in_jsonld = True
            self.jsonld.append("")
        if tag in HIDDEN and tag not in VOID:
            self.hidden.append(tag)
        if tag not in INLINE:
            self.flush()

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_jsonld = False
        if self.hidden and self.hidden[-1] == tag:
            self.hidden.pop()
        if tag not in INLINE:
            self.flush()

    def handle_data(self, data):
        if self.in_jsonld:
            self.jsonld[-1] += data
        elif not self.hidden:
            self.cur.append(data)


def declared_charset(raw):
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", raw[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def jsonld_articles(scripts):
    """Yields the NewsArticle-like nodes of the page's JSON-LD, looking inside @graph."""
    for s in scripts:
        nodes = json.loads(s)
        stack = nodes if isinstance(nodes, list) else [nodes]
        while stack:
            n = stack.pop(0)
            if isinstance(n, dict):
                stack.extend(n.get("@graph", []))
                if str(n.get("@type", "")).endswith("Article"):
                    yield n


def is_subsequence(lines, blocks):
    it = iter(blocks)
    return all(any(line == b for b in it) for line in lines)


def check(folder, name):
    errs = []
    raw = open(os.path.join(folder, name + ".html"), "rb").read()
    charset = declared_charset(raw)
    if charset is None:
        return ["the page declares no charset"]
    try:
        page = raw.decode(codecs.lookup(charset).name, errors="strict")
    except (LookupError, UnicodeDecodeError) as e:
        return [f"the page does not decode as its declared charset {charset}: {e}"]

    try:
        txt = open(os.path.join(folder, name + ".txt"), encoding="utf-8").read()
        meta = json.load(open(os.path.join(folder, name + ".json"), encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        return [f"missing or unreadable .txt or .json: {e}"]
    if not txt.endswith("\n"):
        errs.append(".txt does not end with a line break")
    lines = txt.split("\n")[:-1]
    for i, line in enumerate(lines, 1):
        if not line or line != " ".join(line.split()):
            errs.append(f".txt line {i} is empty or has extra white space: {line!r}")

    if set(meta) != {"title", "published", "byline"} or not all(isinstance(v, str) for v in meta.values()):
        errs.append(f".json must hold the strings title, published and byline, has {sorted(meta)}")
        return errs
    pub = meta["published"]
    if pub:
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
                datetime.date.fromisoformat(pub)
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", pub):
                datetime.datetime.fromisoformat(pub.replace("Z", "+00:00"))
            else:
                raise ValueError("neither RFC 3339 nor a date")
        except ValueError as e:
            errs.append(f"published {pub!r}: {e}")
        else:
            day = datetime.date.fromisoformat(pub[:10])
            shown = {pub, f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B} {day.year}"}
            if not any(s in page for s in shown):
                errs.append(f"published {pub!r} does not appear in the page, as written or as a date")

    v = Visible()
    v.feed(page)
    v.close()
    v.flush()
    source = "the visible text"
    if not is_subsequence(lines, v.blocks):
        source = "the JSON-LD articleBody"
        ld = [[a.get("headline", "")] + a.get("articleBody", "").split("\n") for a in jsonld_articles(v.jsonld)]
        ld = [[" ".join(p.split()) for p in paras if p.strip()] for paras in ld]
        if not any(is_subsequence(lines, paras) for paras in ld):
            for i, line in enumerate(lines, 1):
                if line not in v.blocks and not any(line in paras for paras in ld):
                    errs.append(f".txt line {i} is not a block of the page: {line[:80]!r}")
            errs.append(".txt lines are not the page's blocks in order")
            source = "neither the visible text nor JSON-LD"
    if lines and lines[0] != meta["title"]:
        errs.append(f"title {meta['title']!r} is not the first line of the .txt")
    if meta["byline"] and meta["byline"] not in page:
        errs.append(f"byline {meta['byline']!r} does not appear on the page")
    return errs, len(lines), charset, source


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(n[:-5] for n in os.listdir(folder) if n.endswith(".html"))
    bad = 0
    for n in names:
        res = check(folder, n)
        errs, info = (res, "") if isinstance(res, list) else (res[0], f"{res[1]} lines, {res[2]}, from {res[3]}")
        print(f"{'ok' if not errs else 'FAIL':4} {n}: {info}")
        for e in errs:
            print(f"     {e}")
        bad += bool(errs)
    print(f"{len(names)} pages; {bad} with errors")
    if not names or bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
