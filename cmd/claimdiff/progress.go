package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// progressBar draws a one-line progress bar on a terminal, but only once a
// job has run for a second: short runs stay quiet.
type progressBar struct {
	w     io.Writer
	start time.Time
	shown bool
}

// newProgressBar returns a bar drawing on w, or nil when w is not a terminal
// (a pipe or a file must not fill up with carriage returns).
func newProgressBar(w io.Writer) *progressBar {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return &progressBar{w: w, start: time.Now()}
}

func (p *progressBar) update(pr claims.Progress) {
	if time.Since(p.start) < time.Second || pr.Total == 0 {
		return
	}
	const width = 30
	filled := width * pr.Done / pr.Total
	fmt.Fprintf(p.w, "\r%-8s [%s%s] %3d%% ", pr.Stage, strings.Repeat("#", filled),
		strings.Repeat(".", width-filled), 100*pr.Done/pr.Total)
	p.shown = true
}

// clear erases the bar so that messages after it start on a clean line.
func (p *progressBar) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
