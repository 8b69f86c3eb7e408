//go:build unix

package render

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
)

// chromiumPath finds headless Chromium (Debian package chromium). Outside CI
// the browser tests skip without it; in CI they fail, so that CI cannot pass
// without running them.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed but CI is set: .ci/run installs it (apt-get install chromium)")
	}
	t.Skip("chromium is not installed (Debian: apt-get install chromium); CI runs this test")
	return ""
}

// chromium runs headless Chromium on a page with extra flags and returns
// its standard output. The browser and its helpers run in their own process
// group, killed when done or after a minute.
func chromium(t *testing.T, bin, page string, flags ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--window-size=1400,1000"}
	args = append(append(args, flags...), "file://"+page)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // helpers left behind, if any
	}
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", flags, err, stderr.String())
	}
	return stdout.String()
}

// probe is appended to the page under test: it plays a reader hovering and
// clicking the last claim of a shared group, and records on <body> how many
// claims lit up, how many should have, and how far (in pixels) any other
// column's claim of the group stayed from it, ignoring columns that cannot
// scroll any further that way.
const probe = `<script>
(function () {
  var rows = document.querySelectorAll("#groups tr[data-cluster]"), id = null;
  for (var i = 0; i < rows.length && !id; i++) {
    if (rows[i].querySelectorAll(".chip").length > 1) id = rows[i].getAttribute("data-cluster");
  }
  if (!id) { document.body.setAttribute("data-probe", "none"); return; }
  var claims = document.querySelectorAll('.column [data-cluster="' + id + '"]');
  var c = claims[claims.length - 1];
  c.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  var lit = document.querySelectorAll(".column .hl").length;
  c.dispatchEvent(new MouseEvent("click", {bubbles: true}));
  var top = c.getBoundingClientRect().top, off = 0;
  document.querySelectorAll(".column").forEach(function (col) {
    var m = col.querySelector('[data-cluster="' + id + '"]');
    if (!m || col.contains(c)) return;
    var d = m.getBoundingClientRect().top - top;
    var stuck = d > 0 ? col.scrollTop + col.clientHeight >= col.scrollHeight - 1 : col.scrollTop <= 0;
    if (!stuck && Math.abs(d) > off) off = Math.abs(d);
  });
  document.body.setAttribute("data-probe", "lit=" + lit + " want=" + claims.length + " off=" + Math.round(off));
})();
</script>`

// TestBrowser renders the bundled sample and the hand-built fixture, loads
// each page in headless Chromium and checks the DOM it builds: one column
// per source, links that resolve, divergences marked, the script's hover and
// click behaviour; then a screenshot must show a non-blank page.
func TestBrowser(t *testing.T) {
	bin := chromiumPath(t)
	sampleDocs := claimdiff.Sample()
	sample, err := claims.Compare(sampleDocs)
	if err != nil {
		t.Fatal(err)
	}
	fix, fixDocs := fixture()
	tests := []struct {
		name string
		r    *claims.Report
		docs []claims.Document
	}{
		{"sample", sample, sampleDocs},
		{"fixture", fix, fixDocs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := HTML(&b, tt.r, tt.docs); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			page := filepath.Join(dir, "report.html")
			if err := os.WriteFile(page, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			probed := filepath.Join(dir, "probed.html")
			if err := os.WriteFile(probed, []byte(strings.Replace(b.String(), "</body>", probe+"</body>", 1)), 0o644); err != nil {
				t.Fatal(err)
			}

			dom := chromium(t, bin, probed, "--dump-dom")
			checkDOM(t, dom, tt.r)

			shot := filepath.Join(dir, "page.png")
			chromium(t, bin, page, "--screenshot="+shot)
			checkScreenshot(t, shot, 1400, 1000)
		})
	}
}

func checkDOM(t *testing.T, dom string, r *claims.Report) {
	t.Helper()
	if n := strings.Count(dom, `<section class="column"`); n != len(r.Sources) {
		t.Errorf("%d source columns, want %d", n, len(r.Sources))
	}
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(dom, -1) {
		ids[m[1]] = true
	}
	links := regexp.MustCompile(` href="#([^"]*)"`).FindAllStringSubmatch(dom, -1)
	for _, m := range links {
		if !ids[m[1]] {
			t.Errorf("link to #%s, which no element has", m[1])
		}
	}
	claimCount, marks, diverging := 0, 0, 0
	for _, c := range r.Clusters {
		claimCount += len(c.Claims)
		if !ids["g"+strconv.Itoa(c.ID)] {
			t.Errorf("cluster %d has no row", c.ID)
		}
		seen := map[string]bool{}
		for _, d := range c.Divergences {
			for _, s := range []claims.Side{d.A, d.B} {
				seen[s.Source+"\x00"+strconv.Itoa(s.Sentence)] = true
			}
		}
		diverging += len(seen)
	}
	if n := strings.Count(dom, `<a class="tag `); n != claimCount {
		t.Errorf("%d claims linked to their group, want %d", n, claimCount)
	}
	if n := strings.Count(dom, `<span class="furniture" id=`); n != len(r.Furniture) {
		t.Errorf("%d furniture lines greyed, want %d", n, len(r.Furniture))
	}
	// The probe's hover adds classes (hl) after the page's own, so the
	// class is matched as a word anywhere in the attribute.
	if n := len(regexp.MustCompile(`<span class="claim [^"]*\bdiverging\b[^"]*"`).FindAllString(dom, -1)); n != diverging {
		t.Errorf("%d sentences marked as diverging, want %d", n, diverging)
	}
	marks = strings.Count(dom, `<mark class="div `)
	if diverging > 0 && marks == 0 {
		t.Error("divergences but no divergent value marked")
	}
	probe := regexp.MustCompile(`data-probe="([^"]*)"`).FindStringSubmatch(dom)
	if probe == nil {
		t.Fatal("the probe script did not run")
	}
	var lit, want, off int
	t.Logf("probe: %s", probe[1])
	if probe[1] == "none" {
		return // no group shared by two sources: nothing to hover
	}
	if _, err := fmt.Sscanf(probe[1], "lit=%d want=%d off=%d", &lit, &want, &off); err != nil {
		t.Fatalf("probe: %q: %v", probe[1], err)
	}
	if lit != want || want < 2 {
		t.Errorf("hovering a claim lit %d claims of its group, want %d", lit, want)
	}
	if off > 2 {
		t.Errorf("after a click, a column's claim of the group is %d px off the clicked one", off)
	}
}

func checkScreenshot(t *testing.T, path string, w, h int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Fatalf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), w, h)
	}
	colors, background := histogram(img)
	if len(colors) < 50 {
		t.Errorf("screenshot has %d colours: blank or nearly", len(colors))
	}
	if share := float64(background) / float64(w*h); share > 0.9 {
		t.Errorf("%.0f%% of the screenshot is one colour: nearly blank", 100*share)
	}
}

// histogram counts the distinct colours of img and the pixels of the
// commonest one.
func histogram(img image.Image) (map[[3]uint32]int, int) {
	colors := map[[3]uint32]int{}
	most := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			k := [3]uint32{r >> 8, g >> 8, bl >> 8}
			colors[k]++
			most = max(most, colors[k])
		}
	}
	return colors, most
}
