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

// An export saved with a .txt extension is read as one text article unless
// the format is given.
func ExampleWithFormat() {
	export := "source,published,text\n" +
		"courier,2026-03-15,Some 2000 residents were evacuated.\n" +
		"herald,2026-03-16,About 1800 people left their homes.\n"
	docs, _ := articles.Read("export", "export.txt", []byte(export))
	fmt.Println(len(docs), docs[0].Name)
	docs, err := articles.Read("export", "export.txt", []byte(export), articles.WithFormat(articles.CSV))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		fmt.Printf("%s %s %q\n", d.Name, d.Published.Format("2006-01-02"), d.Text)
	}
	// Output:
	// 1 export
	// courier 2026-03-15 "Some 2000 residents were evacuated."
	// herald 2026-03-16 "About 1800 people left their homes."
}

// A page whose charset declaration is wrong: it says UTF-8, but the bytes
// are Windows-1252. The encoding given wins over the declaration.
func ExampleWithEncoding() {
	page := []byte("<html><head><meta charset=\"utf-8\"><title>Council votes</title></head><body><article>" +
		"<h1>Council votes</h1><p>\x93We will rebuild,\x94 the mayor said after the council\x92s vote.</p>" +
		"<p>The bridge will reopen in May.</p></article></body></html>")
	_, err := articles.Read("gazette", "gazette.html", page)
	fmt.Println(err)
	enc, _ := articles.LookupEncoding("windows-1252")
	docs, err := articles.Read("gazette", "gazette.html", page, articles.WithEncoding(enc))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(docs[0].Text)
	// Output:
	// articles: gazette.html: bad encoding: not valid UTF-8 at byte 109; the bytes look like Windows-1252: decode them with encoding "windows-1252"
	// Council votes
	// “We will rebuild,” the mayor said after the council’s vote.
	// The bridge will reopen in May.
}

// One encoding can be given for a mix of sources: those already in UTF-8
// are read as UTF-8, not garbled.
func ExampleKeepsUTF8() {
	enc, _ := articles.LookupEncoding("windows-1252")
	for _, data := range []string{"\x93Fair,\x94 he said.", "Talks resumed — briefly."} {
		docs, _ := articles.Read("a", "a.txt", []byte(data), articles.WithEncoding(enc))
		fmt.Println(articles.KeepsUTF8([]byte(data), enc), docs[0].Text)
	}
	// Output:
	// false “Fair,” he said.
	// true Talks resumed — briefly.
}

// A feed holds an outlet's articles on several events: by default a
// repeated source is refused, as a comparison tells sources apart by name.
func ExampleWithRepeatedSources() {
	feed := `{"source": "courier", "title": "Dam fails", "text": "About 3,500 residents fled."}
{"source": "herald", "title": "Dam fails", "text": "Some 3,000 residents fled."}
{"source": "courier", "title": "Mayor elected", "text": "Renata Osei won with 54% of the vote."}
`
	_, err := articles.Read("", "feed.jsonl", []byte(feed))
	fmt.Println(err)
	fmt.Println(errors.Is(err, articles.ErrDuplicateSource))
	docs, err := articles.Read("", "feed.jsonl", []byte(feed), articles.WithRepeatedSources())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		fmt.Println(d.Name, "|", d.Title)
	}
	// Output:
	// articles: feed.jsonl: line 3: field "source": duplicate source: "courier" is also the source of line 1
	// true
	// courier | Dam fails
	// herald | Dam fails
	// courier | Mayor elected
}
