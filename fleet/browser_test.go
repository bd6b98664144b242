package fleet_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// chromium finds Debian's headless browser. Outside CI a missing browser
// skips the test with a message; under CI=true it fails.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	require.NotEqual(t, "true", os.Getenv("CI"), "chromium is required in CI (.ci/install-servers.sh installs it)")
	t.Skip("chromium not found: apt-get install chromium to render the fleet page in a real browser")
	return ""
}

// browse runs headless chromium on page with extra arguments and returns
// its stdout. Each run gets a fresh profile and no network of its own.
func browse(t *testing.T, bin, page string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+page)...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, err, "chromium: %s", stderr.String())
	return stdout.Bytes()
}

// TestPageInBrowser renders the whole-tenant report in a real browser:
// the page loads with no external asset, and the rendered document shows
// the counts, the groups and every hand-off.
func TestPageInBrowser(t *testing.T) {
	bin := chromium(t)
	srv := startScenario(t, mailtest.TenantScenario, nil)
	rep := run(t, fleetAccounts(t, srv), options(srv))
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var b bytes.Buffer
	require.NoError(t, fleet.WriteHTML(&b, rep, &fleet.PageOptions{Title: "Contoso mailboxes"}))
	require.NoError(t, os.WriteFile(page, b.Bytes(), 0o600))

	dom := string(browse(t, bin, page, "--dump-dom"))
	require.Contains(t, dom, "<h1>Contoso mailboxes</h1>", "the browser parsed and rendered the page")
	assert.Equal(t, len(rep.Handoffs), strings.Count(dom, `class="card bad handoff"`), "every hand-off is on the page")
	assert.Equal(t, len(rep.Groups), strings.Count(dom, `group" id="group-`), "every group is on the page")
	assert.Equal(t, len(rep.Accounts), strings.Count(dom, `<tr class="account">`), "a row per mailbox")
	for _, want := range []string{
		"For the application vendor", "For the users", "For the administrator",
		"Exchange Online refuses IMAP passwords for all 12 mailboxes of contoso.example",
		"megan@contoso.example", "SmtpClientAuthentication is disabled for the Mailbox",
		"Message ready to copy", "<b>12</b>with a problem",
	} {
		assert.Contains(t, dom, want)
	}
	assertNoSecrets(t, srv, dom)

	shot := filepath.Join(dir, "report.png")
	browse(t, bin, page, "--window-size=1200,1600", "--screenshot="+shot)
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	assert.Equal(t, image.Pt(1200, 1600), img.Bounds().Size())
	assert.Greater(t, colours(img), 20, "the screenshot shows a rendered page, not a blank one")
	if testing.Verbose() {
		t.Logf("screenshot: %s", shot)
	}
}

// colours counts distinct colours on a coarse grid of img.
func colours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 7 {
		for x := r.Min.X; x < r.Max.X; x += 7 {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			seen[[3]uint32{cr >> 12, cg >> 12, cb >> 12}] = true
		}
	}
	return len(seen)
}
