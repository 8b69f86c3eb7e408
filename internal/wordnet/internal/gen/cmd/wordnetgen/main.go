// Command wordnetgen writes the table of package wordnet from the WordNet
// 3.0 database that Debian's wordnet-base package installs, and copies the
// package's copyright file (the WordNet licence notice) beside it:
//
//	go run ./internal/gen/cmd/wordnetgen -src /usr/share/wordnet -debian-version 1:3.0-37 \
//		-notice /usr/share/doc/wordnet-base/copyright -o wordnet.bin -license LICENSE
//
// When dpkg-query is present, the installed wordnet-base must be the version
// named by -debian-version, so the table's preamble cannot misname its source.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/claimdiff/claimdiff/internal/wordnet/internal/gen"
)

func main() {
	src := flag.String("src", "/usr/share/wordnet", "directory of the WordNet database files")
	version := flag.String("debian-version", "", "version of the wordnet-base package the files come from")
	notice := flag.String("notice", "/usr/share/doc/wordnet-base/copyright", "the package's copyright file (the WordNet licence notice)")
	out := flag.String("o", "wordnet.bin", "write the table here")
	license := flag.String("license", "LICENSE", "copy the notice here")
	flag.Parse()
	if *version == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: wordnetgen -debian-version V [-src DIR] [-notice FILE] [-o wordnet.bin] [-license LICENSE]")
		os.Exit(2)
	}
	if err := run(*src, *version, *notice, *out, *license); err != nil {
		fmt.Fprintln(os.Stderr, "wordnetgen:", err)
		os.Exit(1)
	}
}

func run(src, version, notice, out, license string) error {
	if _, err := exec.LookPath("dpkg-query"); err == nil {
		got, err := exec.Command("dpkg-query", "-W", "-f=${Version}", "wordnet-base").Output()
		if err != nil {
			return fmt.Errorf("dpkg-query wordnet-base: %v (install it: apt-get install wordnet-base)", err)
		}
		if v := strings.TrimSpace(string(got)); v != version {
			return fmt.Errorf("wordnet-base %s is installed, not %s: update -debian-version (and review the table's diff)", v, version)
		}
	}
	table, err := gen.Build(src, version)
	if err != nil {
		return err
	}
	text, err := os.ReadFile(notice)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, table, 0o644); err != nil {
		return err
	}
	return os.WriteFile(license, text, 0o644)
}
