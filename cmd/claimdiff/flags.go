package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/articles"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/similarity"
)

// env is what a command may read besides its arguments, and the flags that
// say how to read sources.
type env struct {
	stdin    io.Reader // nil: no standard input (a terminal)
	stderr   io.Writer
	maxBytes int             // largest source read; set by -max-bytes
	format   articles.Format // -input
	encoding string          // -encoding, a WHATWG label; "" for UTF-8
	derived  map[string]bool // sources whose text is not their input's bytes (set by readSources)
	// feed is set for a feed of articles (stories): records may repeat a
	// source, and -max-bytes limits each article, not each file.
	feed bool
}

func (e *env) warnf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "claimdiff: warning: "+format+"\n", args...)
}

// flags is a command's flag set with its usage message.
type flags struct {
	*flag.FlagSet
	synopsis string // the command's usage lines and what it does
	version  *bool
}

// newFlags returns a flag set that reports errors instead of exiting and
// prints nothing itself: run prints the message and the usage once.
func newFlags(name, synopsis string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := &flags{FlagSet: fs, synopsis: synopsis}
	f.version = fs.Bool("version", false, "print the version of this build and exit")
	return f
}

// usage is the command's usage message: its synopsis and every flag with
// its description and default.
func (f *flags) usage() string {
	var b bytes.Buffer
	b.WriteString(f.synopsis)
	b.WriteString("\nflags:\n")
	f.SetOutput(&b)
	f.PrintDefaults()
	f.SetOutput(io.Discard)
	return b.String()
}

func (f *flags) usageErrorf(format string, args ...any) error {
	return usageError{msg: f.Name() + ": " + fmt.Sprintf(format, args...), usage: f.usage()}
}

// parse parses args, flags and operands in any order (interleaved, as
// "claimdiff a.txt b.txt -format json"); "--" ends the flags. It returns
// the operands, a helpRequest for -h and a usageError for a bad flag.
// -version is answered here too, as a help request with the version.
func (f *flags) parse(args []string) ([]string, error) {
	var operands []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, helpRequest{f.usage()}
			}
			return nil, f.usageErrorf("%v", err)
		}
		rest := f.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			operands = append(operands, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
	if *f.version {
		return nil, helpRequest{version()}
	}
	return operands, nil
}

// thresholdFlag adds -threshold, checked to lie in [0,1] by checkThreshold.
func thresholdFlag(f *flags) *float64 {
	return f.Float64("threshold", similarity.DefaultThreshold, "score in [0,1] at or above which two sentences are the same claim")
}

func checkThreshold(f *flags, t float64) error {
	if !(t >= 0 && t <= 1) {
		return f.usageErrorf("-threshold %v is outside [0,1]", t)
	}
	return nil
}

// maxBytesFlag adds the -max-bytes flag that sets env.maxBytes.
func maxBytesFlag(f *flags, env *env) {
	f.IntVar(&env.maxBytes, "max-bytes", claims.DefaultMaxBytes, "largest source (or match line) to read, in bytes (0: no limit)")
}

// sourceFlags adds the flags that say how to read sources: -input,
// -encoding and -max-bytes. checkSourceFlags validates them.
func sourceFlags(f *flags, env *env) *string {
	maxBytesFlag(f, env)
	f.StringVar(&env.encoding, "encoding", "", "encoding of text and record sources, a WHATWG label such as windows-1252 or iso-8859-15 (default UTF-8; web pages: their declared charset)")
	return f.String("input", "auto", "source format: "+formatNames()+" (auto: by file extension, else by content)")
}

func formatNames() string {
	var names []string
	for _, f := range articles.Formats {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

func checkSourceFlags(f *flags, env *env, input string) error {
	if env.maxBytes < 0 {
		return f.usageErrorf("-max-bytes %d is negative (0: no limit)", env.maxBytes)
	}
	format, err := articles.ParseFormat(input)
	if err != nil {
		return f.usageErrorf("unknown -input %q (want %s)", input, formatNames())
	}
	env.format = format
	if env.encoding != "" {
		if _, err := articles.LookupEncoding(env.encoding); err != nil {
			return f.usageErrorf("unknown -encoding %q (want a WHATWG label such as utf-8, windows-1252, iso-8859-15, utf-16le)", env.encoding)
		}
	}
	return nil
}

const sourcesHelp = `
SOURCE: a text file (named after its base name without extension), a web page (.html, .htm:
its article is extracted), a JSON Lines (.jsonl) or CSV (.csv) file of article records (fields
source or outlet, title, url, published, and text or html; each record is a source), NAME=FILE,
- (standard input), or a DIRECTORY (each file or link to one, by name; dot files skipped,
subdirectories, the folder's README, LICENSE or CHANGELOG and files that are not text skipped
with a warning). No SOURCE: standard input when a pipe or a file
is given (a terminal or /dev/null gives the bundled sample articles). Flags may follow the sources; -- ends the flags.
`
