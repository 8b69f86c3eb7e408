package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	if newProgressBar(&buf) != nil {
		t.Fatal("a progress bar on a buffer, want none: only terminals get one")
	}
	p := &progressBar{w: &buf, start: time.Now()}
	p.update(claims.Progress{Stage: "score", Done: 1, Total: 2})
	if buf.Len() != 0 {
		t.Fatalf("drew %q within the first second", buf.String())
	}
	p.start = time.Now().Add(-2 * time.Second)
	p.update(claims.Progress{Stage: "score", Done: 1, Total: 2})
	if got, want := buf.String(), "\rscore    [###############...............]  50% "; got != want {
		t.Errorf("bar = %q, want %q", got, want)
	}
	buf.Reset()
	p.clear()
	if buf.String() != "\r\033[K" {
		t.Errorf("clear wrote %q", buf.String())
	}
}
