package claims

import "github.com/claimdiff/claimdiff/similarity"

// Option configures Split, Compare, Match and NewCorpus. With no options every
// function uses the documented defaults.
type Option func(*config)

type config struct {
	scorer    similarity.Scorer
	threshold float64
	hardWrap  bool
	progress  func(Progress)
	keyWords  int  // see similarity.CandidateOptions; 0 means its default
	allPairs  bool // score every pair instead of the candidates (tests)
	maxBytes  int
}

func newConfig(opts []Option) config {
	cfg := config{scorer: DefaultScorer, threshold: similarity.DefaultThreshold, maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		o(&cfg)
	}
	return cfg
}

// DefaultScorer is how Compare and Match score pairs unless told otherwise:
// the fitted paraphrase model (similarity.Default), anchored so that two
// sentences stating the same count of the same thing ("about 2,500 US
// troops") are compared as one claim even when the rest of the sentences
// differ (similarity.Anchored).
var DefaultScorer similarity.Scorer = similarity.Anchored{Scorer: similarity.Default, Floor: similarity.DefaultThreshold}

// WithScorer scores sentence pairs with s and calls a pair the same claim
// when its score is at least threshold. Default: DefaultScorer with
// similarity.DefaultThreshold.
func WithScorer(s similarity.Scorer, threshold float64) Option {
	return func(c *config) {
		if s != nil {
			c.scorer = s
		}
		c.threshold = threshold
	}
}

// WithThreshold changes only the score at or above which two sentences are
// the same claim. Higher is stricter. Default: similarity.DefaultThreshold.
func WithThreshold(t float64) Option {
	return func(c *config) { c.threshold = t }
}

// WithHardWrap treats single line breaks as spaces, for text wrapped at a
// fixed width (PDF, e-mail). By default every line break ends a sentence, as
// suits scraped news where each paragraph or headline is one line.
func WithHardWrap() Option {
	return func(c *config) { c.hardWrap = true }
}

// WithProgress calls fn as a long comparison advances, at most about ten
// times a second per stage, from the goroutine that called Compare, Add or
// Report.
// Default: no progress reports.
func WithProgress(fn func(Progress)) Option {
	return func(c *config) { c.progress = fn }
}

// DefaultMaxBytes is the largest document Compare and Add accept by default.
const DefaultMaxBytes = 64 << 20

// WithMaxBytes sets the largest document accepted, in bytes; a larger one
// fails with ErrTooLarge. Zero or less means no limit. Default:
// DefaultMaxBytes (64 MiB).
func WithMaxBytes(n int) Option {
	return func(c *config) { c.maxBytes = n }
}
