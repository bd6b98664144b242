package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// binary is the mailcheck binary built once for the whole test run.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "mailcheck-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	binary = filepath.Join(dir, "mailcheck")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building mailcheck:", err)
		os.RemoveAll(dir)
		os.Exit(3)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary produced.
type result struct {
	stdout, stderr string
	code           int
}

// invocation describes one run of the binary.
type invocation struct {
	args  []string
	stdin string
	// devNull makes stdin /dev/null (os.DevNull) instead of a pipe
	// holding stdin: what cron, systemd and "</dev/null" give.
	devNull bool
	env     []string // "NAME=value" added to a minimal environment
}

// runBinary runs the built binary with a minimal environment, so that a
// MAILCHECK_PASSWORD in the developer's shell cannot leak into a test.
func runBinary(t *testing.T, inv invocation) result {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), binary, inv.args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, inv.env...)
	cmd.Stdin = strings.NewReader(inv.stdin)
	if inv.devNull {
		f, err := os.Open(os.DevNull)
		require.NoError(t, err)
		defer f.Close()
		cmd.Stdin = f // an *os.File is passed to the child as it is
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		require.True(t, ok, "running mailcheck: %v", err)
		code = ee.ExitCode()
	}
	assert.NotContains(t, stderr.String(), "goroutine ", "mailcheck panicked")
	return result{stdout.String(), stderr.String(), code}
}

var (
	reAddr    = regexp.MustCompile(`(127\.0\.0\.1|\[::1\]|::1):\d+`)
	reMS      = regexp.MustCompile(`\d+(\.\d+)? ?ms\b`)
	reTime    = regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)`)
	reTempDir = regexp.MustCompile(`(/tmp|/var/folders|` + regexp.QuoteMeta(os.TempDir()) + `)/[^\s":]*`)
)

// normalize removes what changes from run to run: ports, timings and
// temporary paths.
func normalize(s string) string {
	s = reAddr.ReplaceAllString(s, "$1:PORT")
	s = reMS.ReplaceAllString(s, "N ms")
	s = reTime.ReplaceAllString(s, "TIME")
	s = reTempDir.ReplaceAllString(s, "TMPDIR/…")
	return s
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	got = normalize(got)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test -update")
	assert.Equal(t, string(want), got, "%s differs; run go test -update and review the diff", path)
}
