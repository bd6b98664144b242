package diagnose_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// readmeWrapper turns README's library snippet into a function body. The
// snippet uses ctx, password and save as an application would have them.
const readmeWrapper = `package readme

import (
	"context"
	"errors"
	"fmt"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/probe"
)

func check(ctx context.Context, password string, save func(*diagnose.Report)) error {
%s
	return nil
}
`

// TestREADMELibraryExample compiles README.md's library example, so the
// example a new user copies first always builds against the current API.
// The file exists only in a build overlay; nothing is written to the
// module.
func TestREADMELibraryExample(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a package with the go command; skipped with -short")
	}
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	text := string(readme)
	at := strings.Index(text, "## The library")
	require.GreaterOrEqual(t, at, 0, "README has a library section")
	start := strings.Index(text[at:], "```go\n")
	require.GreaterOrEqual(t, start, 0, "the library section has a Go snippet")
	body := text[at+start+len("```go\n"):]
	end := strings.Index(body, "```")
	require.Greater(t, end, 0)
	snippet := body[:end]
	for _, want := range []string{"Primary()", "Budget", "context.Canceled"} {
		require.Contains(t, snippet, want, "the library example shows %s", want)
	}

	dir := t.TempDir()
	src := filepath.Join(dir, "readme.go")
	require.NoError(t, os.WriteFile(src, []byte(strings.Replace(readmeWrapper, "%s", snippet, 1)), 0o644))
	modRoot, err := filepath.Abs("..")
	require.NoError(t, err)
	virtual := filepath.Join(modRoot, "internal", "readmeexample", "readme.go")
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {virtual: src}})
	require.NoError(t, err)
	ov := filepath.Join(dir, "overlay.json")
	require.NoError(t, os.WriteFile(ov, overlay, 0o644))

	cmd := exec.Command("go", "build", "-overlay", ov, "./internal/readmeexample")
	cmd.Dir = modRoot
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "README's library example does not build:\n%s\n%s", out, snippet)
}
