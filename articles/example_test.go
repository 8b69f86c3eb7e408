package articles_test

import (
	"errors"
	"fmt"

	"github.com/claimdiff/claimdiff/articles"
)

// A web page: the article's text comes out one paragraph a line, headline
// first, with the page's title, canonical URL and publication time.
func ExampleRead_page() {
	page := `<!DOCTYPE html><html><head><title>Dam fails | The Ledger</title>
<link rel="canonical" href="https://ledger.example/dam">
<meta property="og:title" content="Dam fails">
<meta property="article:published_time" content="2026-03-15T21:40:00Z">
<script>track('pageview')</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Dam fails</h1>
<p>About 3,500 residents fled their homes when the Alder Creek dam failed around 9&nbsp;p.m. on Saturday.</p>
<p>No deaths were reported, the sheriff&rsquo;s office said.</p></article>
<footer>&copy; The Ledger</footer></body></html>`
	docs, err := articles.Read("ledger", "ledger.html", []byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	fmt.Println(d.Title, d.URL, d.Published)
	fmt.Print(d.Text)
	// Output:
	// Dam fails https://ledger.example/dam 2026-03-15 21:40:00 +0000 UTC
	// Dam fails
	// About 3,500 residents fled their homes when the Alder Creek dam failed around 9 p.m. on Saturday.
	// No deaths were reported, the sheriff’s office said.
}

// Article records in JSON Lines: each names its own source.
func ExampleRead_records() {
	feed := `{"source": "courier", "published": "2026-03-15", "text": "Some 2,000 residents were evacuated."}
{"outlet": "herald", "url": "https://herald.example/dam", "text": "1,800 people were ordered out of their homes."}
`
	docs, err := articles.Read("", "feed.jsonl", []byte(feed))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		fmt.Printf("%s %q %s\n", d.Name, d.Text, d.Published.Format("2006-01-02"))
	}
	// Output:
	// courier "Some 2,000 residents were evacuated." 2026-03-15
	// herald "1,800 people were ordered out of their homes." 0001-01-01
}

// A bad record is an error naming the input, the line and the field.
func ExampleRead_badRecord() {
	feed := "source,published,text\ncourier,15 March,Some 2000 left.\n"
	_, err := articles.Read("", "feed.csv", []byte(feed), articles.WithFormat(articles.CSV))
	fmt.Println(err)
	fmt.Println(errors.Is(err, articles.ErrBadDate))
	// Output:
	// articles: feed.csv: row 2: field "published": unparsable date: "15 March" is neither RFC 3339 (2026-03-15T06:12:00Z) nor YYYY-MM-DD
	// true
}

// Legacy text is decoded from the encoding given; without one it is
// refused, with a hint.
func ExampleLookupEncoding() {
	legacy := []byte("\x93Fair,\x94 said the council\x92s leader.")
	_, err := articles.Read("council", "council.txt", legacy)
	fmt.Println(err)
	enc, _ := articles.LookupEncoding("windows-1252")
	docs, _ := articles.Read("council", "council.txt", legacy, articles.WithEncoding(enc))
	fmt.Println(docs[0].Text)
	// Output:
	// articles: council.txt: bad encoding: not valid UTF-8 at byte 0; the bytes look like Windows-1252: decode them with encoding "windows-1252"
	// “Fair,” said the council’s leader.
}

func ExampleDetect() {
	fmt.Println(articles.Detect("story.htm", nil))
	fmt.Println(articles.Detect("standard input", []byte("<!doctype html><html>")))
	fmt.Println(articles.Detect("standard input", []byte("outlet,title,text\n")))
	fmt.Println(articles.Detect("standard input", []byte("Plain words.")))
	// Output:
	// html
	// html
	// csv
	// text
}

func ExampleParseFormat() {
	f, err := articles.ParseFormat("jsonl")
	fmt.Println(f, err)
	_, err = articles.ParseFormat("pdf")
	fmt.Println(err)
	// Output:
	// jsonl <nil>
	// articles: unknown format "pdf" (want auto, text, html, jsonl or csv)
}

func ExampleCheckText() {
	fmt.Println(articles.CheckText("Caf\xe9"))
	fmt.Println(articles.CheckText("Café"))
	// Output:
	// bad encoding: not valid UTF-8 at byte 3
	// <nil>
}
