// Package articles reads news articles that do not come as plain UTF-8
// text into [claims.Document]s: web pages (the article's text, headline,
// URL and publication date, extracted with go-trafilatura), article records
// in JSON Lines or CSV, and text in a legacy encoding.
//
// [Read] takes one input's bytes and returns its documents: one for a text
// file or a web page, one per record for JSON Lines and CSV. The format is
// given ([WithFormat]) or detected from the input's name and first bytes
// ([Detect]). Offsets in a report refer to each document's Text, which for
// a page or a record is the extracted or given article text, not the input
// bytes: keep the documents to show or check them.
//
// Errors are [*Error]s naming the input, the record (line or row) and the
// field; they wrap a sentinel ([ErrNotText], [ErrEncoding], [ErrNoArticle],
// [ErrBadRecord], [ErrMissingField], [ErrBadDate], [ErrDuplicateSource],
// [ErrNoRecords]) for callers that branch with errors.Is.
//
// Non-goals: fetching pages, rendering script-built pages (a page whose
// article exists only after JavaScript runs is read from its JSON-LD
// articleBody, or not at all), and formats other than the five of [Format].
package articles
