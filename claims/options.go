package claims

import (
	"fmt"

	"github.com/claimdiff/claimdiff/normalize"
	"github.com/claimdiff/claimdiff/similarity"
)

// Option configures Compare, CompareContext and NewCorpus. With no options
// every function uses the documented defaults. An option that also applies
// to Split or Match is a SplitOption or a MatchOption, so that passing one
// where it does nothing does not compile.
type Option interface {
	apply(*config)
}

// SplitOption configures Split as well as Compare: WithHardWrap.
type SplitOption interface {
	Option
	splitOption()
}

// MatchOption configures Match as well as Compare: WithThreshold,
// WithScorer and WithAliases.
type MatchOption interface {
	Option
	matchOption()
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

type splitOption struct{ optionFunc }

func (splitOption) splitOption() {}

type matchOption struct{ optionFunc }

func (matchOption) matchOption() {}

// pairMode says which pairs of claims a comparison scores.
type pairMode uint8

const (
	autoPairs  pairMode = iota // every pair up to allPairsLimit claims, the index's candidates beyond
	allPairs                   // every pair (tests)
	indexPairs                 // the index's candidates (tests)
)

// allPairsLimit is the most claims a comparison scores all pairs of: a
// story told by a handful of outlets, scored in well under a second. A
// larger corpus (a feed) scores the candidate index's pairs, which finds
// the pairs at or above the threshold but not all the weaker best matches
// that align a story's claims.
const allPairsLimit = 1500

type config struct {
	scorer    similarity.Scorer
	threshold float64
	hardWrap  bool
	progress  func(Progress)
	keyWords  int      // see similarity.CandidateOptions; 0 means its default
	pairs     pairMode // which pairs are scored
	maxBytes  int
	aliases   []normalize.Option
	extractor *normalize.Extractor // from aliases; nil means normalize.Default()
	err       error                // the first option given a bad value (ErrBadOption)
}

func newConfig[O Option](opts []O) config {
	cfg := config{scorer: DefaultScorer(), threshold: similarity.DefaultThreshold, maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		o.apply(&cfg)
	}
	if len(cfg.aliases) > 0 {
		cfg.extractor = normalize.New(cfg.aliases...)
	}
	return cfg
}

// DefaultScorer returns how Compare and Match score pairs unless told
// otherwise: the fitted model (similarity.Default), anchored so that two
// sentences stating a fact about the same thing ("about 2,500 US troops")
// are compared as one claim even when the rest of the sentences differ
// (similarity.Anchored). A new value each call.
func DefaultScorer() similarity.Scorer {
	return similarity.Anchored{Scorer: similarity.Default(), Floor: similarity.DefaultThreshold}
}

// WithScorer scores sentence pairs with s and calls a pair the same claim
// when its score is at least threshold, in [0, 1]. Default: DefaultScorer()
// with similarity.DefaultThreshold. A nil s keeps the scorer and sets only
// the threshold. When s has a method Lift(a, b *similarity.Text, score
// float64) float64, as similarity.Anchored has, Compare asks it how much
// of a score at the threshold a shared figure or phrase adds: a pair lifted
// so is grouped across sources only when each claim is the other's best
// match on words (see similarity.Anchored.Lift); a scorer that wraps an
// Anchored should pass that method on, or lifted pairs are grouped as any.
func WithScorer(s similarity.Scorer, threshold float64) MatchOption {
	return matchOption{func(c *config) {
		if s != nil {
			c.scorer = s
		}
		c.setThreshold("WithScorer", threshold)
	}}
}

// setThreshold sets the threshold, or records ErrBadOption for one outside
// [0, 1] (NaN included).
func (c *config) setThreshold(option string, t float64) {
	c.threshold = t
	if !(t >= 0 && t <= 1) && c.err == nil {
		c.err = fmt.Errorf("claims: %s: threshold %g is outside [0, 1]: %w", option, t, ErrBadOption)
	}
}

// WithThreshold changes only the score at or above which two sentences are
// the same claim, in [0, 1]; higher is stricter. Compare, CompareContext,
// Corpus.Add and Corpus.Report reject a threshold outside [0, 1] or NaN with
// an error wrapping ErrBadOption (so does WithScorer); Match, which returns
// no error, compares against it as given. Default:
// similarity.DefaultThreshold (0.5).
func WithThreshold(t float64) MatchOption {
	return matchOption{func(c *config) { c.setThreshold("WithThreshold", t) }}
}

// WithAliases adds names that name the same entity as canonical, so that
// their facts agree and their words match: WithAliases("Hamas", "Harakat
// al-Muqawama"). They extend normalize.DefaultAliases (see
// normalize.WithAliases); use it once per entity. Default: the
// DefaultAliases alone.
func WithAliases(canonical string, variants ...string) MatchOption {
	return matchOption{func(c *config) {
		c.aliases = append(c.aliases, normalize.WithAliases(canonical, variants...))
	}}
}

// WithHardWrap treats single line breaks as spaces, for text wrapped at a
// fixed width (PDF, e-mail). By default every line break ends a sentence, as
// suits scraped news where each paragraph or headline is one line.
func WithHardWrap() SplitOption {
	return splitOption{func(c *config) { c.hardWrap = true }}
}

// WithProgress calls fn as a long comparison advances, at most about ten
// times a second per stage, from the goroutine that called Compare, Add or
// Report. Default: no progress reports.
func WithProgress(fn func(Progress)) Option {
	return optionFunc(func(c *config) { c.progress = fn })
}

// DefaultMaxBytes is the largest document Compare and Add accept by default.
const DefaultMaxBytes = 64 << 20

// WithMaxBytes sets the largest document accepted, in bytes; a larger one
// fails with ErrTooLarge. Zero or less means no limit. Default:
// DefaultMaxBytes (64 MiB).
func WithMaxBytes(n int) Option {
	return optionFunc(func(c *config) { c.maxBytes = n })
}
