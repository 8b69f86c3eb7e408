// Command claimdiff compares how several news sources report the same story.
//
// Usage:
//
//	claimdiff [compare] [-format text|json|markdown|html] [-threshold T] [-input FORMAT] [-encoding E] [SOURCE...]
//	claimdiff split [-hard-wrap] [-input FORMAT] [-encoding E] [SOURCE...]
//	claimdiff match [-threshold T] < pairs.tsv
//	claimdiff stories [-window D] [-threshold T] [-input FORMAT] [SOURCE...]
//	claimdiff COMMAND -h    (a command's flags, with their defaults)
//	claimdiff -version
//
// A SOURCE is a text file (one article, named after the file's base name
// without extension), a web page (.html, .htm: its article is extracted),
// a JSON Lines or CSV file of article records (each named by its source
// field), NAME=PATH to name a file, - for standard input, or a directory
// (each file in it or link to one that is not a dot file, sorted by name). With
// no SOURCE, standard input when it is not a terminal, else the bundled
// sample articles. Flags may come before or after the sources; -- ends them.
//
// compare prints a report of shared claims, divergences and unique claims;
// split prints one JSON object per sentence (JSON Lines); match reads lines
// "A<TAB>B" and prints one JSON object per line as it reads them: the
// score, whether the two sentences state the same claim, and the facts on
// which they diverge; stories groups the articles of a feed into stories
// and prints one JSON line per story with its report (compare -stories
// does the same).
//
// Exit status: 0 on success, 1 on bad input (the message names the source),
// 2 on bad usage. compare and split write nothing to standard output on
// failure; match answers every line, a bad one with {"line", "error"}, and
// exits 1 at the end if any line was bad.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/adrg/strutil/metrics"
)

// Exit codes, per the CLI contract.
const (
	exitOK       = 0
	exitBadInput = 1
	exitUsage    = 2
)

func main() {
	// Most of claimdiff's heap is prepared sentences that live until the
	// report is written, so the default GC target (GOGC=100: the heap may
	// grow to twice what is live) mostly buys idle memory. 70 keeps peak
	// memory about a tenth lower for a large comparison at no measurable
	// cost in time. An explicit GOGC in the environment still wins.
	setGCPercent(70)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// setGCPercent sets the GC target unless GOGC is set in the environment.
func setGCPercent(percent int) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(percent)
	}
}

// usageError marks a mistake in the command line rather than in the input;
// usage is the command's usage message.
type usageError struct{ msg, usage string }

func (e usageError) Error() string { return e.msg }

// helpRequest is returned by a command asked for -h: its usage message.
type helpRequest struct{ usage string }

func (helpRequest) Error() string { return "help requested" }

// streamError is an input error found while the output was already being
// written (match answers each line as it comes): it is reported, with exit
// status 1, after the output.
type streamError struct{ error }

// run executes one command line. compare and split read and process all
// their input before they write anything, so bad input leaves standard
// output empty; the output itself is streamed, not held in memory.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd, rest := "compare", args
	if len(args) > 0 {
		if _, ok := commands[args[0]]; ok {
			cmd, rest = args[0], args[1:]
		} else if args[0] == "help" {
			return help(args[1:], stdout, stderr)
		} else if mistypedCommand(args[0]) {
			fmt.Fprintf(stderr, "claimdiff: %q is neither a command (%s, help) nor a file\n", args[0], strings.Join(slices.Sorted(maps.Keys(commands)), ", "))
			return exitUsage
		}
	}
	env := &env{stdin: stdin, stderr: stderr}
	emit, err := commands[cmd](rest, env)
	var uerr usageError
	var hreq helpRequest
	switch {
	case errors.As(err, &hreq):
		fmt.Fprint(stdout, hreq.usage)
		return exitOK
	case errors.As(err, &uerr):
		// The synopsis only, so that the message stays in sight.
		synopsis, _, _ := strings.Cut(uerr.usage, "\n")
		fmt.Fprintf(stderr, "claimdiff: %v\n%s\n(claimdiff help %s: all flags)\n", err, synopsis, cmd)
		return exitUsage
	case err != nil:
		fmt.Fprintf(stderr, "claimdiff: %v\n", err)
		return exitBadInput
	}
	// All input has been read and processed (match excepted): only writing
	// can fail now.
	w := bufio.NewWriterSize(stdout, 64<<10)
	err = emit(w)
	if err == nil {
		err = w.Flush()
	}
	var serr streamError
	switch {
	case errors.As(err, &serr):
		w.Flush()
		fmt.Fprintf(stderr, "claimdiff: %v\n", serr.error)
		return exitBadInput
	case err != nil:
		fmt.Fprintf(stderr, "claimdiff: writing output: %v\n", err)
		return exitBadInput
	}
	return exitOK
}

// help prints the overview, or one command's usage, on standard output.
func help(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, overview)
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "claimdiff: help: unknown command %q\n\n%s", args[0], overview)
		return exitUsage
	}
	_, err := c([]string{"-h"}, &env{stderr: stderr})
	var hreq helpRequest
	if errors.As(err, &hreq) {
		fmt.Fprint(stdout, hreq.usage)
	}
	return exitOK
}

// version describes the build: the module version and, when the binary was
// built from a repository, the revision and whether it had local changes.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "claimdiff (no build information)\n"
	}
	v := "claimdiff " + info.Main.Version
	var rev, when, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev != "" {
		v += fmt.Sprintf(" (revision %s, %s%s)", rev, when, modified)
	}
	return v + " " + info.GoVersion + "\n"
}

const overview = `usage:
  claimdiff [compare] [flags] [SOURCE...]   compare the sources' claims (the default command)
  claimdiff split [flags] [SOURCE...]       print each source's sentences as JSON Lines
  claimdiff match [flags] < pairs.tsv       judge pairs of sentences, one A<TAB>B line each
  claimdiff stories [flags] [SOURCE...]     group a feed into stories, one JSON line a story
  claimdiff help [COMMAND]                  this overview, or a command's flags and defaults
  claimdiff -version                        the version of this build

SOURCE: a text file, a web page (.html/.htm), a JSON Lines or CSV file of article records,
NAME=FILE, - (standard input) or a DIRECTORY (each file, by name, dot files skipped).
No SOURCE: standard input if it is not a terminal, else the bundled sample articles.
Flags may follow the sources; -- ends the flags. Run "claimdiff COMMAND -h" for a command's flags.
Exit status: 0 success, 1 bad input, 2 bad usage.
`

// mistypedCommand reports whether arg, given where a command may stand,
// reads as a command word rather than a source: lower-case letters only, no
// such file, and within two edits of a command's name.
func mistypedCommand(arg string) bool {
	if arg == "" || strings.TrimLeft(arg, "abcdefghijklmnopqrstuvwxyz") != "" {
		return false
	}
	if _, err := os.Stat(arg); !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	for name := range commands {
		if metrics.NewLevenshtein().Distance(arg, name) <= 2 {
			return true
		}
	}
	return false
}
