#!/usr/bin/env python3
"""Writes the dam story's web-page fixtures: each outlet of /work/shared/stories/dam in four page layouts.

  python3 articles/testdata/dam/gen.py /work/shared/stories/dam     (from the repository root)

The pages are invented (no real outlet); their article text is the outlet's text file, line for line,
so that extracting a page must give back the claims of the text file. Layouts:
  plain/     a plain article page: <article>, <h1>, byline, <p> paragraphs, a footer;
  clutter/   the same article inside navigation, a cookie banner, ads, tracking scripts, a share bar,
             related links, a newsletter form, comments and a footer;
  jsonld/    a script-rendered page: an empty app shell, the article only in JSON-LD (articleBody);
  minified/  a div-based page with navigation and related links, all on one line.
Apostrophes and dashes are written as character references (&#39;, &mdash;) so that the decoded text is
byte for byte the text file's. meta.json lists each outlet's expected title, URL and publication date;
want/OUTLET.txt the article lines a page's extraction should give (headline and paragraphs, no furniture);
text/OUTLET.txt is a copy of the story's text file.
"""
import html, json, os, sys

# Which lines of each text file are what (0-based); the rest are paragraphs.
OUTLETS = {
    "courier": dict(site="The Courier", host="courier.example", headline=0, byline=1, updated=2,
                    tail=["Sign up for our morning newsletter", "© 2026 The Courier. All rights reserved."],
                    published="2026-03-15T06:12:00-07:00", author="Tom Reyes"),
    "herald": dict(site="Kestrel Herald", host="herald.example", headline=0, photo=1,
                   tail=["Read more: Flood insurance explained"],
                   published="2026-03-15T09:30:00-07:00", author=""),
    "ledger": dict(site="The Ledger", host="ledger.example", headline=None,
                   tail=["Share this article"], published="2026-03-15", author=""),
    "post": dict(site="Valley Post", host="post.example", headline=0,
                 tail=[], published="2026-03-16T07:00:00Z", author="Ana Ruiz"),
}


def ref(s):
    """HTML-escapes s, writing apostrophes and dashes as character references."""
    return html.escape(s, quote=False).replace("'", "&#39;").replace("—", "&mdash;")


def parts(story, name):
    o = OUTLETS[name]
    lines = open(os.path.join(story, name + ".txt"), encoding="utf-8").read().splitlines()
    special = {o.get(k) for k in ("headline", "byline", "updated", "photo")} - {None}
    paras = [l for i, l in enumerate(lines) if i not in special and l not in o["tail"]]
    get = lambda k: lines[o[k]] if o.get(k) is not None else ""
    slug = "kestrel-falls-dam"
    return dict(o, headline=get("headline"), byline=get("byline"), updated=get("updated"),
                photo=get("photo"), paras=paras, url=f"https://www.{o['host']}/news/2026/03/{slug}",
                title=get("headline"))


def head(p, extra=""):
    title = f"{p['headline']} | {p['site']}" if p["headline"] else p["site"]
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{ref(title)}</title>\n'
            f'<link rel="canonical" href="{p["url"]}">\n'
            f'<meta property="article:published_time" content="{p["published"]}">\n{extra}</head>\n')


def article(p):
    out = ["<article>"]
    if p["headline"]:
        out.append(f"<h1>{ref(p['headline'])}</h1>")
    if p["byline"]:
        out.append(f'<p class="byline">{ref(p["byline"])}</p>')
    if p["updated"]:
        out.append(f'<time datetime="{p["published"]}">{ref(p["updated"])}</time>')
    if p["photo"]:
        out.append(f'<figure><img src="/img/dam.jpg" alt="The breached dam">'
                   f'<figcaption>{ref(p["photo"])}</figcaption></figure>')
    out += [f"<p>{ref(l)}</p>" for l in p["paras"]]
    out.append("</article>")
    return "\n".join(out)


def plain(p):
    tail = "\n".join(f"<p>{ref(t)}</p>" for t in p["tail"])
    return head(p) + f"<body>\n{article(p)}\n<footer>\n{tail}\n</footer>\n</body>\n</html>\n"


NAV = ["Home", "World", "Politics", "Business", "Weather", "Sport", "Opinion"]
RELATED = ["Dam safety inspections lag across the state, audit finds",
           "Three rescued from floodwater near Pine Ridge in 2024",
           "County approves $12 million levee upgrade"]
COMMENTS = ["My cousin lives near the creek and says the water came up in minutes.",
            "Who signed off on the 2019 inspection? Somebody should answer for this."]


def clutter(p):
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    rel = "".join(f'<li><a href="/news/{i}">{ref(r)}</a></li>' for i, r in enumerate(RELATED))
    com = "".join(f'<div class="comment"><span class="user">reader{i}</span><p>{ref(c)}</p></div>'
                  for i, c in enumerate(COMMENTS))
    tail = "\n".join(f"<p>{ref(t)}</p>" for t in p["tail"])
    scripts = ('<script async src="https://tracker.example/t.js"></script>\n'
               "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
               "gtag('js',new Date());gtag('config','UA-000000-1');</script>\n"
               "<style>.ad{min-height:250px}.nav li{display:inline}</style>\n")
    body = f"""<body>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. By continuing you accept our use of cookies.</p><button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">{ref(p['site'])}</a>
<nav class="nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<div class="ad ad-leaderboard"><span>Advertisement</span><script>googletag.cmd.push(function(){{googletag.display('div-gpt-ad-1')}});</script></div>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; <a href="/news/oregon">Oregon</a></div>
{article(p)}
<div class="share"><a href="https://social.example/share">Share on Social</a> <a href="mailto:?subject=dam">Email</a> <a href="#" onclick="print()">Print</a></div>
<div class="ad ad-inline"><span>Advertisement</span></div>
<aside class="related"><h2>Related stories</h2><ul>{rel}</ul></aside>
<section class="newsletter"><h2>Get the morning briefing</h2><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></section>
<section class="comments"><h2>Comments (2)</h2>{com}</section>
</main>
<footer class="site-footer">
{tail}
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
</footer>
<script>(function(){{var s=document.createElement('script');s.src='https://ads.example/load.js';document.body.appendChild(s)}})();</script>
</body>
</html>
"""
    return head(p, scripts) + body


def jsonld(p):
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": p["headline"] or None,
            "url": p["url"], "datePublished": p["published"],
            "publisher": {"@type": "Organization", "name": p["site"]},
            "articleBody": "\n\n".join(p["paras"])}
    if p["author"]:
        data["author"] = {"@type": "Person", "name": p["author"]}
    data = {k: v for k, v in data.items() if v is not None}
    ld = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return head(p, f'<script type="application/ld+json">\n{ld}\n</script>\n') + (
        '<body>\n<div id="app"></div>\n<noscript>Please enable JavaScript to read this site.</noscript>\n'
        '<script src="/static/app.4f2c9e.js"></script>\n</body>\n</html>\n')


def minified(p):
    nav = "".join(f'<a href="/{n.lower()}">{n}</a>' for n in NAV)
    rel = "".join(f'<div class="card"><a href="/news/{i}">{ref(r)}</a></div>' for i, r in enumerate(RELATED))
    hl = f'<div class="headline"><h1>{ref(p["headline"])}</h1></div>' if p["headline"] else ""
    meta = "".join(f'<div class="{c}">{ref(p[k])}</div>' for c, k in
                   (("author", "byline"), ("stamp", "updated"), ("credit", "photo")) if p[k])
    body = "".join(f'<div class="para"><p>{ref(l)}</p></div>' for l in p["paras"])
    tail = "".join(f'<div class="promo">{ref(t)}</div>' for t in p["tail"])
    title = f"{p['headline']} | {p['site']}" if p["headline"] else p["site"]
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<title>{ref(title)}</title><link rel="canonical" href="{p["url"]}">'
            f'<meta property="og:url" content="{p["url"]}">'
            f'<meta property="article:published_time" content="{p["published"]}">'
            '<script>!function(){var e=document.documentElement;e.className+=" js"}();</script></head>'
            f'<body><div class="top"><div class="brand">{ref(p["site"])}</div><div class="menu">{nav}</div></div>'
            f'<div class="page"><div class="story">{hl}{meta}<div class="story-body">{body}</div>{tail}</div>'
            f'<div class="rail"><div class="rail-title">Most read</div>{rel}</div></div>'
            '<div class="foot">Copyright and terms</div></body></html>\n')


LAYOUTS = {"plain": plain, "clutter": clutter, "jsonld": jsonld, "minified": minified}


def main():
    story = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/stories/dam"
    here = os.path.dirname(os.path.abspath(__file__))
    meta = {}
    for name in sorted(OUTLETS):
        p = parts(story, name)
        meta[name] = {"title": p["headline"], "url": p["url"], "published": p["published"]}
        for sub, text in (("want", "\n".join(([p["headline"]] if p["headline"] else []) + p["paras"]) + "\n"),
                          ("text", open(os.path.join(story, name + ".txt"), encoding="utf-8").read())):
            os.makedirs(os.path.join(here, sub), exist_ok=True)
            with open(os.path.join(here, sub, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        for layout, write in LAYOUTS.items():
            os.makedirs(os.path.join(here, layout), exist_ok=True)
            with open(os.path.join(here, layout, name + ".html"), "w", encoding="utf-8") as f:
                f.write(write(p))
    with open(os.path.join(here, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
